//! `pasar gen`: write a deterministic synthetic dataset.

use std::path::Path;

use crate::synthetic::write_market;

use super::Failure;

pub fn run(out: &Path, events: usize, seed: u64) -> Result<(), Failure> {
    write_market(out, events, seed).map_err(Failure::from_write)
}
