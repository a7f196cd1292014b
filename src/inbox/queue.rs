//! Queueing candidates: appending them to `inbox.jsonl` under the folder's lock, each
//! checked against the dataset and the inbox for restatements.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;
use serde::Deserialize;

use crate::data::new_ids::NewIds;
use crate::data::{Dataset, Invalid, Market};
use crate::export::event_line_citing;
use crate::replace::{Batches, Stopped, append_streamed, lock_folder};

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
    /// Lines appended.
    pub added: usize,
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

/// A sentence as compared for restatements: lower case, spaces collapsed, kept as a
/// fingerprint.
fn plain(sentence: &str) -> u64 {
    let words: Vec<String> = sentence.split_whitespace().map(str::to_lowercase).collect();
    fingerprint(words.iter().map(String::as_str))
}

/// The events and candidates of one kind and player, by date: the first filed at each
/// date, as its order of filing and its id.
type ByDate = BTreeMap<String, (usize, String)>;

/// What the dataset and the inbox already hold, for spotting restatements.
///
/// An event or candidate may restate another when they have the same kind, dates that
/// overlap (`2023-12` holds `2023-12-11`) and a player in common, or no players at all:
/// deliberately generous, since a person decides and nothing is dropped for it. They are
/// filed by kind and player, each file by date, so a finding looks at the few dates that
/// can overlap its own rather than at everything queued before it.
#[derive(Default)]
struct Known {
    /// Candidate ids already in the inbox.
    candidates: HashSet<String>,
    /// Event ids of the dataset and of the inbox's events.
    event_ids: HashSet<String>,
    new_ids: NewIds,
    /// By kind and player (`None`: no players), by date: the first event or candidate
    /// filed there, as its order of filing and its id.
    gists: HashMap<(String, Option<String>), ByDate>,
    filed: usize,
    sentences: HashMap<u64, String>,
}

impl Known {
    fn new(market: &Market, inbox: &str) -> Known {
        let mut known = Known::default();
        for e in market.events.iter() {
            let actors = e.actors().iter();
            let actors: Vec<&str> = actors
                .map(|&a| market.players[a as usize].id.as_str())
                .collect();
            known.file(e.kind().as_str(), &actors, &e.date().to_string(), e.id());
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
            let actors: Vec<&str> = e.actors.iter().map(String::as_str).collect();
            known.file(&e.kind, &actors, &e.date, &stored.id);
            known
                .sentences
                .entry(plain(&stored.sentence))
                .or_insert_with(|| stored.id.clone());
            known.event_ids.insert(e.id);
            known.candidates.insert(stored.id);
        }
        known
    }

    /// Files what an event or candidate is about under its kind and each of its players.
    fn file(&mut self, kind: &str, actors: &[&str], date: &str, id: &str) {
        let order = self.filed;
        self.filed += 1;
        let mut at = |player: Option<&str>| {
            let dates = self
                .gists
                .entry((kind.to_string(), player.map(str::to_string)))
                .or_default();
            dates
                .entry(date.to_string())
                .or_insert_with(|| (order, id.to_string()));
        };
        if actors.is_empty() {
            at(None);
        }
        actors.iter().for_each(|&a| at(Some(a)));
    }

    /// The first event or candidate filed that the kind, players and date may restate.
    fn first_restated(&self, kind: &str, actors: &[&str], date: &str) -> Option<&str> {
        let players: Vec<Option<&str>> = match actors {
            [] => vec![None],
            _ => actors.iter().map(|&a| Some(a)).collect(),
        };
        let mut first: Option<&(usize, String)> = None;
        for player in players {
            let Some(dates) = self
                .gists
                .get(&(kind.to_string(), player.map(str::to_string)))
            else {
                continue;
            };
            // Dates that hold this one (its prefixes) and dates it holds (those it
            // prefixes, which sort together right after it).
            let holding = date
                .char_indices()
                .map(|(i, _)| &date[..i])
                .filter_map(|prefix| dates.get(prefix));
            let held = dates
                .range::<str, _>((std::ops::Bound::Included(date), std::ops::Bound::Unbounded))
                .take_while(|(d, _)| d.starts_with(date))
                .map(|(_, gist)| gist);
            for gist in holding.chain(held) {
                if first.is_none_or(|f| gist.0 < f.0) {
                    first = Some(gist);
                }
            }
        }
        first.map(|(_, id)| id.as_str())
    }

    /// The id of what `finding` may restate, if anything; then remembers `finding` as `id`.
    fn restated(&mut self, market: &Market, finding: &Finding, id: &str) -> Option<String> {
        let e = &finding.event;
        let actors: Vec<&str> = e
            .actors
            .iter()
            .map(|&a| market.players[a].id.as_str())
            .collect();
        let (kind, date) = (e.kind.as_str(), e.date.to_string());
        let by_gist = self
            .first_restated(kind, &actors, &date)
            .map(str::to_string);
        let by_text = self.sentences.get(&plain(&finding.sentence)).cloned();
        self.file(kind, &actors, &date, id);
        self.sentences
            .entry(plain(&finding.sentence))
            .or_insert_with(|| id.to_string());
        by_text.or(by_gist)
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

/// New lines are checked, as `check` would check them, this many bytes at a time.
const BATCH: usize = 1 << 20;

/// Appends the findings `draft` hands its sink to the inbox of the data folder `dir`, as
/// found at `found` (an RFC 3339 UTC time), and gives `queued` each line once it is in
/// place.
///
/// Under the folder's lock the dataset and the inbox are read again and checked (an
/// invalid one is never written over); a finding already queued is skipped, one that
/// may restate an event or a candidate is queued with `duplicate_of` naming it. The new
/// file is written beside the old, findings streaming into it as they are drafted, and
/// renamed over it; when nothing is new the old file is left untouched.
pub fn queue<E: From<InboxError>>(
    dir: &Path,
    found: &str,
    draft: impl FnOnce(&Market, &mut dyn FnMut(Finding)) -> Result<(), E>,
    mut queued: impl FnMut(&str),
) -> Result<Queued, E> {
    let write_error = |path: &Path| {
        let path = path.to_path_buf();
        move |source| InboxError::Write { path, source }
    };
    let lock = lock_folder(dir).map_err(write_error(&dir.join(".pasar.lock")))?;
    crate::replace::remove_stale_temps(dir, FILE);
    // Read under the lock: another writer may have changed the folder meanwhile.
    let market = Dataset::open(dir)
        .and_then(|d| d.load())
        .map_err(InboxError::Invalid)?;
    let path = dir.join(FILE);
    let old = match crate::data::file::read_regular(&path, crate::data::file::INBOX_LIMIT) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
        Err(source) => return Err(InboxError::Read { path, source }.into()),
    };
    let players = market.players.iter().map(|p| p.id.as_str());
    let players: FxHashMap<&str, usize> = players.enumerate().map(|(i, id)| (id, i)).collect();
    check::check_inbox(&path, &old, &players).map_err(InboxError::Invalid)?;
    let mut sink = Sink {
        market: &market,
        known: Known::new(&market, &String::from_utf8_lossy(&old)),
        found,
        path: &path,
        players: &players,
        // New lines end as the file's lines do: a CRLF file stays CRLF.
        end: crate::replace::line_ending(&old),
        batch: Vec::new(),
        batched: 0,
        tally: Queued::default(),
        failed: None,
    };
    let unfinished = !old.is_empty() && !old.ends_with(b"\n");
    // The old inbox goes first, written only once a finding proves new.
    let end = sink.end;
    let copy = |out: &mut dyn Write| {
        out.write_all(&old)?;
        if unfinished {
            out.write_all(end)?;
        }
        Ok(())
    };
    let streamed = append_streamed(&path, copy, |each| draft(&market, each), &mut sink);
    match streamed {
        Ok(false) => {}
        Ok(true) => {
            let from = old.len() + if unfinished { end.len() } else { 0 };
            crate::replace::lines_from(&path, from as u64, &mut queued).map_err(|source| {
                InboxError::Read {
                    path: path.clone(),
                    source,
                }
            })?;
        }
        Err(Stopped::Drafted(e)) => return Err(e),
        Err(Stopped::Batches) => return Err(sink.failed.expect("the batches keep why").into()),
        Err(Stopped::Io(e)) => return Err(write_error(&path)(e).into()),
    }
    let tally = sink.tally;
    drop(lock);
    Ok(tally)
}

/// Where findings go on their way into the new inbox.
struct Sink<'a> {
    market: &'a Market,
    known: Known,
    found: &'a str,
    path: &'a Path,
    players: &'a FxHashMap<&'a str, usize>,
    end: &'static [u8],
    /// Lines not yet checked and written, and how many.
    batch: Vec<u8>,
    batched: usize,
    /// What was queued: `added` counts the lines written.
    tally: Queued,
    /// Why queueing stops: a line that could not be made or would not load.
    failed: Option<InboxError>,
}

impl Batches<Finding> for Sink<'_> {
    fn pending(&self) -> bool {
        !self.batch.is_empty()
    }

    fn failed(&self) -> bool {
        self.failed.is_some()
    }

    fn written(&self) -> usize {
        self.tally.added
    }

    /// Takes a finding in; true when a full batch waits to be written.
    fn take(&mut self, finding: Finding) -> bool {
        let finding = &finding;
        let id = candidate_id(&finding.article, &finding.sentence);
        if !self.known.candidates.insert(id.clone()) {
            self.tally.already += 1;
            return false;
        }
        let duplicate_of = self.known.restated(self.market, finding, &id);
        self.tally.duplicates += usize::from(duplicate_of.is_some());
        let mut event = finding.event.clone();
        let taken = &mut self.known.event_ids;
        event.id = self.known.new_ids.give(self.market, &finding.event, |id| {
            taken.insert(id.to_string())
        });
        let head = Head {
            id: &id,
            state: State::New,
            found: self.found,
            article: &finding.article,
            sentence: &finding.sentence,
            duplicate_of: duplicate_of.as_deref(),
        };
        match line(self.market, &head, &event, finding.source.as_deref()) {
            Ok(line) => {
                self.batch.extend_from_slice(line.as_bytes());
                self.batch.extend_from_slice(self.end);
                self.batched += 1;
            }
            Err(e) => {
                let (path, source) = (self.path.to_path_buf(), io::Error::other(e));
                self.failed = Some(InboxError::Write { path, source });
            }
        }
        self.failed.is_none() && self.batch.len() >= BATCH
    }

    /// Checks the batch and writes it; a batch that would not load stops queueing.
    fn flush(&mut self, out: &mut dyn Write) -> io::Result<()> {
        // Never write an inbox that `check` would reject.
        if let Err(invalid) = check::check_inbox(self.path, &self.batch, self.players) {
            self.failed = Some(InboxError::Invalid(invalid));
            return Err(io::Error::other("a new line would not load"));
        }
        out.write_all(&self.batch)?;
        self.tally.added += std::mem::take(&mut self.batched);
        self.batch.clear();
        Ok(())
    }
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
