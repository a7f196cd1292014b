//! Any bytes as an article: never a panic; mentions lie on char boundaries in text order;
//! candidate events always make a dataset that loads.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use pasar::data::{DataSource, Date, EMBEDDED_MARKET, Market, Dataset};
use pasar::export::event_line;
use pasar::data::file::decode;
use pasar::ingest::events::{Origin, candidates};
use pasar::ingest::{Context, Lang, Players};

fn market() -> &'static (Market, Players) {
    static MARKET: OnceLock<(Market, Players)> = OnceLock::new();
    MARKET.get_or_init(|| {
        let market = DataSource::Embedded.load().expect("embedded dataset");
        let players = Players::new(&market.players);
        (market, players)
    })
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(src) = decode(bytes.to_vec()) else { return };
    let (market, players) = market();
    let lang = if bytes.first().is_some_and(|b| b & 1 == 1) { Lang::En } else { Lang::Id };
    let published = Date::day_of(2023, 11, 14);
    let ctx = Context { lang, published, players };
    let origin = Origin { market, published, source: Some(0) };
    let (scan, events) = candidates(&src, &ctx, &origin);
    let mut previous_end = 0;
    for m in &scan.mentions {
        assert!(m.start < m.end && m.end <= src.len());
        assert!(src.is_char_boundary(m.start) && src.is_char_boundary(m.end));
        assert!(m.start >= previous_end);
        previous_end = m.end;
    }
    let mut lines = String::new();
    for (i, event) in events.iter().enumerate() {
        let mut event = event.clone();
        event.id = format!("fuzz-{i}");
        lines.push_str(&event_line(market, &event).expect("serialises"));
        lines.push('\n');
    }
    let loaded = Dataset::from_bytes(Path::new("m"), EMBEDDED_MARKET.as_bytes(), Path::new("e"), lines.as_bytes()).load();
    assert!(loaded.is_ok(), "{loaded:?}");
});
