//! The tracker's state and the pure `update` that changes it (The Elm Architecture).
//!
//! Nothing here touches the terminal: the live loop, `pasar render` and the tests all
//! drive the same [`App`] with [`Action`]s and draw it with `ui`.

pub mod action;
mod detail;
mod index;
pub mod keymap;
mod mouse;
mod players;
mod search;
mod update;

pub use action::{Action, Focus};
pub use detail::Part;
pub use index::Index;
pub use keymap::{Key, KeyMap};
pub use players::SortColumn;
pub use search::{Pending, SEARCH_SLICE};

use crate::data::{Invalid, Market};
use crate::layout::Panes;
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

/// The first line to show of a text of `total` lines in a window of `shown` rows, after
/// moving `by` lines from `first`: never before the start, never leaving the window
/// short of lines at the end. Help and the detail both scroll by it, and draw by it
/// (`by` 0), so a taller terminal never shows blank lines under the text.
pub fn scrolled(first: u16, by: i32, total: usize, shown: u16) -> u16 {
    let last = u16::try_from(total)
        .unwrap_or(u16::MAX)
        .saturating_sub(shown);
    (i32::from(first).saturating_add(by)).clamp(0, i32::from(last)) as u16
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
    /// The event selected before the prompt opened: Esc in the prompt goes back to it.
    pub origin: Option<usize>,
}

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
    /// The first line of the full-size detail shown, when its text is taller than it.
    pub detail_scroll: u16,
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
    pub fn new(market: Market, keymap: KeyMap, size: Rect) -> App {
        let mut app = App {
            index: Index::default(),
            market: Market::default(),
            keymap,
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
            detail_scroll: 0,
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

    /// The bundled market with the default keys, at 120×40: what tests and
    /// benchmarks start from.
    pub fn bundled() -> App {
        let market = crate::data::DataSource::Embedded
            .load()
            .expect("the bundled dataset is valid: tests/it/cli.rs checks it");
        App::new(market, KeyMap::default(), Rect::new(0, 0, 120, 40))
    }

    /// Swaps in a new Market (a reload), keeping the selected event by id, the focus and
    /// the filters where they still make sense.
    pub fn replace_market(&mut self, market: impl Into<Indexed>) {
        let Indexed { market, index } = market.into();
        // Events are kept by id: their indexes may all move.
        let id_of = |event: Option<usize>| {
            let event = event.and_then(|e| self.market.events.get(e));
            event.map(|e| e.id().to_owned())
        };
        let event_id = id_of(self.wanted_event());
        let origin_id = id_of(self.search.as_ref().and_then(|s| s.origin));
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
        let events = &self.market.events;
        let index_of =
            |id: Option<String>| id.and_then(|id| events.iter().position(|e| e.id() == id));
        self.selected_event = index_of(event_id);
        if let Some(search) = &mut self.search {
            search.origin = index_of(origin_id);
        }
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
                // The file's name, not its folder's path: the footer is one line, and the
                // user knows which folder they are editing.
                let first = invalid.0.first().map(|d| {
                    let file = d.path.file_name().unwrap_or(d.path.as_os_str());
                    let file = file.to_string_lossy();
                    format!("{file}:{}:{}: {}", d.line, d.column, d.message)
                });
                self.reload_error = Some(first.unwrap_or_else(|| invalid.to_string()));
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
    pub(super) fn settle(&mut self) {
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
