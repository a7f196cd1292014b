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
use crate::replace::{line_ending, lock_folder, replace};

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
        Ok(Memory::parse(&read_text(dir)?))
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

    /// The file's lines, without their endings.
    fn lines(&self) -> Vec<String> {
        let clean = |s: &str| s.replace(|c: char| c.is_control(), " ");
        let mut lines =
            vec!["# pasar fetch: feeds' validators and the articles already read".to_string()];
        for (feed, v) in &self.validators {
            if let Some(etag) = &v.etag {
                lines.push(format!("etag\t{}\t{}", clean(feed), clean(etag)));
            }
            if let Some(date) = &v.last_modified {
                lines.push(format!("modified\t{}\t{}", clean(feed), clean(date)));
            }
        }
        lines.extend(self.urls.iter().map(|url| format!("url\t{}", clean(url))));
        lines.extend(
            self.texts
                .iter()
                .map(|text| format!("text\t{}", clean(text))),
        );
        lines
    }

    fn write(&self, out: &mut dyn Write, eol: &[u8]) -> io::Result<()> {
        for line in self.lines() {
            out.write_all(line.as_bytes())?;
            out.write_all(eol)?;
        }
        Ok(())
    }

    /// Adds what `self` learned to the folder's memory, under the folder's lock (another
    /// fetch may have written meanwhile), and replaces the file atomically. The file
    /// keeps its line endings, as every file pasar writes does: a CRLF file stays CRLF.
    pub fn save(&self, dir: &Path) -> io::Result<()> {
        let lock = lock_folder(dir)?;
        let old = read_text(dir)?;
        let eol = line_ending(old.as_bytes());
        let mut merged = Memory::parse(&old);
        merged.validators.extend(self.validators.clone());
        merged.urls.extend(self.urls.iter().cloned());
        merged.texts.extend(self.texts.iter().cloned());
        replace(&dir.join(FILE), |out| merged.write(out, eol))?;
        drop(lock);
        Ok(())
    }
}

/// The folder's memory as text; a missing file reads as empty.
fn read_text(dir: &Path) -> io::Result<String> {
    match file::read_regular(&dir.join(FILE), file::FETCHED_LIMIT) {
        Ok(bytes) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(String::new()),
        Err(e) => Err(e),
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

    #[test]
    fn a_crlf_file_stays_crlf_when_more_is_learned() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE);
        std::fs::write(
            &path,
            "# kept by hand on Windows\r\nurl\thttps://example.com/old\r\n",
        )
        .unwrap();
        let mut memory = Memory::default();
        memory.texts.insert("0123456789abcdef".into());
        memory.save(dir.path()).unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "# pasar fetch: feeds' validators and the articles already read\r\n\
             url\thttps://example.com/old\r\n\
             text\t0123456789abcdef\r\n"
        );
    }

    #[test]
    fn an_lf_file_stays_lf_when_more_is_learned() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE);
        std::fs::write(&path, "url\thttps://example.com/old\n").unwrap();
        let mut memory = Memory::default();
        memory.urls.insert("https://example.com/new".into());
        memory.save(dir.path()).unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "# pasar fetch: feeds' validators and the articles already read\n\
             url\thttps://example.com/new\n\
             url\thttps://example.com/old\n"
        );
    }
}
