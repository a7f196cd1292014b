//! Each pane drawn into a buffer and compared with exact text, plus the styles text hides.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::chart::GrowthChart;
use super::detail::Detail;
use super::help::Help;
use super::players::Players;
use super::theme::Theme;
use super::timeline::Timeline;
use crate::app::{Action, App, Key, KeyMap};
use crate::data::Market;
use crate::render::{press, to_text};
use ratatui::style::Modifier;

fn app() -> App {
    App::bundled()
}

fn keys(app: &mut App, keys: &str) {
    press(app, &Key::parse_sequence(keys).expect("valid keys"));
}

fn draw(widget: impl Widget, width: u16, height: u16) -> Buffer {
    let mut buffer = Buffer::empty(Rect::new(0, 0, width, height));
    widget.render(buffer.area, &mut buffer);
    buffer
}

fn lines(buffer: &Buffer) -> Vec<String> {
    to_text(buffer, false)
        .lines()
        .map(|l| l.trim_end().to_string())
        .collect()
}

fn text(buffer: &Buffer) -> String {
    lines(buffer).join("\n")
}

fn screen(app: &App) -> Buffer {
    crate::render::frame(app, &Theme::default())
}

#[test]
fn timeline_shows_dates_as_written_kinds_marks_and_a_scrollbar() {
    let mut app = app();
    keys(&mut app, "jjjjj");
    let buffer = draw(
        Timeline {
            app: &app,
            theme: &Theme::default(),
        },
        60,
        8,
    );
    insta::assert_snapshot!(text(&buffer));
}

#[test]
fn timeline_rows_for_month_dates_and_planned_or_reported_events() {
    let mut app = app();
    keys(&mut app, "G");
    let buffer = draw(
        Timeline {
            app: &app,
            theme: &Theme::default(),
        },
        60,
        7,
    );
    insta::assert_snapshot!(text(&buffer));
}

#[test]
fn filtered_timeline_names_the_player_and_counts_its_events() {
    let mut app = app();
    keys(&mut app, "2j<Enter><Enter>");
    let buffer = draw(
        Timeline {
            app: &app,
            theme: &Theme::default(),
        },
        60,
        12,
    );
    insta::assert_snapshot!(text(&buffer));
}

#[test]
fn timeline_says_when_nothing_matches() {
    let mut app = app();
    keys(&mut app, "/zzzz");
    let buffer = draw(
        Timeline {
            app: &app,
            theme: &Theme::default(),
        },
        50,
        4,
    );
    insta::assert_snapshot!(text(&buffer));
}

#[test]
fn players_show_columns_counts_and_the_sort_mark() {
    let mut app = app();
    keys(&mut app, "2j");
    let buffer = draw(
        Players {
            app: &app,
            theme: &Theme::default(),
        },
        66,
        8,
    );
    insta::assert_snapshot!(text(&buffer));
    keys(&mut app, "s");
    let buffer = draw(
        Players {
            app: &app,
            theme: &Theme::default(),
        },
        40,
        6,
    );
    insta::assert_snapshot!(text(&buffer));
}

#[test]
fn chart_shows_points_axis_labels_cagr_and_the_event_marker() {
    let mut app = app();
    keys(&mut app, "jjjjj");
    let buffer = draw(
        GrowthChart {
            app: &app,
            theme: &Theme::default(),
        },
        60,
        12,
    );
    insta::assert_snapshot!(text(&buffer));
}

#[test]
fn chart_cursor_says_when_a_value_is_interpolated() {
    let mut app = app();
    keys(&mut app, "<Right><Right><Right>");
    let buffer = draw(
        GrowthChart {
            app: &app,
            theme: &Theme::default(),
        },
        60,
        12,
    );
    let last = lines(&buffer)[10].clone();
    assert_eq!(
        last,
        "│2026 → $93.7B (interpolated, projected)   ▲ 2023-06-15    │"
    );
    keys(&mut app, "]G");
    let buffer = draw(
        GrowthChart {
            app: &app,
            theme: &Theme::default(),
        },
        70,
        12,
    );
    insta::assert_snapshot!(text(&buffer));
}

#[test]
fn detail_formats_figures_and_names_the_source() {
    let mut app = app();
    keys(&mut app, "/75.01<Enter>");
    let buffer = draw(
        Detail {
            app: &app,
            theme: &Theme::default(),
        },
        100,
        12,
    );
    insta::assert_snapshot!(text(&buffer));
}

#[test]
fn help_lists_every_binding_in_the_key_table() {
    let app = app();
    let help = Help {
        app: &app,
        theme: &Theme::default(),
    };
    assert_eq!(help.lines().len(), app.keymap.help_len());
    let shown = lines(&draw(help, 90, 46));
    for binding in &app.keymap.bindings {
        let keys: Vec<String> = binding.keys.iter().map(|k| k.label()).collect();
        let keys = keys.join(" ");
        // The keys and what they do, on one line of their own.
        let line = shown.iter().find(|l| l.contains(binding.help));
        let on_its_line = line.is_some_and(|l| {
            l.trim_start_matches(['│', ' '])
                .starts_with(&format!("{keys} "))
        });
        assert!(
            on_its_line,
            "{keys} {} not on one line:\n{}",
            binding.help,
            shown.join("\n")
        );
    }
}

#[test]
fn the_whole_screen_at_120_by_40() {
    let app = app();
    insta::assert_snapshot!(text(&screen(&app)));
}

#[test]
fn the_selected_row_is_highlighted_only_in_the_focused_style_where_focused() {
    let mut app = app();
    let theme = Theme::default();
    let buffer = draw(
        Timeline {
            app: &app,
            theme: &theme,
        },
        60,
        8,
    );
    assert_eq!(buffer[(5, 1)].bg, theme.selection.bg.unwrap());
    assert!(buffer[(5, 1)].modifier.contains(Modifier::BOLD));
    assert_eq!(buffer[(5, 2)].bg, ratatui::style::Color::Reset);
    assert_eq!(buffer[(0, 0)].fg, theme.focused_border.fg.unwrap());
    app.update(Action::FocusPlayers);
    let buffer = draw(
        Timeline {
            app: &app,
            theme: &Theme::default(),
        },
        60,
        8,
    );
    assert!(buffer[(5, 1)].modifier.contains(Modifier::REVERSED));
    assert_eq!(buffer[(0, 0)].fg, theme.border.fg.unwrap());
    let players = draw(
        Players {
            app: &app,
            theme: &Theme::default(),
        },
        60,
        8,
    );
    assert_eq!(players[(5, 2)].bg, theme.selection.bg.unwrap());
    assert_eq!(players[(0, 0)].fg, theme.focused_border.fg.unwrap());
}

#[test]
fn planned_and_reported_events_are_styled_apart_from_what_occurred() {
    let mut app = app();
    keys(&mut app, "G");
    let buffer = draw(
        Timeline {
            app: &app,
            theme: &Theme::default(),
        },
        60,
        30,
    );
    let row_of = |needle: &str| {
        lines(&buffer)
            .iter()
            .position(|l| l.contains(needle))
            .unwrap() as u16
    };
    let title_x = 27;
    let planned = &buffer[(title_x, row_of("Long-stop date"))];
    let reported = &buffer[(title_x, row_of("deal comp"))];
    let occurred = &buffer[(title_x, row_of("GoTo shares drop"))];
    assert_eq!(planned.fg, Theme::default().planned.fg.unwrap());
    assert_eq!(reported.fg, Theme::default().reported.fg.unwrap());
    assert!(planned.modifier.contains(Modifier::ITALIC));
    assert!(!occurred.modifier.contains(Modifier::ITALIC));
}

#[test]
fn no_color_keeps_selection_and_focus_visible_without_colour() {
    let app = app();
    let buffer = crate::render::frame(&app, &Theme::monochrome());
    for cell in buffer.content() {
        assert!(matches!(cell.fg, ratatui::style::Color::Reset), "{cell:?}");
        assert!(matches!(cell.bg, ratatui::style::Color::Reset), "{cell:?}");
    }
    let row = app.panes().timeline.y + 1;
    assert!(buffer[(5, row)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn tiny_terminals_say_they_are_too_small() {
    let mut app = app();
    app.update(Action::Resize {
        width: 40,
        height: 10,
    });
    assert_eq!(
        lines(&screen(&app))[0],
        "terminal too small: 40×10, needs 60×16"
    );
    for (width, height) in [(1, 1), (10, 3), (59, 40), (120, 15)] {
        app.update(Action::Resize { width, height });
        assert!(
            to_text(&screen(&app), false).starts_with("t"),
            "{width}x{height}"
        );
    }
}

#[test]
fn an_empty_market_draws_its_empty_states() {
    let app = App::new(
        Market::default(),
        KeyMap::default(),
        Rect::new(0, 0, 80, 20),
    );
    let screen = text(&screen(&app));
    for needle in [
        "No events in this dataset.",
        "No players in this dataset.",
        "No series in this dataset.",
        "No event selected.",
    ] {
        assert!(screen.contains(needle), "{needle}\n{screen}");
    }
}

#[test]
fn hostile_data_text_is_shown_as_visible_characters() {
    let mut app = app();
    let mut market = app.market.clone();
    let mut events = market.events.to_vec();
    events[0].title = "evil\x1b[2J\u{202e}title\u{200b}東京".into();
    market.events = events.into();
    market.players[0].name = "Tik\x07Tok".into();
    app.replace_market(market);
    let frame = to_text(&screen(&app), false);
    assert!(!frame.contains('\x1b') && !frame.contains('\x07') && !frame.contains('\u{202e}'));
    assert!(
        frame.contains("evil␛[2J\\u{202E}title\\u{200B}東京"),
        "{frame}"
    );
    assert!(frame.contains("Tik␇Tok"));
    let widths: Vec<usize> = frame.lines().map(crate::text::width).collect();
    assert!(widths.iter().all(|&w| w == 120), "{widths:?}");
}

#[test]
fn the_live_terminal_path_draws_the_same_frame_as_render() {
    use ratatui::{Terminal, backend::TestBackend};
    let mut app = app();
    keys(&mut app, "jj2j");
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test terminal");
    terminal
        .draw(|frame| {
            let screen = super::Screen {
                app: &app,
                theme: &Theme::default(),
            };
            frame.render_widget(screen, frame.area())
        })
        .expect("drawn");
    assert_eq!(terminal.backend().buffer(), &screen(&app));
}

#[test]
fn chart_styles_known_and_projected_points_and_the_event_marker_apart() {
    let app = app();
    let theme = Theme::default();
    let buffer = draw(
        GrowthChart {
            app: &app,
            theme: &theme,
        },
        60,
        12,
    );
    let cells: Vec<_> = buffer.content().iter().collect();
    let known = cells
        .iter()
        .find(|c| c.symbol() == "●")
        .expect("a known point");
    let projected = cells
        .iter()
        .find(|c| c.symbol() == "○")
        .expect("a projected point");
    let marker = cells
        .iter()
        .find(|c| c.symbol() == "▲")
        .expect("the event marker");
    assert_eq!(known.fg, theme.known.fg.unwrap());
    assert_eq!(projected.fg, theme.projected.fg.unwrap());
    assert_eq!(marker.fg, theme.event_marker.fg.unwrap());
}

#[test]
fn a_failed_reload_replaces_the_key_hints_with_the_error() {
    let mut app = app();
    app.reload_error = Some("events.jsonl:29:5: date: month 13 does not exist".into());
    let lines = lines(&screen(&app));
    assert_eq!(
        lines[39],
        " not reloaded: events.jsonl:29:5: date: month 13 does not exist  (showing the last valid data)"
    );
}

#[test]
fn an_event_outside_the_series_years_is_said_to_be_off_the_chart() {
    let mut app = app();
    let mut market = app.market.clone();
    let mut late = market.events.at(0).to_event();
    late.id = "late".into();
    late.date = crate::data::Date::year_only(2035).unwrap();
    market.events.push(&late);
    app.reload(Ok(market.into()));
    // Wide enough for the chart's status line to say all it says.
    app.update(Action::Resize {
        width: 160,
        height: 40,
    });
    keys(&mut app, "G");
    let late = text(&screen(&app));
    assert!(late.contains("▲ 2035 (after the chart)"), "{late}");
    keys(&mut app, "g");
    let first = text(&screen(&app));
    assert!(
        first.contains("▲ 2023-06-15") && !first.contains("the chart)"),
        "{first}"
    );
}

#[test]
fn at_80_by_24_titles_keep_their_room_and_the_growth_rate_stays_in_view() {
    let mut app = app();
    app.update(Action::Resize {
        width: 80,
        height: 24,
    });
    let lines = lines(&screen(&app));
    // The kind column gives way to the title; the chart title keeps the CAGR.
    assert!(
        lines[2].starts_with("│▶2023-06-15   TikTok CEO in Jakarta cites 125M… █│"),
        "{}",
        lines[2]
    );
    assert!(lines[11].contains(" · CAGR 14.5% · 1/8 ┐"), "{}", lines[11]);
}

#[test]
fn a_running_search_says_how_far_it_has_got_in_the_timeline_title() {
    // `┌ label ───┐` across 60 columns.
    let top = |label: String| format!("┌ {label} {}┐", "─".repeat(56 - label.chars().count()));
    let mut app = app();
    app.search_slice = 7;
    keys(&mut app, "/");
    app.update(Action::Type('e'));
    let found = app.rows().len();
    let title = lines(&draw(
        Timeline {
            app: &app,
            theme: &Theme::default(),
        },
        60,
        4,
    ))
    .remove(0);
    assert_eq!(
        title,
        top(format!("Timeline · /e · searching 25% ({found})"))
    );
    while app.update(Action::SearchStep) {}
    let title = lines(&draw(
        Timeline {
            app: &app,
            theme: &Theme::default(),
        },
        60,
        4,
    ))
    .remove(0);
    let found = app.rows().len();
    assert!(found > 7);
    assert_eq!(title, top(format!("Timeline · /e ({found})")));
}

/// The bundled app with one more event, dated `date`, selected (it sorts last).
fn with_late_event(date: &str, summary: Option<String>) -> App {
    let mut app = app();
    let mut market = app.market.clone();
    let mut late = market.events.at(0).to_event();
    late.id = "late".into();
    late.date = crate::data::Date::parse(date).unwrap();
    late.summary = summary;
    market.events.push(&late);
    app.reload(Ok(market.into()));
    keys(&mut app, "G");
    app
}

/// The chart's time axis: the row of `└`.
fn axis(app: &App) -> String {
    let chart = lines(&draw(
        GrowthChart {
            app,
            theme: &Theme::default(),
        },
        60,
        12,
    ));
    chart.into_iter().find(|l| l.contains('└')).unwrap()
}

#[test]
fn an_event_late_in_the_last_year_is_marked_at_the_end_of_the_axis() {
    let new_year = axis(&with_late_event("2030-01-01", None));
    assert!(new_year.ends_with("▲│"), "{new_year}");
    for date in ["2030-06-15", "2030-12", "2030-12-31"] {
        assert_eq!(axis(&with_late_event(date, None)), new_year, "{date}");
    }
    let after = axis(&with_late_event("2031-01-01", None));
    assert!(!after.contains('▲'), "{after}");
}

#[test]
fn a_summary_of_megabytes_draws_as_one_that_just_overflows() {
    // Both overflow the 60×10 pane, so both must draw the same: cutting the long one to
    // the pane before wrapping (which `bundled/frame, 5 MB summary` times) loses nothing.
    let huge = with_late_event("2024-05-01", Some("word ".repeat(1_000_000)));
    let enough = with_late_event("2024-05-01", Some("word ".repeat(1000)));
    let drawn = |app: &App| {
        text(&draw(
            Detail {
                app,
                theme: &Theme::default(),
            },
            60,
            10,
        ))
    };
    assert_eq!(drawn(&huge), drawn(&enough));
    assert!(drawn(&huge).contains("word word"));
}

#[test]
fn a_long_query_gives_way_in_the_timeline_title_before_the_count_does() {
    let mut app = app();
    keys(&mut app, "/tiktok shop stops transactions in indonesia");
    let title = lines(&draw(
        Timeline {
            app: &app,
            theme: &Theme::default(),
        },
        40,
        4,
    ))
    .remove(0);
    let count = app.rows().len();
    assert_eq!(count, 1);
    assert_eq!(title, "┌ Timeline · /tiktok shop stops t… (1) ┐");
}

#[test]
fn a_narrow_footer_drops_other_hints_before_help_and_quit() {
    let mut app = app();
    app.update(Action::Resize {
        width: 60,
        height: 20,
    });
    let footer = |app: &App| lines(&screen(app)).pop().unwrap();
    assert_eq!(
        footer(&app),
        " j/k move  Tab pane  Enter detail  / search  ? help  q quit"
    );
    keys(&mut app, "/deal<Enter>");
    assert_eq!(
        footer(&app),
        " j/k move  Tab pane  ? help  q quit  Esc clears filters"
    );
    app.update(Action::Resize {
        width: 130,
        height: 20,
    });
    assert_eq!(
        footer(&app),
        " j/k move  Tab pane  Enter detail  / search  p player  r reverse  ←/→ year  v overlay  z zoom  ? help  q quit  Esc clears filters"
    );
}

#[test]
fn the_open_detail_scrolls_a_long_summary_a_page_at_a_time() {
    let numbered: Vec<String> = (1..=60)
        .map(|n| format!("Sentence {n:02} of a long summary."))
        .collect();
    let mut app = with_late_event("2024-05-01", Some(numbered.join(" ")));
    app.update(Action::Resize {
        width: 60,
        height: 16,
    });
    app.update(Action::Open);
    let detail = |app: &App| {
        text(&draw(
            Detail {
                app,
                theme: &Theme::default(),
            },
            60,
            14,
        ))
    };
    let top = detail(&app);
    assert!(
        top.contains("Sentence 01") && !top.contains("Sentence 60"),
        "{top}"
    );
    let title = top.lines().next().unwrap();
    assert!(title.contains("· lines 1–12 of "), "{title}");
    assert!(app.update(Action::PageDown));
    let next = detail(&app);
    assert!(
        next.lines().next().unwrap().contains("· lines 13–24 of "),
        "{next}"
    );
    assert!(!next.contains("Sentence 01"), "{next}");
    while app.update(Action::PageDown) {}
    let end = detail(&app);
    assert!(end.contains("Sentence 60"), "{end}");
    assert!(!app.update(Action::PageDown), "nothing past the end");
    assert!(app.update(Action::PageUp));
    app.update(Action::Up);
    assert_eq!(app.detail_scroll, 0, "another event starts at the top");
}

#[test]
fn help_scrolled_to_its_end_shows_from_the_top_once_the_terminal_is_tall_enough() {
    let resize = |app: &mut App, height| {
        app.update(Action::Resize { width: 120, height });
    };
    let mut scrolled = app();
    resize(&mut scrolled, 12);
    keys(&mut scrolled, "?G");
    assert!(scrolled.help_scroll > 0, "the help was taller than 12 rows");
    resize(&mut scrolled, 50);
    let mut fresh = app();
    resize(&mut fresh, 50);
    keys(&mut fresh, "?");
    assert_eq!(text(&screen(&scrolled)), text(&screen(&fresh)));
}

#[test]
fn an_event_late_in_a_one_point_series_year_is_on_the_chart_and_later_years_are_not() {
    let mut app = app();
    let mut market = app.market.clone();
    market.series[0].points.retain(|p| p.year == 2030);
    let mut events = market.events.to_vec();
    let mut late = events[0].clone();
    late.id = "late".into();
    late.date = crate::data::Date::parse("2030-06-15").unwrap();
    let mut later = late.clone();
    later.id = "later".into();
    later.date = crate::data::Date::parse("2031-05-01").unwrap();
    events.extend([late, later]);
    market.events = events.into();
    app.reload(Ok(market.into()));
    app.update(Action::Resize {
        width: 160,
        height: 40,
    });
    keys(&mut app, "Gk");
    assert_eq!(app.selected().map(|e| e.id()), Some("late"));
    let text_of = |app: &App| to_text(&screen(app), false);
    // The chart's time axis: in the right-hand panes, a `└` inside the border `│`.
    let chart_x = usize::from(app.panes().chart.x);
    let axis = |screen: &str| {
        let right = screen
            .lines()
            .map(|l| l.chars().skip(chart_x).collect::<String>());
        let mut axes = right.filter(|r| r.starts_with('│') && r.contains('└'));
        axes.next().unwrap_or_default()
    };
    let shown = text_of(&app);
    assert!(axis(&shown).contains('▲'), "{shown}");
    keys(&mut app, "j");
    let shown = text_of(&app);
    assert!(shown.contains("▲ 2031-05-01 (after the chart)"), "{shown}");
    assert!(!axis(&shown).contains('▲'), "{shown}");
}

#[test]
fn the_whole_screen_at_80_by_24() {
    let mut app = app();
    app.update(Action::Resize {
        width: 80,
        height: 24,
    });
    insta::assert_snapshot!(text(&screen(&app)));
}

/// The title column of a timeline row: what follows the date, kind and status mark.
fn title_room(app: &App) -> usize {
    let screen = lines(&screen(app));
    let row = &screen[2];
    let inner: String = row
        .chars()
        .skip(1)
        .take_while(|&c| c != '█' && c != '║')
        .collect();
    // `▶2023-06-15 ` then the kind column (when shown) and the mark `  `.
    let kinds = if inner.chars().nth(12) == Some(' ') {
        0
    } else {
        11
    };
    inner.chars().count() - 12 - kinds - 2
}

#[test]
fn headlines_get_50_columns_at_120_by_40_and_30_at_80_by_24() {
    let mut app = app();
    assert!(title_room(&app) >= 50, "{}", title_room(&app));
    app.update(Action::Resize {
        width: 80,
        height: 24,
    });
    assert!(title_room(&app) >= 30, "{}", title_room(&app));
}

#[test]
fn the_players_pane_is_as_wide_as_its_columns_need_when_there_is_room() {
    let mut app = app();
    app.update(Action::Resize {
        width: 200,
        height: 60,
    });
    let players = app.panes().players;
    assert_eq!(usize::from(players.width), app.player_columns.width() + 2);
    let lines = lines(&draw(
        Players {
            app: &app,
            theme: &Theme::default(),
        },
        players.width,
        5,
    ));
    assert_eq!(
        lines[1..4],
        [
            "│ Name           Group     Ticker  Role            #▼│",
            "│▶TikTok         ByteDance         social-commerce 12█",
            "│ Tokopedia      GoTo      GOTO.JK marketplace      9║",
        ]
    );
}

#[test]
fn long_names_give_way_to_their_short_form_in_a_narrow_column() {
    let mut app = app();
    keys(&mut app, "s");
    let draw_at = |app: &App, width| {
        let theme = Theme::default();
        lines(&draw(Players { app, theme: &theme }, width, 16))
    };
    let wide = draw_at(&app, 60);
    assert!(
        wide.iter().any(|l| l.starts_with("│ Ministry of Trade ")),
        "{wide:#?}"
    );
    let narrow = draw_at(&app, 30);
    let kemendag = narrow.iter().find(|l| l.contains("Kemendag"));
    assert_eq!(
        kemendag.map(String::as_str),
        Some("│ Kemendag                  4█")
    );
    assert!(
        narrow.iter().any(|l| l.starts_with("│ Presidency ")),
        "{narrow:#?}"
    );
}

#[test]
fn z_zooms_the_focused_pane_to_the_whole_screen_and_back() {
    let mut app = app();
    app.update(Action::Resize {
        width: 60,
        height: 16,
    });
    keys(&mut app, "2z");
    insta::assert_snapshot!(text(&screen(&app)));
    keys(&mut app, "z");
    assert!(text(&screen(&app)).contains("┌ Timeline (28)"));
}

#[test]
fn a_detail_cut_off_at_the_bottom_says_there_is_more() {
    let mut app = app();
    app.update(Action::Resize {
        width: 80,
        height: 24,
    });
    let screen = lines(&screen(&app));
    assert_eq!(
        screen[22],
        "└──────────────────────────────────────────────────────────────── …more, Enter ┘"
    );
    keys(&mut app, "<Enter>");
    let open = lines(&crate::render::frame(&app, &Theme::default()));
    assert!(!open.iter().any(|l| l.contains("…more")), "{open:#?}");
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    keys(&mut app, "<Esc>");
    let whole = lines(&crate::render::frame(&app, &Theme::default()));
    assert!(!whole.iter().any(|l| l.contains("…more")), "{whole:#?}");
}
