//! pasar: a terminal tracker for news-driven markets.

/// Lets code shared with the benches (`benches/extraction/score.rs`) name the crate alike.
extern crate self as pasar;

pub mod app;
pub mod cli;
pub mod commands;
pub mod config;
pub mod data;
pub mod desk;
pub mod export;
pub mod fetch;
pub mod forecast;
pub mod format;
pub mod inbox;
pub mod ingest;
pub mod last_resort;
pub mod layout;
pub mod query;
pub mod render;
pub mod replace;
pub mod synthetic;
pub mod text;
pub mod tui;
pub mod ui;
