//! Carrying out what the tracker's review keys ask for: the shell between the pure
//! `update` and the data folder, the editor and the browser.

use std::io;
use std::path::Path;

use crate::app::review::Request;
use crate::app::{App, Indexed};
use crate::data::Dataset;

use super::ledger::{self, LedgerError};

/// Does what `request` asks and tells the App how it went. `edit` runs the user's editor
/// on a document, at a line when one is given, and gives back what they saved; `dir` is
/// the data folder, none for the bundled dataset, which cannot be written.
pub fn perform(
    app: &mut App,
    dir: Option<&Path>,
    request: Request,
    edit: &mut dyn FnMut(&str, Option<usize>) -> io::Result<String>,
) {
    match request {
        Request::Write(write) => {
            let Some(dir) = dir else {
                let why = "the bundled dataset cannot be changed: start pasar with --data DIR";
                app.not_written(write, why);
                return;
            };
            match ledger::apply(dir, &write.change) {
                Ok(undo) => {
                    app.reload(Dataset::open(dir).and_then(|d| d.load()).map(Indexed::from));
                    app.written(write, undo);
                }
                Err(e) => app.not_written(write, &first_line(&e)),
            }
        }
        Request::Edit(document) => {
            let saved = edit(&document.text, document.line).map_err(|e| e.to_string());
            app.edited(document, saved);
        }
        Request::Open(address) => {
            let said = match super::browser::open(&address) {
                Ok(()) => format!("opened {address}"),
                Err(e) => e.to_string(),
            };
            app.review.message = Some(said);
        }
    }
}

/// The first problem of an error: the footer is one line. A file's path is cut to its
/// name, since the user knows the folder they are in.
fn first_line(error: &LedgerError) -> String {
    if let LedgerError::Invalid(invalid) = error
        && let Some(first) = invalid.0.first()
    {
        let file = first.path.file_name().unwrap_or(first.path.as_os_str());
        let d = crate::data::Diagnostic {
            path: file.into(),
            ..first.clone()
        };
        return format!("{d}; nothing written");
    }
    let text = error.to_string();
    text.lines().next().unwrap_or_default().to_string()
}
