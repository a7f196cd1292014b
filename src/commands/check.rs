//! `pasar check`: validate the dataset; print a summary, or every error with its position.

use std::io::{self, Write};

use crate::data::DataSource;

use super::{Failure, timed};

pub fn run(source: &DataSource) -> Result<(), Failure> {
    let summary = timed("check", || source.check())?;
    writeln!(io::stdout(), "{summary}")?;
    Ok(())
}
