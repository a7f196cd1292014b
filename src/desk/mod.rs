//! The news desk: reviewing inbox candidates and editing events where they are read.
//!
//! Nothing here draws: [`document`] turns an event into the text the user edits and
//! back; [`ledger`] writes a [`ledger::Change`] to the data folder (locked, checked as
//! `pasar check` would, atomic, applied by event id so that other writers' lines
//! survive) and gives back the change that undoes it; [`sources`] adds and removes a
//! `[[sources]]` table without touching the rest of `market.toml`; [`browser`] opens a
//! web address without a shell.

pub mod browser;
pub mod document;
pub mod editor;
pub mod ledger;
pub mod perform;
pub mod sources;
