//! When two names are the same name: the one normalisation that `check` compares player
//! names and aliases with, and that ingest's matcher reads text with.
//!
//! News text writes a name with any case, spacing and punctuation around it: `ALPHA`,
//! `Alpha.`, `Alpha\u{a0}` (a no-break space), `Alpha\u{200b}` (an invisible zero-width
//! space) are all Alpha to a reader. So a name is compared as its words: runs of letters
//! and digits, case-folded, with invisible characters dropped and everything else
//! (whitespace of any kind, punctuation) only separating words. Two players whose names
//! or aliases have the same words would leave ingest guessing, so `check` rejects them.

use std::ops::Range;

/// A name's words, case-folded and joined by single spaces: `"  Bain & Co.\u{200b}"` is
/// `"bain co"`. Empty when the name has no letter or digit at all.
pub fn key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    key_into(name, &mut key, |_, _| {});
    key
}

/// Appends the key of `text` to `key` (a space before it when `key` already holds a
/// word), calling `word(source, folded)` with the byte ranges of each word in `text` and
/// in `key`: how ingest reads article text the way `check` compares names.
pub fn key_into(text: &str, key: &mut String, mut word: impl FnMut(Range<usize>, Range<usize>)) {
    // The word being read: where it starts in `text` and in `key`, and where its last
    // letter or digit ends in `text`.
    let mut open: Option<(usize, usize, usize)> = None;
    for (at, c) in text.char_indices() {
        if is_invisible(c) {
            continue;
        }
        if c.is_alphanumeric() || is_combining_mark(c) {
            let (from, folded, _) = *open.get_or_insert_with(|| {
                if !key.is_empty() {
                    key.push(' ');
                }
                (at, key.len(), at)
            });
            fold(c, key);
            open = Some((from, folded, at + c.len_utf8()));
        } else if let Some((from, folded, end)) = open.take() {
            word(from..end, folded..key.len());
        }
    }
    if let Some((from, folded, end)) = open {
        word(from..end, folded..key.len());
    }
}

/// A name as a message quotes it: invisible characters and whitespace other than a plain
/// space spelled out (`Alpha\u{a0}`), since they are what tells it from another name.
pub fn shown(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if is_invisible(c) || c.is_whitespace() && c != ' ' {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// Unicode full case folding of one character: lowercase, and the few letters whose
/// folded form is not their lowercase (`ß` and `ẞ` are `ss`, final `ς` is `σ`, the Latin
/// ligatures are their letters).
fn fold(c: char, out: &mut String) {
    match c {
        'ß' | 'ẞ' => out.push_str("ss"),
        'ς' => out.push('σ'),
        'ﬀ' => out.push_str("ff"),
        'ﬁ' => out.push_str("fi"),
        'ﬂ' => out.push_str("fl"),
        'ﬃ' => out.push_str("ffi"),
        'ﬄ' => out.push_str("ffl"),
        'ﬅ' | 'ﬆ' => out.push_str("st"),
        'İ' => out.push('i'),
        c => out.extend(c.to_lowercase()),
    }
}

/// Accents written as a separate character after their letter (`e\u{301}`): part of the word.
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}')
}

/// Characters that take no room on screen or on paper: zero-width spaces and joiners,
/// the word joiner, the byte order mark, the soft hyphen, bidi marks, overrides and
/// isolates, variation selectors. A name written with one looks the same without it.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{34f}'
            | '\u{61c}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{feff}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn spacing_case_punctuation_and_invisible_characters_do_not_make_a_new_name() {
        for variant in [
            "Alpha",
            "Alpha ",
            " Alpha",
            "Alpha.",
            "ALPHA\u{a0}",
            "Alpha\u{200b}",
            "\u{feff}alpha",
            "Al\u{ad}pha",
            "\u{202e}Alpha\u{202c}",
            "\talpha\n",
            "Alpha!",
            "«Alpha»",
            "Alpha\u{3000}",
        ] {
            assert_eq!(key(variant), "alpha", "{variant:?}");
        }
    }

    #[test]
    fn a_quoted_name_shows_what_cannot_be_seen() {
        assert_eq!(shown("Shop A\u{a0}"), "Shop A\\u{a0}");
        assert_eq!(
            shown("Sh\u{ad}op\tA\u{200b}"),
            "Sh\\u{ad}op\\u{9}A\\u{200b}"
        );
        assert_eq!(shown("Tokopedia 東京"), "Tokopedia 東京");
    }

    #[test]
    fn words_stay_apart_and_keep_their_order() {
        assert_eq!(key("Bain & Co."), "bain co");
        assert_eq!(key("Bain\u{a0}\u{a0}&  Co"), "bain co");
        assert_eq!(key("GOTO.JK"), "goto jk");
        assert_eq!(key("Shop A"), "shop a");
        assert_ne!(key("ShopA"), key("Shop A"));
        assert_ne!(key("Co Bain"), key("Bain Co"));
    }

    #[test]
    fn case_is_folded_beyond_lowercase() {
        assert_eq!(key("STRASSE"), key("Straße"));
        assert_eq!(key("ΟΔΟΣ"), key("οδος"));
        assert_eq!(key("ﬁnance"), "finance");
        assert_eq!(key("İstanbul"), key("istanbul"));
    }

    #[test]
    fn a_name_of_no_letters_or_digits_is_empty() {
        for blank in ["", " ", "\u{a0}\u{200b}", "...", "\u{3000}-"] {
            assert_eq!(key(blank), "", "{blank:?}");
        }
    }

    proptest! {
        #[test]
        fn decoration_around_a_name_never_changes_its_key(
            name in "[A-Za-z0-9ßİ][A-Za-z0-9ßİ &.-]{0,20}",
            before in prop::collection::vec(prop::sample::select(vec![' ', '\u{a0}', '\u{200b}', '\u{feff}', '\t', '\u{2060}']), 0..4),
            after in prop::collection::vec(prop::sample::select(vec![' ', '.', ',', '!', '\u{a0}', '\u{200b}', '\u{200d}', '\u{3000}']), 0..4),
            upper in any::<bool>(),
        ) {
            let cased = if upper { name.to_uppercase() } else { name.clone() };
            let decorated: String = before.iter().copied().chain(cased.chars()).chain(after.iter().copied()).collect();
            prop_assert_eq!(key(&decorated), key(&name));
        }

        #[test]
        fn a_key_is_its_own_key(name in "\\PC{0,30}") {
            let once = key(&name);
            prop_assert_eq!(key(&once), once.clone());
        }
    }
}
