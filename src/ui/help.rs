//! The `?` overlay: every key, read from the same table that dispatches them.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::pane_block;
use super::theme::Theme;
use crate::app::keymap::HELP_NOTES;
use crate::app::{App, scrolled};

/// Borrows the App for its key table, and the theme to draw it in.
pub struct Help<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Help<'_> {
    /// The help text, one line per binding, then the prompt, the mouse and the marks.
    pub fn lines(&self) -> Vec<Line<'static>> {
        let bindings = &self.app.keymap.bindings;
        let keys: Vec<String> = bindings
            .iter()
            .map(|b| {
                b.keys
                    .iter()
                    .map(|k| k.label())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let width = keys
            .iter()
            .map(|k| k.chars().count())
            .max()
            .unwrap_or(0)
            .max(10);
        let mut lines: Vec<Line> = bindings
            .iter()
            .zip(&keys)
            .map(|(b, keys)| self.line(keys, b.help, width))
            .collect();
        lines.push(Line::raw(""));
        for (name, text) in HELP_NOTES {
            lines.push(self.line(name, text, width));
        }
        lines
    }

    fn line(&self, keys: &str, text: &'static str, width: usize) -> Line<'static> {
        Line::from(vec![
            Span::styled(format!(" {keys:<width$}  "), self.theme.key),
            Span::raw(text),
        ])
    }
}

impl Widget for Help<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let lines = self.lines();
        let width = lines.iter().map(Line::width).max().unwrap_or(0) as u16 + 3;
        let height = lines.len() as u16 + 2;
        let [popup] = Layout::horizontal([Constraint::Max(width)])
            .flex(Flex::Center)
            .areas(area);
        let [popup] = Layout::vertical([Constraint::Max(height)])
            .flex(Flex::Center)
            .areas(popup);
        Clear.render(popup, buf);
        let title = if lines.len() as u16 + 2 > area.height {
            "Keys · j/k scroll · ? or Esc closes"
        } else {
            "Keys · ? or Esc closes"
        };
        let block = pane_block(self.theme, title.into(), true);
        let shown = popup.height.saturating_sub(2);
        let first = scrolled(self.app.help_scroll, 0, lines.len(), shown);
        Paragraph::new(lines)
            .block(block)
            .scroll((first, 0))
            .render(popup, buf);
    }
}
