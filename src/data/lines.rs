//! Reading a JSON Lines file: a block at a time, each block split at line ends into one
//! piece for each core, every problem placed at its line and column of the whole file.
//!
//! Two words, two sizes: a *block* is what is read into the buffer at once (a few
//! megabytes a core); a *piece* is one core's share of a block, and what a reader's state
//! holds the lines of.
//!
//! The file is never whole in memory: it is read a few megabytes at a time into one
//! buffer, so what a reader keeps of it (a market, or only ids for `check`) is all that
//! grows with its size.

use std::io::{self, Read};
use std::path::Path;

use super::error::{Diagnostic, char_count};
use super::json::LineError;

/// What one piece's lines were read into, and where that piece started.
pub struct Piece<S> {
    pub state: S,
    /// Lines of the file before the piece's first line.
    pub lines_before: usize,
}

/// Reads one line (with its number in its piece) into a piece's state.
pub type ReadLine<'a, S> = dyn Fn(&mut S, &str, usize) -> Result<(), Vec<LineError>> + Sync + 'a;

/// Bytes of a block each core reads; a block is this times the number of cores. Unit
/// tests use small blocks, so that a few hundred kilobytes span several.
const PER_THREAD: usize = if cfg!(test) { 64 << 10 } else { 4 << 20 };

/// The longest line read: a longer one is an error and is skipped without being kept, so
/// a file of one endless line (a sparse file, a stream of zeros renamed over the data)
/// costs a reload this much memory at most, not the whole file.
pub const LONGEST_LINE: usize = 64 << 20;

/// Reads every non-blank line of `input` with `read`, into a fresh `S` from `start` for
/// each piece of a block (told the piece's size), and hands the pieces to `keep` in file
/// order.
///
/// `read` gets a line and its number counted from its piece's start; the piece's
/// [`Piece::lines_before`] makes it a line of the file. Problems are appended to
/// `diagnostics`.
pub fn read_lines<S: Send>(
    path: &Path,
    input: &mut dyn Read,
    diagnostics: &mut Vec<Diagnostic>,
    start: &(dyn Fn(usize) -> S + Sync),
    read: &ReadLine<'_, S>,
    keep: &mut dyn FnMut(Piece<S>),
) -> io::Result<()> {
    let threads = threads();
    let block = PER_THREAD * threads;
    let mut buffer = Vec::with_capacity(block);
    let mut lines_before = 0;
    let mut at_start = true;
    let mut wanted = block;
    let mut searched = 0;
    loop {
        let end_of_file = fill(input, &mut buffer, wanted)?;
        if at_start {
            at_start = false;
            if buffer.starts_with("\u{feff}".as_bytes()) {
                let message = "file starts with a byte order mark; save it as UTF-8 without BOM";
                diagnostics.push(Diagnostic::new(path, 1, 1, message));
                buffer.drain(..3);
            }
        }
        // Only what was read since the last look can hold a newline: a long line is
        // searched once, not once per block.
        let newline = memchr::memrchr(b'\n', &buffer[searched..]).map(|i| searched + i);
        let whole_lines = match newline {
            _ if end_of_file => buffer.len(),
            Some(last) => last + 1,
            None if buffer.len() > LONGEST_LINE => {
                let message = format!(
                    "line longer than {} MiB, the most one event may take",
                    LONGEST_LINE >> 20
                );
                diagnostics.push(Diagnostic::new(path, lines_before + 1, 1, message));
                skip_rest_of_line(input, &mut buffer, block)?;
                lines_before += 1;
                (wanted, searched) = (block, 0);
                continue;
            }
            None => {
                // One line longer than a block: read on until it ends.
                (wanted, searched) = (buffer.len() + block, buffer.len());
                continue;
            }
        };
        (wanted, searched) = (block, 0);
        let bytes = &buffer[..whole_lines];
        let pieces = split_at_line_ends(bytes, threads.min(bytes.len() / PER_THREAD + 1));
        let read_pieces: Vec<ReadPiece<S>> = if pieces.len() == 1 {
            vec![read_piece(path, bytes, start, read)]
        } else {
            std::thread::scope(|scope| {
                let handles: Vec<_> = pieces
                    .iter()
                    .map(|piece| scope.spawn(|| read_piece(path, piece, start, read)))
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
        for piece in read_pieces {
            diagnostics.extend(piece.diagnostics.into_iter().map(|mut d| {
                d.line += lines_before;
                d
            }));
            keep(Piece {
                state: piece.state,
                lines_before,
            });
            lines_before += piece.newlines;
        }
        if end_of_file {
            return Ok(());
        }
        buffer.drain(..whole_lines);
    }
}

/// Reads on, a block at a time, past the next newline; `buffer` is left holding what
/// follows it (empty at the end of the input).
fn skip_rest_of_line(input: &mut dyn Read, buffer: &mut Vec<u8>, block: usize) -> io::Result<()> {
    loop {
        buffer.clear();
        let end_of_file = fill(input, buffer, block)?;
        if let Some(newline) = memchr::memchr(b'\n', buffer) {
            buffer.drain(..=newline);
            return Ok(());
        }
        if end_of_file {
            buffer.clear();
            return Ok(());
        }
    }
}

/// Reads until `buffer` holds `wanted` bytes or the input ends; true at the end.
fn fill(input: &mut dyn Read, buffer: &mut Vec<u8>, wanted: usize) -> io::Result<bool> {
    while buffer.len() < wanted {
        let missing = (wanted - buffer.len()) as u64;
        // `read_to_end` reads into spare capacity without zeroing it first.
        match input.take(missing).read_to_end(buffer) {
            Ok(0) => return Ok(true),
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(false)
}

/// Threads to read with: `$PASAR_THREADS` when set to a positive number, else every core.
fn threads() -> usize {
    std::env::var("PASAR_THREADS")
        .ok()
        .and_then(|n| n.parse().ok())
        .filter(|&n: &usize| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from))
}

/// Splits `bytes` into about `count` pieces, each ending just after a newline (but the last).
fn split_at_line_ends(bytes: &[u8], count: usize) -> Vec<&[u8]> {
    let mut pieces = Vec::with_capacity(count);
    let mut rest = bytes;
    for left in (2..=count).rev() {
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

/// A piece once read: what its lines gave, their problems, and how many lines it spans.
struct ReadPiece<S> {
    state: S,
    diagnostics: Vec<Diagnostic>,
    newlines: usize,
}

fn read_piece<S>(
    path: &Path,
    bytes: &[u8],
    start: &(dyn Fn(usize) -> S + Sync),
    read: &ReadLine<'_, S>,
) -> ReadPiece<S> {
    let mut piece = ReadPiece {
        state: start(bytes.len()),
        diagnostics: Vec::new(),
        newlines: 0,
    };
    let mut from = 0;
    while from <= bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[from..]).map_or(bytes.len(), |i| from + i);
        let number = piece.newlines + 1;
        read_line(path, &bytes[from..end], number, read, &mut piece);
        if end == bytes.len() {
            break;
        }
        piece.newlines += 1;
        from = end + 1;
    }
    piece
}

fn read_line<S>(
    path: &Path,
    raw: &[u8],
    number: usize,
    read: &ReadLine<'_, S>,
    piece: &mut ReadPiece<S>,
) {
    let line = match std::str::from_utf8(raw) {
        Ok(line) => line,
        Err(e) => {
            let column = 1 + char_count(&raw[..e.valid_up_to()]);
            let message = "invalid UTF-8 in line";
            piece
                .diagnostics
                .push(Diagnostic::new(path, number, column, message));
            return;
        }
    };
    if line.bytes().all(|b| b.is_ascii_whitespace()) {
        return;
    }
    if let Err(problems) = read(&mut piece.state, line, number) {
        piece.diagnostics.extend(problems.into_iter().map(|p| {
            let column = 1 + line.get(..p.offset).map_or(p.offset, |s| s.chars().count());
            Diagnostic::new(path, number, column, p.message)
        }));
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
    fn a_line_over_the_limit_is_an_error_and_skipped_without_being_kept() {
        let long = std::io::repeat(b'x').take(LONGEST_LINE as u64 + (40 << 20));
        let mut input = b"item 1\n".chain(long).chain(&b"\nitem 3\n"[..]);
        let mut diagnostics = Vec::new();
        let items = numbered_from(&mut input, &mut diagnostics);
        assert_eq!(items, [(1, 1), (3, 3)]);
        let shown: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            ["e.jsonl:2:1: line longer than 64 MiB, the most one event may take"]
        );
        // A file that ends inside the long line ends the reading there.
        let mut input = b"item 1\n".chain(std::io::repeat(b'x').take(LONGEST_LINE as u64 + 1));
        let mut diagnostics = Vec::new();
        assert_eq!(numbered_from(&mut input, &mut diagnostics), [(1, 1)]);
        assert_eq!(diagnostics.len(), 1);
    }

    fn numbered(text: &[u8], diagnostics: &mut Vec<Diagnostic>) -> Vec<(usize, usize)> {
        let mut input = text;
        numbered_from(&mut input, diagnostics)
    }

    /// Reads `text` into `(number, line)` pairs of the whole file, in as many blocks and
    /// pieces as `read_lines` makes of it.
    fn numbered_from(
        input: &mut dyn Read,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Vec<(usize, usize)> {
        let mut items = Vec::new();
        let read = |items: &mut Vec<(usize, usize)>, line: &str, number: usize| match line
            .strip_prefix("item ")
        {
            Some(n) => {
                items.push((number, n.parse().map_err(|_| vec![])?));
                Ok(())
            }
            None => Err(vec![LineError::new(4, "not an item")]),
        };
        read_lines(
            Path::new("e.jsonl"),
            input,
            diagnostics,
            &|_| Vec::new(),
            &read,
            &mut |piece| {
                let before = piece.lines_before;
                items.extend(piece.state.into_iter().map(|(line, n)| (line + before, n)));
            },
        )
        .unwrap();
        items
    }

    #[test]
    fn large_files_read_in_blocks_keep_items_and_line_numbers_in_order() {
        // Enough lines for three blocks, however many cores read them.
        let mut text = String::new();
        let mut count = 0;
        while text.len() <= 3 * PER_THREAD * threads() {
            match count {
                9_999 => text.push_str("bad line\n"),
                20_000 => text.push_str("   \n"),
                _ => text.push_str(&format!("item {count}\n")),
            }
            count += 1;
        }
        let mut diagnostics = Vec::new();
        let items = numbered(text.as_bytes(), &mut diagnostics);
        assert_eq!(items.len(), count - 2);
        assert!(items.iter().all(|&(line, n)| line == n + 1));
        let shown: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["e.jsonl:10000:5: not an item"]);
    }

    #[test]
    fn a_line_longer_than_a_block_is_read_whole() {
        // `item 000…02`: a line of three blocks' length that reads as item 2.
        let long = "0".repeat(3 * PER_THREAD * threads());
        let text = format!("item 1\nitem {long}2\nitem 3");
        let mut diagnostics = Vec::new();
        let items = numbered(text.as_bytes(), &mut diagnostics);
        assert_eq!(items, [(1, 1), (2, 2), (3, 3)]);
        assert!(diagnostics.is_empty());
    }
}
