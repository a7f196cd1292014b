//! Reviewing in a real terminal, with `EDITOR` a script that edits the document: accept a
//! candidate, reject one, edit one into an invalid state and back, accept it; add an
//! event, delete it, undo; quit. Then the folder holds exactly those changes.

use std::fs;
use std::path::Path;

use crate::common::Tmux;

const MARKET: &str = "# A small market for the review test.\n\
[market]\n\
name = \"Review test\"  # shown in the header\n\
region = \"ID\"\n\
currency = \"USD\"\n\
\n\
# Where the facts come from.\n\
[[sources]]\n\
id = \"desk-notes\"\n\
title = \"Notes from the desk\"\n\
publisher = \"Desk\"\n\
published = \"2024-01\"\n\
\n\
[[players]]\n\
id = \"lazada\"\n\
name = \"Lazada\"\n\
role = \"marketplace\"\n\
\n\
[[players]]\n\
id = \"shopee\"\n\
name = \"Shopee\"\n\
role = \"marketplace\"  # the other one\n";

const EVENTS: &str = concat!(
    r#"{"id":"first-note","date":"2024-01-10","kind":"statement","title":"Lazada speaks about its year","actors":["lazada"],"source":"desk-notes"}"#,
    "\n",
    r#"{"id":"second-note","date":"2024-02-01","kind":"launch","title":"Shopee opens a new service","actors":["shopee"]}"#,
    "\n",
);

/// Three new candidates; newest first they are A, B, C.
fn candidate(letter: &str, found: &str, actor: &str, date: &str) -> String {
    let lower = letter.to_lowercase();
    format!(
        r#"{{"id":"c-0000000{lower}","state":"new","found":"{found}","article":{{"url":"https://example.com/{lower}","title":"Headline {letter}","publisher":"Wire {letter}","published":"{date}","feed":"wire"}},"sentence":"{actor} said something about {letter}.","duplicate_of":null,"event":{{"id":"event-{lower}","date":"{date}","kind":"statement","title":"Draft {letter}","actors":["{actor}"],"source":"wire-{lower}","status":"occurred"}}}}"#
    )
}

fn inbox() -> String {
    [
        candidate("A", "2026-12-01T10:00:00Z", "lazada", "2024-03-01"),
        candidate("B", "2026-12-01T09:00:00Z", "shopee", "2024-03-02"),
        candidate("C", "2026-12-01T08:00:00Z", "lazada", "2024-03-03"),
    ]
    .map(|line| line + "\n")
    .concat()
}

/// The editor: each run does the next step of the story to the document it is given.
const EDITOR: &str = r#"#!/bin/sh
dir=$(dirname "$0")
n=$(cat "$dir/runs" 2>/dev/null || echo 0)
n=$((n + 1))
echo "$n" > "$dir/runs"
case $n in
  1) sed -i 's/^date: .*/date: 2024-02-30/' "$1" ;;
  2) sed -i -e 's/^date: .*/date: 2024-02-28/' -e 's/^title: .*/title: Lazada names a new chief/' "$1" ;;
  3) sed -i -e 's/^title: .*/title: Shopee trims its fees/' -e 's/^actors: .*/actors: shopee/' -e 's/^id: .*/id: shopee-fees/' "$1" ;;
esac
"#;

fn read(dir: &Path, name: &str) -> String {
    fs::read_to_string(dir.join(name)).expect("the file is there")
}

#[test]
fn review_start_to_finish_in_a_real_terminal() {
    let data = tempfile::tempdir().expect("temp folder");
    let dir = data.path();
    fs::write(dir.join("market.toml"), MARKET).unwrap();
    fs::write(dir.join("events.jsonl"), EVENTS).unwrap();
    fs::write(dir.join("inbox.jsonl"), inbox()).unwrap();
    let tools = tempfile::tempdir().expect("temp folder");
    let editor = tools.path().join("editor.sh");
    fs::write(&editor, EDITOR).unwrap();
    let mut permissions = fs::metadata(&editor).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
    fs::set_permissions(&editor, permissions).unwrap();
    let tmux = Tmux::start(&format!(
        "env -u NO_COLOR -u PASAR_DATA -u VISUAL XDG_CONFIG_HOME=/nonexistent EDITOR='{}' '{}' --data '{}'; echo EXIT=$?; sleep 30",
        editor.display(),
        env!("CARGO_BIN_EXE_pasar"),
        dir.display()
    ));
    tmux.wait_for(&["Review test", "Inbox 3"]);
    tmux.keys(&["i"]);
    tmux.wait_for(&["Inbox · 3 new of 3", "Candidate c-0000000a · new"]);

    tmux.keys(&["a"]);
    tmux.wait_for(&["accepted: Draft A", "Candidate c-0000000b · new"]);
    tmux.keys(&["x"]);
    tmux.wait_for(&["rejected: Draft B", "Candidate c-0000000c · new"]);

    // An invalid edit: the problem is shown with its line, and nothing is written.
    let before = [read(dir, "events.jsonl"), read(dir, "inbox.jsonl")];
    tmux.keys(&["e"]);
    tmux.wait_for(&[
        "The edit has problems",
        "line 7: date: 2024-02-30 does not exist",
    ]);
    assert_eq!(
        [read(dir, "events.jsonl"), read(dir, "inbox.jsonl")],
        before
    );
    // Back to the editor, which fixes it; then accept the fixed draft.
    tmux.keys(&["e"]);
    tmux.wait_for(&["draft saved: Lazada names a new chief"]);
    tmux.keys(&["a"]);
    tmux.wait_for(&["accepted: Lazada names a new chief", "Inbox · 0 new of 3"]);

    // Back in the timeline, the last accepted event is selected.
    tmux.keys(&["i"]);
    tmux.wait_for(&["▶2024-02-28", "Timeline (4)"]);
    tmux.keys(&["+"]);
    tmux.wait_for(&["added: Shopee trims its fees", "Timeline (5)"]);
    tmux.keys(&["d"]);
    tmux.wait_for(&["Delete “Shopee trims its fees”? y/n"]);
    tmux.keys(&["y"]);
    tmux.wait_for(&["deleted: Shopee trims its fees", "Timeline (4)"]);
    tmux.keys(&["u"]);
    tmux.wait_for(&["undone: deleted: Shopee trims its fees", "Timeline (5)"]);
    tmux.keys(&["q"]);
    tmux.wait_for(&["EXIT=0"]);
    assert!(!tmux.alternate_screen());

    let check = crate::common::pasar(&["check", "--data", dir.to_str().unwrap()], dir);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        crate::common::stderr(&check)
    );
    let today = new_event_date(&read(dir, "events.jsonl"));
    let added = format!(
        r#"{{"id":"shopee-fees","date":"{today}","kind":"other","title":"Shopee trims its fees","actors":["shopee"],"status":"occurred"}}"#
    );
    let events = format!(
        "{EVENTS}{}\n{}\n{added}\n",
        r#"{"id":"event-a","date":"2024-03-01","kind":"statement","title":"Draft A","actors":["lazada"],"source":"wire-a","status":"occurred"}"#,
        r#"{"id":"event-c","date":"2024-02-28","kind":"statement","title":"Lazada names a new chief","actors":["lazada"],"source":"wire-c","status":"occurred"}"#,
    );
    assert_eq!(read(dir, "events.jsonl"), events);
    let source = |letter: &str| {
        let lower = letter.to_lowercase();
        format!(
            "\n[[sources]]\nid = \"wire-{lower}\"\ntitle = \"Headline {letter}\"\npublisher = \"Wire {letter}\"\n\
             published = \"2024-03-0{}\"\nurl = \"https://example.com/{lower}\"\n",
            if letter == "A" { 1 } else { 3 }
        )
    };
    assert_eq!(
        read(dir, "market.toml"),
        format!("{MARKET}{}{}", source("A"), source("C"))
    );
    let states: Vec<String> = read(dir, "inbox.jsonl")
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            format!(
                "{} {} {}",
                v["id"].as_str().unwrap(),
                v["state"].as_str().unwrap(),
                v["event"]["title"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        states,
        [
            "c-0000000a accepted Draft A",
            "c-0000000b rejected Draft B",
            "c-0000000c accepted Lazada names a new chief",
        ]
    );
}

/// The date the new event was given: today's, as the tracker saw it.
fn new_event_date(events: &str) -> String {
    let line = events
        .lines()
        .find(|l| l.contains("shopee-fees"))
        .expect("the new event");
    let v: serde_json::Value = serde_json::from_str(line).unwrap();
    v["date"].as_str().unwrap().to_string()
}

/// An editor that gives candidate B a title of its own.
const RETITLING_EDITOR: &str =
    "#!/bin/sh\nsed -i 's/^title: .*/title: Shopee edits its draft/' \"$1\"\n";

/// A reload of the folder begun before the tracker's own write, and finished after it,
/// read the files as they were before: it must not replace what the write reloaded. It
/// did, for as long as the next reload took, and `a` then accepted the draft as it was
/// before the edit.
#[test]
fn a_reload_begun_before_the_tracker_s_own_write_never_brings_back_what_it_replaced() {
    let data = tempfile::tempdir().expect("temp folder");
    let dir = data.path();
    fs::write(dir.join("market.toml"), MARKET).unwrap();
    fs::write(dir.join("events.jsonl"), EVENTS).unwrap();
    fs::write(dir.join("inbox.jsonl"), inbox()).unwrap();
    let tools = tempfile::tempdir().expect("temp folder");
    let editor = tools.path().join("retitle.sh");
    fs::write(&editor, RETITLING_EDITOR).unwrap();
    let mut permissions = fs::metadata(&editor).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
    fs::set_permissions(&editor, permissions).unwrap();
    // Every reload hands its result over 2 s after reading the files.
    let tmux = Tmux::start(&format!(
        "env -u NO_COLOR -u PASAR_DATA -u VISUAL XDG_CONFIG_HOME=/nonexistent PASAR_SLOW_RELOAD=2 EDITOR='{}' '{}' --data '{}'; echo EXIT=$?; sleep 30",
        editor.display(),
        env!("CARGO_BIN_EXE_pasar"),
        dir.display()
    ));
    tmux.wait_for(&["Review test", "Inbox 3"]);
    tmux.keys(&["i"]);
    tmux.wait_for(&["Inbox · 3 new of 3", "Candidate c-0000000a · new"]);
    // The reject's write starts a reload once the folder is quiet (0.2 s); the edit's
    // write comes while that reload waits to hand over what it read.
    tmux.keys(&["x"]);
    tmux.wait_for(&["rejected: Draft A", "Candidate c-0000000b · new"]);
    std::thread::sleep(std::time::Duration::from_millis(700));
    tmux.keys(&["e"]);
    tmux.wait_for(&[
        "draft saved: Shopee edits its draft",
        "· Shopee edits its draft",
    ]);
    // Both reloads hand over within 5 s: the screen never shows the old draft again.
    let start = std::time::Instant::now();
    while start.elapsed() < std::time::Duration::from_secs(5) {
        let screen = tmux.screen();
        assert!(
            !screen.contains("· Draft B"),
            "the old draft is back:\n{screen}"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    tmux.keys(&["a"]);
    tmux.wait_for(&["accepted: Shopee edits its draft"]);
    tmux.keys(&["q"]);
    tmux.wait_for(&["EXIT=0"]);
    let events = read(dir, "events.jsonl");
    assert!(
        events.contains(r#""title":"Shopee edits its draft""#) && !events.contains("Draft B"),
        "{events}"
    );
}
