//! Drawing: pure functions of the App, one file per pane.

pub mod chart;
pub mod choice;
pub mod detail;
pub mod help;
pub mod inbox;
pub mod players;
mod problems;
mod prompt;
pub mod theme;
pub mod timeline;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Widget, Wrap,
};

use crate::app::review::{Prompt, View};
use crate::app::{Action, App};
use crate::forecast::headline_growth;
use crate::format::{rate, series_value};
use crate::layout::{InboxPanes, MIN_HEIGHT, MIN_WIDTH, Panes};
use crate::text::{clean, width};
use theme::Theme;

/// The whole screen: the App's state drawn in a theme. The theme belongs to drawing: the
/// App holds what is shown, not how it looks.
#[derive(Clone, Copy)]
pub struct Screen<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for Screen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Screen { app, theme } = self;
        if app.review.view == View::Inbox {
            let panes = InboxPanes::new(area);
            if panes.too_small {
                too_small(area, buf);
                return;
            }
            header(app, theme).render(panes.header, buf);
            inbox::render(app, theme, &panes, buf);
            footer(app, theme).render(panes.footer, buf);
            problems::Problems { app, theme }.render(area, buf);
            if app.help_open {
                help::Help { app, theme }.render(area, buf);
            }
            return;
        }
        let panes = Panes::new(area, app.arrangement());
        if panes.too_small {
            too_small(area, buf);
            return;
        }
        header(app, theme).render(panes.header, buf);
        // The open detail covers the panes; a zoomed pane leaves the others no area.
        let shown = |area: Rect| !app.detail_open && !area.is_empty();
        if shown(panes.timeline) {
            timeline::Timeline { app, theme }.render(panes.timeline, buf);
        }
        if shown(panes.players) {
            players::Players { app, theme }.render(panes.players, buf);
        }
        if shown(panes.chart) {
            chart::GrowthChart { app, theme }.render(panes.chart, buf);
        }
        if !panes.detail.is_empty() {
            detail::Detail { app, theme }.render(panes.detail, buf);
        }
        if !panes.timeline.is_empty() {
            choice::ActorChoice { app, theme }.render(panes.timeline, buf);
        }
        footer(app, theme).render(panes.footer, buf);
        problems::Problems { app, theme }.render(area, buf);
        if app.help_open {
            help::Help { app, theme }.render(area, buf);
        }
    }
}

/// The bordered block every pane sits in; the focused one stands out.
pub fn pane_block(theme: &Theme, title: String, focused: bool) -> Block<'static> {
    let border = if focused {
        theme.focused_border
    } else {
        theme.border
    };
    Block::bordered().border_style(border).title(Span::styled(
        format!(" {title} "),
        border.patch(theme.title),
    ))
}

/// A scrollbar on the right edge of `area` when `len` rows overflow a window of `height`.
pub fn scrollbar(area: Rect, buf: &mut Buffer, len: usize, height: usize, offset: usize) {
    if len > height {
        let mut state = ScrollbarState::new(len.saturating_sub(height) + 1)
            .position(offset)
            .viewport_content_length(height);
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .render(area, buf, &mut state);
    }
}

/// `Indonesia e-commerce — 28 events · 15 players · E-commerce GMV $62B (2023) → …`.
fn header(app: &App, theme: &Theme) -> Line<'static> {
    let market = &app.market;
    let mut text = format!(
        " {} [{}] — {} events · {} players",
        clean(&market.info.name),
        origin(market.folder.as_deref()),
        market.events.len(),
        market.players.len()
    );
    if market.inbox_new() > 0 {
        text.push_str(&format!(" · Inbox {}", market.inbox_new()));
    }
    let series = app.current_series();
    if let Some((series, g)) = series.and_then(|s| Some((s, headline_growth(s)?))) {
        let unit = &series.unit;
        text.push_str(&format!(
            " · {} {} ({}) → {} ({})",
            clean(&series.name),
            clean(&series_value(g.from.value, unit)),
            g.from.year,
            clean(&series_value(g.to.value, unit)),
            g.to.year
        ));
        if let Some(r) = g.rate {
            text.push_str(&format!(", CAGR {}", rate(r)));
        }
    }
    // Cut with an ellipsis: a figure cut short ("→ $1") would read as another number.
    let width = usize::from(app.size.width);
    Line::styled(
        crate::text::truncate(&text, width).into_owned(),
        theme.title,
    )
}

/// Where the data comes from: the data folder's name (`data`, `id-market`), or `bundled`
/// for the dataset compiled into the binary — so nobody takes one for the other. The
/// name, not the path: the header is one line and headlines need the room.
fn origin(folder: Option<&std::path::Path>) -> String {
    let Some(folder) = folder else {
        return "bundled".to_string();
    };
    let name = folder.file_name().unwrap_or(folder.as_os_str());
    let name = name.to_string_lossy();
    crate::text::truncate(&clean(&name), 24).into_owned()
}

/// Key hints from the key table, or the search prompt while it has the keyboard.
fn footer(app: &App, theme: &Theme) -> Line<'static> {
    if let Some(search) = app.search.as_ref().filter(|s| s.editing()) {
        return prompt::prompt(search, usize::from(app.size.width), theme);
    }
    if let Some(Prompt::Delete { title, .. }) = &app.review.prompt {
        return Line::from(vec![
            Span::styled(" Delete ", theme.warning),
            Span::raw(format!("“{}”? ", clean(title))),
            Span::styled("y", theme.key),
            Span::raw("/"),
            Span::styled("n", theme.key),
        ]);
    }
    if let Some(message) = &app.review.message {
        return Line::from(vec![Span::raw(" "), Span::raw(clean(message).into_owned())]);
    }
    if let Some(error) = &app.reload_error {
        return Line::from(vec![
            Span::styled(" not reloaded: ", theme.warning),
            Span::raw(clean(error).into_owned()),
            Span::styled("  (showing the last valid data)", theme.muted),
        ]);
    }
    if app.review.view == View::Inbox {
        return hints_line(app.keymap.hints(&INBOX_HINTS), theme);
    }
    let clears = app.player_filter.is_some() || app.search.is_some();
    let mut hints = app.keymap.footer();
    if app.profile().is_some() {
        // Enter on a profile filters by its player rather than opening anything.
        for (_, hint) in &mut hints {
            if *hint == "detail" {
                *hint = "filter by player";
            }
        }
    }
    if app.market.inbox_new() > 0 {
        // The inbox is one key away only while it holds something to review.
        let inbox = app.keymap.hints(&[(Action::Inbox, "inbox")]);
        let at = hints.len().saturating_sub(2);
        hints.splice(at..at, inbox);
    }
    // ` keys hint  keys hint  …`: the last hint's two spaces count only before CLEARS.
    let wanted = |hints: &[(String, &str)]| {
        let each = hints
            .iter()
            .map(|(keys, hint)| width(keys) + width(hint) + 3);
        let tail = if clears { CLEARS.len() + 2 } else { 0 };
        (1 + each.sum::<usize>() + tail).saturating_sub(2)
    };
    // Too narrow for every hint: the others give way, last first, before help and quit.
    while wanted(&hints) > usize::from(app.size.width) {
        let Some(last) = hints
            .iter()
            .rposition(|(_, hint)| !["help", "quit"].contains(hint))
        else {
            break;
        };
        hints.remove(last);
    }
    let mut spans = vec![Span::raw(" ")];
    for (keys, hint) in hints {
        spans.push(Span::styled(keys, theme.key));
        spans.push(Span::raw(format!(" {hint}  ")));
    }
    if clears {
        spans.push(Span::styled(CLEARS, theme.warning));
    }
    Line::from(spans)
}

const CLEARS: &str = "Esc clears filters";

/// The inbox view's footer: its own keys, looked up in the key table.
const INBOX_HINTS: [(Action, &str); 6] = [
    (Action::Down, "move"),
    (Action::Accept, "accept"),
    (Action::Reject, "reject"),
    (Action::Inbox, "timeline"),
    (Action::Help, "help"),
    (Action::Quit, "quit"),
];

/// ` keys hint  keys hint  …`.
fn hints_line(hints: Vec<(String, &'static str)>, theme: &Theme) -> Line<'static> {
    let mut spans = vec![Span::raw(" ")];
    for (keys, hint) in hints {
        spans.push(Span::styled(keys, theme.key));
        spans.push(Span::raw(format!(" {hint}  ")));
    }
    Line::from(spans)
}

/// Below a usable size: say so, as far as the space allows, rather than draw a mess.
fn too_small(area: Rect, buf: &mut Buffer) {
    let text = format!(
        "terminal too small: {}×{}, needs {MIN_WIDTH}×{MIN_HEIGHT}",
        area.width, area.height
    );
    Paragraph::new(text)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

#[cfg(test)]
mod screen_tests;
#[cfg(test)]
mod tests;
