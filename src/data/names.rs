//! When two names are the same name: the one reading of a name that ingest matches text
//! with and that `check` compares player names and aliases by.
//!
//! News text writes a name with any case, spacing and punctuation around it: `ALPHA`,
//! `Alpha.`, `Alpha\u{a0}` (a no-break space), `Alpha\u{200b}` (an invisible zero-width
//! space) are all Alpha to a reader. So a name is read as its [`words`], the very tokens
//! ingest's matcher compares: runs of letters (with their accents) and runs of digits,
//! lower-cased, with invisible characters dropped and everything else (whitespace of any
//! kind, punctuation, other symbols) only separating words. Its [`key`] folds those words
//! further (full case folding, a number's separators), so two names ingest would read as
//! one always share a key, and `check` rejects them: ingest never has to guess.

use std::ops::Range;

/// The words ingest reads in a name, in order: a run of letters and accents lower-cased
/// (invisible characters inside it dropped), or a run of ASCII digits with the `.` and
/// `,` that sit between two digits. `"Shop1.5 \u{200b}Go"` is `["shop", "1.5", "go"]`.
///
/// ingest's tokeniser cuts an article with [`word_end`] and [`number_end`] and folds its
/// words the same way, so a name's words are what ingest finds where it is written.
pub fn words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    each_word(name, |at| {
        let written = &name[at];
        words.push(match written.as_bytes()[0].is_ascii_digit() {
            true => written.to_string(),
            false => lower_word(written),
        });
    });
    words
}

/// Calls `found` with the byte range of each of [`words`] in `text`.
fn each_word(text: &str, mut found: impl FnMut(Range<usize>)) {
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        let end = if c.is_ascii_digit() {
            number_end(text.as_bytes(), at)
        } else if c.is_alphabetic() {
            word_end(text, at)
        } else {
            at += c.len_utf8();
            continue;
        };
        found(at..end);
        at = end;
    }
}

/// A word as ingest compares it: lower-cased, without the invisible characters in it,
/// and each letter in one encoding (Unicode's NFKC): `é` typed as one character or as `e`
/// and an accent, or `Ｓｈｏｐ` in full-width letters, look alike and read alike.
pub fn lower_word(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let visible: String = word.chars().filter(|&c| !is_invisible(c)).collect();
    let normalizer = icu_normalizer::ComposingNormalizerBorrowed::new_nfkc();
    // A few letters come apart into a space and a mark (`ͺ`): what is not a letter or a
    // mark would end the word when read again, so it is left out.
    (normalizer.normalize(&visible).chars())
        .filter(|&c| c.is_alphabetic() || is_accent(c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Where a word that starts at byte `start` of `src` ends: it runs over letters, accents
/// written as separate characters and invisible characters, and stops at digits,
/// whitespace and punctuation.
pub fn word_end(src: &str, start: usize) -> usize {
    let bytes = src.as_bytes();
    let ascii_end = bytes[start..]
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .map_or(bytes.len(), |n| start + n);
    if bytes.get(ascii_end).is_none_or(|b| b.is_ascii()) {
        return ascii_end;
    }
    src[start..]
        .char_indices()
        .find(|&(_, c)| !(c.is_alphabetic() || is_accent(c) || is_invisible(c)))
        .map_or(src.len(), |(i, _)| start + i)
}

/// Where a number that starts at byte `i` ends: it runs over ASCII digits and over the
/// `.`/`,` that sit between two digits.
pub fn number_end(bytes: &[u8], mut i: usize) -> usize {
    let start = i;
    while i < bytes.len() {
        let b = bytes[i];
        let inner = matches!(b, b'.' | b',')
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
            && i > start
            && bytes[i - 1].is_ascii_digit();
        if !(b.is_ascii_digit() || inner) {
            break;
        }
        i += 1;
    }
    i
}

/// A name's words, case-folded beyond lower case and joined by single spaces: `"  Bain &
/// Co.\u{200b}"` is `"bain co"`, `"STRASSE"` and `"Straße"` are `"strasse"`. Empty when
/// the name has no letter or digit at all. A function of [`words`], so that names ingest
/// reads alike share their key.
pub fn key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    key_into(name, &mut key, |_, _| {});
    key
}

/// Appends the key of `text` to `key` (a space before it when `key` already holds a
/// word), calling `word(source, folded)` with the byte ranges of each word in `text` and
/// in `key`: how ingest reads article text the way `check` compares names.
pub fn key_into(text: &str, key: &mut String, mut word: impl FnMut(Range<usize>, Range<usize>)) {
    let mut add = |key: &mut String, source: Range<usize>, lowered: &str| {
        if !key.is_empty() {
            key.push(' ');
        }
        let start = key.len();
        fold(lowered, key);
        word(source, start..key.len());
    };
    each_word(text, |at| {
        let written = &text[at.clone()];
        if !written.as_bytes()[0].is_ascii_digit() {
            add(key, at, &lower_word(written));
            return;
        }
        // `1.5` and `1,5` are one number to a reader whichever separator a country uses.
        let mut from = at.start;
        for part in written.split(['.', ',']) {
            add(key, from..from + part.len(), part);
            from += part.len() + 1;
        }
    });
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

/// Case folding beyond lower case, of a word already lower-cased: the few letters whose
/// folded form is not their lower case (`ß` is `ss`, final `ς` is `σ`, the Latin
/// ligatures are their letters), and `İ`, whose lower case is `i` and a dot above.
fn fold(word: &str, out: &mut String) {
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            'ß' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            'i' if chars.peek() == Some(&'\u{307}') => {
                chars.next();
                out.push('i');
            }
            c => out.push(c),
        }
    }
}

/// Accents and other marks written as a separate character after their letter
/// (`e\u{301}`, the Gurmukhi nukta in `ਲ\u{a3c}`): part of the word, as ingest reads it.
/// Any mark that combines with the letter before it counts, since a word in one encoding
/// (NFKC) may hold marks its first spelling held inside a single letter.
pub fn is_accent(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
        || !c.is_ascii()
            && icu_normalizer::properties::CanonicalCombiningClassMapBorrowed::new().get_u8(c) != 0
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
            "Ａｌｐｈａ",
        ] {
            assert_eq!(key(variant), "alpha", "{variant:?}");
        }
    }

    #[test]
    fn a_letter_is_the_same_letter_however_it_is_encoded() {
        // One character, or the letter and a combining accent: they look the same.
        assert_eq!(key("Caf\u{e9}"), key("Cafe\u{301}"));
        assert_eq!(key("CAFE\u{301}"), "caf\u{e9}");
        assert_eq!(
            words("Nguye\u{302}\u{303}n Bank"),
            ["nguy\u{1ec5}n", "bank"]
        );
        // Full-width letters, as typed in a CJK input method.
        assert_eq!(key("Ｔｏｋｏｐｅｄｉａ"), "tokopedia");
        // A different letter stays different.
        assert_ne!(key("Café"), key("Cafe"));
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
    fn what_ingest_reads_as_one_name_has_one_key() {
        // ingest reads a digit glued to a letter as a word of its own, and a symbol, a
        // digit of another script or a stray mark as no word at all.
        for (one, other) in [
            ("Shop1", "Shop 1"),
            ("Alpha²", "Alpha"),
            ("Alpha\u{20dd}", "Alpha"),
            ("Alpha \u{660}", "Alpha"),
            ("Alpha ½", "Alpha"),
            ("1,5 Mart", "1.5 Mart"),
        ] {
            assert_eq!(key(one), key(other), "{one:?} {other:?}");
        }
        assert_eq!(words("Sh\u{ad}op\u{200b}ee 2.0x"), ["shopee", "2.0", "x"]);
        assert_ne!(key("Sh\u{200b}op"), key("Sh op"));
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
