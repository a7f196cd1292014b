//! The popup that lists what is wrong with an edited document: nothing was written, and
//! the user goes back to the editor or abandons.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget, Wrap};

use super::pane_block;
use super::theme::Theme;
use crate::app::review::Prompt;
use crate::app::{Action, App};
use crate::text::clean;

/// Borrows the App to list the problems of the document it waits on.
pub struct Problems<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for Problems<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, theme) = (self.app, self.theme);
        let Some(Prompt::Problems { problems, .. }) = &app.review.prompt else {
            return;
        };
        let key = |action: Action| {
            let binding = app.keymap.bindings.iter().find(|b| b.action == action);
            let key = binding.and_then(|b| b.keys.first());
            key.map_or_else(String::new, |k| k.label())
        };
        let mut lines = vec![Line::from("Nothing was written. In the document:")];
        for problem in problems {
            lines.push(Line::from(vec![
                Span::styled(format!("line {}: ", problem.line), theme.warning),
                Span::raw(clean(&problem.message).into_owned()),
            ]));
        }
        lines.push(Line::default());
        lines.push(Line::from(vec![
            Span::styled(key(Action::Edit), theme.key),
            Span::raw(" back to the editor to fix it   "),
            Span::styled(key(Action::Back), theme.key),
            Span::raw(" abandon the edit"),
        ]));
        let width = area.width.saturating_sub(4).min(100);
        let inner_width = width.saturating_sub(2);
        let paragraph = Paragraph::new(lines).wrap(Wrap { trim: true });
        let height = (paragraph.line_count(inner_width) as u16).saturating_add(2);
        let [popup] = Layout::horizontal([Constraint::Length(width)])
            .flex(Flex::Center)
            .areas(area);
        let [popup] = Layout::vertical([Constraint::Max(height)])
            .flex(Flex::Center)
            .areas(popup);
        Clear.render(popup, buf);
        let block = pane_block(theme, "The edit has problems".into(), true);
        paragraph.block(block).render(popup, buf);
    }
}
