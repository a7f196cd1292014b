//! `pasar` with no command: the interactive tracker, or one frame when stdout is not a
//! terminal.

use std::io::{self, IsTerminal};

use crate::cli::Size;
use crate::data::DataSource;
use crate::data::watch::{QUIET, watch};
use crate::tui::LiveData;

use super::{Failure, render, theme, timed, user_config};

/// Loads the dataset, saying so when it is big, then runs the tracker on it.
///
/// A data folder (not the embedded dataset) is watched and reloaded when it changes.
pub fn run(source: DataSource) -> Result<(), Failure> {
    let market = timed("load", || {
        let notice = loading_notice(&source);
        let loaded = source.load();
        clear_notice(notice);
        loaded
    })?;
    let config = user_config()?;
    if !io::stdout().is_terminal() {
        let size = print_size(std::env::var("COLUMNS").ok(), std::env::var("LINES").ok());
        return render::draw(market, config, size, &[], false, &mut io::stdout());
    }
    let theme = theme(&config);
    if let (DataSource::Folder(dir), Some(minutes)) = (&source, config.fetch_every) {
        crate::fetch::background::start(dir.clone(), minutes);
    }
    let mut app = render::app(
        market,
        config,
        Size {
            width: 120,
            height: 40,
        },
        render::today()?,
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

/// Events files past this size take long enough to load (about a second per 300 MiB)
/// that the tracker says what it is doing.
const NOTICE_FROM: u64 = 32 << 20;

/// Says on stderr that a big dataset is loading, when a person is watching; returns
/// whether it did, so [`clear_notice`] can take the line back.
fn loading_notice(source: &DataSource) -> bool {
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
fn clear_notice(shown: bool) {
    if shown {
        eprint!("\r\x1b[2K");
    }
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
