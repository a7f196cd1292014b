//! `pasar ingest`: candidate events and every mention (money, counts, dates, players,
//! organisations, people) found in Indonesian and English news text.
//!
//! Rule-based and explainable: text is cut into [`text::Token`]s once, then small
//! recognisers each try to read their kind of mention at a token, in a fixed order.
//! [`scan`] gives the mentions; [`events::candidates`] turns sentences holding a player and
//! a trigger word into draft events.

mod calendar;
mod clock;
mod date_ranges;
mod dates;
mod days;
mod entities;
mod error;
pub mod events;
mod gazetteer;
mod holidays;
mod lang;
mod months;
mod named_numbers;
mod number_words;
mod numbers;
mod organizations;
mod parts;
mod people;
mod percent;
mod players;
mod quantity;
mod quarters;
mod ranges;
pub mod record;
mod relative;
pub mod sentences;
mod text;
mod units;
mod weekdays;
mod wording;
pub mod write;

#[cfg(test)]
mod tables;

pub use dates::{DateForm, Period};
pub use error::IngestError;
pub use lang::Lang;
pub use players::Players;

use std::sync::OnceLock;

use rust_decimal::Decimal;
use rustc_hash::FxHashSet;

use crate::data::Date;
use text::Text;

/// What the recognisers need to know besides the text.
pub struct Context<'a> {
    pub lang: Lang,
    /// The article's publication date, which relative dates resolve against.
    pub published: Option<Date>,
    pub players: &'a Players,
}

/// Something recognised in the text, at byte offsets `start..end`.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub what: Mentioned,
}

/// A number with an optional upper end (`210–360`) and qualifier (`about`, `over`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Amount {
    pub value: Decimal,
    pub high: Option<Decimal>,
    pub qualifier: Option<&'static str>,
}

impl Amount {
    pub fn new(value: Decimal, high: Option<Decimal>) -> Amount {
        Amount {
            value,
            high,
            qualifier: None,
        }
    }
}

/// What a [`Mention`] names: a figure, a date, a player, an organisation or a person.
#[derive(Clone, Debug, PartialEq)]
pub enum Mentioned {
    /// An amount of money in an ISO 4217 currency.
    Money(Amount, &'static str),
    Number(Amount),
    /// A count of things, unit as English plural, with a rate: `parcels/day`.
    Count(Amount, String),
    Percent(Amount),
    Date(Period, DateForm),
    /// Index into the market's players.
    Player(usize),
    Organization,
    /// A person, with the title written before the name.
    Person(String),
}

impl Mention {
    pub fn kind(&self) -> &'static str {
        match self.what {
            Mentioned::Money(..) => "money",
            Mentioned::Number(_) => "number",
            Mentioned::Count(..) => "count",
            Mentioned::Percent(_) => "percent",
            Mentioned::Date(..) => "date",
            Mentioned::Player(_) => "player",
            Mentioned::Organization => "organization",
            Mentioned::Person(_) => "person",
        }
    }

    pub fn amount(&self) -> Option<&Amount> {
        match &self.what {
            Mentioned::Money(a, _)
            | Mentioned::Number(a)
            | Mentioned::Count(a, _)
            | Mentioned::Percent(a) => Some(a),
            _ => None,
        }
    }

    fn set_qualifier(&mut self, q: &'static str) {
        if let Mentioned::Money(a, _)
        | Mentioned::Number(a)
        | Mentioned::Count(a, _)
        | Mentioned::Percent(a) = &mut self.what
        {
            a.qualifier = Some(q);
        }
    }
}

/// Every mention in a text, in text order.
#[derive(Debug, Default)]
pub struct Scan {
    pub mentions: Vec<Mention>,
    /// Relative dates left out because no publication date was given.
    pub unresolved: usize,
    /// Relative dates left out because the publication date lacks their day or month.
    pub too_coarse: usize,
    /// Relative dates that point nowhere from the publication date: the phrase and why.
    pub nowhere: Vec<(String, &'static str)>,
    /// Candidate events left out for want of any date (no `--published` to fall back on).
    pub undated: usize,
}

/// Finds every mention in `src`.
pub fn scan(src: &str, ctx: &Context) -> Scan {
    let mut all = Vec::new();
    let mut scan = scan_sentences(src, ctx, |_, _, mentions| all.extend(mentions));
    scan.mentions = all;
    scan
}

/// Reads `src` a sentence at a time, handing `each` the sentence's tokens, its byte range
/// and its mentions in text order. What an article teaches (a titled person's name, a
/// short form in parentheses) carries on to the sentences after; nothing else is held,
/// so memory follows the longest sentence rather than the article. The returned scan
/// counts what was left out and holds no mentions.
pub fn scan_sentences(
    src: &str,
    ctx: &Context,
    mut each: impl FnMut(&Text, std::ops::Range<usize>, Vec<Mention>),
) -> Scan {
    let mut out = Scan::default();
    let mut learnt = Learnt::default();
    for sentence in sentences::sentences(src) {
        let text = Text::part(src, sentence.clone());
        let mentions = scan_text(&text, ctx, &mut learnt, &mut out);
        each(&text, sentence, mentions);
    }
    out
}

/// What earlier sentences of an article taught.
#[derive(Default)]
struct Learnt {
    people: people::People,
    organizations: organizations::Organizations,
}

fn scan_text(text: &Text, ctx: &Context, learnt: &mut Learnt, out: &mut Scan) -> Vec<Mention> {
    let mut mentions = Vec::new();
    let known = gazetteer::find(text);
    let players = find_players(text, ctx.players, &known, &mut mentions);
    let mut taken = vec![false; text.len()];
    for p in &players {
        taken[p.from..p.to].fill(true);
    }
    learnt
        .organizations
        .find(text, &players, &mut taken, &known, &mut mentions);
    let people = &mut learnt.people;
    let mut i = 0;
    while i < text.len() {
        if taken[i] {
            i += 1;
            continue;
        }
        let (mention, next) = match people.at(text, i) {
            Some(known) => (
                Some(named(
                    text,
                    &known,
                    Mentioned::Person(known.title.clone().unwrap_or_default()),
                )),
                known.to,
            ),
            None => match recognise(text, i, ctx, &taken) {
                Recognised::Mention(m, next) => (Some(m), next),
                Recognised::Unresolved(next, why) => {
                    match why {
                        relative::Unplaced::NoPublished => out.unresolved += 1,
                        relative::Unplaced::TooCoarse => out.too_coarse += 1,
                        relative::Unplaced::Nowhere(reason) => {
                            let phrase = &text.src[text.byte_range(i, next)];
                            out.nowhere.push((phrase.to_string(), reason));
                        }
                    }
                    (None, next)
                }
                Recognised::Passed(next) => (None, next),
                Recognised::Nothing => (None, i + 1),
            },
        };
        if let Some(m) = mention
            .as_ref()
            .filter(|m| matches!(m.what, Mentioned::Person(_)))
        {
            people.learn(text, m);
        }
        mentions.extend(mention);
        i = next.max(i + 1);
    }
    in_text_order(&mut mentions);
    mentions
}

/// Players first, since their names win over every other reading of their words.
fn find_players(
    text: &Text,
    players: &Players,
    known: &[gazetteer::Known],
    mentions: &mut Vec<Mention>,
) -> Vec<players::Found> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let Some(player) = players.at(text, i) else {
            i += 1;
            continue;
        };
        let player = organizations::player_extent(text, player, known);
        let range = text.byte_range(player.from, player.to);
        mentions.push(Mention {
            start: range.start,
            end: range.end,
            what: Mentioned::Player(player.player),
        });
        i = player.to.max(i + 1);
        found.push(player);
    }
    found
}

/// Sorts mentions by position and drops any that overlap an earlier one.
fn in_text_order(mentions: &mut Vec<Mention>) {
    mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut end = 0;
    mentions.retain(|m| {
        let keep = m.start >= end && m.start < m.end;
        if keep {
            end = m.end;
        }
        keep
    });
}

fn named(text: &Text, n: &entities::Named, what: Mentioned) -> Mention {
    let range = text.byte_range(n.from, n.to);
    Mention {
        start: range.start,
        end: range.end,
        what,
    }
}

enum Recognised {
    Mention(Mention, usize),
    Unresolved(usize, relative::Unplaced),
    /// Read and left out, to the token given: a time of day.
    Passed(usize),
    Nothing,
}

/// Lower-case words that can begin a date, an amount or a person. Any other lower-case
/// word starts nothing, so it skips every recogniser: most words of an article are such
/// words, and this check is what keeps ingest fast.
fn starter(text: &Text, i: usize) -> bool {
    type Starters = FxHashSet<&'static str>;
    static STARTERS: OnceLock<Starters> = OnceLock::new();
    let starters = STARTERS.get_or_init(|| {
        let mut set = Starters::default();
        set.extend(relative::starters());
        set.extend(number_words::starters());
        set.extend(units::STARTERS);
        set.extend(people::TITLES);
        set.extend(dates::STARTERS);
        set.extend(days::STARTERS);
        set.extend(["antara", "between"]);
        set
    });
    starters.contains(text.lower(i))
}

/// Tries each recogniser at token `i`, most specific first.
fn recognise(text: &Text, i: usize, ctx: &Context, taken: &[bool]) -> Recognised {
    let word = text.is_word(i);
    let starter = word && starter(text, i);
    if word && !starter && !text.capitalised(i) {
        return Recognised::Nothing;
    }
    if let Some(next) = clock::time(text, i) {
        return Recognised::Passed(next);
    }
    if let Some((m, next)) = dates::weekday_date(text, i, ctx) {
        return Recognised::Mention(m, next);
    }
    if let Some(person) = people::person(text, i, taken) {
        let title = person.title.clone().unwrap_or_default();
        return Recognised::Mention(named(text, &person, Mentioned::Person(title)), person.to);
    }
    let relative = (starter || !word).then(|| relative::relative(text, i, ctx.lang, ctx.published));
    match relative.flatten() {
        Some(Ok((m, next))) => return Recognised::Mention(m, next),
        Some(Err((next, why))) => return Recognised::Unresolved(next, why),
        None => {}
    }
    let found = dates::absolute(text, i, ctx)
        .or_else(|| quantity::amount(text, i, ctx.lang))
        .or_else(|| dates::bare_year(text, i));
    match found {
        Some((m, next)) => Recognised::Mention(m, next),
        None => Recognised::Nothing,
    }
}
