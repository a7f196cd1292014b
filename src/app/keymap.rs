//! The one key table: key dispatch, the footer hints and the `?` help all read it.
//!
//! Keys are written in vim-like notation — plain characters and `<Tab> <BackTab> <Enter>
//! <Esc> <Up> <Down> <Left> <Right> <PageUp> <PageDown> <Home> <End> <Space> <C-c>` — in
//! `--keys`, in the config file and in the help.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// A key with the modifiers that matter (Ctrl only; Shift is part of the character).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

/// A `<...>` name that is not a key.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown key <{0}>; keys are characters or one of {NAMES}")]
pub struct UnknownKey(pub String);

const NAMES: &str = "<Tab> <BackTab> <Enter> <Esc> <Up> <Down> <Left> <Right> <PageUp> \
<PageDown> <Home> <End> <Space> <Backspace> <C-x>";

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key { code, ctrl: false }
    }

    /// The key a terminal event stands for, Shift folded into the character.
    pub fn from_event(event: &KeyEvent) -> Key {
        Key {
            code: event.code,
            ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
        }
    }

    /// Parses a whole key sequence such as `jj<Tab>/deal<Enter>`.
    ///
    /// A `<` that does not start a `<...>` name is the character itself.
    pub fn parse_sequence(text: &str) -> Result<Vec<Key>, UnknownKey> {
        let mut keys = Vec::new();
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            let name = rest.strip_prefix('<').and_then(|r| r.split_once('>'));
            match name {
                Some((name, after)) if !name.is_empty() && !name.contains('<') => {
                    keys.push(Key::named(name)?);
                    rest = after;
                }
                _ => {
                    keys.push(Key::plain(KeyCode::Char(c)));
                    rest = &rest[c.len_utf8()..];
                }
            }
        }
        Ok(keys)
    }

    /// One key: a single character, or a name with or without its angle brackets.
    pub fn parse(text: &str) -> Result<Key, UnknownKey> {
        let mut chars = text.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(Key::plain(KeyCode::Char(c))),
            _ => Key::named(text.trim_start_matches('<').trim_end_matches('>')),
        }
    }

    fn named(name: &str) -> Result<Key, UnknownKey> {
        let code = match name.to_ascii_lowercase().as_str() {
            "tab" => KeyCode::Tab,
            "backtab" | "s-tab" => KeyCode::BackTab,
            "enter" | "cr" | "return" => KeyCode::Enter,
            "esc" => KeyCode::Esc,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pageup" => KeyCode::PageUp,
            "pagedown" => KeyCode::PageDown,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "space" => KeyCode::Char(' '),
            "bs" | "backspace" => KeyCode::Backspace,
            "lt" => KeyCode::Char('<'),
            lower => {
                let ctrl = lower.strip_prefix("c-").filter(|c| c.chars().count() == 1);
                return match ctrl.and_then(|c| c.chars().next()) {
                    Some(c) => Ok(Key {
                        code: KeyCode::Char(c),
                        ctrl: true,
                    }),
                    None => Err(UnknownKey(name.to_string())),
                };
            }
        };
        Ok(Key::plain(code))
    }

    /// How the footer and the help write the key.
    pub fn label(self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "S-Tab".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Backspace => "BS".into(),
            other => format!("{other:?}"),
        };
        if self.ctrl { format!("C-{base}") } else { base }
    }
}

/// One row of the key table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Binding {
    pub action: Action,
    /// The action's name in the config file's `[keys]` table.
    pub name: &'static str,
    pub keys: Vec<Key>,
    pub help: &'static str,
    /// The word the footer shows for it; bindings sharing a word share a hint.
    pub hint: Option<&'static str>,
}

/// `(action, config name, default keys, help, footer hint)`.
#[rustfmt::skip]
const DEFAULTS: &[(Action, &str, &str, &str, Option<&str>)] = &[
    (Action::Down, "down", "j<Down>", "next row", Some("move")),
    (Action::Up, "up", "k<Up>", "previous row", Some("move")),
    (Action::PageDown, "page-down", "<PageDown>", "next page (of the open detail's text)", None),
    (Action::PageUp, "page-up", "<PageUp>", "previous page (of the open detail's text)", None),
    (Action::Top, "top", "g<Home>", "first row", None),
    (Action::Bottom, "bottom", "G<End>", "last row", None),
    (Action::NextPane, "next-pane", "<Tab>", "focus the next pane", Some("pane")),
    (Action::PrevPane, "prev-pane", "<BackTab>", "focus the previous pane", None),
    (Action::FocusTimeline, "timeline", "1", "focus the timeline", None),
    (Action::FocusPlayers, "players", "2", "focus the players", None),
    (Action::FocusChart, "chart", "3", "focus the growth chart", None),
    (Action::Open, "open", "<Enter>", "event detail; in Players, the player's profile (again: filter by it)", Some("detail")),
    (Action::Back, "back", "<Esc>", "close, else take back the last filter", None),
    (Action::Search, "search", "/", "search: text, kind: status: player: source: tag: from: to: overdue", Some("search")),
    (Action::NextMatch, "next-match", "n", "next match", None),
    (Action::PrevMatch, "prev-match", "N", "previous match", None),
    (Action::FilterPlayer, "filter-player", "p", "filter by the event's actor (a list if several); in Players, the player", Some("player")),
    (Action::Reverse, "reverse", "r", "timeline newest first, or oldest first again", Some("reverse")),
    (Action::YearBack, "year-back", "<Left>", "chart year cursor back", Some("year")),
    (Action::YearForward, "year-forward", "<Right>", "chart year cursor forward", Some("year")),
    (Action::PrevSeries, "prev-series", "[", "previous series", None),
    (Action::NextSeries, "next-series", "]", "next series", None),
    (Action::Overlay, "overlay", "v", "chart: overlay every series of the same unit, or one", Some("overlay")),
    (Action::SortPlayers, "sort", "s", "cycle the players' sort column", None),
    (Action::Zoom, "zoom", "z", "zoom the focused pane to the whole screen and back", Some("zoom")),
    (Action::Inbox, "inbox", "i", "the inbox of candidate events (again: back)", None),
    (Action::Accept, "accept", "a", "inbox: accept the candidate into the timeline", None),
    (Action::Reject, "reject", "x", "inbox: reject the candidate (fetch never brings it back)", None),
    (Action::Edit, "edit", "e", "edit the candidate's draft or the event in $VISUAL/$EDITOR", None),
    (Action::NewEvent, "new-event", "+", "write a new event in $VISUAL/$EDITOR", None),
    (Action::Delete, "delete", "d", "delete the selected event (asks y/n)", None),
    (Action::Undo, "undo", "u", "undo the last change of this session", None),
    (Action::OpenLink, "open-link", "o", "open the article or the event's source in the browser", None),
    (Action::Help, "help", "?", "this help", Some("help")),
    (Action::Quit, "quit", "q<C-c>", "quit", Some("quit")),
];

/// What the `?` help shows under the key table, which does not hold it: the prompt's
/// own keys, the mouse, the marks.
pub const HELP_NOTES: [(&str, &str); 3] = [
    (
        "Search",
        "type to narrow · BS erase · Enter keep · Esc cancel",
    ),
    (
        "Mouse",
        "click focuses a pane and selects a row · wheel scrolls",
    ),
    (
        "Marks",
        "◇ planned · ! overdue plan · ? reported · ● known point · ○ projected · ░ range · ▲ selected event",
    ),
];

/// The key table in use: the defaults with the config's overrides applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyMap {
    pub bindings: Vec<Binding>,
}

impl Default for KeyMap {
    fn default() -> Self {
        let bindings = DEFAULTS
            .iter()
            .map(|&(action, name, keys, help, hint)| Binding {
                action,
                name,
                keys: Key::parse_sequence(keys).unwrap_or_default(),
                help,
                hint,
            })
            .collect();
        KeyMap { bindings }
    }
}

impl KeyMap {
    /// The action bound to a key, if any.
    pub fn action(&self, key: Key) -> Option<Action> {
        self.bindings
            .iter()
            .find(|b| b.keys.contains(&key))
            .map(|b| b.action)
    }

    /// Rebinds the action a config name names; other actions lose the keys it takes.
    ///
    /// Returns false when no action has that name.
    pub fn rebind(&mut self, name: &str, keys: Vec<Key>) -> bool {
        if !self.bindings.iter().any(|b| b.name == name) {
            return false;
        }
        for binding in &mut self.bindings {
            if binding.name == name {
                binding.keys.clone_from(&keys);
            } else {
                binding.keys.retain(|k| !keys.contains(k));
            }
        }
        true
    }

    /// The first key bound to an action, as hints name it.
    pub fn key_for(&self, action: Action) -> Option<Key> {
        let binding = self.bindings.iter().find(|b| b.action == action)?;
        binding.keys.first().copied()
    }

    /// Every config name, for error messages.
    pub fn names(&self) -> Vec<&'static str> {
        self.bindings.iter().map(|b| b.name).collect()
    }

    /// Lines the `?` help has: one a binding, a blank line, then [`HELP_NOTES`].
    pub fn help_len(&self) -> usize {
        self.bindings.len() + 1 + HELP_NOTES.len()
    }

    /// Footer hints for some actions: each action's first key, those without a key left out.
    pub fn hints(&self, actions: &[(Action, &'static str)]) -> Vec<(String, &'static str)> {
        (actions.iter())
            .filter_map(|&(action, hint)| {
                let binding = self.bindings.iter().find(|b| b.action == action)?;
                Some((binding.keys.first()?.label(), hint))
            })
            .collect()
    }

    /// The footer: `j/k move  Tab pane  …`, one hint per word, first key of each binding.
    pub fn footer(&self) -> Vec<(String, &'static str)> {
        let mut hints: Vec<(String, &'static str)> = Vec::new();
        for binding in &self.bindings {
            let (Some(hint), Some(key)) = (binding.hint, binding.keys.first()) else {
                continue;
            };
            match hints.iter_mut().find(|(_, word)| *word == hint) {
                Some((keys, _)) => {
                    keys.push('/');
                    keys.push_str(&key.label());
                }
                None => hints.push((key.label(), hint)),
            }
        }
        hints
    }
}

#[cfg(test)]
mod tests;
