//! Errors that name the file, line and column they come from.

use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in one data file, at a 1-based line and column (columns count characters).
///
/// Line 0 means the problem is the file or folder as a whole (it is missing): it prints
/// as `PATH: message`, since a `:1:1` would point into something that is not there.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct Diagnostic {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl Diagnostic {
    /// A problem at a position; control characters quoted from the data are escaped, so
    /// that printing the message can never drive the terminal, and a message that quotes
    /// a long value is [cut](readable) to a readable length.
    pub fn new(path: &Path, line: usize, column: usize, message: impl Into<String>) -> Self {
        let message = message.into();
        let message = match visible(&message) {
            Cow::Borrowed(_) => message,
            Cow::Owned(escaped) => escaped,
        };
        Diagnostic {
            path: path.to_path_buf(),
            line,
            column,
            message: readable(message),
        }
    }

    /// A problem with a file or folder as a whole, such as its absence: no position.
    pub fn whole(path: &Path, message: impl Into<String>) -> Self {
        Self::new(path, 0, 0, message)
    }

    /// `PATH:LINE:COL` where the problem is, or only `PATH` for a whole file.
    pub fn place(&self) -> String {
        let path = self.path.display().to_string();
        let path = visible(&path);
        match self.line {
            0 => path.into_owned(),
            line => format!("{path}:{line}:{}", self.column),
        }
    }

    /// A problem at a byte offset of a whole file's text.
    pub fn at_offset(path: &Path, text: &[u8], offset: usize, message: impl Into<String>) -> Self {
        let (line, column) = line_column(text, offset);
        Self::new(path, line, column, message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place(), self.message)
    }
}

/// The most characters of a message's start kept when it is cut: the field and what it
/// is about come first.
const MESSAGE_HEAD: usize = 120;
/// The most characters of a message's end kept when it is cut: what was expected comes
/// last, and a list of allowed values can be long.
const MESSAGE_TAIL: usize = 200;

/// `message` cut in the middle when it is longer than a person reads in one line.
///
/// Messages quote what they found, and a value can be megabytes long; its start and end
/// stay (the field and the value's beginning, what was expected), and the cut says how
/// many characters it left out. The one rule for every message about a file.
pub fn readable(message: String) -> String {
    let chars = message.chars().count();
    if chars <= MESSAGE_HEAD + MESSAGE_TAIL + 40 {
        return message;
    }
    let head_end = message
        .char_indices()
        .nth(MESSAGE_HEAD)
        .map_or(0, |(i, _)| i);
    let tail_start = (message.char_indices().nth(chars - MESSAGE_TAIL)).map_or(0, |(i, _)| i);
    let left_out = chars - MESSAGE_HEAD - MESSAGE_TAIL;
    format!(
        "{}…({left_out} characters)…{}",
        &message[..head_end],
        &message[tail_start..]
    )
}

/// Every problem found while loading a dataset, in file and line order.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct Invalid(pub Vec<Diagnostic>);

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, diagnostic) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{diagnostic}")?;
        }
        Ok(())
    }
}

/// The 1-based line and character column of a byte offset.
///
/// Bytes that are not valid UTF-8 count as one column each, so positions stay useful in
/// files that are being rejected for their encoding.
pub fn line_column(text: &[u8], offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    (line, 1 + char_count(&before[line_start..]))
}

/// Characters in a byte slice; continuation bytes of UTF-8 sequences are not counted.
pub fn char_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

/// Whether a character could change what a terminal shows beyond itself: C0 and C1
/// controls, DEL, bidirectional overrides and isolates, and zero-width characters.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2069}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
        )
}

/// The text with every [unsafe](is_unsafe_char) character written as a `\u{..}` escape.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters_from_one() {
        let text = "ab\ncé d\n".as_bytes();
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        // 'é' is two bytes but one column.
        assert_eq!(line_column(text, 6), (2, 3));
        assert_eq!(line_column(text, 999), (3, 1));
    }

    #[test]
    fn messages_never_carry_control_characters() {
        let d = Diagnostic::new(
            Path::new("e"),
            1,
            1,
            "kind \"\u{1b}]52;c;eA==\u{7}\u{1b}[2J\u{202e}\u{200b}\u{9b}x\"",
        );
        assert_eq!(
            d.message,
            "kind \"\\u{1b}]52;c;eA==\\u{7}\\u{1b}[2J\\u{202e}\\u{200b}\\u{9b}x\""
        );
        assert_eq!(visible("plain, ünïcode 中文 😀"), "plain, ünïcode 中文 😀");
    }

    #[test]
    fn a_long_message_keeps_its_start_and_end_and_says_what_it_cut() {
        let value = "x".repeat(5_000_000);
        let long = format!("role: unknown role \"{value}\"; expected one of a | b");
        let d = Diagnostic::new(Path::new("m"), 1, 1, long.clone());
        let left_out = long.len() - 120 - 200;
        let head = &long[..120];
        let tail = &long[long.len() - 200..];
        assert_eq!(d.message, format!("{head}…({left_out} characters)…{tail}"));
        assert!(tail.ends_with("xxx\"; expected one of a | b"));
        let short = "y".repeat(360);
        assert_eq!(
            Diagnostic::new(Path::new("m"), 1, 1, short.clone()).message,
            short
        );
    }

    proptest::proptest! {
        /// Class 3: whatever a file or folder name and a quoted value hold, an error
        /// prints as one line with no character that could drive a terminal.
        #[test]
        fn an_error_prints_as_one_safe_line(
            folder in "(\\PC|[\\x00-\\x1f\\x7f-\\x9f\\u{200b}\\u{202e}\\u{2066}])*",
            quoted in "(\\PC|[\\x00-\\x1f\\x7f-\\x9f\\u{200b}\\u{202e}\\u{2066}])*",
        ) {
            let path = Path::new(&folder).join("events.jsonl");
            for d in [
                Diagnostic::new(&path, 3, 4, format!("title: {quoted}")),
                Diagnostic::whole(&path, format!("cannot read: {quoted}")),
            ] {
                let shown = d.to_string();
                proptest::prop_assert!(!shown.chars().any(is_unsafe_char), "{:?}", shown);
            }
        }

        /// Whatever a message quotes, escapes included, it prints as a few lines at most.
        #[test]
        fn every_message_is_cut_to_a_readable_length(
            quoted in "\\PC{0,3000}|[\\x00-\\x1f]{0,3000}"
        ) {
            let d = Diagnostic::new(Path::new("m"), 1, 1, format!("title: {quoted}"));
            proptest::prop_assert!(d.message.chars().count() <= 120 + 200 + 40, "{}", d.message);
            proptest::prop_assert!(d.message.starts_with("title: "));
        }
    }

    #[test]
    fn displays_as_path_line_column_message() {
        let d = Diagnostic::new(Path::new("data/events.jsonl"), 3, 14, "bad date");
        assert_eq!(d.to_string(), "data/events.jsonl:3:14: bad date");
    }

    #[test]
    fn a_whole_file_problem_has_no_position() {
        let d = Diagnostic::whole(Path::new("data/market.toml"), "missing");
        assert_eq!(d.to_string(), "data/market.toml: missing");
    }
}
