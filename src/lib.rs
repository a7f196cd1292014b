//! pasar: a terminal tracker for news-driven markets.

pub mod cli;
pub mod data;
pub mod export;
pub mod forecast;
pub mod ingest;
