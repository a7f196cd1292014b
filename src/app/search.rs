//! Searching: the search prompt as its own state machine, and matching events against a
//! query without a lowercased copy of every text.
//!
//! A copy of all titles and summaries would double the memory of a large dataset and
//! take seconds to build at a million events; instead each search step scans the texts
//! in place, in memory order, ignoring ASCII case, on every core when the range is long.

use std::borrow::Cow;
use std::ops::Range;

use crate::data::{EventRef, Market};

/// Events a search step looks at: a few milliseconds' work on this machine's cores.
pub const SEARCH_SLICE: usize = 250_000;

/// The search prompt and what it found.
///
/// Its phase says who has the keyboard and whether the matches are complete:
/// `Editing` and `Running` while the prompt is open, `Done` once Enter kept the result.
/// The matches are always in timeline order and always a subset of the rows searched;
/// while `Running` they are the matches found so far. The selection is not kept here:
/// only `origin`, the event to go back to when the prompt is cancelled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Search {
    /// The query as typed; matching is case-insensitive.
    query: String,
    /// The query lowercased, and its length before each character typed: typing and
    /// erasing cost the same however long the query is.
    folded: String,
    folded_before: Vec<usize>,
    phase: Phase,
    /// Matching events of the rows searched, in timeline order.
    matches: Vec<usize>,
    /// The event selected before the prompt opened: Esc in the prompt goes back to it.
    origin: Option<usize>,
}

/// Where a search is: typing into the prompt over complete matches, still looking
/// through events, or kept with the prompt closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Phase {
    /// The prompt has the keyboard; the matches are complete for the query.
    Editing,
    /// The prompt has the keyboard; events are still being looked through.
    Running(Scan),
    /// Enter kept the result: the prompt is closed, the matches are the timeline.
    Done,
}

/// A search still running: it looks at a slice of events a [`Search::step`], so that a
/// key typed meanwhile is handled at once, whatever the number of events.
///
/// Events are looked at in file order, which is memory order: several times faster at a
/// million events than jumping about in timeline order. The matches found so far are
/// shown in timeline order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scan {
    /// Events that may match, in timeline order.
    candidates: Vec<usize>,
    /// By event index: whether it is a candidate, and whether it was found to match.
    is_candidate: Vec<bool>,
    matched: Vec<bool>,
    /// Events before this one (in file order) have been looked at.
    next: usize,
}

impl Scan {
    /// How much of the search is done, in percent.
    fn percent(&self) -> usize {
        self.next * 100 / self.is_candidate.len().max(1)
    }

    /// The candidates that matched, or have not been looked at yet.
    fn still_possible(&self) -> Vec<usize> {
        (self.candidates.iter().copied())
            .filter(|&e| self.matched[e] || e >= self.next)
            .collect()
    }
}

impl Search {
    /// A prompt just opened, with nothing typed: every row matches. `origin` is the
    /// event selected before it.
    pub fn new(origin: Option<usize>, rows: Vec<usize>) -> Search {
        Search {
            query: String::new(),
            folded: String::new(),
            folded_before: Vec::new(),
            phase: Phase::Editing,
            matches: rows,
            origin,
        }
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    /// The events that match, in timeline order; while running, those found so far.
    pub fn matches(&self) -> &[usize] {
        &self.matches
    }

    pub fn phase(&self) -> &Phase {
        &self.phase
    }

    pub fn origin(&self) -> Option<usize> {
        self.origin
    }

    /// Points the way back at another event (a reload moved them all).
    pub fn set_origin(&mut self, origin: Option<usize>) {
        self.origin = origin;
    }

    /// Whether the prompt has the keyboard.
    pub fn editing(&self) -> bool {
        !matches!(self.phase, Phase::Done)
    }

    /// Whether events are still being looked through.
    pub fn running(&self) -> bool {
        matches!(self.phase, Phase::Running(_))
    }

    /// How much of a running search is done, in percent.
    pub fn percent(&self) -> Option<usize> {
        match &self.phase {
            Phase::Running(scan) => Some(scan.percent()),
            _ => None,
        }
    }

    /// Searches `rows` (in timeline order) again from the start, as after the query
    /// shrank or the rows changed, and takes the first step. A kept search (the prompt
    /// closed) is finished at once: nobody is typing to wait for.
    pub fn restart(&mut self, market: &Market, rows: Vec<usize>, slice: usize) {
        let kept = self.phase == Phase::Done;
        self.search_among(market, rows, slice);
        if kept {
            self.finish(market, slice);
            self.phase = Phase::Done;
        }
    }

    /// Adds a character to the query: only what matched the shorter query (and what a
    /// running search has not looked at yet) can match the longer one.
    pub fn push(&mut self, c: char, market: &Market, slice: usize) {
        self.query.push(c);
        self.folded_before.push(self.folded.len());
        self.folded.extend(c.to_lowercase());
        let candidates = match std::mem::replace(&mut self.phase, Phase::Editing) {
            Phase::Running(scan) => scan.still_possible(),
            _ => std::mem::take(&mut self.matches),
        };
        self.search_among(market, candidates, slice);
    }

    /// Takes the last character off the query; the caller then restarts the search over
    /// every row, since a shorter query can match more. Returns whether there was one.
    pub fn pop(&mut self) -> bool {
        let Some(before) = self.folded_before.pop() else {
            return false;
        };
        self.query.pop();
        self.folded.truncate(before);
        true
    }

    /// Enter: the result is kept and the prompt closes. A running search is finished first.
    pub fn keep(&mut self, market: &Market, slice: usize) {
        self.finish(market, slice);
        self.phase = Phase::Done;
    }

    /// Starts searching `candidates` (in timeline order) and takes the first step.
    fn search_among(&mut self, market: &Market, candidates: Vec<usize>, slice: usize) {
        // Nothing typed matches everything; nothing to look at matches nothing. Neither
        // needs a pass over the events (a query typed on past every match costs nothing).
        if self.query.is_empty() || candidates.is_empty() {
            self.matches = candidates;
            self.phase = Phase::Editing;
            return;
        }
        let mut is_candidate = vec![false; market.events.len()];
        for &e in &candidates {
            is_candidate[e] = true;
        }
        self.matches.clear();
        self.phase = Phase::Running(Scan {
            candidates,
            matched: vec![false; is_candidate.len()],
            is_candidate,
            next: 0,
        });
        self.step(market, slice);
    }

    /// Looks at the next `slice` events of a running search; returns whether there was
    /// one to step.
    pub fn step(&mut self, market: &Market, slice: usize) -> bool {
        let Phase::Running(scan) = &mut self.phase else {
            return false;
        };
        let total = scan.is_candidate.len();
        let end = (scan.next + slice.max(1)).min(total);
        let query = Query::folded(market, Cow::Borrowed(&self.folded));
        query.scan(
            scan.next..end,
            &scan.is_candidate,
            &mut scan.matched[scan.next..end],
        );
        scan.next = end;
        self.matches = (scan.candidates.iter().copied())
            .filter(|&e| scan.matched[e])
            .collect();
        if end == total {
            self.phase = Phase::Editing;
        }
        true
    }

    /// Runs a search to its end: what every key but typing needs before it acts.
    pub fn finish(&mut self, market: &Market, slice: usize) {
        while self.step(market, slice) {}
    }
}

/// A query, lowercased, with the players it matches by name, ticker or alias.
pub struct Query<'a> {
    market: &'a Market,
    text: Cow<'a, str>,
    /// Whether `text` is ASCII, found once: it may be long, and is matched against every event.
    ascii: bool,
    players: Vec<bool>,
}

impl<'a> Query<'a> {
    /// A query already lowercased, as the prompt keeps it while it is typed: lowercasing
    /// it again at every key would cost in proportion to its length.
    pub fn folded(market: &'a Market, text: Cow<'a, str>) -> Query<'a> {
        let ascii = text.is_ascii();
        let players = market
            .players
            .iter()
            .map(|p| {
                std::iter::once(&p.name)
                    .chain(&p.ticker)
                    .chain(&p.aliases)
                    .any(|name| find_folded(name, &text, ascii))
            })
            .collect();
        Query {
            market,
            text,
            ascii,
            players,
        }
    }

    fn found_in(&self, text: &str) -> bool {
        find_folded(text, &self.text, self.ascii)
    }

    /// Whether an event's title, summary, kind or players match.
    pub fn matches(&self, event: EventRef) -> bool {
        self.found_in(event.title())
            || event.summary().is_some_and(|s| self.found_in(s))
            || self.found_in(event.kind().as_str())
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
        // Asked only for a long range: the answer is read from /proc, a few system calls.
        let threads = || std::thread::available_parallelism().map_or(1, usize::from);
        if range.len() < 2 * PER_THREAD || threads() == 1 {
            return look(range.start, matched);
        }
        let threads = threads();
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
///
/// `ascii` says whether the needle is ASCII: the caller finds it once for every text.
fn find_folded(text: &str, needle: &str, ascii: bool) -> bool {
    if !ascii {
        // A needle longer than the text is ruled out before lowercasing (which at most
        // makes a character half as long again) and before the searcher is built, which
        // costs in proportion to the needle: it may be a paste of megabytes.
        if needle.len() > 2 * text.len() {
            return false;
        }
        let text = text.to_lowercase();
        return text.len() >= needle.len() && text.contains(needle);
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

    fn contains_folded(text: &str, needle: &str) -> bool {
        find_folded(text, needle, needle.is_ascii())
    }

    fn market() -> Market {
        crate::data::DataSource::Embedded
            .load()
            .expect("the bundled dataset is valid")
    }

    /// Every event, in file order: the rows a search starts from in these tests.
    fn every(market: &Market) -> Vec<usize> {
        (0..market.events.len()).collect()
    }

    fn typed(search: &mut Search, market: &Market, text: &str, slice: usize) {
        for c in text.chars() {
            search.push(c, market, slice);
        }
    }

    #[test]
    fn a_new_prompt_is_editing_with_every_row_matching() {
        let market = market();
        let search = Search::new(Some(3), every(&market));
        assert_eq!(search.phase(), &Phase::Editing);
        assert!(search.editing() && !search.running());
        assert_eq!(search.matches(), every(&market).as_slice());
        assert_eq!((search.query(), search.origin()), ("", Some(3)));
    }

    #[test]
    fn typing_runs_in_slices_then_is_editing_with_complete_matches() {
        let market = market();
        let mut whole = Search::new(None, every(&market));
        typed(&mut whole, &market, "deal", SEARCH_SLICE);
        assert_eq!(whole.phase(), &Phase::Editing);
        let mut sliced = Search::new(None, every(&market));
        typed(&mut sliced, &market, "d", 5);
        assert!(sliced.running());
        assert_eq!(sliced.percent(), Some(5 * 100 / market.events.len()));
        let mut steps = 0;
        while sliced.step(&market, 5) {
            steps += 1;
        }
        assert_eq!(steps, market.events.len().div_ceil(5) - 1);
        typed(&mut sliced, &market, "eal", 5);
        sliced.finish(&market, 5);
        assert_eq!(sliced.phase(), &Phase::Editing);
        assert_eq!(sliced.matches(), whole.matches());
        assert!(!whole.matches().is_empty());
    }

    #[test]
    fn keep_finishes_a_running_search_and_closes_the_prompt() {
        let market = market();
        let mut search = Search::new(None, every(&market));
        typed(&mut search, &market, "tiktok", 2);
        assert!(search.running());
        search.keep(&market, 2);
        assert_eq!(search.phase(), &Phase::Done);
        assert!(!search.editing());
        let mut whole = Search::new(None, every(&market));
        typed(&mut whole, &market, "tiktok", SEARCH_SLICE);
        assert_eq!(search.matches(), whole.matches());
    }

    #[test]
    fn erasing_and_restarting_widens_the_matches_again() {
        let market = market();
        let mut search = Search::new(None, every(&market));
        typed(&mut search, &market, "dealx", SEARCH_SLICE);
        assert!(search.matches().is_empty());
        assert!(search.pop());
        search.restart(&market, every(&market), SEARCH_SLICE);
        let mut deal = Search::new(None, every(&market));
        typed(&mut deal, &market, "deal", SEARCH_SLICE);
        assert_eq!(search.matches(), deal.matches());
        for _ in 0..4 {
            assert!(search.pop());
        }
        assert!(!search.pop(), "nothing left to erase");
    }

    #[test]
    fn a_kept_search_restarted_over_other_rows_stays_done_and_complete() {
        let market = market();
        let mut search = Search::new(None, every(&market));
        typed(&mut search, &market, "e", SEARCH_SLICE);
        search.keep(&market, SEARCH_SLICE);
        let half: Vec<usize> = every(&market).into_iter().step_by(2).collect();
        search.restart(&market, half.clone(), 3);
        assert_eq!(search.phase(), &Phase::Done);
        let query = Query::folded(&market, "e".into());
        let expected: Vec<usize> = (half.into_iter())
            .filter(|&e| query.matches(market.events.at(e)))
            .collect();
        assert_eq!(search.matches(), expected.as_slice());
    }

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
