//! `update`: the only place the App changes. Pure: no terminal, no clock, no files.

use ratatui::crossterm::event::KeyCode;
use ratatui::layout::{Position, Rect};

use super::review::{Prompt, View};
use super::{Action, App, Focus, Key, scrolled};
use crate::forecast::headline_growth;

impl App {
    /// What a key asks for: the search prompt takes typing, otherwise the key table decides.
    pub fn action_for(&self, key: Key) -> Option<Action> {
        let editing = self.search.as_ref().is_some_and(|s| s.editing());
        if key.ctrl && key.code == KeyCode::Char('c') {
            return Some(Action::Quit);
        }
        if matches!(self.review.prompt, Some(Prompt::Delete { .. })) {
            return match key.code {
                KeyCode::Esc => Some(Action::Back),
                KeyCode::Char(c) => Some(Action::Type(c)),
                _ => None,
            };
        }
        if self.actor_choice.is_some() {
            // The choice reads its numbers and Enter and Esc; other keys keep their meaning.
            return match key.code {
                KeyCode::Esc => Some(Action::Back),
                KeyCode::Enter => Some(Action::Open),
                KeyCode::Char(c) if c.is_ascii_digit() && !key.ctrl => Some(Action::Type(c)),
                _ => self.keymap.action(key),
            };
        }
        if !editing {
            return self.keymap.action(key);
        }
        match key.code {
            KeyCode::Enter => Some(Action::Open),
            KeyCode::Esc => Some(Action::Back),
            KeyCode::Backspace => Some(Action::Erase),
            KeyCode::Char(c) if !key.ctrl => Some(Action::Type(c)),
            _ => None,
        }
    }

    /// Applies one action; returns whether anything on screen may have changed.
    pub fn update(&mut self, action: Action) -> bool {
        let shown = |app: &App| (app.shown_event(), app.detail_open, app.profile());
        let before = shown(self);
        let changed = self.apply(action);
        // Another event, or the detail opened or closed: its text starts at the top.
        if shown(self) != before {
            self.detail_scroll = 0;
        }
        changed
    }

    fn apply(&mut self, action: Action) -> bool {
        if self.help_open && !matches!(action, Action::Resize { .. } | Action::Quit) {
            return self.help_key(action);
        }
        // Typing goes on while a search runs; every other key acts on its whole result.
        let runs_alongside = matches!(
            action,
            Action::Type(_)
                | Action::Erase
                | Action::Back
                | Action::SearchStep
                | Action::Resize { .. }
                | Action::Quit
        );
        if !runs_alongside {
            self.finish_search();
        }
        if !matches!(action, Action::Resize { .. } | Action::SearchStep) {
            self.review.message = None;
        }
        if self.actor_choice.is_some() && !matches!(action, Action::Resize { .. }) {
            return self.choice_key(action);
        }
        if self.review.prompt.is_some() && !matches!(action, Action::Resize { .. }) {
            return self.prompt_key(action);
        }
        match action {
            Action::Edit => return self.edit(),
            Action::NewEvent => return self.new_event(),
            Action::Delete => return self.delete(),
            Action::Undo => return self.undo(),
            Action::OpenLink => return self.open_link(),
            _ => {}
        }
        if self.review.view == View::Inbox {
            return self.inbox_key(action);
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Down => return self.move_by(1),
            Action::Up => return self.move_by(-1),
            Action::PageDown if self.detail_open => return self.scroll_detail(1),
            Action::PageUp if self.detail_open => return self.scroll_detail(-1),
            Action::PageDown => return self.move_by(self.page()),
            Action::PageUp => return self.move_by(-self.page()),
            Action::Top => return self.jump(-1),
            Action::Bottom => return self.jump(1),
            Action::NextPane => self.focus = self.focus.next(),
            Action::PrevPane => self.focus = self.focus.prev(),
            Action::FocusTimeline => self.focus = Focus::Timeline,
            Action::FocusPlayers => self.focus = Focus::Players,
            Action::FocusChart => self.focus = Focus::Chart,
            Action::Open => return self.open(),
            Action::Back => return self.back(),
            Action::Search => self.start_search(),
            Action::NextMatch => return self.next_match(1),
            Action::PrevMatch => return self.next_match(-1),
            Action::FilterPlayer => return self.filter_by_actor(),
            Action::Reverse => {
                // The selection is stored by event, so it stays; the window follows it.
                self.order = self.order.reversed();
                self.settle();
            }
            Action::YearBack => return self.move_year(-1),
            Action::YearForward => return self.move_year(1),
            Action::PrevSeries => return self.switch_series(-1),
            Action::NextSeries => return self.switch_series(1),
            Action::Overlay => return self.toggle_overlay(),
            Action::SortPlayers => {
                self.player_sort = self.player_sort.next();
                self.sort_players();
                self.settle();
            }
            Action::Zoom => {
                self.zoomed = !self.zoomed;
                self.settle();
            }
            Action::Inbox => return self.toggle_inbox(),
            Action::Accept => return self.accept(),
            Action::Reject => return self.reject(),
            Action::Edit | Action::NewEvent | Action::Delete | Action::Undo | Action::OpenLink => {
                return false;
            }
            Action::Help => {
                self.help_open = true;
                self.help_scroll = 0;
            }
            Action::Type(c) => return self.type_char(c),
            Action::Erase => return self.erase(),
            Action::SearchStep => return self.search_step(),
            Action::Click { column, row } => return self.click(Position::new(column, row)),
            Action::Scroll { column, row, lines } => return self.scroll(column, row, lines),
            Action::Resize { width, height } => {
                self.size = Rect::new(0, 0, width, height);
                self.settle();
            }
        }
        true
    }

    /// In the inbox view, keys move through the candidates and review them.
    fn inbox_key(&mut self, action: Action) -> bool {
        match action {
            Action::Down => self.move_inbox(1),
            Action::Up => self.move_inbox(-1),
            Action::PageDown => self.move_inbox(self.inbox_page()),
            Action::PageUp => self.move_inbox(-self.inbox_page()),
            Action::Top => self.move_inbox(isize::MIN),
            Action::Bottom => self.move_inbox(isize::MAX),
            Action::Inbox | Action::Back | Action::FocusTimeline => self.toggle_inbox(),
            Action::Accept => self.accept(),
            Action::Reject => self.reject(),
            Action::Help => {
                self.help_open = true;
                self.help_scroll = 0;
                true
            }
            Action::Quit => {
                self.quit = true;
                true
            }
            Action::Resize { width, height } => {
                self.size = Rect::new(0, 0, width, height);
                self.settle();
                self.move_inbox(0);
                true
            }
            _ => false,
        }
    }

    fn inbox_page(&self) -> isize {
        let rows = crate::layout::InboxPanes::new(self.size).list_rows();
        rows.saturating_sub(1).max(1) as isize
    }

    /// While the help is open, keys scroll it or close it; nothing else happens.
    fn help_key(&mut self, action: Action) -> bool {
        let lines = self.keymap.help_len();
        let shown = self.size.height.saturating_sub(2);
        let before = self.help_scroll;
        let by = match action {
            Action::Help | Action::Back => {
                self.help_open = false;
                return true;
            }
            Action::Down | Action::Scroll { lines: 1.., .. } => 1,
            Action::Up | Action::Scroll { .. } => -1,
            Action::Bottom | Action::PageDown => i32::MAX,
            Action::Top | Action::PageUp => i32::MIN,
            _ => return false,
        };
        self.help_scroll = scrolled(before, by, lines, shown);
        self.help_scroll != before
    }

    /// PgDn/PgUp in the full-size detail: a screenful of its text down or up.
    fn scroll_detail(&mut self, pages: i32) -> bool {
        let area = self.panes().detail;
        let shown = area.height.saturating_sub(2);
        let total = self.detail_line_count(area);
        let before = self.detail_scroll;
        self.detail_scroll = scrolled(before, i32::from(shown.max(1)) * pages, total, shown);
        self.detail_scroll != before
    }

    fn page(&self) -> isize {
        let panes = self.panes();
        let rows = match self.focus {
            Focus::Players => panes.player_rows(),
            _ => panes.timeline_rows(),
        };
        rows.saturating_sub(1).max(1) as isize
    }

    /// g/G: the first or last row; in the chart, the first or last year.
    fn jump(&mut self, direction: isize) -> bool {
        match self.focus {
            Focus::Chart => self.move_year(direction * 10_000),
            _ => self.move_by(direction.saturating_mul(isize::MAX)),
        }
    }

    /// Moves the focused list's cursor by `delta` rows, stopping at the ends.
    pub(super) fn move_by(&mut self, delta: isize) -> bool {
        let moved = match self.focus {
            Focus::Timeline => {
                let before = self.cursor_row();
                self.select_row(before.saturating_add_signed(delta));
                self.cursor_row() != before
            }
            Focus::Players => {
                let before = self.players.selected;
                let last = self.player_order.len().saturating_sub(1);
                self.players.selected = before.saturating_add_signed(delta).min(last);
                self.players.selected != before
            }
            Focus::Chart => return false,
        };
        self.settle();
        moved
    }

    fn open(&mut self) -> bool {
        if self.keep_search() {
            return true;
        }
        match self.focus {
            Focus::Timeline if self.selected_event.is_some() => self.detail_open = true,
            // Enter on a player opens its profile; Enter on the profile filters by it.
            Focus::Players if self.profile().is_some() => {
                self.player_filter = self.selected_player();
                self.player_filter_last = true;
                self.detail_open = false;
                self.focus = Focus::Timeline;
                self.refilter();
            }
            Focus::Players if self.selected_player().is_some() => self.detail_open = true,
            Focus::Chart => return self.jump_to_year(),
            _ => return false,
        }
        true
    }

    /// Enter in the chart: the timeline at the cursor's year, on its first event shown
    /// (the first later one when that year has none, else the last), with the keyboard.
    fn jump_to_year(&mut self) -> bool {
        let Some(year) = self.year else {
            return false;
        };
        let events = &self.market.events;
        let date = |e: usize| events.get(e).map(|e| e.date());
        let first = self
            .rows()
            .iter()
            .filter_map(|e| Some((date(e)?, e)))
            .filter(|(d, _)| d.year() >= year)
            .min_by_key(|&(d, e)| (d, self.index.rank.get(e).copied()));
        let last = || {
            self.rows()
                .iter()
                .filter_map(|e| Some((date(e)?, e)))
                .max_by_key(|&(d, e)| (d, self.index.rank.get(e).copied()))
        };
        let Some((_, event)) = first.or_else(last) else {
            return false;
        };
        self.selected_event = Some(event);
        self.focus = Focus::Timeline;
        self.settle();
        true
    }

    /// Esc closes the innermost thing open: detail, the search prompt; then it takes the
    /// filters back one at a time, most recent first (a kept search word by word).
    fn back(&mut self) -> bool {
        if self.detail_open {
            self.detail_open = false;
            return true;
        }
        if self.cancel_search() {
            return true;
        }
        let player_first =
            self.player_filter.is_some() && (self.player_filter_last || self.search.is_none());
        if player_first {
            self.player_filter = None;
            self.player_filter_last = false;
            self.refilter();
            return true;
        }
        let Some(search) = &mut self.search else {
            return false;
        };
        search.pop_word(&self.market);
        if search.is_empty() {
            self.search = None;
        }
        self.refilter();
        true
    }

    /// n/N: the next or previous match, wrapping around the ends.
    fn next_match(&mut self, step: isize) -> bool {
        let len = self.rows().len();
        if self.search.is_none() || len == 0 {
            return false;
        }
        let row = self.cursor_row() as isize + step;
        self.select_row(row.rem_euclid(len as isize) as usize);
        self.focus = Focus::Timeline;
        self.settle();
        true
    }

    pub(crate) fn reset_year(&mut self) {
        self.series = self.series.min(self.market.series.len().saturating_sub(1));
        self.year = self
            .current_series()
            .and_then(headline_growth)
            .map(|g| g.from.year);
    }

    fn move_year(&mut self, step: isize) -> bool {
        let Some(series) = self.current_series() else {
            return false;
        };
        let (Some(first), Some(last)) = (series.points.first(), series.points.last()) else {
            return false;
        };
        let before = self.year.unwrap_or(first.year);
        let step = step.clamp(-10_000, 10_000) as i32;
        let year = before.saturating_add(step).clamp(first.year, last.year);
        self.year = Some(year);
        year != before
    }

    /// `v`: every series of the current one's unit on one chart, or the one again. With
    /// no other series of that unit there is nothing to overlay, and the footer says so.
    fn toggle_overlay(&mut self) -> bool {
        let Some(unit) = self.current_series().map(|s| s.unit.clone()) else {
            return false;
        };
        self.overlay = !self.overlay;
        if self.overlay && self.charted().len() < 2 {
            self.overlay = false;
            let unit = crate::text::clean(&unit).into_owned();
            self.review.message = Some(format!("no other series in {unit} to overlay"));
        }
        true
    }

    fn switch_series(&mut self, step: isize) -> bool {
        let count = self.market.series.len();
        if count < 2 {
            return false;
        }
        self.series = (self.series as isize + step).rem_euclid(count as isize) as usize;
        self.reset_year();
        true
    }
}
