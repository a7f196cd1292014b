//! The timeline's questions: `r` turning it round, `p` narrowing it to the selected
//! event's actors.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::*;
use crate::render::{press, to_text};
use crate::ui::theme::Theme;
use crate::ui::timeline::Timeline;

fn keys(app: &mut App, keys: &str) {
    press(app, &Key::parse_sequence(keys).expect("valid keys"));
}

fn selected_id(app: &App) -> &str {
    app.selected().map_or("", |e| e.id())
}

/// The timeline pane alone, as text, trailing spaces trimmed.
fn timeline(app: &App, width: u16, height: u16) -> Vec<String> {
    let theme = Theme::default();
    let mut buffer = Buffer::empty(Rect::new(0, 0, width, height));
    Timeline { app, theme: &theme }.render(buffer.area, &mut buffer);
    let text = to_text(&buffer, false);
    text.lines().map(|l| l.trim_end().to_string()).collect()
}

#[test]
fn r_turns_the_timeline_round_and_keeps_the_selected_event() {
    let mut app = App::bundled();
    keys(&mut app, "jjjjj");
    let before = selected_id(&app).to_owned();
    assert_eq!(app.cursor_row(), 5);
    assert!(app.update(Action::Reverse));
    assert_eq!(app.order, Order::NewestFirst);
    assert_eq!(selected_id(&app), before);
    assert_eq!(app.cursor_row(), 28 - 1 - 5);
    let first = app.rows().get(0).expect("a first row");
    assert_eq!(first, *app.index.chronological.last().expect("events"));
    // Down now goes back in time.
    keys(&mut app, "j");
    assert_eq!(app.selected_event(), Some(app.index.chronological[4]));
    keys(&mut app, "r");
    assert_eq!(app.order, Order::OldestFirst);
    assert_eq!(app.cursor_row(), 4);
}

#[test]
fn g_in_a_reversed_timeline_selects_the_newest_event() {
    let mut app = App::bundled();
    keys(&mut app, "rg");
    let newest = *app.index.chronological.last().expect("events");
    assert_eq!(app.selected_event(), Some(newest));
    keys(&mut app, "G");
    assert_eq!(app.selected_event(), Some(app.index.chronological[0]));
    assert_eq!(app.timeline().offset, 28 - app.panes().timeline_rows());
}

#[test]
fn a_reversed_search_lists_its_matches_newest_first_and_esc_keeps_the_order() {
    let mut app = App::bundled();
    keys(&mut app, "r/kind:deal<Enter>");
    let dates: Vec<String> = (app.rows().iter())
        .map(|e| app.market.events.at(e).date().to_string())
        .collect();
    assert_eq!(dates, ["2024-01", "2023-12-11", "2023-12-10"]);
    keys(&mut app, "<Esc>");
    assert!(app.search.is_none());
    assert_eq!(app.order, Order::NewestFirst, "the order is not a filter");
}

#[test]
fn a_reversed_timeline_says_so_in_its_title() {
    let mut app = App::bundled();
    keys(&mut app, "r/kind:deal<Enter>");
    assert_eq!(
        timeline(&app, 64, 6),
        [
            "┌ Timeline · /kind:deal · newest first (3) ────────────────────┐",
            "│▶2024-01    deal       ? TikTok–Tokopedia deal completed      │",
            "│ 2023-12-11 deal         TikTok to take 75.01% of Tokopedia … │",
            "│ 2023-12-10 deal         TikTok and GoTo sign the Tokopedia … │",
            "│                                                              │",
            "└──────────────────────────────────────────────────────────────┘",
        ]
    );
    // Narrow, the query gives way before the order and the count.
    let narrow = timeline(&app, 36, 3);
    assert_eq!(narrow[0], "┌ Timeline · /… · newest first (3) ┐");
}
