//! `pasar render`: the tracker after a sequence of keys, its last frame printed as text.

use std::io::{self, Write};

use ratatui::layout::Rect;

use crate::app::{App, Key};
use crate::cli::Size;
use crate::config::Config;
use crate::data::{DataSource, Market};
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
    let mut app = timed("open", || app(market, config, size));
    timed("keys", || press(&mut app, keys));
    let text = timed("frame", || to_text(&frame(&app, &theme), color));
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// The tracker's state for `market` on a screen of `size`.
pub fn app(market: Market, config: Config, size: Size) -> App {
    let mut app = App::new(
        market,
        config.keymap,
        Rect::new(0, 0, size.width, size.height),
    );
    app.today = crate::data::Date::today();
    app
}
