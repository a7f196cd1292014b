//! The tracker under hostile conditions, in a real terminal: signals and panics must
//! restore the terminal, edits to the data folder reload live (or show why not), and
//! escape sequences in data never reach the terminal.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::common::{Tmux, bundled};

/// A copy of the bundled dataset the test may edit.
fn editable_data() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for file in ["market.toml", "events.jsonl"] {
        fs::copy(bundled().join(file), dir.path().join(file)).unwrap();
    }
    dir
}

/// Runs the tracker in tmux; it writes its pid to `pid` and the shell reports its exit.
fn tracker(data: &Path, pid: &Path) -> Tmux {
    tracker_with(data, pid, "")
}

/// [`tracker`] with more environment, such as a test hook (`NAME=VALUE ...`).
fn tracker_with(data: &Path, pid: &Path, env: &str) -> Tmux {
    let command = format!(
        "sh -c 'echo $$ > \"{pid}\"; exec env -u NO_COLOR XDG_CONFIG_HOME=/nonexistent {env} \"{bin}\" --data \"{data}\"'; echo EXIT=$?; sleep 30",
        pid = pid.display(),
        bin = env!("CARGO_BIN_EXE_pasar"),
        data = data.display(),
    );
    let tmux = Tmux::start(&command);
    tmux.wait_for(&["Timeline (", "q quit"]);
    assert!(tmux.alternate_screen());
    tmux
}

fn signal(pid_file: &Path, signal: &str) {
    let pid = fs::read_to_string(pid_file).unwrap();
    let status = Command::new("kill")
        .args([signal, pid.trim()])
        .status()
        .unwrap();
    assert!(status.success());
}

fn assert_restored(tmux: &Tmux, exit: &str) {
    let screen = tmux.wait_until(|s| s.contains(exit) && !s.contains("q quit"), &[exit]);
    assert!(
        !tmux.alternate_screen(),
        "still on the alternate screen:\n{screen}"
    );
}

#[test]
fn quitting_keys_and_signals_restore_the_terminal() {
    // Keys quit with 0; a signal ends pasar by that signal once the terminal is restored,
    // so a shell sees 128 + its number, as for `pasar check` or `cat`.
    for (way, exit) in [
        ("q", "EXIT=0"),
        ("C-c", "EXIT=0"),
        ("-TERM", "EXIT=143"),
        ("-HUP", "EXIT=129"),
        ("-INT", "EXIT=130"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let pid = dir.path().join("pid");
        let tmux = tracker(&bundled(), &pid);
        match way.strip_prefix('-') {
            Some(_) => signal(&pid, way),
            None => tmux.keys(&[way]),
        }
        assert_restored(&tmux, exit);
    }
}

#[test]
fn a_signal_ends_a_busy_tracker_with_the_same_status_as_an_idle_one() {
    for (way, exit) in [
        ("-TERM", "EXIT=143"),
        ("-HUP", "EXIT=129"),
        ("-INT", "EXIT=130"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let pid = dir.path().join("pid");
        // The loop sleeps 20 s after drawing: it cannot look at the signal's flag.
        let tmux = tracker_with(&bundled(), &pid, "PASAR_STALL_AFTER_DRAW=20");
        signal(&pid, way);
        assert_restored(&tmux, exit);
    }
}

#[test]
fn an_abort_such_as_running_out_of_memory_still_restores_the_terminal() {
    let command = format!(
        "env -u NO_COLOR XDG_CONFIG_HOME=/nonexistent PASAR_ABORT_AFTER_DRAW=1 '{}' --data '{}'; echo EXIT=$?; stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo; sleep 30",
        env!("CARGO_BIN_EXE_pasar"),
        bundled().display()
    );
    let tmux = Tmux::start(&command);
    // SIGABRT: 128 + 6. The terminal is back in cooked mode with echo, off the alternate
    // screen, and mouse reporting is off.
    let screen = tmux.wait_for(&["EXIT=134", "icanon", "echo"]);
    assert!(!tmux.alternate_screen(), "{screen}");
    let mouse = tmux.run(&[
        "display-message",
        "-p",
        "-t",
        "e2e",
        "#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}",
    ]);
    let mouse = String::from_utf8_lossy(&mouse.stdout);
    assert_eq!(mouse.trim(), "000", "mouse reporting still on");
}

#[test]
fn closing_the_terminal_ends_pasar() {
    let dir = tempfile::tempdir().unwrap();
    let pid_file = dir.path().join("pid");
    let tmux = tracker(&bundled(), &pid_file);
    let pid = fs::read_to_string(&pid_file).unwrap().trim().to_string();
    tmux.run(&["kill-session", "-t", "e2e"]);
    let alive = || {
        let probe = Command::new("kill")
            .args(["-0", &pid])
            .stderr(std::process::Stdio::null())
            .status();
        probe.unwrap().success()
    };
    let start = Instant::now();
    while alive() && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let still_alive = alive();
    if still_alive {
        let _ = Command::new("kill").args(["-9", &pid]).status();
    }
    assert!(!still_alive, "pasar outlived its terminal");
}

#[test]
fn a_panic_restores_the_terminal_and_prints_its_message_on_the_normal_screen() {
    let command = format!(
        "PASAR_PANIC_AFTER_DRAW=1 '{}' --data '{}'; echo EXIT=$?; sleep 30",
        env!("CARGO_BIN_EXE_pasar"),
        bundled().display()
    );
    let tmux = Tmux::start(&command);
    let screen = tmux.wait_for(&["EXIT=101"]);
    assert!(screen.contains("PASAR_PANIC_AFTER_DRAW is set"), "{screen}");
    assert!(!tmux.alternate_screen());
}

#[test]
fn a_reload_that_panics_keeps_the_tracker_on_screen_with_an_error() {
    let data = editable_data();
    let command = format!(
        "PASAR_PANIC_ON_RELOAD=1 '{}' --data '{}'; echo EXIT=$?; sleep 30",
        env!("CARGO_BIN_EXE_pasar"),
        data.path().display()
    );
    let tmux = Tmux::start(&command);
    tmux.wait_for(&["Timeline (28)", "q quit"]);
    append(
        &data.path().join("events.jsonl"),
        r#"{"id":"reload-check","date":"2024-04-30","kind":"other","title":"Never shown","actors":[]}"#,
    );
    let screen = tmux.wait_for(&["not reloaded:", "reloading failed inside pasar"]);
    assert!(screen.contains("Timeline (28)"), "{screen}");
    assert!(
        tmux.alternate_screen(),
        "the panic left the tracker's screen"
    );
    tmux.keys(&["j", "q"]);
    let screen = tmux.wait_for(&["EXIT=0"]);
    assert!(!screen.contains("panicked"), "{screen}");
    assert!(!tmux.alternate_screen());
}

fn append(path: &Path, line: &str) {
    let mut file = fs::OpenOptions::new().append(true).open(path).unwrap();
    writeln!(file, "{line}").unwrap();
}

#[test]
fn edits_to_the_data_folder_reload_live_and_broken_edits_keep_the_last_good_data() {
    let data = editable_data();
    let events = data.path().join("events.jsonl");
    let original = fs::read_to_string(&events).unwrap();
    let pid = data.path().join("pid");
    let tmux = tracker(data.path(), &pid);
    tmux.wait_for(&["Timeline (28)"]);

    append(
        &events,
        r#"{"id":"reload-check","date":"2024-04-30","kind":"other","title":"Reloaded while running","actors":[]}"#,
    );
    tmux.wait_for(&["Timeline (29)", "29 events"]);

    append(&events, r#"{"id":"broken","date":"2024-13"#);
    let screen = tmux.wait_for(&["not reloaded:", "events.jsonl:30:23: string is not closed"]);
    assert!(screen.contains("Timeline (29)"), "{screen}");

    let fixed = format!(
        "{original}{}\n",
        r#"{"id":"reload-check","date":"2024-04-30","kind":"other","title":"Reloaded while running","actors":[]}"#
    );
    let temp = data.path().join("events.jsonl.new");
    fs::write(&temp, fixed).unwrap();
    fs::rename(&temp, &events).unwrap();
    tmux.wait_until(
        |s| !s.contains("not reloaded") && s.contains("q quit"),
        &["the error cleared"],
    );
    tmux.keys(&["q"]);
    assert_restored(&tmux, "EXIT=0");
}

/// Puts `make`'s file in place of `events.jsonl` in one rename, as an editor saves.
fn swap_events(data: &Path, make: impl FnOnce(&Path)) {
    let temp = data.join(".events.swap");
    make(&temp);
    fs::rename(&temp, data.join("events.jsonl")).unwrap();
}

#[test]
fn events_swapped_for_a_pipe_or_an_endless_device_and_back_never_stop_live_reload() {
    let data = editable_data();
    let original = fs::read_to_string(data.path().join("events.jsonl")).unwrap();
    let pid = data.path().join("pid");
    let tmux = tracker(data.path(), &pid);
    tmux.wait_for(&["Timeline (28)"]);

    // A named pipe nobody writes to: reading it would wait forever.
    swap_events(data.path(), |temp| {
        let made = Command::new("mkfifo").arg(temp).status().unwrap();
        assert!(made.success());
    });
    tmux.wait_for(&[
        "not reloaded: events.jsonl:1:1: cannot read: not a regular file (a named pipe)",
        "Timeline (28)",
    ]);
    // Keys are still taken while the pipe is there.
    tmux.keys(&["G"]);
    tmux.wait_for(&["▶2024-04    other", "Timeline (28)"]);

    // A link to /dev/zero: reading it would never end, and fill the memory.
    swap_events(data.path(), |temp| {
        std::os::unix::fs::symlink("/dev/zero", temp).unwrap();
    });
    tmux.wait_for(&["not a regular file (a character device)", "Timeline (28)"]);

    // A regular file again, one event longer: the reload thread was never stuck.
    let longer = format!(
        "{original}{}\n",
        r#"{"id":"after-the-pipe","date":"2024-04-30","kind":"other","title":"A regular file once more","actors":[]}"#
    );
    swap_events(data.path(), |temp| fs::write(temp, longer).unwrap());
    tmux.wait_until(
        |s| s.contains("Timeline (29)") && !s.contains("not reloaded") && s.contains("q quit"),
        &["Timeline (29) with the error cleared"],
    );
    tmux.keys(&["q"]);
    assert_restored(&tmux, "EXIT=0");
}

const HOSTILE_TITLE: &str =
    r"Deal \u001b]52;c;cGFzYXI=\u0007 then \u001b[2Jwiped \u001bc reset \u202egnp.exe";

fn hostile_data() -> tempfile::TempDir {
    let data = editable_data();
    let line = format!(
        r#"{{"id":"hostile","date":"2023-06-01","kind":"deal","title":"{HOSTILE_TITLE}","summary":"{HOSTILE_TITLE}","actors":["tokopedia"]}}"#
    );
    append(&data.path().join("events.jsonl"), &line);
    data
}

/// Byte strings only the hostile title could have put into the output.
const INJECTED: [&[u8]; 4] = [b"\x1b]52", b"\x07 then", b"\x1b[2Jwiped", b"\x1bc reset"];

fn assert_clean(bytes: &[u8]) {
    for needle in INJECTED {
        assert!(
            !bytes.windows(needle.len()).any(|w| w == needle),
            "{needle:?} reached the terminal"
        );
    }
    assert!(
        !String::from_utf8_lossy(bytes).contains('\u{202e}'),
        "a bidi override reached the terminal"
    );
}

#[test]
fn escape_sequences_in_data_never_reach_the_terminal() {
    let data = hostile_data();
    let capture = data.path().join("capture");
    let command = format!(
        "read go; exec env -u NO_COLOR XDG_CONFIG_HOME=/nonexistent '{}' --data '{}'",
        env!("CARGO_BIN_EXE_pasar"),
        data.path().display()
    );
    let tmux = Tmux::start(&command);
    let piped = tmux.run(&[
        "pipe-pane",
        "-o",
        "-t",
        "e2e",
        &format!("cat >> '{}'", capture.display()),
    ]);
    assert!(piped.status.success());
    tmux.keys(&["Enter"]);
    // The hostile event is the first of the timeline: its detail shows the summary too.
    // Both in one capture: a frame reaches tmux in pieces.
    tmux.wait_for(&["␛]52;c;cGFzYXI=␇ then ␛[2Jwiped", r"\u{202E}gnp.exe"]);
    tmux.keys(&["q"]);
    let start = Instant::now();
    while tmux.alternate_screen() && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let bytes = fs::read(&capture).unwrap();
    assert!(bytes.len() > 1000, "the capture holds the tracker's output");
    assert_clean(&bytes);
}

#[test]
fn render_and_color_output_carry_no_escape_sequences_from_data() {
    let data = hostile_data();
    for color in [false, true] {
        let mut args = vec![
            "render",
            "--data",
            data.path().to_str().unwrap(),
            "--keys",
            "<Enter>",
        ];
        if color {
            args.push("--color");
        }
        let out = Command::new(env!("CARGO_BIN_EXE_pasar"))
            .args(&args)
            .env("XDG_CONFIG_HOME", "/nonexistent")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert!(String::from_utf8_lossy(&out.stdout).contains("␛[2Jwiped"));
        assert_clean(&out.stdout);
    }
}
