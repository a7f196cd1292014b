//! Time in the tracker: the chart's year cursor taking the timeline to its year, and
//! plans whose date has passed, judged against a `today` the tests set.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::app::*;
use crate::data::Date;
use crate::render::{press, to_text};
use crate::ui::theme::Theme;

fn keys(app: &mut App, keys: &str) {
    press(app, &Key::parse_sequence(keys).expect("valid keys"));
}

fn date(text: &str) -> Date {
    Date::parse(text).expect("a valid date")
}

fn selected(app: &App) -> (String, &str) {
    let event = app.selected().expect("an event is selected");
    (event.date().to_string(), event.title())
}

fn event_titled(app: &App, start: &str) -> usize {
    (app.market.events.iter())
        .position(|e| e.title().starts_with(start))
        .expect("the event exists")
}

#[test]
fn enter_in_the_chart_takes_the_timeline_to_the_cursors_year() {
    let mut app = App::bundled();
    keys(&mut app, "3<Right>");
    assert_eq!(app.year, Some(2024));
    assert!(app.update(Action::Open));
    assert_eq!(app.focus, Focus::Timeline);
    assert_eq!(
        selected(&app),
        ("2024-01".into(), "TikTok–Tokopedia deal completed")
    );
    assert!(!app.detail_open, "Enter in the chart opens no detail");
    // A year before every event: the first event; after every event: the last.
    keys(&mut app, "3g<Enter>");
    assert_eq!(app.year, Some(2021));
    assert_eq!(selected(&app).0, "2023-06-15");
    keys(&mut app, "3G<Enter>");
    assert_eq!(app.year, Some(2030));
    assert_eq!(selected(&app).0, "2024-04");
}

#[test]
fn the_jump_stays_within_the_filtered_timeline() {
    let mut app = App::bundled();
    let tokopedia = app.market.player_index("tokopedia").unwrap();
    app.filter_player(Some(tokopedia));
    keys(&mut app, "3<Left><Enter>");
    assert_eq!(app.year, Some(2022));
    let (date, _) = selected(&app);
    let event = app.selected().unwrap();
    assert!(event.has_actor(tokopedia), "{date}");
    assert_eq!(app.player_filter, Some(tokopedia));
    assert_eq!(
        app.cursor_row(),
        0,
        "the first of Tokopedia's events, {date}"
    );
}

#[test]
fn a_chart_without_a_year_cursor_ignores_enter() {
    let mut app = App::bundled();
    app.market.series.clear();
    app.reset_year();
    app.update(Action::FocusChart);
    let before = app.selected_event();
    assert!(!app.update(Action::Open));
    assert_eq!((app.focus, app.selected_event()), (Focus::Chart, before));
}

#[test]
fn a_plan_is_overdue_once_its_whole_span_has_passed() {
    let mut app = App::bundled();
    let meeting = event_titled(&app, "Teten plans to meet");
    let at = |app: &App, e| app.is_overdue(app.market.events.at(e));
    assert!(!at(&app, meeting), "no today, nothing is overdue");
    app.today = Some(date("2023-11-30"));
    assert!(
        !at(&app, meeting),
        "a plan for 2023-11 is on time in its month"
    );
    app.today = Some(date("2023-12-01"));
    assert!(at(&app, meeting));
    let closure = event_titled(&app, "TikTok Shop stops");
    assert!(!at(&app, closure), "what occurred is never overdue");
    let overdue: Vec<String> = (app.market.events.iter())
        .filter(|&e| app.is_overdue(e))
        .map(|e| e.date().to_string())
        .collect();
    assert_eq!(overdue, ["2023-11"]);
    app.today = Some(date("2026-12-02"));
    let overdue = (app.market.events.iter()).filter(|&e| app.is_overdue(e));
    assert_eq!(overdue.count(), 3);
}

fn draw(widget: impl Widget, width: u16, height: u16) -> Buffer {
    let mut buffer = Buffer::empty(Rect::new(0, 0, width, height));
    widget.render(buffer.area, &mut buffer);
    buffer
}

fn lines(buffer: &Buffer) -> Vec<String> {
    (to_text(buffer, false).lines())
        .map(|l| l.trim_end().to_string())
        .collect()
}

#[test]
fn the_timeline_and_the_detail_mark_an_overdue_plan() {
    let mut app = App::bundled();
    app.today = Some(date("2026-12-02"));
    keys(&mut app, "/Teten plans<Enter><Esc><Esc>");
    let theme = Theme::default();
    let timeline = crate::ui::timeline::Timeline {
        app: &app,
        theme: &theme,
    };
    let rows = lines(&draw(timeline, 60, 32));
    let marked: Vec<&String> = rows.iter().filter(|r| r.contains(" ! ")).collect();
    assert_eq!(
        marked,
        [
            "│▶2023-11    meeting    ! Teten plans to meet TikTok CEO … │",
            "│ 2024-03-31 other      ! Long-stop date for the TikTok–T… │",
            "│ 2024-04    other      ! GoTo and TikTok aim to meet the… │",
        ]
    );
    app.update(Action::Open);
    let detail = crate::ui::detail::Detail {
        app: &app,
        theme: &theme,
    };
    let text = lines(&draw(detail, 80, 9));
    assert_eq!(
        text[1..6],
        [
            "│Teten plans to meet TikTok CEO Shou Zi Chew  2023-11 · meeting · ! planned,   │",
            "│overdue  #unconfirmed                                                         │",
            "│Actors  Ministry of Cooperatives and SMEs, TikTok                             │",
            "│Source  TikTok dikabarkan tengah menjalin pembicaraan dengan beberapa         │",
            "│perusahaan e-commerce di Indonesia — PINUSI.COM, 2023-11-14                   │",
        ]
    );
}

#[test]
fn the_overdue_mark_is_drawn_as_a_warning() {
    let mut app = App::bundled();
    app.today = Some(date("2026-12-02"));
    keys(&mut app, "/Long-stop<Enter><Esc>");
    let theme = Theme::default();
    let timeline = crate::ui::timeline::Timeline {
        app: &app,
        theme: &theme,
    };
    let buffer = draw(timeline, 60, 32);
    let marks: Vec<_> = (buffer.content().iter())
        .filter(|c| c.symbol() == "!")
        .collect();
    assert_eq!(marks.len(), 3, "three plans are overdue");
    // The unselected ones carry the warning colour; the selected row reads as one.
    assert!(
        marks
            .iter()
            .filter(|c| c.fg == theme.warning.fg.unwrap())
            .count()
            >= 2
    );
}

#[test]
fn every_event_shows_its_tags_in_the_detail() {
    let mut app = App::bundled();
    app.update(Action::Open);
    let detail = app.detail(Rect::new(0, 0, 120, 10), |_| Default::default());
    let text = lines(&draw(detail.unwrap(), 120, 10));
    assert!(
        text[0].ends_with("2023-06-15 · statement · occurred  #users #investment"),
        "{text:#?}"
    );
}
