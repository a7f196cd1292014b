//! What each command does, one file a command, so `main` only parses, dispatches and maps
//! the one error type to an exit code.
//!
//! This is the edge where the command line's clap types become the library's own: nothing
//! below `commands` knows clap.

pub mod check;
pub mod export;
pub mod fetch;
pub mod generate;
pub mod ingest;
pub mod render;
pub mod shell;
pub mod track;

use std::io;

use crate::cli::Command;
use crate::config::{self, Config};
use crate::data::{DataSource, Diagnostic, Invalid};
use crate::fetch::FetchError;
use crate::inbox::InboxError;
use crate::ingest::IngestError;
use crate::ui::theme::Theme;

/// Why a command failed, and so which exit code `main` gives it.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// Bad input: an invalid config file.
    #[error("{0}")]
    Config(#[from] Diagnostic),
    /// Bad input: an invalid dataset, every problem with its position.
    #[error("{0}")]
    Invalid(#[from] Invalid),
    /// Bad input: a request pasar refuses, such as writing over a dataset.
    #[error("pasar: {0}")]
    Refused(io::Error),
    /// Bad input: a request that cannot be met as asked, such as an unknown feed id.
    #[error("pasar: {0}")]
    Usage(String),
    /// The terminal, stdout or a file could not be used.
    #[error("pasar: {0}")]
    Io(#[from] io::Error),
    /// `ingest` could not read, extract or write.
    #[error("{0}")]
    Ingest(#[from] IngestError),
    /// `fetch` could not keep its inbox or memory.
    #[error("{}", fetch_message(.0))]
    Fetch(#[from] FetchError),
    /// Some feeds were not read; each has already been reported on its own line.
    #[error("")]
    Feeds(fetch::FeedsFailed),
}

/// A fetch failure as a line: a file of the folder it cannot read is named first, as
/// `PATH:LINE:COL`.
fn fetch_message(e: &FetchError) -> String {
    match e {
        FetchError::Memory { .. } => e.to_string(),
        FetchError::Inbox(_) => crate::text::clean(&format!("pasar: {e}")).into_owned(),
    }
}

impl Failure {
    /// An I/O error, or a refusal when pasar said no rather than the system.
    pub fn from_write(e: io::Error) -> Failure {
        match e.kind() {
            io::ErrorKind::AlreadyExists => Failure::Refused(e),
            _ => Failure::Io(e),
        }
    }

    /// The exit code: 0 when a reader such as `head` closed the pipe early (not an
    /// error), 2 for bad input (invalid data or config, a request pasar refuses), 1 when
    /// the system failed (the terminal, a file, the network).
    pub fn exit_code(&self) -> u8 {
        const SYSTEM: u8 = 1;
        const BAD_INPUT: u8 = 2;
        // A file that is not a regular file, too large or not text is bad input; a
        // file the system fails to read or write is not.
        let read = |e: &io::Error| match e.kind() {
            io::ErrorKind::InvalidInput | io::ErrorKind::InvalidData => BAD_INPUT,
            _ => SYSTEM,
        };
        let inbox = |e: &InboxError| match e {
            InboxError::Invalid(_) => BAD_INPUT,
            InboxError::Read { source, .. } => read(source),
            InboxError::Write { .. } => SYSTEM,
        };
        match self {
            Failure::Io(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
            Failure::Io(_) => SYSTEM,
            Failure::Config(_) | Failure::Invalid(_) | Failure::Refused(_) | Failure::Usage(_) => {
                BAD_INPUT
            }
            Failure::Ingest(e) => match e {
                IngestError::Write { .. }
                | IngestError::WouldBreak(_)
                | IngestError::Web { .. } => SYSTEM,
                IngestError::Inbox(e) => inbox(e),
                IngestError::Read { .. }
                | IngestError::Utf8 { .. }
                | IngestError::Invalid(_)
                | IngestError::UnknownSource { .. }
                | IngestError::Embedded => BAD_INPUT,
            },
            Failure::Fetch(FetchError::Inbox(e)) => inbox(e),
            Failure::Fetch(FetchError::Memory { source, .. }) => read(source),
            Failure::Feeds(fetch::FeedsFailed::Malformed) => BAD_INPUT,
            Failure::Feeds(fetch::FeedsFailed::Unreachable) => SYSTEM,
        }
    }

    /// Whether `main` has anything to print: each feed that failed has had its line.
    pub fn is_reported(&self) -> bool {
        matches!(self, Failure::Feeds(_)) || self.exit_code() == 0
    }
}

/// Runs the command the line asks for (the tracker when none) on the dataset `source`.
pub fn run(command: Option<Command>, source: DataSource) -> Result<(), Failure> {
    match command {
        None => track::run(source),
        Some(Command::Check) => check::run(&source),
        Some(Command::Export {
            what,
            format,
            query,
        }) => export::run(&source, what, format, query.as_deref()),
        Some(Command::Completions { shell }) => shell::completions(shell),
        Some(Command::Man) => shell::man(),
        Some(Command::Render { size, keys, color }) => render::run(&source, size, &keys.0, color),
        Some(Command::Gen { events, out, seed }) => generate::run(&out, events, seed),
        Some(Command::Ingest(args)) => ingest::run(&args, &source),
        Some(Command::Fetch(args)) => fetch::run(&args.feeds, &source),
    }
}

/// Reads the user's config (before the screen switches, so errors print normally).
pub fn user_config() -> Result<Config, Failure> {
    let xdg = std::env::var_os("XDG_CONFIG_HOME");
    let home = std::env::var_os("HOME");
    match config::path(xdg.as_deref(), home.as_deref()) {
        Some(path) => Ok(config::load(&path)?),
        None => Ok(Config::default()),
    }
}

/// The theme: the config's colours, unless `NO_COLOR` asks for none.
pub fn theme(config: &Config) -> Theme {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    if no_color {
        Theme::monochrome()
    } else {
        Theme::colored(config.palette)
    }
}

/// Runs one phase of a command; with `PASAR_TIMINGS` set, says on stderr how long it took,
/// so that load, opening and keys can be timed apart (`benches/vs-jq.sh` does).
pub fn timed<T>(phase: &str, work: impl FnOnce() -> T) -> T {
    let start = std::time::Instant::now();
    let done = work();
    if std::env::var_os("PASAR_TIMINGS").is_some() {
        eprintln!("pasar: {phase} {:.3} s", start.elapsed().as_secs_f64());
    }
    done
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_input_exits_2_a_failing_system_1_and_a_closed_pipe_0() {
        let io = |kind| Failure::Io(io::Error::from(kind));
        let invalid = || Invalid(vec![Diagnostic::whole("events.jsonl".as_ref(), "missing")]);
        let cases = [
            (io(io::ErrorKind::BrokenPipe), 0),
            (io(io::ErrorKind::PermissionDenied), 1),
            (Failure::Invalid(invalid()), 2),
            (Failure::Usage("unknown feed".into()), 2),
            (
                Failure::from_write(io::Error::from(io::ErrorKind::AlreadyExists)),
                2,
            ),
            (Failure::Ingest(IngestError::Embedded), 2),
            (Failure::Ingest(IngestError::WouldBreak(invalid())), 1),
            (
                Failure::Ingest(IngestError::Inbox(InboxError::Invalid(invalid()))),
                2,
            ),
            (
                Failure::Fetch(FetchError::Inbox(InboxError::Invalid(invalid()))),
                2,
            ),
            (
                Failure::Fetch(FetchError::Memory {
                    path: "fetched.txt".into(),
                    source: io::Error::other("full"),
                }),
                1,
            ),
            (
                Failure::Fetch(FetchError::Memory {
                    path: "fetched.txt".into(),
                    source: io::Error::new(io::ErrorKind::InvalidInput, "a named pipe"),
                }),
                2,
            ),
            (Failure::Feeds(fetch::FeedsFailed::Malformed), 2),
            (Failure::Feeds(fetch::FeedsFailed::Unreachable), 1),
        ];
        for (failure, code) in cases {
            assert_eq!(failure.exit_code(), code, "{failure:?}");
        }
    }

    #[test]
    fn only_failures_not_yet_said_are_printed_by_main() {
        assert!(Failure::Feeds(fetch::FeedsFailed::Unreachable).is_reported());
        assert!(Failure::Io(io::Error::from(io::ErrorKind::BrokenPipe)).is_reported());
        assert!(!Failure::Usage("unknown feed".into()).is_reported());
    }
}
