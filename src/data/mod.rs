//! The market dataset: model types, loading and validation.
//!
//! Files → [`Dataset`] → [`Market`]. Nothing here knows about the terminal.

pub mod date;
pub mod error;
pub mod events;
pub mod file;
pub mod json;
pub mod lines;
mod market_file;
pub mod model;
pub mod names;
pub mod new_ids;
pub mod schema;
pub mod store;
pub mod toml_error;
pub mod toml_numbers;
pub mod value;
pub mod watch;

use std::borrow::Cow;
use std::ffi::OsStr;
use std::io::{BufRead, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;

pub use date::{Date, Precision};
pub use error::{Diagnostic, Invalid};
pub use model::{
    Event, Feed, Figure, Kind, Market, MarketInfo, Player, Point, Role, Series, Source, Status,
};
pub use store::{EventRef, Events, FigureRef};

use events::{Refs, check_events, parse_events};
use market_file::parse_market_file;

/// The dataset compiled into the binary, used when no data folder is found.
pub const EMBEDDED_MARKET: &str = include_str!("../../data/market.toml");
pub const EMBEDDED_EVENTS: &str = include_str!("../../data/events.jsonl");

/// Where a dataset comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataSource {
    Folder(PathBuf),
    /// The Indonesian e-commerce dataset compiled into the binary.
    Embedded,
}

impl DataSource {
    /// Picks the data folder: `--data` beats `$PASAR_DATA`, which beats `./data` when it
    /// holds a dataset file; with none of them, the embedded dataset.
    ///
    /// A `./data` with only `events.jsonl` is still chosen, so that loading it says
    /// `market.toml` is missing: silently showing the bundled market instead would pass
    /// it off as the user's data.
    pub fn resolve(flag: Option<&Path>, env: Option<&OsStr>, cwd: &Path) -> DataSource {
        if let Some(dir) = flag {
            return DataSource::Folder(dir.to_path_buf());
        }
        if let Some(dir) = env.filter(|dir| !dir.is_empty()) {
            return DataSource::Folder(PathBuf::from(dir));
        }
        let local = cwd.join("data");
        if ["market.toml", "events.jsonl"]
            .iter()
            .any(|f| local.join(f).is_file())
        {
            return DataSource::Folder(PathBuf::from("data"));
        }
        DataSource::Embedded
    }

    /// The dataset's files, ready to load or check.
    pub fn open(&self) -> Result<Dataset<'static>, Invalid> {
        match self {
            DataSource::Folder(dir) => Dataset::open(dir),
            DataSource::Embedded => Ok(Dataset::embedded()),
        }
    }

    /// Loads and validates the dataset into a [`Market`].
    pub fn load(&self) -> Result<Market, Invalid> {
        self.open()?.load()
    }

    /// Validates the dataset without building a [`Market`]: what `pasar check` does.
    pub fn check(&self) -> Result<Summary, Invalid> {
        self.open()?.check()
    }
}

/// How big a valid dataset is: `28 events, 15 players, 8 series`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Summary {
    pub events: usize,
    pub players: usize,
    pub series: usize,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} events, {} players, {} series",
            self.events, self.players, self.series
        )
    }
}

fn parse(market_path: &Path, market_text: &[u8], events: EventsInput) -> Result<Market, Invalid> {
    let mut input = events.open()?;
    let mut diagnostics = Vec::new();
    let file = parse_market_file(market_path, market_text, &mut diagnostics);
    let parsed = parse_events(events.path(), &mut input, &refs(&file), &mut diagnostics)
        .map_err(|e| events.unreadable(e))?;
    drop(input);
    check_unique_event_ids(events, parsed.ids, &mut diagnostics);
    let inbox = match refs(&file).players {
        Some(players) if diagnostics.is_empty() => read_inbox(events, &players),
        _ => Vec::new(),
    };
    match file {
        Some(file) if diagnostics.is_empty() => Ok(Market {
            info: file.info,
            sources: file.sources,
            players: file.players,
            series: file.series,
            feeds: file.feeds,
            inbox,
            folder: events.folder().map(Path::to_path_buf),
            events: parsed.events,
        }),
        _ => Err(sorted(market_path, diagnostics)),
    }
}

fn check(market_path: &Path, market_text: &[u8], events: EventsInput) -> Result<Summary, Invalid> {
    let mut input = events.open()?;
    let mut diagnostics = Vec::new();
    let file = parse_market_file(market_path, market_text, &mut diagnostics);
    let hashes = check_events(events.path(), &mut input, &refs(&file), &mut diagnostics)
        .map_err(|e| events.unreadable(e))?;
    drop(input);
    let count = hashes.len();
    check_unique_event_ids(events, hashes, &mut diagnostics);
    if let (Some(folder), Some(players)) = (events.folder(), refs(&file).players) {
        check_inbox(&folder.join(crate::inbox::FILE), &players, &mut diagnostics);
    }
    match file {
        Some(file) if diagnostics.is_empty() => Ok(Summary {
            events: count,
            players: file.players.len(),
            series: file.series.len(),
        }),
        _ => Err(sorted(market_path, diagnostics)),
    }
}

/// Checks the inbox beside the events file, when there is one.
fn check_inbox(path: &Path, players: &FxHashMap<&str, usize>, diagnostics: &mut Vec<Diagnostic>) {
    match file::read_regular(path, file::INBOX_LIMIT) {
        Ok(bytes) => {
            crate::inbox::check::check_lines(path, &bytes, players, diagnostics);
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => diagnostics.push(unreadable(path, e)),
    }
}

/// The inbox candidates beside the events file, read leniently (`check` reports what is
/// wrong with them); none without an inbox.
fn read_inbox(
    events: EventsInput,
    players: &FxHashMap<&str, usize>,
) -> Vec<crate::inbox::Candidate> {
    let Some(folder) = events.folder() else {
        return Vec::new();
    };
    let inbox = folder.join(crate::inbox::FILE);
    file::read_regular(&inbox, file::INBOX_LIMIT).map_or(Vec::new(), |bytes| {
        crate::inbox::candidates(&String::from_utf8_lossy(&bytes), players)
    })
}

/// The lines (ascending) whose id hash some other line shares.
fn shared_hashes(mut hashes: Vec<(u64, usize)>) -> Vec<usize> {
    hashes.sort_unstable();
    let mut lines: Vec<usize> = hashes
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|same| same.len() > 1)
        .flat_map(|same| same.iter().map(|&(_, line)| line))
        .collect();
    lines.sort_unstable();
    lines
}

/// A dataset's two files, opened and ready to be loaded into a [`Market`] or checked: the
/// one way every command, the reloads and the writers read a dataset.
///
/// `market.toml` is read whole (it is small); `events.jsonl` is held open and read a block
/// at a time, every pass over the same open file, so a file replaced meanwhile is never
/// half read; or the events are bytes already in memory.
pub struct Dataset<'a> {
    market_path: PathBuf,
    market: Cow<'a, [u8]>,
    events_path: PathBuf,
    events: EventsHeld<'a>,
}

enum EventsHeld<'a> {
    Open(file::Regular),
    Bytes(&'a [u8]),
}

impl Dataset<'static> {
    /// Opens the dataset of a folder: reads `market.toml`, opens `events.jsonl`.
    ///
    /// Both files must exist: a dataset with no events has an empty `events.jsonl`, so that
    /// a misnamed or deleted events file is reported rather than shown as an empty market.
    pub fn open(dir: &Path) -> Result<Dataset<'static>, Invalid> {
        if !dir.is_dir() {
            let why = if dir.exists() {
                "not a folder"
            } else {
                "no such folder"
            };
            return Err(Invalid(vec![Diagnostic::whole(dir, why)]));
        }
        let market_path = dir.join("market.toml");
        let market = file::read_regular(&market_path, file::MARKET_LIMIT)
            .map_err(|e| Invalid(vec![unreadable(&market_path, e)]))?;
        let events_path = dir.join("events.jsonl");
        let events = file::open_regular(&events_path)
            .map_err(|e| Invalid(vec![unreadable(&events_path, e)]))?;
        Ok(Dataset {
            market_path,
            market: Cow::Owned(market),
            events_path,
            events: EventsHeld::Open(events),
        })
    }

    /// The dataset compiled into the binary.
    pub fn embedded() -> Dataset<'static> {
        Dataset::from_bytes(
            Path::new("<embedded>/market.toml"),
            EMBEDDED_MARKET.as_bytes(),
            Path::new("<embedded>/events.jsonl"),
            EMBEDDED_EVENTS.as_bytes(),
        )
    }
}

impl<'a> Dataset<'a> {
    /// A dataset whose two files are already in memory; the paths name them in errors.
    pub fn from_bytes(
        market_path: &Path,
        market: &'a [u8],
        events_path: &Path,
        events: &'a [u8],
    ) -> Dataset<'a> {
        Dataset {
            market_path: market_path.to_path_buf(),
            market: Cow::Borrowed(market),
            events_path: events_path.to_path_buf(),
            events: EventsHeld::Bytes(events),
        }
    }

    /// Parses and validates the whole dataset.
    pub fn load(&self) -> Result<Market, Invalid> {
        parse(&self.market_path, &self.market, self.events())
    }

    /// Validates the dataset as [`load`](Dataset::load) does, building no events:
    /// several times faster and in a fraction of the memory on a large file. A folder's
    /// inbox is checked too.
    pub fn check(&self) -> Result<Summary, Invalid> {
        check(&self.market_path, &self.market, self.events())
    }

    /// `market.toml`'s bytes.
    pub fn market_text(&self) -> &[u8] {
        &self.market
    }

    pub fn market_path(&self) -> &Path {
        &self.market_path
    }

    pub fn events_path(&self) -> &Path {
        &self.events_path
    }

    /// The open events file and the size it had when opened; `None` for bytes in memory.
    pub fn events_file(&self) -> Option<(&std::fs::File, u64)> {
        match &self.events {
            EventsHeld::Open(regular) => Some((&regular.file, regular.len)),
            EventsHeld::Bytes(_) => None,
        }
    }

    fn events(&self) -> EventsInput<'_> {
        let path = &self.events_path;
        match &self.events {
            EventsHeld::Open(regular) => EventsInput::Open(path, &regular.file, regular.len),
            EventsHeld::Bytes(bytes) => EventsInput::Bytes(path, bytes),
        }
    }
}

/// The events file as the parser reads it, each pass from its start.
#[derive(Clone, Copy)]
enum EventsInput<'a> {
    /// A data folder's file, open, with the size it had when opened.
    Open(&'a Path, &'a std::fs::File, u64),
    Bytes(&'a Path, &'a [u8]),
}

impl EventsInput<'_> {
    fn path(&self) -> &Path {
        match self {
            EventsInput::Open(path, ..) | EventsInput::Bytes(path, _) => path,
        }
    }

    /// The data folder, for a dataset read from one.
    fn folder(&self) -> Option<&Path> {
        match self {
            EventsInput::Open(path, ..) => path.parent(),
            EventsInput::Bytes(..) => None,
        }
    }

    fn open(&self) -> Result<Box<dyn Read + '_>, Invalid> {
        match *self {
            EventsInput::Open(_, mut file, len) => match file.seek(SeekFrom::Start(0)) {
                Ok(_) => Ok(Box::new(file.take(len))),
                Err(e) => Err(self.unreadable(e)),
            },
            EventsInput::Bytes(_, bytes) => Ok(Box::new(bytes)),
        }
    }

    fn unreadable(&self, e: std::io::Error) -> Invalid {
        Invalid(vec![unreadable(self.path(), e)])
    }
}

/// Why a dataset file could not be read; a missing one has no position to point at.
/// A link to nothing is there, so it is not called missing: what it leads to is.
fn unreadable(path: &Path, e: std::io::Error) -> Diagnostic {
    if e.kind() == std::io::ErrorKind::NotFound {
        if let Ok(target) = std::fs::read_link(path) {
            let target = crate::text::clean(&target.display().to_string()).into_owned();
            let message = format!("a link to {target}, which does not exist");
            return Diagnostic::whole(path, message);
        }
        let message = "no such file: a data folder holds market.toml and events.jsonl";
        return Diagnostic::whole(path, message);
    }
    Diagnostic::new(path, 1, 1, format!("cannot read: {e}"))
}

/// Player and source ids events may refer to; none when market.toml could not be read.
fn refs(file: &Option<market_file::MarketFile>) -> Refs<'_> {
    Refs {
        players: file
            .as_ref()
            .map(|f| index(f.players.iter().map(|p| p.id.as_str()))),
        sources: file
            .as_ref()
            .map(|f| index(f.sources.iter().map(|s| s.id.as_str()))),
    }
}

/// Every problem, each file's together (market.toml first) in line order.
fn sorted(market_path: &Path, mut diagnostics: Vec<Diagnostic>) -> Invalid {
    let inbox =
        |d: &Diagnostic| d.path.file_name() == Some(std::ffi::OsStr::new(crate::inbox::FILE));
    diagnostics.sort_by_key(|d| (d.path != market_path, inbox(d), d.line, d.column));
    Invalid(diagnostics)
}

fn index<'a>(ids: impl Iterator<Item = &'a str>) -> FxHashMap<&'a str, usize> {
    ids.enumerate().map(|(i, id)| (id, i)).collect()
}

/// Reports each id that an earlier line already has, from every event's id hash and line.
///
/// Ids are kept as hashes (8 bytes, not a string an event); only the lines whose hashes
/// another line shares are read again from the file, and compared by their real ids.
fn check_unique_event_ids(
    file: EventsInput,
    hashes: Vec<(u64, usize)>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let suspects = shared_hashes(hashes);
    // One more pass over the file, for the suspects' ids and where each stands.
    let found = on_lines(file, &suspects, |text| {
        id_on_line(text).map(|(at, id)| (1 + text[..at].chars().count(), id))
    });
    let mut first: FxHashMap<&str, usize> = FxHashMap::default();
    for (&line, found) in suspects.iter().zip(&found) {
        let Some((column, id)) = found else { continue };
        match first.get(id.as_str()) {
            Some(&earlier) => {
                let message = format!("id: duplicate event id \"{id}\" (first on line {earlier})");
                diagnostics.push(Diagnostic::new(file.path(), line, *column, message));
            }
            None => {
                first.insert(id, line);
            }
        }
    }
}

/// `look` applied to the text of each of `lines` (ascending line numbers), in one more
/// pass over the file; lines it cannot read again get `look("")`.
fn on_lines<T>(file: EventsInput, lines: &[usize], look: impl Fn(&str) -> T) -> Vec<T> {
    let mut found = Vec::with_capacity(lines.len());
    if lines.is_empty() {
        return found;
    }
    let mut wanted = lines.iter().peekable();
    if let Ok(input) = file.open() {
        let text = std::io::BufReader::new(input).split(b'\n');
        for (index, raw) in text.enumerate() {
            let Ok(raw) = raw else { break };
            if wanted.peek().is_none() {
                break;
            }
            while wanted.next_if(|&&line| line == index + 1).is_some() {
                found.push(look(&String::from_utf8_lossy(&raw)));
            }
        }
    }
    found.extend(wanted.map(|_| look("")));
    found
}

/// The byte offset and value of a line's `"id"`.
fn id_on_line(text: &str) -> Option<(usize, String)> {
    let mut id = None;
    let _ = json::Reader::new(text).object(|r, key, _| {
        if key == "id" && id.is_none() {
            let at = r.value_start();
            id = Some((at, r.string()?.into_owned()));
            return Ok(());
        }
        r.skip_value()
    });
    id
}
