//! The `pasar` binary: parse the command line, run the command, map errors to exit codes.

use std::process::ExitCode;

use clap::Parser;

use pasar::cli::Cli;
use pasar::commands;
use pasar::data::DataSource;

/// Usage errors are bad input, as invalid data is.
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
            let e = pasar::cli::safe_usage_error(e);
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { BAD_INPUT } else { 0 });
        }
    };
    let cwd = std::env::current_dir().unwrap_or_default();
    let env = std::env::var_os("PASAR_DATA");
    let source = DataSource::resolve(cli.data.as_deref(), env.as_deref(), &cwd);
    // stdout is locked only by commands that write to it: the tracker's panic hook and
    // signal handler must be able to restore the terminal through it.
    match commands::run(cli.command, source) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            if !failure.is_reported() {
                eprintln!("{failure}");
            }
            ExitCode::from(failure.exit_code())
        }
    }
}
