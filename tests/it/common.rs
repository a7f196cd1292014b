//! Shared by every test module: where the repository's data is, the real binary run
//! with a clean environment, scratch folders, and a tmux server of their own to drive the
//! tracker in a real terminal.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The repository: the tests read its bundled dataset and fixtures, never anything outside.
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled dataset (`data/`).
pub fn bundled() -> PathBuf {
    repo().join("data")
}

/// Runs the real binary in `cwd`, with no `$PASAR_DATA` from the developer's shell.
pub fn pasar(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pasar"))
        .args(args)
        .current_dir(cwd)
        .env_remove("PASAR_DATA")
        .output()
        .expect("the pasar binary runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A fresh folder under the system temp folder, removed first if a run left it behind.
///
/// Tests run in parallel in one process: each caller passes a name of its own.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pasar-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp folder");
    dir
}

/// Tests run in parallel in one process: each server gets a socket of its own.
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
