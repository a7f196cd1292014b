//! The command line, as design.md specifies it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::data::Date;
use crate::ingest::Lang;

/// A terminal tracker for news-driven markets.
///
/// With no command, opens the interactive tracker on the data folder: `--data`, else
/// `$PASAR_DATA`, else `./data` when it exists, else the bundled Indonesian e-commerce
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
    },
    /// Extract candidate events from article text and print them as JSON Lines.
    Ingest(IngestArgs),
}

/// `pasar ingest FILE... [--published DATE] [--lang id|en] [--source ID] [--write | --mentions]`
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Article text files (UTF-8); `-` reads standard input.
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
    /// Print every mention found (money, counts, dates, players, ...) instead of events.
    #[arg(long)]
    pub mentions: bool,
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).map_err(|e| e.message)
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    text.parse()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportWhat {
    Events,
    Players,
    Series,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Json,
    Csv,
}
