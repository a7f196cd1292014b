//! Any bytes as `market.toml`: never a panic, every error positioned inside the file.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use pasar::data::Dataset;

const EVENTS: &[u8] = br#"{"id":"e","date":"2023-10","kind":"deal","title":"T","actors":["tokopedia"],"source":"src"}"#;

fuzz_target!(|market: &[u8]| {
    if let Err(invalid) = Dataset::from_bytes(Path::new("m.toml"), market, Path::new("e.jsonl"), EVENTS).load() {
        let lines = market.split(|&b| b == b'\n').count();
        for d in invalid.0.iter().filter(|d| d.path == Path::new("m.toml")) {
            assert!(d.line >= 1 && d.line <= lines && d.column >= 1, "{d}");
        }
    }
});
