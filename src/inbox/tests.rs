use std::path::Path;

use rustc_hash::FxHashMap;

use super::check::check_inbox;
use super::*;
use crate::data::{Date, Kind};

const MARKET: &str = r#"[market]
name = "M"
region = "ID"
currency = "USD"

[[players]]
id = "lazada"
name = "Lazada"
role = "marketplace"

[[players]]
id = "tiktok"
name = "TikTok"
role = "social-commerce"
"#;

const EVENTS: &str = r#"{"id":"lazmall-launch","date":"2024-05","kind":"launch","title":"LazMall opens","actors":["lazada"]}
"#;

const GOOD: &str = r#"{"id":"c-3f9a1c2e","state":"new","found":"2026-12-01T08:00:00Z","article":{"url":"https://example.com/a/1","title":"T","publisher":"P","published":"2024-05-20","feed":"f"},"sentence":"Lazada meluncurkan LazMall.","duplicate_of":null,"event":{"id":"2024-05-launch-lazada","date":"2024-05","kind":"launch","title":"Launch: Lazada","actors":["lazada"],"source":"f-1234abcd","status":"occurred"},"reason":"later versions may add fields"}"#;

fn players() -> FxHashMap<&'static str, usize> {
    [("lazada", 0), ("tiktok", 1)].into_iter().collect()
}

fn problems(text: &str) -> Vec<String> {
    match check_inbox(Path::new("inbox.jsonl"), text.as_bytes(), &players()) {
        Ok(_) => Vec::new(),
        Err(invalid) => invalid.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn accepts_a_whole_candidate_with_unknown_fields_and_an_undefined_source() {
    assert_eq!(problems(&format!("{GOOD}\n\n")), Vec::<String>::new());
}

#[test]
fn reports_each_problem_at_its_line_and_column() {
    let bad = GOOD
        .replace("\"new\"", "\"pending\"")
        .replace("\"2024-05\",\"kind\"", "\"2024-02-30\",\"kind\"")
        .replace("[\"lazada\"]", "[\"shopee\"]");
    let missing = GOOD.replace("\"sentence\":\"Lazada meluncurkan LazMall.\",", "");
    let text = format!("{GOOD}\n{bad}\n{missing}\n{GOOD}\nnot json\n");
    assert_eq!(
        problems(&text),
        [
            "inbox.jsonl:2:28: state: unknown state \"pending\"; expected one of new | accepted | rejected",
            "inbox.jsonl:2:292: event: date: 2024-02-30 does not exist (day 30)",
            "inbox.jsonl:2:347: event: actors: unknown player \"shopee\" (not among the players of market.toml)",
            "inbox.jsonl:3:392: missing field \"sentence\"",
            "inbox.jsonl:4:7: id: duplicate candidate id \"c-3f9a1c2e\" (first on line 1)",
            "inbox.jsonl:5:1: expected a candidate object `{...}`",
        ]
    );
}

#[test]
fn counts_only_new_candidates() {
    let rejected = GOOD.replace("\"new\"", "\"rejected\"");
    let text = format!("{GOOD}\n{rejected}\n{{broken\n{GOOD}\n");
    assert_eq!(count_new(&text), 2);
}

fn finding(url: &str, sentence: &str, actor: usize) -> Finding {
    Finding {
        article: Article {
            url: Some(url.into()),
            title: Some("A".into()),
            publisher: Some("P".into()),
            published: Some("2024-05-20".into()),
            feed: Some("f".into()),
        },
        sentence: sentence.into(),
        event: crate::data::Event {
            kind: Kind::Launch,
            title: "Launch".into(),
            summary: Some(sentence.into()),
            actors: vec![actor],
            tags: vec!["ingest".into()],
            ..crate::data::Event::blank(Date::parse("2024-05").unwrap())
        },
        source: Some("f-0001".into()),
    }
}

fn dataset() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("market.toml"), MARKET).unwrap();
    std::fs::write(dir.path().join("events.jsonl"), EVENTS).unwrap();
    dir
}

#[test]
fn queues_restatements_marked_and_the_same_finding_once() {
    let dir = dataset();
    let findings = [
        // The same date, kind and actors as the dataset's LazMall launch.
        finding("https://a.example/1", "Lazada meluncurkan LazMall.", 0),
        finding("https://a.example/2", "TikTok meluncurkan toko baru.", 1),
        // Another outlet's report of the same launch restates the candidate before it.
        finding("https://b.example/9", "TikTok resmi meluncurkan toko.", 1),
    ];
    let queued = queue(dir.path(), &findings, "2026-12-01T08:00:00Z").unwrap();
    assert_eq!(queued.lines.len(), 3);
    assert_eq!((queued.duplicates, queued.already), (2, 0));
    let first = &findings[1];
    let tiktok_id = candidate_id(&first.article, &first.sentence);
    let expected = format!(
        r#"{{"id":"{tiktok_id}","state":"new","found":"2026-12-01T08:00:00Z","article":{{"url":"https://a.example/2","title":"A","publisher":"P","published":"2024-05-20","feed":"f"}},"sentence":"TikTok meluncurkan toko baru.","duplicate_of":null,"event":{{"id":"2024-05-launch-tiktok","date":"2024-05","kind":"launch","title":"Launch","summary":"TikTok meluncurkan toko baru.","actors":["tiktok"],"source":"f-0001","status":"occurred","tags":["ingest"]}}}}"#
    );
    assert_eq!(queued.lines[1], expected);
    assert!(queued.lines[0].contains(r#""duplicate_of":"lazmall-launch""#));
    assert!(queued.lines[0].contains(r#""id":"2024-05-launch-lazada""#));
    assert!(queued.lines[2].contains(&format!(r#""duplicate_of":"{tiktok_id}""#)));
    assert!(queued.lines[2].contains(r#""id":"2024-05-launch-tiktok-2""#));

    let again = queue(dir.path(), &findings, "2026-12-02T08:00:00Z").unwrap();
    assert_eq!((again.lines.len(), again.already), (0, 3));
    let text = std::fs::read_to_string(dir.path().join(FILE)).unwrap();
    assert_eq!(text, format!("{}\n", queued.lines.join("\n")));
    assert_eq!(count_new(&text), 3);
    // `check` reads the inbox with the dataset.
    let source = crate::data::DataSource::Folder(dir.path().to_path_buf());
    assert!(source.check().is_ok());
}

#[test]
fn refuses_to_write_over_an_invalid_inbox() {
    let dir = dataset();
    let path = dir.path().join(FILE);
    std::fs::write(&path, "{\"id\":\"c-1\"}\n").unwrap();
    let findings = [finding(
        "https://a.example/2",
        "TikTok meluncurkan toko.",
        1,
    )];
    let error = queue(dir.path(), &findings, "2026-12-01T08:00:00Z").unwrap_err();
    assert!(matches!(error, InboxError::Invalid(_)), "{error:?}");
    assert!(
        error
            .to_string()
            .starts_with(&format!("{}:1:12: missing field \"state\"", path.display()))
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "{\"id\":\"c-1\"}\n"
    );
    let source = crate::data::DataSource::Folder(dir.path().to_path_buf());
    let invalid = source.check().unwrap_err();
    assert_eq!(invalid.0.len(), 5, "{invalid}");
}
