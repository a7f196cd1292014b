//! `pasar fetch` against a news outlet on loopback (`newsroom`): every feed format,
//! article pages (one in windows-1252), conditional GET, redirects, timeouts, a body
//! over the cap, malformed XML, 404 and 500, each feed's result and message asserted.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use crate::newsroom::{LAST_MODIFIED, LAZADA, LAZADA_EN, Newsroom, SHOPEE_UTF8, TIKTOK, TOKOPEDIA};
use pasar::data::DataSource;
use pasar::fetch::http::{Client, HttpError, Options};
use pasar::fetch::{FeedReport, Outcome, fetch};

fn options() -> Options {
    Options {
        connect_timeout: Duration::from_secs(2),
        timeout: Duration::from_millis(500),
        max_body: 64 * 1024,
        pause: Duration::ZERO,
    }
}

fn market_folder(market: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp folder");
    fs::write(dir.path().join("market.toml"), market).expect("market.toml");
    fs::write(dir.path().join("events.jsonl"), "").expect("events.jsonl");
    dir
}

/// Fetches every feed of the folder's market once.
fn fetch_all(dir: &Path, options: Options) -> Vec<FeedReport> {
    let market = DataSource::Folder(dir.to_path_buf())
        .load()
        .expect("a valid market");
    let feeds: Vec<_> = market.feeds.iter().collect();
    let mut client = Client::new(options);
    fetch(dir, &market, &feeds, &mut client, "2026-12-01T08:00:00Z").expect("fetch")
}

fn read(items: usize, articles: usize, candidates: usize) -> Outcome {
    Outcome::Read {
        items,
        articles,
        candidates,
        failed: Vec::new(),
    }
}

fn outcomes(reports: &[FeedReport]) -> Vec<(&str, Outcome)> {
    reports
        .iter()
        .map(|r| (r.feed.as_str(), r.outcome.clone()))
        .collect()
}

fn inbox(dir: &Path) -> String {
    fs::read_to_string(dir.join("inbox.jsonl")).unwrap_or_default()
}

#[test]
fn every_feed_format_yields_its_articles_candidates_once() {
    let news = Newsroom::start();
    let dir = market_folder(&news.market(&["rss2", "rss1", "atom", "json"]));
    let reports = fetch_all(dir.path(), options());
    assert_eq!(
        outcomes(&reports),
        [
            ("rss2", read(2, 2, 2)),
            ("rss1", read(1, 1, 1)),
            ("atom", read(1, 1, 1)),
            ("json", read(1, 1, 1)),
        ]
    );
    let lines: Vec<String> = reports.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "rss2: 2 items, 2 new articles, 2 candidates",
            "rss1: 1 item, 1 new article, 1 candidate",
            "atom: 1 item, 1 new article, 1 candidate",
            "json: 1 item, 1 new article, 1 candidate",
        ]
    );
    let queued = inbox(dir.path());
    for sentence in [LAZADA, SHOPEE_UTF8, TIKTOK, TOKOPEDIA, LAZADA_EN] {
        assert!(
            queued.contains(&format!("\"sentence\":\"{sentence}\"")),
            "{sentence}\n{queued}"
        );
    }
    // The windows-1252 page read right, tracking parameters dropped from the address.
    assert!(queued.contains("“Kafé Niaga”"), "{queued}");
    let lazmall = format!("\"url\":\"{}/berita/lazmall\"", news.base);
    assert!(queued.contains(&lazmall), "{queued}");
    assert!(
        queued.contains(r#""publisher":"Warta Niaga","published":"2024-05-20","feed":"rss2""#),
        "{queued}"
    );
    assert!(
        queued.contains(r#""date":"2024-05-20","kind":"launch","title":"#),
        "{queued}"
    );
    assert!(DataSource::Folder(dir.path().to_path_buf()).check().is_ok());

    let again = fetch_all(dir.path(), options());
    assert_eq!(
        outcomes(&again),
        [
            ("rss2", read(2, 0, 0)),
            ("rss1", read(1, 0, 0)),
            ("atom", read(1, 0, 0)),
            ("json", read(1, 0, 0)),
        ]
    );
    assert_eq!(inbox(dir.path()), queued);
}

#[test]
fn a_304_after_an_etag_costs_no_parsing_and_ignored_validators_add_nothing() {
    let news = Newsroom::start();
    let dir = market_folder(&news.market(&["etag", "stubborn"]));
    let first = fetch_all(dir.path(), options());
    assert_eq!(
        outcomes(&first),
        [("etag", read(1, 1, 1)), ("stubborn", read(2, 2, 2))]
    );
    let memory = fs::read_to_string(dir.path().join("fetched.txt")).unwrap();
    assert!(memory.contains("etag\tetag\t\"v1\"\n"), "{memory}");
    let queued = inbox(dir.path());

    let second = fetch_all(dir.path(), options());
    assert_eq!(
        outcomes(&second),
        [("etag", Outcome::NotModified), ("stubborn", read(2, 0, 0))]
    );
    assert_eq!(
        second[0].to_string(),
        "etag: not modified since the last fetch"
    );
    assert_eq!(inbox(dir.path()), queued);
    let asked: Vec<_> = news
        .requests()
        .into_iter()
        .filter(|r| r.path == "/etag.xml")
        .collect();
    assert_eq!(asked.len(), 2);
    assert_eq!(asked[0].if_none_match, None);
    assert_eq!(asked[1].if_none_match.as_deref(), Some("\"v1\""));
}

#[test]
fn last_modified_is_sent_back_and_a_304_reads_nothing() {
    let news = Newsroom::start();
    let dir = market_folder(&news.market(&["modified"]));
    assert_eq!(
        outcomes(&fetch_all(dir.path(), options())),
        [("modified", read(1, 1, 1))]
    );
    let memory = fs::read_to_string(dir.path().join("fetched.txt")).unwrap();
    assert!(
        memory.contains(&format!("modified\tmodified\t{LAST_MODIFIED}\n")),
        "{memory}"
    );
    let queued = inbox(dir.path());
    assert_eq!(
        outcomes(&fetch_all(dir.path(), options())),
        [("modified", Outcome::NotModified)]
    );
    assert_eq!(inbox(dir.path()), queued);
    let asked: Vec<_> = news
        .requests()
        .into_iter()
        .filter(|r| r.path == "/modified.xml")
        .map(|r| r.if_modified_since)
        .collect();
    assert_eq!(asked, [None, Some(LAST_MODIFIED.to_string())]);
}

#[test]
fn an_article_known_by_address_or_text_adds_nothing_and_restatements_are_marked() {
    let news = Newsroom::start();
    let dir = market_folder(&news.market(&["rss1", "mirror"]));
    // The dataset already holds the seller academy the mirror's new article reports.
    fs::write(
        dir.path().join("events.jsonl"),
        "{\"id\":\"lazada-academy\",\"date\":\"2024-05-08\",\"kind\":\"launch\",\"title\":\"Lazada opens a seller academy\",\"actors\":[\"lazada\"]}\n",
    )
    .unwrap();
    let base = &news.base;
    let gone = format!("{base}/berita/hilang.html: HTTP 404");
    let reports = fetch_all(dir.path(), options());
    assert_eq!(
        outcomes(&reports),
        [
            ("rss1", read(1, 1, 1)),
            (
                "mirror",
                Outcome::Read {
                    items: 4,
                    articles: 1,
                    candidates: 1,
                    failed: vec![gone.clone()],
                }
            ),
        ]
    );
    assert_eq!(
        reports[1].to_string(),
        format!("mirror: 4 items, 1 new article, 1 candidate; 1 page not read ({gone})")
    );
    let queued = inbox(dir.path());
    assert_eq!(queued.lines().count(), 2, "{queued}");
    let academy = queued.lines().find(|l| l.contains(LAZADA_EN)).unwrap();
    assert!(
        academy.contains(r#""duplicate_of":"lazada-academy""#),
        "{academy}"
    );
    let tiktok = queued.lines().find(|l| l.contains(TIKTOK)).unwrap();
    assert!(tiktok.contains(r#""duplicate_of":null"#), "{tiktok}");
    assert!(DataSource::Folder(dir.path().to_path_buf()).check().is_ok());

    // The page that was gone is asked for again; nothing else is read again.
    let again = fetch_all(dir.path(), options());
    assert_eq!(
        outcomes(&again),
        [
            ("rss1", read(1, 0, 0)),
            (
                "mirror",
                Outcome::Read {
                    items: 4,
                    articles: 0,
                    candidates: 0,
                    failed: vec![gone],
                }
            ),
        ]
    );
    assert_eq!(inbox(dir.path()), queued);
    let count = |path: &str| news.requests().iter().filter(|r| r.path == path).count();
    assert_eq!(count("/berita/tiktok.html"), 1);
    assert_eq!(count("/salinan/tiktok.html"), 1);
    assert_eq!(count("/berita/hilang.html"), 2);
}

#[test]
fn each_broken_feed_says_what_went_wrong_and_the_others_are_read() {
    let news = Newsroom::start();
    let feeds = [
        "looping",
        "slow",
        "huge",
        "broken",
        "missing",
        "failing",
        "redirected",
    ];
    let dir = market_folder(&news.market(&feeds));
    let reports = fetch_all(dir.path(), options());
    let timeout = Duration::from_millis(500);
    assert_eq!(
        outcomes(&reports)
            .into_iter()
            .map(|(f, o)| match o {
                Outcome::Malformed(_) => (f, Outcome::Malformed(String::new())),
                o => (f, o),
            })
            .collect::<Vec<_>>(),
        [
            ("looping", Outcome::Unreachable(HttpError::Redirects)),
            ("slow", Outcome::Unreachable(HttpError::Timeout(timeout))),
            ("huge", Outcome::Unreachable(HttpError::TooBig(64 * 1024))),
            ("broken", Outcome::Malformed(String::new())),
            ("missing", Outcome::Unreachable(HttpError::Status(404))),
            ("failing", Outcome::Unreachable(HttpError::Status(500))),
            ("redirected", read(2, 2, 2)),
        ]
    );
    let base = &news.base;
    let lines: Vec<String> = reports.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines[0],
        format!("looping: cannot reach {base}/loop/1: more than 5 redirects")
    );
    assert_eq!(
        lines[1],
        format!("slow: cannot reach {base}/slow.xml: no complete response within 0.5 s")
    );
    assert_eq!(
        lines[2],
        format!("huge: cannot reach {base}/huge.xml: the response is larger than 64 KiB")
    );
    assert!(
        lines[3].starts_with(&format!("broken: {base}/broken.xml is not a feed: ")),
        "{}",
        lines[3]
    );
    assert_eq!(
        lines[4],
        format!("missing: cannot reach {base}/missing.xml: HTTP 404")
    );
    assert_eq!(
        lines[5],
        format!("failing: cannot reach {base}/error.xml: HTTP 500")
    );
    assert_eq!(pasar::commands::fetch::exit_code(&reports), 2);
    assert_eq!(pasar::commands::fetch::exit_code(&reports[4..]), 1);
    assert_eq!(pasar::commands::fetch::exit_code(&reports[6..]), 0);
}

#[test]
fn by_default_a_body_over_8_mib_is_refused_however_it_is_compressed() {
    let news = Newsroom::start();
    let dir = market_folder(&news.market(&["enormous", "bomb", "rss1"]));
    let options = Options {
        pause: Duration::ZERO,
        ..Options::default()
    };
    let reports = fetch_all(dir.path(), options);
    let cap = 8 << 20;
    assert_eq!(
        outcomes(&reports),
        [
            ("enormous", Outcome::Unreachable(HttpError::TooBig(cap))),
            ("bomb", Outcome::Unreachable(HttpError::TooBig(cap))),
            ("rss1", read(1, 1, 1)),
        ]
    );
    assert_eq!(
        reports[1].to_string(),
        format!(
            "bomb: cannot reach {}/bomb.xml: the response is larger than 8 MiB",
            news.base
        )
    );
}

#[test]
fn requests_name_pasar_ask_for_gzip_and_pause_between_calls_to_a_host() {
    let news = Newsroom::start();
    let dir = market_folder(&news.market(&["rss2", "rss1"]));
    let pause = Duration::from_millis(150);
    let reports = fetch_all(dir.path(), Options { pause, ..options() });
    assert_eq!(
        outcomes(&reports),
        [("rss2", read(2, 2, 2)), ("rss1", read(1, 1, 1))]
    );
    let seen = news.requests();
    let paths: Vec<&str> = seen.iter().map(|r| r.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "/rss2.xml",
            "/berita/kafe.html",
            "/rss1.rdf",
            "/berita/tiktok.html"
        ]
    );
    for request in &seen {
        assert_eq!(
            request.user_agent,
            format!("pasar/{}", env!("CARGO_PKG_VERSION"))
        );
        assert!(request.accepts_gzip);
    }
    for pair in seen.windows(2) {
        assert!(pair[1].at.duration_since(pair[0].at) >= pause, "{pair:?}");
    }
}

fn pasar(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pasar"))
        .args(args)
        .env_remove("PASAR_DATA")
        .output()
        .expect("pasar runs")
}

#[test]
fn the_command_summarises_each_feed_and_exits_by_the_worst() {
    let news = Newsroom::start();
    let dir = market_folder(&news.market(&["atom", "missing"]));
    let data = dir.path().to_str().unwrap();
    let output = pasar(&["--data", data, "fetch"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&output.stdout), "");
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "atom: 1 item, 1 new article, 1 candidate\nmissing: cannot reach {}/missing.xml: HTTP 404\n",
            news.base
        )
    );
    let frame = pasar(&["--data", data, "render", "--size", "80x16"]);
    let header = String::from_utf8_lossy(&frame.stdout)
        .lines()
        .next()
        .map(str::to_owned);
    assert_eq!(
        header.as_deref().map(str::trim_end),
        Some(
            format!(
                " Newsroom test market [{}] — 0 events · 4 players · Inbox 1",
                Path::new(data).file_name().unwrap().to_string_lossy()
            )
            .as_str()
        )
    );
    let output = pasar(&["--data", data, "fetch", "atom"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "atom: 1 item, 0 new articles, 0 candidates\n"
    );
    let output = pasar(&["--data", data, "fetch", "nope"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "pasar: unknown feed \"nope\"; market.toml defines: atom, missing\n"
    );
}

#[test]
fn a_feed_that_is_not_a_feed_or_an_invalid_market_exits_2() {
    let news = Newsroom::start();
    let dir = market_folder(&news.market(&["broken", "atom"]));
    let data = dir.path().to_str().unwrap();
    let output = pasar(&["--data", data, "fetch"]);
    assert_eq!(output.status.code(), Some(2));
    let said = String::from_utf8_lossy(&output.stderr).into_owned();
    let lines: Vec<&str> = said.lines().collect();
    assert_eq!(lines.len(), 2, "{said}");
    let broken = format!("broken: {}/broken.xml is not a feed: ", news.base);
    assert!(lines[0].starts_with(&broken), "{said}");
    assert_eq!(lines[1], "atom: 1 item, 1 new article, 1 candidate");
    assert!(inbox(dir.path()).contains(TOKOPEDIA));

    let market = format!(
        "{}\n[[feeds]]\nid = \"bad\"\nurl = \"ftp://{}/x\"\n",
        crate::newsroom::MARKET,
        news.base.trim_start_matches("http://")
    );
    let dir = market_folder(&market);
    let data = dir.path().to_str().unwrap();
    let output = pasar(&["--data", data, "fetch"]);
    assert_eq!(output.status.code(), Some(2));
    let said = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        said.ends_with(&format!(
            "market.toml:28:7: url: \"ftp://{}/x\" is not an http or https address (scheme ftp)\n",
            news.base.trim_start_matches("http://")
        )),
        "{said}"
    );
    assert!(news.requests().iter().all(|r| r.path != "/x"));
    assert!(!dir.path().join("inbox.jsonl").exists());
    assert!(!dir.path().join("fetched.txt").exists());
}

#[test]
fn ingest_reads_an_article_address_and_queues_it_with_inbox() {
    let news = Newsroom::start();
    let dir = market_folder(crate::newsroom::MARKET);
    let data = dir.path().to_str().unwrap();
    let url = format!("{}/berita/tiktok.html?utm_campaign=x", news.base);
    let printed = pasar(&["--data", data, "ingest", &url, "--published", "2024-05-02"]);
    assert!(
        printed.status.success(),
        "{}",
        String::from_utf8_lossy(&printed.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&printed.stdout),
        format!(
            "{{\"id\":\"2024-05-02-launch-tiktok\",\"date\":\"2024-05-02\",\"kind\":\"launch\",\"title\":\"TikTok launches\",\"summary\":\"{TIKTOK}\",\"actors\":[\"tiktok\"],\"status\":\"occurred\",\"tags\":[\"ingest\"]}}\n"
        )
    );
    let queued = pasar(&[
        "--data",
        data,
        "ingest",
        &url,
        "--published",
        "2024-05-02",
        "--inbox",
    ]);
    assert!(
        queued.status.success(),
        "{}",
        String::from_utf8_lossy(&queued.stderr)
    );
    let line = String::from_utf8_lossy(&queued.stdout).into_owned();
    let article = format!(
        r#""article":{{"url":"{}/berita/tiktok.html","title":"Belanja langsung","publisher":"127.0.0.1","published":"2024-05-02","feed":null}},"sentence":"{TIKTOK}","duplicate_of":null,"#,
        news.base
    );
    assert!(line.contains(&article), "{line}");
    assert_eq!(inbox(dir.path()), line);

    let missing = format!("{}/berita/gone.html", news.base);
    let output = pasar(&["--data", data, "ingest", &missing]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!("pasar: cannot read {missing}: HTTP 404\n")
    );
}

#[test]
fn a_fetch_memory_that_is_a_named_pipe_or_a_device_is_refused_at_once() {
    let news = Newsroom::start();
    for (what, make) in [("a named pipe", "fifo"), ("a character device", "link")] {
        let dir = market_folder(&news.market(&["atom"]));
        let memory = dir.path().join("fetched.txt");
        match make {
            "fifo" => {
                let made = Command::new("mkfifo").arg(&memory).status().unwrap();
                assert!(made.success());
            }
            _ => std::os::unix::fs::symlink("/dev/zero", &memory).unwrap(),
        }
        let data = dir.path().to_str().unwrap();
        // Before, fetch waited forever for a writer of the pipe, or read /dev/zero on.
        let output = pasar(&["--data", data, "fetch"]);
        assert_eq!(output.status.code(), Some(2), "{what}");
        assert_eq!(
            String::from_utf8_lossy(&output.stderr),
            format!(
                "{}:1:1: cannot keep what fetch has read: not a regular file ({what})\n",
                memory.display()
            )
        );
        assert!(!dir.path().join("inbox.jsonl").exists(), "{what}");
    }
}
