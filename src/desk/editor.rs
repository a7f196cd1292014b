//! Running the user's editor (`$VISUAL`, else `$EDITOR`, else `vi`) on a document.
//!
//! The editor is the user's own setting, so it runs through `sh` as git runs it (it may
//! hold arguments: `code --wait`); the document's path is passed as an argument, never
//! written into the command.

use std::ffi::OsString;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
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

/// Writes `text` to a file of its own, runs `editor` on it (at `line` when it is given
/// and the editor is one known to take a line) and gives back what was saved; the file is
/// removed either way. The terminal must be the editor's meanwhile.
pub fn edit(editor: &str, text: &str, line: Option<usize>) -> io::Result<String> {
    let path = scratch_path();
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .and_then(|mut file| io::Write::write_all(&mut file, text.as_bytes()))?;
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$@\""))
        .arg(editor)
        .args(arguments(editor, &path, line))
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

/// How an editor is told the file and the line: `+LINE FILE` for the vi and emacs
/// families, nano, micro and kakoune; `FILE:LINE` for helix, Sublime Text and Zed;
/// `--goto FILE:LINE` for VS Code. Any other editor is given the file alone: a line
/// argument it does not know could be taken for a second file to open.
fn arguments(editor: &str, path: &Path, line: Option<usize>) -> Vec<OsString> {
    let program = editor.split_whitespace().next().unwrap_or_default();
    let program = program.rsplit('/').next().unwrap_or_default();
    let with_line = |line: usize| {
        let mut at = path.as_os_str().to_owned();
        at.push(format!(":{line}"));
        at
    };
    match (program, line) {
        (
            "vi" | "vim" | "nvim" | "gvim" | "nano" | "emacs" | "emacsclient" | "micro" | "kak"
            | "joe" | "mg" | "ne",
            Some(line),
        ) => vec![format!("+{line}").into(), path.into()],
        ("hx" | "helix" | "subl" | "zed", Some(line)) => vec![with_line(line)],
        ("code" | "codium" | "code-insiders", Some(line)) => {
            vec!["--goto".into(), with_line(line)]
        }
        _ => vec![path.into()],
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn the_line_is_given_in_the_form_each_editor_knows() {
        let path = Path::new("/tmp/doc.txt");
        let args = |editor: &str, line| -> Vec<String> {
            (arguments(editor, path, line).iter())
                .map(|a| a.to_string_lossy().into_owned())
                .collect()
        };
        assert_eq!(args("vi", Some(7)), ["+7", "/tmp/doc.txt"]);
        assert_eq!(
            args("/usr/bin/nvim -u NONE", Some(7)),
            ["+7", "/tmp/doc.txt"]
        );
        assert_eq!(args("nano", Some(12)), ["+12", "/tmp/doc.txt"]);
        assert_eq!(args("emacsclient -t", Some(3)), ["+3", "/tmp/doc.txt"]);
        assert_eq!(args("hx", Some(7)), ["/tmp/doc.txt:7"]);
        assert_eq!(args("code --wait", Some(7)), ["--goto", "/tmp/doc.txt:7"]);
        assert_eq!(args("ed", Some(7)), ["/tmp/doc.txt"]);
        assert_eq!(args("my-editor.sh", Some(7)), ["/tmp/doc.txt"]);
        assert_eq!(args("vim", None), ["/tmp/doc.txt"]);
    }

    /// An editor named `vi` that records what it was given and adds a line.
    fn recording_vi(dir: &Path) -> String {
        use std::os::unix::fs::PermissionsExt;
        let script = dir.join("vi");
        let log = dir.join("args.txt");
        let body = format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\nfor last; do :; done\necho 'added' >> \"$last\"\n",
            log.display()
        );
        fs::write(&script, body).unwrap();
        fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).unwrap();
        script.display().to_string()
    }

    #[test]
    fn the_editor_opens_at_the_line_and_its_save_is_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let vi = recording_vi(dir.path());
        let saved = edit(&vi, "title: x\n", Some(7)).unwrap();
        assert_eq!(saved, "title: x\nadded\n");
        let args = fs::read_to_string(dir.path().join("args.txt")).unwrap();
        let args: Vec<&str> = args.lines().collect();
        assert_eq!(args[0], "+7");
        assert!(args[1].ends_with(".event.txt"), "{args:?}");
        assert!(!Path::new(args[1]).exists(), "the document is removed");
        edit(&vi, "title: x\n", None).unwrap();
        let args = fs::read_to_string(dir.path().join("args.txt")).unwrap();
        assert_eq!(args.lines().count(), 1, "{args}");
    }
}
