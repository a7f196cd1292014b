//! The timeline's questions: `r` turning it round, `p` narrowing it to the selected
//! event's actors.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::app::*;
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

fn query(app: &App) -> Option<&str> {
    app.search.as_ref().map(|s| s.query())
}

fn names(app: &App) -> Vec<&str> {
    let choice = app.actor_choice.as_ref().expect("a choice is open");
    let players = &app.market.players;
    (choice.players.iter())
        .map(|&p| players[p].name.as_str())
        .collect()
}

#[test]
fn p_on_an_event_with_one_actor_adds_a_player_word_that_esc_takes_back() {
    let mut app = App::bundled();
    app.select_event_id("permendag-31-2023-signed");
    assert!(app.update(Action::FilterPlayer));
    assert_eq!(query(&app), Some("player:kemendag"));
    assert_eq!(app.rows().len(), 4);
    assert_eq!(selected_id(&app), "permendag-31-2023-signed");
    assert_eq!(
        timeline(&app, 60, 3)[0],
        "┌ Timeline · /player:kemendag (4) ─────────────────────────┐"
    );
    // Asked again, the same player is not asked for twice.
    assert!(!app.update(Action::FilterPlayer));
    assert_eq!(query(&app), Some("player:kemendag"));
    keys(&mut app, "<Esc>");
    assert_eq!(query(&app), None);
    assert_eq!(app.rows().len(), 28);
}

#[test]
fn p_adds_the_actor_to_a_kept_search_and_esc_takes_the_newest_word_first() {
    let mut app = App::bundled();
    keys(&mut app, "/kind:metric<Enter>");
    app.select_event_id("goto-shares-fall");
    assert_eq!(app.rows().len(), 2);
    keys(&mut app, "p");
    assert_eq!(query(&app), Some("kind:metric player:goto"));
    assert_eq!(app.rows().len(), 1);
    keys(&mut app, "<Esc>");
    assert_eq!(query(&app), Some("kind:metric"));
}

#[test]
fn p_on_an_event_with_several_actors_offers_a_choice() {
    let mut app = App::bundled();
    app.select_event_id("tiktok-tokopedia-deal-signed");
    keys(&mut app, "p");
    assert_eq!(names(&app), ["TikTok", "GoTo", "Tokopedia"]);
    assert_eq!(query(&app), None, "nothing is filtered before a choice");
    // j/k move within the list and stop at its ends; other keys wait.
    keys(&mut app, "jjjk/");
    assert_eq!(app.actor_choice.as_ref().map(|c| c.selected), Some(1));
    assert_eq!(app.search, None);
    keys(&mut app, "<Enter>");
    assert_eq!(app.actor_choice, None);
    assert_eq!(query(&app), Some("player:goto"));
    // GoTo takes in Tokopedia, its member.
    let tokopedia = app.market.player_index("tokopedia").expect("tokopedia");
    let goto = app.market.player_index("goto").expect("goto");
    let events = &app.market.events;
    let expected = (0..events.len())
        .filter(|&e| {
            (events.at(e).actors().iter()).any(|&a| [goto, tokopedia].contains(&(a as usize)))
        })
        .count();
    assert_eq!(app.rows().len(), expected);
    assert_eq!(selected_id(&app), "tiktok-tokopedia-deal-signed");
}

#[test]
fn a_number_picks_an_actor_and_esc_cancels_the_choice() {
    let mut app = App::bundled();
    app.select_event_id("tiktok-talks-five-firms");
    keys(&mut app, "p");
    assert_eq!(
        names(&app),
        [
            "TikTok",
            "Ministry of Cooperatives and SMEs",
            "Tokopedia",
            "Bukalapak",
            "Blibli"
        ]
    );
    keys(&mut app, "9");
    assert!(app.actor_choice.is_some(), "no ninth actor: still choosing");
    keys(&mut app, "4");
    assert_eq!(query(&app), Some("player:bukalapak"));
    assert_eq!(app.rows().len(), 2);
    keys(&mut app, "p<Esc>");
    assert_eq!(app.actor_choice, None);
    assert_eq!(
        query(&app),
        Some("player:bukalapak"),
        "Esc closed only the choice"
    );
}

#[test]
fn p_on_an_event_without_actors_says_so() {
    let mut app = App::bundled();
    app.select_event_id("ecommerce-2022-momentum-works");
    assert!(app.update(Action::FilterPlayer));
    assert_eq!(
        app.review.message.as_deref(),
        Some("this event names no actors")
    );
    assert_eq!(
        (app.search.is_none(), app.actor_choice.is_none()),
        (true, true)
    );
}

#[test]
fn the_choice_lists_the_actors_numbered_over_the_timeline() {
    let mut app = App::bundled();
    app.select_event_id("tiktok-tokopedia-deal-signed");
    keys(&mut app, "pj");
    let frame = crate::render::frame(&app, &Theme::default());
    let text = to_text(&frame, false);
    let lines: Vec<&str> = text.lines().collect();
    let top = (lines.iter())
        .position(|l| l.contains("┌ Filter by which actor?"))
        .expect("the popup is drawn");
    let left = lines[top].chars().position(|c| c == '┌').expect("a corner");
    let popup: Vec<String> = (lines[top..top + 5].iter())
        .map(|l| l.chars().skip(left).take(36).collect())
        .collect();
    assert_eq!(
        popup,
        [
            "┌ Filter by which actor? ──────────┐",
            "│ 1 TikTok                         │",
            "│▶2 GoTo                           │",
            "│ 3 Tokopedia                      │",
            "└ j/k Enter · number · Esc cancels ┘",
        ]
    );
}
