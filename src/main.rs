//! The `pasar` binary: parse the command line, load the data, run, map errors to exit codes.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use pasar::cli::{Cli, Command};
use pasar::data::{DataSource, Invalid, Market};
use pasar::export::export;

/// Bad input: invalid data, unreadable files, usage errors.
const BAD_INPUT: u8 = 2;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { BAD_INPUT } else { 0 });
        }
    };
    let cwd = std::env::current_dir().unwrap_or_default();
    let env = std::env::var_os("PASAR_DATA");
    let source = DataSource::resolve(cli.data.as_deref(), env.as_deref(), &cwd);
    if let Some(Command::Ingest(args)) = &cli.command {
        return pasar::ingest::command::main(args, &source);
    }
    let market = match source.load() {
        Ok(market) => market,
        Err(invalid) => return report(&invalid),
    };
    let mut stdout = io::stdout().lock();
    let written = match cli.command {
        None => writeln!(
            stdout,
            "{}\n(the interactive tracker is not built yet; see `pasar --help`)",
            summary(&market)
        ),
        Some(Command::Check) => writeln!(stdout, "{}", summary(&market)),
        Some(Command::Export { what, format }) => {
            export(&market, what, format, &mut stdout).and_then(|()| stdout.flush())
        }
        Some(Command::Ingest(_)) => Ok(()), // dispatched above, before loading
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        // A reader such as `head` closing the pipe early is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("pasar: cannot write output: {e}");
            ExitCode::FAILURE
        }
    }
}

fn summary(market: &Market) -> String {
    format!(
        "{} events, {} players, {} series",
        market.events.len(),
        market.players.len(),
        market.series.len()
    )
}

fn report(invalid: &Invalid) -> ExitCode {
    let mut stderr = io::stderr().lock();
    for diagnostic in &invalid.0 {
        let _ = writeln!(stderr, "{diagnostic}");
    }
    ExitCode::from(BAD_INPUT)
}
