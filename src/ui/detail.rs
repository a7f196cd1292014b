//! The Detail pane: everything known about the selected event.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{pane_block, status_mark};
use crate::app::App;
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
        let title = if app.detail_open {
            "Detail · Esc back"
        } else {
            "Detail"
        };
        let block = pane_block(&app.theme, title.to_string(), app.detail_open);
        let Some(event) = app.selected() else {
            Paragraph::new(Line::styled("No event selected.", app.theme.muted))
                .block(block)
                .render(area, buf);
            return;
        };
        // The pane shows about a character a cell (four leave room for combining marks):
        // longer text is cut before wrapping, so an event with a summary of megabytes
        // draws as fast as any other.
        let cells = 4 * usize::from(area.width) * usize::from(area.height);
        Paragraph::new(self.lines(event, cells))
            .block(block)
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }
}

impl Detail<'_> {
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
