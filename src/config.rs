//! The optional config file: theme colours and key overrides on top of the defaults.
//!
//! `$XDG_CONFIG_HOME/pasar/config.toml`, else `~/.config/pasar/config.toml`:
//!
//! ```toml
//! [theme]
//! accent = "magenta"        # a colour name, an index "0"-"255" or "#rrggbb" (all strings)
//! [keys]
//! down = ["j", "<Down>", "<C-n>"]
//! quit = "q"
//! ```
//!
//! A top-level `fetch_every = 30` fetches the market's feeds every 30 minutes while the
//! tracker runs.

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use ratatui::style::Color;
use serde::Deserialize;
use toml::Spanned;

use crate::app::{Key, KeyMap};
use crate::data::Diagnostic;
use crate::data::error::line_column;
use crate::data::toml_error::mismatch_message;
use crate::ui::theme::Palette;

/// What the config file sets; the defaults when there is none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    pub keymap: KeyMap,
    pub palette: Palette,
    /// Minutes between background fetches of the market's feeds; none by default.
    pub fetch_every: Option<u32>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    theme: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    keys: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
    fetch_every: Option<Spanned<i64>>,
}

/// What each top-level table of the config file must be.
const TABLES: &[(&str, &str)] = &[
    ("theme", "a table [theme] of colours"),
    ("keys", "a table [keys] of key bindings"),
];

/// The keys bound to an action: one key as text, or an array of them.
fn key_texts(value: &toml::Value) -> Option<Vec<&str>> {
    match value {
        toml::Value::String(key) => Some(vec![key.as_str()]),
        toml::Value::Array(keys) => keys.iter().map(toml::Value::as_str).collect(),
        _ => None,
    }
}

/// A value as the file wrote it, for a message: its TOML kind and its text, cut short.
///
/// A number is quoted as `written` in the file: one too large for any type was read as
/// the largest, which is not what the user wrote.
fn found(value: &toml::Value, written: &str) -> String {
    let kind = match value {
        toml::Value::String(_) => "text",
        toml::Value::Integer(_) | toml::Value::Float(_) => "a number",
        toml::Value::Boolean(_) => "a boolean",
        toml::Value::Datetime(_) => "a date without quotes",
        toml::Value::Array(_) => "an array",
        toml::Value::Table(_) => "a table",
    };
    let shown = match value {
        toml::Value::Integer(_) | toml::Value::Float(_) => written.to_string(),
        _ => value.to_string(),
    };
    format!("{kind} {}", crate::text::clip(&shown, 40))
}

/// Where the config file is looked for.
pub fn path(xdg_config_home: Option<&OsStr>, home: Option<&OsStr>) -> Option<PathBuf> {
    let base = match xdg_config_home.filter(|d| !d.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(home.filter(|d| !d.is_empty())?).join(".config"),
    };
    Some(base.join("pasar").join("config.toml"))
}

/// Reads the config file; a missing file is the defaults, a bad one an error with position.
pub fn load(path: &Path) -> Result<Config, Diagnostic> {
    let text = crate::data::file::read_regular(path, crate::data::file::CONFIG_LIMIT)
        .and_then(|bytes| String::from_utf8(bytes).map_err(std::io::Error::other));
    match text {
        Ok(text) => parse(path, &text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
        Err(e) => Err(Diagnostic::new(
            path,
            1,
            1,
            format!("cannot read config: {e}"),
        )),
    }
}

/// Parses a config file's text on top of the defaults.
pub fn parse(path: &Path, text: &str) -> Result<Config, Diagnostic> {
    let at = |span: std::ops::Range<usize>, message: String| {
        let (line, column) = line_column(text.as_bytes(), span.start);
        Diagnostic::new(path, line, column, message)
    };
    let explain = |e| {
        let (offset, message) = crate::data::toml_error::explain(text, &e, TABLES);
        at(offset..offset, message)
    };
    // A number too large for any type is read as the largest, and refused by its field.
    let table = crate::data::toml_numbers::parse(text).map_err(explain)?;
    let file = File::deserialize(toml::de::Deserializer::from(table)).map_err(explain)?;
    let mut config = Config::default();
    if let Some(minutes) = &file.fetch_every {
        let valid = u32::try_from(*minutes.get_ref())
            .ok()
            .filter(|m| (1..=10_080).contains(m));
        let message = || {
            let expected = "minutes between background fetches, from 1 to 10080";
            let written = text.get(minutes.span()).unwrap_or_default();
            let found = format!("a number {}", crate::text::clip(written, 40));
            mismatch_message("fetch_every", expected, &found)
        };
        config.fetch_every = Some(valid.ok_or_else(|| at(minutes.span(), message()))?);
    }
    for (name, value) in &file.theme {
        let known = Palette::names();
        let slot = config.palette.slot(name.get_ref());
        let slot = slot.ok_or_else(|| {
            at(
                name.span(),
                format!("unknown theme colour {:?}; known: {known}", name.get_ref()),
            )
        })?;
        *slot = value.get_ref().parse::<Color>().map_err(|_| {
            let field = format!("theme.{}", name.get_ref());
            let expected = "a colour name, an index \"0\"-\"255\" or \"#rrggbb\"";
            let found = format!("{:?}", crate::text::clip(value.get_ref(), 40));
            at(value.span(), mismatch_message(&field, expected, &found))
        })?;
    }
    // In file order, so that a clash is reported where the second binding is.
    let mut keys: Vec<_> = file.keys.iter().collect();
    keys.sort_by_key(|(name, _)| name.span().start);
    // The keys the file binds, with the action it binds each to and the line.
    let mut bound: Vec<(Key, &str, usize)> = Vec::new();
    // Actions whose last key a binding took: the binding's field and place.
    let mut taken_last: Vec<(&str, String, std::ops::Range<usize>)> = Vec::new();
    for (name, value) in keys {
        let field = format!("keys.{}", name.get_ref());
        let texts = key_texts(value.get_ref()).ok_or_else(|| {
            let expected = "a key in quotes such as \"j\", or an array of them";
            let written = text.get(value.span()).unwrap_or_default();
            let message = mismatch_message(&field, expected, &found(value.get_ref(), written));
            at(value.span(), message)
        })?;
        let keys = texts
            .iter()
            .map(|k| Key::parse(k))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| at(value.span(), e.to_string()))?;
        if keys.is_empty() {
            let message = format!("{field}: an action needs at least one key");
            return Err(at(value.span(), message));
        }
        let line = line_column(text.as_bytes(), value.span().start).0;
        for &key in &keys {
            let other = bound
                .iter()
                .find(|(k, action, _)| *k == key && *action != name.get_ref());
            if let Some((_, action, line)) = other {
                let message = format!(
                    "{field}: {} is also bound to {action} on line {line}; a key does one thing",
                    key.label()
                );
                return Err(at(value.span(), message));
            }
            bound.push((key, name.get_ref(), line));
        }
        if !config.keymap.rebind(name.get_ref(), keys) {
            let names = config.keymap.names().join(", ");
            return Err(at(
                name.span(),
                format!("unknown action {:?}; actions: {names}", name.get_ref()),
            ));
        }
        // A default binding that lost its last key may get new ones further down.
        for emptied in config.keymap.bindings.iter().filter(|b| b.keys.is_empty()) {
            if !taken_last.iter().any(|(name, ..)| *name == emptied.name) {
                taken_last.push((emptied.name, field.clone(), value.span()));
            }
        }
    }
    for (name, field, span) in taken_last {
        if config
            .keymap
            .bindings
            .iter()
            .any(|b| b.name == name && b.keys.is_empty())
        {
            let message = format!(
                "{field}: takes the last key of {name}, which is left without one; give {name} a key too"
            );
            return Err(at(span, message));
        }
    }
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Action;
    use ratatui::crossterm::event::KeyCode;

    fn parse_text(text: &str) -> Result<Config, String> {
        parse(Path::new("cfg/config.toml"), text).map_err(|d| d.to_string())
    }

    #[test]
    fn no_file_means_the_defaults() {
        let config = load(Path::new("/nonexistent/pasar/config.toml")).unwrap();
        assert_eq!(config, Config::default());
    }

    #[test]
    fn the_path_prefers_xdg_config_home_then_home() {
        let xdg = path(Some(OsStr::new("/x")), Some(OsStr::new("/h")));
        assert_eq!(xdg, Some(PathBuf::from("/x/pasar/config.toml")));
        let home = path(None, Some(OsStr::new("/h")));
        assert_eq!(home, Some(PathBuf::from("/h/.config/pasar/config.toml")));
        assert_eq!(path(Some(OsStr::new("")), None), None);
    }

    #[test]
    fn partial_overrides_keep_every_other_default() {
        let config = parse_text(
            "[theme]\naccent = \"magenta\"\n[keys]\ndown = [\"<C-n>\", \"j\"]\nquit = \"w\"\n",
        )
        .unwrap();
        assert_eq!(config.palette.accent, Color::Magenta);
        assert_eq!(config.palette.known, Palette::default().known);
        let map = &config.keymap;
        assert_eq!(
            map.action(Key {
                code: KeyCode::Char('n'),
                ctrl: true
            }),
            Some(Action::Down)
        );
        assert_eq!(
            map.action(Key::plain(KeyCode::Char('w'))),
            Some(Action::Quit)
        );
        assert_eq!(map.action(Key::plain(KeyCode::Char('q'))), None);
        assert_eq!(map.action(Key::plain(KeyCode::Char('k'))), Some(Action::Up));
    }

    #[test]
    fn errors_name_the_file_line_and_column() {
        assert_eq!(
            parse_text("[theme]\naccent = \"nope\"\n").unwrap_err(),
            "cfg/config.toml:2:10: theme.accent: expected a colour name, an index \"0\"-\"255\" or \"#rrggbb\", found \"nope\""
        );
        let unknown = parse_text("[keys]\n\nfly = \"f\"\n").unwrap_err();
        assert!(
            unknown.starts_with("cfg/config.toml:3:1: unknown action \"fly\""),
            "{unknown}"
        );
        let bad_key = parse_text("[keys]\ndown = \"<Nope>\"\n").unwrap_err();
        assert!(
            bad_key.starts_with("cfg/config.toml:2:8: unknown key <Nope>"),
            "{bad_key}"
        );
        let syntax = parse_text("[theme\n").unwrap_err();
        assert!(syntax.starts_with("cfg/config.toml:1:"), "{syntax}");
        let field = parse_text("[colours]\n").unwrap_err();
        assert!(field.starts_with("cfg/config.toml:1:"), "{field}");
    }

    /// Every kind of wrong value names its field, what it must be and what it is, in
    /// TOML's words, never serde's Rust types ("untagged enum Keys", "map", "i64").
    #[test]
    fn a_wrong_value_names_field_expected_and_found() {
        let cases = [
            (
                "[keys]\ndown = 5\n",
                "2:8: keys.down: expected a key in quotes such as \"j\", or an array of them, found a number 5",
            ),
            (
                "[keys]\ndown = [\"j\", 5]\n",
                "2:8: keys.down: expected a key in quotes such as \"j\", or an array of them, found an array [\"j\", 5]",
            ),
            (
                "[theme]\naccent = 1979-05-27\n",
                "2:10: accent: expected text in quotes, found a date without quotes 1979-05-27",
            ),
            (
                "[theme]\naccent = 5\n",
                "2:10: accent: expected text in quotes, found a number 5",
            ),
            (
                "[[theme]]\naccent = \"red\"\n",
                "1:1: theme: expected a table [theme] of colours, found an array of tables [[theme]]",
            ),
            (
                "fetch_every = \"30\"\n",
                "1:15: fetch_every: expected a whole number such as 2024 (no quotes), found text \"30\"",
            ),
            (
                "fetch_every = 99999\n",
                "1:15: fetch_every: expected minutes between background fetches, from 1 to 10080, found a number 99999",
            ),
            // Beyond every number type: the parser's "integer number overflowed" and
            // "floating-point number overflowed" named no field.
            (
                "fetch_every = 99999999999999999999999999999999999999999\n",
                "1:15: fetch_every: expected minutes between background fetches, from 1 to 10080, found a number 9999999999999999999999999999999999999999…",
            ),
            (
                "[keys]\ndown = -99999999999999999999999999999999999999999\n",
                "2:8: keys.down: expected a key in quotes such as \"j\", or an array of them, found a number -999999999999999999999999999999999999999…",
            ),
            (
                "fetch_every = 1e400\n",
                "1:15: fetch_every: expected a whole number such as 2024 (no quotes), found a number 1e400",
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(
                parse_text(text).unwrap_err(),
                format!("cfg/config.toml:{expected}"),
                "{text}"
            );
        }
    }

    /// A value of megabytes is quoted cut, so the error stays one readable line.
    #[test]
    fn a_long_value_is_cut_in_the_error() {
        let long = "x".repeat(500_000);
        for text in [
            format!("[theme]\naccent = \"{long}\"\n"),
            format!("[theme]\n{long} = \"red\"\n"),
            format!("[keys]\ndown = \"{long}\"\n"),
            format!("[keys]\n{long} = \"j\"\n"),
        ] {
            let error = parse_text(&text).unwrap_err();
            assert!(
                error.chars().count() < 400,
                "{}",
                crate::text::clip(&error, 400)
            );
            assert!(error.contains("…"), "{error}");
        }
    }

    #[test]
    fn keys_that_collide_are_errors_where_the_second_binding_is() {
        let cases = [
            (
                "[keys]\nup = \"x\"\ndown = [\"j\", \"x\"]\n",
                "cfg/config.toml:3:8: keys.down: x is also bound to up on line 2; a key does one thing",
            ),
            (
                "[keys]\nsearch = \"p\"\n",
                "cfg/config.toml:2:10: keys.search: takes the last key of filter-player, which is left without one; give filter-player a key too",
            ),
            (
                "[keys]\ndown = []\n",
                "cfg/config.toml:2:8: keys.down: an action needs at least one key",
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_text(text).unwrap_err(), expected, "{text}");
        }
        // Taking a key another action has more of is an override, not a clash; so is
        // binding a key twice to the same action, or giving the other action a new key.
        let config =
            parse_text("[keys]\nquit = [\"j\", \"j\"]\nsearch = \"p\"\nfilter-player = \"P\"\n")
                .expect("valid");
        let map = &config.keymap;
        assert_eq!(
            map.action(Key::plain(KeyCode::Char('j'))),
            Some(Action::Quit)
        );
        assert_eq!(map.action(Key::plain(KeyCode::Down)), Some(Action::Down));
        assert_eq!(
            map.action(Key::plain(KeyCode::Char('P'))),
            Some(Action::FilterPlayer)
        );
    }

    #[test]
    fn fetch_every_is_off_by_default_and_checked_when_set() {
        assert_eq!(parse_text("").unwrap().fetch_every, None);
        assert_eq!(
            parse_text("fetch_every = 30\n").unwrap().fetch_every,
            Some(30)
        );
        assert_eq!(
            parse_text("fetch_every = 0\n").unwrap_err(),
            "cfg/config.toml:1:15: fetch_every: expected minutes between background fetches, from 1 to 10080, found a number 0"
        );
    }
}
