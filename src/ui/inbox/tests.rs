//! The inbox view drawn at the sizes users run it at, with exact text and styles.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::widgets::Widget;

use crate::app::Action;
use crate::app::review::fixture::{app_on, folder};
use crate::ui::Screen;
use crate::ui::theme::Theme;

fn screen(app: &crate::app::App) -> Buffer {
    let area = Rect::new(0, 0, app.size.width, app.size.height);
    let mut buffer = Buffer::empty(area);
    Screen {
        app,
        theme: &Theme::default(),
    }
    .render(area, &mut buffer);
    buffer
}

fn text(buffer: &Buffer) -> String {
    crate::render::to_text(buffer, false)
}

#[test]
fn the_inbox_at_120_by_40_with_a_possible_restatement_side_by_side() {
    let dir = folder();
    let mut app = app_on(dir.path(), 120, 40);
    app.update(Action::Inbox);
    insta::assert_snapshot!(text(&screen(&app)));
}

#[test]
fn the_inbox_at_80_by_24_on_a_candidate_with_figures_and_tags() {
    let dir = folder();
    let mut app = app_on(dir.path(), 80, 24);
    app.update(Action::Inbox);
    app.update(Action::Down);
    insta::assert_snapshot!(text(&screen(&app)));
}

#[test]
fn the_inbox_at_80_by_24_with_a_possible_restatement() {
    let dir = folder();
    let mut app = app_on(dir.path(), 80, 24);
    app.update(Action::Inbox);
    insta::assert_snapshot!(text(&screen(&app)));
}

#[test]
fn each_mention_in_the_sentence_is_highlighted_by_its_kind() {
    let dir = folder();
    let mut app = app_on(dir.path(), 120, 40);
    app.update(Action::Inbox);
    app.update(Action::Down);
    let buffer = screen(&app);
    let lines = text(&buffer);
    let (y, row) = (lines.lines().enumerate())
        .find(|(_, l)| l.contains("Lazada mengumumkan"))
        .expect("the sentence is shown");
    let styled = |word: &str| {
        let start = row[..row.find(word).unwrap()].chars().count() as u16;
        buffer[(start, y as u16)].style()
    };
    let theme = Theme::default();
    let lazada = styled("Lazada");
    assert_eq!(lazada.fg, theme.header.fg);
    assert!(lazada.add_modifier.contains(Modifier::UNDERLINED));
    assert_eq!(styled("Rp 2,5").fg, theme.known.fg, "money");
    assert_eq!(styled("20 Mei").fg, theme.planned.fg, "a date");
    let plain = styled("mengumumkan");
    assert!(!plain.add_modifier.contains(Modifier::UNDERLINED));
}

#[test]
fn the_delete_prompt_and_messages_take_the_footer() {
    let dir = folder();
    let mut app = app_on(dir.path(), 120, 40);
    app.update(Action::Delete);
    let footer = text(&screen(&app))
        .lines()
        .last()
        .unwrap()
        .trim_end()
        .to_string();
    assert_eq!(
        footer,
        " Delete “TikTok CEO in Jakarta cites 125M Indonesian users”? y/n"
    );
    app.update(Action::Type('n'));
    let footer = text(&screen(&app))
        .lines()
        .last()
        .unwrap()
        .trim_end()
        .to_string();
    assert_eq!(footer, " not deleted");
}
