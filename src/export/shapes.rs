//! How the export writes each shape of [`event_fields!`](crate::data::schema): its JSON
//! value (ids for indexes, words for enums) and its CSV cell.

use std::borrow::Cow;

use serde::Serialize;

use super::{Export, list, number, plain};
use crate::data::Market;
use crate::data::model::Worded;
use crate::data::schema::*;
use crate::data::store::{FigureRef, Figures, Texts};

/// Texts that are always written: the event's id and its title.
macro_rules! text_export {
    ($($shape:ty),*) => {$(
        impl Export for $shape {
            type Record<'a> = &'a str;
            fn record<'a>(_: &'a Market, value: &'a str) -> &'a str {
                value
            }
            fn cell<'r>(record: &'r &str) -> Cow<'r, str> {
                Cow::Borrowed(record)
            }
        }
    )*};
}
text_export!(Id, Title);

impl Export for Dated {
    type Record<'a> = String;
    fn record(_: &Market, value: crate::data::Date) -> String {
        value.to_string()
    }
    fn cell<'r>(record: &'r String) -> Cow<'r, str> {
        Cow::Borrowed(record)
    }
}

/// Words are always written, a default one too.
macro_rules! word_export {
    ($($shape:ident),*) => {$(
        impl<T: Worded + Default> Export for $shape<T> {
            type Record<'a> = &'static str;
            fn record(_: &Market, value: T) -> &'static str {
                value.as_str()
            }
            fn cell<'r>(record: &'r &'static str) -> Cow<'r, str> {
                Cow::Borrowed(record)
            }
        }
    )*};
}
word_export!(Word, WordOr);

impl Export for OptionalText {
    type Record<'a> = Option<&'a str>;
    fn record<'a>(_: &'a Market, value: Option<&'a str>) -> Option<&'a str> {
        value
    }
    fn omit(record: &Option<&str>) -> bool {
        record.is_none()
    }
    fn cell<'r>(record: &'r Option<&str>) -> Cow<'r, str> {
        Cow::Borrowed(record.unwrap_or(""))
    }
}

impl Export for SourceRef {
    type Record<'a> = Option<&'a str>;
    fn record(market: &Market, value: Option<usize>) -> Option<&str> {
        value.map(|s| market.sources[s].id.as_str())
    }
    fn omit(record: &Option<&str>) -> bool {
        record.is_none()
    }
    fn cell<'r>(record: &'r Option<&str>) -> Cow<'r, str> {
        Cow::Borrowed(record.unwrap_or(""))
    }
}

/// Players by id; the list is written even when empty, as the format requires it.
impl Export for PlayerList {
    type Record<'a> = Vec<&'a str>;
    fn record<'a>(market: &'a Market, value: &'a [u32]) -> Vec<&'a str> {
        (value.iter())
            .map(|&a| market.players[a as usize].id.as_str())
            .collect()
    }
    fn cell<'r>(record: &'r Vec<&str>) -> Cow<'r, str> {
        Cow::Owned(list(record))
    }
}

impl Export for TextList {
    type Record<'a> = Vec<&'a str>;
    fn record<'a>(_: &'a Market, value: Texts<'a>) -> Vec<&'a str> {
        value.collect()
    }
    fn omit(record: &Vec<&str>) -> bool {
        record.is_empty()
    }
    fn cell<'r>(record: &'r Vec<&str>) -> Cow<'r, str> {
        Cow::Owned(list(record))
    }
}

impl Export for FigureList {
    type Record<'a> = Vec<FigureRecord<'a>>;
    fn record<'a>(_: &'a Market, value: Figures<'a>) -> Vec<FigureRecord<'a>> {
        let record = |f: FigureRef<'a>| FigureRecord {
            label: f.label,
            value: f.value,
            unit: f.unit,
        };
        value.map(record).collect()
    }
    fn omit(record: &Vec<FigureRecord<'_>>) -> bool {
        record.is_empty()
    }
    fn cell<'r>(record: &'r Vec<FigureRecord<'_>>) -> Cow<'r, str> {
        let figures: Vec<String> = (record.iter())
            .map(|f| format!("{}={} {}", f.label, plain(f.value), f.unit))
            .collect();
        Cow::Owned(list(&figures))
    }
}

#[derive(Serialize)]
pub(super) struct FigureRecord<'a> {
    label: &'a str,
    #[serde(serialize_with = "number")]
    value: f64,
    unit: &'a str,
}
