//! The Players pane's order: which column it is sorted by.

use super::App;

/// The column the Players pane is sorted by; `s` cycles through them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortColumn {
    /// Most events first: the players the news is about.
    #[default]
    Events,
    Name,
    Group,
    Ticker,
    Role,
}

impl SortColumn {
    pub fn next(self) -> SortColumn {
        match self {
            SortColumn::Events => SortColumn::Name,
            SortColumn::Name => SortColumn::Group,
            SortColumn::Group => SortColumn::Ticker,
            SortColumn::Ticker => SortColumn::Role,
            SortColumn::Role => SortColumn::Events,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            SortColumn::Events => "events",
            SortColumn::Name => "name",
            SortColumn::Group => "group",
            SortColumn::Ticker => "ticker",
            SortColumn::Role => "role",
        }
    }
}

impl App {
    /// Orders the players by the sort column, keeping the cursor on the same player.
    pub(super) fn sort_players(&mut self) {
        let keep = self.selected_player();
        let players = &self.market.players;
        let index = &self.index;
        let mut order: Vec<usize> = (0..players.len()).collect();
        let by_name = |&a: &usize, &b: &usize| players[a].name.cmp(&players[b].name);
        // Empty groups and tickers sort last, so the column reads as a list of values.
        let missing_last = |a: &Option<String>, b: &Option<String>| match (a, b) {
            (Some(a), Some(b)) => a.cmp(b),
            (a, b) => b.is_some().cmp(&a.is_some()),
        };
        match self.player_sort {
            SortColumn::Events => {
                order.sort_by(|a, b| index.count(*b).cmp(&index.count(*a)).then(by_name(a, b)))
            }
            SortColumn::Name => order.sort_by(by_name),
            SortColumn::Group => order.sort_by(|a, b| {
                missing_last(&players[*a].group, &players[*b].group).then(by_name(a, b))
            }),
            SortColumn::Ticker => order.sort_by(|a, b| {
                missing_last(&players[*a].ticker, &players[*b].ticker).then(by_name(a, b))
            }),
            SortColumn::Role => {
                order.sort_by(|a, b| players[*a].role.cmp(&players[*b].role).then(by_name(a, b)))
            }
        }
        self.player_order = order;
        if let Some(position) = keep.and_then(|p| self.player_order.iter().position(|&q| q == p)) {
            self.players.selected = position;
        }
    }
}
