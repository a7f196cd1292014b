//! `pasar fetch`: which feeds, a summary line each on stderr, the exit code.

use crate::data::{DataSource, Feed};
use crate::fetch::http::{Client, Options};
use crate::fetch::{FeedReport, Outcome, fetch};

use super::Failure;

/// Feeds that were not read, the worst first: what decides the exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeedsFailed {
    /// A feed answered with something that is not a feed (bad input).
    Malformed,
    /// A feed could not be reached.
    Unreachable,
}

/// Runs the command with the default HTTP options, each feed's line on stderr.
pub fn run(feed_ids: &[String], data: &DataSource) -> Result<(), Failure> {
    read_feeds(feed_ids, data, Options::default(), &mut |line| {
        eprintln!("{line}")
    })
}

/// Does the work, saying each feed's line for stderr to `say`.
pub fn read_feeds(
    feed_ids: &[String],
    data: &DataSource,
    options: Options,
    say: &mut dyn FnMut(&str),
) -> Result<(), Failure> {
    let DataSource::Folder(dir) = data else {
        return Err(Failure::Usage(
            "fetch needs a data folder: pass --data DIR (or set PASAR_DATA); the built-in dataset is read-only".into(),
        ));
    };
    let market = data.load()?;
    let feeds = chosen(&market.feeds, feed_ids).map_err(Failure::Usage)?;
    if feeds.is_empty() {
        say("pasar: market.toml declares no [[feeds]]; nothing to fetch");
        return Ok(());
    }
    let found = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let mut client = Client::new(options);
    let reports = fetch(dir, &market, &feeds, &mut client, &found)?;
    for report in &reports {
        say(&report.to_string());
    }
    match worst(&reports) {
        Some(failed) => Err(Failure::Feeds(failed)),
        None => Ok(()),
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

/// A feed that was not a feed, else one that could not be reached, else none.
pub fn worst(reports: &[FeedReport]) -> Option<FeedsFailed> {
    let any = |f: fn(&Outcome) -> bool| reports.iter().any(|r| f(&r.outcome));
    if any(|o| matches!(o, Outcome::Malformed(_))) {
        Some(FeedsFailed::Malformed)
    } else if any(|o| matches!(o, Outcome::Unreachable(_))) {
        Some(FeedsFailed::Unreachable)
    } else {
        None
    }
}

/// The exit code the reports give the command: 2, 1 or 0.
pub fn exit_code(reports: &[FeedReport]) -> u8 {
    worst(reports).map_or(0, |failed| Failure::Feeds(failed).exit_code())
}
