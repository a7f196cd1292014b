//! `ingest --write` killed at any moment (SIGKILL, repeatedly) leaves `events.jsonl`
//! either as it was or with the new events appended: never a partial line, never an old
//! line lost, always a dataset that loads.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::common::repo;

/// The bundled market with enough extra events that writing the file takes a while.
fn big_dataset(dir: &Path) -> Vec<u8> {
    fs::copy(repo().join("data/market.toml"), dir.join("market.toml")).unwrap();
    let mut events = fs::read(repo().join("data/events.jsonl")).unwrap();
    for i in 0..30_000 {
        let line = format!(
            r#"{{"id":"filler-{i}","date":"2022-{:02}-{:02}","kind":"metric","title":"Filler event {i} for the kill test","summary":"A long enough summary so that the file is tens of megabytes and a write takes time.","actors":["tokopedia","shopee"]}}"#,
            1 + i % 12,
            1 + i % 28
        );
        events.extend_from_slice(line.as_bytes());
        events.push(b'\n');
    }
    events
}

fn articles() -> Vec<PathBuf> {
    ["talks-id.txt", "talks-en.txt", "deal-en.txt"]
        .iter()
        .map(|name| repo().join("tests/fixtures/ingest").join(name))
        .collect()
}

fn ingest(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pasar"));
    command
        .arg("ingest")
        .args(articles())
        .args(["--published", "2023-11-14", "--write", "--data"])
        .arg(dir);
    command
}

/// Puts the original file back the way ingest itself writes: whole, then renamed.
fn restore(dir: &Path, bytes: &[u8]) {
    let temp = dir.join("restore.tmp");
    fs::write(&temp, bytes).unwrap();
    fs::rename(&temp, dir.join("events.jsonl")).unwrap();
}

#[test]
fn killing_ingest_write_at_any_moment_never_corrupts_or_loses_lines() {
    let dir = tempfile::tempdir().unwrap();
    let original = big_dataset(dir.path());
    restore(dir.path(), &original);
    // How long a whole run takes here (debug or release, busy or idle machine).
    let started = std::time::Instant::now();
    let full = ingest(dir.path()).output().unwrap();
    assert_eq!(
        full.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&full.stderr)
    );
    let run_time = started.elapsed();
    let (mut untouched, mut appended) = (0, 0);
    // Thirty kills spread over 1.2 run times, then (on a machine that got slower) later
    // ones until at least one run got past its rename.
    for round in 0..60u32 {
        if round >= 30 && appended > 0 {
            break;
        }
        restore(dir.path(), &original);
        let mut child = ingest(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Spread the kills over the whole run: reading, drafting, writing, renaming.
        std::thread::sleep(run_time * round.min(30) / 24 * (1 + round.saturating_sub(30)));
        let _ = child.kill(); // SIGKILL; the run may already be over
        child.wait().unwrap();

        let now = fs::read(dir.path().join("events.jsonl")).unwrap();
        assert!(
            now.starts_with(&original),
            "round {round}: an old line was lost or changed"
        );
        assert!(now.ends_with(b"\n"), "round {round}: a partial line");
        if let Err(invalid) = pasar::data::Dataset::open(dir.path()).and_then(|d| d.load()) {
            panic!("round {round}: the dataset no longer loads:\n{invalid}");
        }
        if now.len() == original.len() {
            untouched += 1;
        } else {
            appended += 1;
        }
    }
    eprintln!("{untouched} runs killed before the rename, {appended} after");
    assert!(
        untouched > 0 && appended > 0,
        "the kills must land on both sides of the write"
    );

    // A run left alone afterwards clears what killed runs left behind.
    restore(dir.path(), &original);
    let done = ingest(dir.path()).output().unwrap();
    assert_eq!(
        done.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let mut left: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, [".pasar.lock", "events.jsonl", "market.toml"]);
}
