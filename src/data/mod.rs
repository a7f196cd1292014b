//! The market dataset: model types, loading and validation.
//!
//! Files → [`load`] → [`Market`]. Nothing here knows about the terminal.

pub mod date;
pub mod error;
pub mod events;
pub mod json;
pub mod lines;
mod market_file;
pub mod model;
pub mod watch;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;

pub use date::{Date, Precision};
pub use error::{Diagnostic, Invalid};
pub use model::{
    Event, Figure, Kind, Market, MarketInfo, Player, Point, Role, Series, Source, Status,
};

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
    /// exists; with none of them, the embedded dataset.
    pub fn resolve(flag: Option<&Path>, env: Option<&OsStr>, cwd: &Path) -> DataSource {
        if let Some(dir) = flag {
            return DataSource::Folder(dir.to_path_buf());
        }
        if let Some(dir) = env.filter(|dir| !dir.is_empty()) {
            return DataSource::Folder(PathBuf::from(dir));
        }
        let local = cwd.join("data");
        if local.join("market.toml").is_file() {
            return DataSource::Folder(PathBuf::from("data"));
        }
        DataSource::Embedded
    }

    /// Loads and validates the dataset into a [`Market`].
    pub fn load(&self) -> Result<Market, Invalid> {
        self.files()?.parse()
    }

    /// Validates the dataset without building a [`Market`]: what `pasar check` does,
    /// several times faster and in a fraction of the memory on a large file.
    pub fn check(&self) -> Result<Summary, Invalid> {
        self.files()?.check()
    }

    fn files(&self) -> Result<Files, Invalid> {
        match self {
            DataSource::Folder(dir) => Files::read(dir),
            DataSource::Embedded => Ok(Files {
                market_path: PathBuf::from("<embedded>/market.toml"),
                market: EMBEDDED_MARKET.as_bytes().to_vec(),
                events_path: PathBuf::from("<embedded>/events.jsonl"),
                events: EMBEDDED_EVENTS.as_bytes().to_vec(),
            }),
        }
    }
}

/// How big a valid dataset is: `28 events, 15 players, 2 series`.
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

/// Loads `market.toml` and `events.jsonl` from a folder.
///
/// Both files must exist: a dataset with no events has an empty `events.jsonl`, so that a
/// misnamed or deleted events file is reported rather than shown as an empty market.
pub fn load_folder(dir: &Path) -> Result<Market, Invalid> {
    Files::read(dir)?.parse()
}

/// Parses and validates a whole dataset from the two files' contents.
pub fn parse_dataset(
    market_path: &Path,
    market_text: &[u8],
    events_path: &Path,
    events_bytes: &[u8],
) -> Result<Market, Invalid> {
    let mut diagnostics = Vec::new();
    let file = parse_market_file(market_path, market_text, &mut diagnostics);
    let parsed = parse_events(events_path, events_bytes, &refs(&file), &mut diagnostics);
    let ids = parsed
        .lines
        .iter()
        .copied()
        .zip(parsed.items.iter().map(|e| e.id.as_str()));
    check_unique_event_ids(events_path, events_bytes, ids, &mut diagnostics);
    match file {
        Some(file) if diagnostics.is_empty() => Ok(Market {
            info: file.info,
            sources: file.sources,
            players: file.players,
            series: file.series,
            events: parsed.items,
        }),
        _ => Err(sorted(market_path, diagnostics)),
    }
}

/// Validates a whole dataset as [`parse_dataset`] does, building no events.
pub fn check_dataset(
    market_path: &Path,
    market_text: &[u8],
    events_path: &Path,
    events_bytes: &[u8],
) -> Result<Summary, Invalid> {
    let mut diagnostics = Vec::new();
    let file = parse_market_file(market_path, market_text, &mut diagnostics);
    let parsed = check_events(events_path, events_bytes, &refs(&file), &mut diagnostics);
    // Ids are kept as hashes (8 bytes, not a string an event); only lines whose hashes
    // collide are read again, and compared by their real ids.
    let mut hashes: Vec<(u64, usize)> = parsed.items.iter().copied().zip(parsed.lines).collect();
    hashes.sort_unstable();
    let mut suspects: Vec<usize> = hashes
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|same| same.len() > 1)
        .flat_map(|same| same.iter().map(|&(_, line)| line))
        .collect();
    suspects.sort_unstable();
    let ids = ids_on_lines(events_bytes, &suspects);
    let ids = ids.iter().map(|(line, id)| (*line, id.as_str()));
    check_unique_event_ids(events_path, events_bytes, ids, &mut diagnostics);
    match file {
        Some(file) if diagnostics.is_empty() => Ok(Summary {
            events: parsed.items.len(),
            players: file.players.len(),
            series: file.series.len(),
        }),
        _ => Err(sorted(market_path, diagnostics)),
    }
}

/// The two files of a dataset, read whole.
struct Files {
    market_path: PathBuf,
    market: Vec<u8>,
    events_path: PathBuf,
    events: Vec<u8>,
}

impl Files {
    fn read(dir: &Path) -> Result<Files, Invalid> {
        let unreadable = |path: &Path, e: std::io::Error| {
            Invalid(vec![Diagnostic::new(
                path,
                1,
                1,
                format!("cannot read: {e}"),
            )])
        };
        if !dir.is_dir() {
            let why = if dir.exists() {
                "not a folder"
            } else {
                "no such folder"
            };
            let message = format!("cannot read data: {why}");
            return Err(Invalid(vec![Diagnostic::new(dir, 1, 1, message)]));
        }
        let market_path = dir.join("market.toml");
        let events_path = dir.join("events.jsonl");
        let market = std::fs::read(&market_path).map_err(|e| unreadable(&market_path, e))?;
        let events = std::fs::read(&events_path).map_err(|e| unreadable(&events_path, e))?;
        Ok(Files {
            market_path,
            market,
            events_path,
            events,
        })
    }

    fn parse(&self) -> Result<Market, Invalid> {
        parse_dataset(
            &self.market_path,
            &self.market,
            &self.events_path,
            &self.events,
        )
    }

    fn check(&self) -> Result<Summary, Invalid> {
        check_dataset(
            &self.market_path,
            &self.market,
            &self.events_path,
            &self.events,
        )
    }
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
    diagnostics.sort_by_key(|d| (d.path != market_path, d.line, d.column));
    Invalid(diagnostics)
}

fn index<'a>(ids: impl Iterator<Item = &'a str>) -> FxHashMap<&'a str, usize> {
    ids.enumerate().map(|(i, id)| (id, i)).collect()
}

fn check_unique_event_ids<'a>(
    path: &Path,
    bytes: &[u8],
    ids: impl Iterator<Item = (usize, &'a str)>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut first: FxHashMap<&str, usize> = FxHashMap::default();
    first.reserve(ids.size_hint().0);
    let mut duplicates = Vec::new();
    for (line, id) in ids {
        match first.get(id) {
            Some(&earlier) => duplicates.push((line, earlier, id)),
            None => {
                first.insert(id, line);
            }
        }
    }
    if duplicates.is_empty() {
        return;
    }
    // Duplicates are rare: find their columns in one more pass rather than on every line.
    let wanted: Vec<usize> = duplicates.iter().map(|&(line, _, _)| line).collect();
    let columns = id_columns(bytes, &wanted);
    for ((line, earlier, id), column) in duplicates.into_iter().zip(columns) {
        let message = format!("id: duplicate event id \"{id}\" (first on line {earlier})");
        diagnostics.push(Diagnostic::new(path, line, column, message));
    }
}

/// The column of the `"id"` value on each of `lines` (ascending line numbers).
fn id_columns(bytes: &[u8], lines: &[usize]) -> Vec<usize> {
    on_lines(bytes, lines, |text| {
        id_on_line(text).map_or(1, |(at, _)| 1 + text[..at].chars().count())
    })
}

/// The id on each of `lines` (ascending line numbers), with its line.
fn ids_on_lines(bytes: &[u8], lines: &[usize]) -> Vec<(usize, String)> {
    let ids = on_lines(bytes, lines, |text| {
        id_on_line(text).map(|(_, id)| id).unwrap_or_default()
    });
    lines.iter().copied().zip(ids).collect()
}

/// `look` applied to the text of each of `lines` (ascending line numbers), in one pass.
fn on_lines<T>(bytes: &[u8], lines: &[usize], look: impl Fn(&str) -> T) -> Vec<T> {
    let mut wanted = lines.iter().peekable();
    let mut found = Vec::with_capacity(lines.len());
    for (index, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        if wanted.peek().is_none() {
            break;
        }
        while wanted.next_if(|&&line| line == index + 1).is_some() {
            found.push(look(&String::from_utf8_lossy(raw)));
        }
    }
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
