//! What a TOML file of the wrong shape is told: the field, what it must be, what it is.
//!
//! serde's own words speak of Rust types ("invalid type: string \"2022\", expected i64",
//! "data did not match any variant of untagged enum Keys"), name no field, and say "map"
//! for an unquoted date. `market.toml` and the config file both go through [`explain`],
//! which reads the field and the value from the file at the error's position and words
//! the expectation for a person editing TOML.

use std::ops::Range;

use crate::text::clip;

/// Characters of a found value quoted in a message.
const QUOTED: usize = 40;

/// The offset and message for a TOML error in `text`.
///
/// `tables` says what each top-level name must be (`("market", "one table [market]")`):
/// for a header of the wrong kind serde only knows the first field it missed.
pub fn explain(text: &str, error: &toml::de::Error, tables: &[(&str, &str)]) -> (usize, String) {
    let span = error.span().unwrap_or(0..0);
    let message = error.message().trim_end().replace('\n', "; ");
    let mismatch = ["invalid type: ", "invalid value: ", "invalid length "]
        .iter()
        .any(|p| message.starts_with(p));
    if !mismatch {
        return (span.start, message);
    }
    let field = field_at(text, span.start);
    let table = tables.iter().find(|(name, _)| *name == field);
    let expected = match (table, message.rsplit_once(", expected ")) {
        (Some((_, shape)), _) => (*shape).to_string(),
        (None, Some((_, expected))) => in_toml_words(expected),
        (None, None) => "another value".to_string(),
    };
    let found = found_at(text, &span);
    (span.start, mismatch_message(&field, &expected, &found))
}

/// The one wording of a value of the wrong kind.
pub fn mismatch_message(field: &str, expected: &str, found: &str) -> String {
    format!("{field}: expected {expected}, found {found}")
}

/// The key a value at `offset` belongs to: the `KEY =` before it on its line, or the name
/// of the `[table]` header that starts there.
fn field_at(text: &str, offset: usize) -> String {
    let offset = floor_char_boundary(text, offset);
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    let line = &text[line_start..line_end];
    let before = &text[line_start..offset];
    if before.trim().is_empty() && line.trim_start().starts_with('[') {
        return header_name(line).to_string();
    }
    match before.rfind('=') {
        Some(eq) => {
            let key = before[..eq].trim_end();
            let start = key
                .rfind(|c: char| c.is_whitespace() || c == '{' || c == ',')
                .map_or(0, |i| i + 1);
            key[start..].trim_matches(['"', '\'']).to_string()
        }
        None => "value".to_string(),
    }
}

/// `market` of `[[market]]` or `[market]`.
fn header_name(line: &str) -> &str {
    let inner = line.trim().trim_start_matches('[');
    let end = inner.find(']').unwrap_or(inner.len());
    inner[..end].trim()
}

/// What the file holds at `span`, in TOML's words, with the value quoted from the file.
fn found_at(text: &str, span: &Range<usize>) -> String {
    let start = floor_char_boundary(text, span.start);
    let rest = &text[start..];
    let first_line = rest.lines().next().unwrap_or("").trim();
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let at_line_start = text[line_start..start].trim().is_empty();
    let shown = clip(first_line, QUOTED);
    let kind = if first_line.starts_with("[[") && at_line_start {
        "an array of tables"
    } else if first_line.starts_with('[') && at_line_start {
        "a table"
    } else if first_line.starts_with('[') {
        "an array"
    } else if first_line.starts_with('{') {
        "an inline table"
    } else if first_line.starts_with(['"', '\'']) {
        "text"
    } else if first_line.starts_with("true") || first_line.starts_with("false") {
        "a boolean"
    } else if looks_like_date(first_line) {
        "a date without quotes"
    } else {
        "a number"
    };
    let value = match kind {
        // A quoted value ends at its closing quote; a bare one at a comma or bracket.
        "text" => quoted_value(first_line),
        "a boolean" | "a date without quotes" | "a number" => bare_value(first_line),
        _ => first_line,
    };
    let shown = if value.len() < first_line.len() {
        clip(value, QUOTED)
    } else {
        shown
    };
    format!("{kind} {shown}")
}

fn quoted_value(line: &str) -> &str {
    let quote = line.as_bytes()[0];
    match line[1..].find(char::from(quote)) {
        Some(end) => &line[..end + 2],
        None => line,
    }
}

fn bare_value(line: &str) -> &str {
    let end = line.find([',', ']', '}', '#']).unwrap_or(line.len());
    line[..end].trim_end()
}

/// `2024-02-01`, `07:32:00` or a date and time: TOML reads these as dates, not text.
fn looks_like_date(value: &str) -> bool {
    let b = value.as_bytes();
    let digits = |range: Range<usize>| {
        b.get(range)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    (digits(0..4) && b.get(4) == Some(&b'-')) || (digits(0..2) && b.get(2) == Some(&b':'))
}

/// serde's name for an expected type, as a person editing TOML says it.
fn in_toml_words(expected: &str) -> String {
    let words = match expected {
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "an integer" => {
            "a whole number such as 2024 (no quotes)"
        }
        "f32" | "f64" => "a number such as 62.5 (no quotes)",
        "a string" => "text in quotes",
        "a boolean" => "true or false",
        "a sequence" => "an array [...]",
        "a map" => "a table",
        other if other.starts_with("struct ") => "a table",
        other => other,
    };
    words.to_string()
}

fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct File {
        market: Info,
        #[serde(default)]
        series: Vec<Series>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Info {
        name: String,
        published: Option<String>,
        open: Option<bool>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Series {
        points: Vec<Point>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Point {
        year: i64,
        value: f64,
    }

    const TABLES: &[(&str, &str)] = &[
        ("market", "one table [market]"),
        ("series", "an array of tables [[series]]"),
    ];

    fn message(text: &str) -> String {
        let e = toml::from_str::<File>(text).unwrap_err();
        let (offset, message) = explain(text, &e, TABLES);
        let (line, column) = crate::data::error::line_column(text.as_bytes(), offset);
        format!("{line}:{column}: {message}")
    }

    #[test]
    fn a_quoted_number_names_its_field_and_what_it_should_be() {
        let text =
            "[market]\nname = \"M\"\n[[series]]\npoints = [{ year = \"2022\", value = 1.0 }]\n";
        assert_eq!(
            message(text),
            "4:20: year: expected a whole number such as 2024 (no quotes), found text \"2022\""
        );
        let text =
            "[market]\nname = \"M\"\n[[series]]\npoints = [{ year = 2022, value = \"1\" }]\n";
        assert_eq!(
            message(text),
            "4:34: value: expected a number such as 62.5 (no quotes), found text \"1\""
        );
    }

    #[test]
    fn an_unquoted_date_is_called_a_date() {
        let text = "[market]\nname = \"M\"\npublished = 2024-02-01\n";
        assert_eq!(
            message(text),
            "3:13: published: expected text in quotes, found a date without quotes 2024-02-01"
        );
    }

    #[test]
    fn a_header_of_the_wrong_kind_says_which_kind_it_must_be() {
        assert_eq!(
            message("[[market]]\nname = \"M\"\n"),
            "1:1: market: expected one table [market], found an array of tables [[market]]"
        );
        assert_eq!(
            message("[market]\nname = \"M\"\n[series]\npoints = []\n"),
            "3:1: series: expected an array of tables [[series]], found a table [series]"
        );
    }

    #[test]
    fn other_kinds_are_named_too() {
        assert_eq!(
            message("[market]\nname = 5\n"),
            "2:8: name: expected text in quotes, found a number 5"
        );
        assert_eq!(
            message("[market]\nname = [\"a\"]\n"),
            "2:8: name: expected text in quotes, found an array [\"a\"]"
        );
        assert_eq!(
            message("[market]\nname = \"M\"\nopen = \"yes\"\n"),
            "3:8: open: expected true or false, found text \"yes\""
        );
        assert_eq!(
            message("[market]\nname = { a = 1 }\n"),
            "2:8: name: expected text in quotes, found an inline table { a = 1 }"
        );
    }

    #[test]
    fn a_long_value_is_quoted_cut() {
        let long = "y".repeat(5_000_000);
        let message = message(&format!("[market]\nname = \"M\"\nopen = \"{long}\"\n"));
        let cut = format!("\"{}…", "y".repeat(QUOTED - 1));
        assert_eq!(
            message,
            format!("3:8: open: expected true or false, found text {cut}")
        );
    }

    #[test]
    fn syntax_errors_keep_their_words() {
        let text = "[market\n";
        let e = toml::from_str::<File>(text).unwrap_err();
        let (_, message) = explain(text, &e, TABLES);
        assert!(!message.contains('\n'), "{message}");
        assert!(message.contains("table"), "{message}");
    }
}
