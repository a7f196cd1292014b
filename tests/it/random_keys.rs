//! Random key, mouse and resize sequences at random sizes never panic and never leave a
//! selection out of range.

use proptest::prelude::*;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;

use pasar::app::{Action, App, Key, KeyMap};
use pasar::data::{DataSource, Market};
use pasar::render::frame;
use pasar::ui::theme::Theme;

#[derive(Clone, Debug)]
enum Input {
    Key(Key),
    Click(u16, u16),
    Scroll(u16, u16, i8),
    Resize(u16, u16),
}

fn key() -> impl Strategy<Value = Key> {
    let chars = "jkgGnNpsSr/[]?123abdelqvz ".chars().collect::<Vec<_>>();
    let codes = vec![
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::Backspace,
    ];
    prop_oneof![
        3 => prop::sample::select(chars).prop_map(|c| Key::plain(KeyCode::Char(c))),
        2 => prop::sample::select(codes).prop_map(Key::plain),
    ]
}

fn input() -> impl Strategy<Value = Input> {
    prop_oneof![
        8 => key().prop_map(Input::Key),
        1 => (0u16..300, 0u16..100).prop_map(|(x, y)| Input::Click(x, y)),
        1 => (0u16..300, 0u16..100, -5i8..5).prop_map(|(x, y, l)| Input::Scroll(x, y, l)),
        1 => (1u16..300, 1u16..100).prop_map(|(w, h)| Input::Resize(w, h)),
    ]
}

fn check(app: &App) -> Result<(), TestCaseError> {
    let rows = app.rows();
    let timeline = app.timeline();
    if rows.is_empty() {
        prop_assert_eq!(app.selected_event(), None);
    } else {
        prop_assert!(timeline.selected < rows.len());
        prop_assert_eq!(app.selected_event(), rows.get(timeline.selected));
        prop_assert!(timeline.offset <= timeline.selected);
    }
    prop_assert!(app.players.selected < app.player_order.len().max(1));
    if let (Some(year), Some(series)) = (app.year, app.current_series()) {
        let first = series.points.first().map_or(year, |p| p.year);
        let last = series.points.last().map_or(year, |p| p.year);
        prop_assert!((first..=last).contains(&year));
    }
    Ok(())
}

fn run(market: Market, width: u16, height: u16, inputs: Vec<Input>) -> Result<(), TestCaseError> {
    let size = Rect::new(0, 0, width, height);
    let mut app = App::new(market, KeyMap::default(), size);
    for input in inputs {
        let action = match input {
            Input::Key(key) => app.action_for(key),
            Input::Click(column, row) => Some(Action::Click { column, row }),
            Input::Scroll(column, row, lines) => Some(Action::Scroll { column, row, lines }),
            Input::Resize(width, height) => Some(Action::Resize { width, height }),
        };
        // Quitting would end the session; keep going to exercise more states.
        if let Some(action) = action.filter(|a| *a != Action::Quit) {
            app.update(action);
        }
        check(&app)?;
        let buffer = frame(&app, &Theme::default());
        prop_assert_eq!(buffer.area, app.size);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 100, ..ProptestConfig::default() })]

    #[test]
    fn random_inputs_at_random_sizes_never_panic(
        width in 1u16..300,
        height in 1u16..100,
        inputs in prop::collection::vec(input(), 0..60),
    ) {
        let market = DataSource::Embedded.load().expect("bundled data is valid");
        run(market, width, height, inputs)?;
    }

    #[test]
    fn an_empty_market_survives_random_inputs(
        width in 1u16..300,
        height in 1u16..100,
        inputs in prop::collection::vec(input(), 0..40),
    ) {
        run(Market::default(), width, height, inputs)?;
    }
}

#[test]
fn the_smallest_sizes_render() {
    let market = DataSource::Embedded.load().expect("bundled data is valid");
    for (width, height) in [
        (1, 1),
        (10, 3),
        (1, 100),
        (300, 1),
        (60, 16),
        (59, 16),
        (60, 15),
    ] {
        let app = App::new(
            market.clone(),
            KeyMap::default(),
            Rect::new(0, 0, width, height),
        );
        frame(&app, &Theme::default());
    }
}
