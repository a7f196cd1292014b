//! A dataset that `check` accepts, drawn at a random size with the chart focused and its
//! year cursor moved: never a panic, never a hang (a hang is reported by libFuzzer's
//! timeout), and loading agrees with `check`.
//!
//! Input: two bytes of width, two of height, then `market.toml`, a NUL, `events.jsonl`.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use pasar::app::{App, Key, KeyMap};
use pasar::data::Dataset;
use pasar::render::{frame, press};
use pasar::ui::theme::Theme;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;

fuzz_target!(|data: &[u8]| {
    let [w0, w1, h0, h1, rest @ ..] = data else {
        return;
    };
    let width = 1 + u16::from_le_bytes([*w0, *w1]) % 400;
    let height = 1 + u16::from_le_bytes([*h0, *h1]) % 150;
    let split = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
    let (market, events) = (&rest[..split], rest.get(split + 1..).unwrap_or_default());
    let (m, e) = (Path::new("market.toml"), Path::new("events.jsonl"));
    let checked = Dataset::from_bytes(m, market, e, events).check();
    let loaded = Dataset::from_bytes(m, market, e, events).load();
    assert_eq!(checked.is_ok(), loaded.is_ok());
    let Ok(market) = loaded else { return };
    let mut app = App::new(market, KeyMap::default(), Rect::new(0, 0, width, height));
    let keys = ['3', 'G', ']'].map(|c| Key::plain(KeyCode::Char(c)));
    press(&mut app, &keys);
    press(&mut app, &[Key::plain(KeyCode::Right), Key::plain(KeyCode::End)]);
    frame(&app, &Theme::default());
});
