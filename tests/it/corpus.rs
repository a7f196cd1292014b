//! The broken-input corpus: every dataset under `tests/corpus/broken/` must fail `check`
//! with exactly the errors in its `expected-errors.txt`, exit 2 and print nothing on
//! stdout; every one under `tests/corpus/valid/` must pass with its `expected-summary.txt`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::{pasar, repo};

fn check(dir: &Path) -> Output {
    pasar(&["check", "--data", "."], dir)
}

/// The case itself, or, when it lists in `fifos` files that must be named pipes (git
/// cannot keep those), a copy of it with them made.
fn prepared(dir: &Path) -> (PathBuf, Option<tempfile::TempDir>) {
    let Ok(list) = fs::read_to_string(dir.join("fifos")) else {
        return (dir.to_path_buf(), None);
    };
    let copy = tempfile::tempdir().unwrap();
    for entry in fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let to = copy.path().join(entry.file_name());
        // A link stays a link: it may lead to one of the pipes made below.
        match fs::read_link(entry.path()) {
            Ok(target) => std::os::unix::fs::symlink(target, to).unwrap(),
            Err(_) => {
                fs::copy(entry.path(), to).unwrap();
            }
        }
    }
    for name in list.lines() {
        let made = Command::new("mkfifo")
            .arg(copy.path().join(name))
            .status()
            .unwrap();
        assert!(made.success(), "mkfifo {name}");
    }
    (copy.path().to_path_buf(), Some(copy))
}

fn cases(kind: &str) -> Vec<PathBuf> {
    let root = repo().join("tests/corpus").join(kind);
    let mut dirs: Vec<PathBuf> = fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn every_broken_dataset_fails_with_its_exact_errors() {
    let cases = cases("broken");
    assert!(
        cases.len() >= 50,
        "the corpus has {} broken datasets",
        cases.len()
    );
    let mut wrong = Vec::new();
    for dir in &cases {
        let (at, _copy) = prepared(dir);
        let out = check(&at);
        let expected = fs::read_to_string(dir.join("expected-errors.txt")).unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        if out.status.code() != Some(2) || !out.stdout.is_empty() || stderr != expected {
            wrong.push(format!(
                "{}: exit {:?}\n{stderr}",
                dir.display(),
                out.status.code()
            ));
        }
        // Errors quote data, never raw control characters.
        assert!(
            !stderr.chars().any(|c| c.is_control() && c != '\n'),
            "{}",
            dir.display()
        );
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn loading_reports_exactly_what_check_reports() {
    // `check` validates without building events; every other command loads the market.
    // Both must see the same problems.
    for dir in cases("broken") {
        // The inbox is a review queue: `check` validates it, loading only counts what
        // waits in it.
        if dir.join("inbox.jsonl").symlink_metadata().is_ok()
            || fs::read_to_string(dir.join("fifos")).is_ok_and(|f| f.contains("inbox"))
        {
            continue;
        }
        let (at, _copy) = prepared(&dir);
        let out = pasar(&["export", "events", "--data", "."], &at);
        let expected = fs::read_to_string(dir.join("expected-errors.txt")).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            expected,
            "{}",
            dir.display()
        );
        assert_eq!(out.status.code(), Some(2), "{}", dir.display());
    }
}

#[test]
fn valid_edge_cases_load() {
    for dir in cases("valid") {
        let out = check(&dir);
        let expected = fs::read_to_string(dir.join("expected-summary.txt")).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            expected,
            "{}",
            dir.display()
        );
        assert_eq!(out.status.code(), Some(0), "{}", dir.display());
    }
}

#[test]
fn every_valid_edge_case_renders_at_every_size() {
    // What `check` accepts the screen must draw: a series of one point, of zeros, the
    // ends of the value range, files behind links or with CRLF endings.
    for dir in cases("valid") {
        for size in ["120x40", "80x24", "30x8", "10x3", "1x1"] {
            let out = pasar(&["render", "--data", ".", "--size", size], &dir);
            let screen = String::from_utf8_lossy(&out.stdout);
            let what = format!("{} at {size}:\n{screen}", dir.display());
            assert_eq!(out.status.code(), Some(0), "{what}");
            let rows = size.split_once('x').unwrap().1.parse::<usize>().unwrap();
            assert_eq!(screen.lines().count(), rows, "{what}");
            assert!(
                !screen.chars().any(|c| c.is_control() && c != '\n'),
                "{what}"
            );
        }
    }
}

#[test]
fn a_ten_megabyte_line_is_reported_at_its_end() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(
        cases("valid")[0].join("market.toml"),
        dir.path().join("market.toml"),
    )
    .unwrap();
    let title = "x".repeat(10 << 20);
    let line =
        format!(r#"{{"id":"big","date":"2024","kind":"other","title":"{title}","actors":[]"#);
    fs::write(dir.path().join("events.jsonl"), &line).unwrap();
    let out = check(dir.path());
    let column = line.chars().count() + 1;
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!("./events.jsonl:1:{column}: line ends where `,` or `}}` was expected\n")
    );
    assert_eq!(out.status.code(), Some(2));
}
