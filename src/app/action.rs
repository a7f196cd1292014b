//! What the user can ask for, and which pane has the keyboard.

/// One thing the user asked for, whatever key or mouse gesture asked for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    NextPane,
    PrevPane,
    FocusTimeline,
    FocusPlayers,
    FocusChart,
    /// Enter: the detail of an event, or filtering by the player under the cursor.
    Open,
    /// Esc: close what is open, else clear the filters.
    Back,
    Search,
    NextMatch,
    PrevMatch,
    FilterPlayer,
    /// The timeline oldest first or newest first.
    Reverse,
    YearBack,
    YearForward,
    PrevSeries,
    NextSeries,
    SortPlayers,
    /// The chart: one series, or every series of its unit overlaid.
    Overlay,
    /// The focused pane to the whole screen, or back.
    Zoom,
    /// The inbox view, or back from it.
    Inbox,
    /// Accept the selected candidate.
    Accept,
    /// Reject the selected candidate.
    Reject,
    /// Edit the selected candidate or event in the user's editor.
    Edit,
    /// Write a new event in the user's editor.
    NewEvent,
    /// Delete the selected event (after a y/n prompt).
    Delete,
    /// Take back the last change this session wrote.
    Undo,
    /// Open the candidate's article or the event's source in the browser.
    OpenLink,
    Help,
    /// A character typed into the search prompt.
    Type(char),
    /// Backspace in the search prompt.
    Erase,
    /// The next slice of a search still running; the live loop sends it when no key waits.
    SearchStep,
    /// A mouse click at a terminal cell.
    Click {
        column: u16,
        row: u16,
    },
    /// The wheel turned over a terminal cell; positive is down.
    Scroll {
        column: u16,
        row: u16,
        lines: i8,
    },
    /// The terminal now has this size.
    Resize {
        width: u16,
        height: u16,
    },
}

/// The pane that has the keyboard.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Focus {
    #[default]
    Timeline,
    Players,
    Chart,
}

impl Focus {
    pub const ALL: [Focus; 3] = [Focus::Timeline, Focus::Players, Focus::Chart];

    pub fn next(self) -> Focus {
        match self {
            Focus::Timeline => Focus::Players,
            Focus::Players => Focus::Chart,
            Focus::Chart => Focus::Timeline,
        }
    }

    pub fn prev(self) -> Focus {
        self.next().next()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn focus_cycles_through_every_pane_both_ways() {
        for focus in Focus::ALL {
            assert_eq!(focus.next().prev(), focus);
            assert_eq!(focus.next().next().next(), focus);
        }
        assert_eq!(Focus::Timeline.next(), Focus::Players);
        assert_eq!(Focus::Timeline.prev(), Focus::Chart);
    }
}
