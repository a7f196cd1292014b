//! `pasar export`: one table of the validated dataset on stdout.

use std::io::{self, BufWriter, IsTerminal, Write};

use crate::cli::{ExportWhat, Format as CliFormat};
use crate::data::DataSource;
use crate::export::{Format, Table, export, for_terminal};

use super::{Failure, timed};

/// Writes the table; CSV for a terminal shows the control characters in its cells as
/// visible symbols, so that a cell cannot drive the terminal.
pub fn run(source: &DataSource, what: ExportWhat, format: CliFormat) -> Result<(), Failure> {
    let (table, format) = (table(what), self::format(format));
    let market = timed("load", || source.load())?;
    let terminal = io::stdout().is_terminal() && format == Format::Csv;
    let mut out = BufWriter::new(io::stdout().lock());
    if terminal {
        let mut csv = Vec::new();
        export(&market, table, format, &mut csv)?;
        out.write_all(for_terminal(&csv).as_bytes())?;
    } else {
        export(&market, table, format, &mut out)?;
    }
    out.flush()?;
    Ok(())
}

fn table(what: ExportWhat) -> Table {
    match what {
        ExportWhat::Events => Table::Events,
        ExportWhat::Players => Table::Players,
        ExportWhat::Series => Table::Series,
    }
}

fn format(format: CliFormat) -> Format {
    match format {
        CliFormat::Json => Format::Json,
        CliFormat::Csv => Format::Csv,
    }
}
