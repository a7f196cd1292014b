//! Why `ingest` failed.

use std::io;
use std::path::PathBuf;

use crate::data::Invalid;

/// Why `ingest` failed. Errors about a file start with its path; the others name the
/// program.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{}:1:1: cannot read: {source}", crate::text::clean(&path.display().to_string()))]
    Read { path: PathBuf, source: io::Error },
    #[error("{}: invalid UTF-8 at byte {offset}", crate::text::clean(&path.display().to_string()))]
    Utf8 { path: PathBuf, offset: usize },
    #[error("{0}")]
    Invalid(Invalid),
    #[error("pasar: unknown source \"{id}\"; market.toml defines: {known}")]
    UnknownSource { id: String, known: String },
    #[error(
        "pasar: --write and --inbox need a data folder: pass --data DIR (or set PASAR_DATA); the built-in dataset is read-only"
    )]
    Embedded,
    #[error("{}: cannot write: {source}", crate::text::clean(&path.display().to_string()))]
    Write { path: PathBuf, source: io::Error },
    #[error("refusing to write events that would not load (a bug in ingest):\n{0}")]
    WouldBreak(Invalid),
    #[error("{0}")]
    Inbox(#[from] crate::inbox::InboxError),
    #[error("pasar: cannot read {url}: {why}")]
    Web { url: String, why: String },
}
