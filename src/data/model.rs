//! The typed market model that the rest of pasar reads.
//!
//! Everything here has been validated on the way in: ids are unique, references point at
//! real players and sources, numbers are finite and non-negative. Events and series refer
//! to players and sources by index into [`Market::players`] and [`Market::sources`].

use super::date::Date;
use super::schema::*;
use super::store::Events;
use std::path::PathBuf;

/// A whole market: what it is, who is in it, what happened and how big it is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Market {
    pub info: MarketInfo,
    pub sources: Vec<Source>,
    pub players: Vec<Player>,
    pub series: Vec<Series>,
    /// News feeds that `pasar fetch` reads.
    pub feeds: Vec<Feed>,
    /// The candidates of `inbox.jsonl`, in file order (none for the bundled dataset).
    pub inbox: Vec<crate::inbox::Candidate>,
    /// The folder the dataset was read from, for the header; `None` when it was not read
    /// from one (the dataset compiled into the binary).
    pub folder: Option<PathBuf>,
    /// Events in file order; the tracker's `Index` keeps their timeline order.
    pub events: Events,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MarketInfo {
    pub name: String,
    /// ISO 3166 code of the market's country or region.
    pub region: String,
    /// ISO 4217 code of series values.
    pub currency: String,
}

/// Where a fact was read: an article, a report, a filing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub published: Date,
    pub url: Option<String>,
}

/// A news feed (RSS, Atom or JSON Feed) whose articles `pasar fetch` turns into
/// inbox candidates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Feed {
    pub id: String,
    /// An absolute http or https URL.
    pub url: String,
    pub name: Option<String>,
    /// The language of its articles; detected per article when not given.
    pub lang: Option<crate::ingest::Lang>,
}

/// A company, regulator or other actor in the market.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Player {
    pub id: String,
    pub name: String,
    /// What narrow columns show instead of a long name, e.g. `Kemendag`.
    pub short: Option<String>,
    /// The parent group, e.g. GoTo for Tokopedia.
    pub group: Option<String>,
    /// Exchange ticker with its suffix, e.g. `GOTO.JK`.
    pub ticker: Option<String>,
    pub role: Role,
    /// Other names news uses for the player; ingest recognises them in text.
    pub aliases: Vec<String>,
}

/// A word of a fixed list, as `word_enum!` declares them: what the event fields of shape
/// [`Word`] hold.
pub trait Worded: Copy + std::fmt::Debug + PartialEq + 'static {
    fn as_str(self) -> &'static str;
    fn from_word(word: &str) -> Option<Self>;
    /// The words of every value, as `a | b | c`.
    fn choices() -> String;
}

macro_rules! word_enum {
    ($(#[$meta:meta])* $name:ident {
        $($(#[$variant_meta:meta])* $variant:ident = $word:literal),+ $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($(#[$variant_meta])* $variant),+ }

        impl $name {
            /// Every value, in the order the dataset format lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word used for this value in data files.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            /// The value a data-file word names, if any.
            pub fn from_word(word: &str) -> Option<$name> {
                match word { $($word => Some($name::$variant),)+ _ => None }
            }

            /// The words of every value, as `a | b | c`, for error messages.
            pub fn choices() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(" | ")
            }
        }

        impl Worded for $name {
            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }
            fn from_word(word: &str) -> Option<$name> {
                $name::from_word(word)
            }
            fn choices() -> String {
                $name::choices()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

word_enum! {
    /// What part a player plays in the market.
    Role {
        Marketplace = "marketplace",
        SocialCommerce = "social-commerce",
        Regulator = "regulator",
        Government = "government",
        Investor = "investor",
        Other = "other",
    }
}

word_enum! {
    /// What sort of thing an event is; `other` for a blank event.
    #[derive(Default)]
    Kind {
        Regulation = "regulation",
        Closure = "closure",
        Launch = "launch",
        Deal = "deal",
        Talks = "talks",
        Statement = "statement",
        Meeting = "meeting",
        Forecast = "forecast",
        Metric = "metric",
        Investment = "investment",
        Layoff = "layoff",
        #[default]
        Other = "other",
    }
}

word_enum! {
    /// Whether an event happened, is planned, or is only reported; `occurred` when a line
    /// gives none.
    #[derive(Default)]
    Status {
        #[default]
        Occurred = "occurred",
        Planned = "planned",
        Reported = "reported",
    }
}

/// The owned event, generated from [`event_fields!`]: a field of each shape's owned form.
macro_rules! owned_event {
    ($($(#[$doc:meta])* $field:ident: $shape:ty, csv $csv:literal, doc $line:literal;)*) => {
        /// Something that happened (or is planned, or reported) in the market, owned: what
        /// ingest drafts and tests build. A [`Market`] keeps its events in [`Events`] and
        /// lends them out as [`EventRef`](super::EventRef)s.
        #[derive(Clone, Debug, PartialEq)]
        pub struct Event {
            $($(#[$doc])* pub $field: <$shape as Shape>::Owned,)*
        }

        impl Event {
            /// An event dated `date` and nothing else: no id, no title, kind `other`,
            /// status `occurred`, no lists. Code that makes an event names the fields it
            /// knows and takes the rest from here (`Event { title, ..Event::blank(date) }`).
            pub fn blank(date: Date) -> Event {
                Event {
                    $($field: <$shape as Shape>::blank(date),)*
                }
            }
        }
    };
}
event_fields!(owned_event);

/// A number an event reports: `3000000 parcels/day`, `840000000 USD`, `75.01 %`.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub label: String,
    pub value: f64,
    pub unit: String,
}

/// A yearly market-size series with known and projected points.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub id: String,
    pub name: String,
    pub unit: String,
    /// Index into [`Market::sources`].
    pub source: Option<usize>,
    /// The player the series is about (its market share, its GMV), if not the whole
    /// market: index into [`Market::players`].
    pub player: Option<usize>,
    /// Points in strictly increasing year order.
    pub points: Vec<Point>,
}

/// One year's value of a series, with an optional projected range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub year: i32,
    pub value: f64,
    pub projected: bool,
    pub low: Option<f64>,
    pub high: Option<f64>,
}

impl Market {
    /// How many inbox candidates wait for review (state `new`), for the tracker's header.
    pub fn inbox_new(&self) -> usize {
        let new = self
            .inbox
            .iter()
            .filter(|c| c.state == crate::inbox::State::New);
        new.count()
    }

    pub fn player_index(&self, id: &str) -> Option<usize> {
        self.players.iter().position(|p| p.id == id)
    }

    /// How many events each player takes part in, indexed like [`Market::players`].
    pub fn events_per_player(&self) -> Vec<usize> {
        let mut counts = vec![0; self.players.len()];
        for event in self.events.iter() {
            for &actor in event.actors() {
                counts[actor as usize] += 1;
            }
        }
        counts
    }
}
