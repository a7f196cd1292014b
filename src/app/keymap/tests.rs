//! The key notation and the key table.
use super::*;

fn char(c: char) -> Key {
    Key::plain(KeyCode::Char(c))
}

#[test]
fn sequences_mix_characters_and_named_keys() {
    let keys = Key::parse_sequence("jj<Tab>/de<Space><C-c><BackTab><lt>").unwrap();
    assert_eq!(
        keys,
        vec![
            char('j'),
            char('j'),
            Key::plain(KeyCode::Tab),
            char('/'),
            char('d'),
            char('e'),
            char(' '),
            Key {
                code: KeyCode::Char('c'),
                ctrl: true
            },
            Key::plain(KeyCode::BackTab),
            char('<'),
        ]
    );
}

#[test]
fn unknown_names_are_errors_but_a_lone_angle_bracket_is_a_character() {
    assert_eq!(
        Key::parse_sequence("<Nope>"),
        Err(UnknownKey("Nope".into()))
    );
    assert_eq!(
        Key::parse_sequence("a<b").unwrap(),
        vec![char('a'), char('<'), char('b')]
    );
    assert_eq!(
        Key::parse_sequence("<>").unwrap(),
        vec![char('<'), char('>')]
    );
}

#[test]
fn every_documented_name_parses() {
    let all = "<Tab><BackTab><Enter><Esc><Up><Down><Left><Right><PageUp><PageDown><Home><End><Space><C-c>";
    assert_eq!(Key::parse_sequence(all).map(|k| k.len()), Ok(14));
}

#[test]
fn the_default_table_binds_the_keys_the_readme_lists() {
    let map = KeyMap::default();
    #[rustfmt::skip]
    let cases = [
        ("j", Action::Down), ("<Down>", Action::Down), ("k", Action::Up), ("<Up>", Action::Up),
        ("<PageDown>", Action::PageDown), ("<PageUp>", Action::PageUp),
        ("g", Action::Top), ("<Home>", Action::Top), ("G", Action::Bottom), ("<End>", Action::Bottom),
        ("<Tab>", Action::NextPane), ("<BackTab>", Action::PrevPane),
        ("1", Action::FocusTimeline), ("2", Action::FocusPlayers), ("3", Action::FocusChart),
        ("<Enter>", Action::Open), ("<Esc>", Action::Back), ("/", Action::Search),
        ("n", Action::NextMatch), ("N", Action::PrevMatch), ("p", Action::FilterPlayer), ("r", Action::Reverse), ("v", Action::Overlay),
        ("<Left>", Action::YearBack), ("<Right>", Action::YearForward),
        ("[", Action::PrevSeries), ("]", Action::NextSeries), ("s", Action::SortPlayers),
        ("?", Action::Help), ("q", Action::Quit), ("<C-c>", Action::Quit),
    ];
    for (keys, action) in cases {
        let key = Key::parse_sequence(keys).unwrap()[0];
        assert_eq!(map.action(key), Some(action), "{keys}");
    }
}

#[test]
fn the_footer_is_built_from_the_table() {
    let footer: Vec<String> = KeyMap::default()
        .footer()
        .iter()
        .map(|(k, h)| format!("{k} {h}"))
        .collect();
    assert_eq!(
        footer.join("  "),
        "j/k move  Tab pane  Enter detail  / search  p player  r reverse  ←/→ year  v overlay  z zoom  ? help  q quit"
    );
}

#[test]
fn rebinding_moves_a_key_and_the_footer_follows() {
    let mut map = KeyMap::default();
    assert!(map.rebind("down", vec![char('n')]));
    assert_eq!(map.action(char('n')), Some(Action::Down));
    assert_eq!(map.action(char('j')), None);
    assert_eq!(map.footer()[0].0, "n/k");
    assert!(!map.rebind("fly", vec![char('x')]));
}
