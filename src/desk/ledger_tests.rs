use std::fs;
use std::path::Path;

use super::*;

const MARKET: &str = "# hand-written market\n[market]\nname = \"M\"\nregion = \"ID\"\ncurrency = \"USD\"\n\n\
                      [[players]]\nid = \"lazada\"\nname = \"Lazada\"\nrole = \"marketplace\"  # a comment\n";
const A: &str = r#"{"id":"a","date":"2024-01","kind":"launch","title":"A","actors":["lazada"],"status":"occurred"}"#;
const B: &str =
    r#"{"id":"b","date":"2024-02","kind":"deal","title":"B","actors":[],"status":"occurred"}"#;
const C: &str =
    r#"{"id":"c","date":"2024-03","kind":"deal","title":"C","actors":[],"status":"occurred"}"#;
const CANDIDATE: &str = r#"{"id":"c-0000abcd","state":"new","found":"2026-12-01T08:00:00Z","article":{"url":"https://example.com/n","title":"News","publisher":"Wire","published":"2024-05-20","feed":null},"sentence":"S.","duplicate_of":null,"event":{"id":"n","date":"2024-05-20","kind":"deal","title":"N","actors":["lazada"],"source":"wire-n","status":"occurred"}}"#;

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("market.toml"), MARKET).unwrap();
    fs::write(dir.path().join("events.jsonl"), format!("{A}\n{B}\n")).unwrap();
    fs::write(dir.path().join("inbox.jsonl"), format!("{CANDIDATE}\n")).unwrap();
    dir
}

fn text(dir: &Path, name: &str) -> String {
    fs::read_to_string(dir.join(name)).unwrap()
}

const N: &str = r#"{"id":"n","date":"2024-05-20","kind":"deal","title":"N","actors":["lazada"],"source":"wire-n","status":"occurred"}"#;

fn accept() -> Change {
    Change {
        events: vec![EventEdit::Add {
            line: N.into(),
            at: None,
        }],
        sources: vec![SourceEdit::Add(NewSource {
            id: "wire-n".into(),
            title: "News".into(),
            publisher: "Wire".into(),
            published: "2024-05-20".into(),
            url: Some("https://example.com/n".into()),
        })],
        reviews: vec![Review {
            candidate: "c-0000abcd".into(),
            from: State::New,
            to: State::Accepted,
        }],
        drafts: Vec::new(),
    }
}

#[test]
fn accepting_writes_the_event_the_source_and_the_state_and_undo_takes_them_back() {
    let dir = folder();
    let undo = apply(dir.path(), &accept()).unwrap();
    assert_eq!(text(dir.path(), "events.jsonl"), format!("{A}\n{B}\n{N}\n"));
    assert_eq!(
        text(dir.path(), "market.toml")
            .strip_prefix(MARKET)
            .unwrap(),
        "\n[[sources]]\nid = \"wire-n\"\ntitle = \"News\"\npublisher = \"Wire\"\n\
         published = \"2024-05-20\"\nurl = \"https://example.com/n\"\n"
    );
    let accepted = CANDIDATE.replace("\"state\":\"new\"", "\"state\":\"accepted\"");
    assert_eq!(text(dir.path(), "inbox.jsonl"), format!("{accepted}\n"));
    crate::data::DataSource::Folder(dir.path().into())
        .check()
        .unwrap();

    apply(dir.path(), &undo).unwrap();
    assert_eq!(text(dir.path(), "events.jsonl"), format!("{A}\n{B}\n"));
    assert_eq!(text(dir.path(), "market.toml"), MARKET);
    assert_eq!(text(dir.path(), "inbox.jsonl"), format!("{CANDIDATE}\n"));
}

#[test]
fn an_edit_keeps_a_line_another_writer_appended_meanwhile() {
    let dir = folder();
    // Loaded A and B; while the edit is open, someone appends C.
    fs::write(dir.path().join("events.jsonl"), format!("{A}\n{B}\n{C}\n")).unwrap();
    let edited = B.replace("\"B\"", "\"B, edited\"");
    let change = Change {
        events: vec![EventEdit::Replace {
            id: "b".into(),
            was: B.into(),
            line: edited.clone(),
        }],
        ..Change::default()
    };
    apply(dir.path(), &change).unwrap();
    assert_eq!(
        text(dir.path(), "events.jsonl"),
        format!("{A}\n{edited}\n{C}\n")
    );
}

#[test]
fn refuses_to_overwrite_an_event_someone_else_changed() {
    let dir = folder();
    let theirs = B.replace("\"B\"", "\"B by someone else\"");
    fs::write(dir.path().join("events.jsonl"), format!("{A}\n{theirs}\n")).unwrap();
    let change = Change {
        events: vec![EventEdit::Delete {
            id: "b".into(),
            was: B.into(),
        }],
        ..Change::default()
    };
    let error = apply(dir.path(), &change).unwrap_err().to_string();
    assert_eq!(
        error,
        "event \"b\" was changed in events.jsonl since pasar read it; nothing written (press Esc and look again)"
    );
    assert_eq!(text(dir.path(), "events.jsonl"), format!("{A}\n{theirs}\n"));
}

#[test]
fn the_same_event_written_another_way_is_not_a_change() {
    let dir = folder();
    let reordered = r#"{"title":"B","id":"b","kind":"deal","date":"2024-02","actors":[]}"#;
    fs::write(
        dir.path().join("events.jsonl"),
        format!("{A}\n{reordered}\n"),
    )
    .unwrap();
    let change = Change {
        events: vec![EventEdit::Delete {
            id: "b".into(),
            was: B.into(),
        }],
        ..Change::default()
    };
    let undo = apply(dir.path(), &change).unwrap();
    assert_eq!(text(dir.path(), "events.jsonl"), format!("{A}\n"));
    apply(dir.path(), &undo).unwrap();
    assert_eq!(
        text(dir.path(), "events.jsonl"),
        format!("{A}\n{reordered}\n"),
        "back in place"
    );
}

#[test]
fn a_change_check_would_reject_writes_nothing() {
    let dir = folder();
    let change = Change {
        events: vec![EventEdit::Add {
            line: C.replace("[]", "[\"nobody\"]"),
            at: None,
        }],
        reviews: accept().reviews,
        ..Change::default()
    };
    let error = apply(dir.path(), &change).unwrap_err();
    assert!(matches!(error, LedgerError::Invalid(_)), "{error}");
    assert!(
        error.to_string().contains("unknown player \"nobody\""),
        "{error}"
    );
    assert_eq!(text(dir.path(), "events.jsonl"), format!("{A}\n{B}\n"));
    assert_eq!(text(dir.path(), "inbox.jsonl"), format!("{CANDIDATE}\n"));
}

#[test]
fn rejecting_rewrites_only_the_state_and_refuses_a_candidate_reviewed_meanwhile() {
    let dir = folder();
    let reject = Change {
        reviews: vec![Review {
            candidate: "c-0000abcd".into(),
            from: State::New,
            to: State::Rejected,
        }],
        ..Change::default()
    };
    apply(dir.path(), &reject).unwrap();
    let rejected = CANDIDATE.replace("\"state\":\"new\"", "\"state\":\"rejected\"");
    assert_eq!(text(dir.path(), "inbox.jsonl"), format!("{rejected}\n"));
    let again = apply(dir.path(), &reject).unwrap_err().to_string();
    assert_eq!(
        again,
        "candidate c-0000abcd is rejected now (changed since pasar read it); nothing written"
    );
}

#[test]
fn keeps_crlf_line_endings() {
    let dir = folder();
    fs::write(dir.path().join("events.jsonl"), format!("{A}\r\n{B}\r\n")).unwrap();
    let change = Change {
        events: vec![EventEdit::Add {
            line: C.into(),
            at: None,
        }],
        ..Change::default()
    };
    apply(dir.path(), &change).unwrap();
    assert_eq!(
        text(dir.path(), "events.jsonl"),
        format!("{A}\r\n{B}\r\n{C}\r\n")
    );
}
