//! The layers the README's architecture section draws, checked on the source: a lower
//! layer that imports a higher one fails here, not in a reviewer's reading.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `file:line` of every line under `src/LAYER` that names one of `higher`.
fn imports(layer: &str, higher: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root.join(layer), &mut files);
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if higher.iter().any(|h| line.contains(&format!("crate::{h}"))) {
                let shown = file.strip_prefix(&root).unwrap().display();
                found.push(format!("src/{shown}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    found
}

#[test]
fn app_never_imports_drawing_or_commands() {
    assert_eq!(
        imports("app", &["ui", "tui", "commands"]),
        Vec::<String>::new()
    );
}

#[test]
fn data_and_the_news_layer_know_no_terminal() {
    for layer in ["data", "ingest", "fetch", "inbox"] {
        let found = imports(layer, &["app", "ui", "tui", "commands"]);
        assert_eq!(found, Vec::<String>::new(), "{layer}");
    }
}
