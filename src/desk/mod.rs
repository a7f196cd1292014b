//! The news desk: reviewing inbox candidates and editing events where they are read.
//!
//! Nothing here draws: [`document`] turns an event into the text the user edits and
//! back, [`candidates`] reads the inbox, [`ledger`] writes a [`ledger::Change`] to the
//! data folder (locked, checked, atomic, applied by event id) and gives back its undo,
//! [`browser`] opens an article's address.

pub mod document;
