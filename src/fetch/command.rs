//! The `pasar fetch` command: which feeds, a summary line each on stderr, the exit code.

use std::process::ExitCode;

use crate::cli::FetchArgs;
use crate::data::{DataSource, Feed};

use super::http::{Client, Options};
use super::{FeedReport, Outcome, fetch};

/// Exit codes: every feed read, one unreachable, bad input.
const OK: u8 = 0;
const UNREACHABLE: u8 = 1;
const BAD_INPUT: u8 = 2;

/// Runs the command with the default HTTP options.
pub fn main(args: &FetchArgs, data: &DataSource) -> ExitCode {
    ExitCode::from(run(args, data, Options::default(), &mut |line| {
        eprintln!("{line}")
    }))
}

/// Does the work, saying each line for stderr to `say`; returns the exit code.
pub fn run(args: &FetchArgs, data: &DataSource, options: Options, say: &mut dyn FnMut(&str)) -> u8 {
    let DataSource::Folder(dir) = data else {
        say(
            "pasar: fetch needs a data folder: pass --data DIR (or set PASAR_DATA); the built-in dataset is read-only",
        );
        return BAD_INPUT;
    };
    let market = match data.load() {
        Ok(market) => market,
        Err(invalid) => {
            say(&invalid.to_string());
            return BAD_INPUT;
        }
    };
    let feeds = match chosen(&market.feeds, &args.feeds) {
        Ok(feeds) => feeds,
        Err(message) => {
            say(&format!("pasar: {message}"));
            return BAD_INPUT;
        }
    };
    if feeds.is_empty() {
        say("pasar: market.toml declares no [[feeds]]; nothing to fetch");
        return OK;
    }
    let found = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let mut client = Client::new(options);
    match fetch(dir, &market, &feeds, &mut client, &found) {
        Ok(reports) => {
            for report in &reports {
                say(&report.to_string());
            }
            exit_code(&reports)
        }
        Err(e) => {
            say(&crate::text::clean(&format!("pasar: {e}")));
            match e {
                super::FetchError::Inbox(e) => e.exit_code(),
                super::FetchError::Memory(_) => UNREACHABLE,
            }
        }
    }
}

/// The feeds named on the command line, or all of them; an unknown id is an error.
fn chosen<'a>(feeds: &'a [Feed], ids: &[String]) -> Result<Vec<&'a Feed>, String> {
    if ids.is_empty() {
        return Ok(feeds.iter().collect());
    }
    ids.iter()
        .map(|id| {
            feeds.iter().find(|f| &f.id == id).ok_or_else(|| {
                let known: Vec<&str> = feeds.iter().map(|f| f.id.as_str()).collect();
                format!(
                    "unknown feed \"{}\"; market.toml defines: {}",
                    crate::text::clean(id),
                    known.join(", ")
                )
            })
        })
        .collect()
}

/// 2 when a feed was not a feed, else 1 when one could not be reached, else 0.
pub fn exit_code(reports: &[FeedReport]) -> u8 {
    let any = |f: fn(&Outcome) -> bool| reports.iter().any(|r| f(&r.outcome));
    if any(|o| matches!(o, Outcome::Malformed(_))) {
        BAD_INPUT
    } else if any(|o| matches!(o, Outcome::Unreachable(_))) {
        UNREACHABLE
    } else {
        OK
    }
}
