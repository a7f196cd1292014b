//! The `pasar` binary: parse the command line, run the command, map errors to exit codes.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

use pasar::cli::{Cli, Command};
use pasar::commands::{self, Failure};
use pasar::data::DataSource;
use pasar::export::export;

/// Bad input: invalid data or config, unreadable files, usage errors.
const BAD_INPUT: u8 = 2;

fn main() -> ExitCode {
    // A reader that closes the pipe (`| head -1`) ends pasar quietly, as it ends `cat`: by
    // SIGPIPE, in every command and for stdout and stderr alike. Rust ignores the signal
    // by default, which turned the next write into an error or, from eprintln!, a panic.
    #[cfg(unix)]
    // SAFETY: called first thing, before any other thread exists; SIG_DFL is a valid
    // disposition for SIGPIPE.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
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
    // stdout is locked only by commands that write to it: the tracker's panic hook and
    // signal handler must be able to restore the terminal through it.
    let load = || commands::timed("load", || source.load());
    let result = match cli.command {
        None => {
            let loaded = commands::timed("load", || {
                let notice = commands::loading_notice(&source);
                let loaded = source.load();
                commands::clear_notice(notice);
                loaded
            });
            (loaded.map_err(Failure::from))
                .and_then(|market| commands::tracker(market, source, &mut io::stdout()))
        }
        Some(Command::Check) => commands::timed("check", || source.check())
            .map_err(Failure::from)
            .and_then(|summary| writeln!(io::stdout(), "{summary}").map_err(Failure::from)),
        Some(Command::Export { what, format }) => {
            load().map_err(Failure::from).and_then(|market| {
                let terminal = io::stdout().is_terminal() && format == pasar::cli::Format::Csv;
                let mut out = BufWriter::new(io::stdout().lock());
                if terminal {
                    let mut csv = Vec::new();
                    export(&market, what, format, &mut csv)
                        .and_then(|()| out.write_all(pasar::export::for_terminal(&csv).as_bytes()))
                        .and_then(|()| out.flush())
                        .map_err(Failure::from)
                } else {
                    export(&market, what, format, &mut out)
                        .and_then(|()| out.flush())
                        .map_err(Failure::from)
                }
            })
        }
        Some(Command::Render { size, keys, color }) => {
            load().map_err(Failure::from).and_then(|market| {
                let config = commands::user_config()?;
                let out = &mut io::stdout().lock();
                commands::render(market, config, size, &keys.0, color, out)
            })
        }
        Some(Command::Gen { events, out, seed }) => {
            pasar::synthetic::write_market(&out, events, seed).map_err(Failure::from_write)
        }
        Some(Command::Ingest(args)) => return pasar::ingest::command::main(&args, &source),
        Some(Command::Fetch(args)) => return pasar::fetch::command::main(&args, &source),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A reader such as `head` closing the pipe early is not an error.
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{failure}");
            match failure {
                Failure::Io(_) => ExitCode::FAILURE,
                _ => ExitCode::from(BAD_INPUT),
            }
        }
    }
}
