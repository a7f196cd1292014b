//! Fetching while the tracker runs, when the config asks (`fetch_every`): on a thread
//! of its own, so no key ever waits for the network. New candidates reach the screen the
//! way every change to the folder does: the folder watch reloads it, and the header's
//! inbox count goes up.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::http::{Client, Options};

/// Fetches every feed of the data folder `dir` now, then every `minutes`, for as long
/// as the program runs. Nothing is printed: the terminal belongs to the tracker.
pub fn start(dir: PathBuf, minutes: u32) {
    let every = Duration::from_secs(60 * u64::from(minutes));
    let thread = std::thread::Builder::new().name("pasar-fetch".into());
    // Without a thread the tracker works on, fetching nothing.
    let _ = thread.spawn(move || {
        loop {
            // A panic here must not end the tracker; the next round tries again.
            let _ = std::panic::catch_unwind(|| once(&dir));
            std::thread::sleep(every);
        }
    });
}

/// One round over every feed; a dataset that does not load is left for the screen to
/// report.
fn once(dir: &Path) {
    let Ok(market) = crate::data::Dataset::open(dir).and_then(|d| d.load()) else {
        return;
    };
    let feeds: Vec<_> = market.feeds.iter().collect();
    if feeds.is_empty() {
        return;
    }
    let found = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let mut client = Client::new(Options::default());
    let _ = super::fetch(dir, &market, &feeds, &mut client, &found);
}
