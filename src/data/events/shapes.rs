//! How the parser reads each shape of [`event_fields!`](crate::data::schema): the checks
//! a value gets and the problems it reports, written straight into the row.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use super::{FieldRead, Parse, is_id};
use crate::data::date::Date;
use crate::data::json::{LineError, Read, Reader};
use crate::data::model::Worded;
use crate::data::schema::*;
use crate::data::store::Extent;
use crate::data::value;

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
pub(super) fn typed<T>(read: Read<T>, name: impl std::fmt::Display, expected: &str) -> Read<T> {
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
