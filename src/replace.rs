//! Replacing a data file so that a crash at any moment leaves the old file or the new
//! one, never a mix: `ingest --write` and `pasar gen` both write through here.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Writes a temporary file beside the real file behind `path` with `write`, syncs it,
/// renames it over that file and syncs the folder. On failure the temporary file is
/// removed.
///
/// The write changes only what it was asked to: through a symbolic link it replaces the
/// file the link leads to (the link stays a link), and the new file keeps the old one's
/// permissions, owner and group (the owner when the writer may set it: root, or the
/// owner itself).
///
/// Temporary files are named `.NAME.PID.tmp`, so that a writer holding the folder's
/// lock knows any it finds were left by a killed one.
pub fn replace(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let real = real_path(path)?;
    let dir = real.parent().unwrap_or(Path::new("."));
    let name = real.file_name().unwrap_or_default().to_string_lossy();
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    // Removes the temporary file however writing ends short of the rename, a panic too.
    struct Unfinished<'a>(&'a Path, bool);
    impl Drop for Unfinished<'_> {
        fn drop(&mut self) {
            if !self.1 {
                let _ = fs::remove_file(self.0);
            }
        }
    }
    let mut unfinished = Unfinished(&temp, false);
    let result = (|| {
        let mut out = BufWriter::new(File::create(&temp)?);
        write(&mut out)?;
        let file = out.into_inner().map_err(io::IntoInnerError::into_error)?;
        if let Ok(meta) = fs::metadata(&real) {
            keep_owner(&file, &meta)?;
            file.set_permissions(meta.permissions())?;
        }
        file.sync_all()?;
        fs::rename(&temp, &real)?;
        unfinished.1 = true;
        sync_folder(dir)
    })();
    drop(unfinished);
    result
}

/// New lines on their way into a file, a batch at a time: what an append through
/// [`append_streamed`] does with each item it is handed.
pub trait Batches<T> {
    /// Takes an item in; true when a full batch waits to be written.
    fn take(&mut self, item: T) -> bool;
    /// Checks the batch and writes it; an error stops the append.
    fn flush(&mut self, out: &mut dyn Write) -> io::Result<()>;
    /// Whether lines wait in the batch.
    fn pending(&self) -> bool;
    /// Whether the append must stop: a line that could not be made or would not load.
    fn failed(&self) -> bool;
    /// How many lines were written.
    fn written(&self) -> usize;
}

/// Why a streamed append wrote nothing.
pub enum Stopped<E> {
    /// Drafting gave up.
    Drafted(E),
    /// The batches failed (they keep why).
    Batches,
    Io(io::Error),
}

/// Replaces `path` with its old contents (written by `old`, only once a first batch is
/// ready) and the lines `batches` makes of what `draft` hands it, as they come. Gives
/// whether anything was written: when nothing is new, the file is left untouched.
pub fn append_streamed<T, E>(
    path: &Path,
    old: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    draft: impl FnOnce(&mut dyn FnMut(T)) -> Result<(), E>,
    batches: &mut impl Batches<T>,
) -> Result<bool, Stopped<E>> {
    let mut drafted = Ok(());
    let mut nothing_new = false;
    let written = replace(path, |out| {
        let mut old = Some(old);
        let mut start = |out: &mut dyn Write| old.take().map_or(Ok(()), |old| old(out));
        let mut io_error = None;
        drafted = draft(&mut |item| {
            if io_error.is_none() && !batches.failed() && batches.take(item) {
                io_error = start(out).and_then(|()| batches.flush(out)).err();
            }
        });
        if let Some(e) = io_error {
            return Err(e);
        }
        if drafted.is_ok() && !batches.failed() && batches.pending() {
            start(out)?;
            batches.flush(out)?;
        }
        nothing_new = drafted.is_ok() && !batches.failed() && batches.written() == 0;
        match nothing_new || drafted.is_err() || batches.failed() {
            true => Err(io::Error::other("nothing to write")),
            false => Ok(()),
        }
    });
    drafted.map_err(Stopped::Drafted)?;
    if batches.failed() {
        return Err(Stopped::Batches);
    }
    if nothing_new {
        return Ok(false);
    }
    // Also when the temporary file could not be made and nothing was drafted.
    written.map_err(Stopped::Io)?;
    Ok(true)
}

/// Deletes the temporary files `replace` left beside the file `name` of `dir` when a
/// writer was killed: only a holder of the folder's lock writes them, so under the lock
/// every one of them is stale.
pub fn remove_stale_temps(dir: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{name}.");
    for entry in entries.flatten() {
        let found = entry.file_name();
        let found = found.to_string_lossy();
        if found.starts_with(&prefix) && found.ends_with(".tmp") {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Gives each line of `path` from byte `from` on, without its ending: read back under
/// the folder's lock, these are the lines an append has just written.
pub fn lines_from(path: &Path, from: u64, line: &mut dyn FnMut(&str)) -> io::Result<()> {
    use std::io::{BufRead, Seek, SeekFrom};
    let mut file = File::open(path)?;
    file.seek(SeekFrom::Start(from))?;
    let mut reader = io::BufReader::new(file);
    let mut text = String::new();
    while reader.read_line(&mut text)? > 0 {
        line(text.trim_end_matches(['\n', '\r']));
        text.clear();
    }
    Ok(())
}

/// The file `path` leads to: links followed one by one (a relative target is relative to
/// the link's folder), so that a link to a file not yet there still names where it goes.
pub fn real_path(path: &Path) -> io::Result<PathBuf> {
    let mut at = path.to_path_buf();
    // As many links as the kernel follows before it gives up (ELOOP).
    for _ in 0..40 {
        match fs::symlink_metadata(&at) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&at)?;
                at = at.parent().unwrap_or(Path::new("")).join(target);
            }
            _ => return Ok(at),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// Gives the new file the old one's owner and group. Only root may give a file away: a
/// user who is not its owner keeps at least the group when they belong to it, and is
/// otherwise left the owner, as any editor that saves by rename leaves them.
#[cfg(unix)]
fn keep_owner(file: &File, old: &fs::Metadata) -> io::Result<()> {
    use std::os::unix::fs::{MetadataExt, fchown};
    let kept = fchown(file, Some(old.uid()), Some(old.gid()));
    match kept {
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied => {
            let _ = fchown(file, None, Some(old.gid()));
            Ok(())
        }
        other => other,
    }
}

#[cfg(not(unix))]
fn keep_owner(_: &File, _: &fs::Metadata) -> io::Result<()> {
    Ok(())
}

/// The line ending a text file uses, judged by its first line: `\r\n` or `\n`. Lines
/// added to a file are written with it, so a CRLF file does not end up with two kinds.
pub fn line_ending(text: &[u8]) -> &'static [u8] {
    match memchr::memchr(b'\n', text) {
        Some(end) if end > 0 && text[end - 1] == b'\r' => b"\r\n",
        _ => b"\n",
    }
}

/// Makes a rename in `dir` durable (on Unix a folder is synced like a file).
fn sync_folder(dir: &Path) -> io::Result<()> {
    if cfg!(unix) {
        File::open(dir)?.sync_all()
    } else {
        Ok(())
    }
}

/// Takes the data folder's writer lock (`.pasar.lock`), waiting for any other writer:
/// whoever holds it may read, check and replace the folder's files. Dropping the file
/// releases it.
pub fn lock_folder(dir: &Path) -> io::Result<File> {
    let lock = fs::OpenOptions::new()
        .create(true)
        .write(true)
        .truncate(false)
        .open(dir.join(".pasar.lock"))?;
    lock.lock()?;
    Ok(lock)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};

    #[test]
    fn a_link_is_written_through_and_stays_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real");
        fs::create_dir(&real).unwrap();
        fs::write(real.join("events.jsonl"), "old\n").unwrap();
        let link = dir.path().join("events.jsonl");
        symlink("real/events.jsonl", &link).unwrap();
        replace(&link, |out| out.write_all(b"new\n")).unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(real.join("events.jsonl")).unwrap(), b"new\n");
        // A chain of links, and one to a file not there yet.
        let second = dir.path().join("second");
        symlink(&link, &second).unwrap();
        replace(&second, |out| out.write_all(b"newer\n")).unwrap();
        assert_eq!(fs::read(real.join("events.jsonl")).unwrap(), b"newer\n");
        let dangling = dir.path().join("dangling");
        symlink("real/later.jsonl", &dangling).unwrap();
        replace(&dangling, |out| out.write_all(b"x")).unwrap();
        assert_eq!(fs::read(real.join("later.jsonl")).unwrap(), b"x");
        assert!(
            fs::symlink_metadata(&dangling)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }

    #[test]
    fn mode_owner_and_group_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("events.jsonl");
        fs::write(&path, "old\n").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        // Root can give the file away first, and so shows the owner is kept; anyone else
        // shows that their own ownership is.
        let other = 4242;
        let _ = std::os::unix::fs::chown(&path, Some(other), Some(other));
        let before = fs::metadata(&path).unwrap();
        replace(&path, |out| out.write_all(b"new\n")).unwrap();
        let after = fs::metadata(&path).unwrap();
        assert_eq!(after.mode() & 0o7777, 0o640);
        assert_eq!((after.uid(), after.gid()), (before.uid(), before.gid()));
    }

    #[test]
    fn line_endings_are_judged_by_the_first_line() {
        assert_eq!(line_ending(b"a\r\nb\r\n"), b"\r\n");
        assert_eq!(line_ending(b"a\nb\r\n"), b"\n");
        assert_eq!(line_ending(b""), b"\n");
        assert_eq!(line_ending(b"\r\n"), b"\r\n");
        assert_eq!(line_ending(b"no end"), b"\n");
    }
}
