//! What `pasar fetch` has already read, kept as plain text in the data folder
//! (`fetched.txt`), so that a copied or cloned market does not fetch it again.
//!
//! One fact a line, tab-separated: `etag FEED VALUE`, `modified FEED VALUE` (a feed's
//! validators), `url CANONICAL-URL` and `text FINGERPRINT` (articles read). Lines it
//! does not know are kept out of the way of nothing: they are ignored.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};
use std::path::Path;

use super::http::Validators;
use crate::data::file;
use crate::replace::{lock_folder, replace};

/// The file's name in the data folder.
pub const FILE: &str = "fetched.txt";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Memory {
    pub validators: BTreeMap<String, Validators>,
    pub urls: BTreeSet<String>,
    pub texts: BTreeSet<String>,
}

impl Memory {
    /// Reads the memory of the folder; a missing file is an empty memory. Like every
    /// file pasar reads it must be a regular file, read within a limit: a named pipe
    /// there would otherwise hold `fetch` (and the tracker's background fetch) forever.
    pub fn load(dir: &Path) -> io::Result<Memory> {
        match file::read_regular(&dir.join(FILE), file::FETCHED_LIMIT) {
            Ok(bytes) => Ok(Memory::parse(&String::from_utf8_lossy(&bytes))),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Memory::default()),
            Err(e) => Err(e),
        }
    }

    pub fn parse(text: &str) -> Memory {
        let mut memory = Memory::default();
        for line in text.lines() {
            let mut fields = line.splitn(3, '\t');
            match (fields.next(), fields.next(), fields.next()) {
                (Some("etag"), Some(feed), Some(value)) => {
                    memory.validators.entry(feed.into()).or_default().etag = Some(value.into());
                }
                (Some("modified"), Some(feed), Some(value)) => {
                    let validators = memory.validators.entry(feed.into()).or_default();
                    validators.last_modified = Some(value.into());
                }
                (Some("url"), Some(url), None) => {
                    memory.urls.insert(url.into());
                }
                (Some("text"), Some(fingerprint), None) => {
                    memory.texts.insert(fingerprint.into());
                }
                _ => {}
            }
        }
        memory
    }

    fn write(&self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(
            out,
            "# pasar fetch: feeds' validators and the articles already read"
        )?;
        let clean = |s: &str| s.replace(|c: char| c.is_control(), " ");
        for (feed, v) in &self.validators {
            if let Some(etag) = &v.etag {
                writeln!(out, "etag\t{}\t{}", clean(feed), clean(etag))?;
            }
            if let Some(date) = &v.last_modified {
                writeln!(out, "modified\t{}\t{}", clean(feed), clean(date))?;
            }
        }
        for url in &self.urls {
            writeln!(out, "url\t{}", clean(url))?;
        }
        for text in &self.texts {
            writeln!(out, "text\t{}", clean(text))?;
        }
        Ok(())
    }

    /// Adds what `self` learned to the folder's memory, under the folder's lock (another
    /// fetch may have written meanwhile), and replaces the file atomically.
    pub fn save(&self, dir: &Path) -> io::Result<()> {
        let lock = lock_folder(dir)?;
        let mut merged = Memory::load(dir)?;
        merged.validators.extend(self.validators.clone());
        merged.urls.extend(self.urls.iter().cloned());
        merged.texts.extend(self.texts.iter().cloned());
        replace(&dir.join(FILE), |out| merged.write(out))?;
        drop(lock);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_and_reads_back_what_was_read() {
        let dir = tempfile::tempdir().unwrap();
        let mut memory = Memory::default();
        memory.validators.insert(
            "antara".into(),
            Validators {
                etag: Some("\"v1\"".into()),
                last_modified: Some("Tue, 01 Dec 2026 08:00:00 GMT".into()),
            },
        );
        memory.urls.insert("https://example.com/a".into());
        memory.texts.insert("00000000deadbeef".into());
        memory.save(dir.path()).unwrap();
        let text = std::fs::read_to_string(dir.path().join(FILE)).unwrap();
        assert_eq!(
            text,
            "# pasar fetch: feeds' validators and the articles already read\n\
             etag\tantara\t\"v1\"\n\
             modified\tantara\tTue, 01 Dec 2026 08:00:00 GMT\n\
             url\thttps://example.com/a\n\
             text\t00000000deadbeef\n"
        );
        assert_eq!(Memory::load(dir.path()).unwrap(), memory);
    }
}
