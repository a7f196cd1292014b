//! People, recognised by a title before a capitalised name (`Menteri …`, `CEO …`,
//! `Presiden …`), and afterwards by either part of that name alone.

use super::entities::{Named, is_taken};
use super::text::Text;

/// A person named after a title at `i`: `Presiden Joko Widodo`, `Kepala Eksekutif
/// TikTok, Shou Zi Chew`, `Menteri Perdagangan Zulkifli Hasan`, `CEO Shou Zi Chew`.
pub fn person(text: &Text, i: usize, taken: &[bool]) -> Option<Named> {
    if !title(text.lower(i)) || !text.is_word(i) || is_taken(taken, i) {
        return None;
    }
    let mut j = i + 1;
    let mut name_from: Option<usize> = None;
    let limit = (i + 16).min(text.len());
    while j < limit {
        let lower = text.lower(j);
        let role = is_taken(taken, j)
            || text.is(j, ',')
            || text.is(j, '&')
            || role_word(lower)
            || title(lower);
        match name_from {
            Some(from) if role || !text.capitalised(j) || j - from >= 4 => break,
            Some(_) => {}
            None if role => {}
            None if text.capitalised(j) => name_from = Some(j),
            None => break,
        }
        j += 1;
    }
    let from = name_from?;
    // English puts the role before the title: `Trade Minister`, `Cooperatives and SMEs
    // Minister`.
    let mut start = i;
    while start > 0 && !is_taken(taken, start - 1) && role_word(text.lower(start - 1)) {
        start -= 1;
    }
    while start < i && !text.capitalised(start) {
        start += 1; // not from a connector such as `and`
    }
    let title = text.src[text.byte_range(start, from)]
        .trim_end_matches([',', ' '])
        .to_string();
    Some(Named {
        from,
        to: j,
        title: Some(title),
    })
}

/// Titles written before a person's name.
#[rustfmt::skip]
pub const TITLES: &[&str] = &[
    "menteri", "presiden", "ceo", "cfo", "coo", "cto", "founder", "pendiri", "kepala",
    "direktur", "dirut", "gubernur", "ketua", "minister", "president", "chairman", "chairwoman", "chief",
    "bos", "boss", "spokesperson", "spokesman", "spokeswoman", "mr", "mrs", "ms", "dr",
    "pak", "bapak", "ibu", "jubir", "wamen", "menko",
];

pub fn title(word: &str) -> bool {
    TITLES.contains(&word)
}

/// Words of a role (`Perdagangan`, `Koperasi dan UKM`, `Trade`) that sit between a
/// title and a name without being part of the name, lower-case.
#[rustfmt::skip]
const ROLE_WORDS: &[&str] = &[
    "perdagangan", "keuangan", "koperasi", "ukm", "umkm", "usaha", "kecil", "menengah", "bumn",
    "luar", "negeri", "dalam", "komunikasi", "informatika", "kominfo", "perindustrian", "investasi", "ekonomi",
    "perekonomian", "koordinator", "bidang", "indonesia", "ri", "republik", "eksekutif", "utama", "executive",
    "officer", "trade", "finance", "industry", "foreign", "affairs", "commerce", "communications", "economy",
    "economic", "coordinating", "investment", "cooperatives", "smes", "and", "of", "dan", "digital",
    "pariwisata", "kreatif", "state", "indonesian", "operating", "financial", "technology", "wakil", "vice",
    "deputy", "the", "bicara", "juru", "said", "says", "mengatakan",
];

pub fn role_word(word: &str) -> bool {
    ROLE_WORDS.contains(&word)
}

/// People already named with a title, so a later `Teten` or `Masduki` alone is known.
#[derive(Debug, Default)]
pub struct People {
    /// Each person's name as lower-case words, with the title first seen.
    names: Vec<(Vec<String>, String)>,
}

impl People {
    pub fn learn(&mut self, text: &Text, mention: &super::Mention) {
        let super::Mentioned::Person(title) = &mention.what else {
            return;
        };
        let (from, to) = (text.token_at(mention.start), text.token_at(mention.end));
        let words: Vec<String> = (from..to).map(|k| text.lower(k).to_string()).collect();
        if !self.names.iter().any(|(known, _)| *known == words) {
            self.names.push((words, title.clone()));
        }
    }

    /// A capitalised run at `i` that is (part of) a known name, in the name's order.
    pub fn at(&self, text: &Text, i: usize) -> Option<Named> {
        if !text.capitalised(i) {
            return None;
        }
        let word = text.lower(i);
        self.names.iter().find_map(|(name, title)| {
            let k = name.iter().position(|w| w == word)?;
            let len = name[k..]
                .iter()
                .zip(i..)
                .take_while(|(w, j)| text.capitalised(*j) && text.lower(*j) == w.as_str())
                .count();
            Some(Named {
                from: i,
                to: i + len,
                title: Some(title.clone()),
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(src: &str) -> Vec<(String, String)> {
        let market = crate::data::DataSource::Embedded.load().unwrap();
        let players = crate::ingest::Players::new(&market.players);
        let text = Text::new(src);
        let taken: Vec<bool> = (0..text.len())
            .map(|i| players.at(&text, i).is_some())
            .collect();
        (0..text.len())
            .filter_map(|i| person(&text, i, &taken))
            .map(|n| {
                (
                    text.src[text.byte_range(n.from, n.to)].to_string(),
                    n.title.unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn finds_people_after_titles_and_roles() {
        assert_eq!(
            people("kata Presiden Joko Widodo kemarin"),
            [("Joko Widodo".into(), "Presiden".into())]
        );
        assert_eq!(
            people("Menteri Perdagangan Zulkifli Hasan berkata"),
            [("Zulkifli Hasan".into(), "Menteri Perdagangan".into())]
        );
        assert_eq!(
            people("Kepala Eksekutif TikTok, Shou Zi Chew, akhir"),
            [("Shou Zi Chew".into(), "Kepala Eksekutif TikTok".into())]
        );
        assert_eq!(
            people("said Cooperatives and SMEs Minister Teten Masduki on"),
            [(
                "Teten Masduki".into(),
                "Cooperatives and SMEs Minister".into()
            )]
        );
        assert_eq!(
            people("TikTok CEO Shou Zi Chew said"),
            [("Shou Zi Chew".into(), "CEO".into())]
        );
        assert!(people("the chief said so").is_empty());
    }

    #[test]
    fn knows_a_titled_person_by_either_name_later() {
        let market = crate::data::DataSource::Embedded.load().unwrap();
        let players = crate::ingest::Players::new(&market.players);
        let ctx = crate::ingest::Context {
            lang: crate::ingest::Lang::Id,
            published: None,
            players: &players,
        };
        let src = "Menteri Teten Masduki hadir. Teten berkata, Masduki tertawa, Tetap saja.";
        let people: Vec<&str> = crate::ingest::scan(src, &ctx)
            .mentions
            .iter()
            .filter(|m| matches!(m.what, crate::ingest::Mentioned::Person(_)))
            .map(|m| &src[m.start..m.end])
            .collect();
        assert_eq!(people, ["Teten Masduki", "Teten", "Masduki"]);
    }
}
