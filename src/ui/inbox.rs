//! The inbox view: candidates newest first, and the selected one beside what it may
//! restate.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::pane_block;
use super::theme::Theme;
use crate::app::App;
use crate::app::review::Mark;
use crate::data::{Event, Market, Status};
use crate::format::{figure, status_mark};
use crate::inbox::{Candidate, State};
use crate::layout::InboxPanes;
use crate::text::{clean, fit, head};

/// Width of a full `YYYY-MM-DD` date.
const DATE: usize = 10;
/// Width of the publisher column.
const PUBLISHER: usize = 16;

/// Borrows the App to draw the list of candidates.
pub struct InboxList<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

/// `•` new, `✓` accepted, `✗` rejected.
pub fn state_mark(state: State) -> &'static str {
    match state {
        State::New => "•",
        State::Accepted => "✓",
        State::Rejected => "✗",
    }
}

impl Widget for InboxList<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, theme) = (self.app, self.theme);
        let inbox = &app.market.inbox;
        let new = app.market.inbox_new();
        let title = format!("Inbox · {new} new of {}", inbox.len());
        let block = pane_block(theme, title, true);
        let inner = block.inner(area);
        block.render(area, buf);
        let order = &app.review.order;
        if order.is_empty() {
            let why = "No candidates. `pasar fetch` or `pasar ingest --inbox` fills the inbox.";
            Line::styled(why, theme.muted).render(inner, buf);
            return;
        }
        let height = usize::from(inner.height);
        let cursor = app.inbox_cursor();
        let offset = cursor.visible_offset(order.len(), height);
        let width = usize::from(inner.width);
        for (row, &c) in order.iter().enumerate().skip(offset).take(height) {
            let y = inner.y + (row - offset) as u16;
            let line = self.row(&inbox[c], width, row == cursor.selected);
            buf.set_line(inner.x, y, &line, width as u16);
        }
        super::scrollbar(
            area.inner(Margin::new(0, 1)),
            buf,
            order.len(),
            height,
            offset,
        );
    }
}

impl InboxList<'_> {
    /// `▶• 2024-05-20 Wire             Lazada invests in a warehouse`.
    fn row(&self, candidate: &Candidate, width: usize, selected: bool) -> Line<'static> {
        let theme = self.theme;
        let article = &candidate.article;
        let date = (article.published.clone()).unwrap_or_else(|| candidate.event.date.to_string());
        let publisher = (article.publisher.as_deref())
            .or(article.feed.as_deref())
            .unwrap_or("");
        // Several candidates of one article share its headline: the draft tells them apart.
        let headline = match &article.title {
            Some(title) => format!("{title} · {}", candidate.event.title),
            None => candidate.event.title.clone(),
        };
        let headline = headline.as_str();
        let headline_width = width.saturating_sub(DATE + PUBLISHER + 5);
        let muted = match (selected, candidate.state) {
            (true, _) => Style::new(),
            (false, State::New) => theme.text,
            (false, _) => theme.muted,
        };
        let gutter = if selected { "▶" } else { " " };
        let spans = vec![
            Span::raw(format!("{gutter}{} ", state_mark(candidate.state))),
            Span::raw(fit(&clean(head(&date, DATE)), DATE + 1)),
            Span::styled(
                fit(&clean(head(publisher, 4 * PUBLISHER)), PUBLISHER + 1),
                muted,
            ),
            Span::styled(
                fit(
                    &clean(head(headline, 4 * headline_width + 1)),
                    headline_width,
                ),
                muted,
            ),
        ];
        Line::from(spans).style(theme.row(selected, true))
    }
}

/// Borrows the App to draw the selected candidate: its article, the sentence with each
/// mention highlighted, the drafted event and what it may restate.
pub struct CandidateDetail<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for CandidateDetail<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, theme) = (self.app, self.theme);
        let Some(candidate) = app.selected_candidate() else {
            let block = pane_block(theme, "Candidate".to_string(), false);
            Paragraph::new(Line::styled("No candidate selected.", theme.muted))
                .block(block)
                .render(area, buf);
            return;
        };
        let state = format!("{:?}", candidate.state).to_lowercase();
        let title = format!("Candidate {} · {state}", clean(&candidate.id));
        let block = pane_block(theme, title, false);
        let inner = block.inner(area);
        block.render(area, buf);
        let cells = 4 * usize::from(inner.width) * usize::from(inner.height);
        let top = Paragraph::new(self.article(candidate, cells)).wrap(Wrap { trim: true });
        let top_height = (top.line_count(inner.width) as u16).min(inner.height / 2);
        let [top_area, _, bottom] = Layout::vertical([
            Constraint::Length(top_height),
            Constraint::Length(1),
            Constraint::Fill(1),
        ])
        .areas(inner);
        top.render(top_area, buf);
        let draft = event_lines(
            &app.market,
            &candidate.event,
            candidate.source.as_deref(),
            "Drafted event",
            theme,
        );
        let Some((restated, source)) = app.restated(candidate) else {
            Paragraph::new(draft)
                .wrap(Wrap { trim: true })
                .render(bottom, buf);
            return;
        };
        let [left, _, right] = Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Fill(1),
        ])
        .areas(bottom);
        Paragraph::new(draft)
            .wrap(Wrap { trim: true })
            .render(left, buf);
        let heading = format!(
            "May restate {}",
            clean(candidate.duplicate_of.as_deref().unwrap_or(""))
        );
        let lines = event_lines(&app.market, &restated, source.as_deref(), &heading, theme);
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(right, buf);
    }
}

impl CandidateDetail<'_> {
    /// The article's headline, publisher, date and address, then the sentence with each
    /// mention highlighted.
    fn article(&self, candidate: &Candidate, cells: usize) -> Vec<Line<'static>> {
        let theme = self.theme;
        let article = &candidate.article;
        let about: Vec<String> = [&article.publisher, &article.published]
            .into_iter()
            .flatten()
            .map(|part| clean(part).into_owned())
            .collect();
        let mut head_line = vec![Span::styled(
            clean(head(
                article.title.as_deref().unwrap_or("(no headline)"),
                cells,
            ))
            .into_owned(),
            theme.title,
        )];
        if !about.is_empty() {
            head_line.push(Span::raw(format!(" — {}", about.join(", "))));
        }
        if let Some(url) = &article.url {
            head_line.push(Span::styled(
                format!(" <{}>", clean(head(url, cells))),
                theme.muted,
            ));
        }
        vec![Line::from(head_line), self.sentence(candidate, cells)]
    }

    fn sentence(&self, candidate: &Candidate, cells: usize) -> Line<'static> {
        let sentence = head(&candidate.sentence, cells);
        let mut spans = Vec::new();
        let mut at = 0;
        let published = candidate.article.published.as_deref();
        for (range, mark) in self.app.sentence_marks(sentence, published) {
            if range.start < at || range.end > sentence.len() {
                continue;
            }
            spans.push(Span::raw(clean(&sentence[at..range.start]).into_owned()));
            let text = clean(&sentence[range.clone()]).into_owned();
            spans.push(Span::styled(text, mark_style(self.theme, mark)));
            at = range.end;
        }
        spans.push(Span::raw(clean(&sentence[at..]).into_owned()));
        Line::from(spans)
    }
}

/// How a mention stands out: a colour by kind, and underlined so it shows without colour.
pub fn mark_style(theme: &Theme, mark: Mark) -> Style {
    let style = match mark {
        Mark::Money => theme.known,
        Mark::Number => theme.projected,
        Mark::Date => theme.planned,
        Mark::Player => theme.header,
        Mark::Name => theme.reported,
    };
    style.add_modifier(Modifier::UNDERLINED)
}

/// An event's fields, one a line, under `heading`.
fn event_lines(
    market: &Market,
    event: &Event,
    source: Option<&str>,
    heading: &str,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let label = |text: &'static str| Span::styled(text, theme.header);
    let status = match event.status {
        Status::Occurred => event.status.to_string(),
        status => format!("{} {status}", status_mark(status)),
    };
    let mut lines = vec![
        Line::styled(heading.to_string(), theme.muted),
        Line::styled(clean(head(&event.title, 400)).into_owned(), theme.title),
        Line::from(format!("{} · {} · {status}", event.date, event.kind)),
    ];
    let actors: Vec<String> = (event.actors.iter())
        .filter_map(|&a| market.players.get(a))
        .map(|p| clean(&p.name).into_owned())
        .collect();
    if !actors.is_empty() {
        lines.push(Line::from(vec![
            label("Actors  "),
            Span::raw(actors.join(", ")),
        ]));
    }
    if !event.figures.is_empty() {
        let figures: Vec<String> = (event.figures.iter())
            .map(|f| format!("{}: {}", clean(&f.label), figure(f.value, &clean(&f.unit))))
            .collect();
        lines.push(Line::from(vec![
            label("Figures "),
            Span::raw(figures.join(" · ")),
        ]));
    }
    if let Some(source) = source {
        let known = market.sources.iter().any(|s| s.id == source);
        let new = if known {
            ""
        } else {
            " (new: accepting adds it)"
        };
        lines.push(Line::from(vec![
            label("Source  "),
            Span::raw(format!("{}{new}", clean(source))),
        ]));
    }
    if !event.tags.is_empty() {
        let tags: Vec<String> = event.tags.iter().map(|t| clean(t).into_owned()).collect();
        lines.push(Line::from(vec![
            label("Tags    "),
            Span::raw(tags.join(", ")),
        ]));
    }
    if let Some(summary) = &event.summary {
        lines.push(Line::from(clean(head(summary, 2000)).into_owned()));
    }
    lines
}

/// The whole inbox view but the header and footer.
pub fn render(app: &App, theme: &Theme, panes: &InboxPanes, buf: &mut Buffer) {
    InboxList { app, theme }.render(panes.list, buf);
    CandidateDetail { app, theme }.render(panes.detail, buf);
}

#[cfg(test)]
mod tests;
