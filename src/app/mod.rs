//! The tracker's state and the pure `update` that changes it (The Elm Architecture).
//!
//! Nothing here touches the terminal: the live loop, `pasar render` and the tests all
//! drive the same [`App`] with [`Action`]s and draw it with `ui`.

pub mod action;
mod index;
pub mod keymap;
mod players;
mod search;
mod update;

pub use action::{Action, Focus};
pub use index::Index;
pub use keymap::{Key, KeyMap};
pub use players::SortColumn;

use crate::data::{Invalid, Market};
use crate::ui::layout::Panes;
use crate::ui::theme::Theme;
use ratatui::layout::Rect;

/// A scrolling list's cursor: the selected row and the first row shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
}

impl Cursor {
    /// Keeps the selection inside `len` rows and on screen in a window of `height` rows.
    pub fn settle(&mut self, len: usize, height: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
        let height = height.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        self.offset = self.offset.min(len.saturating_sub(height));
    }

    /// The first row to draw in a window of `height` rows, the selection always inside.
    ///
    /// Drawing may use a different height than `update` last settled for (a pane drawn on
    /// its own, a resize not yet seen), so the renderer corrects the offset without storing it.
    pub fn visible_offset(self, len: usize, height: usize) -> usize {
        let mut cursor = self;
        cursor.settle(len, height);
        cursor.offset
    }
}

/// The search prompt and what it found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Search {
    /// The query as typed; matching is case-insensitive.
    pub query: String,
    /// True while the prompt has the keyboard.
    pub editing: bool,
    /// Matching events of the player-filtered timeline, in timeline order.
    pub matches: Vec<usize>,
    /// What is left to look at while a search over many events runs.
    pub pending: Option<Pending>,
}

/// A search still running: it looks at [`App::search_slice`] events an
/// [`Action::SearchStep`], so that a key typed meanwhile is handled at once, whatever the
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
    candidate: Vec<bool>,
    matched: Vec<bool>,
    /// Events before this one (in file order) have been looked at.
    next: usize,
    /// The event selected when the search began: it stays selected if it matches.
    keep: Option<usize>,
}

impl Pending {
    /// How much of the search is done, in percent.
    pub fn percent(&self) -> usize {
        self.next * 100 / self.candidate.len().max(1)
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

/// A market and the indexes the App keeps of it: a reload builds both off the UI thread.
pub struct Indexed {
    pub market: Market,
    pub index: Index,
}

impl From<Market> for Indexed {
    fn from(market: Market) -> Indexed {
        let index = Index::build(&market);
        Indexed { market, index }
    }
}

/// Everything the tracker shows and remembers.
#[derive(Clone, Debug)]
pub struct App {
    pub market: Market,
    pub keymap: KeyMap,
    pub theme: Theme,
    pub index: Index,
    pub focus: Focus,
    pub timeline: Cursor,
    /// The selected event (an index into `market.events`), kept across filter changes.
    pub selected_event: Option<usize>,
    /// The player whose events the timeline shows.
    pub player_filter: Option<usize>,
    pub search: Option<Search>,
    pub players: Cursor,
    pub player_sort: SortColumn,
    /// Players in the order the Players pane shows them.
    pub player_order: Vec<usize>,
    pub series: usize,
    /// The chart's year cursor.
    pub year: Option<i32>,
    pub detail_open: bool,
    pub help_open: bool,
    /// The first help line shown, when the help is taller than the terminal.
    pub help_scroll: u16,
    pub size: Rect,
    /// Why the files on disk were not reloaded: their first error, while it stands.
    pub reload_error: Option<String>,
    /// Events one search step looks at; [`SEARCH_SLICE`] unless a test makes it smaller.
    pub search_slice: usize,
    pub quit: bool,
}

impl App {
    pub fn new(market: Market, keymap: KeyMap, theme: Theme, size: Rect) -> App {
        let mut app = App {
            index: Index::default(),
            market: Market::default(),
            keymap,
            theme,
            focus: Focus::default(),
            timeline: Cursor::default(),
            selected_event: None,
            player_filter: None,
            search: None,
            players: Cursor::default(),
            player_sort: SortColumn::default(),
            player_order: Vec::new(),
            series: 0,
            year: None,
            detail_open: false,
            help_open: false,
            help_scroll: 0,
            size,
            reload_error: None,
            search_slice: SEARCH_SLICE,
            quit: false,
        };
        app.replace_market(market);
        app
    }

    /// The bundled market with the default keys and theme, at 120×40: what tests and
    /// benchmarks start from.
    pub fn bundled() -> App {
        let market = crate::data::DataSource::Embedded
            .load()
            .expect("the bundled dataset is valid: tests/cli.rs checks it");
        App::new(
            market,
            KeyMap::default(),
            Theme::default(),
            Rect::new(0, 0, 120, 40),
        )
    }

    /// Swaps in a new Market (a reload), keeping the selected event by id, the focus and
    /// the filters where they still make sense.
    pub fn replace_market(&mut self, market: impl Into<Indexed>) {
        let Indexed { market, index } = market.into();
        let event_id = self.selected().map(|e| e.id().to_owned());
        let player_id = self
            .player_filter
            .and_then(|p| self.market.players.get(p))
            .map(|p| p.id.clone());
        let series_id = self.market.series.get(self.series).map(|s| s.id.clone());
        let cursor_player_id = self
            .selected_player()
            .and_then(|p| self.market.players.get(p))
            .map(|p| p.id.clone());
        let year = self.year;
        self.market = market;
        self.player_order.clear();
        self.index = index;
        self.player_filter = player_id.and_then(|id| self.market.player_index(&id));
        self.selected_event =
            event_id.and_then(|id| self.market.events.iter().position(|e| e.id() == id));
        self.series = series_id
            .clone()
            .and_then(|id| self.market.series.iter().position(|s| s.id == id))
            .unwrap_or(0);
        let same_series =
            series_id.is_some_and(|id| self.current_series().is_some_and(|s| s.id == id));
        self.sort_players();
        if let Some(at) = cursor_player_id
            .and_then(|id| self.market.player_index(&id))
            .and_then(|p| self.player_order.iter().position(|&q| q == p))
        {
            self.players.selected = at;
        }
        self.rescan();
        self.reset_year();
        if same_series {
            // A reload of the same series keeps where the user put the year cursor.
            self.year = year;
        }
    }

    /// Takes in the data folder as it is after an edit: the new market when it is valid;
    /// otherwise the last good one stays on screen with the first error beside it.
    pub fn reload(&mut self, loaded: Result<Indexed, Invalid>) {
        match loaded {
            Ok(market) => {
                self.replace_market(market);
                self.reload_error = None;
            }
            Err(invalid) => {
                self.reload_error = Some(
                    invalid
                        .0
                        .first()
                        .map_or_else(|| invalid.to_string(), ToString::to_string),
                );
            }
        }
    }

    /// The events the timeline shows, in timeline order.
    pub fn rows(&self) -> &[usize] {
        match &self.search {
            Some(search) => &search.matches,
            None => self.unsearched_rows(),
        }
    }

    /// The timeline before searching: everything, or one player's events.
    pub fn unsearched_rows(&self) -> &[usize] {
        match self.player_filter {
            Some(player) => &self.index.per_player[player],
            None => &self.index.chronological,
        }
    }

    pub fn selected(&self) -> Option<crate::data::EventRef<'_>> {
        self.selected_event.and_then(|e| self.market.events.get(e))
    }

    /// The player under the Players cursor.
    pub fn selected_player(&self) -> Option<usize> {
        self.player_order.get(self.players.selected).copied()
    }

    pub fn current_series(&self) -> Option<&crate::data::Series> {
        self.market.series.get(self.series)
    }

    pub fn panes(&self) -> Panes {
        Panes::new(self.size, self.detail_open)
    }

    /// Re-runs the search over the current player's events, then keeps the selection.
    fn rescan(&mut self) {
        if self.search.is_some() {
            let rows = self.unsearched_rows().to_vec();
            self.search_among(rows);
        } else {
            self.reselect();
        }
    }

    /// Narrows the matches after the query grew: only what matched the shorter query (and
    /// what a running search has not looked at yet) can match the longer one.
    fn narrow(&mut self) {
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
        let mut candidate = vec![false; self.market.events.len()];
        for &e in &candidates {
            candidate[e] = true;
        }
        search.matches.clear();
        search.pending = Some(Pending {
            candidates,
            matched: vec![false; candidate.len()],
            candidate,
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
    fn search_step(&mut self) -> bool {
        let Some(search) = &mut self.search else {
            return false;
        };
        let Some(pending) = &mut search.pending else {
            return false;
        };
        let total = pending.candidate.len();
        let end = (pending.next + self.search_slice.max(1)).min(total);
        let query = search::Query::new(&self.market, &search.query);
        let range = pending.next..end;
        query.scan(
            range,
            &pending.candidate,
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
    fn finish_search(&mut self) {
        while self.searching() {
            self.search_step();
        }
    }

    /// Puts the timeline cursor on the selected event, or the nearest later one.
    fn reselect(&mut self) {
        let rank = &self.index.rank;
        let rows = self.rows();
        let position = match self.selected_event.and_then(|e| rank.get(e)) {
            Some(&wanted) => rows.partition_point(|&e| rank[e] < wanted),
            None => 0,
        };
        let position = position.min(rows.len().saturating_sub(1));
        self.selected_event = rows.get(position).copied();
        self.timeline.selected = position;
        self.settle();
    }

    /// Keeps both lists' cursors in range and on screen.
    fn settle(&mut self) {
        let panes = self.panes();
        let len = self.rows().len();
        self.timeline.settle(len, panes.timeline_rows());
        self.selected_event = self.rows().get(self.timeline.selected).copied();
        let players = self.player_order.len();
        self.players.settle(players, panes.player_rows());
    }
}

#[cfg(test)]
mod tests;
