//! Table-driven tests: each row is an input, the exact mention text it must yield (which
//! fixes its byte offsets), its kind, value or date, and further fields.

mod amount_forms;
mod amounts;
mod benchmark;
mod dates;
mod organizations;
mod unseen_dates;

use serde_json::Value;

use crate::data::{DataSource, Date, Market};
use crate::ingest::record::mention_line;
use crate::ingest::{Context, Lang, Players, scan};

/// `(lang, input, mention text, kind, value or date, "field=value;…")`
pub type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

pub fn market() -> Market {
    DataSource::Embedded
        .load()
        .expect("the embedded dataset loads")
}

/// Every mention ingest finds in `input` in `lang`, published on the tables' date.
pub fn mentions_in(lang: Lang, input: &str) -> Vec<crate::ingest::Mention> {
    let market = market();
    let players = Players::new(&market.players);
    let ctx = Context {
        lang,
        published: Date::day_of(2023, 11, 14),
        players: &players,
    };
    scan(input, &ctx).mentions
}

/// The amounts ingest finds in `input`, as `kind text` lines.
pub fn amounts_in(lang: Lang, input: &str) -> Vec<String> {
    mentions_in(lang, input)
        .iter()
        .filter(|m| m.amount().is_some())
        .map(|m| format!("{:?} {}", m.what, &input[m.start..m.end]))
        .collect()
}

/// Checks one row; returns a description of the mismatch, if any.
pub fn check(market: &Market, players: &Players, case: &Case) -> Result<(), String> {
    let &(lang, input, text, kind, value, extra) = case;
    let ctx = Context {
        lang: lang.parse::<Lang>()?,
        published: Date::day_of(2023, 11, 14),
        players,
    };
    let found = scan(input, &ctx).mentions;
    let lines: Vec<String> = found
        .iter()
        .map(|m| mention_line(input, m, market, None))
        .collect();
    let start = input.find(text).ok_or("mention text not in input")?;
    let index = found
        .iter()
        .position(|m| m.start == start && m.end == start + text.len())
        .ok_or_else(|| format!("no mention {text:?} at {start}; got {lines:#?}"))?;
    let json: Value = serde_json::from_str(&lines[index]).map_err(|e| e.to_string())?;
    let mut expected = vec![("kind", kind)];
    expected.push(if kind == "date" {
        ("date", value)
    } else {
        ("value", value)
    });
    expected.extend(
        extra
            .split(';')
            .filter(|p| !p.is_empty())
            .filter_map(|p| p.split_once('=')),
    );
    for (key, want) in expected {
        let got = match &json[key] {
            Value::String(s) => s.clone(),
            Value::Null => "(none)".to_string(),
            other => other.to_string(),
        };
        if got != want {
            return Err(format!(
                "{key}: expected {want}, got {got} in {}",
                lines[index]
            ));
        }
    }
    Ok(())
}

/// Runs a whole table, reporting every failing row at once.
pub fn run(cases: &[Case]) {
    let market = market();
    let players = Players::new(&market.players);
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            check(&market, &players, case)
                .err()
                .map(|e| format!("{case:?}: {e}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
