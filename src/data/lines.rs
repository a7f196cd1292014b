//! Reading a JSON Lines file: line by line, on every core for a large file, with each
//! problem placed at its line and column of the whole file.

use std::path::Path;

use super::error::{Diagnostic, char_count};
use super::json::LineError;

/// What was read from a file, with the line each item came from.
pub struct Parsed<T> {
    pub items: Vec<T>,
    pub lines: Vec<usize>,
}

impl<T> Default for Parsed<T> {
    fn default() -> Self {
        Parsed {
            items: Vec::new(),
            lines: Vec::new(),
        }
    }
}

/// Reads every non-blank line with `read`, appending every problem to `diagnostics`.
///
/// Large files are split at line ends and read on every core; items and problems come
/// back in file order either way.
pub fn read_lines<'a, T: Send>(
    path: &Path,
    bytes: &'a [u8],
    diagnostics: &mut Vec<Diagnostic>,
    read: &(dyn Fn(&'a str) -> Result<T, Vec<LineError>> + Sync),
) -> Parsed<T> {
    let mut bytes = bytes;
    if let Some(rest) = bytes.strip_prefix("\u{feff}".as_bytes()) {
        let message = "file starts with a byte order mark; save it as UTF-8 without BOM";
        diagnostics.push(Diagnostic::new(path, 1, 1, message));
        bytes = rest;
    }
    const CHUNK: usize = 4 << 20;
    let parts = split_at_line_ends(bytes, threads().min(bytes.len() / CHUNK + 1));
    let results: Vec<Chunk<T>> = if parts.len() == 1 {
        vec![read_chunk(path, bytes, read)]
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = parts
                .iter()
                .map(|part| scope.spawn(|| read_chunk(path, part, read)))
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                })
                .collect()
        })
    };
    let mut parsed = Parsed::default();
    let mut lines_before = 0;
    for chunk in results {
        parsed.items.extend(chunk.parsed.items);
        parsed.lines.extend(
            chunk
                .parsed
                .lines
                .into_iter()
                .map(|line| line + lines_before),
        );
        diagnostics.extend(chunk.diagnostics.into_iter().map(|mut d| {
            d.line += lines_before;
            d
        }));
        lines_before += chunk.newlines;
    }
    parsed
}

/// Threads to read with: `$PASAR_THREADS` when set to a positive number, else every core.
fn threads() -> usize {
    std::env::var("PASAR_THREADS")
        .ok()
        .and_then(|n| n.parse().ok())
        .filter(|&n: &usize| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from))
}

/// Splits `bytes` into about `parts` pieces, each ending just after a newline (but the last).
fn split_at_line_ends(bytes: &[u8], parts: usize) -> Vec<&[u8]> {
    let mut pieces = Vec::with_capacity(parts);
    let mut rest = bytes;
    for left in (2..=parts).rev() {
        let target = rest.len() / left;
        match memchr::memchr(b'\n', &rest[target..]) {
            Some(i) => {
                let (piece, tail) = rest.split_at(target + i + 1);
                pieces.push(piece);
                rest = tail;
            }
            None => break,
        }
    }
    pieces.push(rest);
    pieces
}

struct Chunk<T> {
    parsed: Parsed<T>,
    diagnostics: Vec<Diagnostic>,
    newlines: usize,
}

fn read_chunk<'a, T>(
    path: &Path,
    bytes: &'a [u8],
    read: &(dyn Fn(&'a str) -> Result<T, Vec<LineError>> + Sync),
) -> Chunk<T> {
    let mut chunk = Chunk {
        parsed: Parsed::default(),
        diagnostics: Vec::new(),
        newlines: 0,
    };
    let mut start = 0;
    while start <= bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        let number = chunk.newlines + 1;
        read_line(path, &bytes[start..end], number, read, &mut chunk);
        if end == bytes.len() {
            break;
        }
        chunk.newlines += 1;
        start = end + 1;
    }
    chunk
}

fn read_line<'a, T>(
    path: &Path,
    raw: &'a [u8],
    number: usize,
    read: &(dyn Fn(&'a str) -> Result<T, Vec<LineError>> + Sync),
    chunk: &mut Chunk<T>,
) {
    let line = match std::str::from_utf8(raw) {
        Ok(line) => line,
        Err(e) => {
            let column = 1 + char_count(&raw[..e.valid_up_to()]);
            let message = "invalid UTF-8 in line";
            chunk
                .diagnostics
                .push(Diagnostic::new(path, number, column, message));
            return;
        }
    };
    if line.bytes().all(|b| b.is_ascii_whitespace()) {
        return;
    }
    match read(line) {
        Ok(item) => {
            chunk.parsed.items.push(item);
            chunk.parsed.lines.push(number);
        }
        Err(problems) => chunk.diagnostics.extend(problems.into_iter().map(|p| {
            let column = 1 + line.get(..p.offset).map_or(p.offset, |s| s.chars().count());
            Diagnostic::new(path, number, column, p.message)
        })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitting_at_line_ends_keeps_every_byte_in_order() {
        let text = b"aa\nbbbb\nc\n\ndddddd\ne";
        for parts in 1..8 {
            let pieces = split_at_line_ends(text, parts);
            assert_eq!(pieces.concat(), text);
            assert!(pieces.len() <= parts.max(1));
            assert!(
                pieces[..pieces.len() - 1]
                    .iter()
                    .all(|p| p.ends_with(b"\n"))
            );
        }
    }

    #[test]
    fn large_files_read_in_parallel_keep_items_and_line_numbers_in_order() {
        let mut text = String::new();
        for i in 0..1_000_000 {
            match i {
                99_999 => text.push_str("bad line\n"),
                500_000 => text.push_str("   \n"),
                _ => text.push_str(&format!("item {i}\n")),
            }
        }
        assert!(text.len() > 8 << 20, "the file must span several chunks");
        let read = |line: &str| match line.strip_prefix("item ") {
            Some(n) => n.parse::<usize>().map_err(|_| vec![]),
            None => Err(vec![LineError::new(4, "not an item")]),
        };
        let mut diagnostics = Vec::new();
        let parsed = read_lines(
            Path::new("e.jsonl"),
            text.as_bytes(),
            &mut diagnostics,
            &read,
        );
        assert_eq!(parsed.items.len(), 999_998);
        assert!(parsed.items.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(
            (parsed.items[99_999], parsed.lines[99_999]),
            (100_000, 100_001)
        );
        assert_eq!(
            (parsed.items[500_000], parsed.lines[500_000]),
            (500_002, 500_003)
        );
        let shown: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["e.jsonl:100000:5: not an item"]);
    }
}
