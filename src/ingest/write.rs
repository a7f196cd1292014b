//! `--write`: appending candidate events to `events.jsonl` safely.
//!
//! Under an exclusive lock on `.pasar.lock` in the data folder the dataset is read again
//! (another writer may have appended meanwhile), the new events are checked against it,
//! and the whole new file is written to a temporary file in the same folder, synced, and
//! renamed over `events.jsonl`; then the folder itself is synced. A reader or a crash at
//! any moment sees either the old file or the new one, and every old line is kept byte for
//! byte.

use std::collections::HashSet;
use std::fs::{self, OpenOptions};
use std::io;
use std::path::Path;

use crate::data::{Event, Market, check_dataset, file, parse_dataset};
use crate::export::event_line;
use crate::replace::{line_ending, replace};

use super::IngestError;

/// What an append did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Appended {
    /// The lines appended, without their newlines.
    pub lines: Vec<String>,
    /// Candidates with the date, kind and actors of an existing event or of an earlier
    /// candidate.
    pub skipped: usize,
}

/// Appends the events `draft` makes from the freshly read market.
pub fn append(
    dir: &Path,
    draft: impl FnOnce(&Market) -> Result<Vec<Event>, IngestError>,
) -> Result<Appended, IngestError> {
    if !dir.is_dir() {
        // The data layer words this error like every other unreadable dataset.
        if let Err(invalid) = crate::data::load_folder(dir) {
            return Err(IngestError::Invalid(invalid));
        }
    }
    let lock_path = dir.join(".pasar.lock");
    let io_error = |path: &Path| {
        let path = path.to_path_buf();
        move |source| IngestError::Write { path, source }
    };
    let lock = OpenOptions::new()
        .create(true)
        .write(true)
        .truncate(false)
        .open(&lock_path)
        .map_err(io_error(&lock_path))?;
    lock.lock().map_err(io_error(&lock_path))?;
    remove_stale_temps(dir);
    let market_path = dir.join("market.toml");
    let events_path = dir.join("events.jsonl");
    let market_text = file::read_regular(&market_path, file::MARKET_LIMIT).map_err(|source| {
        IngestError::Read {
            path: market_path.clone(),
            source,
        }
    })?;
    // A missing events file is an error here too, as for every command: an empty file
    // is how a dataset says it has no events.
    let old = file::read_regular(&events_path, u64::MAX).map_err(|source| IngestError::Read {
        path: events_path.clone(),
        source,
    })?;
    let market = parse_dataset(&market_path, &market_text, &events_path, &old)
        .map_err(IngestError::Invalid)?;
    let (fresh, skipped) = only_new(&market, draft(&market)?, true);
    let mut lines = Vec::with_capacity(fresh.len());
    for event in &fresh {
        lines.push(event_line(&market, event).map_err(|e| IngestError::Write {
            path: events_path.clone(),
            source: io::Error::other(e),
        })?);
    }
    if !lines.is_empty() {
        // New lines end as the file's lines do: a CRLF file stays CRLF.
        let end = line_ending(&old);
        let mut bytes = old;
        if !bytes.is_empty() && !bytes.ends_with(b"\n") {
            bytes.extend_from_slice(end);
        }
        for line in &lines {
            bytes.extend_from_slice(line.as_bytes());
            bytes.extend_from_slice(end);
        }
        // Never replace a valid dataset with one that `check` would reject.
        check_dataset(&market_path, &market_text, &events_path, &bytes)
            .map_err(IngestError::WouldBreak)?;
        replace(&events_path, |out| out.write_all(&bytes)).map_err(io_error(&events_path))?;
    }
    drop(lock);
    Ok(Appended { lines, skipped })
}

/// Candidates that no existing event (with `against_dataset`) and no earlier candidate
/// already covers, with ids made unique against the dataset: `2023-11-talks-tiktok`, then
/// `…-2`. An existing event covers a candidate with its date, kind and actors; an earlier
/// candidate only when it also has its title, since one article can report two figures
/// of one company in one month.
pub fn only_new(
    market: &Market,
    candidates: Vec<Event>,
    against_dataset: bool,
) -> (Vec<Event>, usize) {
    let key = |date, kind, actors: &mut dyn Iterator<Item = usize>| {
        let mut actors: Vec<usize> = actors.collect();
        actors.sort_unstable();
        (date, kind, actors)
    };
    let existing = market.events.iter().filter(|_| against_dataset);
    let known: HashSet<_> = existing
        .map(|e| {
            key(
                e.date(),
                e.kind(),
                &mut e.actors().iter().map(|&a| a as usize),
            )
        })
        .collect();
    let mut drafted = HashSet::new();
    let mut ids: HashSet<String> = market.events.iter().map(|e| e.id().to_owned()).collect();
    let mut fresh = Vec::new();
    let mut skipped = 0;
    for mut event in candidates {
        let key = key(event.date, event.kind, &mut event.actors.iter().copied());
        if known.contains(&key) || !drafted.insert((key, event.title.clone())) {
            skipped += 1;
            continue;
        }
        event.id = unique_id(market, &event, &mut ids);
        fresh.push(event);
    }
    (fresh, skipped)
}

fn unique_id(market: &Market, event: &Event, ids: &mut HashSet<String>) -> String {
    let actor = event
        .actors
        .first()
        .map_or("market", |&a| market.players[a].id.as_str());
    let base = format!("{}-{}-{actor}", event.date, event.kind);
    let mut id = base.clone();
    let mut n = 2;
    while !ids.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// Deletes temporary files a killed writer left behind: only a lock holder writes them,
/// so under the lock every one of them is stale.
fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(".events.jsonl.") && name.ends_with(".tmp") {
            let _ = fs::remove_file(entry.path());
        }
    }
}
