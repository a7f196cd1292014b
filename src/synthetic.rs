//! `pasar gen`: a deterministic synthetic market for benchmarks and scale tests.
//!
//! The output is a real dataset (it passes `pasar check`) shaped like a news firehose:
//! 40 players, dates from 2015 to 2030 at mixed precision, about a third of events with
//! figures, lines of roughly 390 bytes. The same seed always gives the same bytes.

use std::fmt::Write as _;
use std::fs;
use std::io::{self, Write};
use std::path::Path;

use crate::data::{Kind, Role, Status};
use crate::replace::replace;

/// Players in a generated market.
pub const PLAYERS: usize = 40;

const WORDS: [&str; 24] = [
    "marketplace",
    "payments",
    "logistics",
    "sellers",
    "regulator",
    "platform",
    "growth",
    "licence",
    "merchants",
    "shoppers",
    "investment",
    "stake",
    "review",
    "audit",
    "rules",
    "imports",
    "prices",
    "parcels",
    "users",
    "partnership",
    "expansion",
    "pilot",
    "market",
    "share",
];

/// A small, fast, well-mixed generator (SplitMix64); quality is ample for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Writes a generated market into `dir`, each file through a temporary file and a rename
/// so that an interrupted run never leaves half a dataset behind.
pub fn write_market(dir: &Path, events: usize, seed: u64) -> io::Result<()> {
    fs::create_dir_all(dir).map_err(|e| named(dir, e))?;
    // A generated market must never replace a real one.
    for path in [dir.join("market.toml"), dir.join("events.jsonl")] {
        if path.exists() {
            let e = io::Error::new(
                io::ErrorKind::AlreadyExists,
                "already exists; pass an empty or new folder",
            );
            return Err(named(&path, e));
        }
    }
    let market = dir.join("market.toml");
    replace(&market, |out| out.write_all(market_toml().as_bytes()))
        .map_err(|e| named(&market, e))?;
    let path = dir.join("events.jsonl");
    replace(&path, |mut out| write_events(events, seed, &mut out)).map_err(|e| named(&path, e))
}

/// The error with the path it concerns in its message.
fn named(path: &Path, e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}

/// The `market.toml` of a generated market.
pub fn market_toml() -> String {
    let mut toml = String::from(
        "[market]\nname = \"Synthetic market\"\nregion = \"ID\"\ncurrency = \"USD\"\n\n\
         [[sources]]\nid = \"wire\"\ntitle = \"Synthetic newswire\"\npublisher = \"pasar gen\"\npublished = \"2030\"\n\n\
         [[series]]\nid = \"gmv\"\nname = \"Synthetic GMV\"\nunit = \"USD bn\"\nsource = \"wire\"\npoints = [\n",
    );
    for (i, year) in (2015..=2030).enumerate() {
        let value = 20.0 * 1.12f64.powi(i as i32);
        let projected = year > 2024;
        let _ = writeln!(
            toml,
            "  {{ year = {year}, value = {value:.1}, projected = {projected} }},"
        );
    }
    toml.push_str("]\n");
    for p in 0..PLAYERS {
        let role = Role::ALL[p % Role::ALL.len()];
        let _ = write!(
            toml,
            "\n[[players]]\nid = \"player-{p:02}\"\nname = \"Player {p:02}\"\nticker = \"P{p:02}.JK\"\nrole = \"{role}\"\n"
        );
    }
    toml
}

/// Writes `count` events as JSON Lines, in date order.
pub fn write_events(count: usize, seed: u64, out: &mut impl Write) -> io::Result<()> {
    let mut rng = Rng(seed);
    let mut line = String::with_capacity(512);
    for i in 0..count {
        line.clear();
        event_line(i, count, &mut rng, &mut line);
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

fn event_line(i: usize, count: usize, rng: &mut Rng, line: &mut String) {
    // Dates advance with the index so the file is in timeline order.
    let day_index = i * (16 * 365) / count.max(1);
    let year = 2015 + day_index / 365;
    let month = 1 + (day_index % 365) / 31 % 12;
    let day = 1 + day_index % 28;
    let date = match rng.below(10) {
        0 => format!("{year}"),
        1 | 2 => format!("{year}-{month:02}"),
        _ => format!("{year}-{month:02}-{day:02}"),
    };
    let kind = Kind::ALL[rng.below(Kind::ALL.len())];
    let words: Vec<&str> = (0..6).map(|_| WORDS[rng.below(WORDS.len())]).collect();
    let a = rng.below(PLAYERS);
    let b = (a + 1 + rng.below(PLAYERS - 1)) % PLAYERS;
    let _ = write!(
        line,
        "{{\"id\":\"ev-{i:08}\",\"date\":\"{date}\",\"kind\":\"{kind}\",\"title\":\"Player {a:02} {} {} with Player {b:02}\",\
         \"summary\":\"Player {a:02} and Player {b:02} reported {} {} {} and {} in a move watched by analysts across the region's online retail sector.\",\
         \"actors\":[\"player-{a:02}\",\"player-{b:02}\"]",
        words[0], words[1], words[2], words[3], words[4], words[5]
    );
    if i.is_multiple_of(3) {
        let value = 1000 + rng.below(10_000_000);
        let _ = write!(
            line,
            ",\"figures\":[{{\"label\":\"{}\",\"value\":{value},\"unit\":\"USD\"}}]",
            words[0]
        );
    }
    let status = Status::ALL[rng.below(Status::ALL.len())];
    let _ = writeln!(
        line,
        ",\"source\":\"wire\",\"status\":\"{status}\",\"tags\":[\"{}\"]}}",
        words[5]
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Dataset;
    use std::path::Path;

    fn generate(count: usize, seed: u64) -> Vec<u8> {
        let mut events = Vec::new();
        write_events(count, seed, &mut events).unwrap();
        events
    }

    #[test]
    fn generated_markets_are_valid_and_in_timeline_order() {
        let events = generate(2_000, 7);
        let market = Dataset::from_bytes(
            Path::new("m.toml"),
            market_toml().as_bytes(),
            Path::new("e.jsonl"),
            &events,
        )
        .load()
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (market.events.len(), market.players.len()),
            (2_000, PLAYERS)
        );
        let years: Vec<i32> = market.events.iter().map(|e| e.date().year()).collect();
        assert!(years.is_sorted());
        let with_figures = (market.events.iter())
            .filter(|e| e.figures().len() > 0)
            .count();
        assert_eq!(with_figures, 667);
    }

    #[test]
    fn the_same_seed_gives_the_same_bytes_and_lines_are_news_sized() {
        let a = generate(1_000, 42);
        assert_eq!(a, generate(1_000, 42));
        assert_ne!(a, generate(1_000, 43));
        let per_event = a.len() / 1_000;
        assert!(
            (330..=450).contains(&per_event),
            "{per_event} bytes an event"
        );
    }
}
