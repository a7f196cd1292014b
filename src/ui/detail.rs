//! The Detail pane: everything known about the selected event.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::pane_block;
use super::theme::Theme;
use crate::app::{Action, App, Part, scrolled};

/// Borrows the App to describe its selected event, in the theme.
pub struct Detail<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for Detail<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, theme) = (self.app, self.theme);
        let style = |part| match part {
            Part::Title => theme.title,
            Part::Label => theme.header,
            Part::Body => theme.text,
            Part::Warning => theme.warning,
        };
        let Some(paragraph) = app.detail(area, style) else {
            let block = pane_block(theme, "Detail".to_string(), app.detail_open);
            Paragraph::new(Line::styled("No event selected.", theme.muted))
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
        // The App asks for a first line; drawing keeps it where the text fills the pane.
        let first = usize::from(scrolled(app.detail_scroll, 0, total, inner.height));
        let mut title = String::from("Detail");
        if app.profile().is_some() {
            title = String::from("Player");
            if let Some(key) = app.keymap.key_for(Action::Open) {
                title.push_str(&format!(" · {} filters the timeline", key.label()));
            }
        }
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
        let mut block = pane_block(theme, title, app.detail_open);
        if !app.detail_open && total > shown {
            // Text cut off at the bottom says so, and which key shows the rest.
            let more = match app.keymap.key_for(Action::Open) {
                Some(key) => format!(" …more, {} ", key.label()),
                None => " …more ".to_string(),
            };
            block = block.title_bottom(Line::styled(more, theme.muted).right_aligned());
        }
        (paragraph.block(block))
            .scroll((first as u16, 0))
            .render(area, buf);
    }
}
