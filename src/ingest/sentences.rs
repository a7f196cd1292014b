//! Splitting article text into sentences without breaking on `Rp.`, `Tbk.`, `No.`,
//! decimals (`1.5`) or initials (`J. Widodo`).

use std::ops::Range;

/// Byte ranges of the sentences in `src`, trimmed of surrounding whitespace, found as
/// they are asked for (an article of any length needs no list of them).
///
/// A line break always ends a sentence (news text puts paragraphs on lines). A `.`, `!` or
/// `?` ends one when whitespace and a capital, digit, quote or bracket follow, unless the
/// word before the dot is an abbreviation or an initial.
pub fn sentences(src: &str) -> Sentences<'_> {
    Sentences {
        src,
        start: 0,
        i: 0,
    }
}

/// The iterator [`sentences`] returns.
pub struct Sentences<'a> {
    src: &'a str,
    /// Where the current sentence starts.
    start: usize,
    /// The next byte to look at.
    i: usize,
}

impl Iterator for Sentences<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let (src, bytes) = (self.src, self.src.as_bytes());
        while self.start < bytes.len() {
            let mut end = None;
            while self.i < bytes.len() && end.is_none() {
                let i = self.i;
                end = match bytes[i] {
                    b'\n' => Some(i),
                    b'.' | b'!' | b'?' => stop_after(src, i),
                    _ => None,
                };
                self.i = end.map_or(i + 1, |end| end.max(i + 1));
            }
            let range = self.start..end.unwrap_or(bytes.len());
            self.start = range.end;
            if let Some(trimmed) = trim(src, range) {
                return Some(trimmed);
            }
        }
        None
    }
}

/// The range without the whitespace around it, unless it is all whitespace.
fn trim(src: &str, range: Range<usize>) -> Option<Range<usize>> {
    let part = &src[range.clone()];
    let lead = part.len() - part.trim_start().len();
    let trail = part.len() - part.trim_end().len();
    (lead + trail < part.len()).then(|| range.start + lead..range.end - trail)
}

/// Where the sentence ends if the punctuation at `i` ends it: after the punctuation and
/// any closing quotes or brackets.
fn stop_after(src: &str, i: usize) -> Option<usize> {
    let bytes = src.as_bytes();
    let mut end = i + 1;
    while end < bytes.len() && matches!(bytes[end], b'.' | b'!' | b'?' | b'"' | b'\'' | b')') {
        end += 1;
    }
    // Curly closing quotes are three bytes each.
    while src[end..].starts_with(['”', '’']) {
        end += 3;
    }
    let rest = &src[end..];
    let after = rest.trim_start_matches([' ', '\t', '\r']);
    if after.is_empty() || after.starts_with('\n') {
        return Some(end);
    }
    if after.len() == rest.len() {
        return None;
    }
    let next = after.chars().next()?;
    let opens = next.is_uppercase()
        || next.is_ascii_digit()
        || matches!(next, '"' | '“' | '(' | '\'' | '‘');
    if !opens || bytes[i] == b'.' && abbreviation(src, i, after) {
        return None;
    }
    Some(end)
}

/// Whether the word before the dot at `i` is an abbreviation that does not end a sentence.
fn abbreviation(src: &str, i: usize, after: &str) -> bool {
    let before = &src[..i];
    let word_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |k| {
            k + before[k..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    if word.contains('.') {
        return true; // U.S., e.g., a.n.
    }
    let lower = word.to_ascii_lowercase();
    let always = matches!(
        lower.as_str(),
        "rp" | "no"
            | "nos"
            | "mr"
            | "mrs"
            | "ms"
            | "dr"
            | "prof"
            | "jl"
            | "st"
            | "vs"
            | "sdr"
            | "bpk"
            | "ir"
            | "drs"
            | "h"
            | "hj"
            | "approx"
            | "est"
            | "tel"
            | "ca"
            | "pt"
            | "cv"
            | "gen"
            | "sen"
            | "rep"
            | "gov"
    );
    let company = matches!(
        lower.as_str(),
        "tbk" | "inc" | "co" | "corp" | "ltd" | "bhd" | "plc"
    );
    // Month abbreviations come from the date reader's own list: `13 Nop. 2023`.
    always || super::dates::month_abbreviation(&lower) || company && !starts_clause(after)
}

/// After `Co.` a capitalised word followed by a lower-case one starts a new sentence
/// (`… Bain & Co. Shopee dari …`); `Inc. CEO Tim Cook` does not.
fn starts_clause(after: &str) -> bool {
    let mut words = after.split_whitespace();
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    first.chars().next().is_some_and(char::is_uppercase)
        && second.chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(src: &str) -> Vec<&str> {
        sentences(src).map(|r| &src[r]).collect()
    }

    #[test]
    fn does_not_split_on_abbreviations_decimals_or_initials() {
        let src = "Harga Rp. 15.000 naik 1.5 persen. PT GoTo Gojek Tokopedia Tbk. (GOTO) naik. J. Widodo hadir.";
        assert_eq!(
            split(src),
            [
                "Harga Rp. 15.000 naik 1.5 persen.",
                "PT GoTo Gojek Tokopedia Tbk. (GOTO) naik.",
                "J. Widodo hadir."
            ]
        );
        assert_eq!(
            split("Permendag No. 31 berlaku. Lalu?"),
            ["Permendag No. 31 berlaku.", "Lalu?"]
        );
    }

    #[test]
    fn does_not_split_after_any_month_abbreviation_the_date_reader_knows() {
        for month in ["Nop.", "Peb.", "Ags.", "Nov.", "Agu."] {
            let src = format!("Toko tutup 13 {month} 2023 pagi. Lalu buka.");
            let expected = [
                format!("Toko tutup 13 {month} 2023 pagi."),
                "Lalu buka.".into(),
            ];
            assert_eq!(split(&src), expected, "{month}");
        }
        assert_eq!(
            split("Tutup 1 Mei. Lalu buka."),
            ["Tutup 1 Mei.", "Lalu buka."]
        );
    }

    #[test]
    fn splits_after_a_company_suffix_when_a_new_clause_starts() {
        assert_eq!(
            split("oleh Bain & Co. Shopee dari Asia. Apple Inc. CEO Tim Cook datang."),
            [
                "oleh Bain & Co.",
                "Shopee dari Asia.",
                "Apple Inc. CEO Tim Cook datang."
            ]
        );
    }

    #[test]
    fn ends_sentences_at_line_breaks_and_after_closing_quotes() {
        assert_eq!(
            split("\"Ya,\" katanya.\n\"Baik.\" Lalu pergi."),
            ["\"Ya,\" katanya.", "\"Baik.\"", "Lalu pergi."]
        );
        assert!(split(" \n \n").is_empty());
    }
}
