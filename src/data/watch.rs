//! Watching a data folder, so that the tracker can reload what a user edits.
//!
//! Editors save in bursts (write, truncate, rename, chmod), and `ingest --write` renames
//! a new file into place. Every change to `market.toml`, `events.jsonl` or `inbox.jsonl`
//! (whose new candidates the header counts) is gathered
//! until the folder has been quiet for a moment, then reported once.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

/// How long the folder must be quiet before a burst of changes is reported.
pub const QUIET: Duration = Duration::from_millis(200);

/// A running watch; changes arrive on `changes`, one message a burst. Dropping it stops it.
pub struct FolderWatch {
    _watcher: RecommendedWatcher,
    pub changes: Receiver<Burst>,
}

/// One burst of changes: the names of the dataset files it touched (`market.toml`,
/// `events.jsonl`, `inbox.jsonl`), so that a test can tell one burst from the next without waiting.
pub type Burst = BTreeSet<String>;

/// The dataset files a notification is about, by name.
fn dataset_files(event: &notify::Event) -> Vec<String> {
    if matches!(event.kind, EventKind::Access(_)) {
        return Vec::new();
    }
    (event.paths.iter())
        .filter_map(|p| p.file_name()?.to_str())
        .filter(|&n| matches!(n, "market.toml" | "events.jsonl" | "inbox.jsonl"))
        .map(str::to_owned)
        .collect()
}

/// Starts watching the dataset files in `dir`.
pub fn watch(dir: &Path, quiet: Duration) -> notify::Result<FolderWatch> {
    let (raw_tx, raw_rx) = mpsc::channel::<Vec<String>>();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else { return };
        let files = dataset_files(&event);
        if !files.is_empty() {
            let _ = raw_tx.send(files);
        }
    })?;
    // The folder, not the files: a rename into place replaces the file being watched.
    watcher.watch(dir, RecursiveMode::NonRecursive)?;
    let (tx, changes) = mpsc::channel();
    std::thread::spawn(move || {
        while let Ok(files) = raw_rx.recv() {
            let mut burst: Burst = files.into_iter().collect();
            loop {
                match raw_rx.recv_timeout(quiet) {
                    Ok(files) => burst.extend(files),
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            }
            if tx.send(burst).is_err() {
                return;
            }
        }
    });
    Ok(FolderWatch {
        _watcher: watcher,
        changes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    // Generous limits: these wait for the kernel's notifications, they do not time anything.
    const PATIENCE: Duration = Duration::from_secs(10);

    fn burst(files: &[&str]) -> Result<Burst, RecvTimeoutError> {
        Ok(files.iter().map(|f| f.to_string()).collect())
    }

    #[test]
    fn a_burst_of_writes_is_reported_once() {
        let dir = tempfile::tempdir().unwrap();
        let watch = watch(dir.path(), Duration::from_millis(300)).unwrap();
        let mut file = std::fs::File::create(dir.path().join("events.jsonl")).unwrap();
        // Twenty writes microseconds apart, well inside the quiet time even on a busy machine.
        for i in 0..20 {
            writeln!(file, "line {i}").unwrap();
        }
        file.sync_data().unwrap();
        assert_eq!(
            watch.changes.recv_timeout(PATIENCE),
            burst(&["events.jsonl"])
        );
        // A later change to the other file is the next report, and it holds only that
        // file: a second report of the burst would have come first, or named events.jsonl.
        std::fs::write(dir.path().join("market.toml"), "x").unwrap();
        assert_eq!(
            watch.changes.recv_timeout(PATIENCE),
            burst(&["market.toml"])
        );
    }

    #[test]
    fn a_file_renamed_into_place_is_reported_and_other_files_are_not() {
        let dir = tempfile::tempdir().unwrap();
        let watch = watch(dir.path(), Duration::from_millis(100)).unwrap();
        std::fs::write(dir.path().join("notes.txt"), "unrelated").unwrap();
        std::fs::write(dir.path().join("market.toml.tmp"), "x").unwrap();
        std::fs::rename(
            dir.path().join("market.toml.tmp"),
            dir.path().join("market.toml"),
        )
        .unwrap();
        // The first report is the rename, and names neither the unrelated file nor the
        // temporary one, whether or not the notifications arrived in one burst.
        assert_eq!(
            watch.changes.recv_timeout(PATIENCE),
            burst(&["market.toml"])
        );
    }
}
