//! `update` for every action, on the bundled dataset at 120×40.

use ratatui::layout::Rect;

use super::*;
use crate::render::press;

fn app() -> App {
    App::bundled()
}

fn keys(app: &mut App, keys: &str) {
    press(app, &Key::parse_sequence(keys).expect("valid keys"));
}

fn title(app: &App) -> &str {
    app.selected().map_or("", |e| e.title())
}

fn player(app: &App, name: &str) -> usize {
    app.market
        .players
        .iter()
        .position(|p| p.name == name)
        .expect("player exists")
}

#[test]
fn starts_on_the_first_event_with_the_timeline_focused() {
    let app = app();
    assert_eq!(app.focus, Focus::Timeline);
    assert_eq!(app.rows().len(), 28);
    assert_eq!(app.selected_event, Some(app.index.chronological[0]));
    assert_eq!(app.year, Some(2023));
}

#[test]
fn down_and_up_move_the_timeline_and_stop_at_the_ends() {
    let mut app = app();
    assert!(!app.update(Action::Up));
    assert!(app.update(Action::Down));
    assert_eq!(app.timeline().selected, 1);
    assert_eq!(app.selected_event, Some(app.index.chronological[1]));
    assert!(app.update(Action::Up));
    assert_eq!(app.timeline().selected, 0);
}

#[test]
fn page_down_and_up_move_by_a_screenful() {
    let mut app = app();
    let page = app.panes().timeline_rows() - 1;
    app.update(Action::PageDown);
    assert_eq!(app.timeline().selected, page);
    app.update(Action::PageUp);
    assert_eq!(app.timeline().selected, 0);
}

#[test]
fn top_and_bottom_jump_to_the_ends_and_scroll_there() {
    let mut app = app();
    app.update(Action::Bottom);
    assert_eq!(app.timeline().selected, 27);
    assert_eq!(app.timeline().offset, 28 - app.panes().timeline_rows());
    assert_eq!(
        title(&app),
        "GoTo and TikTok aim to meet the rules by April"
    );
    app.update(Action::Top);
    assert_eq!((app.timeline().selected, app.timeline().offset), (0, 0));
}

#[test]
fn tab_backtab_and_digits_move_the_focus() {
    let mut app = app();
    app.update(Action::NextPane);
    assert_eq!(app.focus, Focus::Players);
    app.update(Action::PrevPane);
    app.update(Action::PrevPane);
    assert_eq!(app.focus, Focus::Chart);
    for (action, focus) in [
        (Action::FocusPlayers, Focus::Players),
        (Action::FocusChart, Focus::Chart),
        (Action::FocusTimeline, Focus::Timeline),
    ] {
        app.update(action);
        assert_eq!(app.focus, focus);
    }
}

#[test]
fn moving_in_players_leaves_the_timeline_alone() {
    let mut app = app();
    keys(&mut app, "2jj");
    assert_eq!(app.players.selected, 2);
    assert_eq!(app.timeline().selected, 0);
}

#[test]
fn enter_in_players_opens_the_profile_and_enter_again_filters_by_that_player() {
    let mut app = app();
    let tokopedia = player(&app, "Tokopedia");
    keys(&mut app, "2j");
    assert_eq!(app.selected_player(), Some(tokopedia));
    assert!(app.update(Action::Open));
    assert_eq!((app.profile(), app.player_filter), (Some(tokopedia), None));
    app.update(Action::Open);
    assert_eq!((app.profile(), app.detail_open), (None, false));
    assert_eq!(app.player_filter, Some(tokopedia));
    assert_eq!(app.focus, Focus::Timeline);
    assert_eq!(app.rows().len(), 9);
    for event in app.rows() {
        assert!(app.market.events.at(event).has_actor(tokopedia));
    }
}

#[test]
fn p_in_players_toggles_the_filter_for_the_player_under_the_cursor() {
    let mut app = app();
    keys(&mut app, "2j");
    assert!(app.update(Action::FilterPlayer));
    assert_eq!(app.rows().len(), 9);
    assert_eq!(app.focus, Focus::Players);
    assert_eq!(
        app.search, None,
        "a player chosen in Players is no search word"
    );
    assert!(app.update(Action::FilterPlayer));
    assert_eq!(app.player_filter, None);
    assert_eq!(app.rows().len(), 28);
}

#[test]
fn filtering_keeps_the_selected_event_when_it_is_still_shown() {
    let mut app = app();
    keys(&mut app, "G");
    let last = app.selected_event;
    keys(&mut app, "2jp");
    assert_eq!(app.selected_event, last);
    assert_eq!(app.timeline().selected, app.rows().len() - 1);
}

#[test]
fn enter_in_the_timeline_opens_the_detail_and_esc_closes_it() {
    let mut app = app();
    assert!(app.update(Action::Open));
    assert!(app.detail_open);
    assert!(app.update(Action::Back));
    assert!(!app.detail_open);
    // In the chart, Enter takes the timeline to the cursor's year instead.
    app.update(Action::FocusChart);
    assert!(app.update(Action::Open));
    assert!(!app.detail_open && app.focus == Focus::Timeline);
}

#[test]
fn esc_takes_the_filters_back_one_at_a_time_most_recent_first() {
    let mut app = app();
    keys(&mut app, "2j<Enter><Enter>/deal<Enter>");
    assert!(app.search.is_some() && app.player_filter.is_some());
    assert!(app.update(Action::Back));
    assert_eq!(
        (app.search.is_none(), app.player_filter.is_some()),
        (true, true)
    );
    assert!(app.update(Action::Back));
    assert_eq!(app.player_filter, None);
    assert_eq!(app.rows().len(), 28);
    assert!(!app.update(Action::Back));
    // The player chosen after the search goes first.
    keys(&mut app, "/deal<Enter>2j<Enter><Enter>");
    assert!(app.update(Action::Back));
    assert_eq!((app.search.is_some(), app.player_filter), (true, None));
    // A kept search goes word by word, its rows widening each time.
    keys(&mut app, "<Esc>/kind:deal player:tiktok-shop<Enter>");
    assert_eq!(app.rows().len(), 1);
    keys(&mut app, "<Esc>");
    assert_eq!(app.search.as_ref().map(|s| s.query()), Some("kind:deal"));
    assert_eq!(app.rows().len(), 3);
    keys(&mut app, "<Esc>");
    assert!(app.search.is_none());
    assert_eq!(app.rows().len(), 28);
}

#[test]
fn search_narrows_as_you_type_and_erase_widens_again() {
    let mut app = app();
    app.update(Action::Search);
    assert_eq!(app.rows().len(), 28);
    let mut counts = Vec::new();
    for c in "deal".chars() {
        app.update(Action::Type(c));
        counts.push(app.rows().len());
    }
    assert!(counts.windows(2).all(|w| w[1] <= w[0]), "{counts:?}");
    assert_eq!(app.rows().len(), 7);
    assert!(app.update(Action::Erase));
    assert_eq!(app.search.as_ref().map(|s| s.query()), Some("dea"));
    assert_eq!(app.rows().len(), 7);
}

#[test]
fn search_matches_event_kinds_and_player_aliases() {
    let mut app = app();
    keys(&mut app, "/tokped");
    let tokopedia = player(&app, "Tokopedia");
    assert_eq!(app.rows().len(), 9);
    assert!(
        app.rows()
            .iter()
            .all(|e| app.market.events.at(e).has_actor(tokopedia))
    );
    keys(&mut app, "<Esc>/closure");
    let closures: Vec<&str> = app
        .rows()
        .iter()
        .map(|e| app.market.events.at(e).id())
        .collect();
    // The kind, and the tag of the announcement before it.
    assert_eq!(
        closures,
        ["tiktok-shop-announces-closure", "tiktok-shop-closes"]
    );
}

#[test]
fn search_matches_actor_names_and_tickers_case_insensitively() {
    let mut app = app();
    keys(&mut app, "/buka.jk");
    let bukalapak = player(&app, "Bukalapak");
    assert_eq!(app.rows().len(), 2);
    for event in app.rows() {
        assert!(app.market.events.at(event).has_actor(bukalapak));
    }
}

#[test]
fn typing_goes_to_the_prompt_not_the_key_table() {
    let mut app = app();
    keys(&mut app, "/q");
    assert!(!app.quit);
    assert_eq!(app.search.as_ref().map(|s| s.query()), Some("q"));
    keys(&mut app, "<Esc>");
    assert!(app.search.is_none());
}

#[test]
fn n_and_shift_n_walk_the_matches_and_wrap() {
    let mut app = app();
    keys(&mut app, "/deal<Enter>");
    assert!(!app.search.as_ref().is_some_and(|s| s.editing()));
    assert!(app.update(Action::NextMatch));
    assert_eq!(app.timeline().selected, 1);
    assert!(app.update(Action::PrevMatch));
    assert!(app.update(Action::PrevMatch));
    assert_eq!(app.timeline().selected, 6);
    app.update(Action::Back);
    assert!(!app.update(Action::NextMatch));
}

#[test]
fn left_and_right_move_the_year_cursor_within_the_series() {
    let mut app = app();
    assert!(app.update(Action::YearForward));
    assert_eq!(app.year, Some(2024));
    for _ in 0..20 {
        app.update(Action::YearForward);
    }
    assert_eq!(app.year, Some(2030));
    assert!(!app.update(Action::YearForward));
    for _ in 0..20 {
        app.update(Action::YearBack);
    }
    assert_eq!(app.year, Some(2021));
}

#[test]
fn top_and_bottom_in_the_chart_jump_the_year_cursor() {
    let mut app = app();
    keys(&mut app, "3G");
    assert_eq!(app.year, Some(2030));
    keys(&mut app, "g");
    assert_eq!(app.year, Some(2021));
    assert!(!app.update(Action::Down));
}

#[test]
fn brackets_switch_series_and_reset_the_cursor() {
    let mut app = app();
    assert!(app.update(Action::NextSeries));
    assert_eq!(
        app.current_series().map(|s| s.id.as_str()),
        Some("digital-economy")
    );
    assert_eq!(app.year, Some(2023));
    // The players' shares follow the market's two sizes; ] wraps round to the first.
    let count = app.market.series.len();
    assert_eq!(count, 8);
    for _ in 2..count {
        assert!(app.update(Action::NextSeries));
    }
    assert_eq!(
        app.current_series().map(|s| s.id.as_str()),
        Some("share-blibli")
    );
    assert!(app.update(Action::NextSeries));
    assert_eq!(app.series, 0);
    assert!(app.update(Action::PrevSeries));
    assert_eq!(app.series, count - 1);
}

#[test]
fn s_cycles_the_sort_column_keeping_the_player_selected() {
    let mut app = app();
    keys(&mut app, "2jj");
    let chosen = app.selected_player();
    assert_eq!(app.player_sort, SortColumn::Events);
    app.update(Action::SortPlayers);
    assert_eq!(app.player_sort, SortColumn::Name);
    assert_eq!(app.selected_player(), chosen);
    let names: Vec<&str> = app
        .player_order
        .iter()
        .map(|&p| app.market.players[p].name.as_str())
        .collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]), "{names:?}");
    for _ in 0..4 {
        app.update(Action::SortPlayers);
    }
    assert_eq!(app.player_sort, SortColumn::Events);
}

#[test]
fn help_opens_swallows_keys_and_closes_on_esc_or_question_mark() {
    let mut app = app();
    // Tall enough for the whole help: keys have nothing to scroll.
    app.update(Action::Resize {
        width: 120,
        height: 50,
    });
    app.update(Action::Help);
    assert!(app.help_open);
    assert!(!app.update(Action::Down));
    assert_eq!(app.timeline().selected, 0);
    assert!(app.update(Action::Back));
    assert!(!app.help_open);
    keys(&mut app, "??");
    assert!(!app.help_open);
    keys(&mut app, "?q");
    assert!(app.quit);
}

#[test]
fn q_and_ctrl_c_quit() {
    let mut app = app();
    keys(&mut app, "q");
    assert!(app.quit);
    let mut app = super::tests::app();
    keys(&mut app, "/abc<C-c>");
    assert!(app.quit);
}

#[test]
fn clicking_a_row_focuses_its_pane_and_selects_it() {
    let mut app = app();
    let players = app.panes().players;
    app.update(Action::Click {
        column: players.x + 3,
        row: players.y + 2 + 3,
    });
    assert_eq!((app.focus, app.players.selected), (Focus::Players, 3));
    let timeline = app.panes().timeline;
    app.update(Action::Click {
        column: timeline.x + 5,
        row: timeline.y + 1 + 4,
    });
    assert_eq!((app.focus, app.timeline().selected), (Focus::Timeline, 4));
    let chart = app.panes().chart;
    app.update(Action::Click {
        column: chart.x + 5,
        row: chart.y + 5,
    });
    assert_eq!(app.focus, Focus::Chart);
    assert!(!app.update(Action::Click { column: 0, row: 0 }));
}

#[test]
fn the_wheel_scrolls_the_list_under_the_pointer_without_moving_focus() {
    let mut app = app();
    let players = app.panes().players;
    assert!(app.update(Action::Scroll {
        column: players.x + 2,
        row: players.y + 3,
        lines: 3
    }));
    assert_eq!((app.focus, app.players.selected), (Focus::Timeline, 3));
    let timeline = app.panes().timeline;
    app.update(Action::Scroll {
        column: timeline.x + 2,
        row: timeline.y + 3,
        lines: -3,
    });
    assert_eq!(app.timeline().selected, 0);
}

#[test]
fn resizing_keeps_the_selection_on_screen() {
    let mut app = app();
    keys(&mut app, "G");
    app.update(Action::Resize {
        width: 80,
        height: 20,
    });
    let rows = app.panes().timeline_rows();
    assert!(app.timeline().selected >= app.timeline().offset);
    assert!(app.timeline().selected < app.timeline().offset + rows);
}

#[test]
fn replacing_the_market_keeps_the_event_player_filter_and_focus() {
    let mut app = app();
    keys(&mut app, "2j<Enter><Enter>jj");
    let (event, filter) = (app.selected().map(|e| e.id().to_owned()), app.player_filter);
    let mut market = app.market.clone();
    market.events = market.events.iter().rev().map(|e| e.to_event()).collect();
    app.replace_market(market);
    assert_eq!(app.selected().map(|e| e.id().to_owned()), event);
    assert_eq!(app.player_filter, filter);
    assert_eq!(app.focus, Focus::Timeline);
    assert_eq!(app.rows().len(), 9);
}

#[test]
fn an_empty_market_takes_every_action_without_panicking() {
    let mut app = App::new(
        Market::default(),
        KeyMap::default(),
        Rect::new(0, 0, 120, 40),
    );
    keys(
        &mut app,
        "jkgG<PageDown><PageUp><Tab>jp<Enter>s<Left><Right>[]3<Left>1/x<Enter>nN<Esc>?<Esc>",
    );
    app.update(Action::Click {
        column: 10,
        row: 10,
    });
    assert_eq!(
        (app.selected_event, app.selected_player(), app.year),
        (None, None, None)
    );
}

#[test]
fn help_scrolls_when_taller_than_the_terminal() {
    let mut app = app();
    app.update(Action::Resize {
        width: 100,
        height: 20,
    });
    app.update(Action::Help);
    assert!(app.update(Action::Down));
    assert_eq!(app.help_scroll, 1);
    app.update(Action::Bottom);
    let last = app.help_scroll;
    let shown = 20 - 2;
    assert_eq!(usize::from(last), app.keymap.help_len() - shown);
    assert!(!app.update(Action::Down));
    app.update(Action::Top);
    assert_eq!(app.help_scroll, 0);
    assert!(app.help_open);
}

#[test]
fn clicks_do_not_reach_panes_hidden_by_the_full_size_detail() {
    let mut app = app();
    app.update(Action::Open);
    let timeline = app.panes().timeline;
    assert!(!app.update(Action::Click {
        column: timeline.x + 2,
        row: timeline.y + 4
    }));
    assert_eq!(app.timeline().selected, 0);
    assert!(app.update(Action::Scroll {
        column: 0,
        row: 0,
        lines: 1
    }));
    assert_eq!(app.timeline().selected, 1);
}

#[test]
fn a_valid_reload_replaces_the_market_and_keeps_the_selected_event() {
    let mut app = app();
    keys(&mut app, "jjj");
    let selected = title(&app).to_string();
    let mut market = app.market.clone();
    market.events = (market.events.iter())
        .filter(|e| e.title() != "Trade ministry signs Permendag 31/2023")
        .map(|e| e.to_event())
        .collect();
    app.reload(Ok(market.into()));
    assert_eq!(app.rows().len(), 27);
    assert_eq!(title(&app), selected);
    assert_eq!(app.reload_error, None);
}

#[test]
fn an_invalid_reload_keeps_the_last_good_market_and_shows_the_first_error() {
    let mut app = app();
    keys(&mut app, "jj");
    let selected = app.selected_event;
    let error = |line, column, message| {
        crate::data::Diagnostic::new("d/events.jsonl".as_ref(), line, column, message)
    };
    let invalid = crate::data::Invalid(vec![
        error(29, 5, "date: month 13 does not exist"),
        error(30, 1, "a later error"),
    ]);
    app.reload(Err(invalid));
    assert_eq!(
        app.reload_error.as_deref(),
        Some("events.jsonl:29:5: date: month 13 does not exist"),
        "named by file, the folder being the one the user edits"
    );
    assert_eq!((app.rows().len(), app.selected_event), (28, selected));
    let market = app.market.clone();
    app.reload(Ok(market.into()));
    assert_eq!(app.reload_error, None);
}

/// Types into the search prompt without waiting for the search, as a fast typist on a
/// big dataset would: keys arrive while a search is still running.
fn type_ahead(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Type(c));
    }
}

fn matches_of(app: &App) -> Vec<usize> {
    app.search
        .as_ref()
        .map(|s| s.matches().to_vec())
        .unwrap_or_default()
}

#[test]
fn a_search_in_slices_finds_what_a_search_at_once_finds() {
    let mut whole = app();
    keys(&mut whole, "/deal");
    let mut sliced = app();
    sliced.search_slice = 4;
    keys(&mut sliced, "/");
    type_ahead(&mut sliced, "d");
    assert!(sliced.searching());
    let percent = sliced.search.as_ref().and_then(|s| s.percent());
    assert_eq!(percent, Some(4 * 100 / 28));
    let mut steps = 0;
    while sliced.update(Action::SearchStep) {
        steps += 1;
    }
    assert_eq!(steps, 28usize.div_ceil(4) - 1);
    type_ahead(&mut sliced, "eal");
    while sliced.update(Action::SearchStep) {}
    assert!(!sliced.searching());
    assert_eq!(matches_of(&sliced), matches_of(&whole));
    assert_eq!(sliced.rows().len(), 7);
}

#[test]
fn typing_while_a_search_runs_narrows_what_it_found_and_what_it_has_not_looked_at() {
    let mut whole = app();
    keys(&mut whole, "/tiktok shop");
    let mut sliced = app();
    sliced.search_slice = 3;
    keys(&mut sliced, "/");
    type_ahead(&mut sliced, "ti");
    sliced.update(Action::SearchStep);
    type_ahead(&mut sliced, "ktok");
    sliced.update(Action::SearchStep);
    sliced.update(Action::Erase);
    type_ahead(&mut sliced, "k shop");
    while sliced.update(Action::SearchStep) {}
    assert_eq!(matches_of(&sliced), matches_of(&whole));
    assert!(!matches_of(&whole).is_empty());
}

#[test]
fn a_key_other_than_typing_waits_for_the_whole_search() {
    let mut whole = app();
    keys(&mut whole, "/a<Enter>G");
    let mut sliced = app();
    sliced.search_slice = 2;
    keys(&mut sliced, "/");
    type_ahead(&mut sliced, "a");
    assert!(sliced.searching());
    sliced.update(Action::Open);
    assert!(!sliced.searching());
    sliced.update(Action::Bottom);
    assert_eq!(matches_of(&sliced), matches_of(&whole));
    assert_eq!(sliced.selected_event, whole.selected_event);
    assert_eq!(sliced.timeline(), whole.timeline());
}

#[test]
fn a_search_in_slices_keeps_the_selected_event_when_it_matches() {
    let mut app = app();
    app.search_slice = 3;
    keys(&mut app, "G");
    let last = app.selected_event;
    keys(&mut app, "/");
    while app.update(Action::SearchStep) {}
    assert_eq!(app.selected_event, last);
    type_ahead(&mut app, "e");
    while app.update(Action::SearchStep) {}
    let rows = app.rows().to_vec();
    assert_eq!(rows.last().copied(), last, "the last event has an e in it");
    assert_eq!(app.selected_event, last);
}

#[test]
fn typing_ahead_of_a_running_search_keeps_the_event_selected_before_it() {
    let mut app = app();
    app.search_slice = 3;
    keys(&mut app, "G");
    let last = app.selected_event;
    let title = app.selected().map(|e| e.title().to_lowercase()).unwrap();
    let query: Vec<char> = title.chars().take(3).collect();
    keys(&mut app, "/");
    // Each character lands while the search for the one before is still running: the
    // cursor meanwhile rests on the matches found so far, not on the last event.
    for &c in &query {
        app.update(Action::Type(c));
        assert!(app.searching());
        app.update(Action::SearchStep);
    }
    app.update(Action::Erase);
    app.update(Action::Type(query[2]));
    while app.update(Action::SearchStep) {}
    assert_eq!(app.selected_event, last);
    let mut esc = self::app();
    esc.search_slice = 3;
    keys(&mut esc, "G/");
    esc.update(Action::Type(query[0]));
    assert!(esc.searching());
    esc.update(Action::Back);
    assert_eq!(esc.selected_event, last, "Esc mid-search goes back to it");
}

#[test]
fn esc_in_the_search_prompt_goes_back_to_the_event_selected_before_it() {
    let mut app = app();
    keys(&mut app, "jjjjjjjjj");
    let before = app.selected_event;
    keys(&mut app, "/buka.jk");
    assert_ne!(app.selected_event, before, "the search moved the cursor");
    keys(&mut app, "<Esc>");
    assert_eq!(app.selected_event, before);
    assert!(app.search.is_none());
}

#[test]
fn esc_in_the_prompt_after_a_reload_goes_back_to_the_same_event_by_id() {
    let mut app = app();
    keys(&mut app, "jjjjj");
    let before = app.selected().map(|e| e.id().to_owned());
    keys(&mut app, "/buka.jk");
    // A reload that puts a new event first moves every index by one.
    let mut events = app.market.events.to_vec();
    let mut first = events[0].clone();
    first.id = "inserted-first".into();
    events.insert(0, first);
    let mut market = app.market.clone();
    market.events = events.into();
    app.reload(Ok(market.into()));
    keys(&mut app, "<Esc>");
    assert_eq!(app.selected().map(|e| e.id().to_owned()), before);
}

#[test]
fn a_paste_of_200_000_characters_into_the_prompt_ends_and_esc_goes_back() {
    let mut app = app();
    keys(&mut app, "jjj");
    let before = app.selected_event;
    keys(&mut app, "/");
    // Each key costs what the screen does, not what the query does: this took hours
    // when every key lowercased the whole query again.
    for c in "TikTok Shop É ".chars().cycle().take(200_000) {
        app.update(Action::Type(c));
    }
    let search = app.search.as_ref().expect("the prompt is open");
    assert_eq!(search.query().chars().count(), 200_000);
    assert_eq!(app.rows().len(), 0);
    for _ in 0..1_000 {
        app.update(Action::Erase);
    }
    let search = app.search.as_ref().expect("the prompt is open");
    assert_eq!(search.query().chars().count(), 199_000);
    assert!(search.query().starts_with("TikTok Shop É TikTok"));
    app.update(Action::Back);
    assert_eq!((app.selected_event, app.search.is_none()), (before, true));
}

#[test]
fn z_zooms_the_focused_pane_and_zoom_follows_the_focus() {
    let mut app = app();
    let whole = {
        let panes = app.panes();
        panes.timeline.union(panes.detail)
    };
    assert!(app.update(Action::Zoom));
    assert!(app.zoomed);
    let panes = app.panes();
    assert_eq!(panes.timeline, whole);
    assert!(panes.players.is_empty() && panes.chart.is_empty() && panes.detail.is_empty());
    // A zoomed timeline pages by its whole height.
    assert_eq!(app.panes().timeline_rows(), usize::from(whole.height) - 2);
    app.update(Action::NextPane);
    assert_eq!(app.panes().players, whole);
    assert!(app.panes().timeline.is_empty());
    // A click lands in the zoomed pane's rows.
    app.update(Action::Click {
        column: 5,
        row: whole.y + 4,
    });
    assert_eq!(app.players.selected, 2);
    assert!(app.update(Action::Zoom));
    assert!(!app.zoomed);
    assert_eq!(app.panes(), App::bundled().panes());
}

#[test]
fn a_timeline_hidden_behind_a_zoomed_pane_keeps_its_window() {
    let mut app = app();
    keys(&mut app, "G");
    let offset = app.timeline().offset;
    keys(&mut app, "2z");
    assert_eq!(app.timeline().offset, offset);
    keys(&mut app, "z");
    assert_eq!(app.timeline().offset, offset);
}

#[test]
fn player_columns_give_way_role_then_group_then_ticker() {
    let natural = PlayerColumns {
        name: 14,
        group: 9,
        ticker: 7,
        role: 15,
        events: 2,
    };
    assert_eq!(natural.width(), 1 + 15 + 10 + 8 + 16 + 2);
    let fit = |width| {
        let c = natural.fit(width);
        (c.name, c.group, c.ticker, c.role, c.events)
    };
    assert_eq!(fit(52), (14, 9, 7, 15, 2));
    assert_eq!(fit(60), (22, 9, 7, 15, 2), "the name takes what is left");
    assert_eq!(
        fit(50),
        (12, 9, 7, 15, 2),
        "the name shrinks to 12 before a column goes"
    );
    assert_eq!(fit(49), (27, 9, 7, 0, 2));
    assert_eq!(fit(34), (12, 9, 7, 0, 2));
    assert_eq!(fit(33), (21, 0, 7, 0, 2));
    assert_eq!(fit(24), (12, 0, 7, 0, 2));
    assert_eq!(fit(23), (19, 0, 0, 0, 2));
    assert_eq!(fit(3), (12, 0, 0, 0, 2), "too narrow: drawing cuts the row");
}
