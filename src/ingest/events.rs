//! Sentences → candidate events: one draft [`Event`] for each sentence that reports
//! something (a deal, a launch, a closure, a lay-off, an investment, a rule, talks, a
//! meeting, a forecast) or a figure (an amount, a count, a share, a change), and for each
//! sentence left out the reason, which `pasar ingest --explain` prints.

mod actors;
mod reading;
#[cfg(test)]
mod tests;
pub(super) mod words;

use std::ops::Range;

use crate::data::{Date, Event, Kind, Market, Status};

use super::text::Text;
use super::wording;
use super::{DateForm, Mention, Mentioned};

pub use reading::LeftOut;

/// Where drafted events come from, besides their sentence: the market whose players they
/// name, the article's publication date and the source they cite.
pub struct Origin<'a> {
    pub market: &'a Market,
    pub published: Option<Date>,
    pub source: Option<usize>,
}

/// A sentence that gave no event, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Skipped {
    /// Byte range of the sentence in the article.
    pub sentence: Range<usize>,
    pub why: LeftOut,
}

/// What drafting an article gives: its mentions, its events, and every sentence left out.
#[derive(Debug, Default)]
pub struct Drafted {
    pub scan: super::Scan,
    pub events: Vec<Event>,
    pub skipped: Vec<Skipped>,
}

/// What earlier sentences tell a later one: who the company is, what the last event was.
#[derive(Default)]
struct Story {
    /// The player the article last made the subject of a sentence.
    subject: Option<usize>,
    /// The things the sentences about that player brought in as new (`warehouse` of `a
    /// new warehouse`), which a later sentence may name to say more about it.
    introduced: Vec<String>,
    /// The status of the last event drafted, for a sentence that says more about it.
    last_status: Option<Status>,
    /// The kind of the last event drafted, for `a similar move by Lazada`.
    last_kind: Option<Kind>,
    /// 1-based number of the sentence that gave the last event.
    last_sentence: Option<usize>,
}

/// Scans an article and drafts an event from each sentence that has one.
pub fn candidates(src: &str, ctx: &super::Context, origin: &Origin) -> (super::Scan, Vec<Event>) {
    let drafted = draft_article(src, ctx, origin);
    (drafted.scan, drafted.events)
}

/// Scans an article and drafts its events, keeping why each other sentence gave none.
pub fn draft_article(src: &str, ctx: &super::Context, origin: &Origin) -> Drafted {
    let (mut events, mut skipped) = (Vec::new(), Vec::new());
    let scan = draft_each(src, ctx, origin, |drafted| match drafted {
        Ok(event) => events.push(event),
        Err(left_out) => skipped.push(left_out),
    });
    Drafted {
        scan,
        events,
        skipped,
    }
}

/// Scans an article a sentence at a time ([`super::scan_sentences`]) and hands `each`
/// the sentence's event, or why it has none, as soon as it is read: nothing of the
/// article is held but what later sentences need (the company it is about, the last
/// event's status). The returned scan counts what was left out and holds no mentions.
pub fn draft_each(
    src: &str,
    ctx: &super::Context,
    origin: &Origin,
    mut each: impl FnMut(Result<Event, Skipped>),
) -> super::Scan {
    let mut story = Story::default();
    let (mut undated, mut n) = (0, 0);
    let mut scan = super::scan_sentences(src, ctx, |text, sentence, mentions| {
        n += 1;
        match candidate(text, sentence.clone(), &mentions, origin, &mut story) {
            Ok(event) => {
                story.last_status = Some(event.status);
                story.last_kind = Some(event.kind);
                story.last_sentence = Some(n);
                each(Ok(event));
            }
            Err(why) => {
                if why == LeftOut::Undated {
                    undated += 1;
                }
                each(Err(Skipped { sentence, why }));
            }
        }
    });
    scan.undated += undated;
    scan
}

/// Whether the date mention `m` follows a comparison word within a few words of the
/// same clause: `dibandingkan periode yang sama tahun lalu`, `than in 2022`.
fn compared(text: &Text, words: &Range<usize>, m: &Mention) -> bool {
    let at = text.token_at(m.start);
    (1..=5)
        .map_while(|n| at.checked_sub(n).filter(|k| *k >= words.start))
        .take_while(|&k| text.is_word(k))
        .any(|k| words::comparison(text.lower(k)))
}

/// Whether the date mention `m` follows `since` or `sejak`, the start of a span.
fn starts_span(text: &Text, m: &Mention) -> bool {
    let at = text.token_at(m.start);
    at.checked_sub(1)
        .is_some_and(|k| matches!(text.lower(k), "since" | "sejak"))
}

/// The mentions that lie wholly inside `sentence`; mentions are in text order, so they
/// are a slice found by bisection.
fn mentions_in<'m>(mentions: &'m [Mention], sentence: &Range<usize>) -> Vec<&'m Mention> {
    let from = mentions.partition_point(|m| m.start < sentence.start);
    let to = mentions.partition_point(|m| m.start < sentence.end);
    mentions[from..to.max(from)]
        .iter()
        .filter(|m| m.end <= sentence.end)
        .collect()
}

/// The draft event for one sentence, or why it has none.
fn candidate(
    text: &Text,
    sentence: Range<usize>,
    mentions: &[Mention],
    origin: &Origin,
    story: &mut Story,
) -> Result<Event, LeftOut> {
    let inside = mentions_in(mentions, &sentence);
    let words = text.token_at(sentence.start)..text.token_at(sentence.end);
    let last = (story.last_sentence, story.last_kind);
    let read = reading::read(text, words.clone(), &inside, last);
    let found = actors::actors(
        text,
        words.clone(),
        &inside,
        origin.market,
        story,
        read.as_ref().ok(),
    );
    let read = read?;
    let mut status = read.status.unwrap_or(match read.points_back {
        true => story.last_status.unwrap_or(Status::Occurred),
        false => Status::Occurred,
    });
    // A date a figure is compared with (`compared with last year`) is not when the news
    // happened.
    let inside: Vec<&Mention> = inside
        .into_iter()
        .filter(|m| !(matches!(m.what, Mentioned::Date(..)) && compared(text, &words, m)))
        .collect();
    // A date a span starts from (`its biggest gain since January`) dates the event only
    // when the sentence has no other date.
    let since = |m: &&Mention| matches!(m.what, Mentioned::Date(..)) && starts_span(text, m);
    let other_date = inside
        .iter()
        .any(|m| matches!(m.what, Mentioned::Date(..)) && !since(m));
    let inside: Vec<&Mention> = inside
        .into_iter()
        .filter(|m| !(other_date && since(m)))
        .collect();
    let kind = match read.kind {
        // An estimate of a period already over is a figure, not a forecast.
        // A span's start (`sejak 2023`) is not the period estimated.
        Kind::Forecast
            if read.figures && {
                let spans: Vec<&Mention> = inside.iter().filter(|m| !since(m)).copied().collect();
                written_dates(&spans, origin.published) == (true, false)
            } =>
        {
            Kind::Metric
        }
        kind => kind,
    };
    let (date, ahead) =
        event_date(&inside, kind, status, origin.published).ok_or(LeftOut::Undated)?;
    if ahead && status == Status::Occurred {
        // What takes effect after publication has not happened yet: `from July 1`.
        status = Status::Planned;
    }
    let orgs: Vec<&str> = inside
        .iter()
        .filter(|m| m.what == Mentioned::Organization && !owner(text, m))
        .filter_map(|m| text.src.get(m.start..m.end))
        .collect();
    // The title's figures are those of the event's own clause, not of a `while …` beside it.
    let clause = actors::clause_around(text, words.clone(), read.at);
    let clause = text.byte_range(clause.start, clause.end);
    let in_clause: Vec<&Mention> = inside
        .iter()
        .copied()
        .filter(|m| m.start >= clause.start && m.end <= clause.end)
        .collect();
    let product = match (kind, read.cue) {
        (Kind::Launch, Some(_)) => product(text, &words, read.at, &inside),
        _ => None,
    };
    let title = wording::title(&wording::Said {
        product: product
            .as_ref()
            .map(|(name, players)| (*name, players.as_slice())),
        kind,
        cue: read.cue,
        status,
        actors: &found,
        orgs: &orgs,
        inside: &in_clause,
        measure: read.measure,
        direction: read.direction,
        market: origin.market,
        lead: lead(text, &inside, read.at, origin.market),
    });
    // An event must have a title to be an event at all: `check` refuses one without.
    if title.trim().is_empty() {
        return Err(LeftOut::Untitled);
    }
    Ok(Event {
        kind,
        title,
        summary: Some(wording::summary(&text.src[sentence])),
        figures: wording::figures(&inside, kind),
        actors: found,
        source: origin.source,
        status,
        tags: vec!["ingest".to_string()],
        ..Event::blank(date)
    })
}

/// The person or organisation (not a player) that the sentence makes the doer: the first
/// one named before the event word and before any player, unless it only tells the news
/// (`Teten mengatakan …`, `menurut riset Redseer`) or speaks for a player (`Menteri
/// Perdagangan Zulkifli Hasan` is the ministry, which leads as a player).
fn lead<'t>(text: &Text<'t>, inside: &[&Mention], at: usize, market: &Market) -> Option<&'t str> {
    let at = text.tokens.get(at).map_or(usize::MAX, |t| t.start);
    let first = inside.iter().find(|m| {
        matches!(
            m.what,
            Mentioned::Person(_) | Mentioned::Organization | Mentioned::Player(_)
        ) && !owner(text, m)
    })?;
    let head =
        matches!(&first.what, Mentioned::Person(title) if actors::led_by(market, title).is_some());
    if matches!(first.what, Mentioned::Player(_)) || head || first.start >= at {
        return None;
    }
    let (from, to) = (text.token_at(first.start), text.token_at(first.end));
    let after = (to..to + 2)
        .map(|k| text.lower(k))
        .find(|w| *w != ",")
        .unwrap_or("");
    let before = |n: usize| from.checked_sub(n).map_or("", |k| text.lower(k));
    let teller = words::speaker_after(after) || (1..=3).any(|n| words::speaker_before(before(n)));
    (!teller)
        .then(|| text.src.get(first.start..first.end))
        .flatten()
}

/// The name of what a launch brings out, written right after its event word (`launches
/// Shop Tokopedia`, `meluncurkan GoPay Later`), and the players named inside it. A
/// player's name alone there is a party to the launch, not a product.
fn product<'t>(
    text: &Text<'t>,
    words: &Range<usize>,
    at: usize,
    inside: &[&Mention],
) -> Option<(&'t str, Vec<usize>)> {
    let covering = |k: usize| {
        let bytes = text.byte_range(k, k + 1);
        inside
            .iter()
            .find(|m| m.start <= bytes.start && bytes.end <= m.end)
    };
    let player = |k: usize| match covering(k).map(|m| &m.what) {
        Some(Mentioned::Player(p)) => Some(*p),
        _ => None,
    };
    let dated = |k: usize| covering(k).is_some_and(|m| matches!(m.what, Mentioned::Date(..)));
    let from = at + 1;
    let named = |k: usize| {
        (text.capitalised(k) || (k > from && text.shape(k) == Some(super::text::Shape::Number)))
            && !dated(k)
    };
    let to = (from..words.end).find(|&k| !named(k)).unwrap_or(words.end);
    if (from..to).all(|k| player(k).is_some()) {
        return None;
    }
    let mut players: Vec<usize> = (from..to).filter_map(player).collect();
    players.dedup();
    Some((text.src.get(text.byte_range(from, to))?, players))
}

/// Whether the name `m` only says who owns what the sentence is about (`Alibaba-owned`).
fn owner(text: &Text, m: &Mention) -> bool {
    actors::in_passing(text, text.token_at(m.start), text.token_at(m.end))
}

/// Whether the sentence writes out (or counts) a date over by publication, and one that
/// is not.
fn written_dates(inside: &[&Mention], published: Option<Date>) -> (bool, bool) {
    let mut seen = (false, false);
    for m in inside {
        if let Mentioned::Date(period, form) = m.what
            && form != DateForm::Dateline
        {
            match published {
                Some(p) if period.last <= p => seen.0 = true,
                _ => seen.1 = true,
            }
        }
    }
    seen
}

/// The sentence's best date, and whether it lies after publication.
///
/// A date the sentence writes out or counts (`4 Oktober`, `bulan lalu`) beats its
/// dateline (`Senin (13/11)`, `on Monday`), which says when the news was told rather than
/// when it happened. A reported or occurred event takes the first such date not after
/// publication, else one after it (`from July 1`, then planned); a planned one the first
/// after it. A
/// forecast is news of when it was made: its dateline, else the publication's month (a
/// forecast for 2030 published in November 2023 is news of November 2023). Failing
/// those, the publication's month, since the sentence implies no day.
fn event_date(
    inside: &[&Mention],
    kind: Kind,
    status: Status,
    published: Option<Date>,
) -> Option<(Date, bool)> {
    let dates: Vec<(super::Period, DateForm)> = inside
        .iter()
        .filter_map(|m| match m.what {
            Mentioned::Date(period, form) => Some((period, form)),
            _ => None,
        })
        .collect();
    let own = |&&(_, form): &&(super::Period, DateForm)| form != DateForm::Dateline;
    let told = |&&(_, form): &&(super::Period, DateForm)| form == DateForm::Dateline;
    // A period has happened when it ends by publication, and is ahead when it starts after.
    let settled = |s: &super::Period| published.is_none_or(|p| s.last <= p);
    let ahead = |s: &super::Period| published.is_some_and(|p| s.first > p);
    let best = match (kind, status) {
        (Kind::Forecast, _) => dates.iter().filter(told).find(|(s, _)| settled(s)),
        (_, Status::Planned) => dates
            .iter()
            .filter(own)
            .find(|(s, _)| ahead(s))
            .or_else(|| dates.iter().find(|(s, _)| ahead(s)))
            .or_else(|| dates.iter().find(own))
            .or_else(|| dates.iter().find(told)),
        _ => dates
            .iter()
            .filter(own)
            .find(|(s, _)| settled(s))
            .or_else(|| dates.iter().filter(own).find(|(s, _)| ahead(s)))
            .or_else(|| dates.iter().filter(told).find(|(s, _)| settled(s)))
            .or_else(|| published.is_none().then(|| dates.first()).flatten()),
    };
    if let Some((period, _)) = best {
        return Some((period.coarse(), ahead(period)));
    }
    let p = published?;
    let month = p
        .month()
        .and_then(|m| Date::month_of(p.year(), m))
        .unwrap_or(p);
    Some((month, false))
}
