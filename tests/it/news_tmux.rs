//! The news desk in a real terminal: feeds on a loopback server, `pasar fetch`, and the
//! tracker's header counting the inbox; then the same through the background fetch.

use std::fs;
use std::process::Command;

use crate::common::Tmux;
use crate::newsroom::{self, Newsroom};

fn market_folder(market: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp folder");
    fs::write(dir.path().join("market.toml"), market).expect("market.toml");
    fs::write(dir.path().join("events.jsonl"), "").expect("events.jsonl");
    dir
}

fn tracker(data: &std::path::Path, config_home: &std::path::Path) -> Tmux {
    Tmux::start(&format!(
        "env -u NO_COLOR -u PASAR_DATA XDG_CONFIG_HOME='{}' '{}' --data '{}'; echo EXIT=$?; sleep 30",
        config_home.display(),
        env!("CARGO_BIN_EXE_pasar"),
        data.display()
    ))
}

fn quit(tmux: &Tmux) {
    tmux.keys(&["q"]);
    tmux.wait_until(|s| s.contains("EXIT=0"), &["EXIT=0"]);
    assert!(!tmux.alternate_screen());
}

#[test]
fn fetched_candidates_show_as_the_inbox_count_in_the_header() {
    let news = Newsroom::start();
    let dir = market_folder(&news.market(&["rss2", "atom", "json"]));
    let fetched = Command::new(env!("CARGO_BIN_EXE_pasar"))
        .args(["--data", dir.path().to_str().unwrap(), "fetch"])
        .env_remove("PASAR_DATA")
        .output()
        .expect("pasar runs");
    assert_eq!(
        fetched.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&fetched.stderr)
    );
    let config = tempfile::tempdir().expect("temp folder");
    let tmux = tracker(dir.path(), config.path());
    let header = format!(
        " Newsroom test market [{}] — 0 events · 4 players · Inbox 4",
        dir.path().file_name().unwrap().to_string_lossy()
    );
    tmux.wait_for(&[header.as_str(), "q quit"]);
    quit(&tmux);
}

#[test]
fn a_background_fetch_raises_the_count_while_keys_keep_working() {
    let news = Newsroom::start();
    let dir = market_folder(&news.market(&["rss1"]));
    let config = tempfile::tempdir().expect("temp folder");
    fs::create_dir_all(config.path().join("pasar")).unwrap();
    fs::write(
        config.path().join("pasar/config.toml"),
        "fetch_every = 60\n",
    )
    .unwrap();
    let tmux = tracker(dir.path(), config.path());
    tmux.keys(&["2"]);
    tmux.wait_for(&["Inbox 1", "q quit"]);
    tmux.keys(&["1", "?"]);
    tmux.wait_for(&["? or Esc closes"]);
    tmux.keys(&["Escape"]);
    quit(&tmux);
    assert!(
        fs::read_to_string(dir.path().join("inbox.jsonl"))
            .unwrap()
            .contains(newsroom::TIKTOK)
    );
}
