//! The popup `p` opens over the timeline when the selected event has several actors.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::pane_block;
use super::theme::Theme;
use crate::app::App;
use crate::text::{clean, width};

/// Borrows the App to list the actors it offers, in the theme.
pub struct ActorChoice<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

/// What the popup says under its list: the keys it reads itself.
const KEYS: &str = " j/k Enter · number · Esc cancels ";

impl Widget for ActorChoice<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, theme) = (self.app, self.theme);
        let Some(choice) = &app.actor_choice else {
            return;
        };
        let players = &app.market.players;
        let lines: Vec<Line> = (choice.players.iter().enumerate())
            .filter_map(|(row, &p)| Some((row, players.get(p)?)))
            .map(|(row, player)| {
                let selected = row == choice.selected;
                let gutter = if selected { "▶" } else { " " };
                // Only nine rows have a number key; the rest are reached with j/k.
                let number = if row < 9 {
                    format!("{}", row + 1)
                } else {
                    " ".to_string()
                };
                Line::from(vec![
                    Span::raw(gutter),
                    Span::styled(number, theme.key),
                    Span::raw(format!(" {}", clean(&player.name))),
                ])
                .style(theme.row(selected, true))
            })
            .collect();
        let title = "Filter by which actor?";
        let widest = (lines.iter().map(Line::width))
            .chain([width(title) + 2, width(KEYS)])
            .max()
            .unwrap_or(0);
        let popup_width = u16::try_from(widest + 2).unwrap_or(u16::MAX);
        let popup_height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
        let [popup] = Layout::horizontal([Constraint::Max(popup_width)])
            .flex(Flex::Center)
            .areas(area);
        let [popup] = Layout::vertical([Constraint::Max(popup_height)])
            .flex(Flex::Center)
            .areas(popup);
        Clear.render(popup, buf);
        let block = pane_block(theme, title.to_string(), true)
            .title_bottom(Line::styled(KEYS, theme.muted).right_aligned());
        Paragraph::new(lines).block(block).render(popup, buf);
    }
}
