//! How each shape of [`event_fields!`](super::super::schema) is kept in a row and lent out.

use super::{Extent, FigureRef, RowWriter, Segment, StoredFigure};
use crate::data::date::Date;
use crate::data::model::{Figure, Worded};
use crate::data::schema::{
    Dated, FigureList, Id, OptionalText, PlayerList, Shape, SourceRef, TextList, Title, Word,
    WordOr,
};

/// How a row keeps a shape: a few bytes of its own, its texts and list items in the
/// segment's buffers. Every accessor is a field read and a slice: no allocation, no
/// dynamic dispatch.
pub(in crate::data) trait Store: Shape {
    type Stored: Copy + std::fmt::Debug;
    fn get(segment: &Segment, stored: Self::Stored) -> Self::Ref<'_>;
    fn put(row: &mut RowWriter<'_>, value: &Self::Owned) -> Self::Stored;
}

/// Texts that are required: the event's id and its title.
macro_rules! text_shape {
    ($($shape:ty),*) => {$(
        impl Shape for $shape {
            type Owned = String;
            type Ref<'a> = &'a str;
            fn blank(_: Date) -> String {
                String::new()
            }
            fn to_owned(value: &str) -> String {
                value.to_owned()
            }
            fn same(a: &str, b: &str) -> bool {
                a == b
            }
        }

        impl Store for $shape {
            type Stored = Extent;
            fn get(segment: &Segment, stored: Extent) -> &str {
                segment.text(stored)
            }
            fn put(row: &mut RowWriter<'_>, value: &String) -> Extent {
                row.text(value)
            }
        }
    )*};
}
text_shape!(Id, Title);

/// Values that are their own stored form: a date, a word of a fixed list.
macro_rules! copied_shape {
    ($(impl$(<$t:ident>)? for $shape:ty, of $value:ty, blank $blank:expr;)*) => {$(
        impl$(<$t: Worded + Default>)? Shape for $shape {
            type Owned = $value;
            type Ref<'a> = $value;
            fn blank(date: Date) -> $value {
                $blank(date)
            }
            fn to_owned(value: $value) -> $value {
                value
            }
            fn same(a: $value, b: $value) -> bool {
                a == b
            }
        }

        impl$(<$t: Worded + Default>)? Store for $shape {
            type Stored = $value;
            fn get(_: &Segment, stored: $value) -> $value {
                stored
            }
            fn put(_: &mut RowWriter<'_>, value: &$value) -> $value {
                *value
            }
        }
    )*};
}
copied_shape! {
    impl for Dated, of Date, blank |date| date;
    impl<T> for Word<T>, of T, blank |_| T::default();
    impl<T> for WordOr<T>, of T, blank |_| T::default();
}

impl Shape for OptionalText {
    type Owned = Option<String>;
    type Ref<'a> = Option<&'a str>;
    fn blank(_: Date) -> Option<String> {
        None
    }
    fn to_owned(value: Option<&str>) -> Option<String> {
        value.map(str::to_owned)
    }
    fn same(a: Option<&str>, b: Option<&str>) -> bool {
        a == b
    }
}

impl Store for OptionalText {
    type Stored = Option<Extent>;
    fn get(segment: &Segment, stored: Option<Extent>) -> Option<&str> {
        stored.map(|extent| segment.text(extent))
    }
    fn put(row: &mut RowWriter<'_>, value: &Option<String>) -> Option<Extent> {
        value.as_deref().map(|text| row.text(text))
    }
}

impl Shape for SourceRef {
    type Owned = Option<usize>;
    type Ref<'a> = Option<usize>;
    fn blank(_: Date) -> Option<usize> {
        None
    }
    fn to_owned(value: Option<usize>) -> Option<usize> {
        value
    }
    fn same(a: Option<usize>, b: Option<usize>) -> bool {
        a == b
    }
}

impl Store for SourceRef {
    type Stored = Option<u32>;
    fn get(_: &Segment, stored: Option<u32>) -> Option<usize> {
        stored.map(|source| source as usize)
    }
    fn put(_: &mut RowWriter<'_>, value: &Option<usize>) -> Option<u32> {
        value.map(|source| source as u32)
    }
}

impl Shape for PlayerList {
    type Owned = Vec<usize>;
    type Ref<'a> = &'a [u32];
    fn blank(_: Date) -> Vec<usize> {
        Vec::new()
    }
    fn to_owned(value: &[u32]) -> Vec<usize> {
        value.iter().map(|&player| player as usize).collect()
    }
    fn same(a: &[u32], b: &[u32]) -> bool {
        a == b
    }
}

impl Store for PlayerList {
    type Stored = Extent;
    fn get(segment: &Segment, stored: Extent) -> &[u32] {
        &segment.players[stored.range()]
    }
    fn put(row: &mut RowWriter<'_>, value: &Vec<usize>) -> Extent {
        let mark = row.mark();
        for &player in value {
            row.player(player);
        }
        row.players_since(mark)
    }
}

/// The texts of a list field, read in place.
#[derive(Clone)]
pub struct Texts<'a> {
    segment: &'a Segment,
    items: std::slice::Iter<'a, Extent>,
}

impl<'a> Iterator for Texts<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        self.items.next().map(|&extent| self.segment.text(extent))
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.items.size_hint()
    }
}

impl DoubleEndedIterator for Texts<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.items
            .next_back()
            .map(|&extent| self.segment.text(extent))
    }
}

impl ExactSizeIterator for Texts<'_> {}

impl Shape for TextList {
    type Owned = Vec<String>;
    type Ref<'a> = Texts<'a>;
    fn blank(_: Date) -> Vec<String> {
        Vec::new()
    }
    fn to_owned(value: Texts<'_>) -> Vec<String> {
        value.map(str::to_owned).collect()
    }
    fn same(a: Texts<'_>, b: Texts<'_>) -> bool {
        a.eq(b)
    }
}

impl Store for TextList {
    type Stored = Extent;
    fn get(segment: &Segment, stored: Extent) -> Texts<'_> {
        let items = segment.texts[stored.range()].iter();
        Texts { segment, items }
    }
    fn put(row: &mut RowWriter<'_>, value: &Vec<String>) -> Extent {
        let mark = row.mark();
        for text in value {
            row.text_item(text);
        }
        row.texts_since(mark)
    }
}

/// The figures of an event, read in place.
#[derive(Clone)]
pub struct Figures<'a> {
    segment: &'a Segment,
    items: std::slice::Iter<'a, StoredFigure>,
}

impl<'a> Figures<'a> {
    fn lend(&self, figure: &StoredFigure) -> FigureRef<'a> {
        FigureRef {
            label: self.segment.text(figure.label),
            value: figure.value,
            unit: self.segment.text(figure.unit),
        }
    }
}

impl<'a> Iterator for Figures<'a> {
    type Item = FigureRef<'a>;
    fn next(&mut self) -> Option<FigureRef<'a>> {
        let figure = self.items.next()?;
        Some(self.lend(figure))
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.items.size_hint()
    }
}

impl DoubleEndedIterator for Figures<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let figure = self.items.next_back()?;
        Some(self.lend(figure))
    }
}

impl ExactSizeIterator for Figures<'_> {}

impl Shape for FigureList {
    type Owned = Vec<Figure>;
    type Ref<'a> = Figures<'a>;
    fn blank(_: Date) -> Vec<Figure> {
        Vec::new()
    }
    fn to_owned(value: Figures<'_>) -> Vec<Figure> {
        let owned = |f: FigureRef<'_>| Figure {
            label: f.label.to_owned(),
            value: f.value,
            unit: f.unit.to_owned(),
        };
        value.map(owned).collect()
    }
    fn same(a: Figures<'_>, b: Figures<'_>) -> bool {
        a.eq(b)
    }
}

impl Store for FigureList {
    type Stored = Extent;
    fn get(segment: &Segment, stored: Extent) -> Figures<'_> {
        let items = segment.figures[stored.range()].iter();
        Figures { segment, items }
    }
    fn put(row: &mut RowWriter<'_>, value: &Vec<Figure>) -> Extent {
        let mark = row.mark();
        for figure in value {
            row.figure(&figure.label, figure.value, &figure.unit);
        }
        row.figures_since(mark)
    }
}
