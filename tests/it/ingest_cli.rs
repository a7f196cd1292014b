//! `pasar ingest` end to end: the fixture articles (written for these tests, in news
//! style, Indonesian and English) against their expected mentions and events, `--write`
//! on a copy of the bundled dataset, and the errors.

use std::fs;
use std::path::PathBuf;
use std::process::Command;

use crate::common::{pasar, repo, scratch, stderr, stdout};

fn fixture(name: &str) -> PathBuf {
    repo().join("tests/fixtures/ingest").join(name)
}

const ARTICLES: [(&str, &str); 3] = [
    ("talks-id", "2023-11-14"),
    ("talks-en", "2023-11-14"),
    ("deal-en", "2023-12-11"),
];

fn expect_output(mode: Option<&str>, suffix: &str) {
    for (name, published) in ARTICLES {
        let article = fixture(&format!("{name}.txt"));
        let data = repo().join("data");
        let mut args = vec![
            "--data",
            data.to_str().unwrap(),
            "ingest",
            article.to_str().unwrap(),
            "--published",
            published,
        ];
        args.extend(mode);
        let output = pasar(&args, repo());
        assert!(output.status.success(), "{name}: {}", stderr(&output));
        let expected = fs::read_to_string(fixture(&format!("{name}.{suffix}"))).unwrap();
        let got = stdout(&output);
        for (line, (want, have)) in expected.lines().zip(got.lines()).enumerate() {
            assert_eq!(have, want, "{name}.{suffix} line {}", line + 1);
        }
        assert_eq!(
            got.lines().count(),
            expected.lines().count(),
            "{name}.{suffix}"
        );
    }
}

#[test]
fn fixture_articles_yield_their_expected_mentions() {
    expect_output(Some("--mentions"), "mentions.jsonl");
}

#[test]
fn fixture_articles_yield_their_expected_events() {
    expect_output(None, "events.jsonl");
}

#[test]
fn write_appends_new_events_keeps_old_lines_and_still_checks() {
    let dir = scratch("write");
    for file in ["market.toml", "events.jsonl"] {
        fs::copy(repo().join("data").join(file), dir.join(file)).unwrap();
    }
    let before = fs::read(dir.join("events.jsonl")).unwrap();
    // What a writer killed between writing and renaming leaves behind.
    fs::write(dir.join(".events.jsonl.99999.tmp"), "half a fi").unwrap();
    let article = fixture("talks-id.txt");
    let args = [
        "--data",
        dir.to_str().unwrap(),
        "ingest",
        article.to_str().unwrap(),
        "--source",
        "pinusi-2023-11",
        "--write",
    ];
    let first = pasar(&args, repo());
    assert!(first.status.success(), "{}", stderr(&first));
    // Seven candidates; the planned meeting of Teten (the cooperatives minister, so his
    // ministry) with TikTok restates `teten-chew-meeting-planned` and is skipped.
    assert!(
        stderr(&first).contains("appended 6 new events"),
        "{}",
        stderr(&first)
    );
    let after = fs::read(dir.join("events.jsonl")).unwrap();
    assert!(after.starts_with(&before), "an old line changed");
    assert_eq!(after.len() - before.len(), first.stdout.len());
    assert!(stdout(&first).contains("\"source\":\"pinusi-2023-11\""));
    let check = pasar(&["--data", dir.to_str().unwrap(), "check"], repo());
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(
        !dir.join(".events.jsonl.99999.tmp").exists(),
        "stale temp file kept"
    );

    let again = pasar(&args, repo());
    assert!(again.status.success());
    assert!(
        stderr(&again).contains("appended 0 new events"),
        "{}",
        stderr(&again)
    );
    assert!(stderr(&again).contains("skipped 7"), "{}", stderr(&again));
    assert_eq!(fs::read(dir.join("events.jsonl")).unwrap(), after);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn write_refuses_the_built_in_dataset() {
    let dir = scratch("embedded");
    let article = fixture("talks-en.txt");
    let output = pasar(&["ingest", article.to_str().unwrap(), "--write"], &dir);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("pass --data"),
        "{}",
        stderr(&output)
    );
    assert!(output.stdout.is_empty());
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn invalid_utf8_is_bad_input_naming_the_byte() {
    let dir = scratch("utf8");
    let article = dir.join("article.txt");
    fs::write(&article, b"TikTok \xe2\x82 Tokopedia").unwrap();
    let output = pasar(&["ingest", "article.txt"], &dir);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stderr(&output), "article.txt: invalid UTF-8 at byte 7\n");
    assert!(output.stdout.is_empty());
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn unknown_source_and_missing_files_are_bad_input() {
    let article = fixture("talks-en.txt");
    let unknown = pasar(
        &["ingest", article.to_str().unwrap(), "--source", "nope"],
        repo(),
    );
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).starts_with("pasar: unknown source \"nope\""),
        "{}",
        stderr(&unknown)
    );
    assert!(unknown.stdout.is_empty());
    let missing = pasar(&["ingest", "no-such-article.txt"], repo());
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).starts_with("no-such-article.txt:1:1: cannot read"));
    let no_folder = pasar(
        &[
            "--data",
            "no-such-folder",
            "ingest",
            article.to_str().unwrap(),
            "--write",
        ],
        repo(),
    );
    assert_eq!(no_folder.status.code(), Some(2));
    assert_eq!(stderr(&no_folder), "no-such-folder: no such folder\n");
    let bad_date = pasar(
        &[
            "ingest",
            article.to_str().unwrap(),
            "--published",
            "2023-02-30",
        ],
        repo(),
    );
    assert_eq!(bad_date.status.code(), Some(2));
}

#[test]
fn explain_lists_each_sentence_left_out_with_its_place_and_reason() {
    let dir = scratch("explain");
    let article = dir.join("article.txt");
    fs::write(
        &article,
        "JAKARTA, KOMPAS.com - Lazada menutup gudang di Medan.\n\
         Cuaca cerah. Tokopedia tidak menutup tokonya.\n\
         Penutupan itu berdampak pada pedagang \u{1b}[31mlokal.\n",
    )
    .unwrap();
    let output = pasar(
        &[
            "--data",
            repo().join("data").to_str().unwrap(),
            "ingest",
            "article.txt",
            "--published",
            "2024-05-20",
            "--explain",
        ],
        &dir,
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        "article.txt:2:1: left out (no event word and no figure): Cuaca cerah.\n\
         article.txt:2:14: left out (the event is denied (\"tidak menutup\")): Tokopedia tidak menutup tokonya.\n\
         article.txt:3:1: left out (says more about an earlier event (\"Penutupan itu\", sentence 1)): Penutupan itu berdampak pada pedagang \u{241b}[31mlokal.\n"
    );
    let events = stdout(&output);
    assert_eq!(events.lines().count(), 1, "{events}");
    assert!(
        events.contains(r#""summary":"Lazada menutup gudang di Medan.""#),
        "{events}"
    );
}

#[test]
fn relative_dates_are_left_out_without_a_publication_date() {
    let article = fixture("talks-id.txt");
    let output = pasar(&["ingest", article.to_str().unwrap(), "--mentions"], repo());
    assert!(output.status.success());
    assert!(!stdout(&output).contains("bulan lalu"));
    assert!(stdout(&output).contains("\"date\":\"2023-10-04\""));
    assert!(
        stderr(&output).contains("pass --published DATE"),
        "{}",
        stderr(&output)
    );
    // Mentions only: no events are drafted, so none is said to be left out.
    assert!(
        stderr(&output).starts_with("pasar: 3 relative dates left out:"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn several_articles_name_their_file_in_mentions() {
    let (a, b) = (fixture("talks-en.txt"), fixture("deal-en.txt"));
    let output = pasar(
        &[
            "ingest",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
            "--mentions",
            "--published",
            "2023-12-11",
        ],
        repo(),
    );
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.lines().all(|l| l.starts_with("{\"file\":")));
    assert!(text.contains("deal-en.txt"));
}

#[test]
fn concurrent_writers_each_append_under_the_lock() {
    let dir = scratch("concurrent");
    for file in ["market.toml", "events.jsonl"] {
        fs::copy(repo().join("data").join(file), dir.join(file)).unwrap();
    }
    let before = fs::read(dir.join("events.jsonl")).unwrap();
    let spawned: Vec<_> = ARTICLES
        .iter()
        .chain(&ARTICLES)
        .map(|(name, published)| {
            Command::new(env!("CARGO_BIN_EXE_pasar"))
                .args([
                    "--data",
                    dir.to_str().unwrap(),
                    "ingest",
                    "--write",
                    "--published",
                    published,
                ])
                .arg(fixture(&format!("{name}.txt")))
                .env_remove("PASAR_DATA")
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut appended = String::new();
    for child in spawned {
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "{}", stderr(&output));
        appended.push_str(&stdout(&output));
    }
    let after = fs::read_to_string(dir.join("events.jsonl")).unwrap();
    assert!(after.as_bytes().starts_with(&before));
    // No writer lost another's lines: what they report appending is exactly what was added.
    let added: Vec<&str> = after[before.len()..].lines().collect();
    let mut reported: Vec<&str> = appended.lines().collect();
    let mut sorted_added = added.clone();
    sorted_added.sort_unstable();
    reported.sort_unstable();
    assert_eq!(sorted_added, reported);
    assert!(!added.is_empty());
    let ids: Vec<&str> = after.lines().filter_map(|l| l.split('"').nth(3)).collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(ids.len(), unique.len(), "duplicate ids");
    let check = pasar(&["--data", dir.to_str().unwrap(), "check"], repo());
    assert!(check.status.success(), "{}", stderr(&check));
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_relative_date_that_points_nowhere_says_why() {
    let dir = scratch("nowhere");
    let article = dir.join("article.txt");
    fs::write(
        &article,
        "TikTok Shop opens again later this month, TikTok said yesterday.\n",
    )
    .unwrap();
    let args = [
        "ingest",
        article.to_str().unwrap(),
        "--mentions",
        "--published",
        "2024-02-29",
    ];
    let output = pasar(&args, repo());
    assert!(output.status.success());
    assert!(stdout(&output).contains("\"date\":\"2024-02-28\""));
    assert_eq!(
        stderr(&output),
        "pasar: relative date \"later this month\" left out: no day of the month is left after the publication date (2024-02-29)\n"
    );
}
