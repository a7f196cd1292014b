//! Queueing candidates: appending them to `inbox.jsonl` under the folder's lock, each
//! checked against the dataset and the inbox for restatements.

use std::collections::{HashMap, HashSet};
use std::io;
use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;
use serde::Deserialize;

use crate::data::{Dataset, Invalid, Market};
use crate::export::event_line_citing;
use crate::replace::{lock_folder, replace};

use super::{Article, FILE, Finding, Head, State, check, fingerprint};

/// Why candidates could not be queued.
#[derive(Debug, thiserror::Error)]
pub enum InboxError {
    /// The dataset or the inbox is invalid (bad input): nothing is written over it.
    #[error("{0}")]
    Invalid(Invalid),
    #[error("{}:1:1: cannot read: {source}", crate::text::clean(&path.display().to_string()))]
    Read { path: PathBuf, source: io::Error },
    #[error("{}: cannot write: {source}", crate::text::clean(&path.display().to_string()))]
    Write { path: PathBuf, source: io::Error },
}

/// What queueing did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Queued {
    /// The lines appended, without their newlines.
    pub lines: Vec<String>,
    /// How many of them may restate an event or candidate (`duplicate_of` set).
    pub duplicates: usize,
    /// Findings already in the inbox (same article and sentence), not queued again.
    pub already: usize,
}

/// The part of an inbox line that queueing compares against.
#[derive(Deserialize)]
struct Stored {
    id: String,
    #[serde(default)]
    sentence: String,
    event: StoredEvent,
}

#[derive(Deserialize)]
struct StoredEvent {
    id: String,
    date: String,
    kind: String,
    actors: Vec<String>,
}

/// What an event is about, for spotting restatements.
struct Gist {
    date: String,
    kind: String,
    actors: Vec<String>,
    /// The id a restatement names: an event's or a candidate's.
    id: String,
}

impl Gist {
    /// Whether `self` may report the same news as `other`: the same kind, dates that
    /// overlap (`2023-12` holds `2023-12-11`) and a player in common. Deliberately
    /// generous: a person decides, and nothing is dropped for it.
    fn restates(&self, other: &Gist) -> bool {
        let overlap = self.date.starts_with(&other.date) || other.date.starts_with(&self.date);
        let shared = self.actors.iter().any(|a| other.actors.contains(a))
            || (self.actors.is_empty() && other.actors.is_empty());
        self.kind == other.kind && overlap && shared
    }
}

/// A sentence as compared for restatements: lower case, spaces collapsed.
fn plain(sentence: &str) -> String {
    sentence
        .split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the dataset and the inbox already hold, for spotting restatements.
#[derive(Default)]
struct Known {
    /// Candidate ids already in the inbox.
    candidates: HashSet<String>,
    /// Event ids of the dataset and of the inbox's events.
    event_ids: HashSet<String>,
    /// What each event and candidate is about.
    gists: Vec<Gist>,
    sentences: HashMap<String, String>,
}

impl Known {
    fn new(market: &Market, inbox: &str) -> Known {
        let mut known = Known::default();
        for e in market.events.iter() {
            let actors = e.actors().iter();
            let actors = actors.map(|&a| market.players[a as usize].id.clone());
            known.gists.push(Gist {
                date: e.date().to_string(),
                kind: e.kind().as_str().to_string(),
                actors: actors.collect(),
                id: e.id().to_string(),
            });
            if let Some(summary) = e.summary() {
                known
                    .sentences
                    .entry(plain(summary))
                    .or_insert_with(|| e.id().to_string());
            }
            known.event_ids.insert(e.id().to_string());
        }
        for stored in inbox
            .lines()
            .filter_map(|l| serde_json::from_str::<Stored>(l).ok())
        {
            let e = stored.event;
            known.gists.push(Gist {
                date: e.date,
                kind: e.kind,
                actors: e.actors,
                id: stored.id.clone(),
            });
            known
                .sentences
                .entry(plain(&stored.sentence))
                .or_insert_with(|| stored.id.clone());
            known.event_ids.insert(e.id);
            known.candidates.insert(stored.id);
        }
        known
    }

    /// The id of what `finding` may restate, if anything; then remembers `finding` as `id`.
    fn restated(&mut self, market: &Market, finding: &Finding, id: &str) -> Option<String> {
        let e = &finding.event;
        let actors = e
            .actors
            .iter()
            .map(|&a| market.players[a].id.clone())
            .collect();
        let gist = Gist {
            date: e.date.to_string(),
            kind: e.kind.as_str().to_string(),
            actors,
            id: id.to_string(),
        };
        let by_gist = self
            .gists
            .iter()
            .find(|g| g.restates(&gist))
            .map(|g| g.id.clone());
        let by_text = self.sentences.get(&plain(&finding.sentence)).cloned();
        self.gists.push(gist);
        self.sentences
            .entry(plain(&finding.sentence))
            .or_insert_with(|| id.to_string());
        by_text.or(by_gist)
    }

    /// An event id not yet taken: `2023-11-talks-tiktok`, then `…-2`.
    fn event_id(&mut self, market: &Market, finding: &Finding) -> String {
        let e = &finding.event;
        let actor = e
            .actors
            .first()
            .map_or("market", |&a| market.players[a].id.as_str());
        let base = format!("{}-{}-{actor}", e.date, e.kind);
        let mut id = base.clone();
        let mut n = 2;
        while !self.event_ids.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }
}

/// A candidate's id: the same article and sentence always get the same one.
pub fn candidate_id(article: &Article, sentence: &str) -> String {
    let from = article
        .url
        .as_deref()
        .or(article.title.as_deref())
        .unwrap_or("");
    format!("c-{:08x}", fingerprint([from, sentence]) as u32)
}

/// Appends `findings` to the inbox of the data folder `dir`, as found at `found` (an
/// RFC 3339 UTC time).
///
/// Under the folder's lock the dataset and the inbox are read again and checked (an
/// invalid one is never written over); a finding already queued is skipped, one that
/// may restate an event or a candidate is queued with `duplicate_of` naming it. The new
/// file is written beside the old and renamed over it.
pub fn queue(dir: &Path, findings: &[Finding], found: &str) -> Result<Queued, InboxError> {
    let write_error = |path: &Path| {
        let path = path.to_path_buf();
        move |source| InboxError::Write { path, source }
    };
    let lock = lock_folder(dir).map_err(write_error(&dir.join(".pasar.lock")))?;
    // Read under the lock: another writer may have changed the folder meanwhile.
    let market = Dataset::open(dir)
        .and_then(|d| d.load())
        .map_err(InboxError::Invalid)?;
    let path = dir.join(FILE);
    let old = match crate::data::file::read_regular(&path, crate::data::file::INBOX_LIMIT) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
        Err(source) => return Err(InboxError::Read { path, source }),
    };
    let players = market.players.iter().map(|p| p.id.as_str());
    let players: FxHashMap<&str, usize> = players.enumerate().map(|(i, id)| (id, i)).collect();
    check::check_inbox(&path, &old, &players).map_err(InboxError::Invalid)?;
    let text = String::from_utf8_lossy(&old);
    let mut known = Known::new(&market, &text);
    let mut queued = Queued::default();
    for finding in findings {
        let id = candidate_id(&finding.article, &finding.sentence);
        if !known.candidates.insert(id.clone()) {
            queued.already += 1;
            continue;
        }
        let duplicate_of = known.restated(&market, finding, &id);
        queued.duplicates += usize::from(duplicate_of.is_some());
        let mut event = finding.event.clone();
        event.id = known.event_id(&market, finding);
        let head = Head {
            id: &id,
            state: State::New,
            found,
            article: &finding.article,
            sentence: &finding.sentence,
            duplicate_of: duplicate_of.as_deref(),
        };
        let line = line(&market, &head, &event, finding.source.as_deref())
            .map_err(|e| write_error(&path)(io::Error::other(e)))?;
        queued.lines.push(line);
    }
    if !queued.lines.is_empty() {
        // New lines end as the file's lines do: a CRLF file stays CRLF.
        let end = crate::replace::line_ending(&old);
        let mut bytes = old;
        if !bytes.is_empty() && !bytes.ends_with(b"\n") {
            bytes.extend_from_slice(end);
        }
        for line in &queued.lines {
            bytes.extend_from_slice(line.as_bytes());
            bytes.extend_from_slice(end);
        }
        // Never write an inbox that `check` would reject.
        check::check_inbox(&path, &bytes, &players).map_err(InboxError::Invalid)?;
        replace(&path, |out| out.write_all(&bytes)).map_err(write_error(&path))?;
    }
    drop(lock);
    Ok(queued)
}

/// One inbox line: the head's fields, then the event as `events.jsonl` writes it.
fn line(
    market: &Market,
    head: &Head,
    event: &crate::data::Event,
    source: Option<&str>,
) -> serde_json::Result<String> {
    let mut line = serde_json::to_string(head)?;
    line.pop();
    line.push_str(",\"event\":");
    line.push_str(&event_line_citing(market, event, source)?);
    line.push('}');
    Ok(line)
}
