//! Matching events against a search query without a lowercased copy of every text.
//!
//! A copy of all titles and summaries would double the memory of a large dataset and
//! take seconds to build at a million events; instead each keystroke scans the texts in
//! place, in memory order, ignoring ASCII case, on every core when the range is long.

use std::ops::Range;

use crate::data::{EventRef, Market};

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
