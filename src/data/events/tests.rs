use super::*;
use crate::data::Figure;

fn refs() -> Refs<'static> {
    Refs {
        players: Some(FxHashMap::from_iter([("tokopedia", 0), ("tiktok", 1)])),
        sources: Some(FxHashMap::from_iter([("src", 0)])),
    }
}

fn parse(bytes: &[u8], diagnostics: &mut Vec<Diagnostic>) -> Parsed {
    let mut input = bytes;
    parse_events(Path::new("e.jsonl"), &mut input, &refs(), diagnostics).unwrap()
}

fn problems(line: &str) -> Vec<(usize, String)> {
    let mut diagnostics = Vec::new();
    parse(line.as_bytes(), &mut diagnostics);
    diagnostics
        .into_iter()
        .map(|d| (d.column, d.message))
        .collect()
}

const GOOD: &str =
    r#"{"id":"a","date":"2023-10","kind":"deal","title":"T","actors":["tiktok","tokopedia"]}"#;

#[test]
fn reads_a_minimal_event_with_defaults() {
    let event = parse_event(GOOD, &refs()).unwrap();
    assert_eq!(event.id, "a");
    assert_eq!(event.date.to_string(), "2023-10");
    assert_eq!(event.kind, Kind::Deal);
    assert_eq!(event.actors, [1, 0]);
    assert_eq!(event.status, Status::Occurred);
    assert_eq!((event.summary, event.source), (None, None));
}

#[test]
fn reads_every_optional_field() {
    let line = r#"{"id":"b","date":"2023-10-04","kind":"closure","title":"T","summary":"S","actors":[],"figures":[{"label":"parcels","value":3e6,"unit":"parcels/day"}],"source":"src","status":"planned","tags":["x","y"]}"#;
    let event = parse_event(line, &refs()).unwrap();
    assert_eq!(event.summary.as_deref(), Some("S"));
    assert_eq!(
        event.figures,
        [Figure {
            label: "parcels".into(),
            value: 3e6,
            unit: "parcels/day".into()
        }]
    );
    assert_eq!(event.source, Some(0));
    assert_eq!(event.status, Status::Planned);
    assert_eq!(event.tags, ["x", "y"]);
}

#[test]
fn accepts_null_for_optional_fields() {
    let line = r#"{"id":"a","date":"2023","kind":"other","title":"T","actors":[],"summary":null,"source":null,"figures":null,"tags":null,"status":null}"#;
    assert!(parse_event(line, &refs()).is_ok());
}

#[test]
fn rejects_impossible_dates_at_the_day() {
    let line = GOOD.replace("2023-10", "2023-02-30");
    assert_eq!(
        problems(&line),
        [(27, "date: 2023-02-30 does not exist (day 30)".to_string())]
    );
}

#[test]
fn rejects_unknown_actors_at_the_id() {
    let line = GOOD.replace("\"tokopedia\"", "\"tokped\"");
    assert_eq!(
        problems(&line),
        [(
            73,
            "actors: unknown player \"tokped\" (not among the players of market.toml)".to_string()
        )]
    );
}

#[test]
fn rejects_unknown_sources() {
    let line = GOOD.replace("}", ",\"source\":\"nope\"}");
    assert_eq!(
        problems(&line),
        [(
            95,
            "source: unknown source \"nope\" (not among the sources of market.toml)".to_string()
        )]
    );
}

#[test]
fn rejects_truncated_lines() {
    assert_eq!(
        problems(&GOOD[..38]),
        [(35, "string is not closed before the line ends".to_string())]
    );
    assert_eq!(
        problems(&GOOD[..GOOD.len() - 1]),
        [(85, "line ends where `,` or `}` was expected".to_string())]
    );
}

#[test]
fn rejects_missing_unknown_and_duplicate_fields() {
    let line = r#"{"id":"a","date":"2023","kind":"other","actors":[]}"#;
    assert_eq!(
        problems(line),
        [(51, "missing field \"title\"".to_string())]
    );
    let line = GOOD.replace("\"kind\"", "\"knd\"");
    assert_eq!(
        problems(&line)[0],
        (
            28,
            "unknown field \"knd\"; expected one of id, date, kind, title, summary, actors, figures, source, status, tags".to_string()
        )
    );
    let line = GOOD.replace("\"kind\":\"deal\"", "\"id\":\"b\"");
    assert_eq!(
        problems(&line),
        [(28, "duplicate field \"id\"".to_string())]
    );
}

#[test]
fn rejects_bad_words_and_ids() {
    let line = GOOD.replace("deal", "merger").replace("\"a\"", "\"A b\"");
    assert_eq!(
        problems(&line),
        [
            (
                7,
                "id: \"A b\" is not a valid id (use a-z, 0-9 and -)".to_string()
            ),
            (
                37,
                format!(
                    "kind: unknown kind \"merger\"; expected one of {}",
                    Kind::choices()
                )
            ),
        ]
    );
    let line = GOOD.replace("}", ",\"status\":\"rumoured\"}");
    assert_eq!(
        problems(&line)[0].1,
        "status: unknown status \"rumoured\"; expected one of occurred | planned | reported"
    );
}

#[test]
fn rejects_wrong_types() {
    let line = GOOD.replace("[\"tiktok\",\"tokopedia\"]", "\"tiktok\"");
    assert_eq!(
        problems(&line),
        [(
            63,
            "actors: expected an array of player ids, found the string \"tiktok\"".to_string()
        )]
    );
    let line = GOOD.replace("\"T\"", "7");
    assert_eq!(
        problems(&line),
        [(50, "title: expected a string, found `7`".to_string())]
    );
}

/// Every wrong kind of value names the field, what it must be and what it is, and a long
/// value is quoted cut.
#[test]
fn a_wrong_value_names_field_expected_and_found() {
    let long = "9".repeat(100_000);
    let cases = [
        (
            "\"T\"",
            "{}".to_string(),
            "title: expected a string, found an object",
        ),
        (
            "\"T\"",
            "[\"T\"]".to_string(),
            "title: expected a string, found an array",
        ),
        (
            "\"T\"",
            "null".to_string(),
            "title: expected a string, found `null`",
        ),
        (
            "\"T\"",
            long.clone(),
            "title: expected a string, found `99999",
        ),
        (
            "[\"tiktok\",\"tokopedia\"]",
            "{}".to_string(),
            "actors: expected an array of player ids, found an object",
        ),
    ];
    for (from, to, expected) in cases {
        let line = GOOD.replace(from, &to);
        let message = &problems(&line)[0].1;
        match to.len() {
            100_000 => assert_eq!(*message, format!("{expected}{}…`", &long[..35])),
            _ => assert_eq!(message, expected, "{to}"),
        }
    }
}

#[test]
fn rejects_negative_and_infinite_figures() {
    let line = GOOD.replace("}", r#","figures":[{"label":"a","value":-1,"unit":"u"},{"label":"b","value":1e999,"unit":"u"}]}"#);
    let found = problems(&line);
    assert_eq!(found[0].1, "figures[0].value: must not be negative");
    assert_eq!(
        found[1].1,
        "figures[1].value: 1e999 is too large (at most 1e18)"
    );
    let line = GOOD.replace("}", r#","figures":[{"label":"a","value":NaN,"unit":"u"}]}"#);
    assert_eq!(
        problems(&line)[0].1,
        "figures[0].value: expected a number, found `NaN`"
    );
}

#[test]
fn reports_invalid_utf8_and_bom_and_skips_blank_lines() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(GOOD.as_bytes());
    bytes.extend_from_slice(b"\n\n   \n{\"id\":\"\xff\"}\n");
    let mut diagnostics = Vec::new();
    let parsed = parse(&bytes, &mut diagnostics);
    let lines: Vec<usize> = parsed.ids.iter().map(|&(_, line)| line).collect();
    assert_eq!(lines, [1]);
    let shown: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "e.jsonl:1:1: file starts with a byte order mark; save it as UTF-8 without BOM",
            "e.jsonl:4:8: invalid UTF-8 in line"
        ]
    );
}

#[test]
fn accepts_crlf_line_endings() {
    let text = format!("{GOOD}\r\n{}\r\n", GOOD.replace("\"a\"", "\"b\""));
    let mut diagnostics = Vec::new();
    let events = parse(text.as_bytes(), &mut diagnostics);
    let lines: Vec<usize> = events.ids.iter().map(|&(_, line)| line).collect();
    assert_eq!((lines, diagnostics.len()), (vec![1, 2], 0));
}
