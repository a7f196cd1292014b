//! What each command does, so `main` only parses, dispatches and maps errors to exit codes.

use std::io::{self, IsTerminal, Write};

use ratatui::layout::Rect;

use crate::app::{App, Key};
use crate::cli::Size;
use crate::config::{self, Config};
use crate::data::watch::{QUIET, watch};
use crate::data::{DataSource, Diagnostic, Invalid, Market};
use crate::render::{frame, press, to_text};
use crate::tui::LiveData;
use crate::ui::theme::Theme;

/// Why a command failed, and so which exit code it gets.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// Bad input (exit 2): an invalid config file.
    #[error("{0}")]
    Config(#[from] Diagnostic),
    /// Bad input (exit 2): an invalid dataset, every problem with its position.
    #[error("{0}")]
    Invalid(#[from] Invalid),
    /// Bad input (exit 2): a request pasar refuses, such as writing over a dataset.
    #[error("pasar: {0}")]
    Refused(io::Error),
    /// Anything else (exit 1): the terminal, stdout or a file could not be used.
    #[error("pasar: {0}")]
    Io(#[from] io::Error),
}

impl Failure {
    /// An I/O error, or a refusal when pasar said no rather than the system.
    pub fn from_write(e: io::Error) -> Failure {
        match e.kind() {
            io::ErrorKind::AlreadyExists => Failure::Refused(e),
            _ => Failure::Io(e),
        }
    }
}

/// The size a one-frame print uses: `$COLUMNS`×`$LINES` when both are set, else 120×40.
///
/// A side over [`LARGEST_SIDE`](crate::cli::LARGEST_SIDE), the most `--size` takes, draws
/// that many cells: the same limit whichever way the size comes.
pub fn print_size(columns: Option<String>, lines: Option<String>) -> Size {
    let parse = |v: Option<String>| {
        v.and_then(|v| v.trim().parse::<u64>().ok())
            .filter(|&n| n > 0)
            .map(|n| n.min(u64::from(crate::cli::LARGEST_SIDE)) as u16)
    };
    match (parse(columns), parse(lines)) {
        (Some(width), Some(height)) => Size { width, height },
        _ => Size {
            width: 120,
            height: 40,
        },
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

fn app(market: Market, config: Config, size: Size) -> App {
    App::new(
        market,
        config.keymap,
        Rect::new(0, 0, size.width, size.height),
    )
}

/// `pasar`: the interactive tracker, or one frame when stdout is not a terminal.
///
/// A data folder (not the embedded dataset) is watched and reloaded when it changes.
pub fn tracker(market: Market, source: DataSource, out: &mut impl Write) -> Result<(), Failure> {
    let config = user_config()?;
    if !io::stdout().is_terminal() {
        let size = print_size(std::env::var("COLUMNS").ok(), std::env::var("LINES").ok());
        return render(market, config, size, &[], false, out);
    }
    let theme = theme(&config);
    if let (DataSource::Folder(dir), Some(minutes)) = (&source, config.fetch_every) {
        crate::fetch::background::start(dir.clone(), minutes);
    }
    let mut app = app(
        market,
        config,
        Size {
            width: 120,
            height: 40,
        },
    );
    let live = match &source {
        DataSource::Folder(dir) => watch(dir, QUIET)
            .ok()
            .map(|watch| LiveData { source, watch }),
        DataSource::Embedded => None,
    };
    crate::tui::run(&mut app, &theme, live)?;
    Ok(())
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

/// Events files past this size take long enough to load (about a second per 300 MiB)
/// that the tracker says what it is doing.
const NOTICE_FROM: u64 = 32 << 20;

/// Says on stderr that a big dataset is loading, when a person is watching; returns
/// whether it did, so [`clear_notice`] can take the line back.
pub fn loading_notice(source: &DataSource) -> bool {
    let DataSource::Folder(dir) = source else {
        return false;
    };
    let path = dir.join("events.jsonl");
    let size = std::fs::metadata(&path).map_or(0, |m| m.len());
    if size < NOTICE_FROM || !io::stdout().is_terminal() || !io::stderr().is_terminal() {
        return false;
    }
    let shown = crate::text::clean(&path.display().to_string()).into_owned();
    eprint!("pasar: loading {shown} ({} MiB)…", size >> 20);
    true
}

/// Erases the line [`loading_notice`] wrote.
pub fn clear_notice(shown: bool) {
    if shown {
        eprint!("\r\x1b[2K");
    }
}

/// `pasar render`: the last frame after KEYS, as text.
pub fn render(
    market: Market,
    config: Config,
    size: Size,
    keys: &[Key],
    color: bool,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let theme = theme(&config);
    let mut app = timed("open", || app(market, config, size));
    timed("keys", || press(&mut app, keys));
    let text = timed("frame", || to_text(&frame(&app, &theme), color));
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_and_lines_keep_to_the_limit_size_keeps() {
        let size = |c: &str, l: &str| print_size(Some(c.into()), Some(l.into()));
        assert_eq!(
            size("80", "24"),
            Size {
                width: 80,
                height: 24
            }
        );
        assert_eq!(
            size("1001", "5"),
            Size {
                width: 1000,
                height: 5
            }
        );
        assert_eq!(
            size("70000", "99999999999"),
            Size {
                width: 1000,
                height: 1000
            }
        );
        let default = Size {
            width: 120,
            height: 40,
        };
        assert_eq!(size("0", "5"), default);
        assert_eq!(size("wide", "5"), default);
    }
}
