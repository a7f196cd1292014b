//! Writing a reviewed change to the data folder, and undoing it.
//!
//! A [`Change`] is said by event id, never by line number or whole file: under the
//! folder's lock (the one `ingest --write` and `fetch` take) the files are read again,
//! the change is applied to what is there now, the result is checked as `pasar check`
//! would, and each changed file is replaced atomically. So a line another writer added
//! meanwhile survives; an event someone else changed or removed is refused with a
//! message rather than overwritten. [`apply`] returns the change that undoes it.

use std::io;
use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;
use serde::Deserialize;

use crate::data::events::{Refs, read_event};
use crate::data::{Dataset, Events, Invalid, Market, file};
use crate::export::event_line;
use crate::inbox::{self, State};
use crate::replace::{line_ending, lock_folder, replace};

use super::sources::{self, NewSource};

/// One edit of `events.jsonl`, by event id.
#[derive(Clone, Debug, PartialEq)]
pub enum EventEdit {
    /// Adds a line; `at` puts it back where an undone delete took it from.
    Add { line: String, at: Option<usize> },
    /// Replaces the event `id`, which must still read as `was`.
    Replace {
        id: String,
        was: String,
        line: String,
    },
    /// Deletes the event `id`, which must still read as `was`.
    Delete { id: String, was: String },
}

/// One edit of `market.toml`'s sources.
#[derive(Clone, Debug, PartialEq)]
pub enum SourceEdit {
    Add(NewSource),
    Remove(String),
}

/// A candidate's review state moved from `from` to `to`.
#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    pub candidate: String,
    pub from: State,
    pub to: State,
}

/// A candidate's drafted event replaced by an edited one (both as JSON objects); the
/// candidate's draft must still read as `was`.
#[derive(Clone, Debug, PartialEq)]
pub struct Redraft {
    pub candidate: String,
    pub was: String,
    pub event: String,
}

/// Everything one key press writes, applied together or not at all.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Change {
    pub events: Vec<EventEdit>,
    pub sources: Vec<SourceEdit>,
    pub reviews: Vec<Review>,
    pub drafts: Vec<Redraft>,
}

/// Why a change was not written. Nothing is written in any of these cases.
#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    /// The files on disk, or the files as the change would leave them, are invalid.
    #[error("{0}")]
    Invalid(Invalid),
    /// Someone else changed what the change is about since pasar read it.
    #[error("{0}")]
    Refused(String),
    #[error("{}:1:1: cannot read: {source}", crate::text::clean(&path.display().to_string()))]
    Read { path: PathBuf, source: io::Error },
    #[error("{}: cannot write: {source}", crate::text::clean(&path.display().to_string()))]
    Write { path: PathBuf, source: io::Error },
}

/// A file read as lines, remembering its line ending.
struct Lines {
    lines: Vec<String>,
    eol: &'static str,
}

impl Lines {
    fn new(text: &str) -> Lines {
        // Judged as every writer of the folder judges it (by the first line).
        let eol = if line_ending(text.as_bytes()) == b"\r\n" {
            "\r\n"
        } else {
            "\n"
        };
        Lines {
            lines: text.lines().map(str::to_string).collect(),
            eol,
        }
    }

    fn text(&self) -> String {
        let mut text = self.lines.join(self.eol);
        if !text.is_empty() {
            text.push_str(self.eol);
        }
        text
    }

    /// The index of the line whose top-level `"id"` is `id`.
    fn find(&self, id: &str) -> Option<usize> {
        #[derive(Deserialize)]
        struct Id {
            id: String,
        }
        let quoted = format!("\"{id}\"");
        self.lines.iter().position(|line| {
            line.contains(&quoted) && serde_json::from_str::<Id>(line).is_ok_and(|l| l.id == id)
        })
    }
}

/// The id of an event line.
fn line_id(line: &str) -> Result<String, LedgerError> {
    #[derive(Deserialize)]
    struct Id {
        id: String,
    }
    serde_json::from_str::<Id>(line)
        .map(|l| l.id)
        .map_err(|e| LedgerError::Refused(format!("not an event line: {e}")))
}

/// Writes `change` to the data folder `dir`; returns the change that undoes it.
pub fn apply(dir: &Path, change: &Change) -> Result<Change, LedgerError> {
    let lock_path = dir.join(".pasar.lock");
    let lock = lock_folder(dir).map_err(|source| LedgerError::Write {
        path: lock_path,
        source,
    })?;
    let market_path = dir.join("market.toml");
    let events_path = dir.join("events.jsonl");
    let inbox_path = dir.join(inbox::FILE);
    let market_text = read(&market_path, false)?;
    let events_text = read(&events_path, false)?;
    let inbox_text = read(&inbox_path, true)?;
    let now = Dataset::from_bytes(
        &market_path,
        market_text.as_bytes(),
        &events_path,
        events_text.as_bytes(),
    )
    .load()
    .map_err(LedgerError::Invalid)?;
    let mut undo = Change::default();
    let mut events = Lines::new(&events_text);
    for edit in &change.events {
        undo.events.push(edit_events(&now, &mut events, edit)?);
    }
    let mut market = market_text.clone();
    for edit in &change.sources {
        if let Some(inverse) = edit_sources(&mut market, edit)? {
            undo.sources.push(inverse);
        }
    }
    let mut reviews = Lines::new(&inbox_text);
    for review in &change.reviews {
        set_state(&mut reviews, review)?;
        undo.reviews.push(Review {
            candidate: review.candidate.clone(),
            from: review.to,
            to: review.from,
        });
    }
    for draft in &change.drafts {
        redraft(&mut reviews, draft)?;
        undo.drafts.push(Redraft {
            candidate: draft.candidate.clone(),
            was: draft.event.clone(),
            event: draft.was.clone(),
        });
    }
    undo.events.reverse();
    undo.sources.reverse();
    undo.reviews.reverse();
    undo.drafts.reverse();
    let events = events.text();
    let reviews = reviews.text();
    // Never replace anything with files `check` would reject.
    let after = Dataset::from_bytes(
        &market_path,
        market.as_bytes(),
        &events_path,
        events.as_bytes(),
    )
    .load()
    .map_err(LedgerError::Invalid)?;
    let players: FxHashMap<&str, usize> = after
        .players
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    inbox::check::check_inbox(&inbox_path, reviews.as_bytes(), &players)
        .map_err(LedgerError::Invalid)?;
    write_if_changed(&market_path, &market_text, &market)?;
    write_if_changed(&events_path, &events_text, &events)?;
    write_if_changed(&inbox_path, &inbox_text, &reviews)?;
    drop(lock);
    Ok(undo)
}

fn read(path: &Path, optional: bool) -> Result<String, LedgerError> {
    match file::read_regular(path, u64::MAX) {
        Ok(bytes) => String::from_utf8(bytes).map_err(|_| LedgerError::Read {
            path: path.to_path_buf(),
            source: io::Error::new(io::ErrorKind::InvalidData, "not UTF-8"),
        }),
        Err(e) if optional && e.kind() == io::ErrorKind::NotFound => Ok(String::new()),
        Err(source) => Err(LedgerError::Read {
            path: path.to_path_buf(),
            source,
        }),
    }
}

fn write_if_changed(path: &Path, old: &str, new: &str) -> Result<(), LedgerError> {
    if old == new {
        return Ok(());
    }
    replace(path, |out| out.write_all(new.as_bytes())).map_err(|source| LedgerError::Write {
        path: path.to_path_buf(),
        source,
    })
}

fn index<'a>(ids: impl Iterator<Item = &'a str>) -> FxHashMap<&'a str, usize> {
    ids.enumerate().map(|(i, id)| (id, i)).collect()
}

/// An event line as the market reads it, written the one way: two lines that say the
/// same (fields in another order, a default left out) compare equal.
fn canonical(market: &Market, line: &str) -> Option<String> {
    let refs = Refs {
        players: Some(index(market.players.iter().map(|p| p.id.as_str()))),
        sources: Some(index(market.sources.iter().map(|s| s.id.as_str()))),
    };
    let mut one = Events::default();
    read_event(line, &refs, &mut one).ok()?;
    event_line(market, &one.at(0).to_event()).ok()
}

/// The index of the event `id`, when it still reads as `was`.
fn current_line(market: &Market, lines: &Lines, id: &str, was: &str) -> Result<usize, LedgerError> {
    let Some(at) = lines.find(id) else {
        return Err(LedgerError::Refused(format!(
            "event \"{id}\" is no longer in events.jsonl: it was removed or renamed since pasar read it; nothing written"
        )));
    };
    if canonical(market, &lines.lines[at]) != canonical(market, was) {
        return Err(LedgerError::Refused(format!(
            "event \"{id}\" was changed in events.jsonl since pasar read it; nothing written (press Esc and look again)"
        )));
    }
    Ok(at)
}

/// Applies one event edit; returns its inverse.
fn edit_events(
    market: &Market,
    lines: &mut Lines,
    edit: &EventEdit,
) -> Result<EventEdit, LedgerError> {
    let current = |id: &str, was: &str, lines: &Lines| current_line(market, lines, id, was);
    match edit {
        EventEdit::Add { line, at } => {
            let id = line_id(line)?;
            if lines.find(&id).is_some() {
                return Err(LedgerError::Refused(format!(
                    "event \"{id}\" is already in events.jsonl: someone wrote it since pasar read it; nothing written"
                )));
            }
            let at = at.unwrap_or(lines.lines.len()).min(lines.lines.len());
            lines.lines.insert(at, line.clone());
            Ok(EventEdit::Delete {
                id,
                was: line.clone(),
            })
        }
        EventEdit::Replace { id, was, line } => {
            let at = current(id, was, lines)?;
            let old = std::mem::replace(&mut lines.lines[at], line.clone());
            let new_id = line_id(line)?;
            if new_id != *id && lines.find(&new_id) != Some(at) {
                return Err(LedgerError::Refused(format!(
                    "event \"{new_id}\" is already in events.jsonl; nothing written"
                )));
            }
            Ok(EventEdit::Replace {
                id: new_id,
                was: line.clone(),
                line: old,
            })
        }
        EventEdit::Delete { id, was } => {
            let at = current(id, was, lines)?;
            let old = lines.lines.remove(at);
            Ok(EventEdit::Add {
                line: old,
                at: Some(at),
            })
        }
    }
}

/// Applies one sources edit; returns its inverse, or none when there was nothing to do
/// (the source was already there).
fn edit_sources(market: &mut String, edit: &SourceEdit) -> Result<Option<SourceEdit>, LedgerError> {
    let refused = |e: sources::SourcesError| LedgerError::Refused(format!("market.toml: {e}"));
    match edit {
        SourceEdit::Add(source) => {
            let added = sources::add(market, source).map_err(refused)?;
            Ok(added.map(|text| {
                *market = text;
                SourceEdit::Remove(source.id.clone())
            }))
        }
        SourceEdit::Remove(id) => {
            let (text, removed) = sources::remove(market, id).map_err(refused)?;
            *market = text;
            Ok(removed.map(SourceEdit::Add))
        }
    }
}

/// The line of candidate `id` and the byte range of its top-level field `field`.
fn candidate_field(
    lines: &Lines,
    id: &str,
    field: &str,
) -> Result<(usize, std::ops::Range<usize>), LedgerError> {
    let Some(at) = lines.find(id) else {
        return Err(LedgerError::Refused(format!(
            "candidate {id} is no longer in {}; nothing written",
            inbox::FILE
        )));
    };
    let mut range = None;
    let mut reader = crate::data::json::Reader::new(&lines.lines[at]);
    let _ = reader.object(|r, key, _| {
        let start = r.value_start();
        r.skip_value()?;
        if key == field {
            range = Some(start..r.pos());
        }
        Ok(())
    });
    match range {
        Some(range) => Ok((at, range)),
        None => Err(LedgerError::Refused(format!(
            "candidate {id} has no {field}"
        ))),
    }
}

/// Replaces a candidate's drafted event, when it still reads as `draft.was`.
fn redraft(lines: &mut Lines, draft: &Redraft) -> Result<(), LedgerError> {
    let id = &draft.candidate;
    let (at, range) = candidate_field(lines, id, "event")?;
    let value = |text: &str| serde_json::from_str::<serde_json::Value>(text).ok();
    if value(&lines.lines[at][range.clone()]) != value(&draft.was) {
        return Err(LedgerError::Refused(format!(
            "candidate {id}'s draft was changed since pasar read it; nothing written"
        )));
    }
    lines.lines[at].replace_range(range, &draft.event);
    Ok(())
}

/// Moves a candidate from `review.from` to `review.to`, rewriting only its state.
fn set_state(lines: &mut Lines, review: &Review) -> Result<(), LedgerError> {
    let id = &review.candidate;
    let (at, range) = candidate_field(lines, id, "state")?;
    let line = &lines.lines[at];
    let word: String = serde_json::from_str(&line[range.clone()]).unwrap_or_default();
    if State::from_word(&word) != Some(review.from) {
        return Err(LedgerError::Refused(format!(
            "candidate {id} is {word} now (changed since pasar read it); nothing written"
        )));
    }
    let to = serde_json::to_string(&review.to).unwrap_or_default();
    lines.lines[at].replace_range(range, &to);
    Ok(())
}

#[cfg(test)]
#[path = "ledger_tests.rs"]
mod tests;
