use std::path::Path;

use rustc_hash::FxHashMap;

use super::check::check_inbox;
use super::*;
use crate::data::{Date, Kind, Market};

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

/// Queues `findings`, giving what was queued and the lines written.
fn queue_all(
    dir: &Path,
    findings: &[Finding],
    found: &str,
) -> Result<(Queued, Vec<String>), InboxError> {
    let mut lines = Vec::new();
    let each = |_: &Market, sink: &mut dyn FnMut(Finding)| {
        findings.iter().cloned().for_each(sink);
        Ok(())
    };
    let queued = queue(dir, found, each, |line| lines.push(line.to_string()))?;
    Ok((queued, lines))
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
    let (queued, lines) = queue_all(dir.path(), &findings, "2026-12-01T08:00:00Z").unwrap();
    assert_eq!((queued.added, lines.len()), (3, 3));
    assert_eq!((queued.duplicates, queued.already), (2, 0));
    let first = &findings[1];
    let tiktok_id = candidate_id(&first.article, &first.sentence);
    let expected = format!(
        r#"{{"id":"{tiktok_id}","state":"new","found":"2026-12-01T08:00:00Z","article":{{"url":"https://a.example/2","title":"A","publisher":"P","published":"2024-05-20","feed":"f"}},"sentence":"TikTok meluncurkan toko baru.","duplicate_of":null,"event":{{"id":"2024-05-launch-tiktok","date":"2024-05","kind":"launch","title":"Launch","summary":"TikTok meluncurkan toko baru.","actors":["tiktok"],"source":"f-0001","status":"occurred","tags":["ingest"]}}}}"#
    );
    assert_eq!(lines[1], expected);
    assert!(lines[0].contains(r#""duplicate_of":"lazmall-launch""#));
    assert!(lines[0].contains(r#""id":"2024-05-launch-lazada""#));
    assert!(lines[2].contains(&format!(r#""duplicate_of":"{tiktok_id}""#)));
    assert!(lines[2].contains(r#""id":"2024-05-launch-tiktok-2""#));

    let (again, none) = queue_all(dir.path(), &findings, "2026-12-02T08:00:00Z").unwrap();
    assert_eq!((again.added, none.len(), again.already), (0, 0, 3));
    let text = std::fs::read_to_string(dir.path().join(FILE)).unwrap();
    assert_eq!(text, format!("{}\n", lines.join("\n")));
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
    let error = queue_all(dir.path(), &findings, "2026-12-01T08:00:00Z").unwrap_err();
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

/// A finding of `finding`'s article and kind, dated `date`, with `actors`.
fn dated(url: &str, sentence: &str, date: &str, actors: Vec<usize>) -> Finding {
    let mut f = finding(url, sentence, 0);
    f.event.date = Date::parse(date).unwrap();
    f.event.actors = actors;
    f
}

/// The `duplicate_of` of each line: `-` for none.
fn duplicates_of(lines: &[String]) -> Vec<String> {
    let of = |l: &String| {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        v["duplicate_of"].as_str().unwrap_or("-").to_string()
    };
    lines.iter().map(of).collect()
}

#[test]
fn a_restatement_names_the_first_filed_of_every_overlapping_date_and_shared_player() {
    let dir = dataset();
    let findings = [
        // The day lies in the dataset's LazMall month (2024-05).
        dated("https://a.example/1", "one", "2024-05-20", vec![0]),
        // The year holds that month: the event was filed before the day's candidate.
        dated("https://a.example/2", "two", "2024", vec![1, 0]),
        // TikTok alone in 2024: only the year's candidate shares a player.
        dated("https://a.example/3", "three", "2024-07", vec![1]),
        // No players: only another finding without players may be restated.
        dated("https://a.example/4", "four", "2024-05", vec![]),
        dated("https://a.example/5", "five", "2024-05-02", vec![]),
        // Another month of Lazada's (held by the 2024 candidate), and another year.
        dated("https://a.example/6", "six", "2024-06", vec![0]),
        dated("https://a.example/7", "seven", "2023", vec![0, 1]),
    ];
    let (queued, lines) = queue_all(dir.path(), &findings, "2026-12-01T08:00:00Z").unwrap();
    let id = |n: usize| candidate_id(&findings[n].article, &findings[n].sentence);
    assert_eq!(
        duplicates_of(&lines),
        [
            "lazmall-launch".to_string(),
            "lazmall-launch".to_string(),
            id(1),
            "-".to_string(),
            id(3),
            // The year 2024's candidate holds June.
            id(1),
            "-".to_string(),
        ]
    );
    assert_eq!(queued.duplicates, 5);
}

#[test]
fn findings_stream_in_over_many_batches_and_nothing_new_leaves_the_inbox_untouched() {
    use std::os::unix::fs::MetadataExt;
    let dir = dataset();
    let many = 3 * (1 << 20) / 500;
    let findings: Vec<Finding> = (0..many)
        .map(|n| {
            finding(
                &format!("https://a.example/{n}"),
                &format!("Figure {n}."),
                1,
            )
        })
        .collect();
    let (queued, lines) = queue_all(dir.path(), &findings, "2026-12-01T08:00:00Z").unwrap();
    assert_eq!((queued.added, lines.len()), (many, many));
    let path = dir.path().join(FILE);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.len() > 2 << 20, "{} bytes", text.len());
    assert_eq!(text, format!("{}\n", lines.join("\n")));
    // Ids stay unique when every finding shares one base.
    assert!(lines[many - 1].contains(&format!("\"id\":\"2024-05-launch-tiktok-{many}\"")));
    let inode = std::fs::metadata(&path).unwrap().ino();
    let (again, none) = queue_all(dir.path(), &findings, "2026-12-02T08:00:00Z").unwrap();
    assert_eq!((again.added, again.already, none.len()), (0, many, 0));
    assert_eq!(std::fs::metadata(&path).unwrap().ino(), inode);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}
