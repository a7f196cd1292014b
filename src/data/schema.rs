//! The fields of an event, declared once.
//!
//! `event_fields!` is the one table of an event's fields: each field's name (which is
//! also its JSON key), its *shape* and its place among the columns of the CSV export and
//! the lines of the editor's document. Everything that lists an event's fields is
//! generated from it by a macro beside the code it belongs to: the owned
//! [`Event`](super::Event) (`model.rs`), the stored row, [`EventRef`](super::EventRef)'s
//! accessors and equality (`store.rs`), the parser's field table (`events.rs`), the export
//! record and CSV columns (`export.rs`) and the editor's document (`desk/document.rs`).
//!
//! A shape is a type saying what kind of value a field holds — a required text, an
//! optional text, a list of texts, a date, a word of a fixed list — and each layer has a
//! trait saying how it keeps, reads or writes that shape. A field of an existing shape is
//! one line of the table; a new shape implements those traits once.

use std::marker::PhantomData;

use super::date::Date;

/// Calls the macro `$then` with the table of event fields, in the order of the JSON format.
///
/// Each entry is `name: Shape, csv N, doc N;` (doc comments first): `csv` is the field's
/// column in `pasar export events --format csv`, `doc` its line in the document `e` and `+`
/// open in the editor. A new field takes the next free column and line, so that no
/// existing column moves.
macro_rules! event_fields {
    ($then:ident) => {
        $then! {
            id: Id, csv 0, doc 0;
            date: Dated, csv 1, doc 1;
            kind: Word<Kind>, csv 2, doc 2;
            title: Title, csv 4, doc 4;
            summary: OptionalText, csv 5, doc 9;
            /// Indexes into the market's players.
            actors: PlayerList, csv 6, doc 5;
            figures: FigureList, csv 7, doc 8;
            /// Index into the market's sources.
            source: SourceRef, csv 8, doc 6;
            status: WordOr<Status>, csv 3, doc 3;
            tags: TextList, csv 9, doc 7;
        }
    };
}
pub(crate) use event_fields;

/// What kind of value a field holds, as an owned [`Event`](super::Event) keeps it and an
/// [`EventRef`](super::EventRef) lends it.
pub trait Shape {
    /// The value in an owned event.
    type Owned: Clone + std::fmt::Debug + PartialEq;
    /// The value read in place from the store.
    type Ref<'a>;
    /// The value of a blank event dated `date` (what `+` opens in the editor).
    fn blank(date: Date) -> Self::Owned;
    fn to_owned(value: Self::Ref<'_>) -> Self::Owned;
    fn same(a: Self::Ref<'_>, b: Self::Ref<'_>) -> bool;
}

/// The event's own id, `[a-z0-9-]+`, unique in the file; required.
pub struct Id;
/// A date of the format (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); required.
pub struct Dated;
/// A word of a fixed list (a [`word_enum!`](super::model) type); required.
pub struct Word<T>(PhantomData<T>);
/// A word of a fixed list; when absent, the list's default.
pub struct WordOr<T>(PhantomData<T>);
/// A text that must not be blank; required.
pub struct Title;
/// A text that may be absent (or `null`).
pub struct OptionalText;
/// A list of texts, which may be absent.
pub struct TextList;
/// A list of players, by id in files and by index in memory; required, may be empty.
pub struct PlayerList;
/// A list of figures (`label`, `value`, `unit`), which may be absent.
pub struct FigureList;
/// One of the market's sources, by id in files and by index in memory; may be absent.
pub struct SourceRef;

/// Whether each of `0..positions.len()` appears once in `positions`: the CSV columns and
/// the document's lines of the table are checked with it when the crate builds.
pub(crate) const fn is_permutation(positions: &[usize]) -> bool {
    let mut seen = 0u128;
    let mut i = 0;
    while i < positions.len() {
        let p = positions[i];
        if p >= positions.len() || p >= 128 || seen & (1 << p) != 0 {
            return false;
        }
        seen |= 1 << p;
        i += 1;
    }
    true
}

macro_rules! check_positions {
    ($($(#[$doc:meta])* $field:ident: $shape:ty, csv $csv:literal, doc $line:literal;)*) => {
        const _: () = assert!(is_permutation(&[$($csv),*]), "CSV columns of event_fields!");
        const _: () = assert!(is_permutation(&[$($line),*]), "document lines of event_fields!");
    };
}
event_fields!(check_positions);

#[cfg(test)]
mod tests {
    use super::is_permutation;

    #[test]
    fn positions_must_each_be_taken_once() {
        assert!(is_permutation(&[2, 0, 1]));
        assert!(is_permutation(&[]));
        assert!(!is_permutation(&[0, 0, 1]));
        assert!(!is_permutation(&[0, 2]));
    }
}
