//! Checking `inbox.jsonl`: every problem reported as `PATH:LINE:COL: message`, as for
//! the dataset's own files.
//!
//! A line must hold the candidate's fields with the right types; its `event` is read by
//! the events file's own reader, so it is a whole, valid event (whose `source` may name
//! a source `market.toml` does not define yet). Fields the inbox does not know are
//! ignored, so later versions can add some.

use std::collections::HashMap;
use std::path::Path;

use rustc_hash::FxHashMap;

use crate::data::events::{Refs, is_id, read_event};
use crate::data::json::{LineError, Read, Reader};
use crate::data::{Date, Diagnostic, Events, Invalid};

use super::State;

/// Fields a candidate must have.
const REQUIRED: [&str; 6] = ["id", "state", "found", "article", "sentence", "event"];

/// Checks a whole inbox file; `players` are the market's player ids by index.
pub fn check_inbox(
    path: &Path,
    bytes: &[u8],
    players: &FxHashMap<&str, usize>,
) -> Result<usize, Invalid> {
    let mut diagnostics = Vec::new();
    let count = check_lines(path, bytes, players, &mut diagnostics);
    if diagnostics.is_empty() {
        Ok(count)
    } else {
        Err(Invalid(diagnostics))
    }
}

/// Checks each line, appending every problem to `diagnostics`; returns how many
/// candidates there are.
pub fn check_lines(
    path: &Path,
    bytes: &[u8],
    players: &FxHashMap<&str, usize>,
    diagnostics: &mut Vec<Diagnostic>,
) -> usize {
    let refs = Refs {
        players: Some(players.clone()),
        sources: None,
    };
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut count = 0;
    for (index, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let number = index + 1;
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let at = |offset: usize, message: String| {
            let column = 1 + crate::data::error::char_count(&raw[..offset.min(raw.len())]);
            Diagnostic::new(path, number, column, message)
        };
        let line = match std::str::from_utf8(raw) {
            Ok(line) => line,
            Err(e) => {
                diagnostics.push(at(e.valid_up_to(), "invalid UTF-8".into()));
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        count += 1;
        match check_line(line, &refs) {
            Ok(id) => {
                if let Some(first) = ids.get(&id.1) {
                    let message = format!(
                        "id: duplicate candidate id \"{}\" (first on line {first})",
                        id.1
                    );
                    diagnostics.push(at(id.0, message));
                } else {
                    ids.insert(id.1, number);
                }
            }
            Err(problems) => {
                diagnostics.extend(problems.into_iter().map(|p| at(p.offset, p.message)));
            }
        }
    }
    count
}

/// Checks one line; returns its id and the id's offset, or every problem found.
fn check_line(line: &str, refs: &Refs) -> Result<(usize, String), Vec<LineError>> {
    let mut problems = Vec::new();
    let mut seen = [false; REQUIRED.len()];
    let mut id = None;
    let mut reader = Reader::new(line);
    if reader.peek() != Some(b'{') {
        return Err(vec![LineError::new(
            reader.pos(),
            "expected a candidate object `{...}`",
        )]);
    }
    let read = reader.object(|r, key, at| {
        if let Some(slot) = REQUIRED.iter().position(|name| *name == key) {
            if seen[slot] {
                return Err(LineError::new(at, format!("duplicate field \"{key}\"")));
            }
            seen[slot] = true;
        }
        let value_at = r.value_start();
        let mut bad =
            |message: String| problems.push(LineError::new(value_at, format!("{key}: {message}")));
        match key.as_ref() {
            "id" => {
                let text = string(r, &key)?;
                if !text.starts_with("c-") || !is_id(&text) {
                    bad(format!(
                        "\"{text}\" is not a candidate id (c- then a-z, 0-9 and -)"
                    ));
                }
                id = Some((value_at, text));
            }
            "state" => {
                let text = string(r, &key)?;
                if State::from_word(&text).is_none() {
                    bad(format!(
                        "unknown state \"{text}\"; expected one of new | accepted | rejected"
                    ));
                }
            }
            "found" => {
                let text = string(r, &key)?;
                if chrono::DateTime::parse_from_rfc3339(&text).is_err() {
                    bad(format!(
                        "\"{text}\" is not a time such as 2026-12-01T08:00:00Z"
                    ));
                }
            }
            "sentence" => {
                string(r, &key)?;
            }
            "duplicate_of" => {
                if !r.null() {
                    string(r, &key)?;
                }
            }
            "article" => article(r, &mut problems)?,
            "event" => event(r, line, refs, &mut problems)?,
            _ => r.skip_value()?,
        }
        Ok(())
    });
    if let Err(error) = read {
        problems.push(error);
        return Err(problems);
    }
    if !reader.at_end() {
        problems.push(LineError::new(
            reader.pos(),
            "unexpected text after the candidate object",
        ));
        return Err(problems);
    }
    let end = line.trim_end().len().saturating_sub(1);
    for (name, _) in REQUIRED.iter().zip(seen).filter(|(_, seen)| !seen) {
        problems.push(LineError::new(end, format!("missing field \"{name}\"")));
    }
    match id {
        Some(id) if problems.is_empty() => Ok(id),
        _ => Err(problems),
    }
}

fn string(r: &mut Reader, name: &str) -> Read<String> {
    let at = r.value_start();
    r.string()
        .map(|s| s.into_owned())
        .map_err(|_| LineError::new(at, format!("{name}: expected a string")))
}

/// The article object: each field a string or null; `url` an http(s) address and
/// `published` a date when given.
fn article(r: &mut Reader, problems: &mut Vec<LineError>) -> Read<()> {
    if r.peek() != Some(b'{') {
        return Err(LineError::new(
            r.value_start(),
            "article: expected an object",
        ));
    }
    r.object(|r, key, _| {
        let at = r.value_start();
        if r.null() {
            return Ok(());
        }
        let name = format!("article.{key}");
        match key.as_ref() {
            "url" => {
                let text = string(r, &name)?;
                let ok =
                    url::Url::parse(&text).is_ok_and(|u| matches!(u.scheme(), "http" | "https"));
                if !ok {
                    problems.push(LineError::new(
                        at,
                        format!("{name}: \"{text}\" is not an http or https address"),
                    ));
                }
            }
            "published" => {
                let text = string(r, &name)?;
                if let Err(e) = Date::parse(&text) {
                    problems.push(LineError::new(
                        at + 1 + e.offset,
                        format!("{name}: {}", e.message),
                    ));
                }
            }
            "title" | "publisher" | "feed" => {
                string(r, &name)?;
            }
            _ => r.skip_value()?,
        }
        Ok(())
    })
}

/// The event, read as a line of `events.jsonl` is; its problems keep their positions.
fn event(r: &mut Reader, line: &str, refs: &Refs, problems: &mut Vec<LineError>) -> Read<()> {
    let start = r.value_start();
    r.skip_value()?;
    let text = &line[start..r.pos()];
    let mut scratch = Events::default();
    if let Err(found) = read_event(text, refs, &mut scratch) {
        problems.extend(
            found
                .into_iter()
                .map(|p| LineError::new(start + p.offset, format!("event: {}", p.message))),
        );
    }
    Ok(())
}
