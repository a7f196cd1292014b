//! The Growth pane drawn into a buffer: exact text, and where marks land against labels.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::GrowthChart;
use crate::app::{Action, App, Key};
use crate::data::{Point, Series};
use crate::format::series_value;
use crate::render::{press, to_text};
use crate::ui::theme::Theme;

fn keys(app: &mut App, keys: &str) {
    press(app, &Key::parse_sequence(keys).expect("valid keys"));
}

fn chart(app: &App, width: u16, height: u16) -> Buffer {
    let mut buffer = Buffer::empty(Rect::new(0, 0, width, height));
    let theme = Theme::default();
    GrowthChart { app, theme: &theme }.render(buffer.area, &mut buffer);
    buffer
}

fn lines(buffer: &Buffer) -> Vec<String> {
    (to_text(buffer, false).lines())
        .map(|l| l.trim_end().to_string())
        .collect()
}

/// The bundled app with its first series replaced by `series`.
fn with_series(series: Series) -> App {
    let mut app = App::bundled();
    let mut market = app.market.clone();
    market.series = vec![series];
    app.reload(Ok(market.into()));
    app
}

fn point(year: i32, value: f64, projected: bool) -> Point {
    Point {
        year,
        value,
        projected,
        low: None,
        high: None,
    }
}

fn gmv(unit: &str) -> Series {
    Series {
        id: "gmv".into(),
        name: "GMV".into(),
        unit: unit.into(),
        source: None,
        player: None,
        points: vec![
            point(2021, 48.0, false),
            point(2022, 58.0, false),
            point(2023, 62.0, false),
            point(2025, 82.0, true),
            point(2030, 160.0, true),
        ],
    }
}

/// The value-axis label of each graph row: the text between the pane's border and the
/// axis line `│`, for rows that have an axis line.
fn label_of_row(line: &str) -> Option<String> {
    let inner: String = line.chars().skip(1).collect();
    let (label, _) = inner.split_once('│')?;
    Some(label.trim().to_string())
}

/// Whether `label` names `value`: the value itself, or a range `a–b` that holds it.
fn names(label: &str, value: f64, unit: &str) -> bool {
    if label == series_value(value, unit) {
        return true;
    }
    let number = |text: &str| -> Option<f64> {
        let digits: String = (text.chars())
            .filter(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        digits.parse().ok()
    };
    let Some((low, high)) = label.split_once('–') else {
        return false;
    };
    // Labels round to one decimal.
    let near = 0.05 + value.abs() * 1e-9;
    matches!((number(low), number(high)), (Some(l), Some(h)) if l - near <= value && value <= h + near)
}

/// The rows (from the top of the chart's graph) where the points of the drawn series sit.
fn point_rows(lines: &[String]) -> Vec<(usize, String)> {
    (lines.iter().enumerate())
        .filter(|(_, l)| l.contains('●') || l.contains('○'))
        .map(|(row, l)| (row, label_of_row(l).unwrap_or_default()))
        .collect()
}

#[test]
fn the_value_axis_fits_the_data_so_close_values_take_rows_of_their_own() {
    let app = App::bundled();
    let expected = [
        "┌ Growth: E-commerce GMV (USD bn) · CAGR 14.5% · 1/8 ────────────┐",
        "│$160B  │            ⢸                                       ⢀ ⠄○│",
        "│       │            ⢸                                 ⢀ ⠄⠠ ⠁    │",
        "│       │            ⢸                           ⢀ ⠄⠐ ⠁          │",
        "│       │            ⢸                  ⢀ ⡀⠠ ⠂⠐ ⠁                │",
        "│$82B   │            ⢸         ⢀ ○⠠ ⠂⠐ ⠁                         │",
        "│$62B   │         ⢀⣀⣀● ⠄⠠ ⠂⠐ ⠁⠈                                  │",
        "│$48–58B│●⠤⠒⠒⠒⠉●⠉⠉⠁  ⢸                                           │",
        "│       └───────────────▲────────────────────────────────────────│",
        "│    2021          2023                                      2030│",
        "│2023 → $62B (known)   ▲ 2023-06-15                              │",
        "└─────────────────────────────────────────── ● known ○ projected ┘",
    ];
    assert_eq!(lines(&chart(&app, 66, 12)), expected);
}

#[test]
fn at_120_by_40_48_58_and_62_never_share_one_row() {
    let app = App::bundled();
    assert_eq!((app.size.width, app.size.height), (120, 40));
    let pane = app.panes().chart;
    let drawn = lines(&chart(&app, pane.width, pane.height));
    let rows = point_rows(&drawn);
    let with = |value: f64| {
        (rows.iter())
            .filter(|(_, l)| names(l, value, "USD bn"))
            .map(|(row, _)| *row)
            .collect::<Vec<_>>()
    };
    let (a, b, c) = (with(48.0), with(58.0), with(62.0));
    assert!(
        !a.is_empty() && !b.is_empty() && !c.is_empty(),
        "{drawn:#?}"
    );
    assert!(!(a == b && b == c), "48, 58 and 62 on one row: {drawn:#?}");
}

/// Every marker on screen, left to right: its column, row and label.
fn markers(lines: &[String]) -> Vec<(usize, usize, String)> {
    let mut found = Vec::new();
    for (row, line) in lines.iter().enumerate() {
        for (column, c) in line.chars().enumerate() {
            if c == '●' || c == '○' {
                found.push((column, row, label_of_row(line).unwrap_or_default()));
            }
        }
    }
    found.sort();
    found
}

/// Checks that each point's marker sits on a row whose label names its value.
fn assert_markers_beside_their_values(series: &Series, width: u16, height: u16) {
    let app = with_series(series.clone());
    let drawn = lines(&chart(&app, width, height));
    let found = markers(&drawn);
    let columns: Vec<usize> = found.iter().map(|m| m.0).collect();
    let mut distinct = columns.clone();
    distinct.dedup();
    // Too small to plot, the points are listed as text; points close enough to share a
    // column hide one another: nothing to pair them by.
    let plotted = drawn.iter().any(|l| l.contains('└') && l.contains('│'));
    if !plotted || found.len() != series.points.len() || distinct.len() != columns.len() {
        return;
    }
    for (point, (_, _, label)) in series.points.iter().zip(&found) {
        assert!(
            names(label, point.value, &series.unit),
            "{} sits beside {label:?} at {width}×{height}:\n{}",
            point.value,
            drawn.join("\n")
        );
    }
}

#[test]
fn a_projection_never_sits_beside_another_values_label_at_any_height() {
    let app = App::bundled();
    for series in &app.market.series {
        for height in 6..=40 {
            for width in [40, 66, 100] {
                assert_markers_beside_their_values(series, width, height);
            }
        }
    }
}

proptest::proptest! {
    #[test]
    fn every_marker_sits_beside_a_label_naming_its_value(
        values in proptest::collection::vec(0.0f64..100_000.0, 2..7),
        known in 0usize..7,
        height in 6u16..30,
        width in 30u16..120,
    ) {
        let points = (values.iter().enumerate())
            .map(|(i, &v)| point(2015 + 2 * i as i32, (v * 10.0).round() / 10.0, i >= known))
            .collect();
        let series = Series { points, ..gmv("USD bn") };
        assert_markers_beside_their_values(&series, width, height);
    }
}

#[test]
fn markers_stay_on_the_line_for_every_currency_symbol() {
    for unit in [
        "USD bn", "EUR bn", "GBP bn", "JPY tn", "CNY bn", "IDR tn", "SGD bn", "users m",
    ] {
        let app = with_series(gmv(unit));
        let drawn = lines(&chart(&app, 60, 12));
        // The first point sits right of the axis line, the last at the graph's right edge.
        let first = drawn[1..8].iter().rfind(|l| l.contains('●')).unwrap();
        assert!(first.contains("│●"), "{unit}: {first}");
        let last = &drawn[1];
        assert!(last.ends_with("○│"), "{unit}: {last}");
        let label = label_of_row(first).unwrap();
        assert!(names(&label, 48.0, unit), "{unit}: {label}");
    }
    let euro = lines(&chart(&with_series(gmv("EUR bn")), 60, 12));
    assert_eq!(
        euro[1..9],
        [
            "│€160B  │           ⡇                                    ⠄○│",
            "│       │           ⡇                              ⡀⠠ ⠂⠈   │",
            "│       │           ⡇                        ⡀⠠ ⠂⠈         │",
            "│       │           ⡇                 ⡀⠠ ⠂⠐ ⠁              │",
            "│€82B   │           ⡇        ⡀⢀○⠄⠐ ⠂⠈                      │",
            "│€62B   │        ⢀⣀⣀●⠠ ⠄⠐ ⠁⠈                               │",
            "│€48–58B│●⠔⠒⠒⠊●⠉⠉⠁  ⡇                                      │",
            "│       └─────────────▲────────────────────────────────────│",
        ]
    );
}

#[test]
fn a_projected_range_is_drawn_as_a_band_and_named_in_the_legend() {
    let mut app = App::bundled();
    keys(&mut app, "]");
    let drawn = lines(&chart(&app, 66, 12));
    let expected = [
        "┌ Growth: Digital economy GMV (USD bn) · CAGR 19.5% · 2/8 ───────┐",
        "│$360B│⡇                                                      ░░░│",
        "│     │⡇                                                 ░░░░░░░░│",
        "│$285B│⡇                                           ░░░░░░░░⡀⠠░⠂⠈○│",
        "│$210B│⡇                                    ░░░░░░⡀⠠░⠄⠐░⠁⠈░░░░░░░│",
        "│     │⡇                           ░░░⡀⢀░⠄⠠░⠂⠐░⠁⠈░░░░░░░░░░░░    │",
        "│$109B│⡇               ○░⡀⢀░⠄⠠░⠄⠐░⠂⠈⠈░░░░░░░░                    │",
        "│$82B │●⠠ ⠂⠐ ⠂⠐ ⠂⠈ ⠁⠈ ⠁                                          │",
        "│     └───▲──────────────────────────────────────────────────────│",
        "│  2023                                                      2030│",
        "│2023 → $82B (known)   ▲ 2023-06-15                              │",
        "└─────────────────────────────────── ● known ○ projected ░ range ┘",
    ];
    assert_eq!(drawn, expected);
    // The band spans the range at its year: from the row of $360B down to that of $210B.
    let last_column = |l: &String| l.chars().nth(64);
    let at_2030: Vec<Option<char>> = drawn[1..5].iter().map(last_column).collect();
    assert_eq!(at_2030, [Some('░'), Some('░'), Some('○'), Some('░')]);
    let theme = Theme::default();
    let buffer = chart(&app, 66, 12);
    let band = buffer.content().iter().find(|c| c.symbol() == "░").unwrap();
    assert_eq!(band.fg, theme.projected.fg.unwrap());
}

#[test]
fn the_legend_names_only_the_marks_the_series_has_and_gives_way_when_narrow() {
    let all_known = Series {
        points: vec![point(2021, 48.0, false), point(2022, 58.0, false)],
        ..gmv("USD bn")
    };
    let drawn = lines(&chart(&with_series(all_known), 40, 10));
    assert!(drawn[9].ends_with("─ ● known ┘"), "{}", drawn[9]);
    let narrow = lines(&chart(&App::bundled(), 22, 10));
    assert!(!narrow[9].contains("known"), "{}", narrow[9]);
}

#[test]
fn the_cursor_keys_still_move_the_year_on_a_fitted_axis() {
    let mut app = App::bundled();
    app.update(Action::FocusChart);
    keys(&mut app, "<Right><Right>");
    let drawn = lines(&chart(&app, 66, 12));
    assert_eq!(
        drawn[10],
        "│2025 → $82B (projected)   ▲ 2023-06-15                          │"
    );
}
