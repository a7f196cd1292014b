//! `pasar export`: one table of the validated dataset on stdout.

use std::io::{self, BufWriter, IsTerminal, Write};

use crate::cli::{ExportWhat, Format as CliFormat};
use crate::data::DataSource;
use crate::export::{Format, Table, export_matching, for_terminal};
use crate::query::Matcher;

use super::{Failure, timed};

/// Writes the table; CSV for a terminal shows the control characters in its cells as
/// visible symbols, so that a cell cannot drive the terminal.
pub fn run(
    source: &DataSource,
    what: ExportWhat,
    format: CliFormat,
    query: Option<&str>,
) -> Result<(), Failure> {
    let (table, format) = (table(what), self::format(format));
    // A bad query is refused before the data is read: it is the quicker mistake to fix.
    let terms = match query {
        Some(_) if table != Table::Events => {
            return Err(Failure::Usage("--query selects events only".into()));
        }
        Some(text) => {
            Some(crate::query::parse(text).map_err(|e| Failure::Usage(format!("--query {e}")))?)
        }
        None => None,
    };
    let market = timed("load", || source.load())?;
    let matcher = match terms {
        Some(terms) => Some(
            Matcher::new(&market, terms, super::render::today()?)
                .map_err(|e| Failure::Usage(format!("--query: {e}")))?,
        ),
        None => None,
    };
    let terminal = io::stdout().is_terminal() && format == Format::Csv;
    let mut out = BufWriter::new(io::stdout().lock());
    if terminal {
        let mut csv = Vec::new();
        export_matching(&market, table, format, matcher.as_ref(), &mut csv)?;
        out.write_all(for_terminal(&csv).as_bytes())?;
    } else {
        export_matching(&market, table, format, matcher.as_ref(), &mut out)?;
    }
    out.flush()?;
    Ok(())
}

fn table(what: ExportWhat) -> Table {
    match what {
        ExportWhat::Events => Table::Events,
        ExportWhat::Players => Table::Players,
        ExportWhat::Series => Table::Series,
        ExportWhat::Sources => Table::Sources,
    }
}

fn format(format: CliFormat) -> Format {
    match format {
        CliFormat::Json => Format::Json,
        CliFormat::Csv => Format::Csv,
    }
}
