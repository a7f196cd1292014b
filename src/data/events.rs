//! Reading `events.jsonl`: one event per line, every problem reported with its position.

mod shapes;

use std::borrow::Cow;
use std::hash::BuildHasher;
use std::path::Path;

use rustc_hash::FxHashMap;

use super::error::Diagnostic;
use super::json::{LineError, Read, Reader};
use super::lines::read_lines;
#[cfg(test)]
use super::model::Event;
use super::model::{Kind, Status};
use super::schema::*;
use super::store::{Events, Row, RowWriter, Store};
use shapes::typed;

/// Player and source ids that events may refer to, by index.
///
/// `None` when `market.toml` could not be read: references are then not checked, so
/// that the events file's own problems are still reported.
pub struct Refs<'a> {
    pub players: Option<FxHashMap<&'a str, usize>>,
    pub sources: Option<FxHashMap<&'a str, usize>>,
}

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
fn read_row(line: &str, refs: &Refs, row: &mut RowWriter) -> Result<(Row, u64), Vec<LineError>> {
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

fn read_fields(line: &str, refs: &Refs, row: &mut RowWriter) -> Result<Row, Vec<LineError>> {
    let mut problems = Vec::new();
    let mut fields = Fields::default();
    let mut reader = Reader::new(line);
    if reader.peek() != Some(b'{') {
        let message = "expected an event object `{...}`";
        return Err(vec![LineError::new(reader.pos(), message)]);
    }
    let read = reader.object(|r, key, at| {
        let mut field = FieldRead {
            name: "",
            value_at: 0,
            refs,
            row: &mut *row,
            problems: &mut problems,
        };
        fields.read(r, &key, at, &mut field)
    });
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
    for (slot, name) in FIELD_NAMES.iter().enumerate() {
        if REQUIRED[slot] && fields.seen & (1 << slot) == 0 {
            problems.push(LineError::new(end, format!("missing field \"{name}\"")));
        }
    }
    match fields.row() {
        Some(row) if problems.is_empty() => Ok(row),
        _ => Err(problems),
    }
}

/// How the parser reads a shape's JSON value onto the row being written.
pub(super) trait Parse: Store {
    /// Whether a line must have the field; an optional one may also be `null`.
    const REQUIRED: bool;

    /// Reads the field's value (not `null`): `Ok(None)` when the value had a problem,
    /// recorded in `field`; `Err` for a syntax error, which ends the line.
    fn read(r: &mut Reader<'_>, field: &mut FieldRead<'_, '_>) -> Read<Option<Self::Stored>>;

    /// What a line without the field holds; `None` when it is required.
    fn absent() -> Option<Self::Stored>;
}

/// What reading one field's value needs besides the reader.
pub(super) struct FieldRead<'r, 'w> {
    /// The field's name, which every problem starts with.
    name: &'static str,
    /// Where the value starts in the line.
    value_at: usize,
    refs: &'r Refs<'r>,
    row: &'r mut RowWriter<'w>,
    problems: &'r mut Vec<LineError>,
}

impl FieldRead<'_, '_> {
    /// A problem with the value, named by its field.
    fn bad(&mut self, message: impl std::fmt::Display) {
        let name = self.name;
        let problem = LineError::new(self.value_at, format!("{name}: {message}"));
        self.problems.push(problem);
    }

    /// The value as a string, or a syntax error naming the field.
    fn string<'a>(&self, r: &mut Reader<'a>) -> Read<Cow<'a, str>> {
        typed(r.string(), self.name, "a string")
    }
}

/// The parser's field table and the fields of a line, generated from [`event_fields!`].
macro_rules! parsed_event {
    ($($(#[$doc:meta])* $field:ident: $shape:ty, csv $csv:literal, doc $line:literal;)*) => {
        /// Field names in the order of the format.
        const FIELD_NAMES: &[&str] = &[$(stringify!($field)),*];
        /// Whether each field of [`FIELD_NAMES`] is required.
        const REQUIRED: &[bool] = &[$(<$shape as Parse>::REQUIRED),*];
        const _: () = assert!(FIELD_NAMES.len() <= 32, "`Fields::seen` holds 32 fields");

        /// What a line has given so far; its texts and lists are already in the row.
        #[derive(Default)]
        struct Fields {
            /// Bit `i` is set once `FIELD_NAMES[i]` has been read.
            seen: u32,
            $($field: Option<<$shape as Store>::Stored>,)*
        }

        impl Fields {
            /// Reads one field's value, recording problems with values and returning
            /// syntax errors; unknown and repeated fields are errors.
            #[allow(unused_assignments)] // the last field's bit is never read
            fn read(
                &mut self,
                r: &mut Reader,
                key: &str,
                at: usize,
                field: &mut FieldRead,
            ) -> Read<()> {
                let mut bit = 1;
                $(
                    if key == stringify!($field) {
                        if self.seen & bit != 0 {
                            let message = format!("duplicate field \"{key}\"");
                            return Err(LineError::new(at, message));
                        }
                        self.seen |= bit;
                        field.name = stringify!($field);
                        field.value_at = r.value_start();
                        if !<$shape as Parse>::REQUIRED && r.null() {
                            return Ok(());
                        }
                        self.$field = <$shape as Parse>::read(r, field)?;
                        return Ok(());
                    }
                    bit <<= 1;
                )*
                let expected = FIELD_NAMES.join(", ");
                let message = format!("unknown field \"{key}\"; expected one of {expected}");
                Err(LineError::new(at, message))
            }

            /// The row, when every required field has a value.
            fn row(self) -> Option<Row> {
                Some(Row {
                    $($field: self.$field.or_else(<$shape as Parse>::absent)?,)*
                })
            }
        }
    };
}
event_fields!(parsed_event);

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
