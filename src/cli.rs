//! The command line, as the README's "Commands" table describes it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::data::Date;
use crate::ingest::Lang;

use crate::app::Key;

/// A terminal tracker for news-driven markets.
///
/// With no command, opens the interactive tracker on the data folder: `--data`, else
/// `$PASAR_DATA`, else `./data` when it holds a market.toml, else the bundled Indonesian e-commerce
/// dataset.
#[derive(Debug, Parser)]
#[command(name = "pasar", version, about, long_about)]
pub struct Cli {
    /// Data folder holding market.toml and events.jsonl.
    #[arg(long, global = true, value_name = "DIR")]
    pub data: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load and validate the dataset; print a summary or every error as PATH:LINE:COL.
    Check,
    /// Write the loaded, validated data to stdout.
    Export {
        /// What to export.
        what: ExportWhat,
        /// Output format: JSON Lines (one object per line) or CSV with a header.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Only the events this query matches, in the tracker's search language, e.g.
        /// 'kind:deal player:goto from:2023-10' (events only).
        #[arg(long, value_name = "QUERY")]
        query: Option<String>,
    },
    /// Print a completion script for a shell, generated from these definitions.
    Completions {
        /// The shell to complete in.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `pasar man > pasar.1; man ./pasar.1`.
    Man,
    /// Feed KEYS to the tracker and print its last frame as text.
    Render {
        /// Terminal size to draw at, as WIDTHxHEIGHT.
        #[arg(long, value_name = "WxH", value_parser = parse_size, default_value = "120x40")]
        size: Size,
        /// Keys in vim-like notation, e.g. `jj<Tab>/deal<Enter>`.
        #[arg(long, value_name = "KEYS", value_parser = parse_keys, default_value = "")]
        keys: KeySequence,
        /// Keep colours and emphasis as ANSI escape sequences.
        #[arg(long)]
        color: bool,
    },
    /// Write a deterministic synthetic dataset, for benchmarks and scale tests.
    Gen {
        /// How many events to generate.
        #[arg(long, default_value_t = 100_000)]
        events: usize,
        /// Folder to write market.toml and events.jsonl into (created if missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Seed: the same seed always gives the same files.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Extract candidate events from article text and print them as JSON Lines.
    Ingest(IngestArgs),
    /// Read the feeds of market.toml and queue candidate events in inbox.jsonl.
    Fetch(FetchArgs),
}

/// `pasar fetch [FEED_ID...]`
#[derive(Debug, Args)]
pub struct FetchArgs {
    /// Feed ids of market.toml to read; all of them when none is given.
    #[arg(value_name = "FEED_ID")]
    pub feeds: Vec<String>,
}

/// A terminal size in cells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    pub width: u16,
    pub height: u16,
}

/// Keys parsed from `--keys`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeySequence(pub Vec<Key>);

/// The widest and tallest frame `render` and a one-frame print draw: `--size` refuses
/// more, and `$COLUMNS`/`$LINES` beyond it draw this many.
pub const LARGEST_SIDE: u16 = 1000;

/// Parses `WIDTHxHEIGHT`, each from 1 to [`LARGEST_SIDE`]; an error says which side is
/// wrong and what the limits are.
pub fn parse_size(text: &str) -> Result<Size, String> {
    let shown = crate::text::clip(text, 40);
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("expected WIDTHxHEIGHT such as 120x40, found {shown:?}"))?;
    let side = |name: &str, d: &str| {
        let n = d.trim().parse::<u64>().ok();
        n.and_then(|n| u16::try_from(n).ok())
            .filter(|n| (1..=LARGEST_SIDE).contains(n))
            .ok_or_else(|| {
                let found = crate::text::clip(d, 20);
                format!("{name}: expected a whole number from 1 to {LARGEST_SIDE}, found {found:?}")
            })
    };
    Ok(Size {
        width: side("width", w)?,
        height: side("height", h)?,
    })
}

#[cfg(test)]
mod size_tests {
    use super::*;

    #[test]
    fn a_size_error_names_the_side_its_limits_and_what_was_given() {
        assert_eq!(
            parse_size("120x40"),
            Ok(Size {
                width: 120,
                height: 40
            })
        );
        assert_eq!(
            parse_size("1000X1"),
            Ok(Size {
                width: 1000,
                height: 1
            })
        );
        let cases = [
            (
                "1001x1",
                "width: expected a whole number from 1 to 1000, found \"1001\"",
            ),
            (
                "1x0",
                "height: expected a whole number from 1 to 1000, found \"0\"",
            ),
            (
                "99999999999999999999x1",
                "width: expected a whole number from 1 to 1000, found \"99999999999999999999\"",
            ),
            (
                "1x-3",
                "height: expected a whole number from 1 to 1000, found \"-3\"",
            ),
            (
                "wide",
                "expected WIDTHxHEIGHT such as 120x40, found \"wide\"",
            ),
        ];
        for (given, error) in cases {
            assert_eq!(parse_size(given), Err(error.to_string()), "{given}");
        }
        let long = parse_size(&"9".repeat(100_000)).unwrap_err();
        assert!(long.chars().count() < 100, "{long}");
    }
}

fn parse_keys(text: &str) -> Result<KeySequence, String> {
    Key::parse_sequence(text)
        .map(KeySequence)
        .map_err(|e| shown(&e.to_string()))
}

/// `pasar ingest FILE... [--published DATE] [--lang id|en] [--source ID] [--write | --inbox | --mentions]`
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Article text files (UTF-8); `-` reads standard input; an http or https address
    /// reads the page's main text.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Publication date (YYYY, YYYY-MM or YYYY-MM-DD) that relative dates such as "bulan
    /// lalu" resolve against; defaults to the --source's date. Without either, relative
    /// dates are left out.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub published: Option<Date>,
    /// Language of the articles; detected per file when not given.
    #[arg(long, value_name = "id|en", value_parser = clap::builder::ValueParser::new(parse_lang))]
    pub lang: Option<Lang>,
    /// A sources id from market.toml that the events cite.
    #[arg(long, value_name = "ID")]
    pub source: Option<String>,
    /// Append the new events to the data folder's events.jsonl.
    #[arg(long, conflicts_with = "mentions")]
    pub write: bool,
    /// Queue the candidates in the data folder's inbox.jsonl for review instead.
    #[arg(long, conflicts_with_all = ["mentions", "write"])]
    pub inbox: bool,
    /// Print every mention found (money, counts, dates, players, ...) instead of events.
    #[arg(long)]
    pub mentions: bool,
    /// Also list on stderr each sentence that gave no event, and why, as
    /// FILE:LINE:COL: left out (reason): sentence.
    #[arg(long, conflicts_with = "mentions")]
    pub explain: bool,
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).map_err(|e| shown(&e.message))
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    text.parse().map_err(|e: String| shown(&e))
}

/// Text from the command line as an error prints it: cut to a readable length, and made
/// safe for the terminal (an argument may hold `ESC[2J`, or a newline that would forge a
/// second line).
fn shown(text: &str) -> String {
    crate::text::clean(&crate::text::clip(text, 80)).into_owned()
}

/// A usage error with what the user typed made safe to print. clap quotes arguments as
/// given (`unexpected argument 'ESC[2J'`); every text it quotes is cut and cleaned as
/// [`shown`] does, and messages from pasar's own value parsers already are.
pub fn safe_usage_error(mut error: clap::Error) -> clap::Error {
    use clap::error::ContextValue;
    let quoted: Vec<_> = error.context().map(|(k, v)| (k, v.clone())).collect();
    for (kind, value) in quoted {
        let safe = match value {
            ContextValue::String(text) => ContextValue::String(shown(&text)),
            ContextValue::Strings(texts) => {
                ContextValue::Strings(texts.iter().map(|t| shown(t)).collect())
            }
            _ => continue,
        };
        error.insert(kind, safe);
    }
    error
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportWhat {
    Events,
    Players,
    Series,
    Sources,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Json,
    Csv,
}

#[cfg(test)]
mod usage_error_tests {
    use super::*;
    use proptest::prelude::*;

    /// The error clap gives for `args`, as pasar prints it (no colour); none when they
    /// parse (`--keys` takes almost any text).
    fn printed(args: &[&str]) -> Option<String> {
        let argv = std::iter::once("pasar").chain(args.iter().copied());
        let error = Cli::try_parse_from(argv).err()?;
        Some(safe_usage_error(error).render().to_string())
    }

    /// Where a typed value lands in a usage error: an unknown argument, an unknown
    /// option, a value for each parser of pasar's own and for clap's.
    fn placed(value: &str) -> Vec<Vec<String>> {
        let v = value.to_string();
        [
            vec![format!("x{v}")],
            vec![format!("--x{v}")],
            vec!["render".into(), "--size".into(), v.clone()],
            vec!["render".into(), "--keys".into(), format!("<{v}>")],
            vec!["export".into(), format!("x{v}")],
            vec!["ingest".into(), "--lang".into(), v.clone(), "a".into()],
            vec!["ingest".into(), "--published".into(), v.clone(), "a".into()],
        ]
        .into()
    }

    proptest! {
        #[test]
        fn a_usage_error_quotes_arguments_without_controls_or_forged_lines(
            value in "[a-z0-9 ]{0,3}[\\x00-\\x1f\\x7f\\u{80}-\\u{9f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}\\u{200b}]{0,4}\\PC{0,3}",
        ) {
            // The line a newline in an argument would start, were it printed raw.
            let value = format!("{value}\nFORGED:1:1: error");
            for args in placed(&value) {
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                let Some(message) = printed(&args) else { continue };
                prop_assert!(
                    !message.chars().any(|c| crate::data::error::is_unsafe_char(c) && c != '\n'),
                    "{:?}: {:?}", args, message
                );
                prop_assert!(!message.lines().any(|l| l.starts_with("FORGED")), "{:?}: {}", args, message);
            }
        }
    }

    #[test]
    fn a_long_argument_is_quoted_cut() {
        let long = "y".repeat(100_000);
        let message = printed(&[&long]).unwrap();
        assert!(message.chars().count() < 1000, "{}", message.len());
    }
}
