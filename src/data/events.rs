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
use super::model::{Kind, Status, Worded};
use super::schema::*;
use super::store::{Events, Extent, Row, RowWriter, Store};
use super::value;

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

impl Parse for Id {
    const REQUIRED: bool = true;
    fn read(r: &mut Reader, field: &mut FieldRead) -> Read<Option<Extent>> {
        let id = field.string(r)?;
        if !is_id(&id) {
            field.bad(format_args!(
                "\"{id}\" is not a valid id (use a-z, 0-9 and -)"
            ));
        }
        Ok(Some(field.row.text(&id)))
    }
    fn absent() -> Option<Extent> {
        None
    }
}

impl Parse for Title {
    const REQUIRED: bool = true;
    fn read(r: &mut Reader, field: &mut FieldRead) -> Read<Option<Extent>> {
        let title = field.string(r)?;
        if title.trim().is_empty() {
            field.bad("must not be empty");
        }
        Ok(Some(field.row.text(&title)))
    }
    fn absent() -> Option<Extent> {
        None
    }
}

impl Parse for OptionalText {
    const REQUIRED: bool = false;
    fn read(r: &mut Reader, field: &mut FieldRead) -> Read<Option<Option<Extent>>> {
        let text = field.string(r)?;
        Ok(Some(Some(field.row.text(&text))))
    }
    fn absent() -> Option<Option<Extent>> {
        Some(None)
    }
}

impl Parse for Dated {
    const REQUIRED: bool = true;
    fn read(r: &mut Reader, field: &mut FieldRead) -> Read<Option<Date>> {
        let text = field.string(r)?;
        Ok(Date::parse(&text)
            .map_err(|e| {
                let at = field.value_at + 1 + e.offset.min(text.len());
                let message = format!("{}: {}", field.name, e.message);
                field.problems.push(LineError::new(at, message));
            })
            .ok())
    }
    fn absent() -> Option<Date> {
        None
    }
}

/// A word from a fixed list (a kind, a status), or a problem listing the choices.
fn read_word<T: Worded>(r: &mut Reader, field: &mut FieldRead) -> Read<Option<T>> {
    let text = field.string(r)?;
    let word = T::from_word(&text);
    if word.is_none() {
        // The list of choices is spelled out only for the rare bad word.
        let name = field.name;
        field.bad(format_args!(
            "unknown {name} \"{text}\"; expected one of {}",
            T::choices()
        ));
    }
    Ok(word)
}

impl<T: Worded + Default> Parse for Word<T> {
    const REQUIRED: bool = true;
    fn read(r: &mut Reader, field: &mut FieldRead) -> Read<Option<T>> {
        read_word(r, field)
    }
    fn absent() -> Option<T> {
        None
    }
}

impl<T: Worded + Default> Parse for WordOr<T> {
    const REQUIRED: bool = false;
    fn read(r: &mut Reader, field: &mut FieldRead) -> Read<Option<T>> {
        read_word(r, field)
    }
    fn absent() -> Option<T> {
        Some(T::default())
    }
}

impl Parse for SourceRef {
    const REQUIRED: bool = false;
    fn read(r: &mut Reader, field: &mut FieldRead) -> Read<Option<Option<u32>>> {
        let id = field.string(r)?;
        let (at, refs) = (field.value_at, field.refs);
        let found = lookup(&refs.sources, &id, at, field, "source", "sources");
        Ok(found.map(|source| Some(source as u32)))
    }
    fn absent() -> Option<Option<u32>> {
        Some(None)
    }
}

impl Parse for PlayerList {
    const REQUIRED: bool = true;
    fn read(r: &mut Reader, field: &mut FieldRead) -> Read<Option<Extent>> {
        let mark = field.row.mark();
        typed_array(r, field.name, "an array of player ids", |r, _| {
            let at = r.pos();
            let id = typed(r.string(), field.name, "a player id string")?;
            let refs = field.refs;
            if let Some(player) = lookup(&refs.players, &id, at, field, "player", "players") {
                field.row.player(player);
            }
            Ok(())
        })?;
        Ok(Some(field.row.players_since(mark)))
    }
    fn absent() -> Option<Extent> {
        None
    }
}

impl Parse for TextList {
    const REQUIRED: bool = false;
    fn read(r: &mut Reader, field: &mut FieldRead) -> Read<Option<Extent>> {
        let mark = field.row.mark();
        typed_array(r, field.name, "an array of strings", |r, _| {
            field.row.text_item(&field.string(r)?);
            Ok(())
        })?;
        Ok(Some(field.row.texts_since(mark)))
    }
    fn absent() -> Option<Extent> {
        Some(Extent::default())
    }
}

impl Parse for FigureList {
    const REQUIRED: bool = false;
    fn read(r: &mut Reader, field: &mut FieldRead) -> Read<Option<Extent>> {
        let mark = field.row.mark();
        typed_array(r, field.name, "an array of figures", |r, index| {
            let path = FigurePath(field.name, index);
            if let Some((label, value, unit)) = read_figure(r, path, field.problems)? {
                field.row.figure(&label, value, &unit);
            }
            Ok(())
        })?;
        Ok(Some(field.row.figures_since(mark)))
    }
    fn absent() -> Option<Extent> {
        Some(Extent::default())
    }
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

/// The index of a player or source id (`what`, among the `defined` of `market.toml`); an
/// unknown id is a problem at `at`, with its field named.
fn lookup(
    ids: &Option<FxHashMap<&str, usize>>,
    id: &str,
    at: usize,
    field: &mut FieldRead,
    what: &str,
    defined: &str,
) -> Option<usize> {
    let ids = ids.as_ref()?;
    let found = ids.get(id).copied();
    if found.is_none() {
        let name = field.name;
        field.problems.push(LineError::new(
            at,
            format!("{name}: unknown {what} \"{id}\" (not among the {defined} of market.toml)"),
        ));
    }
    found
}

/// A figure's label, value and unit, borrowed from the line where they have no escapes.
type FigureParts<'a> = (Cow<'a, str>, f64, Cow<'a, str>);

/// `figures[3]`, as errors name the figure; formatted only for an error.
#[derive(Clone, Copy)]
struct FigurePath(&'static str, usize);

impl std::fmt::Display for FigurePath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}[{}]", self.0, self.1)
    }
}

/// A figure's parts, or none when one is missing or wrong.
fn read_figure<'a>(
    r: &mut Reader<'a>,
    path: FigurePath,
    problems: &mut Vec<LineError>,
) -> Read<Option<FigureParts<'a>>> {
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
