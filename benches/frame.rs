//! What the tracker does per key, and once per dataset, at 120×40: a frame of the bundled
//! dataset, then opening, key handling and search on generated markets of 10k, 100k and
//! 1M events.
//!
//! Key benchmarks time `update` and the frame it leads to: the work between a key press
//! and the screen. Search is timed whole (a first keystroke over every event) and as one
//! step, which bounds how long the screen waits while a search runs.

use std::hint::black_box;
use std::path::Path;

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use pasar::app::{Action, App, KeyMap};
use pasar::data::{Dataset, Market};
use pasar::synthetic::{market_toml, write_events};
use pasar::ui::Screen;
use pasar::ui::theme::Theme;

const SIZES: [(usize, &str); 3] = [(10_000, "10k"), (100_000, "100k"), (1_000_000, "1M")];

fn generated(events: usize) -> Market {
    let mut bytes = Vec::new();
    write_events(events, 1, &mut bytes).expect("writing to memory");
    Dataset::from_bytes(
        Path::new("market.toml"),
        market_toml().as_bytes(),
        Path::new("events.jsonl"),
        &bytes,
    )
    .load()
    .expect("generated data is valid")
}

fn open(market: Market) -> App {
    App::new(market, KeyMap::default(), Rect::new(0, 0, 120, 40))
}

fn draw(app: &App, buffer: &mut Buffer) {
    buffer.reset();
    let theme = Theme::default();
    Screen { app, theme: &theme }.render(app.size, buffer);
    black_box(buffer);
}

fn bundled_frame(c: &mut Criterion) {
    let app = App::bundled();
    let mut buffer = Buffer::empty(app.size);
    c.bench_function("bundled/frame", |b| b.iter(|| draw(&app, &mut buffer)));
    press_and_draw(
        c,
        "bundled/key/move",
        App::bundled(),
        [Action::Down, Action::Up],
    );
    // An event with a summary of 5 MB, selected and open in the full-size detail: a frame
    // must not cost more for it (the pane shows a few thousand characters of it).
    let mut app = App::bundled();
    let mut events = app.market.events.to_vec();
    events[0].summary = Some("word ".repeat(1_000_000));
    let mut market = app.market.clone();
    market.events = events.into();
    app.replace_market(market);
    app.update(Action::Top);
    app.update(Action::Open);
    let mut buffer = Buffer::empty(app.size);
    c.bench_function("bundled/frame, 5 MB summary in detail", |b| {
        b.iter(|| draw(&app, &mut buffer))
    });
}

/// Keys alternate with their opposite so that every press changes the screen.
fn press_and_draw(c: &mut Criterion, name: &str, mut app: App, keys: [Action; 2]) {
    let mut buffer = Buffer::empty(app.size);
    let mut step = 0usize;
    c.bench_function(name, |b| {
        b.iter(|| {
            step += 1;
            app.update(keys[step / 20 % 2]);
            draw(&app, &mut buffer);
        })
    });
}

fn at_scale(c: &mut Criterion) {
    for (events, label) in SIZES {
        let market = generated(events);
        let mut group = c.benchmark_group(format!("{label} events"));
        if events >= 1_000_000 {
            group.sample_size(10);
        }
        // From a loaded market to the first frame: the indexes App builds once.
        group.bench_function("first frame", |b| {
            let mut buffer = Buffer::empty(Rect::new(0, 0, 120, 40));
            b.iter_batched(
                || market.clone(),
                |market| {
                    let app = open(market);
                    draw(&app, &mut buffer);
                    app // dropped outside the timing
                },
                BatchSize::LargeInput,
            )
        });
        let app = open(market);
        let keys = [
            ("move", [Action::Down, Action::Up]),
            ("page", [Action::PageDown, Action::PageUp]),
            ("jump to end", [Action::Bottom, Action::Top]),
            ("switch pane", [Action::NextPane, Action::PrevPane]),
            (
                "filter by player",
                [Action::FilterPlayer, Action::FilterPlayer],
            ),
        ];
        let mut buffer = Buffer::empty(app.size);
        for (name, keys) in keys {
            let mut app = app.clone();
            if name == "filter by player" {
                app.update(Action::FocusPlayers);
            }
            let mut step = 0usize;
            group.bench_function(BenchmarkId::new("key", name), |b| {
                b.iter(|| {
                    step += 1;
                    app.update(keys[step / 20 % 2]);
                    draw(&app, &mut buffer);
                })
            });
        }
        let mut searching = app.clone();
        searching.update(Action::Search);
        group.bench_function(BenchmarkId::new("search", "whole keystroke"), |b| {
            b.iter_batched(
                || searching.clone(),
                |mut app| {
                    app.update(Action::Type('p'));
                    while app.update(Action::SearchStep) {}
                    black_box(app.rows().len());
                    app
                },
                BatchSize::LargeInput,
            )
        });
        group.bench_function(BenchmarkId::new("search", "one step"), |b| {
            b.iter_batched(
                || searching.clone(),
                |mut app| {
                    app.update(Action::Type('p'));
                    app
                },
                BatchSize::LargeInput,
            )
        });
        group.finish();
    }
}

criterion_group!(benches, bundled_frame, at_scale);
criterion_main!(benches);
