//! Writes change only what they are asked to (class 6 of the hardening issue): through a
//! symbolic link `ingest --write` updates the file the link leads to, keeps its mode and
//! owner, and writes its new lines with the file's own line endings.

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};
use std::path::Path;
use std::process::{Command, Output};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn ingest_write(data: &Path) -> Output {
    let article = repo().join("tests/fixtures/ingest/talks-id.txt");
    Command::new(env!("CARGO_BIN_EXE_pasar"))
        .args(["--data", data.to_str().unwrap(), "ingest"])
        .arg(article)
        .args(["--source", "pinusi-2023-11", "--write"])
        .env_remove("PASAR_DATA")
        .output()
        .expect("pasar runs")
}

/// A data folder whose `events.jsonl` is a link to `real/events.jsonl`, written with
/// `ending` after each line, mode 0640.
fn linked_dataset(root: &Path, ending: &str) -> std::path::PathBuf {
    let (data, real) = (root.join("data"), root.join("real"));
    fs::create_dir_all(&data).unwrap();
    fs::create_dir_all(&real).unwrap();
    fs::copy(repo().join("data/market.toml"), data.join("market.toml")).unwrap();
    let events = fs::read_to_string(repo().join("data/events.jsonl")).unwrap();
    let events: String = events.lines().map(|l| format!("{l}{ending}")).collect();
    fs::write(real.join("events.jsonl"), events).unwrap();
    fs::set_permissions(real.join("events.jsonl"), fs::Permissions::from_mode(0o640)).unwrap();
    symlink("../real/events.jsonl", data.join("events.jsonl")).unwrap();
    data
}

#[test]
fn ingest_writes_through_a_link_keeping_mode_owner_and_crlf() {
    let root = tempfile::tempdir().unwrap();
    let data = linked_dataset(root.path(), "\r\n");
    let real = root.path().join("real/events.jsonl");
    // Root can hand the file to someone else first, and so shows the owner is kept.
    let _ = std::os::unix::fs::chown(&real, Some(4242), Some(4242));
    let before = fs::metadata(&real).unwrap();
    let old = fs::read(&real).unwrap();
    let out = ingest_write(&data);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let link = fs::symlink_metadata(data.join("events.jsonl")).unwrap();
    assert!(
        link.file_type().is_symlink(),
        "the link was replaced by a file"
    );
    let new = fs::read(&real).unwrap();
    assert!(
        new.len() > old.len() && new.starts_with(&old),
        "the link's target was not updated"
    );
    let text = String::from_utf8(new).unwrap();
    assert!(
        text.split_inclusive('\n')
            .all(|line| line.ends_with("\r\n")),
        "a line without CRLF: {text}"
    );
    let after = fs::metadata(&real).unwrap();
    assert_eq!(after.mode() & 0o7777, 0o640);
    assert_eq!((after.uid(), after.gid()), (before.uid(), before.gid()));
    // No temporary file left beside either the link or the file.
    for dir in [data.as_path(), real.parent().unwrap()] {
        let names: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert!(
            names.iter().all(|n| !n.to_string_lossy().ends_with(".tmp")),
            "{names:?}"
        );
    }
}

#[test]
fn a_file_with_lf_endings_gets_lf_lines() {
    let root = tempfile::tempdir().unwrap();
    let data = linked_dataset(root.path(), "\n");
    let out = ingest_write(&data);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = fs::read_to_string(root.path().join("real/events.jsonl")).unwrap();
    assert!(!text.contains('\r'));
}
