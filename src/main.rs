//! The `pasar` binary: parse the command line, load the data, run, map errors to exit codes.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use clap::Parser;

use pasar::cli::{Cli, Command};
use pasar::commands::{self, Failure};
use pasar::data::DataSource;
use pasar::export::export;

/// Bad input: invalid data or config, unreadable files, usage errors.
const BAD_INPUT: u8 = 2;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { BAD_INPUT } else { 0 });
        }
    };
    if let Some(Command::Gen { events, out, seed }) = &cli.command {
        return match pasar::synthetic::write_market(out, *events, *seed) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("pasar: {e}");
                let refused = e.kind() == io::ErrorKind::AlreadyExists;
                if refused {
                    ExitCode::from(BAD_INPUT)
                } else {
                    ExitCode::FAILURE
                }
            }
        };
    }
    let cwd = std::env::current_dir().unwrap_or_default();
    let env = std::env::var_os("PASAR_DATA");
    let source = DataSource::resolve(cli.data.as_deref(), env.as_deref(), &cwd);
    if let Some(Command::Ingest(args)) = &cli.command {
        return pasar::ingest::command::main(args, &source);
    }
    if let Some(Command::Check) = &cli.command {
        return match source.check() {
            Ok(summary) => finish(writeln!(io::stdout(), "{summary}").map_err(Failure::from)),
            Err(invalid) => {
                eprintln!("{invalid}");
                ExitCode::from(BAD_INPUT)
            }
        };
    }
    let market = match source.load() {
        Ok(market) => market,
        Err(invalid) => {
            eprintln!("{invalid}");
            return ExitCode::from(BAD_INPUT);
        }
    };
    // stdout is locked only by commands that write to it: the tracker's panic hook and
    // signal handler must be able to restore the terminal through it.
    let result = match cli.command {
        None => commands::tracker(market, source, &mut io::stdout()),
        Some(Command::Export { what, format }) => {
            let mut out = BufWriter::new(io::stdout().lock());
            export(&market, what, format, &mut out)
                .and_then(|()| out.flush())
                .map_err(Failure::from)
        }
        Some(Command::Render { size, keys, color }) => commands::user_config().and_then(|config| {
            commands::render(
                market,
                config,
                size,
                &keys.0,
                color,
                &mut io::stdout().lock(),
            )
        }),
        // Dispatched above: they do not need the loaded market.
        Some(Command::Check | Command::Gen { .. } | Command::Ingest(_)) => Ok(()),
    };
    finish(result)
}

fn finish(result: Result<(), Failure>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Config(diagnostic)) => {
            eprintln!("{diagnostic}");
            ExitCode::from(BAD_INPUT)
        }
        // A reader such as `head` closing the pipe early is not an error.
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Io(e)) => {
            eprintln!("pasar: {e}");
            ExitCode::FAILURE
        }
    }
}
