//! Every integration test, in one crate: one binary to link, helpers shared in `common`.
//!
//! The tests that make the tracker panic need the `test-hooks` feature, which the
//! dev-dependency on pasar itself turns on for every `cargo test`, debug or release.

mod common;

mod cli;
mod cli_render;
mod corpus;
mod drawing;
mod fetch;
mod hardening;
mod inbox_cli;
mod ingest_cli;
mod ingest_events;
mod ingest_kill;
mod ingest_props;
mod layers;
mod news_tmux;
mod newsroom;
#[cfg(unix)]
mod outputs;
mod random_keys;
#[cfg(unix)]
mod review_tmux;
mod tmux;
#[cfg(unix)]
mod writes;
