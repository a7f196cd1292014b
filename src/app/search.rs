//! Searching: the search prompt as its own state machine over the query language of
//! [`crate::query`].
//!
//! A copy of all titles and summaries would double the memory of a large dataset and
//! take seconds to build at a million events; instead each search step scans the texts
//! in place, in memory order, ignoring ASCII case, on every core when the range is long.

use crate::data::{Date, Market};
use crate::query::{Change, Matcher, Qualifier, Term, Typed};

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
    /// The query as typed, read as it grows; matching is case-insensitive.
    typed: Typed,
    /// Why a word of the query as typed is refused; the matches are then those of the
    /// other words, so a qualifier half typed does not empty the timeline.
    error: Option<String>,
    /// The day `overdue` is measured against.
    today: Option<Date>,
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
    pub fn new(origin: Option<usize>, rows: Vec<usize>, today: Option<Date>) -> Search {
        Search {
            typed: Typed::default(),
            error: None,
            today,
            phase: Phase::Editing,
            matches: rows,
            origin,
        }
    }

    pub fn query(&self) -> &str {
        self.typed.text()
    }

    /// Why the query as typed is refused (the timeline shows the last one that was not).
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// The query's problem, if any: a word refused, or a player or source naming nothing.
    fn problem(&self, market: &Market) -> Option<String> {
        if let Err(e) = self.typed.check() {
            return Some(e.message);
        }
        // Only players and sources are resolved against the market: free text never
        // fails, and is left out so that a key costs the same however much is typed.
        let named = (self.typed.terms()).filter(|t| {
            matches!(
                t,
                Term::Qualifier(Qualifier::Player(_) | Qualifier::Source(_))
            )
        });
        Matcher::accepting(market, named, self.today).1
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

    /// Adds a character to the query. Where the query only narrows (more of a word of
    /// text), only what matched before (and what a running search has not looked at
    /// yet) can match; returns true when anything may match now, and the caller searches
    /// every row again.
    pub fn push(&mut self, c: char, market: &Market, slice: usize) -> bool {
        let was_valid = self.error.is_none();
        let change = self.typed.push(c);
        self.error = self.problem(market);
        match (was_valid, self.error.is_none(), change) {
            (_, _, Change::Same) => false,
            (true, true, Change::Narrower) => {
                let candidates = match std::mem::replace(&mut self.phase, Phase::Editing) {
                    Phase::Running(scan) => scan.still_possible(),
                    _ => std::mem::take(&mut self.matches),
                };
                self.search_among(market, candidates, slice);
                false
            }
            _ => true,
        }
    }

    /// Takes the last character off the query; the caller then restarts the search over
    /// every row, since a shorter query can match more. Returns whether there was one.
    pub fn pop(&mut self, market: &Market) -> bool {
        if !self.typed.pop() {
            return false;
        }
        self.error = self.problem(market);
        true
    }

    /// Takes the last word off the query (Esc on a kept search); the caller searches again.
    pub fn pop_word(&mut self, market: &Market) {
        self.typed.pop_word();
        self.error = self.problem(market);
    }

    /// Adds a whole word after the query, as if typed after a space, searches `rows`
    /// with it and keeps the result: a filter chosen rather than typed.
    pub fn add_word(&mut self, word: &str, market: &Market, rows: Vec<usize>, slice: usize) {
        if !self.typed.is_empty() {
            self.typed.push(' ');
        }
        for c in word.chars() {
            self.typed.push(c);
        }
        self.error = self.problem(market);
        self.search_among(market, rows, slice);
        self.keep(market, slice);
    }

    /// Whether nothing is typed.
    pub fn is_empty(&self) -> bool {
        self.typed.is_empty()
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
        if self.typed.is_empty() || candidates.is_empty() {
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
        let (query, _) = Matcher::accepting(market, self.typed.terms(), self.today);
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

#[cfg(test)]
mod tests {
    use super::*;

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
            if search.push(c, market, slice) {
                search.restart(market, every(market), slice);
            }
        }
    }

    #[test]
    fn a_new_prompt_is_editing_with_every_row_matching() {
        let market = market();
        let search = Search::new(Some(3), every(&market), None);
        assert_eq!(search.phase(), &Phase::Editing);
        assert!(search.editing() && !search.running());
        assert_eq!(search.matches(), every(&market).as_slice());
        assert_eq!((search.query(), search.origin()), ("", Some(3)));
    }

    #[test]
    fn typing_runs_in_slices_then_is_editing_with_complete_matches() {
        let market = market();
        let mut whole = Search::new(None, every(&market), None);
        typed(&mut whole, &market, "deal", SEARCH_SLICE);
        assert_eq!(whole.phase(), &Phase::Editing);
        let mut sliced = Search::new(None, every(&market), None);
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
        let mut search = Search::new(None, every(&market), None);
        typed(&mut search, &market, "tiktok", 2);
        assert!(search.running());
        search.keep(&market, 2);
        assert_eq!(search.phase(), &Phase::Done);
        assert!(!search.editing());
        let mut whole = Search::new(None, every(&market), None);
        typed(&mut whole, &market, "tiktok", SEARCH_SLICE);
        assert_eq!(search.matches(), whole.matches());
    }

    #[test]
    fn erasing_and_restarting_widens_the_matches_again() {
        let market = market();
        let mut search = Search::new(None, every(&market), None);
        typed(&mut search, &market, "dealx", SEARCH_SLICE);
        assert!(search.matches().is_empty());
        assert!(search.pop(&market));
        search.restart(&market, every(&market), SEARCH_SLICE);
        let mut deal = Search::new(None, every(&market), None);
        typed(&mut deal, &market, "deal", SEARCH_SLICE);
        assert_eq!(search.matches(), deal.matches());
        for _ in 0..4 {
            assert!(search.pop(&market));
        }
        assert!(!search.pop(&market), "nothing left to erase");
    }

    #[test]
    fn a_kept_search_restarted_over_other_rows_stays_done_and_complete() {
        let market = market();
        let mut search = Search::new(None, every(&market), None);
        typed(&mut search, &market, "e", SEARCH_SLICE);
        search.keep(&market, SEARCH_SLICE);
        let half: Vec<usize> = every(&market).into_iter().step_by(2).collect();
        search.restart(&market, half.clone(), 3);
        assert_eq!(search.phase(), &Phase::Done);
        let text = crate::query::Term::Text("e".into());
        let query = Matcher::new(&market, [text], None).expect("text names nothing to resolve");
        let expected: Vec<usize> = (half.into_iter())
            .filter(|&e| query.matches(market.events.at(e)))
            .collect();
        assert_eq!(search.matches(), expected.as_slice());
    }
}
