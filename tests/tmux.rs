//! The real binary in a real terminal: tmux at 120×40, keys sent, the screen read back.
//!
//! CI installs tmux; without it this test fails and says so rather than passing silently.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// A tmux server on a socket of its own, killed when the test ends however it ends.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(command: &str) -> Tmux {
        let version = Command::new("tmux").arg("-V").output();
        assert!(
            version.is_ok_and(|o| o.status.success()),
            "tmux is required for the end-to-end test: install it (apt-get install tmux)"
        );
        let tmux = Tmux {
            socket: format!("pasar-test-{}", std::process::id()),
        };
        let started = tmux.run(&[
            "new-session",
            "-d",
            "-s",
            "e2e",
            "-x",
            "120",
            "-y",
            "40",
            command,
        ]);
        assert!(
            started.status.success(),
            "{}",
            String::from_utf8_lossy(&started.stderr)
        );
        tmux
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux runs")
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "e2e"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "e2e"]).stdout).into_owned()
    }

    /// Waits until the screen holds every needle, failing with the screen after 10 s.
    ///
    /// A frame reaches tmux in pieces, so one capture can hold half of it: check all the
    /// needles against the same capture, and retry until they are all there.
    fn wait_for(&self, needles: &[&str]) -> String {
        self.wait_until(|screen| needles.iter().all(|n| screen.contains(n)), needles)
    }

    fn wait_until(&self, done: impl Fn(&str) -> bool, what: &[&str]) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "no {what:?} in:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.run(&["kill-server"]);
    }
}

#[test]
fn the_tracker_runs_in_tmux_and_restores_the_terminal_on_quit() {
    let config = std::env::temp_dir().join(format!("pasar-tmux-{}", std::process::id()));
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let command = format!(
        "env -u NO_COLOR XDG_CONFIG_HOME='{}' '{}' --data '{}'; echo EXIT=$?; sleep 30",
        config.display(),
        env!("CARGO_BIN_EXE_pasar"),
        data.display()
    );
    let tmux = Tmux::start(&command);

    let first_frame = [
        "Timeline (28)",
        "Tokopedia",
        "Bukalapak",
        "Blibli",
        "Shopee",
        "Lazada",
        "TikTok Shop",
        "$62B",
        "$160B",
        "14.5%",
        "▲ 2023-06-15",
        "q quit",
    ];
    tmux.wait_for(&first_frame);

    tmux.keys(&["j"]);
    tmux.wait_for(&["▲ 2023-09-25"]);

    tmux.keys(&["Tab", "j", "Enter"]);
    let only_tokopedia =
        |s: &str| s.contains("Timeline · Tokopedia (9)") && !s.contains("Zulkifli Hasan");
    tmux.wait_until(
        only_tokopedia,
        &["Timeline · Tokopedia (9)", "no Zulkifli Hasan"],
    );

    tmux.keys(&["Escape", "/", "d", "e"]);
    tmux.wait_for(&["Timeline · /de ("]);
    tmux.keys(&["a", "l"]);
    tmux.wait_for(&["Timeline · /deal (4)"]);

    tmux.keys(&["Escape", "?"]);
    tmux.wait_for(&[
        "Keys · ? or Esc closes",
        "cycle the players' sort column",
        "q C-c",
    ]);

    tmux.keys(&["Escape", "q"]);
    let restored = |s: &str| s.contains("EXIT=0") && !s.contains("Timeline");
    tmux.wait_until(restored, &["EXIT=0", "the alternate screen gone"]);
}
