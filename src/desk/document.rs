//! The editable document of an event: one field a line, what `e` and `+` open in the
//! user's editor.
//!
//! ```text
//! id: lazada-invests-2024-05
//! date: 2024-05-20
//! kind: deal
//! status: occurred
//! title: Lazada invests Rp2.5T in a Cikarang warehouse
//! actors: lazada
//! source: antara-2024-05-20
//! tags: logistics, warehouse
//! figure: investment | 2500000000000 | IDR
//! summary: One line of prose.
//! ```
//!
//! Lines starting with `#` and blank lines are ignored; `figure:` may repeat. Reading it
//! back checks what `pasar check` checks of one event — ids, real dates, known kinds,
//! players and sources, finite non-negative figures — and names the document's line of
//! every problem, so the user can go back to it.

use std::fmt::Write as _;

use crate::data::events::is_id;
use crate::data::{Date, Event, Figure, Kind, Market, Status};

/// One problem in a document, at its 1-based line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// An event read back from a document: the event (players by index) and the id of the
/// source it cites, which may be a candidate's article not yet in `market.toml`.
#[derive(Clone, Debug, PartialEq)]
pub struct Edited {
    pub event: Event,
    pub source: Option<String>,
}

/// The document's fields, in the order they are written.
const FIELDS: [&str; 10] = [
    "id", "date", "kind", "status", "title", "actors", "source", "tags", "figure", "summary",
];

/// Writes `event` (citing `source`) as a document.
pub fn write(market: &Market, event: &Event, source: Option<&str>) -> String {
    let mut text = String::new();
    let _ = writeln!(
        text,
        "# One field a line; lines starting with # are ignored. Save to keep it,\n\
         # empty the file to abandon.\n\
         # kind: {}\n\
         # status: {}\n\
         # figure: label | value | unit  (may repeat)",
        Kind::choices(),
        Status::choices()
    );
    let actors: Vec<&str> = event
        .actors
        .iter()
        .map(|&a| market.players[a].id.as_str())
        .collect();
    let _ = writeln!(text, "id: {}", event.id);
    let _ = writeln!(text, "date: {}", event.date);
    let _ = writeln!(text, "kind: {}", event.kind);
    let _ = writeln!(text, "status: {}", event.status);
    let _ = writeln!(text, "title: {}", one_line(&event.title));
    let _ = writeln!(text, "actors: {}", actors.join(", "));
    let _ = writeln!(text, "source: {}", source.unwrap_or(""));
    let _ = writeln!(text, "tags: {}", event.tags.join(", "));
    for figure in &event.figures {
        let _ = writeln!(
            text,
            "figure: {} | {} | {}",
            one_line(&figure.label),
            figure.value,
            one_line(&figure.unit)
        );
    }
    let _ = writeln!(
        text,
        "summary: {}",
        one_line(event.summary.as_deref().unwrap_or(""))
    );
    text
}

/// A text on one line: a document holds one field a line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a document may refer to besides the market: the id of the event being edited
/// (which it may keep) and a source that accepting will create.
#[derive(Clone, Copy, Debug, Default)]
pub struct Allowed<'a> {
    pub own_id: Option<&'a str>,
    pub pending_source: Option<&'a str>,
}

/// Whether the user emptied the document: nothing but blanks and comments.
pub fn is_abandoned(text: &str) -> bool {
    text.lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
}

/// Reads a document back, checking it against `market`; every problem names its line.
pub fn read(text: &str, market: &Market, allowed: Allowed) -> Result<Edited, Vec<Problem>> {
    let mut reading = Reading::default();
    for (index, raw) in text.lines().enumerate() {
        reading.line(index + 1, raw, market, allowed);
    }
    reading.finish(text, market, allowed)
}

/// A document part-way read.
#[derive(Default)]
struct Reading {
    problems: Vec<Problem>,
    seen: [Option<usize>; FIELDS.len()],
    id: String,
    date: Option<Date>,
    kind: Option<Kind>,
    status: Option<Status>,
    title: String,
    actors: Vec<usize>,
    source: Option<String>,
    tags: Vec<String>,
    figures: Vec<Figure>,
    summary: Option<String>,
}

impl Reading {
    fn line(&mut self, number: usize, raw: &str, market: &Market, allowed: Allowed) {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            return;
        }
        let bad = |message: String| Problem {
            line: number,
            message,
        };
        let Some((key, value)) = line.split_once(':') else {
            let message = "expected `field: value`".to_string();
            self.problems.push(bad(message));
            return;
        };
        let (key, value) = (key.trim(), value.trim());
        let Some(slot) = FIELDS.iter().position(|f| *f == key) else {
            let message = format!(
                "unknown field \"{key}\"; expected one of {}",
                FIELDS.join(", ")
            );
            self.problems.push(bad(message));
            return;
        };
        if key != "figure"
            && let Some(first) = self.seen[slot]
        {
            let message = format!("{key}: given twice (first on line {first})");
            self.problems.push(bad(message));
            return;
        }
        self.seen[slot] = Some(number);
        if let Err(message) = self.field(key, value, market, allowed) {
            self.problems.push(bad(format!("{key}: {message}")));
        }
    }

    fn field(
        &mut self,
        key: &str,
        value: &str,
        market: &Market,
        allowed: Allowed,
    ) -> Result<(), String> {
        match key {
            "id" => {
                if !value.is_empty() && !is_id(value) {
                    return Err(format!("\"{value}\" is not an id (a-z, 0-9 and -)"));
                }
                let taken = market.events.iter().any(|e| e.id() == value);
                if !value.is_empty() && taken && allowed.own_id != Some(value) {
                    return Err(format!("another event already has the id \"{value}\""));
                }
                self.id = value.to_string();
            }
            "date" => self.date = Some(Date::parse(value).map_err(|e| e.message)?),
            "kind" => self.kind = Some(word(value, Kind::from_word, Kind::choices)?),
            "status" => self.status = Some(word(value, Status::from_word, Status::choices)?),
            "title" if value.is_empty() => return Err("an event needs a title".into()),
            "title" => self.title = value.to_string(),
            "actors" => {
                for id in list(value) {
                    let player = market.player_index(id);
                    let player = player.ok_or_else(|| format!("unknown player \"{id}\""))?;
                    if !self.actors.contains(&player) {
                        self.actors.push(player);
                    }
                }
            }
            "source" if value.is_empty() => {}
            "source" => {
                let known = market.sources.iter().any(|s| s.id == value);
                if !known && allowed.pending_source != Some(value) {
                    return Err(format!(
                        "unknown source \"{value}\" (not among the sources of market.toml)"
                    ));
                }
                self.source = Some(value.to_string());
            }
            "tags" => self.tags = list(value).map(str::to_string).collect(),
            "figure" => self.figures.push(figure(value)?),
            _ => self.summary = (!value.is_empty()).then(|| value.to_string()),
        }
        Ok(())
    }

    fn finish(
        mut self,
        text: &str,
        market: &Market,
        allowed: Allowed,
    ) -> Result<Edited, Vec<Problem>> {
        let end = text.lines().count().max(1);
        for (slot, name) in FIELDS.iter().enumerate().take(5) {
            if self.seen[slot].is_none() && *name != "id" && *name != "status" {
                self.problems.push(Problem {
                    line: end,
                    message: format!("missing `{name}:`"),
                });
            }
        }
        let (Some(date), Some(kind), true) = (self.date, self.kind, self.problems.is_empty())
        else {
            self.problems.sort_by_key(|p| p.line);
            return Err(self.problems);
        };
        let mut event = Event {
            id: self.id,
            date,
            kind,
            title: self.title,
            summary: self.summary,
            actors: self.actors,
            figures: self.figures,
            source: None,
            status: self.status.unwrap_or(Status::Occurred),
            tags: self.tags,
        };
        if event.id.is_empty() {
            event.id = fresh_id(market, &event, allowed.own_id);
        }
        Ok(Edited {
            event,
            source: self.source,
        })
    }
}

/// A data-file word, or a message listing the choices.
fn word<T>(value: &str, from: fn(&str) -> Option<T>, choices: fn() -> String) -> Result<T, String> {
    from(value).ok_or_else(|| format!("unknown \"{value}\"; expected one of {}", choices()))
}

/// The items of a comma-separated list, blanks dropped.
fn list(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|s| !s.is_empty())
}

/// `label | value | unit`.
fn figure(value: &str) -> Result<Figure, String> {
    let parts: Vec<&str> = value.split('|').map(str::trim).collect();
    let [label, number, unit] = parts[..] else {
        return Err("expected `label | value | unit`".into());
    };
    let value: f64 = number
        .replace([',', '_'], "")
        .parse()
        .map_err(|_| format!("\"{number}\" is not a number"))?;
    if !value.is_finite() || value < 0.0 {
        return Err(format!("{number} is not a finite, non-negative number"));
    }
    if label.is_empty() || unit.is_empty() {
        return Err("a figure needs a label and a unit".into());
    }
    Ok(Figure {
        label: label.into(),
        value,
        unit: unit.into(),
    })
}

/// An id for an event the user left without one: `2024-05-20-deal-lazada`, then `…-2`.
pub fn fresh_id(market: &Market, event: &Event, own: Option<&str>) -> String {
    let actor = event
        .actors
        .first()
        .map_or("market", |&a| market.players[a].id.as_str());
    let base = format!("{}-{}-{actor}", event.date, event.kind);
    let taken = |id: &str| own != Some(id) && market.events.iter().any(|e| e.id() == id);
    let mut id = base.clone();
    let mut n = 2;
    while taken(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

#[cfg(test)]
#[path = "document_tests.rs"]
mod tests;
