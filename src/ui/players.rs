//! The Players pane: name, group, ticker, role and how many events each player is in.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::pane_block;
use super::theme::Theme;
use crate::app::{App, Focus, PlayerColumns, SortColumn};
use crate::data::Player;
use crate::text::{clean, fit, width};

/// Borrows the App to draw its players, in the theme.
pub struct Players<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

/// How the Players pane lays a row out.
struct Columns(PlayerColumns);

impl Columns {
    /// A row: a selection gutter, then each column followed by a one-space gap.
    fn line(&self, gutter: &str, cells: [&str; 5], style: Style) -> Line<'static> {
        let [name, group, ticker, role, events] = cells;
        let Columns(widths) = self;
        let cell = |text: &str, width: usize| fit(text, width) + " ";
        let mut spans = vec![Span::styled(
            format!("{gutter}{}", cell(name, widths.name)),
            style,
        )];
        for (text, width) in [
            (group, widths.group),
            (ticker, widths.ticker),
            (role, widths.role),
        ] {
            if width > 0 {
                spans.push(Span::styled(cell(text, width), style));
            }
        }
        let count = format!("{events:>width$}", width = widths.events);
        spans.push(Span::styled(fit(&count, widths.events), style));
        Line::from(spans)
    }
}

impl Widget for Players<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = self.theme;
        let focused = app.focus == Focus::Players;
        let title = format!(
            "Players ({}) · by {}",
            app.player_order.len(),
            app.player_sort.name()
        );
        let block: Block = pane_block(theme, title, focused);
        let inner = block.inner(area);
        block.render(area, buf);
        if app.player_order.is_empty() {
            Line::styled("No players in this dataset.", theme.muted).render(inner, buf);
            return;
        }
        let columns = Columns(app.player_columns.fit(usize::from(inner.width)));
        let header = columns.line(" ", self.header(), theme.header);
        buf.set_line(inner.x, inner.y, &header, inner.width);
        let height = usize::from(inner.height.saturating_sub(1));
        let len = app.player_order.len();
        let offset = app.players.visible_offset(len, height);
        for (i, &player) in app
            .player_order
            .iter()
            .enumerate()
            .skip(offset)
            .take(height)
        {
            let selected = i == app.players.selected;
            let style = theme.row(selected, focused);
            let gutter = if selected { "▶" } else { " " };
            let line = self.row(&columns, player, gutter, style);
            let y = inner.y + 1 + (i - offset) as u16;
            buf.set_line(inner.x, y, &line, inner.width);
        }
        // Rows start under the column header.
        let rows_area = Rect {
            y: inner.y + 1,
            height: inner.height.saturating_sub(1),
            ..area
        };
        super::scrollbar(rows_area, buf, len, height, offset);
    }
}

impl Players<'_> {
    /// Column names, the sorted one marked with `▼`.
    fn header(&self) -> [&'static str; 5] {
        let sort = self.app.player_sort;
        let mark = |column, plain, marked| if sort == column { marked } else { plain };
        [
            mark(SortColumn::Name, "Name", "Name▼"),
            mark(SortColumn::Group, "Group", "Group▼"),
            mark(SortColumn::Ticker, "Ticker", "Ticker▼"),
            mark(SortColumn::Role, "Role", "Role▼"),
            mark(SortColumn::Events, "#", "#▼"),
        ]
    }

    fn row(&self, columns: &Columns, player: usize, gutter: &str, style: Style) -> Line<'static> {
        let app = self.app;
        let Some(p) = app.market.players.get(player) else {
            return Line::default();
        };
        let filtered = app.player_filter == Some(player);
        let mark = if filtered { "• " } else { "" };
        let room = columns.0.name.saturating_sub(width(mark));
        let name = format!("{mark}{}", clean(shown_name(p, room)));
        let group = p.group.as_deref().map(clean).unwrap_or_default();
        let ticker = p.ticker.as_deref().map(clean).unwrap_or_default();
        let count = app.index.count(player).to_string();
        let cells = [name.as_str(), &group, &ticker, p.role.as_str(), &count];
        columns.line(gutter, cells, style)
    }
}

/// A player's name as a column of `room` shows it: whole when it fits, else its short
/// form (`Kemendag` for the Ministry of Trade), else the name, which the column cuts.
pub fn shown_name(player: &Player, room: usize) -> &str {
    match &player.short {
        Some(short) if width(&player.name) > room => short,
        _ => &player.name,
    }
}
