//! Any bytes as `events.jsonl`: never a panic, every error positioned, `check` agreeing
//! with loading, and whatever loads exports to JSON Lines that load back as the same
//! market.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use pasar::data::Dataset;
use pasar::export::{Format, Table, export};

const MARKET: &str = r#"[market]
name = "Fuzz"
region = "ID"
currency = "USD"

[[sources]]
id = "src"
title = "S"
publisher = "P"
published = "2023"

[[players]]
id = "a"
name = "A"
role = "other"

[[players]]
id = "b-2"
name = "B"
role = "marketplace"
"#;

fuzz_target!(|events: &[u8]| {
    let load = |bytes: &[u8]| Dataset::from_bytes(Path::new("m.toml"), MARKET.as_bytes(), Path::new("e.jsonl"), bytes).load();
    let checked = Dataset::from_bytes(Path::new("m.toml"), MARKET.as_bytes(), Path::new("e.jsonl"), events).check();
    let loaded = load(events);
    match (&loaded, &checked) {
        (Ok(market), Ok(summary)) => assert_eq!(market.events.len(), summary.events),
        (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
        _ => panic!("load and check disagree: {:?} / {:?}", loaded.is_ok(), checked.is_ok()),
    }
    match loaded {
        Ok(market) => {
            let mut exported = Vec::new();
            export(&market, Table::Events, Format::Json, &mut exported).expect("export to memory");
            let reloaded = load(&exported).expect("exported events load back");
            assert_eq!(market, reloaded);
        }
        Err(invalid) => {
            let lines = events.split(|&b| b == b'\n').count();
            for d in &invalid.0 {
                assert!(d.line >= 1 && d.line <= lines && d.column >= 1, "{d}");
            }
        }
    }
});
