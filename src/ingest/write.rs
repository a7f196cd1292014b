//! `--write`: appending candidate events to `events.jsonl` safely.
//!
//! Under an exclusive lock on `.pasar.lock` in the data folder the dataset is read again
//! (another writer may have appended meanwhile) and the new events are checked against
//! it; then the old file is copied, a block at a time, into a temporary file in the same
//! folder, the new lines added, the copy synced and renamed over `events.jsonl`, and the
//! folder itself synced. A reader or a crash at any moment sees either the old file or
//! the new one, and every old line is kept byte for byte. The old file is parsed once and
//! never held whole in memory.

use std::collections::HashSet;
use std::fs::File;
use std::hash::{Hash, Hasher};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use crate::data::new_ids::NewIds;
use crate::data::{Dataset, Event, Market};
use crate::export::event_line;
use crate::replace::{Batches, Stopped, append_streamed, line_ending, lines_from, lock_folder};

use super::IngestError;

/// What an append did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Appended {
    /// Lines appended.
    pub added: usize,
    /// Candidates with the date, kind and actors of an existing event or of an earlier
    /// candidate.
    pub skipped: usize,
}

/// New lines are checked, as `check` would check them, this many bytes at a time.
const BATCH: usize = 1 << 20;

/// Appends the events `draft` hands its sink, drafted from the freshly read market, and
/// gives `appended` each line that landed, once the new file is in place.
///
/// Candidates stream into the new file as they are drafted: what is kept of them is a
/// fingerprint each (see [`Fresh`]) and the batch being checked, so memory does not grow
/// with what an article holds. When nothing is new the old file is left untouched.
pub fn append(
    dir: &Path,
    draft: impl FnOnce(&Market, &mut dyn FnMut(Event)) -> Result<(), IngestError>,
    mut appended: impl FnMut(&str),
) -> Result<Appended, IngestError> {
    if !dir.is_dir() {
        // The data layer words this error like every other unreadable dataset.
        if let Err(invalid) = Dataset::open(dir) {
            return Err(IngestError::Invalid(invalid));
        }
    }
    let write_error = |path: PathBuf| move |source| IngestError::Write { path, source };
    let lock = lock_folder(dir).map_err(write_error(dir.join(".pasar.lock")))?;
    crate::replace::remove_stale_temps(dir, "events.jsonl");
    let dataset = Dataset::open(dir).map_err(IngestError::Invalid)?;
    let market = dataset.load().map_err(IngestError::Invalid)?;
    let events_path = dataset.events_path().to_path_buf();
    let Some((old, len)) = dataset.events_file() else {
        return Ok(Appended::default());
    };
    let read_error = |source| IngestError::Read {
        path: events_path.clone(),
        source,
    };
    // New lines end as the file's lines do: a CRLF file stays CRLF.
    let (end, unfinished) = ending(old, len).map_err(read_error)?;
    let mut sink = Sink {
        dataset: &dataset,
        market: &market,
        fresh: Fresh::new(&market, Against::DatasetAndDrafts),
        end,
        batch: Vec::new(),
        ids: Vec::new(),
        added: 0,
        failed: None,
    };
    // The old file goes first, copied only once a candidate proves new.
    let copy = |out: &mut dyn Write| {
        copy_old(old, len, out)?;
        if unfinished {
            out.write_all(end)?;
        }
        Ok(())
    };
    let streamed = append_streamed(&events_path, copy, |each| draft(&market, each), &mut sink);
    let (added, skipped) = (sink.added, sink.fresh.skipped);
    match streamed {
        Ok(true) => {}
        Ok(false) => return Ok(Appended { added, skipped }),
        Err(Stopped::Drafted(e)) => return Err(e),
        Err(Stopped::Batches) => return Err(sink.failed.expect("the batches keep why")),
        Err(Stopped::Io(e)) => return Err(write_error(events_path)(e)),
    }
    // Still under the lock, so the lines read back are the ones just written.
    let from = len + if unfinished { end.len() as u64 } else { 0 };
    lines_from(&events_path, from, &mut appended).map_err(read_error)?;
    drop(lock);
    Ok(Appended { added, skipped })
}

/// Where candidates go on their way into the new events file.
struct Sink<'a> {
    dataset: &'a Dataset<'a>,
    market: &'a Market,
    fresh: Fresh<'a>,
    end: &'static [u8],
    /// Lines not yet checked and written.
    batch: Vec<u8>,
    /// The ids of the batch's lines.
    ids: Vec<String>,
    added: usize,
    /// Why the append stops: a line that would not load, or drafting's own error.
    failed: Option<IngestError>,
}

impl Batches<Event> for Sink<'_> {
    fn pending(&self) -> bool {
        !self.batch.is_empty()
    }

    fn failed(&self) -> bool {
        self.failed.is_some()
    }

    fn written(&self) -> usize {
        self.added
    }

    /// Takes a candidate in; true when a full batch waits to be written.
    fn take(&mut self, event: Event) -> bool {
        let Some(event) = self.fresh.admit(event) else {
            return false;
        };
        match event_line(self.market, &event) {
            Ok(line) => {
                self.batch.extend_from_slice(line.as_bytes());
                self.batch.extend_from_slice(self.end);
                self.ids.push(event.id);
            }
            Err(e) => {
                let path = self.dataset.events_path().to_path_buf();
                let source = io::Error::other(e);
                self.failed = Some(IngestError::Write { path, source });
            }
        }
        self.failed.is_none() && self.batch.len() >= BATCH
    }

    /// Checks the batch and writes it; a batch that would not load stops the append.
    fn flush(&mut self, out: &mut dyn Write) -> io::Result<()> {
        // Never replace a valid dataset with one that `check` would reject: the old file
        // has just loaded, so the new lines must be valid on their own and their ids new.
        if let Err(invalid) = would_load(self.dataset, self.market, &self.ids, &self.batch) {
            self.failed = Some(IngestError::WouldBreak(invalid));
            return Err(io::Error::other("a new line would not load"));
        }
        out.write_all(&self.batch)?;
        self.added += self.ids.len();
        self.batch.clear();
        self.ids.clear();
        Ok(())
    }
}

/// Copies the first `len` bytes of the old events file, a block at a time.
fn copy_old(mut old: &File, len: u64, out: &mut dyn Write) -> io::Result<()> {
    old.seek(SeekFrom::Start(0))?;
    let copied = io::copy(&mut old.take(len), out)?;
    if copied != len {
        return Err(io::Error::other(
            "the events file shrank while it was copied",
        ));
    }
    Ok(())
}

/// How the file's lines end (as its first line does), and whether its last line lacks
/// an ending.
fn ending(mut file: &File, len: u64) -> io::Result<(&'static [u8], bool)> {
    let mut first = Vec::new();
    file.seek(SeekFrom::Start(0))?;
    let mut block = [0; 8192];
    while !first.contains(&b'\n') && (first.len() as u64) < len {
        let want = block.len().min((len - first.len() as u64) as usize);
        match file.read(&mut block[..want])? {
            0 => break,
            n => first.extend_from_slice(&block[..n]),
        }
    }
    let mut last = [0u8];
    if len > 0 {
        file.seek(SeekFrom::Start(len - 1))?;
        file.read_exact(&mut last)?;
    }
    Ok((line_ending(&first), len > 0 && last[0] != b'\n'))
}

/// Checks that `added`, appended to the dataset just loaded, still loads: valid lines
/// that refer to the market's players and sources, with ids (`ids`) no event already has.
fn would_load(
    dataset: &Dataset,
    market: &Market,
    ids: &[String],
    added: &[u8],
) -> Result<(), crate::data::Invalid> {
    let (market_path, events_path) = (dataset.market_path(), dataset.events_path());
    Dataset::from_bytes(market_path, dataset.market_text(), events_path, added).check()?;
    let new: HashSet<&str> = ids.iter().map(String::as_str).collect();
    match market.events.iter().find(|e| new.contains(e.id())) {
        None => Ok(()),
        Some(e) => Err(crate::data::Invalid(vec![crate::data::Diagnostic::whole(
            events_path,
            format!("id: duplicate event id \"{}\"", e.id()),
        )])),
    }
}

/// What a candidate is checked against before it counts as new.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Against {
    /// The dataset's events and the earlier candidates: what `--write` appends.
    DatasetAndDrafts,
    /// Only the earlier candidates: a preview repeats no line, yet still shows what the
    /// dataset already holds.
    DraftsOnly,
}

/// Candidates that no existing event (with [`Against::DatasetAndDrafts`]) and no earlier
/// candidate already covers, with ids made unique against the dataset:
/// `2023-11-talks-tiktok`, then `…-2`. An existing event covers a candidate with its date,
/// kind and actors; an earlier candidate only when it also has its title, since one article
/// can report two figures of one company in one month.
pub fn only_new(market: &Market, candidates: Vec<Event>, against: Against) -> (Vec<Event>, usize) {
    let mut new = Fresh::new(market, against);
    let fresh: Vec<Event> = candidates
        .into_iter()
        .filter_map(|event| new.admit(event))
        .collect();
    (fresh, new.skipped)
}

/// [`only_new`] one candidate at a time, for drafts streamed as they are read: what it
/// keeps of the candidates it has seen is a 64-bit fingerprint each (of the covering key
/// and of the id given), so an article of any length costs a few bytes a candidate.
///
/// Two different keys sharing a fingerprint (about one chance in 10^8 among a million
/// candidates) would drop the second as covered; an id whose fingerprint is taken only
/// moves on to the next number, so ids stay unique.
pub struct Fresh<'m> {
    market: &'m Market,
    /// The dataset's events' date, kind and actors.
    known: HashSet<u64>,
    /// Each candidate admitted: date, kind, actors and title.
    drafted: HashSet<u64>,
    /// Every id taken, the dataset's and those given.
    ids: HashSet<u64>,
    new_ids: NewIds,
    /// Candidates covered by an event or an earlier candidate.
    pub skipped: usize,
}

impl<'m> Fresh<'m> {
    pub fn new(market: &'m Market, against: Against) -> Fresh<'m> {
        let known = market
            .events
            .iter()
            .filter(|_| against == Against::DatasetAndDrafts)
            .map(|e| {
                let actors = e.actors().iter().map(|&a| a as usize);
                fingerprint(&(e.date(), e.kind(), sorted(actors)))
            })
            .collect();
        let ids = market.events.iter().map(|e| fingerprint(e.id())).collect();
        Fresh {
            market,
            known,
            drafted: HashSet::new(),
            ids,
            new_ids: NewIds::default(),
            skipped: 0,
        }
    }

    /// The candidate with a unique id, unless an event or an earlier candidate covers it.
    pub fn admit(&mut self, mut event: Event) -> Option<Event> {
        let key = (event.date, event.kind, sorted(event.actors.iter().copied()));
        if self.known.contains(&fingerprint(&key))
            || !self.drafted.insert(fingerprint(&(key, &event.title)))
        {
            self.skipped += 1;
            return None;
        }
        let ids = &mut self.ids;
        event.id = self
            .new_ids
            .give(self.market, &event, |id| ids.insert(fingerprint(id)));
        Some(event)
    }
}

fn sorted(actors: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut actors: Vec<usize> = actors.collect();
    actors.sort_unstable();
    actors
}

/// A 64-bit hash that is the same on every run (std's `DefaultHasher` with no keys).
fn fingerprint(value: &(impl Hash + ?Sized)) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::data::{DataSource, Date, EMBEDDED_MARKET, Kind, Status};

    fn new_event(market: &Market, title: &str) -> Event {
        Event {
            kind: Kind::ALL[0],
            title: title.into(),
            actors: vec![0, market.players.len() - 1],
            status: Status::Reported,
            ..Event::blank(Date::parse("2031-03-05").unwrap())
        }
    }

    /// A folder with the bundled market and `events` as its events file.
    fn folder(events: &[u8]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("market.toml"), EMBEDDED_MARKET).unwrap();
        fs::write(dir.path().join("events.jsonl"), events).unwrap();
        dir
    }

    #[test]
    fn candidates_sharing_an_id_base_get_the_next_numbers_in_turn() {
        let market = DataSource::Embedded.load().unwrap();
        let candidates: Vec<Event> = (0..3000)
            .map(|n| new_event(&market, &format!("Figure {n}")))
            .collect();
        let (fresh, skipped) = only_new(&market, candidates, Against::DraftsOnly);
        assert_eq!((fresh.len(), skipped), (3000, 0));
        let base = format!("2031-03-05-{}-{}", Kind::ALL[0], market.players[0].id);
        assert_eq!(fresh[0].id, base);
        assert_eq!(fresh[1].id, format!("{base}-2"));
        assert_eq!(fresh[2999].id, format!("{base}-3000"));
    }

    #[test]
    fn a_candidate_streamed_again_is_skipped_and_an_existing_id_never_given() {
        let base = format!("2031-03-05-{}-tiktok", Kind::ALL[0]);
        let line = format!(
            "{{\"id\":\"{base}\",\"date\":\"2030\",\"kind\":\"deal\",\"title\":\"A\",\"actors\":[\"tiktok\"]}}\n"
        );
        let dir = folder(line.as_bytes());
        let market = Dataset::open(dir.path()).unwrap().load().unwrap();
        let mut fresh = Fresh::new(&market, Against::DraftsOnly);
        let candidate = new_event(&market, "Same");
        assert_eq!(market.players[candidate.actors[0]].id, "tiktok");
        let given = fresh
            .admit(candidate.clone())
            .expect("a first candidate is new");
        assert_eq!(given.id, format!("{base}-2"));
        assert_eq!(fresh.admit(candidate.clone()), None);
        assert_eq!(fresh.skipped, 1);
        // Against the dataset too, an event with its date, kind and actors covers it.
        let mut covered = candidate;
        covered.date = Date::parse("2030").unwrap();
        covered.kind = Kind::Deal;
        covered.actors = vec![0];
        let mut against = Fresh::new(&market, Against::DatasetAndDrafts);
        assert_eq!(against.admit(covered), None);
    }

    const OLD: &str = "{\"id\":\"a\",\"date\":\"2023\",\"kind\":\"deal\",\"title\":\"A\",\"actors\":[]}\r\n\
                       {\"id\":\"b\",\"date\":\"2024\",\"kind\":\"deal\",\"title\":\"B\",\"actors\":[]}";

    #[test]
    fn appends_to_a_crlf_file_without_a_last_ending_in_its_own_endings() {
        let dir = folder(OLD.as_bytes());
        let mut lines = Vec::new();
        let appended = append(
            dir.path(),
            |m, sink| {
                sink(new_event(m, "New"));
                Ok(())
            },
            |line| lines.push(line.to_string()),
        )
        .unwrap();
        assert_eq!((appended.added, lines.len()), (1, 1));
        assert!(
            lines[0].starts_with("{\"id\":\"2031-03-05-"),
            "{}",
            lines[0]
        );
        let after = fs::read_to_string(dir.path().join("events.jsonl")).unwrap();
        assert_eq!(after, format!("{OLD}\r\n{}\r\n", lines[0]));
        let market = Dataset::open(dir.path()).unwrap().load().unwrap();
        assert_eq!(market.events.len(), 3);
    }

    #[test]
    fn nothing_new_leaves_the_file_untouched() {
        let dir = folder(OLD.as_bytes());
        let appended = append(dir.path(), |_, _| Ok(()), |_| panic!("no line")).unwrap();
        assert_eq!(appended, Appended::default());
        let after = fs::read_to_string(dir.path().join("events.jsonl")).unwrap();
        assert_eq!(after, OLD);
    }

    /// The events file's bytes and inode: a file replaced by rename has a new inode even
    /// when its bytes are the same.
    fn events_file(dir: &Path) -> (Vec<u8>, u64) {
        use std::os::unix::fs::MetadataExt;
        let path = dir.join("events.jsonl");
        (fs::read(&path).unwrap(), fs::metadata(&path).unwrap().ino())
    }

    fn leftovers(dir: &Path) -> Vec<String> {
        let names = fs::read_dir(dir).unwrap().flatten();
        let names = names.map(|e| e.file_name().to_string_lossy().into_owned());
        names.filter(|n| n.ends_with(".tmp")).collect()
    }

    #[test]
    fn a_temporary_file_that_cannot_be_made_is_an_error_not_nothing_new() {
        let dir = folder(OLD.as_bytes());
        let before = events_file(dir.path());
        let temp = format!(".events.jsonl.{}.tmp", std::process::id());
        fs::create_dir(dir.path().join(&temp)).unwrap();
        let failed = append(
            dir.path(),
            |m, sink| {
                sink(new_event(m, "New"));
                Ok(())
            },
            |_| panic!("no line"),
        )
        .unwrap_err();
        assert!(matches!(failed, IngestError::Write { .. }), "{failed}");
        assert_eq!(events_file(dir.path()), before);
    }

    #[test]
    fn candidates_all_covered_leave_the_file_untouched_and_are_counted() {
        let dir = folder(OLD.as_bytes());
        let before = events_file(dir.path());
        let covered = |m: &Market| Event {
            title: "Covered by b".into(),
            actors: vec![],
            kind: crate::data::Kind::Deal,
            ..new_event(m, "")
        };
        let appended = append(
            dir.path(),
            |m, sink| {
                for year in [2023, 2024, 2024] {
                    sink(Event {
                        date: Date::parse(&year.to_string()).unwrap(),
                        ..covered(m)
                    });
                }
                Ok(())
            },
            |_| panic!("no line"),
        )
        .unwrap();
        assert_eq!(
            appended,
            Appended {
                added: 0,
                skipped: 3
            }
        );
        assert_eq!(events_file(dir.path()), before);
        assert_eq!(leftovers(dir.path()), Vec::<String>::new());
    }

    #[test]
    fn many_batches_stream_in_and_every_line_is_given_back_once_written() {
        let dir = folder(OLD.as_bytes());
        let many = 3 * BATCH / 150;
        let mut given = Vec::new();
        let appended = append(
            dir.path(),
            |m, sink| {
                (0..many).for_each(|n| sink(new_event(m, &format!("Figure {n}"))));
                Ok(())
            },
            |line| given.push(line.to_string()),
        )
        .unwrap();
        assert_eq!((appended.added, given.len()), (many, many));
        let after = fs::read_to_string(dir.path().join("events.jsonl")).unwrap();
        assert!(after.len() > 2 * BATCH, "{} bytes", after.len());
        let lines: Vec<&str> = after.split("\r\n").collect();
        assert_eq!(lines[2..2 + many], given[..]);
        assert!(given[many - 1].contains(&format!("Figure {}", many - 1)));
        let market = Dataset::open(dir.path()).unwrap().load().unwrap();
        assert_eq!(market.events.len(), 2 + many);
    }

    #[test]
    fn a_late_line_that_would_not_load_or_a_failed_draft_keeps_the_old_file_whole() {
        let dir = folder(OLD.as_bytes());
        let before = events_file(dir.path());
        let many = 2 * BATCH / 150;
        let refused = append(
            dir.path(),
            |m, sink| {
                (0..many).for_each(|n| sink(new_event(m, &format!("Figure {n}"))));
                sink(new_event(m, ""));
                Ok(())
            },
            |_| panic!("no line"),
        )
        .unwrap_err();
        assert!(matches!(refused, IngestError::WouldBreak(_)), "{refused}");
        assert_eq!(events_file(dir.path()), before);
        let failed = append(
            dir.path(),
            |m, sink| {
                (0..many).for_each(|n| sink(new_event(m, &format!("Figure {n}"))));
                Err(IngestError::Embedded)
            },
            |_| panic!("no line"),
        )
        .unwrap_err();
        assert!(matches!(failed, IngestError::Embedded), "{failed}");
        assert_eq!(events_file(dir.path()), before);
        assert_eq!(leftovers(dir.path()), Vec::<String>::new());
    }

    #[test]
    fn refuses_lines_that_would_not_load_and_keeps_the_old_file() {
        let dir = folder(OLD.as_bytes());
        let market = Dataset::open(dir.path()).unwrap().load().unwrap();
        let mut taken = new_event(&market, "Same id as an old event");
        taken.id = "a".into();
        let added = event_line(&market, &taken).unwrap() + "\n";
        let dataset = Dataset::open(dir.path()).unwrap();
        let refused = would_load(&dataset, &market, &[taken.id], added.as_bytes()).unwrap_err();
        assert!(
            refused
                .to_string()
                .ends_with("id: duplicate event id \"a\""),
            "{refused}"
        );
        let unknown = "{\"id\":\"c\",\"date\":\"2023\",\"kind\":\"deal\",\"title\":\"C\",\"actors\":[\"nobody\"]}\n";
        assert!(would_load(&dataset, &market, &[], unknown.as_bytes()).is_err());
        assert_eq!(
            fs::read_to_string(dir.path().join("events.jsonl")).unwrap(),
            OLD
        );
    }
}
