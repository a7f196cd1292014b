//! Organisations known by name: the list in `organizations.txt`, matched with
//! aho-corasick over the text read the way `check` compares names ([`names::key`]), so
//! `Bank  Central\u{a0}Asia` and `BANK CENTRAL ASIA` are Bank Central Asia.
//!
//! The list is data, one name a line, easy to extend; see its header for the format.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::data::names;

use super::entities::sentence_start;
use super::text::Text;

const LIST: &str = include_str!("organizations.txt");

/// How a word of a listed name must be written in the text.
#[derive(Debug, PartialEq, Eq)]
enum Case {
    /// A connector (`dan`, `of`): any case.
    Any,
    /// Capitalised (`Tokopedia`, `TOKOPEDIA`).
    Capital,
    /// In capitals only (`OVO`, `DANA`), so the everyday word `dana` is not DANA.
    Capitals,
    /// Exactly as listed (`idEA`, `PwC`, `GoTo`).
    Exact(String),
}

impl Case {
    fn of(word: &str) -> Case {
        let upper = word.chars().filter(|c| c.is_uppercase()).count();
        let lower = word.chars().filter(|c| c.is_lowercase()).count();
        let first_upper = word.chars().next().is_some_and(char::is_uppercase);
        match (upper, lower) {
            (0, _) => Case::Any,
            (2.., 0) => Case::Capitals,
            (1, _) if first_upper => Case::Capital,
            _ => Case::Exact(word.to_string()),
        }
    }

    fn fits(&self, written: &str) -> bool {
        let first_upper = written.chars().next().is_some_and(char::is_uppercase);
        match self {
            Case::Any => true,
            Case::Capital => first_upper,
            Case::Capitals => !written.chars().any(char::is_lowercase),
            Case::Exact(w) => w == written || !written.chars().any(char::is_lowercase),
        }
    }
}

/// One listed name.
#[derive(Debug)]
struct Entry {
    words: Vec<Case>,
    /// Also an everyday word (`Tempo`, `Antara`): not taken at the start of a sentence.
    everyday: bool,
}

struct Gazetteer {
    matcher: AhoCorasick,
    entries: Vec<Entry>,
}

/// The names of the list, as `(name, everyday)`, skipping comments and blank lines.
fn listed() -> impl Iterator<Item = (&'static str, bool)> {
    LIST.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.strip_prefix('?') {
            Some(name) => (name.trim(), true),
            None => (l, false),
        })
}

fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(|| {
        let mut keys = Vec::new();
        let mut entries = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (name, everyday) in listed() {
            let mut key = String::new();
            let mut words = Vec::new();
            names::key_into(name, &mut key, |src, _| {
                // After a hyphen a word's case is the writer's choice: `E-Commerce` or
                // `E-commerce` is one association.
                let hyphened = name[..src.start].ends_with('-');
                words.push(match Case::of(&name[src]) {
                    Case::Capital if hyphened => Case::Any,
                    case => case,
                });
            });
            if key.is_empty() || !seen.insert(key.clone()) {
                continue;
            }
            // Spaces around each key so that a match always spans whole words.
            keys.push(format!(" {key} "));
            entries.push(Entry { words, everyday });
        }
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&keys)
            .expect("the gazetteer's names build a matcher");
        Gazetteer { matcher, entries }
    })
}

/// A listed organisation at tokens `from..to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Known {
    pub from: usize,
    pub to: usize,
}

/// Every listed organisation in `text`, leftmost first and longest at each place, none
/// overlapping another.
pub fn find(text: &Text) -> Vec<Known> {
    let gazetteer = gazetteer();
    // The text's key between spaces, and each of its words' bytes in the source.
    let mut key = String::from(" ");
    let mut words = Vec::new();
    let (part, offset) = text.part_src();
    names::key_into(part, &mut key, |src, folded| {
        words.push((src.start + offset..src.end + offset, folded));
    });
    key.push(' ');
    let word_at = |offset: usize| words.partition_point(|(_, f)| f.start < offset);
    let mut found: Vec<(usize, usize)> = Vec::new();
    for m in gazetteer.matcher.find_overlapping_iter(&key) {
        let entry = &gazetteer.entries[m.pattern().as_usize()];
        let first = word_at(m.start() + 1);
        let last = first + entry.words.len();
        let Some(spans) = words.get(first..last) else {
            continue;
        };
        let fits = entry
            .words
            .iter()
            .zip(spans)
            .all(|(case, (src, _))| case.fits(&text.src[src.clone()]));
        let from = text.token_at(spans[0].0.start);
        let to = text.token_at(spans[spans.len() - 1].0.end);
        if fits && !(entry.everyday && sentence_start(text, from)) {
            found.push((from, to));
        }
    }
    found.sort_by_key(|&(from, to)| (from, std::cmp::Reverse(to)));
    let mut out: Vec<Known> = Vec::new();
    for (from, to) in found {
        if out.last().is_none_or(|k| from >= k.to) {
            out.push(Known { from, to });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(src: &str) -> Vec<&str> {
        let text = Text::new(src);
        find(&text)
            .iter()
            .map(|k| &src[text.byte_range(k.from, k.to)])
            .collect()
    }

    #[test]
    fn the_list_is_long_and_every_name_builds() {
        assert!(
            gazetteer().entries.len() >= 300,
            "{}",
            gazetteer().entries.len()
        );
    }

    #[test]
    fn finds_listed_names_at_word_boundaries_longest_first() {
        assert_eq!(
            known("Laporan Bank Central Asia dan Morgan Stanley."),
            ["Bank Central Asia", "Morgan Stanley"]
        );
        assert_eq!(
            known("Nielsen, NielsenIQ dan Nielsenx"),
            ["Nielsen", "NielsenIQ"]
        );
        assert_eq!(
            known("BANK  CENTRAL\u{a0}ASIA naik"),
            ["BANK  CENTRAL\u{a0}ASIA"]
        );
    }

    #[test]
    fn everyday_words_and_case_keep_common_words_out() {
        assert_eq!(known("Dana segar dari DANA dan OVO."), ["DANA", "OVO"]);
        assert!(known("dana itu ada di ovo").is_empty());
        assert!(known("Antara lain, harga naik.").is_empty());
        assert_eq!(known("kata kantor berita Antara."), ["Antara"]);
        assert_eq!(known("Asosiasi idEA dan ide baru"), ["idEA"]);
    }
}
