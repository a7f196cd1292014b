//! Opening an event's source or a candidate's article in the user's browser.
//!
//! The address comes from a data file, so it is never given to a shell: only an
//! absolute http or https URL is accepted, and it is passed to the system's opener
//! (`open` on macOS, `xdg-open` elsewhere) as its one argument.

use std::process::{Command, Stdio};

/// Why an address was not opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("not an http or https address: {0}")]
    NotWeb(String),
    #[error("cannot run {opener}: {source}")]
    Spawn {
        opener: &'static str,
        source: std::io::Error,
    },
}

/// The system's program that opens an address in the browser.
pub const OPENER: &str = if cfg!(target_os = "macos") {
    "open"
} else {
    "xdg-open"
};

/// The command that opens `address`, when it is a web address.
pub fn command(address: &str) -> Result<Command, OpenError> {
    let url = url::Url::parse(address.trim())
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.has_host())
        .ok_or_else(|| OpenError::NotWeb(crate::data::error::visible(address).into_owned()))?;
    let mut command = Command::new(OPENER);
    command
        .arg(url.as_str())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    Ok(command)
}

/// Opens `address` in the browser without waiting for it.
pub fn open(address: &str) -> Result<(), OpenError> {
    let mut command = command(address)?;
    command
        .spawn()
        .map(drop)
        .map_err(|source| OpenError::Spawn {
            opener: OPENER,
            source,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passes_a_web_address_as_one_argument() {
        let command = command("https://example.com/a b?x=1;rm -rf ~").unwrap();
        assert_eq!(command.get_program(), OPENER);
        let args: Vec<_> = command.get_args().collect();
        assert_eq!(args, ["https://example.com/a%20b?x=1;rm%20-rf%20~"]);
    }

    #[test]
    fn refuses_anything_but_http_and_https() {
        for address in [
            "file:///etc/passwd",
            "javascript:alert(1)",
            "--help",
            "example.com",
            "ftp://example.com/",
            "",
        ] {
            let error = command(address).unwrap_err();
            assert!(matches!(error, OpenError::NotWeb(_)), "{address}");
        }
        let shown = command("x\u{1b}[2J").unwrap_err().to_string();
        assert!(!shown.contains('\u{1b}'), "{shown:?}");
    }
}
