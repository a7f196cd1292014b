//! The Timeline pane: one row per event, date as written, kind, status mark and title.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::pane_block;
use super::theme::Theme;
use crate::app::{App, Focus, Order};
use crate::data::Status;
use crate::format::{OVERDUE, status_mark};
use crate::text::{clean, fit, head, truncate, width as width_of};

/// Width of a full `YYYY-MM-DD` date; coarser dates are padded to line titles up.
const DATE: usize = 10;
/// Width of the longest kind, `regulation`.
const KIND: usize = 10;
/// Below this many columns for titles the kind column gives way: a title says more
/// than its kind, which the detail pane shows anyway.
const MIN_TITLE: usize = 24;

/// Borrows the App to draw its timeline, in the theme.
pub struct Timeline<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Timeline<'_> {
    /// `Timeline (28)`, `Timeline · Tokopedia (7)`, `Timeline · /deal · newest first (3)`,
    /// in at most `width` columns: a long query or player name gives way before the
    /// order and the count do.
    pub fn title(&self, width: usize) -> String {
        let app = self.app;
        let mut tail = String::new();
        if app.order == Order::NewestFirst {
            tail.push_str(&format!(" · {}", app.order.name()));
        }
        if let Some(percent) = app.search.as_ref().and_then(|s| s.percent()) {
            tail.push_str(&format!(" · searching {percent}%"));
        }
        tail.push_str(&format!(" ({})", app.rows().len()));
        let mut title = String::from("Timeline");
        if let Some(player) = app.player_filter.and_then(|p| app.market.players.get(p)) {
            title.push_str(" · ");
            title.push_str(&clean(&player.name));
        }
        if let Some(search) = &app.search {
            title.push_str(" · /");
            // The title keeps the query's start, cut to the width: no more is cleaned.
            title.push_str(&clean(head(search.query(), width)));
        }
        let room = width.saturating_sub(width_of(&tail));
        format!("{}{tail}", truncate(&title, room))
    }
}

impl Widget for Timeline<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let focused = app.focus == Focus::Timeline;
        // The border's corners and the spaces around the title take four columns.
        let title = self.title(usize::from(area.width).saturating_sub(4));
        let block: Block = pane_block(self.theme, title, focused);
        let inner = block.inner(area);
        block.render(area, buf);
        let rows = app.rows();
        if rows.is_empty() {
            let why = match (&app.search, app.market.events.is_empty()) {
                (_, true) => "No events in this dataset.",
                (Some(_), _) => "No events match — Esc clears the search.",
                (None, _) => "No events for this player — Esc clears the filter.",
            };
            Line::styled(why, self.theme.muted).render(inner, buf);
            return;
        }
        let height = usize::from(inner.height);
        let cursor = app.timeline();
        let offset = cursor.visible_offset(rows.len(), height);
        // The scrollbar sits on the right border, so rows keep the full inner width.
        let width = usize::from(inner.width);
        for (i, event) in rows.iter().enumerate().skip(offset).take(height) {
            let y = inner.y + (i - offset) as u16;
            let selected = i == cursor.selected;
            let line = self.row(event, width, selected, focused);
            buf.set_line(inner.x, y, &line, width as u16);
        }
        super::scrollbar(
            area.inner(Margin::new(0, 1)),
            buf,
            rows.len(),
            height,
            offset,
        );
    }
}

impl Timeline<'_> {
    fn row(&self, event: usize, width: usize, selected: bool, focused: bool) -> Line<'static> {
        let theme = self.theme;
        let Some(event) = self.app.market.events.get(event) else {
            return Line::default();
        };
        // On the focused selection, one foreground on the highlight reads best; the
        // status mark still tells planned and reported apart.
        let plain = selected && focused;
        let status = match event.status() {
            _ if plain => Style::new(),
            Status::Occurred => theme.text,
            Status::Planned => theme.planned,
            Status::Reported => theme.reported,
        };
        let muted = if plain { Style::new() } else { theme.muted };
        let kind_width = if width >= DATE + KIND + 6 + MIN_TITLE {
            KIND + 1
        } else {
            0
        };
        let title_width = width.saturating_sub(DATE + kind_width + 5);
        let gutter = if selected { "▶" } else { " " };
        let spans = vec![
            Span::raw(format!(
                "{gutter}{}",
                fit(&event.date().to_string(), DATE + 1)
            )),
            Span::styled(fit(event.kind().as_str(), kind_width), muted),
            match self.app.is_overdue(event) {
                true if plain => Span::raw(format!("{OVERDUE} ")),
                true => Span::styled(format!("{OVERDUE} "), theme.warning),
                false => Span::styled(format!("{} ", status_mark(event.status())), status),
            },
            // Four characters a column leave room for combining marks; more could not show.
            Span::styled(
                fit(
                    &clean(head(event.title(), 4 * title_width + 1)),
                    title_width,
                ),
                status,
            ),
            Span::raw(" "),
        ];
        Line::from(spans).style(theme.row(selected, focused))
    }
}
