//! Where each pane goes for a terminal size: plain geometry that `app` (paging, mouse,
//! keeping the cursor on screen) and `ui` (drawing) both read, so neither imports the other.

use ratatui::layout::{Constraint, Layout, Rect};

/// The smallest terminal the tracker draws its panes in; below it says so instead.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

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
    pub fn new(area: Rect, detail_open: bool) -> Panes {
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
        let [timeline, right] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Fill(1)]).areas(main);
        let players_height = (u32::from(main.height) * 6 / 10)
            .max(5)
            .min(u32::from(u16::MAX)) as u16;
        let [players, chart] =
            Layout::vertical([Constraint::Max(players_height), Constraint::Fill(1)]).areas(right);
        let detail = if detail_open {
            main.union(detail)
        } else {
            detail
        };
        Panes {
            header,
            timeline,
            players,
            chart,
            detail,
            footer,
            too_small: false,
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
