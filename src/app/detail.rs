//! What the detail says about the selected event (or, opened from Players, about the
//! selected player): the text that drawing styles and shows, and that `update` measures
//! to scroll it, so the two never disagree.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::App;
use crate::data::{EventRef, Status};
use crate::format::{OVERDUE, figure, status_mark};
use crate::text::{clean, head};

/// The parts of the detail's text, each of which drawing gives its own style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The event's title.
    Title,
    /// `Actors`, `Figures`, `Source`: the names before each fact.
    Label,
    /// Everything else.
    Body,
    /// What needs attention: a plan whose date has passed.
    Warning,
}

impl App {
    /// The selected event's detail for a pane of `area`, wrapped, without its border;
    /// `style` gives each part its look.
    pub fn detail(&self, area: Rect, style: impl Fn(Part) -> Style) -> Option<Paragraph<'static>> {
        // The pane shows about a character a cell (four leave room for combining marks):
        // longer text is cut before wrapping, so an event with a summary of megabytes
        // draws as fast as any other. A scrolled pane shows more, so scrolling adds room.
        let rows = usize::from(area.height) + usize::from(self.detail_scroll);
        let (lines, trim) = match self.profile() {
            // A profile's facts line up under their labels: its indents are kept.
            Some(player) => (self.profile_lines(player, rows, &style), false),
            None => {
                let cells = 4 * usize::from(area.width) * rows;
                (self.detail_lines(self.selected()?, cells, &style), true)
            }
        };
        Some(Paragraph::new(lines).wrap(Wrap { trim }))
    }

    /// Lines the selected event's detail wraps to in a pane of `area` (inside its border).
    pub fn detail_line_count(&self, area: Rect) -> usize {
        let detail = self.detail(area, |_| Style::new());
        detail.map_or(0, |p| p.line_count(area.width.saturating_sub(2)))
    }

    fn detail_lines(
        &self,
        event: EventRef,
        cells: usize,
        style: &impl Fn(Part) -> Style,
    ) -> Vec<Line<'static>> {
        let label = |text: &'static str| Span::styled(text, style(Part::Label));
        let body = |text: String| Span::styled(text, style(Part::Body));
        let title = clean(head(event.title(), cells)).into_owned();
        let mut lines = vec![Line::from(vec![
            Span::styled(title, style(Part::Title)),
            body(format!("  {} · {} · ", event.date(), event.kind())),
            match event.status() {
                _ if self.is_overdue(event) => {
                    Span::styled(format!("{OVERDUE} planned, overdue"), style(Part::Warning))
                }
                Status::Occurred => body(event.status().to_string()),
                status => body(format!("{} {status}", status_mark(status))),
            },
        ])];
        // Tags close the first line, as hashtags: a line of their own would push the
        // summary off a small pane.
        let tags: Vec<String> = event.tags().map(|t| format!("#{}", clean(t))).collect();
        if let (Some(first), false) = (lines.first_mut(), tags.is_empty()) {
            first.push_span(body(format!("  {}", tags.join(" "))));
        }
        if !event.actors().is_empty() {
            lines.push(Line::from(vec![
                label("Actors  "),
                body(self.actors(event)),
            ]));
        }
        if event.figures().len() > 0 {
            let figures: Vec<String> = event
                .figures()
                .map(|f| format!("{}: {}", clean(f.label), figure(f.value, &clean(f.unit))))
                .collect();
            lines.push(Line::from(vec![
                label("Figures "),
                body(figures.join(" · ")),
            ]));
        }
        if let Some(source) = self.source(event) {
            lines.push(Line::from(vec![label("Source  "), body(source)]));
        }
        if let Some(summary) = event.summary() {
            lines.push(Line::from(body(clean(head(summary, cells)).into_owned())));
        }
        lines
    }

    /// `Title — Publisher, 2023-12-11 <url>`.
    fn source(&self, event: EventRef) -> Option<String> {
        let source = self.market.sources.get(event.source()?)?;
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
        let players = &self.market.players;
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
