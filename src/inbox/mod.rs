//! The inbox: candidate events waiting for a person's review, one a line of
//! `inbox.jsonl` in the data folder.
//!
//! `pasar fetch` and `pasar ingest --inbox` queue candidates here ([`queue`]); `pasar
//! check` validates the file ([`check`]); the tracker counts the new ones ([`count_new`]).
//! A candidate carries a whole event in `events.jsonl`'s format, the article it came
//! from, the sentence, its review `state` and, when it may restate an event or another
//! candidate, `duplicate_of` that id: nothing is dropped silently.

pub mod check;
mod queue;
mod read;

use serde::{Deserialize, Serialize};

use crate::data::Event;

pub use queue::{InboxError, Queued, candidate_id, queue};
pub use read::{Candidate, candidates};

/// The inbox's file name in the data folder.
pub const FILE: &str = "inbox.jsonl";

/// Where a candidate stands in review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    New,
    Accepted,
    Rejected,
}

impl State {
    /// The state a data-file word names, if any.
    pub fn from_word(word: &str) -> Option<State> {
        match word {
            "new" => Some(State::New),
            "accepted" => Some(State::Accepted),
            "rejected" => Some(State::Rejected),
            _ => None,
        }
    }
}

/// The article a candidate was read from. Every field may be null: a text file given to
/// `ingest --inbox` has no address, a feed item may have no date.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub url: Option<String>,
    pub title: Option<String>,
    pub publisher: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The id of the feed it came through.
    pub feed: Option<String>,
}

/// A candidate event found in an article, before it is queued.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub article: Article,
    /// The sentence the event was read from.
    pub sentence: String,
    /// The drafted event (indexes into the market's players; its own `source` unused).
    pub event: Event,
    /// The source id the event cites: one of `market.toml`, or one that accepting the
    /// candidate creates from `article`.
    pub source: Option<String>,
}

/// The head of an inbox line: everything but the event, in the order lines are written.
#[derive(Serialize)]
struct Head<'a> {
    id: &'a str,
    state: State,
    found: &'a str,
    article: &'a Article,
    sentence: &'a str,
    duplicate_of: Option<&'a str>,
}

/// How many candidates wait for review (`"state":"new"`), reading leniently: the
/// tracker shows the count, `check` reports what is wrong with the file.
pub fn count_new(text: &str) -> usize {
    #[derive(Deserialize)]
    struct StateOnly {
        state: Option<State>,
    }
    text.lines()
        .filter(|line| line.contains("\"new\""))
        .filter_map(|line| serde_json::from_str::<StateOnly>(line).ok())
        .filter(|c| c.state == Some(State::New))
        .count()
}

/// A stable short hash (FNV-1a, 64 bits) of some texts, for candidate and source ids
/// and for recognising the same text again.
pub fn fingerprint<'a>(parts: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part.as_bytes().iter().chain(&[0xff]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

#[cfg(test)]
mod tests;
