//! Searching: the running search the App steps through, and matching events against a
//! query without a lowercased copy of every text.
//!
//! A copy of all titles and summaries would double the memory of a large dataset and
//! take seconds to build at a million events; instead each search step scans the texts
//! in place, in memory order, ignoring ASCII case, on every core when the range is long.

use std::ops::Range;

use super::App;
use crate::data::{EventRef, Market};

/// A search still running: it looks at [`App::search_slice`] events an
/// `Action::SearchStep`, so that a key typed meanwhile is handled at once, whatever the
/// number of events.
///
/// Events are looked at in file order, which is memory order: several times faster at a
/// million events than jumping about in timeline order. The matches found so far are
/// shown in timeline order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pending {
    /// Events that may match, in timeline order.
    candidates: Vec<usize>,
    /// By event index: whether it is a candidate, and whether it was found to match.
    is_candidate: Vec<bool>,
    matched: Vec<bool>,
    /// Events before this one (in file order) have been looked at.
    next: usize,
    /// The event selected when the search began: it stays selected if it matches.
    keep: Option<usize>,
}

impl Pending {
    /// How much of the search is done, in percent.
    pub fn percent(&self) -> usize {
        self.next * 100 / self.is_candidate.len().max(1)
    }

    /// The candidates that matched, or have not been looked at yet.
    fn still_possible(&self) -> Vec<usize> {
        (self.candidates.iter().copied())
            .filter(|&e| self.matched[e] || e >= self.next)
            .collect()
    }
}

/// Events a search step looks at: a few milliseconds' work on this machine's cores.
pub const SEARCH_SLICE: usize = 250_000;

impl App {
    /// Re-runs the search over the current player's events, then keeps the selection.
    pub(super) fn rescan(&mut self) {
        self.selected_event = self.wanted_event();
        if self.search.is_some() {
            let rows = self.unsearched_rows().to_vec();
            self.search_among(rows);
        } else {
            self.reselect();
        }
    }

    /// The event the user has selected: while a search runs, the one selected when it
    /// began (the cursor meanwhile rests on what has been found so far).
    pub(super) fn wanted_event(&self) -> Option<usize> {
        match self.search.as_ref().and_then(|s| s.pending.as_ref()) {
            Some(pending) => pending.keep,
            None => self.selected_event,
        }
    }

    /// Narrows the matches after the query grew: only what matched the shorter query (and
    /// what a running search has not looked at yet) can match the longer one.
    pub(super) fn narrow(&mut self) {
        self.selected_event = self.wanted_event();
        let Some(search) = &mut self.search else {
            return self.reselect();
        };
        let candidates = match search.pending.take() {
            Some(pending) => pending.still_possible(),
            None => std::mem::take(&mut search.matches),
        };
        self.search_among(candidates);
    }

    /// Starts searching `candidates` (in timeline order) and takes the first step.
    fn search_among(&mut self, candidates: Vec<usize>) {
        let keep = self.selected_event;
        let Some(search) = &mut self.search else {
            return self.reselect();
        };
        if search.query.is_empty() {
            search.matches = candidates;
            search.pending = None;
            return self.reselect();
        }
        let mut is_candidate = vec![false; self.market.events.len()];
        for &e in &candidates {
            is_candidate[e] = true;
        }
        search.matches.clear();
        search.pending = Some(Pending {
            candidates,
            matched: vec![false; is_candidate.len()],
            is_candidate,
            next: 0,
            keep,
        });
        self.search_step();
    }

    /// Whether a search is still looking through events.
    pub fn searching(&self) -> bool {
        self.search.as_ref().is_some_and(|s| s.pending.is_some())
    }

    /// Looks at the next slice of a running search's events.
    pub(super) fn search_step(&mut self) -> bool {
        let Some(search) = &mut self.search else {
            return false;
        };
        let Some(pending) = &mut search.pending else {
            return false;
        };
        let total = pending.is_candidate.len();
        let end = (pending.next + self.search_slice.max(1)).min(total);
        let query = Query::new(&self.market, &search.query);
        let range = pending.next..end;
        query.scan(
            range,
            &pending.is_candidate,
            &mut pending.matched[pending.next..end],
        );
        pending.next = end;
        search.matches = (pending.candidates.iter().copied())
            .filter(|&e| pending.matched[e])
            .collect();
        self.selected_event = pending.keep;
        if end == total {
            search.pending = None;
        }
        self.reselect();
        true
    }

    /// Runs a search to its end: what every key but typing needs before it acts.
    pub(super) fn finish_search(&mut self) {
        while self.searching() {
            self.search_step();
        }
    }
}

/// A query, lowercased, with the players it matches by name, ticker or alias.
pub struct Query<'a> {
    market: &'a Market,
    text: String,
    players: Vec<bool>,
}

impl<'a> Query<'a> {
    pub fn new(market: &'a Market, query: &str) -> Query<'a> {
        let text = query.to_lowercase();
        let players = market
            .players
            .iter()
            .map(|p| {
                std::iter::once(&p.name)
                    .chain(&p.ticker)
                    .chain(&p.aliases)
                    .any(|name| contains_folded(name, &text))
            })
            .collect();
        Query {
            market,
            text,
            players,
        }
    }

    /// Whether an event's title, summary, kind or players match.
    pub fn matches(&self, event: EventRef) -> bool {
        contains_folded(event.title(), &self.text)
            || event
                .summary()
                .is_some_and(|s| contains_folded(s, &self.text))
            || event.kind().as_str().contains(&self.text)
            || event
                .actors()
                .iter()
                .any(|&a| self.players.get(a as usize).copied().unwrap_or(false))
    }

    /// Marks in `matched` which events of `range` (file order; `matched[0]` is
    /// `range.start`) match, looking only at those marked in `candidate`. Long ranges are
    /// split across cores.
    pub fn scan(&self, range: Range<usize>, candidate: &[bool], matched: &mut [bool]) {
        const PER_THREAD: usize = 50_000;
        let events = &self.market.events;
        let look = |start: usize, matched: &mut [bool]| {
            let events = events.iter_from(start).zip(matched.iter_mut());
            for ((index, event), found) in events {
                *found = candidate[index] && self.matches(event);
            }
        };
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        if range.len() < 2 * PER_THREAD || threads == 1 {
            return look(range.start, matched);
        }
        let size = range.len().div_ceil(threads);
        std::thread::scope(|scope| {
            for (i, part) in matched.chunks_mut(size).enumerate() {
                let start = range.start + i * size;
                scope.spawn(move || look(start, part));
            }
        });
    }
}

/// Whether `text` contains `needle` (already lowercase), ignoring case.
///
/// ASCII needles, the common case, are found with memchr on their first byte in both
/// cases and compared in place; others fall back to lowercasing the text.
pub fn contains_folded(text: &str, needle: &str) -> bool {
    if !needle.is_ascii() {
        return text.to_lowercase().contains(needle);
    }
    let (hay, needle) = (text.as_bytes(), needle.as_bytes());
    let Some((&first, _)) = needle.split_first() else {
        return true;
    };
    let Some(last_start) = hay.len().checked_sub(needle.len()) else {
        return false;
    };
    let upper = first.to_ascii_uppercase();
    let mut from = 0;
    while from <= last_start {
        let Some(i) = memchr::memchr2(first, upper, &hay[from..=last_start]) else {
            return false;
        };
        let at = from + i;
        if hay[at..at + needle.len()].eq_ignore_ascii_case(needle) {
            return true;
        }
        from = at + 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_needles_ignoring_case_anywhere() {
        for (text, needle, found) in [
            ("TikTok Shop", "tiktok", true),
            ("TikTok Shop", "shop", true),
            ("TikTok Shop", "k s", true),
            ("TikTok Shop", "shops", false),
            ("GOTO.JK", "goto.jk", true),
            ("", "a", false),
            ("abc", "", true),
            ("Kementerian Perdagangan", "perdagangan", true),
            ("pp", "ppp", false),
            ("aaab", "aab", true),
            ("Érable café", "café", true),
            ("ÉCOLE", "école", true),
            ("naïve", "ïv", true),
            ("Deal", "dEAL".to_lowercase().as_str(), true),
        ] {
            assert_eq!(
                contains_folded(text, needle),
                found,
                "{text:?} / {needle:?}"
            );
        }
    }

    #[test]
    fn agrees_with_lowercasing_both_sides() {
        let texts = [
            "TikTok in talks with five firms",
            "Rp5,338 triliun",
            "ÀÉÎõü ascii MiXeD",
            "x",
        ];
        for text in texts {
            for start in 0..text.len() {
                for end in start..=text.len() {
                    let Some(part) = text.get(start..end) else {
                        continue;
                    };
                    let needle = part.to_lowercase();
                    assert!(contains_folded(text, &needle), "{text:?} / {needle:?}");
                    let other = format!("{needle}#");
                    assert_eq!(
                        contains_folded(text, &other),
                        text.to_lowercase().contains(&other)
                    );
                }
            }
        }
    }
}
