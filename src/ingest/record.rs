//! Mentions as JSON Lines for `pasar ingest --mentions`:
//! `{"kind":"money","text":"$160 miliar","start":1203,"end":1214,"value":160000000000,"currency":"USD"}`.

use serde::Serialize;

use crate::data::Market;
use crate::export::optional_number;

use rust_decimal::prelude::ToPrimitive;

use super::{Mention, Mentioned};

#[derive(Serialize)]
struct MentionRecord<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    kind: &'static str,
    text: &'a str,
    start: usize,
    end: usize,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "optional_number"
    )]
    value: Option<f64>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "optional_number"
    )]
    high: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    currency: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    qualifier: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    player: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
}

/// One mention as a JSON object; `file` names the article when several were given.
pub fn mention_line(src: &str, mention: &Mention, market: &Market, file: Option<&str>) -> String {
    let amount = mention.amount();
    let mut record = MentionRecord {
        file,
        kind: mention.kind(),
        text: src.get(mention.start..mention.end).unwrap_or(""),
        start: mention.start,
        end: mention.end,
        value: amount.map(|a| a.value.to_f64().unwrap_or(f64::NAN)),
        high: amount
            .and_then(|a| a.high)
            .map(|h| h.to_f64().unwrap_or(f64::NAN)),
        currency: None,
        unit: None,
        qualifier: amount.and_then(|a| a.qualifier),
        date: None,
        player: None,
        title: None,
    };
    match &mention.what {
        Mentioned::Money(_, code) => record.currency = Some(code),
        Mentioned::Count(_, unit) => record.unit = Some(unit),
        Mentioned::Percent(_) => record.unit = Some("%"),
        Mentioned::Date(period, _) => record.date = Some(period.to_string()),
        Mentioned::Player(p) => record.player = market.players.get(*p).map(|p| p.id.as_str()),
        Mentioned::Person(title) => record.title = Some(title),
        Mentioned::Number(_) | Mentioned::Organization => {}
    }
    crate::export::json(&record).unwrap_or_default()
}
