//! Making data text safe and fitting it into columns.
//!
//! Every string that comes from a data file passes through [`clean`] before it becomes a
//! `Span`: a dataset is input, and input must never be able to move the cursor, change
//! colours or reorder what the user reads. Column layout uses display width, never bytes,
//! so CJK text and emoji keep columns aligned.

use std::borrow::Cow;
use std::fmt::Write;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::data::error::is_unsafe_char;

/// Text from a data file, made safe to show in a terminal.
///
/// ESC becomes `␛`, other C0 controls their U+2400 control pictures, DEL `␡`. C1 controls,
/// bidi overrides and isolates, and zero-width characters become visible `\u{XXXX}` text.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('?')),
            '\u{7f}' => out.push('␡'),
            c if is_unsafe_char(c) => {
                let _ = write!(out, "\\u{{{:04X}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The first `chars` characters of `text`: all a pane of that many cells can show, so
/// that a title or summary of megabytes costs a frame no more than a short one.
pub fn head(text: &str, chars: usize) -> &str {
    match text.char_indices().nth(chars) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

/// Text quoted in a message, cut to its first `chars` characters with `…` marking the cut:
/// an error must stay readable when the value it quotes is megabytes long.
pub fn clip(text: &str, chars: usize) -> Cow<'_, str> {
    let kept = head(text, chars);
    if kept.len() == text.len() {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(format!("{kept}…"))
    }
}

/// Display width of text, as the terminal will lay it out.
pub fn width(text: &str) -> usize {
    text.width()
}

/// `text` cut to at most `max` columns, ending in `…` when something was cut.
pub fn truncate(text: &str, max: usize) -> Cow<'_, str> {
    if text.width() <= max {
        return Cow::Borrowed(text);
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    Cow::Owned(out)
}

/// `text` truncated or padded with spaces to exactly `columns` display columns.
///
/// A wide character that would straddle the edge is replaced by padding, so the column
/// after it always starts at the same place.
pub fn fit(text: &str, columns: usize) -> String {
    let cut = truncate(text, columns);
    let pad = columns.saturating_sub(cut.width());
    let mut out = String::with_capacity(cut.len() + pad);
    out.push_str(&cut);
    out.extend(std::iter::repeat_n(' ', pad));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_keeps_the_first_characters_whole() {
        assert_eq!(head("Tokopedia", 4), "Toko");
        assert_eq!(head("東京ab", 2), "東京");
        assert_eq!(head("ab", 5), "ab");
        assert_eq!(head("", 0), "");
    }

    #[test]
    fn clipping_keeps_short_text_and_marks_a_cut() {
        assert_eq!(clip("Tokopedia", 9), "Tokopedia");
        assert_eq!(clip("Tokopedia", 4), "Toko…");
        assert_eq!(clip("東京都", 1), "東…");
    }

    #[test]
    fn escape_sequences_become_visible_pictures() {
        assert_eq!(clean("a\x1b[31mred"), "a␛[31mred");
        assert_eq!(clean("tab\there\nnl\r"), "tab␉here␊nl␍");
        assert_eq!(clean("\x00\x07\x7f"), "␀␇␡");
    }

    #[test]
    fn c1_bidi_and_zero_width_characters_are_spelled_out() {
        assert_eq!(clean("a\u{9b}b"), "a\\u{009B}b");
        assert_eq!(clean("\u{202e}evil\u{202c}"), "\\u{202E}evil\\u{202C}");
        assert_eq!(clean("x\u{2066}y\u{2069}"), "x\\u{2066}y\\u{2069}");
        assert_eq!(
            clean("zw\u{200b}j\u{200d}\u{2060}\u{feff}"),
            "zw\\u{200B}j\\u{200D}\\u{2060}\\u{FEFF}"
        );
    }

    #[test]
    fn ordinary_text_is_borrowed_unchanged() {
        assert!(matches!(clean("Tokopedia 東京 🛒"), Cow::Borrowed(_)));
    }

    #[test]
    fn truncation_counts_display_columns_not_bytes() {
        assert_eq!(truncate("Tokopedia", 5), "Toko…");
        assert_eq!(truncate("東京都", 4), "東…");
        assert_eq!(truncate("東京都", 6), "東京都");
        assert_eq!(truncate("abc", 0), "");
    }

    #[test]
    fn fitting_keeps_columns_aligned_with_wide_characters() {
        assert_eq!(fit("東京都庁", 5), "東京…");
        assert_eq!(fit("東京都庁", 4), "東… ");
        assert_eq!(fit("🛒x", 4), "🛒x ");
        for text in ["abc", "東京都庁", "🛒🛒🛒", "é", ""] {
            assert_eq!(fit(text, 5).width(), 5, "{text}");
        }
    }
}
