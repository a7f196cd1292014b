//! The Players pane's order: which column it is sorted by.

use super::App;
use crate::data::Market;
use crate::text::width;

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

/// The widths of the Players pane's columns, in terminal columns, each without the gap
/// after it; `0` for a column left out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PlayerColumns {
    pub name: usize,
    pub group: usize,
    pub ticker: usize,
    pub role: usize,
    pub events: usize,
}

impl PlayerColumns {
    /// The name column never gets narrower than this while another column can give way.
    const NAME: usize = 12;
    /// A name without a short form is cut to this in the widths the data asks for.
    const LONGEST_NAME: usize = 24;
    /// Groups and tickers are free text: a long one is cut rather than widening the pane.
    const LONGEST_CODE: usize = 16;

    /// What each column needs to show every player whole (long names in their short
    /// form) under its header with the sort mark.
    pub fn natural(market: &Market, index: &super::Index) -> PlayerColumns {
        let widest = |texts: &mut dyn Iterator<Item = &str>, header: &str, cap: usize| {
            let widest = texts.map(width).max().unwrap_or(0).min(cap);
            widest.max(width(header) + 1)
        };
        let players = &market.players;
        let most = (0..players.len()).map(|p| index.count(p)).max();
        PlayerColumns {
            name: widest(
                &mut players
                    .iter()
                    .map(|p| p.short.as_deref().unwrap_or(&p.name)),
                "Name",
                Self::LONGEST_NAME,
            ),
            group: widest(
                &mut players.iter().filter_map(|p| p.group.as_deref()),
                "Group",
                Self::LONGEST_CODE,
            ),
            ticker: widest(
                &mut players.iter().filter_map(|p| p.ticker.as_deref()),
                "Ticker",
                Self::LONGEST_CODE,
            ),
            role: widest(&mut players.iter().map(|p| p.role.as_str()), "Role", 32),
            events: most.unwrap_or(0).to_string().len().max(2),
        }
    }

    /// A row's width: the selection gutter, then each column and the gap after it (the
    /// last column has none).
    pub fn width(&self) -> usize {
        let gap = |w: usize| if w > 0 { w + 1 } else { 0 };
        1 + gap(self.name) + gap(self.group) + gap(self.ticker) + gap(self.role) + self.events
    }

    /// The columns for a row of `width`: role, group and ticker give way in turn while
    /// the name would be squeezed below [`Self::NAME`]; the name takes what is left.
    pub fn fit(self, width: usize) -> PlayerColumns {
        let mut c = self;
        c.name = c.name.min(Self::NAME);
        if c.width() > width {
            c.role = 0;
        }
        if c.width() > width {
            c.group = 0;
        }
        if c.width() > width {
            c.ticker = 0;
        }
        c.name = (c.name + width.saturating_sub(c.width())).max(1);
        c
    }
}
