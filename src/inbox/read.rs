//! Reading the inbox's candidates for review, leniently: a line `check` would reject is
//! left out here (and reported there), so one bad line never hides the others.

use rustc_hash::FxHashMap;
use serde::Deserialize;

use crate::data::Event;
use crate::data::events::{Refs, read_event};
use crate::data::{Events, Market};

use super::{Article, State};

/// One candidate of `inbox.jsonl`, as the tracker shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub id: String,
    pub state: State,
    /// When it was queued (RFC 3339, UTC).
    pub found: String,
    pub article: Article,
    /// The sentence the event was read from.
    pub sentence: String,
    /// The event or candidate it may restate.
    pub duplicate_of: Option<String>,
    /// The drafted event; players by index, its `source` unused (see `source`).
    pub event: Event,
    /// The source id the event cites, which may not be in `market.toml` yet.
    pub source: Option<String>,
    /// The drafted event as the file holds it (a JSON object), which an edit must find
    /// unchanged before it replaces it.
    pub draft: String,
}

impl Candidate {
    /// The event as a line of `events.jsonl`, citing its source by id.
    pub fn event_line(&self, market: &Market) -> serde_json::Result<String> {
        crate::export::event_line_citing(market, &self.event, self.source.as_deref())
    }
}

/// An inbox line's own fields; the event is read by the events file's reader.
#[derive(Deserialize)]
struct Line {
    id: String,
    state: State,
    found: String,
    #[serde(default)]
    article: Article,
    sentence: String,
    duplicate_of: Option<String>,
    event: serde_json::Value,
}

/// The candidates of an inbox's text, in file order; `players` are the market's player
/// ids by index.
pub fn candidates(text: &str, players: &FxHashMap<&str, usize>) -> Vec<Candidate> {
    let refs = Refs {
        players: Some(players.clone()),
        sources: None,
    };
    text.lines()
        .filter_map(|line| candidate(line, &refs))
        .collect()
}

/// The `event` object of an inbox line, byte for byte as the file holds it.
fn event_text(line: &str) -> Option<String> {
    let mut range = None;
    let mut reader = crate::data::json::Reader::new(line);
    reader
        .object(|r, key, _| {
            let start = r.value_start();
            r.skip_value()?;
            if key == "event" {
                range = Some(start..r.pos());
            }
            Ok(())
        })
        .ok()?;
    range.map(|r| line[r].to_string())
}

fn candidate(text: &str, refs: &Refs) -> Option<Candidate> {
    let line: Line = serde_json::from_str(text).ok()?;
    let source = line.event.get("source").and_then(|s| s.as_str());
    let source = source.map(str::to_string);
    let draft = event_text(text).unwrap_or_else(|| line.event.to_string());
    let mut one = Events::default();
    read_event(&draft, refs, &mut one).ok()?;
    Some(Candidate {
        id: line.id,
        state: line.state,
        found: line.found,
        article: line.article,
        sentence: line.sentence,
        duplicate_of: line.duplicate_of,
        event: one.at(0).to_event(),
        source,
        draft,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn players() -> FxHashMap<&'static str, usize> {
        [("lazada", 0), ("shopee", 1)].into_iter().collect()
    }

    #[test]
    fn reads_each_valid_line_and_leaves_out_the_rest() {
        let text = concat!(
            r#"{"id":"c-1","state":"new","found":"2026-12-01T08:00:00Z","article":{"url":"https://example.com/a","title":"Lazada builds","publisher":"Wire","published":"2024-05-20","feed":"wire"},"sentence":"Lazada builds a warehouse.","duplicate_of":null,"event":{"id":"lazada-builds","date":"2024-05-20","kind":"launch","title":"Lazada builds a warehouse","actors":["lazada"],"source":"wire-1","tags":["logistics"]}}"#,
            "\n",
            "not json\n",
            r#"{"id":"c-2","state":"rejected","found":"2026-12-01T08:00:00Z","article":{},"sentence":"s","duplicate_of":"lazada-builds","event":{"id":"e2","date":"2024","kind":"other","title":"T","actors":["nobody"]}}"#,
            "\n",
            r#"{"id":"c-3","state":"rejected","found":"2026-12-01T09:00:00Z","article":{},"sentence":"s","duplicate_of":"c-1","extra":1,"event":{"id":"e3","date":"2024","kind":"other","title":"T","actors":["shopee"]}}"#,
        );
        let read = candidates(text, &players());
        assert_eq!(
            read.len(),
            2,
            "the bad line and the unknown actor are left out"
        );
        let first = &read[0];
        assert_eq!(first.id, "c-1");
        assert_eq!(first.state, State::New);
        assert_eq!(first.event.actors, [0]);
        assert_eq!(first.event.tags, ["logistics"]);
        assert_eq!(first.source.as_deref(), Some("wire-1"));
        assert_eq!(first.article.publisher.as_deref(), Some("Wire"));
        assert_eq!(read[1].state, State::Rejected);
        assert_eq!(read[1].duplicate_of.as_deref(), Some("c-1"));
    }
}
