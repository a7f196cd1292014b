//! The Detail pane: everything known about the selected event.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{pane_block, status_mark};
use crate::app::{App, scrolled};
use crate::data::{EventRef, Status};
use crate::format::figure;
use crate::text::{clean, head};

/// Borrows the App to describe its selected event.
pub struct Detail<'a> {
    pub app: &'a App,
}

impl Widget for Detail<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let Some(paragraph) = self.paragraph(area) else {
            let block = pane_block(&app.theme, "Detail".to_string(), app.detail_open);
            Paragraph::new(Line::styled("No event selected.", app.theme.muted))
                .block(block)
                .render(area, buf);
            return;
        };
        let inner = Rect::new(
            0,
            0,
            area.width.saturating_sub(2),
            area.height.saturating_sub(2),
        );
        let total = paragraph.line_count(inner.width);
        let shown = usize::from(inner.height);
        let first = usize::from(scrolled(app.detail_scroll, 0, total, inner.height));
        let mut title = String::from("Detail");
        if app.detail_open {
            title.push_str(" · Esc back");
            if total > shown {
                let last = (first + shown).min(total);
                title.push_str(&format!(
                    " · lines {}–{last} of {total} · PgDn/PgUp",
                    first + 1
                ));
            }
        }
        let block = pane_block(&app.theme, title, app.detail_open);
        (paragraph.block(block))
            .scroll((first as u16, 0))
            .render(area, buf);
    }
}

/// Lines the selected event's detail wraps to in a pane of `area`, for scrolling.
pub fn line_count(app: &App, area: Rect) -> usize {
    let detail = Detail { app };
    (detail.paragraph(area)).map_or(0, |p| p.line_count(area.width.saturating_sub(2)))
}

impl Detail<'_> {
    /// The selected event's text, wrapped, without its border.
    fn paragraph(&self, area: Rect) -> Option<Paragraph<'static>> {
        let event = self.app.selected()?;
        // The pane shows about a character a cell (four leave room for combining marks):
        // longer text is cut before wrapping, so an event with a summary of megabytes
        // draws as fast as any other. A scrolled pane shows more, so scrolling adds room.
        let rows = usize::from(area.height) + usize::from(self.app.detail_scroll);
        let cells = 4 * usize::from(area.width) * rows;
        Some(Paragraph::new(self.lines(event, cells)).wrap(Wrap { trim: true }))
    }

    fn lines(&self, event: EventRef, cells: usize) -> Vec<Line<'static>> {
        let theme = &self.app.theme;
        let label = |text: &'static str| Span::styled(text, theme.header);
        let mut lines = vec![Line::from(vec![
            Span::styled(clean(head(event.title(), cells)).into_owned(), theme.title),
            Span::raw(format!("  {} · {} · ", event.date(), event.kind())),
            Span::raw(match event.status() {
                Status::Occurred => event.status().to_string(),
                status => format!("{} {status}", status_mark(status)),
            }),
        ])];
        if !event.actors().is_empty() {
            lines.push(Line::from(vec![
                label("Actors  "),
                Span::raw(self.actors(event)),
            ]));
        }
        if event.figures().len() > 0 {
            let figures: Vec<String> = event
                .figures()
                .map(|f| format!("{}: {}", clean(f.label), figure(f.value, &clean(f.unit))))
                .collect();
            lines.push(Line::from(vec![
                label("Figures "),
                Span::raw(figures.join(" · ")),
            ]));
        }
        if let Some(source) = self.source(event) {
            lines.push(Line::from(vec![label("Source  "), Span::raw(source)]));
        }
        if let Some(summary) = event.summary() {
            lines.push(Line::raw(clean(head(summary, cells)).into_owned()));
        }
        lines
    }

    /// `Title — Publisher, 2023-12-11 <url>`.
    fn source(&self, event: EventRef) -> Option<String> {
        let source = self.app.market.sources.get(event.source()?)?;
        let mut text = format!(
            "{} — {}, {}",
            clean(&source.title),
            clean(&source.publisher),
            source.published
        );
        if let Some(url) = &source.url {
            text.push_str(&format!(" <{}>", clean(url)));
        }
        Some(text)
    }

    /// `TikTok, GoTo (GOTO.JK), Tokopedia (GOTO.JK)`.
    fn actors(&self, event: EventRef) -> String {
        let players = &self.app.market.players;
        let names: Vec<String> = (event.actors().iter())
            .filter_map(|&a| players.get(a as usize))
            .map(|p| match &p.ticker {
                Some(ticker) => format!("{} ({})", clean(&p.name), clean(ticker)),
                None => clean(&p.name).into_owned(),
            })
            .collect();
        names.join(", ")
    }
}
