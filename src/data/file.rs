//! Opening the files pasar reads: data, inbox, config and articles.
//!
//! A path can name something that is not a file of bytes at rest: a named pipe (opening
//! it waits for a writer, forever), a device such as `/dev/zero` (endless), a folder. So
//! every file is opened without blocking, must be a regular file, and is read no further
//! than a limit decided before the first byte: the size it had when opened, and for small
//! hand-edited files a fixed cap. Reading can then neither wait nor grow without bound,
//! whatever the path turns out to be, which is what keeps the reload thread from sticking.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// The most `market.toml` may hold: it is hand-edited and small (events live elsewhere).
pub const MARKET_LIMIT: u64 = 16 << 20;
/// The most the user's `config.toml` may hold.
pub const CONFIG_LIMIT: u64 = 1 << 20;
/// The most `inbox.jsonl` may hold: candidates wait there for a person to review them.
pub const INBOX_LIMIT: u64 = 256 << 20;
/// The most one article given to `ingest` may hold.
pub const ARTICLE_LIMIT: u64 = 256 << 20;
/// The most `fetched.txt`, what `fetch` has already read, may hold: a line an article.
pub const FETCHED_LIMIT: u64 = 64 << 20;

/// A regular file opened for reading, with the size it had when it was opened.
pub struct Regular {
    pub file: File,
    pub len: u64,
}

impl Regular {
    /// The file's bytes as a reader that stops at the size it had when opened: a file
    /// that grows while it is read (or a `/proc` file that lies about its size) cannot
    /// make the reader go on forever.
    pub fn bounded(self) -> io::Take<File> {
        self.file.take(self.len)
    }
}

/// Opens `path` without blocking (a named pipe would wait for a writer) and checks, on the
/// open file itself, that it is a regular file.
pub fn open_regular(path: &Path) -> io::Result<Regular> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    // The open file, not the path: the path may be replaced between a check and the open.
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular(&meta.file_type()));
    }
    Ok(Regular {
        len: meta.len(),
        file,
    })
}

/// Reads a whole regular file of at most `limit` bytes.
pub fn read_regular(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let regular = open_regular(path)?;
    if regular.len > limit {
        return Err(too_large(regular.len, limit));
    }
    let mut bytes = Vec::with_capacity(regular.len as usize);
    regular.bounded().read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Reads `input` (standard input, say) to its end, refusing more than `limit` bytes.
pub fn read_at_most(input: &mut dyn Read, limit: u64) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    input.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64, limit));
    }
    Ok(bytes)
}

/// `not a regular file (a named pipe)`: what a path named, in words.
fn not_regular(kind: &std::fs::FileType) -> io::Error {
    let what = if kind.is_dir() {
        "a folder"
    } else {
        unix_kind(kind).unwrap_or("not a file")
    };
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!("not a regular file ({what})"),
    )
}

#[cfg(unix)]
fn unix_kind(kind: &std::fs::FileType) -> Option<&'static str> {
    use std::os::unix::fs::FileTypeExt;
    Some(if kind.is_fifo() {
        "a named pipe"
    } else if kind.is_char_device() {
        "a character device"
    } else if kind.is_block_device() {
        "a block device"
    } else if kind.is_socket() {
        "a socket"
    } else {
        return None;
    })
}

#[cfg(not(unix))]
fn unix_kind(_: &std::fs::FileType) -> Option<&'static str> {
    None
}

fn too_large(len: u64, limit: u64) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("too large: {len} bytes, over the limit of {}", size(limit)),
    )
}

/// `16 MiB`, or `1000 bytes` under a mebibyte.
fn size(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

/// An article's bytes as text, or the offset of the first byte that is not UTF-8.
pub fn decode(bytes: Vec<u8>) -> Result<String, usize> {
    String::from_utf8(bytes).map_err(|e| e.utf8_error().valid_up_to())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn fifo(dir: &Path) -> std::path::PathBuf {
        let path = dir.join("pipe");
        let status = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .expect("mkfifo runs");
        assert!(status.success());
        path
    }

    #[test]
    fn a_named_pipe_is_refused_without_waiting_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let e = read_regular(&fifo(dir.path()), MARKET_LIMIT).unwrap_err();
        assert_eq!(e.to_string(), "not a regular file (a named pipe)");
    }

    #[test]
    fn devices_and_links_to_them_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("zero");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        for path in [Path::new("/dev/zero"), Path::new("/dev/null"), &link] {
            let e = read_regular(path, CONFIG_LIMIT).unwrap_err();
            assert_eq!(e.to_string(), "not a regular file (a character device)");
        }
        let e = read_regular(dir.path(), CONFIG_LIMIT).unwrap_err();
        assert_eq!(e.to_string(), "not a regular file (a folder)");
    }

    #[test]
    fn a_file_over_its_limit_is_refused_before_it_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.toml");
        std::fs::write(&path, vec![b'#'; 2048]).unwrap();
        let e = read_regular(&path, 1024).unwrap_err();
        assert_eq!(
            e.to_string(),
            "too large: 2048 bytes, over the limit of 1024 bytes"
        );
        assert_eq!(read_regular(&path, 2048).unwrap().len(), 2048);
        let e = read_at_most(&mut &[0u8; 10][..], 9).unwrap_err();
        assert_eq!(
            e.to_string(),
            "too large: 10 bytes, over the limit of 9 bytes"
        );
    }

    #[test]
    fn a_file_is_read_no_further_than_its_size_when_opened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("events.jsonl");
        std::fs::write(&path, b"0123456789").unwrap();
        let regular = open_regular(&path).unwrap();
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .and_then(|mut f| std::io::Write::write_all(&mut f, b"more"))
            .unwrap();
        let mut read = Vec::new();
        regular.bounded().read_to_end(&mut read).unwrap();
        assert_eq!(read, b"0123456789");
    }
}
