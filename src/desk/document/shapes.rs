//! How the editor's document writes and reads each shape of
//! [`event_fields!`](crate::data::schema): one `key: value` line, checked as `pasar check`
//! checks the field.

use std::fmt::Write as _;

use super::{Documented, Page};
use crate::data::events::is_id;
use crate::data::model::Worded;
use crate::data::schema::*;
use crate::data::{Date, Figure};

/// Writes one `key: value` line.
fn line(out: &mut String, key: &str, value: impl std::fmt::Display) {
    let _ = writeln!(out, "{key}: {value}");
}

/// A text on one line: a document holds one field a line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Documented for Id {
    fn write(out: &mut String, key: &str, id: &String, _: &Page) {
        line(out, key, id);
    }
    /// An id may be left empty, for one made from the event's date, kind and first actor.
    fn read(id: &mut String, value: &str, page: &mut Page) -> Result<(), String> {
        if !value.is_empty() && !is_id(value) {
            return Err(format!("\"{value}\" is not an id (a-z, 0-9 and -)"));
        }
        let taken = page.market.events.iter().any(|e| e.id() == value);
        if !value.is_empty() && taken && page.allowed.own_id != Some(value) {
            return Err(format!("another event already has the id \"{value}\""));
        }
        *id = value.to_string();
        Ok(())
    }
}

impl Documented for Dated {
    const NEEDED: bool = true;
    fn write(out: &mut String, key: &str, date: &Date, _: &Page) {
        line(out, key, date);
    }
    fn read(date: &mut Date, value: &str, _: &mut Page) -> Result<(), String> {
        *date = Date::parse(value).map_err(|e| e.message)?;
        Ok(())
    }
}

impl<T: Worded + Default> Documented for Word<T> {
    const NEEDED: bool = true;
    fn write(out: &mut String, key: &str, value: &T, _: &Page) {
        line(out, key, value.as_str());
    }
    fn read(value: &mut T, text: &str, _: &mut Page) -> Result<(), String> {
        *value = word(text, T::from_word, T::choices)?;
        Ok(())
    }
}

impl<T: Worded + Default> Documented for WordOr<T> {
    fn write(out: &mut String, key: &str, value: &T, _: &Page) {
        line(out, key, value.as_str());
    }
    fn read(value: &mut T, text: &str, _: &mut Page) -> Result<(), String> {
        *value = word(text, T::from_word, T::choices)?;
        Ok(())
    }
}

impl Documented for Title {
    const NEEDED: bool = true;
    fn write(out: &mut String, key: &str, title: &String, _: &Page) {
        line(out, key, one_line(title));
    }
    fn read(title: &mut String, value: &str, _: &mut Page) -> Result<(), String> {
        if value.is_empty() {
            return Err("an event needs a title".into());
        }
        *title = value.to_string();
        Ok(())
    }
}

impl Documented for OptionalText {
    fn write(out: &mut String, key: &str, text: &Option<String>, _: &Page) {
        line(out, key, one_line(text.as_deref().unwrap_or("")));
    }
    fn read(text: &mut Option<String>, value: &str, _: &mut Page) -> Result<(), String> {
        *text = (!value.is_empty()).then(|| value.to_string());
        Ok(())
    }
}

impl Documented for TextList {
    fn write(out: &mut String, key: &str, texts: &Vec<String>, _: &Page) {
        line(out, key, texts.join(", "));
    }
    fn read(texts: &mut Vec<String>, value: &str, _: &mut Page) -> Result<(), String> {
        *texts = list(value).map(str::to_string).collect();
        Ok(())
    }
}

impl Documented for PlayerList {
    fn write(out: &mut String, key: &str, players: &Vec<usize>, page: &Page) {
        let ids: Vec<&str> = (players.iter())
            .map(|&a| page.market.players[a].id.as_str())
            .collect();
        line(out, key, ids.join(", "));
    }
    fn read(players: &mut Vec<usize>, value: &str, page: &mut Page) -> Result<(), String> {
        for id in list(value) {
            let player = page.market.player_index(id);
            let player = player.ok_or_else(|| format!("unknown player \"{id}\""))?;
            if !players.contains(&player) {
                players.push(player);
            }
        }
        Ok(())
    }
}

/// The source by id: the event keeps none, [`Edited::source`] names it, as it may be a
/// candidate's article not yet among the market's sources.
impl Documented for SourceRef {
    fn write(out: &mut String, key: &str, _: &Option<usize>, page: &Page) {
        line(out, key, page.source.as_deref().unwrap_or(""));
    }
    fn read(_: &mut Option<usize>, value: &str, page: &mut Page) -> Result<(), String> {
        if value.is_empty() {
            return Ok(());
        }
        let known = page.market.sources.iter().any(|s| s.id == value);
        if !known && page.allowed.pending_source != Some(value) {
            return Err(format!(
                "unknown source \"{value}\" (not among the sources of market.toml)"
            ));
        }
        page.source = Some(value.to_string());
        Ok(())
    }
}

/// One `figure: label | value | unit` line a figure.
impl Documented for FigureList {
    const KEY: Option<&'static str> = Some("figure");
    const REPEATS: bool = true;
    fn write(out: &mut String, key: &str, figures: &Vec<Figure>, _: &Page) {
        for f in figures {
            let (label, unit) = (one_line(&f.label), one_line(&f.unit));
            line(out, key, format_args!("{label} | {} | {unit}", f.value));
        }
    }
    fn read(figures: &mut Vec<Figure>, value: &str, _: &mut Page) -> Result<(), String> {
        figures.push(figure(value)?);
        Ok(())
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
