//! The command line as a user runs it: `check`, `export`, `gen`, exit codes and streams.

use std::path::Path;
use std::process::{Command, Output};

use crate::common::pasar;

const MARKET: &str = r#"[market]
name = "Test market"
region = "ID"
currency = "USD"

[[sources]]
id = "wire"
title = "A wire story"
publisher = "Wire"
published = "2023-11"

[[players]]
id = "tokopedia"
name = "Tokopedia"
group = "GoTo"
ticker = "GOTO.JK"
role = "marketplace"

[[players]]
id = "tiktok"
name = "TikTok"
role = "social-commerce"

[[series]]
id = "gmv"
name = "GMV"
unit = "USD bn"
source = "wire"
points = [{ year = 2023, value = 62 }, { year = 2030, value = 160, projected = true }]
"#;

const EVENTS: &str = concat!(
    r#"{"id":"ban","date":"2023-09-26","kind":"regulation","title":"Ban, with \"quotes\", commas","actors":[],"source":"wire"}"#,
    "\n",
    r#"{"id":"deal","date":"2023-12","kind":"deal","title":"Deal","summary":"Two lines:\nsecond, with a comma","actors":["tiktok","tokopedia"],"figures":[{"label":"stake","value":75.01,"unit":"%"},{"label":"price","value":840000000,"unit":"USD"}],"status":"reported","tags":["m&a"]}"#,
    "\n",
);

fn dataset(events: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("market.toml"), MARKET).unwrap();
    std::fs::write(dir.path().join("events.jsonl"), events).unwrap();
    dir
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap()
}

#[test]
fn check_prints_a_one_line_summary() {
    let dir = dataset(EVENTS);
    let out = pasar(
        &["check", "--data", dir.path().to_str().unwrap()],
        dir.path(),
    );
    assert_eq!(text(&out.stdout), "2 events, 2 players, 1 series\n");
    assert_eq!((out.status.code(), text(&out.stderr)), (Some(0), ""));
}

#[test]
fn check_with_no_data_folder_uses_the_bundled_market() {
    let empty = tempfile::tempdir().unwrap();
    let out = pasar(&["check"], empty.path());
    assert_eq!(out.status.code(), Some(0));
    let summary = text(&out.stdout);
    let events: usize = summary.split(' ').next().unwrap().parse().unwrap();
    assert!(events >= 20, "{summary}");
    assert!(summary.contains(" players, 8 series"), "{summary}");
}

#[test]
fn the_data_flag_beats_the_environment_which_beats_the_working_directory() {
    let a = dataset(EVENTS);
    let b = dataset(EVENTS.lines().next().unwrap());
    let run = |args: &[&str], env: Option<&Path>| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_pasar"));
        cmd.args(args)
            .current_dir(a.path().parent().unwrap())
            .env_remove("PASAR_DATA");
        if let Some(env) = env {
            cmd.env("PASAR_DATA", env);
        }
        String::from_utf8(cmd.output().unwrap().stdout).unwrap()
    };
    let flag = a.path().to_str().unwrap();
    assert_eq!(
        run(&["check", "--data", flag], Some(b.path())),
        "2 events, 2 players, 1 series\n"
    );
    assert_eq!(
        run(&["check"], Some(b.path())),
        "1 events, 2 players, 1 series\n"
    );
}

#[test]
fn a_dataset_with_three_broken_lines_reports_each_and_exits_2() {
    let broken = [
        EVENTS.lines().next().unwrap().to_string(),
        r#"{"id":"bad-date","date":"2023-02-30","kind":"other","title":"T","actors":[]}"#
            .to_string(),
        r#"{"id":"who","date":"2023","kind":"other","title":"T","actors":["tokped"]}"#.to_string(),
        r#"{"id":"cut","date":"2023","kind":"oth"#.to_string(),
    ]
    .join("\n");
    let dir = dataset(&broken);
    let out = pasar(&["check", "--data", "."], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stdout), "");
    assert_eq!(
        text(&out.stderr),
        "./events.jsonl:2:34: date: 2023-02-30 does not exist (day 30)\n\
         ./events.jsonl:3:64: actors: unknown player \"tokped\" (not among the players of market.toml)\n\
         ./events.jsonl:4:34: string is not closed before the line ends\n"
    );
}

#[test]
fn errors_in_both_files_are_all_reported_market_first() {
    let dir = dataset(EVENTS);
    let market = MARKET.replace("published = \"2023-11\"", "published = \"2023-13\"");
    std::fs::write(dir.path().join("market.toml"), market).unwrap();
    std::fs::write(
        dir.path().join("events.jsonl"),
        EVENTS.replace("\"deal\",\"date\"", "\"ban\",\"date\""),
    )
    .unwrap();
    let out = pasar(&["check", "--data", "."], dir.path());
    assert_eq!(
        text(&out.stderr),
        "./market.toml:10:19: published: month 13 does not exist\n\
         ./events.jsonl:2:7: id: duplicate event id \"ban\" (first on line 1)\n"
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn duplicate_ids_point_at_the_id_wherever_it_stands_in_the_line() {
    let first = r#"{"id":"a","date":"2023","kind":"other","title":"T","actors":[]}"#;
    let later = r#"{"title":"has \"id\":\"a\" inside","actors":["tiktok"],"id":"a","date":"2023","kind":"other"}"#;
    let dir = dataset(&format!("{first}\n{first}\n{later}\n"));
    let out = pasar(&["check", "--data", "."], dir.path());
    assert_eq!(
        text(&out.stderr),
        "./events.jsonl:2:7: id: duplicate event id \"a\" (first on line 1)\n\
         ./events.jsonl:3:61: id: duplicate event id \"a\" (first on line 1)\n"
    );
}

#[test]
fn a_missing_folder_or_market_file_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = pasar(&["check", "--data", "nowhere"], dir.path());
    // A folder that is not there has no line or column to point at.
    assert_eq!(text(&out.stderr), "nowhere: no such folder\n");
    assert_eq!(out.status.code(), Some(2));
    let out = pasar(&["check", "--data", "."], dir.path());
    assert_eq!(
        text(&out.stderr),
        "./market.toml: no such file: a data folder holds market.toml and events.jsonl\n"
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_data_folder_with_events_but_no_market_file_is_an_error_not_the_bundled_market() {
    let cwd = tempfile::tempdir().unwrap();
    std::fs::create_dir(cwd.path().join("data")).unwrap();
    std::fs::write(cwd.path().join("data/events.jsonl"), EVENTS).unwrap();
    for args in [&["check"][..], &["render", "--size", "80x24"]] {
        let out = pasar(args, cwd.path());
        assert_eq!(
            (out.status.code(), text(&out.stdout), text(&out.stderr)),
            (
                Some(2),
                "",
                "data/market.toml: no such file: a data folder holds market.toml and events.jsonl\n"
            ),
            "{args:?}"
        );
    }
}

#[test]
fn the_header_names_the_data_folder_or_says_bundled() {
    let cwd = tempfile::tempdir().unwrap();
    let first_line = |out: Output| text(&out.stdout).lines().next().unwrap_or("").to_owned();
    let bundled = pasar(&["render", "--size", "80x24"], cwd.path());
    assert_eq!(
        first_line(bundled),
        " Indonesia e-commerce [bundled] — 28 events · 15 players · E-commerce GMV $62B …"
    );
    std::fs::create_dir(cwd.path().join("data")).unwrap();
    std::fs::write(cwd.path().join("data/market.toml"), MARKET).unwrap();
    std::fs::write(cwd.path().join("data/events.jsonl"), EVENTS).unwrap();
    let local = first_line(pasar(&["render", "--size", "80x24"], cwd.path()));
    assert!(
        local.starts_with(" Test market [data] — 2 events · 2 players"),
        "{local}"
    );
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = pasar(&["export", "everything"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("invalid value 'everything'"));
    assert_eq!(text(&out.stdout), "");
}

#[test]
fn exported_events_load_back_as_the_same_market() {
    let dir = dataset(EVENTS);
    let out = pasar(&["export", "events", "--data", "."], dir.path());
    assert_eq!(out.status.code(), Some(0));
    let copy = dataset(text(&out.stdout));
    let original = pasar::data::Dataset::open(dir.path())
        .and_then(|d| d.load())
        .unwrap();
    let mut reloaded = pasar::data::Dataset::open(copy.path())
        .and_then(|d| d.load())
        .unwrap();
    // The same data, read from another folder.
    assert_eq!(reloaded.folder.as_deref(), Some(copy.path()));
    reloaded.folder = original.folder.clone();
    assert_eq!(original, reloaded);
    // Whole numbers stay whole, fractions keep their digits.
    assert!(text(&out.stdout).contains(r#"{"label":"price","value":840000000,"unit":"USD"}"#));
    assert!(text(&out.stdout).contains(r#""value":75.01"#));
}

#[test]
fn csv_export_quotes_commas_quotes_and_newlines() {
    let dir = dataset(EVENTS);
    let out = pasar(
        &["export", "events", "--format", "csv", "--data", "."],
        dir.path(),
    );
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "id", "date", "kind", "status", "title", "summary", "actors", "figures", "source",
            "tags"
        ]
    );
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(rows[0][4], "Ban, with \"quotes\", commas");
    assert_eq!(
        rows[1],
        [
            "deal",
            "2023-12",
            "deal",
            "reported",
            "Deal",
            "Two lines:\nsecond, with a comma",
            "tiktok;tokopedia",
            "stake=75.01 %;price=840000000 USD",
            "",
            "m&a"
        ]
    );
}

#[test]
fn players_and_series_export_as_json_lines_and_csv() {
    let dir = dataset(EVENTS);
    let out = pasar(&["export", "players", "--data", "."], dir.path());
    assert_eq!(
        text(&out.stdout),
        "{\"id\":\"tokopedia\",\"name\":\"Tokopedia\",\"group\":\"GoTo\",\"ticker\":\"GOTO.JK\",\"role\":\"marketplace\",\"aliases\":[],\"events\":1}\n\
         {\"id\":\"tiktok\",\"name\":\"TikTok\",\"group\":null,\"ticker\":null,\"role\":\"social-commerce\",\"aliases\":[],\"events\":1}\n"
    );
    let out = pasar(
        &["export", "series", "--format", "csv", "--data", "."],
        dir.path(),
    );
    assert_eq!(
        text(&out.stdout),
        "series,unit,year,value,projected,low,high\ngmv,USD bn,2023,62,false,,\ngmv,USD bn,2030,160,true,,\n"
    );
}

#[test]
fn gen_never_overwrites_a_dataset() {
    let dir = dataset(EVENTS);
    let out = pasar(&["gen", "--events", "5", "--out", "."], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "pasar: ./market.toml: already exists; pass an empty or new folder\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("events.jsonl")).unwrap(),
        EVENTS
    );
}

#[test]
fn a_data_folder_in_the_working_directory_is_used_when_it_holds_a_market() {
    let cwd = tempfile::tempdir().unwrap();
    std::fs::create_dir(cwd.path().join("data")).unwrap();
    // An empty ./data is not a dataset: the bundled market is used.
    let bundled = pasar(&["check"], cwd.path());
    assert!(text(&bundled.stdout).contains(" players, 8 series"));
    std::fs::write(cwd.path().join("data/market.toml"), MARKET).unwrap();
    std::fs::write(cwd.path().join("data/events.jsonl"), EVENTS).unwrap();
    let local = pasar(&["check"], cwd.path());
    assert_eq!(text(&local.stdout), "2 events, 2 players, 1 series\n");
}

#[test]
fn gen_writes_a_valid_deterministic_dataset() {
    let dir = tempfile::tempdir().unwrap();
    for out in ["a", "b"] {
        let done = pasar(
            &["gen", "--events", "500", "--seed", "9", "--out", out],
            dir.path(),
        );
        assert_eq!(done.status.code(), Some(0), "{}", text(&done.stderr));
    }
    let a = std::fs::read(dir.path().join("a/events.jsonl")).unwrap();
    assert_eq!(a, std::fs::read(dir.path().join("b/events.jsonl")).unwrap());
    let out = pasar(&["check", "--data", "a"], dir.path());
    assert_eq!(text(&out.stdout), "500 events, 40 players, 1 series\n");
}

#[test]
fn export_events_takes_a_query_in_the_search_language() {
    let data = crate::common::bundled();
    let data = data.to_str().expect("a UTF-8 path");
    let out = pasar(
        &[
            "export",
            "events",
            "--data",
            data,
            "--query",
            "kind:deal player:goto",
            "--format",
            "csv",
        ],
        Path::new("."),
    );
    assert!(out.status.success(), "{}", crate::common::stderr(&out));
    let ids: Vec<String> = (crate::common::stdout(&out).lines().skip(1))
        .map(|l| l.split(',').next().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        ids,
        [
            "tiktok-tokopedia-deal-signed",
            "tiktok-tokopedia-deal-announced",
            "tiktok-tokopedia-deal-completed"
        ]
    );
    for (args, message) in [
        (
            vec!["export", "events", "--query", "kind:dael"],
            format!(
                "pasar: --query column 1: kind: unknown kind \"dael\"; one of {}\n",
                pasar::data::Kind::choices()
            ),
        ),
        (
            vec!["export", "events", "--query", "player:gojek"],
            "pasar: --query: player: no player or group \"gojek\"\n".to_string(),
        ),
        (
            vec!["export", "players", "--query", "tiktok"],
            "pasar: --query selects events only\n".to_string(),
        ),
    ] {
        let out = pasar(&args, Path::new("/"));
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(crate::common::stderr(&out), message);
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn export_sources_counts_the_events_citing_each() {
    let out = pasar(&["export", "sources", "--format", "csv"], Path::new("/"));
    assert!(out.status.success());
    let text = crate::common::stdout(&out);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("id,title,publisher,published,url,events")
    );
    let zawya = lines
        .find(|l| l.starts_with("zawya-2023-12-11,"))
        .expect("zawya");
    assert!(zawya.ends_with(",1"), "{zawya}");
    let json = pasar(&["export", "sources"], Path::new("/"));
    let first = crate::common::stdout(&json);
    let first = first.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("{\"id\":\"pinusi-2023-11\",") && first.ends_with(",\"events\":8}"),
        "{first}"
    );
}

#[test]
fn completions_and_the_man_page_come_from_the_command_line() {
    for shell in ["bash", "zsh", "fish"] {
        let out = pasar(&["completions", shell], Path::new("/"));
        assert!(out.status.success(), "{shell}");
        let script = crate::common::stdout(&out);
        for word in ["export", "query", "completions", "sources"] {
            assert!(script.contains(word), "{shell} completes {word}");
        }
    }
    let out = pasar(&["completions", "tcsh"], Path::new("/"));
    assert_eq!(out.status.code(), Some(2));
    let man = pasar(&["man"], Path::new("/"));
    assert!(man.status.success());
    let page = crate::common::stdout(&man);
    assert!(
        page.contains(".TH pasar 1") && page.contains("completions"),
        "{page}"
    );
}

#[test]
fn usage_errors_print_what_was_typed_as_text() {
    // Each argument would clear the screen, set the window title or forge a second
    // error line if clap's message quoted it raw.
    let dir = tempfile::tempdir().unwrap();
    let hostile = "\u{1b}[2J\u{1b}]0;owned\u{7}\nfake.jsonl:1:1: forged\u{9b}\u{202e}";
    let cases: [&[&str]; 7] = [
        &[hostile],
        &["render", "--size", hostile],
        &["render", "--keys", &format!("<{hostile}>")],
        &["export", hostile],
        &["ingest", "--lang", hostile, "a.txt"],
        &["ingest", "--published", hostile, "a.txt"],
        &[&format!("--{hostile}")],
    ];
    for args in cases {
        let out = pasar(args, dir.path());
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            !stderr.chars().any(|c| c.is_control() && c != '\n'),
            "{args:?}: {stderr:?}"
        );
        assert!(!stderr.contains('\u{202e}'), "{args:?}: {stderr:?}");
        assert!(
            !stderr.lines().any(|l| l.starts_with("fake.jsonl")),
            "{args:?}: {stderr}"
        );
        assert!(stderr.contains("␛[2J"), "{args:?}: {stderr}");
    }
}
