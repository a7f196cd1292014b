//! The `pasar ingest` command: read articles, print candidate events or mentions, or
//! append the new events to the dataset.

use std::io::{self, BufWriter, Write};
use std::path::Path;

use crate::cli::IngestArgs;
use crate::data::file::{ARTICLE_LIMIT, decode, read_at_most, read_regular};
use crate::data::{DataSource, Date, Event, Market};
use crate::export::event_line;
use crate::ingest::events::{Origin, Skipped, draft_each};
use crate::ingest::record::mention_line;
use crate::ingest::write::{Against, Fresh, append};
use crate::ingest::{Context, IngestError, Lang, Players, Scan, scan_sentences};

use super::Failure;

/// What to tell the user on stderr once the command has succeeded.
#[derive(Debug, Default)]
pub struct Notes {
    lines: Vec<String>,
    /// Relative dates left out for want of a publication date.
    unresolved: usize,
    /// Candidate events left out because neither their sentence nor `--published` dates them.
    undated: usize,
    /// Relative dates left out because the publication date lacks their day or month.
    too_coarse: usize,
}

impl Notes {
    /// Takes note of what a scan left out, naming why for a date that points nowhere.
    fn count(&mut self, scan: &Scan, published: Option<Date>) {
        self.unresolved += scan.unresolved;
        self.too_coarse += scan.too_coarse;
        for (phrase, reason) in &scan.nowhere {
            let from = published.map(|p| p.to_string()).unwrap_or_default();
            self.lines.push(format!(
                "relative date \"{}\" left out: {reason} ({from})",
                crate::text::clean(phrase)
            ));
        }
    }

    /// Every note, the missing-publication-date one said once for all articles.
    pub fn lines(self) -> Vec<String> {
        let mut lines = self.lines;
        if self.too_coarse > 0 {
            lines.insert(
                0,
                format!(
                    "{} relative dates (such as \"kemarin\") left out: they need --published as a full YYYY-MM-DD date",
                    self.too_coarse
                ),
            );
        }
        if self.unresolved > 0 || self.undated > 0 {
            let left: Vec<String> = [
                (self.unresolved, "relative dates"),
                (self.undated, "undated events"),
            ]
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, what)| format!("{n} {what}"))
            .collect();
            lines.insert(
                0,
                format!(
                    "{} left out: pass --published DATE (or --source ID) to resolve them",
                    left.join(" and ")
                ),
            );
        }
        lines
    }
}

/// An article's name (as given on the command line) and text.
struct Article {
    name: String,
    text: String,
    /// Where it was read from, when it came from the web.
    found: Option<crate::inbox::Article>,
}

/// Runs the command. Candidates and mentions are printed as they are read, so memory
/// follows the articles rather than what is found in them; everything the input can get
/// wrong (an article, the data folder, `--source`) is checked before the first line, so a
/// command that fails prints nothing on stdout.
pub fn run(args: &IngestArgs, data: &DataSource) -> Result<(), Failure> {
    let mut notes = Notes::default();
    let mut out = Output::new(io::stdout().lock());
    extract(args, data, &mut out, &mut notes)?;
    out.finish()
        .map_err(|e| io::Error::new(e.kind(), format!("cannot write output: {e}")))?;
    for note in notes.lines() {
        eprintln!("pasar: {note}");
    }
    Ok(())
}

/// Standard output through a buffer, keeping the first error: lines go out as they are
/// drafted, and a failed write ends the command once drafting is over.
pub struct Output<'a> {
    inner: BufWriter<Box<dyn Write + 'a>>,
    error: Option<io::Error>,
}

impl<'a> Output<'a> {
    pub fn new(inner: impl Write + 'a) -> Output<'a> {
        Output {
            inner: BufWriter::with_capacity(64 * 1024, Box::new(inner)),
            error: None,
        }
    }

    fn line(&mut self, line: &str) {
        if self.error.is_none() {
            let written = self
                .inner
                .write_all(line.as_bytes())
                .and_then(|()| self.inner.write_all(b"\n"));
            self.error = written.err();
        }
    }

    /// Flushes what is buffered, or gives the first error.
    pub fn finish(mut self) -> io::Result<()> {
        match self.error.take() {
            Some(e) => Err(e),
            None => self.inner.flush(),
        }
    }
}

/// What reading one article gives, handed on as soon as it is found.
enum Found {
    /// A line of `--mentions`.
    Mention(String),
    Event(Event),
}

/// Does the work, writing stdout's lines to `out` and messages for stderr to `notes`
/// (`--explain`'s lines go to stderr as they come).
pub fn extract(
    args: &IngestArgs,
    data: &DataSource,
    out: &mut Output,
    notes: &mut Notes,
) -> Result<(), IngestError> {
    let articles = args
        .files
        .iter()
        .map(|p| read_article(p))
        .collect::<Result<Vec<_>, _>>()?;
    if args.inbox {
        return to_inbox(args, data, &articles, out, notes);
    }
    if !args.write {
        let market = data.load().map_err(IngestError::Invalid)?;
        let source = source_index(&market, args.source.as_deref())?;
        let many = articles.len() > 1;
        // A preview repeats no candidate: each is checked against the earlier ones as
        // it comes, and only fingerprints of those are kept.
        let mut fresh = Fresh::new(&market, Against::DraftsOnly);
        for article in &articles {
            let file = many.then_some(article.name.as_str());
            process(
                args,
                &market,
                source,
                article,
                file,
                notes,
                &mut |found| match found {
                    Found::Mention(line) => out.line(&line),
                    Found::Event(event) => {
                        if let Some(event) = fresh.admit(event) {
                            out.line(&event_line(&market, &event).unwrap_or_default());
                        }
                    }
                },
            );
        }
        return Ok(());
    }
    let DataSource::Folder(dir) = data else {
        return Err(IngestError::Embedded);
    };
    let appended = append(
        dir,
        |market, sink| {
            let source = source_index(market, args.source.as_deref())?;
            for article in &articles {
                process(args, market, source, article, None, notes, &mut |found| {
                    if let Found::Event(event) = found {
                        sink(event);
                    }
                });
            }
            Ok::<(), IngestError>(())
        },
        |line| out.line(line),
    )?;
    let events = |n: usize| {
        if n == 1 {
            "1 new event".to_string()
        } else {
            format!("{n} new events")
        }
    };
    notes.lines.push(format!(
        "appended {} to {}; skipped {} with the date, kind and actors of an event already there",
        events(appended.added),
        dir.join("events.jsonl").display(),
        appended.skipped
    ));
    Ok(())
}

/// `--inbox`: queues every candidate of every article for review.
fn to_inbox(
    args: &IngestArgs,
    data: &DataSource,
    articles: &[Article],
    out: &mut Output,
    notes: &mut Notes,
) -> Result<(), IngestError> {
    let DataSource::Folder(dir) = data else {
        return Err(IngestError::Embedded);
    };
    // A missing folder or an unknown --source is worded as for a preview, before the lock.
    let market = data.load().map_err(IngestError::Invalid)?;
    source_index(&market, args.source.as_deref())?;
    let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let queued = crate::inbox::queue(
        dir,
        &now,
        |market, sink| {
            let source = source_index(market, args.source.as_deref())?;
            for article in articles {
                let mut found = article
                    .found
                    .clone()
                    .unwrap_or_else(|| crate::inbox::Article {
                        title: Path::new(&article.name)
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned()),
                        ..Default::default()
                    });
                found.published = args.published.map(|d| d.to_string());
                process(args, market, source, article, None, notes, &mut |drafted| {
                    if let Found::Event(event) = drafted {
                        sink(crate::inbox::Finding {
                            article: found.clone(),
                            sentence: event.summary.clone().unwrap_or_default(),
                            source: args.source.clone(),
                            event,
                        });
                    }
                });
            }
            Ok::<(), IngestError>(())
        },
        |line| out.line(line),
    )?;
    notes.lines.push(format!(
        "queued {} in {} ({} may restate an event or candidate; {} already there)",
        count_candidates(queued.added),
        dir.join(crate::inbox::FILE).display(),
        queued.duplicates,
        queued.already
    ));
    Ok(())
}

/// `1 candidate`, `3 candidates`.
pub fn count_candidates(n: usize) -> String {
    if n == 1 {
        "1 candidate".to_string()
    } else {
        format!("{n} candidates")
    }
}

/// Reads one article a sentence at a time, handing `found` its mentions with
/// `--mentions`, else its draft events, as they come.
fn process(
    args: &IngestArgs,
    market: &Market,
    source: Option<usize>,
    article: &Article,
    file: Option<&str>,
    notes: &mut Notes,
    found: &mut dyn FnMut(Found),
) {
    // A named source's publication date stands in for --published.
    let published: Option<Date> = args
        .published
        .or_else(|| source.map(|s| market.sources[s].published));
    let players = Players::new(&market.players);
    let ctx = Context {
        lang: args.lang.unwrap_or_else(|| Lang::detect(&article.text)),
        published,
        players: &players,
    };
    if args.mentions {
        // Mentions only: no events are drafted, so none is counted as undated.
        let scan = scan_sentences(&article.text, &ctx, |_, _, mentions| {
            for mention in &mentions {
                found(Found::Mention(mention_line(
                    &article.text,
                    mention,
                    market,
                    file,
                )));
            }
        });
        notes.count(&scan, published);
        return;
    }
    let origin = Origin {
        market,
        published,
        source,
    };
    let mut at = Position::default();
    let scan = draft_each(&article.text, &ctx, &origin, |drafted| match drafted {
        Ok(event) => found(Found::Event(event)),
        Err(skipped) if args.explain => eprintln!("{}", explain(article, &skipped, &mut at)),
        Err(_) => {}
    });
    notes.count(&scan, published);
    notes.undated += scan.undated;
}

/// The index of the `--source` id in the market's sources; an unknown id is an error
/// that lists the known ones.
fn source_index(market: &Market, id: Option<&str>) -> Result<Option<usize>, IngestError> {
    let Some(id) = id else { return Ok(None) };
    let known = || {
        market
            .sources
            .iter()
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match market.sources.iter().position(|s| s.id == id) {
        Some(index) => Ok(Some(index)),
        None => Err(IngestError::UnknownSource {
            id: id.to_string(),
            known: known(),
        }),
    }
}

/// Reads an article as UTF-8; `-` is standard input, an http or https address a web
/// page (its main text).
fn read_article(path: &Path) -> Result<Article, IngestError> {
    if let Some(url) = path
        .to_str()
        .filter(|p| p.starts_with("http://") || p.starts_with("https://"))
    {
        return read_web_article(url);
    }
    let read_error = |source| IngestError::Read {
        path: path.to_path_buf(),
        source,
    };
    let bytes = if path == Path::new("-") {
        read_at_most(&mut io::stdin(), ARTICLE_LIMIT).map_err(read_error)?
    } else {
        read_regular(path, ARTICLE_LIMIT).map_err(read_error)?
    };
    let text = decode(bytes).map_err(|offset| IngestError::Utf8 {
        path: path.to_path_buf(),
        offset,
    })?;
    Ok(Article {
        name: path.display().to_string(),
        text,
        found: None,
    })
}

/// Reads the main text of a web page.
fn read_web_article(url: &str) -> Result<Article, IngestError> {
    use crate::fetch::{canonical::canonical_url, http, page};
    let failed = |why: String| IngestError::Web {
        url: crate::text::clean(url).into_owned(),
        why: crate::text::clean(&why).into_owned(),
    };
    let mut client = http::Client::new(http::Options::default());
    let body = match client.get(url, &http::Validators::default()) {
        Ok(http::Reply::Body(body)) => body,
        Ok(http::Reply::NotModified) => return Err(failed("HTTP 304".into())),
        Err(e) => return Err(failed(e.to_string())),
    };
    let html = page::decode(&body.bytes, body.content_type.as_deref());
    let (title, text) = page::article_text(&html, &body.url)
        .ok_or_else(|| failed("no article text found".into()))?;
    let address = canonical_url(&body.url);
    let publisher = url::Url::parse(&address)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned));
    Ok(Article {
        name: url.to_string(),
        text,
        found: Some(crate::inbox::Article {
            url: Some(address),
            title: Some(title).filter(|t| !t.is_empty()),
            publisher,
            published: None,
            feed: None,
        }),
    })
}

/// Line and column of a byte offset, counted on from the last offset asked about, so
/// placing every sentence of an article costs one pass over it, not one each.
#[derive(Default)]
struct Position {
    offset: usize,
    /// Line breaks before `offset`.
    line: usize,
    /// Characters between the last line break and `offset`.
    column: usize,
}

impl Position {
    /// The 1-based line and column (in characters) of `offset`.
    fn of(&mut self, text: &str, offset: usize) -> (usize, usize) {
        if offset < self.offset {
            *self = Position::default();
        }
        for &b in &text.as_bytes()[self.offset..offset] {
            match b {
                b'\n' => (self.line, self.column) = (self.line + 1, 0),
                // A UTF-8 continuation byte is part of the character before it.
                0x80..=0xbf => {}
                _ => self.column += 1,
            }
        }
        self.offset = offset;
        (self.line + 1, self.column + 1)
    }
}

/// `article.txt:3:1: left out (no event word and no figure): Cuaca cerah.`: where the
/// sentence starts (columns count characters, from 1), why, and the sentence on one line.
fn explain(article: &Article, skipped: &Skipped, at: &mut Position) -> String {
    let (line, column) = at.of(&article.text, skipped.sentence.start);
    let sentence = article.text[skipped.sentence.clone()]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    format!(
        "{}:{line}:{column}: left out ({}): {}",
        crate::text::clean(&article.name),
        crate::text::clean(&skipped.why.to_string()),
        crate::text::clean(&crate::text::clip(&sentence, 160))
    )
}

#[cfg(test)]
mod tests {
    use super::Position;

    #[test]
    fn positions_are_counted_in_lines_and_characters_from_one() {
        let text = "Satu.\nDüa é. Tiga\n\nEmpat.";
        let mut at = Position::default();
        let want = [(0, (1, 1)), (6, (2, 1)), (15, (2, 8)), (21, (4, 1))];
        let got: Vec<(usize, (usize, usize))> = want
            .iter()
            .map(|&(offset, _)| (offset, at.of(text, offset)))
            .collect();
        assert_eq!(got, want);
        // Asked again for an earlier offset, it counts from the start.
        assert_eq!(at.of(text, 6), (2, 1));
    }
}
