//! `pasar render`: the App driven by a key sequence, its last frame printed as text.
//!
//! This is the live loop without a terminal: the same [`App::new`], [`App::update`] and
//! [`Screen`], drawn into a [`Buffer`] instead of the screen.

use std::fmt::Write;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::Widget;

use crate::app::{Action, App, Key};
use crate::ui::Screen;
use crate::ui::theme::Theme;

/// Feeds keys to the App as the live loop would, stopping early if one of them quits.
pub fn press(app: &mut App, keys: &[Key]) {
    for &key in keys {
        if app.quit {
            break;
        }
        if let Some(action) = app.action_for(key) {
            app.update(action);
        }
        // As for a user typing: each key's search is done before the next key comes.
        while app.searching() {
            app.update(Action::SearchStep);
        }
    }
}

/// Draws the App in a theme into a fresh buffer of its own size.
pub fn frame(app: &App, theme: &Theme) -> Buffer {
    let area = Rect::new(0, 0, app.size.width, app.size.height);
    let mut buffer = Buffer::empty(area);
    Screen { app, theme }.render(area, &mut buffer);
    buffer
}

/// The buffer as lines of text, trailing spaces kept so columns stay visible.
///
/// Cells hidden behind a wide character are skipped, as a terminal would show them.
pub fn to_text(buffer: &Buffer, color: bool) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut skip = 0;
        let mut style = Style::reset();
        for x in area.left()..area.right() {
            let Some(cell) = buffer.cell((x, y)) else {
                continue;
            };
            if skip > 0 {
                skip -= 1;
                continue;
            }
            if color && cell.style() != style {
                style = cell.style();
                out.push_str(&sgr(style));
            }
            out.push_str(cell.symbol());
            skip = crate::text::width(cell.symbol()).saturating_sub(1);
        }
        if color {
            out.push_str("\x1b[0m");
        }
        out.push('\n');
    }
    out
}

/// The SGR escape sequence that selects a cell's style from scratch.
fn sgr(style: Style) -> String {
    let mut codes = vec!["0".to_string()];
    let m = style.add_modifier;
    for (modifier, code) in [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::REVERSED, "7"),
    ] {
        if m.contains(modifier) {
            codes.push(code.into());
        }
    }
    if let Some(fg) = style.fg.and_then(|c| color_code(c, 30)) {
        codes.push(fg);
    }
    if let Some(bg) = style.bg.and_then(|c| color_code(c, 40)) {
        codes.push(bg);
    }
    let mut text = String::new();
    let _ = write!(text, "\x1b[{}m", codes.join(";"));
    text
}

fn color_code(color: Color, base: u8) -> Option<String> {
    let basic = |n: u8| Some((base + n).to_string());
    let bright = |n: u8| Some((base + 60 + n).to_string());
    match color {
        Color::Reset => None,
        Color::Black => basic(0),
        Color::Red => basic(1),
        Color::Green => basic(2),
        Color::Yellow => basic(3),
        Color::Blue => basic(4),
        Color::Magenta => basic(5),
        Color::Cyan => basic(6),
        Color::Gray => basic(7),
        Color::DarkGray => bright(0),
        Color::LightRed => bright(1),
        Color::LightGreen => bright(2),
        Color::LightYellow => bright(3),
        Color::LightBlue => bright(4),
        Color::LightMagenta => bright(5),
        Color::LightCyan => bright(6),
        Color::White => bright(7),
        Color::Indexed(i) => Some(format!("{};5;{i}", base + 8)),
        Color::Rgb(r, g, b) => Some(format!("{};2;{r};{g};{b}", base + 8)),
    }
}
