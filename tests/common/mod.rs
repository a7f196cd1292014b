//! Shared by the end-to-end tests: a tmux server of their own to drive the real binary.

use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Tests in one binary run in parallel: each server gets a socket of its own.
static NEXT: AtomicUsize = AtomicUsize::new(0);

/// A tmux server on a socket of its own, killed when the test ends however it ends.
pub struct Tmux {
    socket: String,
}

impl Tmux {
    pub fn start(command: &str) -> Tmux {
        let version = Command::new("tmux").arg("-V").output();
        assert!(
            version.is_ok_and(|o| o.status.success()),
            "tmux is required for the end-to-end test: install it (apt-get install tmux)"
        );
        let tmux = Tmux {
            socket: format!(
                "pasar-test-{}-{}",
                std::process::id(),
                NEXT.fetch_add(1, Ordering::Relaxed)
            ),
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

    pub fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux runs")
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "e2e"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "e2e"]).stdout).into_owned()
    }

    /// Waits until the screen holds every needle, failing with the screen after 10 s.
    ///
    /// A frame reaches tmux in pieces, so one capture can hold half of it: check all the
    /// needles against the same capture, and retry until they are all there.
    pub fn wait_for(&self, needles: &[&str]) -> String {
        self.wait_until(|screen| needles.iter().all(|n| screen.contains(n)), needles)
    }

    pub fn wait_until(&self, done: impl Fn(&str) -> bool, what: &[&str]) -> String {
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

impl Tmux {
    /// Whether the pane shows the alternate screen (a full-screen program is up).
    pub fn alternate_screen(&self) -> bool {
        let out = self.run(&["display-message", "-p", "-t", "e2e", "#{alternate_on}"]);
        String::from_utf8_lossy(&out.stdout).trim() == "1"
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.run(&["kill-server"]);
    }
}
