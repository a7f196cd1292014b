//! The search language: free text and qualifiers, parsed into a typed query that the
//! tracker's `/` prompt and `pasar export --query` both use.
//!
//! A query is words separated by spaces, all of which must hold (AND):
//!
//! - free text (`tiktok`, `2023-11`, `reuters`) is found, ignoring case, in an event's
//!   title, summary, id, kind, status, date as written, tags, its source's id, title and
//!   publisher, or the names, short names, aliases, tickers and groups of its players;
//! - `kind:deal`, `status:planned` (several of one of these: any of them);
//! - `player:goto` — the player or group and its members (`goto` takes in Tokopedia,
//!   `bytedance` TikTok and TikTok Shop); several: events with all of them;
//! - `source:reuters` — sources whose id, title or publisher contain the text;
//! - `tag:ban`; `from:2023-10` `to:2023-12` (a date's whole span counts: `to:2023-12`
//!   takes in 2023-12-31, and an event dated `2023` overlaps `from:2023-10`);
//! - `overdue` (or `status:overdue`): planned, and its date's span is over before today.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use crate::data::{Date, EventRef, Kind, Market, Status, names};

/// The most different words a query may hold: each is checked against every event.
pub const MOST_WORDS: usize = 64;
/// No qualifier's value is longer: a longer one is refused before it is read.
const LONGEST_VALUE: usize = 100;
/// The qualifiers, for messages.
const QUALIFIERS: &str = "kind: status: player: source: tag: from: to: or overdue";

/// One word of a query other than free text: a field it narrows by.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Qualifier {
    Kind(Kind),
    Status(Status),
    /// A player or group as written, lowercased; resolved against the players when matched.
    Player(String),
    /// Text a source's id, title or publisher contains, lowercased.
    Source(String),
    /// A tag, lowercased.
    Tag(String),
    From(Date),
    To(Date),
    Overdue,
}

/// A word of a query: free text (lowercased) or a qualifier.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Term<'a> {
    Text(Cow<'a, str>),
    Qualifier(Qualifier),
}

/// Why a query was refused, and the column (from 1, in characters) of the word at fault.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("column {column}: {message}")]
pub struct QueryError {
    pub column: usize,
    pub message: String,
}

/// Reads one lowercased word, with the offset of its first `:` if any.
fn parse_word(word: &str, colon: Option<usize>) -> Result<Term<'_>, String> {
    if word == "overdue" {
        return Ok(Term::Qualifier(Qualifier::Overdue));
    }
    // `15:00` or `https://…` are text: a qualifier's name is letters, its value no path.
    let Some((name, value)) = colon
        .map(|at| (&word[..at], &word[at + 1..]))
        .filter(|(_, value)| !value.starts_with("//"))
        .filter(|(name, _)| (1..=8).contains(&name.len()))
        .filter(|(name, _)| name.bytes().all(|b| b.is_ascii_lowercase()))
    else {
        return Ok(Term::Text(Cow::Borrowed(word)));
    };
    if value.is_empty() {
        return Err(format!("{name}: needs a value after the colon"));
    }
    if value.len() > LONGEST_VALUE {
        return Err(format!("{name}: value longer than {LONGEST_VALUE} bytes"));
    }
    let shown = crate::text::clean(value);
    let date = |value: &str| Date::parse(value).map_err(|e| format!("{name}: {}", e.message));
    let qualifier = match name {
        "kind" => Qualifier::Kind(Kind::from_word(value).ok_or_else(|| {
            format!("kind: unknown kind \"{shown}\"; one of {}", Kind::choices())
        })?),
        "status" if value == "overdue" => Qualifier::Overdue,
        "status" => Qualifier::Status(Status::from_word(value).ok_or_else(|| {
            format!(
                "status: unknown status \"{shown}\"; one of {} | overdue",
                Status::choices()
            )
        })?),
        "player" => Qualifier::Player(value.to_string()),
        "source" => Qualifier::Source(value.to_string()),
        "tag" => Qualifier::Tag(value.to_string()),
        "from" => Qualifier::From(date(value)?),
        "to" => Qualifier::To(date(value)?),
        _ => return Err(format!("unknown qualifier {name}:; use {QUALIFIERS}")),
    };
    Ok(Term::Qualifier(qualifier))
}

/// Parses a whole query, as `export --query` takes it: every word, or the first error.
pub fn parse(text: &str) -> Result<Vec<Term<'static>>, QueryError> {
    let mut typed = Typed::default();
    for c in text.chars() {
        typed.push(c);
    }
    typed.check()?;
    Ok(typed.terms().map(owned).collect())
}

fn owned(term: Term<'_>) -> Term<'static> {
    match term {
        Term::Text(text) => Term::Text(Cow::Owned(text.into_owned())),
        Term::Qualifier(q) => Term::Qualifier(q),
    }
}

/// A word typed to its end (a space came after it).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Word {
    /// Where it is in the lowercased query.
    folded: Range<usize>,
    colon: Option<usize>,
    /// Its column, from 1.
    column: usize,
    error: Option<String>,
}

/// A query being typed, read as it grows: each character costs the same however long the
/// query is (a paste of megabytes types as fast as a word), and so does erasing one.
///
/// Finished words are read once, when the space after them is typed, and counted by what
/// they say, so that a word repeated a thousand times is checked against events once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Typed {
    text: String,
    folded: String,
    /// For each character: the length of `folded` before it, and whether it ended a word.
    chars: Vec<(usize, bool)>,
    words: Vec<Word>,
    /// The word being typed starts here in `folded`; `colon` is its first `:`.
    last_start: usize,
    last_colon: Option<usize>,
    /// Finished words by what they say (as a range of `folded` for text, so nothing is
    /// copied), with how many times each was typed.
    texts: HashMap<String, usize>,
    qualifiers: HashMap<Qualifier, usize>,
    /// Indexes of finished words that were refused, in order.
    refused: Vec<usize>,
}

/// How the meaning of a query changed with a key: what the search has to do about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// It says the same (a space ended a word).
    Same,
    /// Everything it matches matched before: only earlier matches need a look.
    Narrower,
    /// Anything may match now: search from the start.
    Other,
}

impl Typed {
    /// The query as typed.
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    fn last(&self) -> &str {
        &self.folded[self.last_start..]
    }

    /// Adds a character; says how the meaning changed, were the query valid before and
    /// after (the caller knows whether it is).
    pub fn push(&mut self, c: char) -> Change {
        let was_text = self.last_colon.is_none() && self.last() != "overdue";
        let ends_word = c.is_whitespace() && !self.last().is_empty();
        self.chars.push((self.folded.len(), ends_word));
        self.text.push(c);
        if ends_word {
            self.finish_word();
            return Change::Same;
        }
        if c.is_whitespace() {
            self.folded.push(c);
            self.last_start = self.folded.len();
            return Change::Same;
        }
        if c == ':' && self.last_colon.is_none() {
            self.last_colon = Some(self.folded.len() - self.last_start);
        }
        self.folded.extend(c.to_lowercase());
        let is_text = self.last_colon.is_none() && self.last() != "overdue";
        if was_text && is_text {
            Change::Narrower
        } else {
            Change::Other
        }
    }

    /// Takes the last character off; returns whether there was one. The query may now
    /// match more: the caller searches again.
    pub fn pop(&mut self) -> bool {
        let Some((before, ended_word)) = self.chars.pop() else {
            return false;
        };
        self.text.pop();
        if ended_word {
            self.unfinish_word();
        }
        self.folded.truncate(before);
        if self.folded.len() < self.last_start {
            // A space that ended no word: the word being typed was empty, and still is.
            self.last_start = self.folded.len();
        }
        if self
            .last_colon
            .is_some_and(|at| self.last_start + at >= self.folded.len())
        {
            self.last_colon = None;
        }
        true
    }

    /// Takes the last word off (and the spaces after it): what Esc does to a kept search.
    pub fn pop_word(&mut self) {
        while self.text.ends_with(char::is_whitespace) {
            self.pop();
        }
        while !self.text.is_empty() && !self.text.ends_with(char::is_whitespace) {
            self.pop();
        }
        while self.text.ends_with(char::is_whitespace) {
            self.pop();
        }
    }

    fn finish_word(&mut self) {
        let folded = self.last_start..self.folded.len();
        let column = self.chars.len() - self.last().chars().count();
        let term = parse_word(self.last(), self.last_colon).map(owned);
        let error = term.as_ref().err().cloned();
        match term {
            Ok(Term::Text(text)) => *self.texts.entry(text.into_owned()).or_default() += 1,
            Ok(Term::Qualifier(q)) => *self.qualifiers.entry(q).or_default() += 1,
            Err(_) => self.refused.push(self.words.len()),
        }
        self.words.push(Word {
            folded,
            colon: self.last_colon,
            column,
            error,
        });
        // The space that ended it is part of no word.
        self.folded.push(' ');
        self.last_start = self.folded.len();
        self.last_colon = None;
    }

    /// Makes the last finished word the one being typed again (its space was erased).
    fn unfinish_word(&mut self) {
        let Some(word) = self.words.pop() else { return };
        if self.refused.last() == Some(&self.words.len()) {
            self.refused.pop();
        }
        let text = &self.folded[word.folded.clone()];
        let forget = |count: &mut usize| {
            *count -= 1;
            *count == 0
        };
        match parse_word(text, word.colon) {
            Ok(Term::Text(text)) => {
                if self.texts.get_mut(text.as_ref()).is_some_and(forget) {
                    self.texts.remove(text.as_ref());
                }
            }
            Ok(Term::Qualifier(q)) => {
                if self.qualifiers.get_mut(&q).is_some_and(forget) {
                    self.qualifiers.remove(&q);
                }
            }
            Err(_) => {}
        }
        self.last_start = word.folded.start;
        self.last_colon = word.colon;
    }

    /// The query's first problem, if it has one: a word refused (the last one typed
    /// first: it is what the user is looking at), or too many words.
    pub fn check(&self) -> Result<(), QueryError> {
        if let Err(message) = parse_word(self.last(), self.last_colon) {
            let column = self.chars.len() - self.last().chars().count() + 1;
            return Err(QueryError { column, message });
        }
        if let Some(word) = self.refused.last().map(|&i| &self.words[i]) {
            let message = word.error.clone().unwrap_or_default();
            return Err(QueryError {
                column: word.column,
                message,
            });
        }
        let distinct = self.texts.len() + self.qualifiers.len() + 1;
        if distinct > MOST_WORDS {
            let column = self.chars.len();
            let message = format!("more than {MOST_WORDS} different words");
            return Err(QueryError { column, message });
        }
        Ok(())
    }

    /// Each different word once (meaningful when [`Typed::check`] passes).
    pub fn terms(&self) -> impl Iterator<Item = Term<'_>> {
        let texts = self
            .texts
            .keys()
            .map(|t| Term::Text(Cow::Borrowed(t.as_str())));
        let qualifiers = (self.qualifiers.keys()).map(|q| Term::Qualifier(q.clone()));
        let last = Some(self.last())
            .filter(|l| !l.is_empty())
            .and_then(|l| parse_word(l, self.last_colon).ok());
        texts.chain(qualifiers).chain(last).take(MOST_WORDS)
    }
}

/// Whether a planned event is overdue: the whole span of its date is before `today`.
pub fn overdue(event: EventRef, today: Date) -> bool {
    event.status() == Status::Planned && event.date().end_key() < today.order_key()
}

/// A word of free text with what it is found in among the players and sources, found
/// once rather than for every event.
struct Text<'a> {
    text: Cow<'a, str>,
    ascii: bool,
    /// Whether it looks like a date (digits and dashes): only then are dates written out.
    date_like: bool,
    players: Vec<bool>,
    sources: Vec<bool>,
    /// Which kinds' and statuses' words contain the text, found once rather than per event.
    kinds: Vec<bool>,
    statuses: Vec<bool>,
}

/// A query resolved against a market: what each event is checked with.
pub struct Matcher<'a> {
    market: &'a Market,
    texts: Vec<Text<'a>>,
    kinds: Vec<Kind>,
    statuses: Vec<Status>,
    /// Each `player:`, as the players it takes in; an event needs one of each.
    players: Vec<Vec<bool>>,
    /// Sources any `source:` names; an event needs one of them.
    sources: Option<Vec<bool>>,
    tags: Vec<String>,
    from: Option<u32>,
    to: Option<u32>,
    /// `overdue`, with the day it is measured against (none: nothing is overdue).
    overdue: Option<Option<Date>>,
}

impl<'a> Matcher<'a> {
    /// Matches every event.
    fn empty(market: &'a Market) -> Matcher<'a> {
        Matcher {
            market,
            texts: Vec::new(),
            kinds: Vec::new(),
            statuses: Vec::new(),
            players: Vec::new(),
            sources: None,
            tags: Vec::new(),
            from: None,
            to: None,
            overdue: None,
        }
    }

    /// Resolves `terms` in `market`; a player or source that names nothing is an error.
    pub fn new(
        market: &'a Market,
        terms: impl IntoIterator<Item = Term<'a>>,
        today: Option<Date>,
    ) -> Result<Matcher<'a>, String> {
        let mut matcher = Matcher::empty(market);
        for term in terms {
            match term {
                Term::Text(text) => matcher.texts.push(Text::new(market, text)),
                Term::Qualifier(q) => matcher.add(q, today)?,
            }
        }
        Ok(matcher)
    }

    /// Like [`Matcher::new`], but a word that names nothing is left out rather than
    /// refusing the query: the prompt shows what the other words match, and why that
    /// one is refused.
    pub fn accepting(
        market: &'a Market,
        terms: impl IntoIterator<Item = Term<'a>>,
        today: Option<Date>,
    ) -> (Matcher<'a>, Option<String>) {
        let mut refused = None;
        let mut matcher = Matcher::empty(market);
        for term in terms {
            match term {
                Term::Text(text) => matcher.texts.push(Text::new(market, text)),
                Term::Qualifier(q) => {
                    if let Err(e) = matcher.add(q, today) {
                        refused.get_or_insert(e);
                    }
                }
            }
        }
        (matcher, refused)
    }

    fn add(&mut self, qualifier: Qualifier, today: Option<Date>) -> Result<(), String> {
        match qualifier {
            Qualifier::Kind(kind) => self.kinds.push(kind),
            Qualifier::Status(status) => self.statuses.push(status),
            Qualifier::Player(name) => self.players.push(players_of(self.market, &name)?),
            Qualifier::Source(text) => {
                let found = sources_with(self.market, &text);
                if !found.contains(&true) {
                    let shown = crate::text::clean(&text);
                    return Err(format!(
                        "source: no source's id, title or publisher has \"{shown}\""
                    ));
                }
                match &mut self.sources {
                    Some(all) => all.iter_mut().zip(found).for_each(|(a, f)| *a |= f),
                    None => self.sources = Some(found),
                }
            }
            Qualifier::Tag(tag) => self.tags.push(tag),
            Qualifier::From(date) => {
                self.from = self.from.max(Some(date.order_key()));
            }
            Qualifier::To(date) => {
                let end = date.end_key();
                self.to = Some(self.to.map_or(end, |to| to.min(end)));
            }
            Qualifier::Overdue => self.overdue = Some(today),
        }
        Ok(())
    }

    /// Whether an event matches every word.
    pub fn matches(&self, event: EventRef) -> bool {
        let date = event.date();
        (self.kinds.is_empty() || self.kinds.contains(&event.kind()))
            && (self.statuses.is_empty() || self.statuses.contains(&event.status()))
            && self.from.is_none_or(|from| date.end_key() >= from)
            && self.to.is_none_or(|to| date.order_key() <= to)
            && self
                .overdue
                .is_none_or(|today| today.is_some_and(|t| overdue(event, t)))
            && (self.sources.as_ref()).is_none_or(|s| event.source().is_some_and(|i| s[i]))
            && (self.players.iter()).all(|set| event.actors().iter().any(|&a| set[a as usize]))
            && (self.tags.iter()).all(|tag| event.tags().any(|t| t.eq_ignore_ascii_case(tag)))
            && self.texts.iter().all(|text| text.found_in(event))
    }

    /// Marks in `matched` which events of `range` (file order; `matched[0]` is
    /// `range.start`) match, looking only at those marked in `candidate`. Long ranges are
    /// split across cores.
    pub fn scan(&self, range: Range<usize>, candidate: &[bool], matched: &mut [bool]) {
        const PER_THREAD: usize = 50_000;
        let events = &self.market.events;
        let look = |start: usize, matched: &mut [bool]| {
            let events = events.iter_from(start).zip(matched.iter_mut());
            for ((index, event), found) in events {
                *found = candidate[index] && self.matches(event);
            }
        };
        // Asked only for a long range: the answer is read from /proc, a few system calls.
        let threads = || std::thread::available_parallelism().map_or(1, usize::from);
        if range.len() < 2 * PER_THREAD || threads() == 1 {
            return look(range.start, matched);
        }
        let threads = threads();
        let size = range.len().div_ceil(threads);
        std::thread::scope(|scope| {
            for (i, part) in matched.chunks_mut(size).enumerate() {
                let start = range.start + i * size;
                scope.spawn(move || look(start, part));
            }
        });
    }
}

impl<'a> Text<'a> {
    fn new(market: &Market, text: Cow<'a, str>) -> Text<'a> {
        let ascii = text.is_ascii();
        let found = |name: &str| find_folded(name, &text, ascii);
        let players = (market.players.iter())
            .map(|p| {
                let names = std::iter::once(&p.name)
                    .chain(&p.short)
                    .chain(&p.ticker)
                    .chain(&p.group)
                    .chain(&p.aliases);
                names.into_iter().any(|n| found(n))
            })
            .collect();
        let sources = (market.sources.iter())
            .map(|s| found(&s.id) || found(&s.title) || found(&s.publisher))
            .collect();
        let kinds = Kind::ALL.iter().map(|k| found(k.as_str())).collect();
        let statuses = Status::ALL.iter().map(|s| found(s.as_str())).collect();
        let date_like = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit() || b == b'-');
        Text {
            text,
            ascii,
            date_like,
            players,
            sources,
            kinds,
            statuses,
        }
    }

    fn found_in(&self, event: EventRef) -> bool {
        let found = |text: &str| find_folded(text, &self.text, self.ascii);
        // What was decided once per kind, status, source and player first: a look-up
        // costs less than a scan of the event's texts.
        self.kinds[event.kind() as usize]
            || self.statuses[event.status() as usize]
            || event.source().is_some_and(|s| self.sources[s])
            || (event.actors().iter()).any(|&a| self.players.get(a as usize) == Some(&true))
            || found(event.title())
            || event.summary().is_some_and(found)
            || found(event.id())
            || event.tags().any(found)
            || (self.date_like && found(&event.date().to_string()))
    }
}

/// The players a `player:` value takes in: the player it names (by id, name, short name
/// or alias) or the group it names, and every member of those, down the groups.
fn players_of(market: &Market, value: &str) -> Result<Vec<bool>, String> {
    let players = &market.players;
    let key = names::key(value);
    let keys_of = |p: &crate::data::Player| -> Vec<String> {
        let names = std::iter::once(&p.name).chain(&p.short).chain(&p.aliases);
        names
            .map(|n| names::key(n))
            .chain([names::key(&p.id)])
            .collect()
    };
    let group_key = |p: &crate::data::Player| p.group.as_deref().map(names::key);
    let mut taken: Vec<bool> = (players.iter())
        .map(|p| p.id == value || keys_of(p).contains(&key) || group_key(p) == Some(key.clone()))
        .collect();
    if key.is_empty() || !taken.contains(&true) {
        let shown = crate::text::clean(value);
        return Err(format!("player: no player or group \"{shown}\""));
    }
    // Members of members: a group of groups takes in everyone under it.
    let mut names: Vec<String> = Vec::new();
    loop {
        names.clear();
        for (p, _) in players.iter().zip(&taken).filter(|(_, t)| **t) {
            names.extend(keys_of(p));
        }
        let mut grew = false;
        for (p, taken) in players.iter().zip(taken.iter_mut()) {
            if !*taken && group_key(p).is_some_and(|g| names.contains(&g)) {
                *taken = true;
                grew = true;
            }
        }
        if !grew {
            return Ok(taken);
        }
    }
}

/// Which sources' id, title or publisher contain `text` (lowercased).
fn sources_with(market: &Market, text: &str) -> Vec<bool> {
    let ascii = text.is_ascii();
    (market.sources.iter())
        .map(|s| {
            [&s.id, &s.title, &s.publisher]
                .iter()
                .any(|f| find_folded(f, text, ascii))
        })
        .collect()
}

/// Whether `text` contains `needle` (already lowercase), ignoring case.
///
/// ASCII needles, the common case, are found with memchr on their first byte in both
/// cases and compared in place; others fall back to lowercasing the text.
///
/// `ascii` says whether the needle is ASCII: the caller finds it once for every text.
pub fn find_folded(text: &str, needle: &str, ascii: bool) -> bool {
    if !ascii {
        // A needle longer than the text is ruled out before lowercasing (which at most
        // makes a character half as long again) and before the searcher is built, which
        // costs in proportion to the needle: it may be a paste of megabytes.
        if needle.len() > 2 * text.len() {
            return false;
        }
        let text = text.to_lowercase();
        return text.len() >= needle.len() && text.contains(needle);
    }
    let (hay, needle) = (text.as_bytes(), needle.as_bytes());
    let Some((&first, _)) = needle.split_first() else {
        return true;
    };
    let Some(last_start) = hay.len().checked_sub(needle.len()) else {
        return false;
    };
    let upper = first.to_ascii_uppercase();
    let mut from = 0;
    while from <= last_start {
        let Some(i) = memchr::memchr2(first, upper, &hay[from..=last_start]) else {
            return false;
        };
        let at = from + i;
        if hay[at..at + needle.len()].eq_ignore_ascii_case(needle) {
            return true;
        }
        from = at + 1;
    }
    false
}

#[cfg(test)]
mod tests;
