//! The command line, as design.md specifies it.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

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
