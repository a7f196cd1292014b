//! Absolute dates in article text: `13 November 2023`, `13/11/2023`, `Senin (13/11)`,
//! `Nov. 13`, `2023-11-13`, `kuartal III 2024`, `Q3 2024`, `tahun 2030`.
//!
//! Each keeps the precision it was written with; a date without a year takes the
//! publication's year, and is left out when that is unknown.

use std::fmt;

use crate::data::Date;

use super::text::{Shape, Text};
use super::{Context, Mention, Mentioned};

/// A date, or the period between two dates of the same precision (a quarter, a week).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub first: Date,
    pub last: Date,
}

impl Period {
    pub fn one(date: Date) -> Period {
        Period {
            first: date,
            last: date,
        }
    }

    /// The finest single date that contains the whole period: an event's date.
    pub fn coarse(self) -> Date {
        let (a, b) = (self.first, self.last);
        if a == b {
            return a;
        }
        match (a.month(), b.month()) {
            (Some(m), Some(n)) if m == n && a.year() == b.year() => {
                Date::month_of(a.year(), m).unwrap_or(a)
            }
            _ => Date::year_only(a.year()).unwrap_or(a),
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.first == self.last {
            write!(f, "{}", self.first)
        } else {
            write!(f, "{}/{}", self.first, self.last)
        }
    }
}

/// How a date is written, which decides how much an event's date can trust it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateForm {
    /// Written out in the sentence: `4 Oktober 2023`, `kuartal III 2024`.
    Explicit,
    /// Counted from the publication: `bulan lalu`, `in two years`.
    Relative,
    /// When something was said rather than when it happened: `Senin (13/11)`,
    /// `on Monday`, the way reporters date a statement.
    Dateline,
}

/// Lower-case words that can begin an absolute date (the rest begin with digits or
/// capitals).
#[rustfmt::skip]
pub const STARTERS: &[&str] = &[
    "kuartal", "triwulan", "semester", "paruh", "q", "h", "tahun", "first", "second",
    "third", "fourth", "pertama", "kedua", "ketiga", "keempat", "i", "ii", "iii",
    "iv",
];

/// Reads an absolute date at token `i`.
pub fn absolute(text: &Text, i: usize, ctx: &Context) -> Option<(Mention, usize)> {
    if let Some((period, next)) = dateline(text, i, ctx) {
        return Some((mention(text, i, next, period, DateForm::Dateline), next));
    }
    let (period, next) = numeric(text, i, ctx)
        .or_else(|| day_month(text, i, ctx))
        .or_else(|| month_first(text, i, ctx))
        .or_else(|| super::quarters::quarter(text, i, ctx))
        .or_else(|| year_word(text, i))?;
    Some((mention(text, i, next, period, DateForm::Explicit), next))
}

/// A four-digit year standing alone (`pada 2030`, `in 2030`); called after amounts had
/// their chance, so `2023 pengguna` is a count.
pub fn bare_year(text: &Text, i: usize) -> Option<(Mention, usize)> {
    let year = year_at(text, i)?;
    let dash = text.is(i + 1, '-') || text.is(i + 1, '–');
    if let Some(last) = year_at(text, i + 2).filter(|last| dash && *last > year) {
        let period = Period { first: year, last };
        return Some((mention(text, i, i + 3, period, DateForm::Explicit), i + 3));
    }
    Some((
        mention(text, i, i + 1, Period::one(year), DateForm::Explicit),
        i + 1,
    ))
}

pub fn mention(text: &Text, from: usize, to: usize, period: Period, form: DateForm) -> Mention {
    let range = text.byte_range(from, to);
    Mention {
        start: range.start,
        end: range.end,
        what: Mentioned::Date(period, form),
    }
}

pub fn number(text: &Text, i: usize, max_len: usize) -> Option<u32> {
    let raw = text.raw(i);
    let ok = text.shape(i) == Some(Shape::Number)
        && raw.len() <= max_len
        && raw.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| raw.parse().ok()).flatten()
}

pub fn year_at(text: &Text, i: usize) -> Option<Date> {
    let raw = text.raw(i);
    let year = number(text, i, 4).filter(|_| raw.len() == 4)?;
    (1900..=2100)
        .contains(&year)
        .then(|| Date::year_only(year as i32))
        .flatten()
}

/// A year written in full after a day and month, in any century: `29 Mei 1453`.
fn full_year_at(text: &Text, i: usize) -> Option<Date> {
    let year = number(text, i, 4).filter(|_| text.raw(i).len() == 4)?;
    Date::year_only(i32::try_from(year).ok()?)
}

/// `(13/11)` or `Senin (13/11)`: the day a statement was made, in the publication's year.
fn dateline(text: &Text, i: usize, ctx: &Context) -> Option<(Period, usize)> {
    let weekday = super::relative::weekday(text.lower(i)).is_some() && text.is(i + 1, '(');
    let open = if weekday { i + 1 } else { i };
    if !text.is(open, '(') {
        return None;
    }
    let (a, b) = (number(text, open + 1, 2)?, number(text, open + 3, 2)?);
    if !(text.is(open + 2, '/') && text.is(open + 4, ')')) {
        return None;
    }
    let year = ctx.published?.year();
    let (d, m) = order(a, b)?;
    Some((Period::one(Date::day_of(year, m, d)?), open + 5))
}

/// Numeric dates: `13/11/2023`, `13-11-2023`, `13.11.2023`, `13/11/23`, `2023-11-13`,
/// `2023/11/13`. Day first in both languages, unless the day cannot be a month's
/// (`11/13/2023`) or the year leads.
fn numeric(text: &Text, i: usize, _ctx: &Context) -> Option<(Period, usize)> {
    let (parts, next) = dotted(text, i).or_else(|| separated(text, i))?;
    let [a, b, c] = parts;
    let value = |s: &str| s.parse::<u32>().ok();
    if a.len() == 4 && (1..=2).contains(&b.len()) && (1..=2).contains(&c.len()) {
        let date = Date::day_of(i32::try_from(value(a)?).ok()?, value(b)?, value(c)?)?;
        return Some((Period::one(date), next));
    }
    if !((1..=2).contains(&a.len()) && (1..=2).contains(&b.len())) {
        return None;
    }
    let year = match c.len() {
        4 => i32::try_from(value(c)?).ok()?,
        2 => 2000 + i32::try_from(value(c)?).ok()?,
        _ => return None,
    };
    let (d, m) = order(value(a)?, value(b)?)?;
    Some((Period::one(Date::day_of(year, m, d)?), next))
}

/// `13.11.2023`: the tokeniser keeps dots between digits inside one number.
fn dotted<'t>(text: &Text<'t>, i: usize) -> Option<([&'t str; 3], usize)> {
    if text.shape(i) != Some(Shape::Number) {
        return None;
    }
    let mut parts = text.raw(i).split('.');
    let found = [parts.next()?, parts.next()?, parts.next()?];
    let digits = found
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    (parts.next().is_none() && digits).then_some((found, i + 1))
}

/// `13/11/2023`, `13-11-2023`, `2023/11/13`: three numbers glued by one separator.
fn separated<'t>(text: &Text<'t>, i: usize) -> Option<([&'t str; 3], usize)> {
    let sep = text.raw(i + 1);
    if !matches!(sep, "/" | "-" | ".") {
        return None;
    }
    let glued = |k: usize| text.raw(k) == sep && text.attached(k) && text.attached(k + 1);
    let digits = |k: usize| {
        text.shape(k) == Some(Shape::Number) && text.raw(k).bytes().all(|b| b.is_ascii_digit())
    };
    if !(glued(i + 1) && glued(i + 3) && digits(i) && digits(i + 2) && digits(i + 4)) {
        return None;
    }
    Some(([text.raw(i), text.raw(i + 2), text.raw(i + 4)], i + 5))
}

/// Day and month from `a/b`: day first, as both languages' news write it here, unless
/// the first number cannot be a month's day and the second can (`11/13`).
fn order(a: u32, b: u32) -> Option<(u32, u32)> {
    match (a, b) {
        (_, 1..=12) => Some((a, b)),
        (1..=12, _) => Some((b, a)),
        _ => None,
    }
}

/// A month name or abbreviation, in either language.
pub fn month(word: &str) -> Option<u32> {
    Some(match word {
        "januari" | "january" | "jan" => 1,
        "februari" | "pebruari" | "february" | "feb" | "peb" => 2,
        "maret" | "march" | "mar" => 3,
        "april" | "apr" => 4,
        "mei" | "may" => 5,
        "juni" | "june" | "jun" => 6,
        "juli" | "july" | "jul" => 7,
        "agustus" | "august" | "agu" | "ags" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "oktober" | "october" | "okt" | "oct" => 10,
        "november" | "nov" | "nop" => 11,
        "desember" | "december" | "des" | "dec" => 12,
        _ => return None,
    })
}

/// A month abbreviation (lowercase), which owns a dot after it: `Nov. 13`, `13 Nop.
/// 2023`, but `1 Desember.` and `Mei.` end a sentence.
pub fn month_abbreviation(word: &str) -> bool {
    month(word).is_some()
        && word.len() <= 4
        && !matches!(word, "mei" | "may" | "juni" | "june" | "juli" | "july")
}

/// A month word at `i`, with the attached `.` of an abbreviation; returns the next token.
fn month_at(text: &Text, i: usize) -> Option<(u32, usize)> {
    let word = text.lower(i);
    let m = month(word)?;
    let dotted = month_abbreviation(word) && text.is(i + 1, '.') && text.attached(i + 1);
    Some((m, if dotted { i + 2 } else { i + 1 }))
}

/// `13 November 2023`, `13 Nov. 2023`, `13 November` (the publication's year).
fn day_month(text: &Text, i: usize, ctx: &Context) -> Option<(Period, usize)> {
    let day = number(text, i, 2)?;
    let (m, next) = month_at(text, i + 1)?;
    if let Some(year) = full_year_at(text, next) {
        return Some((Period::one(Date::day_of(year.year(), m, day)?), next + 1));
    }
    let year = ctx.published?.year();
    Some((Period::one(Date::day_of(year, m, day)?), next))
}

/// `November 13, 2023`, `Nov. 13`, `November 2023`, and a lone month after a
/// preposition (`pada November`, `in May`) in the publication's year.
fn month_first(text: &Text, i: usize, ctx: &Context) -> Option<(Period, usize)> {
    if !text.capitalised(i) {
        return None;
    }
    let (m, next) = month_at(text, i)?;
    if let Some(year) = year_at(text, next) {
        return Some((Period::one(Date::month_of(year.year(), m)?), next + 1));
    }
    if let Some(day) = number(text, next, 2).filter(|_| text.shape(next + 1) != Some(Shape::Number))
    {
        let comma_year = text
            .is(next + 1, ',')
            .then(|| full_year_at(text, next + 2))
            .flatten();
        if let Some(year) = comma_year {
            return Some((Period::one(Date::day_of(year.year(), m, day)?), next + 3));
        }
        let year = ctx.published?.year();
        return Some((Period::one(Date::day_of(year, m, day)?), next + 1));
    }
    let before = i.checked_sub(1).map_or("", |j| text.lower(j));
    let published = ctx.published?;
    // `Agustus lalu`, `last August`: the latest such month before publication;
    // `Maret mendatang`, `next March`: the first after it.
    let after = text.lower(next);
    let back = after == "lalu" || before == "last";
    let ahead = matches!(after, "mendatang" | "depan") || before == "next";
    if back || ahead {
        let now = published.month()?;
        let year = match (back, m < now, m > now) {
            (true, true, _) | (false, _, true) => published.year(),
            (true, false, _) => published.year() - 1,
            (false, _, false) => published.year() + 1,
        };
        let next = if matches!(after, "lalu" | "mendatang" | "depan") {
            next + 1
        } else {
            next
        };
        return Some((Period::one(Date::month_of(year, m)?), next));
    }
    // `the end of September`, `the beginning of May`.
    let part_of = before == "of"
        && i.checked_sub(2).is_some_and(|j| {
            matches!(
                text.lower(j),
                "end" | "beginning" | "start" | "middle" | "close"
            )
        });
    let anchored = part_of
        || matches!(
            before,
            "pada"
                | "bulan"
                | "sejak"
                | "hingga"
                | "sampai"
                | "awal"
                | "akhir"
                | "pertengahan"
                | "in"
                | "since"
                | "until"
                | "by"
                | "early"
                | "late"
                | "mid"
                | "during"
        );
    let year = published.year();
    anchored
        .then(|| Some((Period::one(Date::month_of(year, m)?), next)))
        .flatten()
}

/// `tahun 2030`.
fn year_word(text: &Text, i: usize) -> Option<(Period, usize)> {
    if text.lower(i) != "tahun" {
        return None;
    }
    Some((Period::one(year_at(text, i + 1)?), i + 2))
}
