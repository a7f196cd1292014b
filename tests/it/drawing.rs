//! Every dataset that `check` accepts can be drawn: at every size, with every key that
//! moves the chart, in time bounded by the screen, with no `inf` or `NaN` on it.
//!
//! Values are written as a person might write them, in range or not (`1e307`, `1e-400`,
//! `0`, `1e18`); whatever `check` lets through must render. A render that looped (as one
//! did, on `1e307`) would hang this test rather than fail it: the bound is in the drawing
//! code's construction, not in a timer here.

use std::path::Path;

use proptest::prelude::*;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;

use pasar::app::{App, Key, KeyMap};
use pasar::data::Dataset;
use pasar::render::{frame, press, to_text};
use pasar::ui::theme::Theme;

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => Just("0".to_string()),
        1 => Just("0.0".to_string()),
        1 => Just("1e-400".to_string()),
        1 => Just("1e400".to_string()),
        1 => Just("1e307".to_string()),
        1 => Just("1e18".to_string()),
        1 => Just("1e-9".to_string()),
        1 => Just("999999999999999999.0".to_string()),
        8 => (1u32..10, -9i32..18).prop_map(|(m, e)| format!("{m}e{e}")),
        8 => (0.0f64..1000.0).prop_map(|v| format!("{v:?}")),
    ]
}

/// A point as written: the gap in years since the previous one, its value, its optional
/// low and high, whether it is projected.
type WrittenPoint = (u16, String, Option<(String, String)>, bool);

fn point() -> impl Strategy<Value = WrittenPoint> {
    (
        1u16..200,
        value(),
        prop::option::of((value(), value())),
        any::<bool>(),
    )
}

/// A series as TOML: years strictly increasing from a random start (gaps of 1..200).
fn series(id: usize, start: u16, points: &[WrittenPoint]) -> String {
    let mut year = u32::from(start);
    let mut written = Vec::new();
    for (gap, value, range, projected) in points {
        year += u32::from(*gap);
        let range = range
            .as_ref()
            .map(|(low, high)| format!(", low = {low}, high = {high}"))
            .unwrap_or_default();
        written.push(format!(
            "{{ year = {year}, value = {value}{range}, projected = {projected} }}"
        ));
    }
    format!(
        "[[series]]\nid = \"s{id}\"\nname = \"Series {id}\"\nunit = \"USD bn\"\npoints = [{}]\n\n",
        written.join(", ")
    )
}

fn market(all: &[(u16, Vec<WrittenPoint>)]) -> String {
    let mut text = String::from(
        "[market]\nname = \"M\"\nregion = \"ID\"\ncurrency = \"USD\"\n\n[[players]]\nid = \"p\"\nname = \"P\"\nrole = \"other\"\n\n",
    );
    for (i, (start, points)) in all.iter().enumerate() {
        text.push_str(&series(i, *start, points));
    }
    text
}

fn events(dates: &[(u16, String)]) -> String {
    dates
        .iter()
        .enumerate()
        .map(|(i, (year, figure))| {
            format!(
                "{{\"id\":\"e{i}\",\"date\":\"{year:04}\",\"kind\":\"metric\",\"title\":\"T{i}\",\"actors\":[\"p\"],\"figures\":[{{\"label\":\"l\",\"value\":{figure},\"unit\":\"USD\"}}]}}\n"
            )
        })
        .collect()
}

fn keys() -> impl Strategy<Value = Vec<Key>> {
    let codes = vec![
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::Char(']'),
        KeyCode::Char('['),
        KeyCode::Char('j'),
        KeyCode::Char('G'),
        KeyCode::Enter,
        KeyCode::Tab,
    ];
    prop::collection::vec(prop::sample::select(codes).prop_map(Key::plain), 0..12)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn every_dataset_check_accepts_draws_at_every_size(
        all in prop::collection::vec((1u16..9000, prop::collection::vec(point(), 0..6)), 0..3),
        dated in prop::collection::vec((1u16..9999, value()), 0..4),
        width in 1u16..260,
        height in 1u16..90,
        keys in keys(),
    ) {
        let market_text = market(&all);
        let events_text = events(&dated);
        let (m, e) = (Path::new("market.toml"), Path::new("events.jsonl"));
        let checked = Dataset::from_bytes(m, market_text.as_bytes(), e, events_text.as_bytes()).check();
        let loaded = Dataset::from_bytes(m, market_text.as_bytes(), e, events_text.as_bytes()).load();
        prop_assert_eq!(checked.is_ok(), loaded.is_ok());
        let Ok(market) = loaded else { return Ok(()) };
        let has_series = !market.series.is_empty();
        let size = Rect::new(0, 0, width, height);
        let mut app = App::new(market, KeyMap::default(), size);
        // Focus the chart, then move its year cursor and series about.
        press(&mut app, &[Key::plain(KeyCode::Char('3'))]);
        press(&mut app, &keys);
        let text = to_text(&frame(&app, &Theme::default()), false);
        prop_assert!(!text.contains("inf"), "{}", text);
        prop_assert!(!text.contains("NaN"), "{}", text);
        if has_series {
            prop_assert!(!text.contains("No series"), "{}", text);
        }
    }
}

#[test]
fn the_largest_and_smallest_values_draw_with_readable_labels() {
    let market_text = market(&[(
        2019,
        vec![
            (1, "1e-9".into(), None, false),
            (1, "1e18".into(), None, false),
            (5, "0".into(), None, true),
        ],
    )]);
    let (m, e) = (Path::new("market.toml"), Path::new("events.jsonl"));
    let market = Dataset::from_bytes(m, market_text.as_bytes(), e, b"")
        .load()
        .unwrap();
    let app = App::new(market, KeyMap::default(), Rect::new(0, 0, 120, 40));
    let text = to_text(&frame(&app, &Theme::default()), false);
    assert!(text.contains("$1e18B"), "{text}");
    assert!(text.contains("CAGR -100.0%"), "{text}");
}
