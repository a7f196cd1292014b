//! `pasar fetch`: news in. Each feed of `market.toml` is read (RSS 2.0, RSS 1.0, Atom,
//! JSON Feed); each item not read before gives its text — the feed's own content when it
//! has it, else the linked page's main text — to ingest, and the candidates go to the
//! inbox.
//!
//! Nothing is read twice: a feed is asked for with its last validators (a 304 costs no
//! parsing), and an article is known by its canonical address and by its text, both
//! remembered in the data folder ([`memory`]). One feed failing never stops the others.

pub mod background;
pub mod canonical;
pub mod http;
pub mod memory;
pub mod page;

use std::path::Path;

use crate::data::{Date, Feed, Market};
use crate::inbox::{self, Article, Finding, InboxError};
use crate::ingest::events::{Origin, candidates};
use crate::ingest::{Context, Lang, Players};

use canonical::{canonical_url, text_fingerprint};
use http::{Client, HttpError, Reply};
use memory::Memory;

/// How reading one feed went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Read: how many items it listed, how many were new articles, how many candidates
    /// they gave, and the pages that could not be read (tried again next time).
    Read {
        items: usize,
        articles: usize,
        candidates: usize,
        failed: Vec<String>,
    },
    /// The server said nothing changed since the last fetch.
    NotModified,
    /// The feed could not be fetched.
    Unreachable(HttpError),
    /// What came back is not a feed.
    Malformed(String),
}

/// One feed's outcome, said as a line of the summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedReport {
    pub feed: String,
    pub url: String,
    pub outcome: Outcome,
}

impl std::fmt::Display for FeedReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let feed = crate::text::clean(&self.feed);
        let url = crate::text::clean(&self.url);
        match &self.outcome {
            Outcome::Read {
                items,
                articles,
                candidates,
                failed,
            } => {
                let many = |n: usize, one: &str, more: &str| {
                    format!("{n} {}", if n == 1 { one } else { more })
                };
                write!(
                    f,
                    "{feed}: {}, {}, {}",
                    many(*items, "item", "items"),
                    many(*articles, "new article", "new articles"),
                    many(*candidates, "candidate", "candidates"),
                )?;
                if let Some(first) = failed.first() {
                    let pages = many(failed.len(), "page", "pages");
                    write!(f, "; {pages} not read ({})", crate::text::clean(first))?;
                }
                Ok(())
            }
            Outcome::NotModified => write!(f, "{feed}: not modified since the last fetch"),
            Outcome::Unreachable(e) => {
                let why = e.to_string();
                write!(
                    f,
                    "{feed}: cannot reach {url}: {}",
                    crate::text::clean(&why)
                )
            }
            Outcome::Malformed(why) => {
                write!(
                    f,
                    "{feed}: {url} is not a feed: {}",
                    crate::text::clean(why)
                )
            }
        }
    }
}

/// Reads `feeds` of the market in data folder `dir`, queueing candidates in its inbox
/// as found at `found` (RFC 3339). An error is returned only when the inbox or the
/// memory cannot be written; each feed's own trouble is in its report.
pub fn fetch(
    dir: &Path,
    market: &Market,
    feeds: &[&Feed],
    client: &mut Client,
    found: &str,
) -> Result<Vec<FeedReport>, FetchError> {
    let mut reports = Vec::with_capacity(feeds.len());
    for feed in feeds {
        let mut memory = Memory::load(dir).map_err(FetchError::memory(dir))?;
        let outcome = read_feed(dir, market, feed, client, &mut memory, found)?;
        memory.save(dir).map_err(FetchError::memory(dir))?;
        reports.push(FeedReport {
            feed: feed.id.clone(),
            url: feed.url.clone(),
            outcome,
        });
    }
    Ok(reports)
}

/// Why a fetch stopped before reading every feed.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("{0}")]
    Inbox(#[from] InboxError),
    #[error("{}:1:1: cannot keep what fetch has read: {source}", crate::text::clean(&path.display().to_string()))]
    Memory {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
}

impl FetchError {
    fn memory(dir: &Path) -> impl FnOnce(std::io::Error) -> FetchError {
        let path = dir.join(memory::FILE);
        |source| FetchError::Memory { path, source }
    }
}

fn read_feed(
    dir: &Path,
    market: &Market,
    feed: &Feed,
    client: &mut Client,
    memory: &mut Memory,
    found: &str,
) -> Result<Outcome, FetchError> {
    let known = memory.validators.get(&feed.id).cloned().unwrap_or_default();
    let body = match client.get(&feed.url, &known) {
        Ok(Reply::NotModified) => return Ok(Outcome::NotModified),
        Ok(Reply::Body(body)) => body,
        Err(e) => return Ok(Outcome::Unreachable(e)),
    };
    let parsed = match feed_rs::parser::parse(body.bytes.as_slice()) {
        Ok(parsed) => parsed,
        Err(e) => return Ok(Outcome::Malformed(e.to_string())),
    };
    let publisher = feed
        .name
        .clone()
        .or_else(|| parsed.title.as_ref().map(|t| t.content.clone()));
    let mut findings = Vec::new();
    let mut articles = 0;
    let mut failed = Vec::new();
    for entry in &parsed.entries {
        let link = entry.links.first().map(|l| resolve(&body.url, &l.href));
        let key = match &link {
            Some(link) => canonical_url(link),
            None => format!("{}#{}", feed.id, entry.id),
        };
        if memory.urls.contains(&key) {
            continue;
        }
        let text = match item_text(entry, link.as_deref(), client) {
            Ok(text) => text,
            Err(why) => {
                failed.push(why);
                continue;
            }
        };
        memory.urls.insert(key.clone());
        if !memory.texts.insert(text_fingerprint(&text.1)) {
            continue;
        }
        articles += 1;
        let published = entry.published.or(entry.updated).and_then(|t| {
            use chrono::Datelike;
            Date::day_of(t.year(), t.month(), t.day())
        });
        let article = Article {
            url: link.as_ref().map(|_| key.clone()),
            title: entry
                .title
                .as_ref()
                .map(|t| t.content.trim().to_string())
                .or(text.0),
            publisher: publisher.clone(),
            published: published.map(|d| d.to_string()),
            feed: Some(feed.id.clone()),
        };
        findings.extend(findings_of(market, feed, &article, &text.1, published));
    }
    let queued = if findings.is_empty() {
        inbox::Queued::default()
    } else {
        let each = |_: &crate::data::Market, sink: &mut dyn FnMut(inbox::Finding)| {
            findings.into_iter().for_each(sink);
            Ok::<(), inbox::InboxError>(())
        };
        inbox::queue(dir, found, each, |_| {})?
    };
    // With a page left unread, the feed must be read again in full next time.
    if failed.is_empty() {
        memory.validators.insert(feed.id.clone(), body.validators);
    } else {
        memory.validators.remove(&feed.id);
    }
    Ok(Outcome::Read {
        items: parsed.entries.len(),
        articles,
        candidates: queued.added,
        failed,
    })
}

/// An item's title (from its page, when read) and text: the feed's own content when it
/// has some, else the linked page's main text.
fn item_text(
    entry: &feed_rs::model::Entry,
    link: Option<&str>,
    client: &mut Client,
) -> Result<(Option<String>, String), String> {
    let content = entry.content.as_ref().and_then(|c| c.body.as_deref());
    if let Some(html) = content.filter(|c| !c.trim().is_empty()) {
        return Ok((None, page::fragment_text(html)));
    }
    let Some(link) = link else {
        let summary = entry
            .summary
            .as_ref()
            .map(|s| page::fragment_text(&s.content));
        return summary
            .map(|s| (None, s))
            .ok_or_else(|| format!("{}: no text and no link", entry.id));
    };
    let body = match client.get(link, &http::Validators::default()) {
        Ok(Reply::Body(body)) => body,
        Ok(Reply::NotModified) => return Err(format!("{link}: HTTP 304")),
        Err(e) => return Err(format!("{link}: {e}")),
    };
    let html = page::decode(&body.bytes, body.content_type.as_deref());
    page::article_text(&html, &body.url)
        .map(|(title, text)| (Some(title).filter(|t| !t.is_empty()), text))
        .ok_or_else(|| format!("{link}: no article text found"))
}

/// `href` resolved against the address it was found at.
fn resolve(base: &str, href: &str) -> String {
    url::Url::parse(base)
        .and_then(|b| b.join(href.trim()))
        .map_or_else(|_| href.trim().to_string(), |u| u.to_string())
}

/// The candidates ingest finds in one article, each with its sentence and source.
fn findings_of(
    market: &Market,
    feed: &Feed,
    article: &Article,
    text: &str,
    published: Option<Date>,
) -> Vec<Finding> {
    let players = Players::new(&market.players);
    let ctx = Context {
        lang: feed.lang.unwrap_or_else(|| Lang::detect(text)),
        published,
        players: &players,
    };
    let origin = Origin {
        market,
        published,
        source: None,
    };
    let (_, events) = candidates(text, &ctx, &origin);
    let source = source_id(market, &feed.id, article);
    events
        .into_iter()
        .map(|event| Finding {
            article: article.clone(),
            sentence: event.summary.clone().unwrap_or_default(),
            event,
            source: Some(source.clone()),
        })
        .collect()
}

/// The source an article's events cite: the market's own source with the article's
/// address, else a new id from the feed and the address (`antara-ekonomi-3f9a1c2e`),
/// which accepting a candidate adds to `market.toml`.
fn source_id(market: &Market, feed: &str, article: &Article) -> String {
    let url = article.url.as_deref().unwrap_or_default();
    let known = market.sources.iter().find(|s| {
        s.url
            .as_deref()
            .is_some_and(|u| !url.is_empty() && canonical_url(u) == url)
    });
    match known {
        Some(source) => source.id.clone(),
        None => {
            let title = article.title.as_deref().unwrap_or_default();
            format!("{feed}-{:08x}", inbox::fingerprint([url, title]) as u32)
        }
    }
}
