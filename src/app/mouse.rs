//! The mouse: which pane and row a terminal cell falls on, and what a click or the wheel
//! does there.

use ratatui::layout::Position;

use super::{App, Focus};
use crate::layout::Panes;

/// The pane under a terminal cell.
pub fn pane_at(panes: &Panes, at: Position) -> Option<Focus> {
    Focus::ALL.into_iter().find(|&f| panes.pane(f).contains(at))
}

/// The visible row (0 = first shown) of a list pane under a terminal cell.
fn row_at(panes: &Panes, pane: Focus, at: Position) -> Option<usize> {
    let (area, header) = match pane {
        Focus::Timeline => (panes.timeline, 0),
        Focus::Players => (panes.players, 1),
        Focus::Chart => return None,
    };
    let top = area.y + 1 + header;
    let inside = at.y >= top && at.y + 1 < area.bottom();
    inside.then(|| usize::from(at.y - top))
}

impl App {
    pub(super) fn click(&mut self, at: Position) -> bool {
        // The full-size detail covers the panes; a click there is not meant for them.
        if self.detail_open {
            return false;
        }
        let panes = self.panes();
        let Some(focus) = pane_at(&panes, at) else {
            return false;
        };
        self.focus = focus;
        if let Some(row) = row_at(&panes, focus, at) {
            match focus {
                Focus::Players => self.players.selected = self.players.offset + row,
                _ => self.select_row(self.timeline_offset + row),
            }
            self.settle();
        }
        true
    }

    /// The wheel moves the list under the pointer, or, over the full-size detail, the
    /// timeline it describes.
    pub(super) fn scroll(&mut self, column: u16, row: u16, lines: i8) -> bool {
        let under = if self.detail_open {
            Some(Focus::Timeline)
        } else {
            pane_at(&self.panes(), Position::new(column, row))
        };
        let Some(pane) = under else {
            return false;
        };
        let keep = std::mem::replace(&mut self.focus, pane);
        let moved = self.move_by(isize::from(lines));
        self.focus = keep;
        moved
    }
}
