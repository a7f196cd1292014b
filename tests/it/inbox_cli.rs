//! `pasar ingest --inbox` and `pasar check` on the inbox, end to end on a copy of the
//! bundled dataset.

use std::fs;
use std::process::{Command, Output};

use crate::common::repo;

fn pasar(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pasar"))
        .args(args)
        .env_remove("PASAR_DATA")
        .output()
        .expect("pasar runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn copy_of_bundled_data() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp folder");
    for file in ["market.toml", "events.jsonl"] {
        fs::copy(repo().join("data").join(file), dir.path().join(file)).expect("copy");
    }
    dir
}

#[test]
fn ingest_inbox_queues_candidates_once_and_check_reads_them() {
    let dir = copy_of_bundled_data();
    let data = dir.path().to_str().unwrap();
    let article = repo().join("tests/fixtures/ingest/deal-en.txt");
    let article = article.to_str().unwrap();
    let args = [
        "--data",
        data,
        "ingest",
        article,
        "--published",
        "2023-12-11",
        "--inbox",
    ];
    let first = pasar(&args);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let queued = text(&first.stdout);
    let inbox = dir.path().join("inbox.jsonl");
    assert_eq!(fs::read_to_string(&inbox).unwrap(), queued);
    assert!(queued.lines().count() >= 2, "{queued}");
    for line in queued.lines() {
        assert!(line.starts_with(r#"{"id":"c-"#), "{line}");
        assert!(line.contains(r#""state":"new""#), "{line}");
        assert!(line.contains(r#""published":"2023-12-11""#), "{line}");
    }
    // The bundled data already holds the TikTok–GoTo deal this article reports.
    assert!(queued.contains(r#""title":"deal-en.txt""#), "{queued}");
    assert!(
        queued.contains(r#""duplicate_of":"tiktok-tokopedia-deal-signed""#),
        "{queued}"
    );
    let note = text(&first.stderr);
    assert!(
        note.starts_with(&format!(
            "pasar: queued {} candidates in ",
            queued.lines().count()
        )),
        "{note}"
    );

    let second = pasar(&args);
    assert!(second.status.success());
    assert_eq!(text(&second.stdout), "");
    assert!(
        text(&second.stderr).contains("queued 0 candidates in"),
        "{}",
        text(&second.stderr)
    );
    assert_eq!(fs::read_to_string(&inbox).unwrap(), queued);

    let check = pasar(&["--data", data, "check"]);
    assert!(check.status.success(), "{}", text(&check.stderr));

    fs::write(
        &inbox,
        queued.replacen(r#""state":"new""#, r#""state":"maybe""#, 1),
    )
    .unwrap();
    let check = pasar(&["--data", data, "check"]);
    assert_eq!(check.status.code(), Some(2));
    assert_eq!(text(&check.stdout), "");
    assert_eq!(
        text(&check.stderr),
        format!(
            "{}:1:28: state: unknown state \"maybe\"; expected one of new | accepted | rejected\n",
            inbox.display()
        )
    );
}
