//! Running the user's editor (`$VISUAL`, else `$EDITOR`, else `vi`) on a document.
//!
//! The editor is the user's own setting, so it runs through `sh` as git runs it (it may
//! hold arguments: `code --wait`); the document's path is passed as an argument, never
//! written into the command.

use std::fs;
use std::io;
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The editor command the environment names.
pub fn command_name() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.trim().is_empty())
        .unwrap_or_else(|| "vi".to_string())
}

/// A fresh file for one document, in the temporary folder.
fn scratch_path() -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    std::env::temp_dir().join(format!("pasar-{}-{n}.event.txt", std::process::id()))
}

/// Writes `text` to a file of its own, runs the editor on it and gives back what was
/// saved; the file is removed either way. The terminal must be the editor's meanwhile.
pub fn edit(text: &str) -> io::Result<String> {
    let path = scratch_path();
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .and_then(|mut file| io::Write::write_all(&mut file, text.as_bytes()))?;
    let editor = command_name();
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$@\""))
        .arg(&editor)
        .arg(&path)
        .status();
    let saved = status.and_then(|status| {
        if status.success() {
            fs::read_to_string(&path)
        } else {
            Err(io::Error::other(format!("{editor} exited with {status}")))
        }
    });
    let _ = fs::remove_file(&path);
    saved
}
