//! `pasar render`: the tracker after a sequence of keys, its last frame printed as text.

use std::io::{self, Write};

use ratatui::layout::Rect;

use crate::app::{App, Key};
use crate::cli::Size;
use crate::config::Config;
use crate::data::{DataSource, Date, Market, Precision};
use crate::render::{frame, press, to_text};

use super::{Failure, theme, timed, user_config};

/// Loads the dataset and the config, then prints the frame after `keys`.
pub fn run(source: &DataSource, size: Size, keys: &[Key], color: bool) -> Result<(), Failure> {
    let market = timed("load", || source.load())?;
    let config = user_config()?;
    draw(market, config, size, keys, color, &mut io::stdout().lock())
}

/// The last frame after `keys`, as text (with ANSI colours when `color`), into `out`.
pub fn draw(
    market: Market,
    config: Config,
    size: Size,
    keys: &[Key],
    color: bool,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let theme = theme(&config);
    let today = today()?;
    let mut app = timed("open", || app(market, config, size, today));
    timed("keys", || press(&mut app, keys));
    let text = timed("frame", || to_text(&frame(&app, &theme), color));
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// The tracker's state for `market` on a screen of `size`, on the day `today`.
pub fn app(market: Market, config: Config, size: Size, today: Option<Date>) -> App {
    let mut app = App::new(
        market,
        config.keymap,
        Rect::new(0, 0, size.width, size.height),
    );
    app.today = today;
    app
}

/// The day plans are judged overdue against: `$PASAR_TODAY` (`YYYY-MM-DD`) when set, so
/// a frame can be reproduced on another day, else the local clock's.
pub fn today() -> Result<Option<Date>, Failure> {
    if let Some(text) = std::env::var_os("PASAR_TODAY") {
        let text = text.to_string_lossy();
        let date = Date::parse(&text).ok();
        return (date.filter(|d| d.precision() == Precision::Day))
            .map(Some)
            .ok_or_else(|| {
                Failure::Usage(format!(
                    "PASAR_TODAY: expected a date like 2026-12-02, found {text:?}"
                ))
            });
    }
    Ok(Date::today())
}
