//! The tracker's state and the pure `update` that changes it (The Elm Architecture).
//!
//! Nothing here touches the terminal: the live loop, `pasar render` and the tests all
//! drive the same [`App`] with [`Action`]s and draw it with `ui`.

pub mod action;
mod choice;
mod detail;
mod filters;
mod index;
pub mod keymap;
mod mouse;
mod players;
mod profile;
pub mod review;
mod rows;
mod search;
mod update;

pub use action::{Action, Focus};
pub use choice::ActorChoice;
pub use detail::Part;
pub use index::Index;
pub use keymap::{Key, KeyMap};
pub use players::{PlayerColumns, SortColumn};
pub use profile::PerYear;
pub use rows::{Order, Rows};
pub use search::{Phase, SEARCH_SLICE, Search};

use crate::data::{Diagnostic, EventRef, Invalid, Market};
use crate::layout::{Arrangement, Panes};
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
///
/// The selected event is kept in one place, `selected_event`; the timeline's cursor row
/// is derived from it ([`App::cursor_row`]): its row, or the nearest later one when it
/// is not shown. Whenever the rows change (a filter, a search, a reload) the selection
/// moves to the event under that row, so what is highlighted is what is selected —
/// except while a search runs: then it stays the event the user had, and the cursor
/// rests on the nearest match found so far until the search is done.
#[derive(Clone, Debug)]
pub struct App {
    pub market: Market,
    pub keymap: KeyMap,
    pub index: Index,
    pub focus: Focus,
    /// The first timeline row shown.
    timeline_offset: usize,
    /// The selected event (an index into `market.events`): the one owner of the selection.
    selected_event: Option<usize>,
    /// Oldest or newest event first (`r`).
    pub order: Order,
    /// The player whose events the timeline shows.
    pub player_filter: Option<usize>,
    /// The player filter came after the kept search: Esc takes it back first.
    player_filter_last: bool,
    pub search: Option<Search>,
    /// The selected event's actors listed after `p`, while the user picks one.
    pub actor_choice: Option<ActorChoice>,
    pub players: Cursor,
    pub player_sort: SortColumn,
    /// Players in the order the Players pane shows them.
    pub player_order: Vec<usize>,
    pub series: usize,
    /// The chart overlays every series of the current one's unit (`v`).
    pub overlay: bool,
    /// The chart's year cursor.
    pub year: Option<i32>,
    pub detail_open: bool,
    /// The focused pane fills the screen (`z`).
    pub zoomed: bool,
    /// What the Players pane's columns need to show every player, from the data.
    pub player_columns: PlayerColumns,
    /// The first line of the full-size detail shown, when its text is taller than it.
    pub detail_scroll: u16,
    pub help_open: bool,
    /// The first help line shown, when the help is taller than the terminal.
    pub help_scroll: u16,
    pub size: Rect,
    /// Why the files on disk were not reloaded: their first error, while it stands.
    pub reload_error: Option<String>,
    /// Today, for `overdue`: the App never asks the clock (`update` stays pure); the
    /// live tracker and `render` set it.
    pub today: Option<crate::data::Date>,
    /// Events one search step looks at; [`SEARCH_SLICE`] unless a test makes it smaller.
    pub search_slice: usize,
    /// The inbox view and what reviewing asks of the shell.
    pub review: review::Review,
    pub quit: bool,
}

impl App {
    pub fn new(market: Market, keymap: KeyMap, size: Rect) -> App {
        let mut app = App {
            index: Index::default(),
            market: Market::default(),
            keymap,
            focus: Focus::default(),
            timeline_offset: 0,
            selected_event: None,
            order: Order::default(),
            player_filter: None,
            player_filter_last: false,
            search: None,
            actor_choice: None,
            players: Cursor::default(),
            player_sort: SortColumn::default(),
            player_order: Vec::new(),
            series: 0,
            overlay: false,
            year: None,
            detail_open: false,
            zoomed: false,
            player_columns: PlayerColumns::default(),
            detail_scroll: 0,
            help_open: false,
            help_scroll: 0,
            size,
            reload_error: None,
            search_slice: SEARCH_SLICE,
            today: None,
            review: review::Review::default(),
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
        let event_id = id_of(self.selected_event);
        let origin_id = id_of(self.search.as_ref().and_then(Search::origin));
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
            search.set_origin(index_of(origin_id));
        }
        self.series = series_id
            .clone()
            .and_then(|id| self.market.series.iter().position(|s| s.id == id))
            .unwrap_or(0);
        let same_series =
            series_id.is_some_and(|id| self.current_series().is_some_and(|s| s.id == id));
        self.sort_players();
        self.player_columns = PlayerColumns::natural(&self.market, &self.index);
        if let Some(at) = cursor_player_id
            .and_then(|id| self.market.player_index(&id))
            .and_then(|p| self.player_order.iter().position(|&q| q == p))
        {
            self.players.selected = at;
        }
        self.refilter();
        self.order_inbox();
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
                    let path = std::path::PathBuf::from(file);
                    Diagnostic { path, ..d.clone() }.to_string()
                });
                self.reload_error = Some(first.unwrap_or_else(|| invalid.to_string()));
            }
        }
    }

    /// The events the timeline shows, row by row in the order chosen.
    pub fn rows(&self) -> Rows<'_> {
        let events = match &self.search {
            Some(search) => search.matches(),
            None => self.unsearched_rows(),
        };
        Rows::new(events, self.order)
    }

    /// The timeline before searching: everything, or one player's events.
    pub fn unsearched_rows(&self) -> &[usize] {
        match self.player_filter {
            Some(player) => &self.index.per_player[player],
            None => &self.index.chronological,
        }
    }

    /// The selected event (an index into `market.events`).
    pub fn selected_event(&self) -> Option<usize> {
        self.selected_event
    }

    /// The timeline row the cursor is on: the selected event's, or when it is not shown
    /// the row of the nearest event after it in time (the latest when none is later).
    pub fn cursor_row(&self) -> usize {
        let rank = &self.index.rank;
        let rows = self.rows();
        let Some(&wanted) = self.selected_event.and_then(|e| rank.get(e)) else {
            return 0;
        };
        let chronological = rows.chronological();
        let at = chronological.partition_point(|&e| rank[e] < wanted);
        let at = at.min(rows.len().saturating_sub(1));
        rows.row_of(at).unwrap_or(0)
    }

    /// The timeline's cursor: the row derived from the selection, and the first row shown.
    pub fn timeline(&self) -> Cursor {
        Cursor {
            selected: self.cursor_row(),
            offset: self.timeline_offset,
        }
    }

    /// The event under the timeline's cursor: the selected one, or while a search runs
    /// the match nearest to it found so far.
    pub fn shown_event(&self) -> Option<usize> {
        self.rows().get(self.cursor_row())
    }

    /// The event the detail describes and the chart marks: [`App::shown_event`].
    pub fn selected(&self) -> Option<crate::data::EventRef<'_>> {
        self.market.events.get(self.shown_event()?)
    }

    /// Selects the event on a timeline row (the last one past the end).
    fn select_row(&mut self, row: usize) {
        let rows = self.rows();
        self.selected_event = rows.get(row.min(rows.len().saturating_sub(1)));
    }

    /// The player under the Players cursor.
    pub fn selected_player(&self) -> Option<usize> {
        self.player_order.get(self.players.selected).copied()
    }

    /// Whether `event` is a plan whose date has passed (the search's `overdue`).
    pub fn is_overdue(&self, event: EventRef) -> bool {
        (self.today).is_some_and(|today| crate::query::overdue(event, today))
    }

    pub fn current_series(&self) -> Option<&crate::data::Series> {
        self.market.series.get(self.series)
    }

    /// The series the chart draws: the current one, or with the overlay on every series
    /// of its unit, in file order. A unit is never drawn with another: a share in % and a
    /// size in US$ on one axis would make either unreadable.
    pub fn charted(&self) -> Vec<usize> {
        let Some(current) = self.current_series() else {
            return Vec::new();
        };
        if !self.overlay {
            return vec![self.series];
        }
        (self.market.series.iter().enumerate())
            .filter(|(_, s)| s.unit.trim() == current.unit.trim() && !s.points.is_empty())
            .map(|(i, _)| i)
            .collect()
    }

    pub fn panes(&self) -> Panes {
        Panes::new(self.size, self.arrangement())
    }

    /// What decides the layout besides the terminal's size.
    pub fn arrangement(&self) -> Arrangement {
        Arrangement {
            detail_open: self.detail_open,
            zoomed: self.zoomed.then_some(self.focus),
            players_width: u16::try_from(self.player_columns.width() + 2).unwrap_or(u16::MAX),
        }
    }

    /// After anything that may change the rows or the screen: the selection moves to
    /// the event under the cursor (unless a search runs, see [`App`]) and both lists'
    /// windows keep their cursor on screen.
    fn settle(&mut self) {
        if !self.search.as_ref().is_some_and(Search::running) {
            self.select_row(self.cursor_row());
        }
        let panes = self.panes();
        // A pane hidden behind a zoomed one (or by a tiny terminal) keeps its window for
        // when it shows again, but never one that starts below its cursor.
        if panes.timeline_rows() > 0 {
            let mut timeline = self.timeline();
            timeline.settle(self.rows().len(), panes.timeline_rows());
            self.timeline_offset = timeline.offset;
        } else {
            self.timeline_offset = self.timeline_offset.min(self.cursor_row());
        }
        if panes.player_rows() > 0 {
            let players = self.player_order.len();
            self.players.settle(players, panes.player_rows());
        } else {
            self.players.offset = self.players.offset.min(self.players.selected);
        }
    }
}

#[cfg(test)]
mod tests;
