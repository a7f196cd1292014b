//! What the timeline shows: everything, one player's events, or what a search found,
//! and the App's side of the search prompt.

use super::{App, Focus, Search};

impl App {
    /// Searches the current player's events again (the rows under the search changed),
    /// then keeps the selection by the rule on [`App`].
    pub(super) fn refilter(&mut self) {
        if let Some(search) = &mut self.search {
            let rows = match self.player_filter {
                Some(player) => &self.index.per_player[player],
                None => &self.index.chronological,
            };
            search.restart(&self.market, rows.clone(), self.search_slice);
        }
        self.settle();
    }

    /// Shows one player's events, or everything again when that player is already shown.
    pub(crate) fn filter_player(&mut self, player: Option<usize>) -> bool {
        let Some(player) = player else { return false };
        self.player_filter = (self.player_filter != Some(player)).then_some(player);
        self.player_filter_last = self.player_filter.is_some();
        self.refilter();
        true
    }

    pub(super) fn start_search(&mut self) {
        self.focus = Focus::Timeline;
        self.detail_open = false;
        let rows = self.unsearched_rows().to_vec();
        self.search = Some(Search::new(self.selected_event, rows, self.today));
        self.settle();
    }

    pub(super) fn type_char(&mut self, c: char) -> bool {
        let Some(search) = &mut self.search else {
            return false;
        };
        if search.push(c, &self.market, self.search_slice) {
            self.refilter();
        } else {
            self.settle();
        }
        true
    }

    pub(super) fn erase(&mut self) -> bool {
        let market = &self.market;
        if !self.search.as_mut().is_some_and(|s| s.pop(market)) {
            return false;
        }
        self.refilter();
        true
    }

    /// Whether a search is still looking through events.
    pub fn searching(&self) -> bool {
        self.search.as_ref().is_some_and(Search::running)
    }

    /// Looks at the next slice of a running search's events.
    pub(super) fn search_step(&mut self) -> bool {
        let Some(search) = &mut self.search else {
            return false;
        };
        let stepped = search.step(&self.market, self.search_slice);
        self.settle();
        stepped
    }

    /// Runs a search to its end: what every key but typing needs before it acts.
    pub(super) fn finish_search(&mut self) {
        if let Some(search) = self.search.as_mut().filter(|s| s.running()) {
            search.finish(&self.market, self.search_slice);
            self.settle();
        }
    }

    /// Enter in the prompt: the result stays as the timeline, the prompt closes.
    pub(super) fn keep_search(&mut self) -> bool {
        let Some(search) = self.search.as_mut().filter(|s| s.editing()) else {
            return false;
        };
        if search.error().is_some() {
            // A refused query stays in the prompt, its message beside it, to be fixed.
            return true;
        }
        search.keep(&self.market, self.search_slice);
        self.player_filter_last = false;
        self.settle();
        true
    }

    /// Esc in the prompt: back to the event selected before it, without the search.
    pub(super) fn cancel_search(&mut self) -> bool {
        let Some(search) = self.search.take_if(|s| s.editing()) else {
            return false;
        };
        self.selected_event = search.origin();
        self.settle();
        true
    }
}
