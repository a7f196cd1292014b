//! Reading `events.jsonl`: one event per line, every problem reported with its position.

use std::borrow::Cow;
use std::hash::BuildHasher;
use std::path::Path;

use rustc_hash::FxHashMap;

use super::date::Date;
use super::error::Diagnostic;
use super::json::{LineError, Read, Reader};
use super::lines::read_lines;
#[cfg(test)]
use super::model::Event;
use super::model::{Kind, Status};
use super::store::{Events, Extent, RowFields, RowWriter};
use super::value;

/// Player and source ids that events may refer to, by index.
///
/// `None` when `market.toml` could not be read: references are then not checked, so
/// that the events file's own problems are still reported.
pub struct Refs<'a> {
    pub players: Option<FxHashMap<&'a str, usize>>,
    pub sources: Option<FxHashMap<&'a str, usize>>,
}

const FIELDS: &str = "id, date, kind, title, summary, actors, figures, source, status, tags";

/// Whether a string is a valid id: `[a-z0-9-]+`.
pub fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Parses one line into an event, or every problem found in it.
///
/// A syntax error ends the line; problems with values (a bad date, an unknown actor) are
/// collected and reading goes on, so one line can report several.
#[cfg(test)]
pub fn parse_event(line: &str, refs: &Refs) -> Result<Event, Vec<LineError>> {
    let mut events = Events::default();
    read_event(line, refs, &mut events)?;
    Ok(events.at(0).to_event())
}

/// Reads one line onto the end of `events` and returns its id's hash (for finding
/// duplicates); with problems, `events` is left as it was.
pub fn read_event(line: &str, refs: &Refs, events: &mut Events) -> Result<u64, Vec<LineError>> {
    let mut row = events.new_row();
    let (head, hash) = read_row(line, refs, &mut row)?;
    row.finish(head);
    Ok(hash)
}

/// Checks one line as [`read_event`] does and returns its id's hash, keeping nothing:
/// `pasar check` needs no more. `scratch` is where the line's text is written meanwhile.
pub fn check_event(line: &str, refs: &Refs, scratch: &mut Events) -> Result<u64, Vec<LineError>> {
    let mut row = scratch.new_row();
    read_row(line, refs, &mut row).map(|(_, hash)| hash)
}

/// A line read into `row`, with its id's hash, when it can be kept.
fn read_row(
    line: &str,
    refs: &Refs,
    row: &mut RowWriter,
) -> Result<(RowFields, u64), Vec<LineError>> {
    let head = read_fields(line, refs, row)?;
    if !row.fits() {
        let message = "line too long: over 4 GiB of text in one piece of the file";
        return Err(vec![LineError::new(0, message)]);
    }
    let hash = id_hash(row.read(head.id));
    Ok((head, hash))
}

/// The hash by which ids are compared to find duplicates.
pub fn id_hash(id: &str) -> u64 {
    rustc_hash::FxBuildHasher.hash_one(id)
}

fn read_fields(line: &str, refs: &Refs, row: &mut RowWriter) -> Result<RowFields, Vec<LineError>> {
    let mut problems = Vec::new();
    let mut fields = Fields::default();
    let mut reader = Reader::new(line);
    if reader.peek() != Some(b'{') {
        let message = "expected an event object `{...}`";
        return Err(vec![LineError::new(reader.pos(), message)]);
    }
    let read = reader.object(|r, key, at| fields.read(r, &key, at, refs, row, &mut problems));
    if let Err(error) = read {
        problems.push(error);
        return Err(problems);
    }
    if !reader.at_end() {
        let message = "unexpected text after the event object";
        problems.push(LineError::new(reader.pos(), message));
        return Err(problems);
    }
    let end = line.trim_end().len().saturating_sub(1);
    // A field that was present but wrong has been reported already.
    for (slot, name) in FIELD_NAMES.iter().enumerate().take(REQUIRED) {
        if fields.seen & (1 << slot) == 0 {
            problems.push(LineError::new(end, format!("missing field \"{name}\"")));
        }
    }
    match (fields.id, fields.date, fields.kind, fields.title) {
        (Some(id), Some(date), Some(kind), Some(title)) if problems.is_empty() => Ok(RowFields {
            id,
            date,
            kind,
            title,
            summary: fields.summary,
            source: fields.source,
            status: fields.status.unwrap_or(Status::Occurred),
        }),
        _ => Err(problems),
    }
}

/// Field names in the order of the format; the first [`REQUIRED`] are required.
const FIELD_NAMES: [&str; 10] = [
    "id", "date", "kind", "title", "actors", "summary", "figures", "source", "status", "tags",
];
const REQUIRED: usize = 5;

/// What a line has given so far; its texts and lists are already in the row being written.
#[derive(Default)]
struct Fields {
    /// Bit `i` is set once `FIELD_NAMES[i]` has been read.
    seen: u16,
    id: Option<Extent>,
    date: Option<Date>,
    kind: Option<Kind>,
    title: Option<Extent>,
    summary: Option<Extent>,
    source: Option<usize>,
    status: Option<Status>,
}

impl Fields {
    /// Reads one field's value, recording problems with values and returning syntax errors.
    fn read(
        &mut self,
        r: &mut Reader,
        key: &str,
        at: usize,
        refs: &Refs,
        row: &mut RowWriter,
        problems: &mut Vec<LineError>,
    ) -> Read<()> {
        let slot = self.claim(key, at)?;
        let name = FIELD_NAMES[slot];
        let value_at = r.value_start();
        if slot >= REQUIRED && r.null() {
            return Ok(());
        }
        let mut bad =
            |message: String| problems.push(LineError::new(value_at, format!("{name}: {message}")));
        match name {
            "id" => {
                let id = typed(r.string(), name, "a string")?;
                if !is_id(&id) {
                    bad(format!("\"{id}\" is not a valid id (use a-z, 0-9 and -)"));
                }
                self.id = Some(row.text(&id));
            }
            "date" => self.date = read_date(r, value_at, problems)?,
            "kind" => self.kind = read_word(r, name, Kind::from_word, Kind::choices, &mut bad)?,
            "status" => {
                self.status = read_word(r, name, Status::from_word, Status::choices, &mut bad)?;
            }
            "title" => {
                let title = typed(r.string(), name, "a string")?;
                if title.trim().is_empty() {
                    bad("must not be empty".into());
                }
                self.title = Some(row.text(&title));
            }
            "summary" => self.summary = Some(row.text(&typed(r.string(), name, "a string")?)),
            "source" => {
                let id = typed(r.string(), name, "a string")?;
                self.source = lookup(&refs.sources, &id, "source", value_at, problems);
            }
            "actors" => read_actors(r, refs, row, problems)?,
            "tags" => read_tags(r, row)?,
            _ => read_figures(r, row, problems)?,
        }
        Ok(())
    }

    /// The slot of a field about to be read; unknown and repeated fields are errors.
    fn claim(&mut self, key: &str, at: usize) -> Read<usize> {
        let Some(slot) = FIELD_NAMES.iter().position(|name| *name == key) else {
            let message = format!("unknown field \"{key}\"; expected one of {FIELDS}");
            return Err(LineError::new(at, message));
        };
        if self.seen & (1 << slot) != 0 {
            let message = format!("duplicate field \"{}\"", FIELD_NAMES[slot]);
            return Err(LineError::new(at, message));
        }
        self.seen |= 1 << slot;
        Ok(slot)
    }
}

fn read_date(r: &mut Reader, value_at: usize, problems: &mut Vec<LineError>) -> Read<Option<Date>> {
    let text = typed(r.string(), "date", "a string")?;
    Ok(Date::parse(&text)
        .map_err(|e| {
            let at = value_at + 1 + e.offset.min(text.len());
            problems.push(LineError::new(at, format!("date: {}", e.message)));
        })
        .ok())
}

/// A word from a fixed list (a kind, a status), or a problem listing the choices.
fn read_word<T>(
    r: &mut Reader,
    name: &str,
    from_word: fn(&str) -> Option<T>,
    choices: fn() -> String,
    bad: &mut impl FnMut(String),
) -> Read<Option<T>> {
    let text = typed(r.string(), name, "a string")?;
    let word = from_word(&text);
    if word.is_none() {
        // The list of choices is spelled out only for the rare bad word.
        bad(format!(
            "unknown {name} \"{text}\"; expected one of {}",
            choices()
        ));
    }
    Ok(word)
}

fn read_actors(
    r: &mut Reader,
    refs: &Refs,
    row: &mut RowWriter,
    problems: &mut Vec<LineError>,
) -> Read<()> {
    typed_array(r, "actors", "an array of player ids", |r, _| {
        let at = r.pos();
        let id = typed(r.string(), "actors", "a player id string")?;
        if let Some(player) = lookup(&refs.players, &id, "player", at, problems) {
            row.actor(player);
        }
        Ok(())
    })
}

fn read_tags(r: &mut Reader, row: &mut RowWriter) -> Read<()> {
    typed_array(r, "tags", "an array of strings", |r, _| {
        row.tag(&typed(r.string(), "tags", "a string")?);
        Ok(())
    })
}

fn read_figures(r: &mut Reader, row: &mut RowWriter, problems: &mut Vec<LineError>) -> Read<()> {
    typed_array(r, "figures", "an array of figures", |r, index| {
        if let Some((label, value, unit)) = read_figure(r, index, problems)? {
            row.figure(&label, value, &unit);
        }
        Ok(())
    })
}

/// Names the field when a value has the wrong type.
///
/// The name is only formatted when there is an error to report.
#[inline]
fn typed<T>(read: Read<T>, name: impl std::fmt::Display, expected: &str) -> Read<T> {
    read.map_err(|e| {
        if e.message.starts_with("expected a string") {
            let found = e
                .message
                .split_once(", found ")
                .map_or("", |(_, found)| found);
            LineError::new(
                e.offset,
                format!("{name}: expected {expected}, found {found}"),
            )
        } else if e.message.starts_with("line ends where a string") {
            LineError::new(e.offset, format!("{name}: expected {expected}"))
        } else {
            e
        }
    })
}

fn typed_array<'a>(
    r: &mut Reader<'a>,
    name: &str,
    expected: &str,
    item: impl FnMut(&mut Reader<'a>, usize) -> Read<()>,
) -> Read<()> {
    if r.peek() != Some(b'[') {
        let found = r.value_here();
        return Err(LineError::new(
            r.pos(),
            format!("{name}: expected {expected}, found {found}"),
        ));
    }
    r.array(item)
}

/// The index of a player or source id; an unknown id is a problem with its field named.
fn lookup(
    ids: &Option<FxHashMap<&str, usize>>,
    id: &str,
    what: &str,
    at: usize,
    problems: &mut Vec<LineError>,
) -> Option<usize> {
    let ids = ids.as_ref()?;
    let found = ids.get(id).copied();
    if found.is_none() {
        let (field, defined) = match what {
            "player" => ("actors", "players"),
            _ => ("source", "sources"),
        };
        problems.push(LineError::new(
            at,
            format!("{field}: unknown {what} \"{id}\" (not among the {defined} of market.toml)"),
        ));
    }
    found
}

/// A figure's label, value and unit, borrowed from the line where they have no escapes.
type FigureParts<'a> = (Cow<'a, str>, f64, Cow<'a, str>);

/// `figures[3]`, as errors name the figure; formatted only for an error.
#[derive(Clone, Copy)]
struct FigurePath(usize);

impl std::fmt::Display for FigurePath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "figures[{}]", self.0)
    }
}

/// A figure's parts, or none when one is missing or wrong.
fn read_figure<'a>(
    r: &mut Reader<'a>,
    index: usize,
    problems: &mut Vec<LineError>,
) -> Read<Option<FigureParts<'a>>> {
    let path = FigurePath(index);
    if r.peek() != Some(b'{') {
        return Err(LineError::new(
            r.pos(),
            format!("{path}: expected an object with label, value and unit"),
        ));
    }
    let start = r.pos();
    let (mut label, mut value, mut unit) = (None, None, None);
    let mut ok = true;
    r.object(|r, key, at| {
        let value_at = r.value_start();
        match &*key {
            "label" if label.is_none() => {
                label = Some(typed(r.string(), format_args!("{path}.label"), "a string")?)
            }
            "unit" if unit.is_none() => {
                unit = Some(typed(r.string(), format_args!("{path}.unit"), "a string")?)
            }
            "value" if value.is_none() => {
                let v = r.number().map_err(|e| {
                    LineError::new(e.offset, format!("{path}.value: {}", e.message))
                })?;
                if let Some(problem) = value::problem(v, r.written(value_at)) {
                    problems.push(LineError::new(value_at, format!("{path}.value: {problem}")));
                    ok = false;
                }
                value = Some(v);
            }
            "label" | "unit" | "value" => {
                return Err(LineError::new(
                    at,
                    format!("{path}: duplicate field \"{key}\""),
                ));
            }
            _ => {
                return Err(LineError::new(
                    at,
                    format!("{path}: unknown field \"{key}\"; expected label, value, unit"),
                ));
            }
        }
        Ok(())
    })?;
    for (name, present) in [
        ("label", label.is_some()),
        ("value", value.is_some()),
        ("unit", unit.is_some()),
    ] {
        if !present {
            problems.push(LineError::new(
                start,
                format!("{path}: missing field \"{name}\""),
            ));
            ok = false;
        }
    }
    Ok(match (label, value, unit) {
        (Some(label), Some(value), Some(unit)) if ok => Some((label, value, unit)),
        _ => None,
    })
}

/// The events of a file, and each one's id hash with the line it came from.
#[derive(Default)]
pub struct Parsed {
    pub events: Events,
    pub ids: Vec<(u64, usize)>,
}

/// Parses a whole events file, appending every problem to `diagnostics`.
pub fn parse_events(
    path: &Path,
    input: &mut dyn std::io::Read,
    refs: &Refs,
    diagnostics: &mut Vec<Diagnostic>,
) -> std::io::Result<Parsed> {
    let mut parsed = Parsed::default();
    read_lines(
        path,
        input,
        diagnostics,
        &|bytes| Parsed {
            events: Events::for_file_bytes(bytes),
            ids: Vec::with_capacity(bytes / 128),
        },
        &|piece, line, number| {
            piece
                .ids
                .push((read_event(line, refs, &mut piece.events)?, number));
            Ok(())
        },
        &mut |piece| {
            let before = piece.lines_before;
            let read = piece.state;
            parsed.events.append(read.events);
            (parsed.ids).extend(read.ids.iter().map(|&(hash, line)| (hash, line + before)));
        },
    )?;
    Ok(parsed)
}

/// Checks a whole events file as [`parse_events`] does, keeping only a hash of each
/// event's id with its line (for finding duplicates without holding a million strings).
pub fn check_events(
    path: &Path,
    input: &mut dyn std::io::Read,
    refs: &Refs,
    diagnostics: &mut Vec<Diagnostic>,
) -> std::io::Result<Vec<(u64, usize)>> {
    let mut ids = Vec::new();
    read_lines(
        path,
        input,
        diagnostics,
        &|_| (Events::default(), Vec::new()),
        &|(scratch, ids), line, number| {
            ids.push((check_event(line, refs, scratch)?, number));
            Ok(())
        },
        &mut |piece| {
            let before = piece.lines_before;
            ids.extend(
                piece
                    .state
                    .1
                    .iter()
                    .map(|&(hash, line)| (hash, line + before)),
            );
        },
    )?;
    Ok(ids)
}

#[cfg(test)]
mod tests;
