//! Any text as the user's `config.toml`: never a panic; an error is one line, positioned
//! inside the file, and cut to a readable length however long the value it quotes.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Err(d) = pasar::config::parse(Path::new("config.toml"), text) {
        let lines = text.split('\n').count();
        assert!(d.line >= 1 && d.line <= lines && d.column >= 1, "{d}");
        assert!(!d.to_string().contains('\n'), "{d}");
    }
});
