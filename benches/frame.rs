//! One full-screen frame, and one key press through update to a new frame, on the bundled
//! dataset at 120×40.

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use pasar::app::{App, Key, KeyMap};
use pasar::data::DataSource;
use pasar::ui::theme::Theme;

fn app() -> App {
    App::bundled()
}

fn frame(c: &mut Criterion) {
    let app = app();
    let mut buffer = Buffer::empty(app.size);
    c.bench_function("frame 120x40", |b| {
        b.iter(|| {
            buffer.reset();
            black_box(&app).render(app.size, &mut buffer);
        })
    });
}

/// The bundled events repeated to a million, for the scale a later issue targets.
fn million() -> App {
    let mut market = DataSource::Embedded.load().expect("bundled data is valid");
    let base = market.events.clone();
    market.events = (0..1_000_000)
        .map(|i| {
            let mut event = base[i % base.len()].clone();
            event.id = format!("event-{i}");
            event
        })
        .collect();
    App::new(
        market,
        KeyMap::default(),
        Theme::default(),
        Rect::new(0, 0, 120, 40),
    )
}

fn key_to_frame(c: &mut Criterion) {
    press_and_draw(c, "key to frame 120x40", app());
    press_and_draw(c, "key to frame 120x40, 1M events", million());
}

fn press_and_draw(c: &mut Criterion, name: &str, mut app: App) {
    let mut buffer = Buffer::empty(app.size);
    let (down, up) = (
        Key::plain(KeyCode::Char('j')),
        Key::plain(KeyCode::Char('k')),
    );
    let mut step = 0usize;
    c.bench_function(name, |b| {
        b.iter(|| {
            // Down 20 rows then back up, so every press moves the selection and the chart marker.
            step += 1;
            let key = if step % 40 < 20 { down } else { up };
            if let Some(action) = app.action_for(key) {
                app.update(action);
            }
            buffer.reset();
            (&app).render(app.size, &mut buffer);
            black_box(&buffer);
        })
    });
}

/// Opening a million events (the indexes App builds once) and one search keystroke over
/// all of them: the two costs that grow with the dataset.
fn million_events(c: &mut Criterion) {
    let app = million();
    let market = app.market.clone();
    let mut group = c.benchmark_group("1M events");
    group.sample_size(10);
    group.bench_function("build the app", |b| {
        b.iter_batched(
            || market.clone(),
            // Returned, so that dropping a million events is not timed.
            |market| App::new(market, KeyMap::default(), Theme::default(), app.size),
            BatchSize::LargeInput,
        )
    });
    let mut app = app;
    app.update(pasar::app::Action::Search);
    group.bench_function("first search keystroke", |b| {
        b.iter(|| {
            app.update(pasar::app::Action::Type('p'));
            let found = app.rows().len();
            app.update(pasar::app::Action::Erase);
            black_box(found)
        })
    });
    group.finish();
}

criterion_group!(benches, frame, key_to_frame, million_events);
criterion_main!(benches);
