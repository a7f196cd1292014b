//! `pasar completions SHELL` and `pasar man`: generated from the clap definitions, so
//! they never drift from the command line they describe.

use std::io::{self, Write};

use clap::CommandFactory;

use crate::cli::Cli;

use super::Failure;

/// Prints the completion script for `shell`.
pub fn completions(shell: clap_complete::Shell) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    clap_complete::generate(shell, &mut Cli::command(), "pasar", &mut out);
    out.flush()?;
    Ok(())
}

/// Prints the manual page as roff.
pub fn man() -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    out.flush()?;
    Ok(())
}
