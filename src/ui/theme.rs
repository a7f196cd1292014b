//! Colours and emphasis, in one place so `NO_COLOR` and the config can change them.

use ratatui::style::{Color, Modifier, Style};

/// The styles every pane draws with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    pub text: Style,
    pub muted: Style,
    pub border: Style,
    pub focused_border: Style,
    pub title: Style,
    /// The selected row of the focused pane.
    pub selection: Style,
    /// The selected row of a pane without focus.
    pub selection_unfocused: Style,
    pub header: Style,
    pub planned: Style,
    pub reported: Style,
    pub known: Style,
    pub projected: Style,
    /// The selected event's mark on the chart's time axis.
    pub event_marker: Style,
    pub year_cursor: Style,
    pub key: Style,
    pub warning: Style,
    /// Series overlaid on one chart, in turn; their point marks differ too, for `NO_COLOR`.
    pub series: [Style; 6],
}

/// The colours a config file may set, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    pub accent: Color,
    pub selection: Color,
    pub muted: Color,
    pub known: Color,
    pub projected: Color,
    pub planned: Color,
    pub reported: Color,
    pub marker: Color,
}

impl Default for Palette {
    fn default() -> Self {
        Palette {
            accent: Color::Cyan,
            selection: Color::Blue,
            muted: Color::DarkGray,
            known: Color::Green,
            projected: Color::Yellow,
            planned: Color::Magenta,
            reported: Color::Yellow,
            marker: Color::Red,
        }
    }
}

/// Where a palette keeps one of its colours.
type Slot = fn(&mut Palette) -> &mut Color;

/// Each colour's name in the config's `[theme]` table and where the palette keeps it:
/// the one list that reading the config and its error message both follow.
const SLOTS: [(&str, Slot); 8] = [
    ("accent", |p| &mut p.accent),
    ("selection", |p| &mut p.selection),
    ("muted", |p| &mut p.muted),
    ("known", |p| &mut p.known),
    ("projected", |p| &mut p.projected),
    ("planned", |p| &mut p.planned),
    ("reported", |p| &mut p.reported),
    ("marker", |p| &mut p.marker),
];

impl Palette {
    /// The colour a config name names, to set it.
    pub fn slot(&mut self, name: &str) -> Option<&mut Color> {
        let (_, slot) = SLOTS.iter().find(|(known, _)| *known == name)?;
        Some(slot(self))
    }

    /// Every colour's config name, `accent, selection, …`, for error messages.
    pub fn names() -> String {
        SLOTS.map(|(name, _)| name).join(", ")
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::colored(Palette::default())
    }
}

impl Theme {
    /// A list row's style: highlighted when selected, more strongly in the focused pane.
    pub fn row(&self, selected: bool, focused: bool) -> Style {
        match (selected, focused) {
            (false, _) => Style::new(),
            (true, true) => self.selection,
            (true, false) => self.selection_unfocused,
        }
    }

    pub fn colored(p: Palette) -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            text: Style::new(),
            muted: Style::new().fg(p.muted),
            border: Style::new().fg(p.muted),
            focused_border: Style::new().fg(p.accent).add_modifier(bold),
            title: Style::new().add_modifier(bold),
            selection: Style::new()
                .bg(p.selection)
                .fg(Color::White)
                .add_modifier(bold),
            selection_unfocused: Style::new().add_modifier(Modifier::REVERSED),
            header: Style::new().fg(p.accent).add_modifier(bold),
            planned: Style::new().fg(p.planned).add_modifier(Modifier::ITALIC),
            reported: Style::new().fg(p.reported).add_modifier(Modifier::ITALIC),
            known: Style::new().fg(p.known).add_modifier(bold),
            projected: Style::new().fg(p.projected),
            event_marker: Style::new().fg(p.marker).add_modifier(bold),
            year_cursor: Style::new().fg(p.accent),
            key: Style::new().fg(p.accent).add_modifier(bold),
            warning: Style::new().fg(p.marker).add_modifier(bold),
            series: [
                Color::Green,
                Color::Cyan,
                Color::Yellow,
                Color::Magenta,
                Color::Red,
                Color::Blue,
            ]
            .map(|c| Style::new().fg(c)),
        }
    }

    /// No colour at all (`NO_COLOR`): emphasis only through bold, italic, reverse, dim.
    pub fn monochrome() -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let italic = Style::new().add_modifier(Modifier::ITALIC);
        let dim = Style::new().add_modifier(Modifier::DIM);
        Theme {
            text: Style::new(),
            muted: dim,
            border: Style::new(),
            focused_border: bold,
            title: bold,
            selection: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            selection_unfocused: Style::new().add_modifier(Modifier::UNDERLINED),
            header: bold,
            planned: italic,
            reported: italic.add_modifier(Modifier::DIM),
            known: bold,
            projected: dim,
            event_marker: bold,
            year_cursor: Style::new(),
            key: bold,
            warning: bold,
            series: [Style::new(); 6],
        }
    }
}
