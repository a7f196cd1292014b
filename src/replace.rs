//! Replacing a data file so that a crash at any moment leaves the old file or the new
//! one, never a mix: `ingest --write` and `pasar gen` both write through here.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// Writes a temporary file beside `path` with `write`, syncs it, renames it over `path`
/// (keeping the old file's permissions) and syncs the folder. On failure the temporary
/// file is removed.
///
/// Temporary files are named `.NAME.PID.tmp`, so that a writer holding the folder's
/// lock knows any it finds were left by a killed one.
pub fn replace(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut out = BufWriter::new(File::create(&temp)?);
        write(&mut out)?;
        let file = out.into_inner().map_err(io::IntoInnerError::into_error)?;
        if let Ok(meta) = fs::metadata(path) {
            file.set_permissions(meta.permissions())?;
        }
        file.sync_all()?;
        fs::rename(&temp, path)?;
        sync_folder(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
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
