//! Where each pane goes for a terminal size: plain geometry that `app` (paging, mouse,
//! keeping the cursor on screen) and `ui` (drawing) both read, so neither imports the other.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::app::Focus;

/// The smallest terminal the tracker draws its panes in; below it says so instead.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// The narrowest the right-hand column (players over the chart) gets: a chart needs room.
const MIN_RIGHT: u16 = 30;

/// What, besides the terminal's size, decides where the panes go.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Arrangement {
    /// The detail is open: it covers the panes.
    pub detail_open: bool,
    /// The pane zoomed to the whole screen (between header and footer), if any.
    pub zoomed: Option<Focus>,
    /// The width the Players pane needs for all its columns, borders included.
    pub players_width: u16,
}

/// The rectangle of every part of the screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Panes {
    pub header: Rect,
    pub timeline: Rect,
    pub players: Rect,
    pub chart: Rect,
    /// The selected event's detail; with the detail open it covers the other panes.
    pub detail: Rect,
    pub footer: Rect,
    pub too_small: bool,
}

impl Panes {
    /// The panes of a screen of `area`.
    ///
    /// Headlines get the room: the Players pane takes the width its columns need, but
    /// no more than 35% of the screen (then it drops columns), so that the timeline shows
    /// 50 characters of a title at 120 columns and 30 at 80.
    pub fn new(area: Rect, arrangement: Arrangement) -> Panes {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return Panes {
                too_small: true,
                ..Panes::default()
            };
        }
        let detail_height =
            (u32::from(area.height.saturating_sub(2)) * 24 / 100).clamp(5, 10) as u16;
        let [header, main, detail, footer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(detail_height),
            Constraint::Length(1),
        ])
        .areas(area);
        let share = (u32::from(area.width) * 35 / 100) as u16;
        let right_width = arrangement.players_width.min(share).max(MIN_RIGHT);
        let [timeline, right] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Length(right_width)]).areas(main);
        let players_height = (u32::from(main.height) * 6 / 10)
            .max(5)
            .min(u32::from(u16::MAX)) as u16;
        let [players, chart] =
            Layout::vertical([Constraint::Max(players_height), Constraint::Fill(1)]).areas(right);
        let mut panes = Panes {
            header,
            timeline,
            players,
            chart,
            detail,
            footer,
            too_small: false,
        };
        let whole = main.union(detail);
        match arrangement.zoomed {
            _ if arrangement.detail_open => panes.detail = whole,
            Some(zoomed) => {
                let hidden = Rect::new(whole.x, whole.y, 0, 0);
                for focus in Focus::ALL {
                    *panes.pane_mut(focus) = if focus == zoomed { whole } else { hidden };
                }
                panes.detail = hidden;
            }
            None => {}
        }
        panes
    }

    /// The rectangle of a pane that can have the focus.
    pub fn pane(&self, focus: Focus) -> Rect {
        match focus {
            Focus::Timeline => self.timeline,
            Focus::Players => self.players,
            Focus::Chart => self.chart,
        }
    }

    fn pane_mut(&mut self, focus: Focus) -> &mut Rect {
        match focus {
            Focus::Timeline => &mut self.timeline,
            Focus::Players => &mut self.players,
            Focus::Chart => &mut self.chart,
        }
    }

    /// Rows of events the Timeline shows at once (inside its border).
    pub fn timeline_rows(&self) -> usize {
        usize::from(self.timeline.height.saturating_sub(2))
    }

    /// Rows of players the Players pane shows at once (inside its border, under its header).
    pub fn player_rows(&self) -> usize {
        usize::from(self.players.height.saturating_sub(3))
    }
}

/// Where the inbox view's parts go: the candidates above, the selected one's detail below.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InboxPanes {
    pub header: Rect,
    pub list: Rect,
    pub detail: Rect,
    pub footer: Rect,
    pub too_small: bool,
}

impl InboxPanes {
    pub fn new(area: Rect) -> InboxPanes {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return InboxPanes {
                too_small: true,
                ..InboxPanes::default()
            };
        }
        let list_height = (u32::from(area.height.saturating_sub(2)) * 35 / 100).max(4) as u16;
        let [header, list, detail, footer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(list_height),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(area);
        InboxPanes {
            header,
            list,
            detail,
            footer,
            too_small: false,
        }
    }

    /// Candidates the list shows at once (inside its border).
    pub fn list_rows(&self) -> usize {
        usize::from(self.list.height.saturating_sub(2))
    }
}
