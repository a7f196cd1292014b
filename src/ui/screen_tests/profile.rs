//! A player's profile: opened with Enter in Players, drawn in the full-size detail.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::app::*;
use crate::data::{Point, Series};
use crate::render::{press, to_text};
use crate::ui::detail::Detail;
use crate::ui::theme::Theme;

fn keys(app: &mut App, keys: &str) {
    press(app, &Key::parse_sequence(keys).expect("valid keys"));
}

fn player(app: &App, id: &str) -> usize {
    app.market.player_index(id).expect("the player exists")
}

/// Puts the Players cursor on a player.
fn on_player(app: &mut App, id: &str) {
    let wanted = player(app, id);
    keys(app, "2g");
    while app.selected_player() != Some(wanted) {
        assert!(app.update(Action::Down), "{id} is in the Players pane");
    }
}

fn detail(app: &App, width: u16, height: u16) -> Vec<String> {
    let theme = Theme::default();
    let mut buffer = Buffer::empty(Rect::new(0, 0, width, height));
    Detail { app, theme: &theme }.render(buffer.area, &mut buffer);
    let text = to_text(&buffer, false);
    text.lines().map(|l| l.trim_end().to_string()).collect()
}

#[test]
fn enter_on_a_player_shows_who_it_is_its_events_per_year_and_figures() {
    let mut app = App::bundled();
    on_player(&mut app, "tokopedia");
    keys(&mut app, "<Enter>");
    assert_eq!(app.profile(), Some(player(&app, "tokopedia")));
    assert_eq!(
        detail(&app, 84, 12),
        [
            "┌ Player · Enter filters the timeline · Esc back · lines 1–10 of 14 · PgDn/PgUp ───┐",
            "│Tokopedia  marketplace · GOTO.JK                                                  │",
            "│Group    GoTo                                                                     │",
            "│Aliases  Tokped                                                                   │",
            "│Events   9 · 2023 █▄ 2024 · most in 2023 (6)                                      │",
            "│Series   Tokopedia's share of GMV: 2022 35% · 2024 23%                            │",
            "│Figures  2023-11-13  e-commerce firms in talks: 5 firms                           │",
            "│         2023-12-11  TikTok's stake in Tokopedia: 75.01%                          │",
            "│         2023-12-11  price of the stake: US$840M                                  │",
            "│         2023-12-11  TikTok Shop Indonesia business sold to Tokopedia: US$340M    │",
            "│         2023-12-11  promissory note from TikTok: US$1B                           │",
            "└──────────────────────────────────────────────────────────────────────────────────┘",
        ]
    );
}

#[test]
fn a_group_lists_its_members_and_a_regulator_its_short_name() {
    let mut app = App::bundled();
    on_player(&mut app, "goto");
    keys(&mut app, "<Enter>");
    let goto = detail(&app, 60, 8);
    assert_eq!(
        goto[1],
        "│GoTo  other · GOTO.JK                                     │"
    );
    assert_eq!(
        goto[2],
        "│Members  Tokopedia                                        │"
    );
    keys(&mut app, "<Esc>");
    on_player(&mut app, "kemendag");
    keys(&mut app, "<Enter>");
    let kemendag = detail(&app, 60, 8);
    assert_eq!(
        kemendag[1..5],
        [
            "│Ministry of Trade  regulator                              │",
            "│Short    Kemendag                                         │",
            "│Aliases  Kemendag, Kementerian Perdagangan, Trade Ministry│",
            "│Events   4 · 2023 █ · most in 2023 (4)                    │",
        ]
    );
}

#[test]
fn j_in_an_open_profile_moves_to_the_next_player_from_the_top_of_its_text() {
    let mut app = App::bundled();
    app.update(Action::Resize {
        width: 80,
        height: 16,
    });
    keys(&mut app, "2<Enter><PageDown>");
    assert!(
        app.detail_scroll > 0,
        "TikTok's profile is taller than the pane"
    );
    let first = app.profile();
    keys(&mut app, "j");
    assert_ne!(app.profile(), first);
    assert_eq!(app.profile(), app.selected_player());
    assert_eq!(app.detail_scroll, 0);
    keys(&mut app, "<Esc>");
    assert_eq!((app.profile(), app.focus), (None, Focus::Players));
}

#[test]
fn a_series_about_the_player_is_in_its_profile() {
    let mut app = App::bundled();
    let mut market = app.market.clone();
    let point = |year, value, projected| Point {
        year,
        value,
        projected,
        low: None,
        high: None,
    };
    market.series.push(Series {
        id: "blibli-share-again".into(),
        name: "Blibli's share of GMV, again".into(),
        unit: "%".into(),
        source: None,
        player: market.player_index("blibli"),
        points: vec![point(2022, 3.0, false), point(2024, 4.0, false)],
    });
    app.replace_market(market);
    on_player(&mut app, "blibli");
    keys(&mut app, "<Enter>");
    let lines = detail(&app, 70, 9);
    assert_eq!(
        lines[3..6],
        [
            "│Events   2 · 2023 █ · most in 2023 (2)                              │",
            "│Series   Blibli's share of GMV: 2022 3% · 2024 4%                   │",
            "│         Blibli's share of GMV, again: 2022 3% · 2024 4%            │",
        ]
    );
    keys(&mut app, "<Enter>");
    assert_eq!(app.player_filter, Some(player(&app, "blibli")));
    assert_eq!(app.rows().len(), 2);
}

#[test]
fn the_footer_says_enter_filters_while_a_profile_is_open() {
    let mut app = App::bundled();
    keys(&mut app, "2<Enter>");
    let frame = crate::render::frame(&app, &Theme::default());
    let text = to_text(&frame, false);
    let footer = text.lines().last().unwrap_or_default();
    assert!(
        footer.starts_with(" j/k move  Tab pane  Enter filter by player  / search"),
        "{footer}"
    );
}
