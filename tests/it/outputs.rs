//! Every output stream (classes 3 and 4 of the hardening issue): a reader that closes
//! stdout or stderr ends every command quietly and the same way; data reaching a file or
//! pipe stays exact and valid, and names in errors cannot drive the terminal.

use std::io::pipe;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn pasar(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pasar"));
    command
        .args(args)
        .current_dir(repo())
        .env_remove("PASAR_DATA")
        .env("XDG_CONFIG_HOME", "/nonexistent");
    command
}

/// Runs with stdout (or stderr) a pipe whose reader has already gone.
fn closed(args: &[&str], close_stderr: bool) -> Output {
    let (reader, writer) = pipe().unwrap();
    drop(reader);
    let mut command = pasar(args);
    if close_stderr {
        command.stderr(writer).stdout(Stdio::piped());
    } else {
        command.stdout(writer).stderr(Stdio::piped());
    }
    command.stdin(Stdio::null()).output().unwrap()
}

const BROKEN: &str = "tests/corpus/broken/errors-on-many-lines";
const HOSTILE: &str = "tests/corpus/valid/hostile-text";

#[test]
fn a_closed_stdout_ends_every_command_by_sigpipe_and_says_nothing() {
    let article = "tests/fixtures/ingest/talks-en.txt";
    let commands: [&[&str]; 9] = [
        &["check"],
        &["--data", "data", "export", "events"],
        &["--data", "data", "export", "players", "--format", "csv"],
        &["--data", "data", "export", "series", "--format", "csv"],
        &["--data", "data", "render"],
        &["--data", "data"],
        &[
            "--data",
            "data",
            "ingest",
            article,
            "--published",
            "2023-11-14",
        ],
        &[
            "--data",
            "data",
            "ingest",
            article,
            "--published",
            "2023-11-14",
            "--mentions",
        ],
        &["--help"],
    ];
    for args in commands {
        let out = closed(args, false);
        assert_eq!(
            out.status.signal(),
            Some(libc::SIGPIPE),
            "{args:?}: {out:?}"
        );
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{args:?}");
    }
}

#[test]
fn a_closed_stderr_ends_a_failing_command_the_same_way() {
    let commands: [&[&str]; 4] = [
        &["--data", BROKEN, "check"],
        &["--data", BROKEN, "export", "events"],
        &["--data", BROKEN, "render"],
        &["ingest", "no-such-article.txt"],
    ];
    for args in commands {
        let out = closed(args, true);
        assert_eq!(
            out.status.signal(),
            Some(libc::SIGPIPE),
            "{args:?}: {out:?}"
        );
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn json_export_escapes_what_could_drive_a_terminal_and_decodes_exactly() {
    let out = pasar(&["--data", HOSTILE, "export", "events"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        !text.chars().any(|c| c != '\n'
            && (c.is_control() || pasar::text::clean(&c.to_string()) != c.to_string())),
        "{text:?}"
    );
    let source = std::fs::read_to_string(repo().join(HOSTILE).join("events.jsonl")).unwrap();
    for (exported, original) in text.lines().zip(source.lines()) {
        let a: serde_json::Value = serde_json::from_str(exported).unwrap();
        let b: serde_json::Value = serde_json::from_str(original).unwrap();
        assert_eq!(a["title"], b["title"]);
    }
}

#[test]
fn csv_to_a_pipe_stays_exact_and_valid() {
    let out = pasar(&["--data", HOSTILE, "export", "events", "--format", "csv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut reader = csv::Reader::from_reader(&out.stdout[..]);
    let titles: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[4].to_string())
        .collect();
    let source = std::fs::read_to_string(repo().join(HOSTILE).join("events.jsonl")).unwrap();
    let first: serde_json::Value = serde_json::from_str(source.lines().next().unwrap()).unwrap();
    assert_eq!(titles[0], first["title"].as_str().unwrap());
}

#[test]
fn csv_to_a_terminal_is_cleaned_line_by_line() {
    let csv = "id,title\r\nrule,\"a\u{1b}]0;owned\u{7}b\u{9b}c\"\r\n";
    assert_eq!(
        pasar::export::for_terminal(csv.as_bytes()),
        "id,title\r\nrule,\"a␛]0;owned␇b\\u{009B}c\"\r\n"
    );
}

#[test]
fn a_folder_named_with_escapes_and_newlines_cannot_forge_error_lines() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = dir.path().join("x\u{1b}[2J\nforged:1:1: fake\u{9b}");
    std::fs::create_dir(&hostile).unwrap();
    std::fs::write(hostile.join("market.toml"), "[market]\n").unwrap();
    std::fs::write(hostile.join("events.jsonl"), "").unwrap();
    let out = pasar(&["check", "--data"]).arg(&hostile).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{9b}'),
        "{stderr:?}"
    );
    assert!(
        stderr.contains("x\\u{1b}[2J\\u{a}forged:1:1: fake\\u{9b}/market.toml:1:1: "),
        "{stderr}"
    );
}
