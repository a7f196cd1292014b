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

mod shapes;

use std::fmt::Write as _;

use crate::data::schema::*;
use crate::data::{Date, Event, Kind, Market, Status};

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

/// How the document writes and reads a shape: one line `key: value` (or one a list item).
trait Documented: Shape {
    /// The key of its lines, when it is not the field's name.
    const KEY: Option<&'static str> = None;
    /// Whether a document must have the line.
    const NEEDED: bool = false;
    /// Whether the line may repeat, each adding an item.
    const REPEATS: bool = false;

    /// Writes the field's lines.
    fn write(out: &mut String, key: &str, value: &Self::Owned, page: &Page);

    /// Reads one line's value (trimmed) into the field.
    fn read(value: &mut Self::Owned, text: &str, page: &mut Page) -> Result<(), String>;
}

/// What a document is written and read against: the market, what it may refer to
/// besides, and the id of the source it cites (which need not be in the market).
struct Page<'a> {
    market: &'a Market,
    allowed: Allowed<'a>,
    source: Option<String>,
}

/// The document's keys, writer and reader, generated from [`event_fields!`] in the
/// order of its lines.
macro_rules! event_document {
    ($($(#[$doc:meta])* $field:ident: $shape:ty, csv $csv:literal, doc $line:literal;)*) => {
        const LINES: usize = [$(stringify!($field)),*].len();

        /// Each line's key, whether it is needed, whether it repeats.
        const FIELDS: [(&str, bool, bool); LINES] = {
            let mut fields = [("", false, false); LINES];
            $(
                let key = match <$shape as Documented>::KEY {
                    Some(key) => key,
                    None => stringify!($field),
                };
                let shape = (<$shape as Documented>::NEEDED, <$shape as Documented>::REPEATS);
                fields[$line] = (key, shape.0, shape.1);
            )*
            fields
        };

        /// Every field's lines, in the document's order.
        fn write_fields(out: &mut String, event: &Event, page: &Page) {
            let mut lines: [String; LINES] = Default::default();
            $(<$shape as Documented>::write(&mut lines[$line], FIELDS[$line].0, &event.$field, page);)*
            out.extend(lines);
        }

        /// Reads the value of the line at `slot` into `event`.
        fn read_field(slot: usize, event: &mut Event, text: &str, page: &mut Page) -> Result<(), String> {
            match slot {
                $($line => <$shape as Documented>::read(&mut event.$field, text, page),)*
                _ => Ok(()),
            }
        }
    };
}
event_fields!(event_document);

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
    let page = Page {
        market,
        allowed: Allowed::default(),
        source: source.map(str::to_owned),
    };
    write_fields(&mut text, event, &page);
    text
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
    let mut reading = Reading {
        problems: Vec::new(),
        seen: [None; LINES],
        event: Event::blank(Date::year_only(1).expect("year 1 is a date")),
        page: Page {
            market,
            allowed,
            source: None,
        },
    };
    for (index, raw) in text.lines().enumerate() {
        reading.line(index + 1, raw);
    }
    reading.finish(text)
}

/// A document part-way read.
struct Reading<'a> {
    problems: Vec<Problem>,
    /// The line each field was first given on.
    seen: [Option<usize>; LINES],
    /// The fields read so far; the others are blank until their lines come.
    event: Event,
    page: Page<'a>,
}

impl Reading<'_> {
    fn line(&mut self, number: usize, raw: &str) {
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
        let Some(slot) = FIELDS.iter().position(|(f, ..)| *f == key) else {
            let keys: Vec<&str> = FIELDS.iter().map(|(key, ..)| *key).collect();
            let message = format!(
                "unknown field \"{key}\"; expected one of {}",
                keys.join(", ")
            );
            self.problems.push(bad(message));
            return;
        };
        let (_, _, repeats) = FIELDS[slot];
        if !repeats && let Some(first) = self.seen[slot] {
            let message = format!("{key}: given twice (first on line {first})");
            self.problems.push(bad(message));
            return;
        }
        self.seen[slot] = Some(number);
        if let Err(message) = read_field(slot, &mut self.event, value, &mut self.page) {
            self.problems.push(bad(format!("{key}: {message}")));
        }
    }

    fn finish(mut self, text: &str) -> Result<Edited, Vec<Problem>> {
        let end = text.lines().count().max(1);
        for (slot, (key, needed, _)) in FIELDS.iter().enumerate() {
            if *needed && self.seen[slot].is_none() {
                self.problems.push(Problem {
                    line: end,
                    message: format!("missing `{key}:`"),
                });
            }
        }
        if !self.problems.is_empty() {
            self.problems.sort_by_key(|p| p.line);
            return Err(self.problems);
        }
        let mut event = self.event;
        if event.id.is_empty() {
            event.id = fresh_id(self.page.market, &event, self.page.allowed.own_id);
        }
        Ok(Edited {
            event,
            source: self.page.source,
        })
    }
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
