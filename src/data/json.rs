//! A small strict JSON reader for one line of `events.jsonl`.
//!
//! serde_json reports where its own syntax errors are, but not where a *value* is, and
//! pasar's messages must point at the offending field (`events.jsonl:3:14: date: ...`).
//! This reader walks a line once, hands each key to the caller with its byte offset, and
//! borrows strings from the line whenever they hold no escapes.

use std::borrow::Cow;

/// A problem at a byte offset of the line being read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineError {
    pub offset: usize,
    pub message: String,
}

impl LineError {
    pub fn new(offset: usize, message: impl Into<String>) -> Self {
        LineError {
            offset,
            message: message.into(),
        }
    }
}

pub type Read<T> = Result<T, LineError>;

/// The offset of the first byte that ends a plain run of string text: `"`, `\\`, or a
/// control character (which JSON requires to be escaped).
///
/// Strings are most of every line, so this looks at eight bytes a step (SWAR): a byte
/// equal to `x` shows up as a zero byte of `word ^ splat(x)`, and the lowest flagged
/// byte of the classic zero-byte test is always a true match.
fn find_special(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let zero_bytes = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS;
    let mut chunks = bytes.chunks_exact(8);
    for (i, chunk) in chunks.by_ref().enumerate() {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let found = zero_bytes(word ^ (ONES * u64::from(b'"')))
            | zero_bytes(word ^ (ONES * u64::from(b'\\')))
            | (word.wrapping_sub(ONES * 0x20) & !word & HIGHS);
        if found != 0 {
            return Some(i * 8 + (found.trailing_zeros() / 8) as usize);
        }
    }
    let done = bytes.len() - chunks.remainder().len();
    let special = |&b: &u8| b == b'"' || b == b'\\' || b < 0x20;
    chunks
        .remainder()
        .iter()
        .position(special)
        .map(|i| done + i)
}

/// A cursor over one line of JSON text.
pub struct Reader<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        Reader { text, pos: 0 }
    }

    pub fn pos(&self) -> usize {
        self.pos
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    pub fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\r' | b'\n') = self.bytes().get(self.pos) {
            self.pos += 1;
        }
    }

    /// The next non-space byte, without consuming it.
    pub fn peek(&mut self) -> Option<u8> {
        self.skip_space();
        self.bytes().get(self.pos).copied()
    }

    /// Where the next value starts, after any space.
    pub fn value_start(&mut self) -> usize {
        self.skip_space();
        self.pos
    }

    pub fn at_end(&mut self) -> bool {
        self.peek().is_none()
    }

    fn unexpected(&mut self, expected: &str) -> LineError {
        match self.peek() {
            None => LineError::new(self.pos, format!("line ends where {expected} was expected")),
            Some(_) => {
                let found: String = self.text[self.pos..].chars().take(12).collect();
                LineError::new(self.pos, format!("expected {expected}, found `{found}`"))
            }
        }
    }

    /// The value that starts here, as a message quotes what it found: its kind and its
    /// first characters (a value can be megabytes long).
    pub fn value_here(&mut self) -> String {
        const QUOTED: usize = 40;
        let Some(first) = self.peek() else {
            return "the end of the line".to_string();
        };
        let rest = &self.text[self.pos..];
        match first {
            b'[' => "an array".to_string(),
            b'{' => "an object".to_string(),
            b'"' => {
                let mut escaped = false;
                let end = rest.char_indices().skip(1).find_map(|(i, c)| {
                    let closes = c == '"' && !escaped;
                    escaped = c == '\\' && !escaped;
                    closes.then_some(i + 1)
                });
                let quoted = &rest[..end.unwrap_or(rest.len())];
                format!("the string {}", crate::text::clip(quoted, QUOTED))
            }
            _ => {
                let end = rest
                    .find(|c: char| matches!(c, ',' | ']' | '}') || c.is_whitespace())
                    .unwrap_or(rest.len());
                format!("`{}`", crate::text::clip(&rest[..end], QUOTED))
            }
        }
    }

    fn eat(&mut self, byte: u8, expected: &str) -> Read<()> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.unexpected(expected))
        }
    }

    /// Consumes `null` if it comes next.
    pub fn null(&mut self) -> bool {
        let is_null = self.peek().is_some() && self.text[self.pos..].starts_with("null");
        if is_null {
            self.pos += 4;
        }
        is_null
    }

    /// Reads an object, calling `field` with each key and the key's offset; `field` must
    /// read the value.
    pub fn object(
        &mut self,
        mut field: impl FnMut(&mut Self, Cow<'a, str>, usize) -> Read<()>,
    ) -> Read<()> {
        self.eat(b'{', "`{`")?;
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(());
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.unexpected("a field name in quotes"));
            }
            let key_offset = self.pos;
            let key = self.string()?;
            self.eat(b':', "`:` after the field name")?;
            field(self, key, key_offset)?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return Err(self.unexpected("`,` or `}`")),
            }
        }
    }

    /// Reads an array, calling `item` for each element; `item` must read the element.
    pub fn array(&mut self, mut item: impl FnMut(&mut Self, usize) -> Read<()>) -> Read<()> {
        self.eat(b'[', "`[`")?;
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(());
        }
        let mut index = 0;
        loop {
            item(self, index)?;
            index += 1;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return Err(self.unexpected("`,` or `]`")),
            }
        }
    }

    /// Reads a string, borrowing it from the line when it has no escapes.
    pub fn string(&mut self) -> Read<Cow<'a, str>> {
        if self.peek().is_some_and(|b| b != b'"') {
            let found = self.value_here();
            let message = format!("expected a string in quotes, found {found}");
            return Err(LineError::new(self.pos, message));
        }
        self.eat(b'"', "a string in quotes")?;
        let start = self.pos;
        let mut owned: Option<String> = None;
        loop {
            let run_start = self.pos;
            let rest = &self.bytes()[run_start..];
            let Some(stop) = find_special(rest) else {
                return Err(LineError::new(
                    start - 1,
                    "string is not closed before the line ends",
                ));
            };
            if rest[stop] < 0x20 {
                let message = format!(
                    "control character U+{:04X} must be escaped in a string",
                    rest[stop]
                );
                return Err(LineError::new(run_start + stop, message));
            }
            self.pos = run_start + stop;
            let text = &self.text[run_start..self.pos];
            self.pos += 1;
            if rest[stop] == b'"' {
                return Ok(match owned {
                    None => Cow::Borrowed(text),
                    Some(mut s) => {
                        s.push_str(text);
                        Cow::Owned(s)
                    }
                });
            }
            let s = owned.get_or_insert_with(String::new);
            s.push_str(text);
            s.push(self.escape()?);
        }
    }

    /// Reads the escape after a backslash.
    fn escape(&mut self) -> Read<char> {
        let at = self.pos - 1;
        let byte = self.bytes().get(self.pos).copied();
        self.pos += 1;
        Ok(match byte {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let high = self.hex4(at)?;
                let code = if (0xD800..0xDC00).contains(&high) {
                    if !self.text[self.pos..].starts_with("\\u") {
                        return Err(LineError::new(at, "unpaired surrogate in \\u escape"));
                    }
                    self.pos += 2;
                    let low = self.hex4(at)?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(LineError::new(at, "unpaired surrogate in \\u escape"));
                    }
                    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    high
                };
                char::from_u32(code)
                    .ok_or_else(|| LineError::new(at, "unpaired surrogate in \\u escape"))?
            }
            _ => return Err(LineError::new(at, "unknown escape in string")),
        })
    }

    fn hex4(&mut self, at: usize) -> Read<u32> {
        let digits = self.bytes().get(self.pos..self.pos + 4);
        let value = digits
            .and_then(|d| std::str::from_utf8(d).ok())
            .and_then(|d| {
                u32::from_str_radix(d, 16)
                    .ok()
                    .filter(|_| d.bytes().all(|b| b.is_ascii_hexdigit()))
            });
        self.pos += 4;
        value.ok_or_else(|| LineError::new(at, "\\u escape needs four hex digits"))
    }

    /// Reads a JSON number as f64; too-large numbers come back infinite.
    pub fn number(&mut self) -> Read<f64> {
        self.skip_space();
        let start = self.pos;
        let bytes = self.bytes();
        let digits = |pos: &mut usize| {
            let from = *pos;
            while bytes.get(*pos).is_some_and(u8::is_ascii_digit) {
                *pos += 1;
            }
            *pos > from
        };
        let mut pos = start;
        if bytes.get(pos) == Some(&b'-') {
            pos += 1;
        }
        let int_start = pos;
        let mut ok = digits(&mut pos) && !(bytes[int_start] == b'0' && pos - int_start > 1);
        if ok && bytes.get(pos) == Some(&b'.') {
            pos += 1;
            ok = digits(&mut pos);
        }
        if ok && matches!(bytes.get(pos), Some(b'e' | b'E')) {
            pos += 1;
            if matches!(bytes.get(pos), Some(b'+' | b'-')) {
                pos += 1;
            }
            ok = digits(&mut pos);
        }
        if !ok {
            self.pos = start;
            let found = self.value_here();
            return Err(LineError::new(
                start,
                format!("expected a number, found {found}"),
            ));
        }
        self.pos = pos;
        self.text[start..pos]
            .parse()
            .map_err(|_| LineError::new(start, "expected a number"))
    }

    /// The text read since byte `from`: how a value was written.
    pub fn written(&self, from: usize) -> &'a str {
        self.text.get(from..self.pos).unwrap_or("")
    }

    /// Skips any JSON value; used to move past fields already reported as wrong.
    pub fn skip_value(&mut self) -> Read<()> {
        match self.peek() {
            Some(b'"') => self.string().map(drop),
            Some(b'{') => self.object(|r, _, _| r.skip_value()),
            Some(b'[') => self.array(|r, _| r.skip_value()),
            Some(b't') if self.text[self.pos..].starts_with("true") => {
                self.pos += 4;
                Ok(())
            }
            Some(b'f') if self.text[self.pos..].starts_with("false") => {
                self.pos += 5;
                Ok(())
            }
            Some(b'n') if self.null() => Ok(()),
            _ => self.number().map(drop),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn borrows_plain_strings_and_decodes_escapes() {
        let mut r = Reader::new(r#""plain" "a\"b\u00e9\ud83d\ude00\n""#);
        assert!(matches!(r.string().unwrap(), Cow::Borrowed("plain")));
        assert_eq!(r.string().unwrap(), "a\"bé😀\n");
        assert!(r.at_end());
    }

    #[test]
    fn rejects_broken_strings_with_their_offsets() {
        let cases = [
            (r#""open"#, 0, "string is not closed before the line ends"),
            (r#""a\x""#, 2, "unknown escape in string"),
            (r#""\ud800x""#, 1, "unpaired surrogate in \\u escape"),
            (r#""\u12g4""#, 1, "\\u escape needs four hex digits"),
            (
                "\"a\tb\"",
                2,
                "control character U+0009 must be escaped in a string",
            ),
        ];
        for (text, offset, message) in cases {
            assert_eq!(
                Reader::new(text).string().unwrap_err(),
                LineError::new(offset, message),
                "{text}"
            );
        }
    }

    #[test]
    fn finds_quotes_backslashes_and_controls_at_every_offset() {
        for len in 0..40 {
            for (at, special) in
                (0..len).flat_map(|at| [(at, b'"'), (at, b'\\'), (at, 0x1F), (at, 0x00)])
            {
                let mut bytes = vec![b'a'; len];
                // Bytes above the match must not matter, nor bytes just past the ranges.
                bytes
                    .iter_mut()
                    .skip(at + 1)
                    .step_by(3)
                    .for_each(|b| *b = b'"');
                bytes[..at].iter_mut().step_by(2).for_each(|b| *b = 0x20);
                bytes[at] = special;
                assert_eq!(find_special(&bytes), Some(at), "{bytes:?}");
            }
            let plain: Vec<u8> = (0..len)
                .map(|i| [b'a', 0x20, 0x7F, 0xC3, 0x5B, 0x5D, 0x21, 0x23][i % 8])
                .collect();
            assert_eq!(find_special(&plain), None, "{plain:?}");
        }
    }

    #[test]
    fn reads_numbers_by_the_json_grammar() {
        for (text, value) in [
            ("0", 0.0),
            ("-1.5", -1.5),
            ("3e6", 3e6),
            ("75.01", 75.01),
            ("2E-2", 0.02),
        ] {
            assert_eq!(Reader::new(text).number().unwrap(), value, "{text}");
        }
        assert!(Reader::new("1e999").number().unwrap().is_infinite());
        for text in ["NaN", "Infinity", "01", "1.", ".5", "-", "1e"] {
            assert!(Reader::new(text).number().is_err(), "{text}");
        }
    }

    #[test]
    fn walks_objects_and_arrays_and_reports_the_first_syntax_error() {
        let mut keys = Vec::new();
        let mut r = Reader::new(r#"{"a": [1, {"b": null}], "c": true}"#);
        r.object(|r, key, at| {
            keys.push((key.into_owned(), at));
            r.skip_value()
        })
        .unwrap();
        assert_eq!(keys, [("a".to_string(), 1), ("c".to_string(), 24)]);

        let err = Reader::new(r#"{"a": 1"#)
            .object(|r, _, _| r.skip_value())
            .unwrap_err();
        assert_eq!(err.message, "line ends where `,` or `}` was expected");
        let err = Reader::new(r#"{"a" 1}"#)
            .object(|r, _, _| r.skip_value())
            .unwrap_err();
        assert_eq!(
            err,
            LineError::new(5, "expected `:` after the field name, found `1}`")
        );
    }
}
