use std::path::Path;

use super::*;
use crate::data::{Dataset, Figure};

const MARKET: &str = r#"[market]
name = "Test market"
region = "ID"
currency = "USD"

[[sources]]
id = "wire-2024"
title = "A wire story"
publisher = "Wire"
published = "2024-05"

[[players]]
id = "lazada"
name = "Lazada"
role = "marketplace"

[[players]]
id = "shopee"
name = "Shopee"
role = "marketplace"
"#;

const EVENTS: &str = r#"{"id":"shopee-opens","date":"2024-01-10","kind":"launch","title":"Shopee opens a hub","actors":["shopee"],"status":"occurred"}
"#;

fn market() -> Market {
    let (m, e) = (Path::new("market.toml"), Path::new("events.jsonl"));
    Dataset::from_bytes(m, MARKET.as_bytes(), e, EVENTS.as_bytes())
        .load()
        .unwrap()
}

fn lazada_deal(market: &Market) -> Event {
    Event {
        id: "lazada-invests".into(),
        kind: Kind::Deal,
        title: "Lazada invests Rp2.5T in a warehouse".into(),
        summary: Some("Lazada said it will build a warehouse.".into()),
        actors: vec![market.player_index("lazada").unwrap()],
        figures: vec![Figure {
            label: "investment".into(),
            value: 2_500_000_000_000.0,
            unit: "IDR".into(),
        }],
        status: Status::Planned,
        tags: vec!["logistics".into(), "warehouse".into()],
        ..Event::blank(Date::parse("2024-05-20").unwrap())
    }
}

#[test]
fn writes_one_field_a_line_and_reads_it_back() {
    let market = market();
    let event = lazada_deal(&market);
    let text = write(&market, &event, Some("wire-2024"));
    let fields: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(
        fields,
        [
            "id: lazada-invests",
            "date: 2024-05-20",
            "kind: deal",
            "status: planned",
            "title: Lazada invests Rp2.5T in a warehouse",
            "actors: lazada",
            "source: wire-2024",
            "tags: logistics, warehouse",
            "figure: investment | 2500000000000 | IDR",
            "summary: Lazada said it will build a warehouse.",
        ]
    );
    let read = read(&text, &market, Allowed::default()).unwrap();
    assert_eq!(read.event, event);
    assert_eq!(read.source.as_deref(), Some("wire-2024"));
}

#[test]
fn names_the_line_of_every_problem() {
    let market = market();
    let text = "# a comment\n\
                id: Bad Id\n\
                date: 2023-02-30\n\
                kind: rumour\n\
                title: Something\n\
                actors: lazada, tokped\n\
                source: nowhere\n\
                figure: money | -5 | USD\n\
                colour: red\n";
    let problems = read(text, &market, Allowed::default()).unwrap_err();
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "line 2: id: \"Bad Id\" is not an id (a-z, 0-9 and -)",
            "line 3: date: 2023-02-30 does not exist (day 30)",
            "line 4: kind: unknown \"rumour\"; expected one of regulation | closure | launch | deal | talks | statement | meeting | forecast | metric | investment | layoff | other",
            "line 6: actors: unknown player \"tokped\"",
            "line 7: source: unknown source \"nowhere\" (not among the sources of market.toml)",
            "line 8: figure: -5 is not a finite, non-negative number",
            "line 9: unknown field \"colour\"; expected one of id, date, kind, status, title, actors, source, tags, figure, summary",
        ]
    );
}

#[test]
fn reports_missing_fields_and_repeated_ones() {
    let market = market();
    let problems = read("date: 2024\ndate: 2025\n", &market, Allowed::default()).unwrap_err();
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "line 2: date: given twice (first on line 1)",
            "line 2: missing `kind:`",
            "line 2: missing `title:`",
        ]
    );
}

#[test]
fn an_id_taken_by_another_event_is_refused_but_its_own_is_kept() {
    let market = market();
    let text = "id: shopee-opens\ndate: 2024\nkind: launch\ntitle: Renamed\n";
    let problems = read(text, &market, Allowed::default()).unwrap_err();
    assert_eq!(
        problems[0].to_string(),
        "line 1: id: another event already has the id \"shopee-opens\""
    );
    let own = Allowed {
        own_id: Some("shopee-opens"),
        ..Allowed::default()
    };
    assert_eq!(read(text, &market, own).unwrap().event.title, "Renamed");
}

#[test]
fn a_blank_id_is_made_from_date_kind_and_first_actor() {
    let market = market();
    let text = "id:\ndate: 2024-01-10\nkind: launch\ntitle: Again\nactors: shopee\n";
    let edited = read(text, &market, Allowed::default()).unwrap();
    assert_eq!(edited.event.id, "2024-01-10-launch-shopee");
    assert_eq!(edited.event.status, Status::Occurred);
}

#[test]
fn a_candidates_own_source_is_allowed_before_it_exists() {
    let market = market();
    let text = "date: 2024\nkind: deal\ntitle: T\nsource: article-1\n";
    let allowed = Allowed {
        pending_source: Some("article-1"),
        ..Allowed::default()
    };
    assert_eq!(
        read(text, &market, allowed).unwrap().source.as_deref(),
        Some("article-1")
    );
    assert!(read(text, &market, Allowed::default()).is_err());
}

#[test]
fn an_emptied_document_is_abandoned() {
    assert!(is_abandoned("# only comments\n\n   \n"));
    assert!(!is_abandoned("# x\ntitle: T\n"));
}
