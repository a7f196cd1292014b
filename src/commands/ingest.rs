//! The `pasar ingest` command: read articles, print candidate events or mentions, or
//! append the new events to the dataset.

use std::io::{self, Write};
use std::path::Path;

use crate::cli::IngestArgs;
use crate::data::file::{ARTICLE_LIMIT, decode, read_at_most, read_regular};
use crate::data::{DataSource, Date, Event, Market};
use crate::export::event_line;
use crate::ingest::events::{Origin, Skipped, draft_article};
use crate::ingest::record::mention_line;
use crate::ingest::write::{Against, append, only_new};
use crate::ingest::{Context, IngestError, Lang, Players, Scan, scan};

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
    /// With `--explain`: each sentence that gave no event, and why.
    explained: Vec<String>,
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

    /// `--explain`'s lines, `FILE:LINE:COL: left out (reason): sentence`, in text order.
    pub fn explained(&self) -> &[String] {
        &self.explained
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

/// Runs the command; prints its output only when it succeeds.
pub fn run(args: &IngestArgs, data: &DataSource) -> Result<(), Failure> {
    let mut out = Vec::new();
    let mut notes = Notes::default();
    extract(args, data, &mut out, &mut notes)?;
    for line in notes.explained() {
        eprintln!("{line}");
    }
    for note in notes.lines() {
        eprintln!("pasar: {note}");
    }
    let mut stdout = io::stdout().lock();
    stdout
        .write_all(&out)
        .and_then(|()| stdout.flush())
        .map_err(|e| io::Error::new(e.kind(), format!("cannot write output: {e}")))?;
    Ok(())
}

/// Does the work, writing stdout's bytes to `out` and messages for stderr to `notes`.
pub fn extract(
    args: &IngestArgs,
    data: &DataSource,
    out: &mut Vec<u8>,
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
        let many = articles.len() > 1;
        let mut drafts = Vec::new();
        for article in &articles {
            let file = many.then_some(article.name.as_str());
            drafts.extend(process(args, &market, article, file, out, notes)?);
        }
        let (fresh, _) = only_new(&market, drafts, Against::DraftsOnly);
        for event in &fresh {
            push_line(out, &event_line(&market, event).unwrap_or_default());
        }
        return Ok(());
    }
    let DataSource::Folder(dir) = data else {
        return Err(IngestError::Embedded);
    };
    let appended = append(dir, |market| {
        let mut drafts = Vec::new();
        for article in &articles {
            drafts.extend(process(
                args,
                market,
                article,
                None,
                &mut Vec::new(),
                notes,
            )?);
        }
        Ok(drafts)
    })?;
    for line in &appended.lines {
        push_line(out, line);
    }
    let events = |n: usize| {
        if n == 1 {
            "1 new event".to_string()
        } else {
            format!("{n} new events")
        }
    };
    notes.lines.push(format!(
        "appended {} to {}; skipped {} with the date, kind and actors of an event already there",
        events(appended.lines.len()),
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
    out: &mut Vec<u8>,
    notes: &mut Notes,
) -> Result<(), IngestError> {
    let DataSource::Folder(dir) = data else {
        return Err(IngestError::Embedded);
    };
    let market = data.load().map_err(IngestError::Invalid)?;
    let mut findings = Vec::new();
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
        for event in process(args, &market, article, None, &mut Vec::new(), notes)? {
            findings.push(crate::inbox::Finding {
                article: found.clone(),
                sentence: event.summary.clone().unwrap_or_default(),
                source: args.source.clone(),
                event,
            });
        }
    }
    let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let queued = crate::inbox::queue(dir, &findings, &now)?;
    for line in &queued.lines {
        push_line(out, line);
    }
    notes.lines.push(format!(
        "queued {} in {} ({} may restate an event or candidate; {} already there)",
        count_candidates(queued.lines.len()),
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

fn push_line(out: &mut Vec<u8>, line: &str) {
    out.extend_from_slice(line.as_bytes());
    out.push(b'\n');
}

/// Scans one article: prints its mentions with `--mentions`, else returns its draft events.
fn process(
    args: &IngestArgs,
    market: &Market,
    article: &Article,
    file: Option<&str>,
    out: &mut Vec<u8>,
    notes: &mut Notes,
) -> Result<Vec<Event>, IngestError> {
    let source = source_index(market, args.source.as_deref())?;
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
        let scan = scan(&article.text, &ctx);
        notes.count(&scan, published);
        for mention in &scan.mentions {
            push_line(out, &mention_line(&article.text, mention, market, file));
        }
        return Ok(Vec::new());
    }
    let origin = Origin {
        market,
        published,
        source,
    };
    let drafted = draft_article(&article.text, &ctx, &origin);
    notes.count(&drafted.scan, published);
    notes.undated += drafted.scan.undated;
    if args.explain {
        for skipped in &drafted.skipped {
            notes.explained.push(explain(article, skipped));
        }
    }
    Ok(drafted.events)
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

/// `article.txt:3:1: left out (no event word and no figure): Cuaca cerah.`: where the
/// sentence starts (columns count characters, from 1), why, and the sentence on one line.
fn explain(article: &Article, skipped: &Skipped) -> String {
    let before = &article.text[..skipped.sentence.start];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
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
