//! Absolute dates in article text: `13 November 2023`, `13/11/2023`, `Senin (13/11)`,
//! `Nov. 13`, `2023-11-13`, `kuartal III 2024`, `Q3 2024`, `tahun 2030`.
//!
//! Each keeps the precision it was written with; a date without a year takes the
//! publication's year, and is left out when that is unknown.

use std::fmt;

use crate::data::Date;

use super::text::{Shape, Text};
use super::{Context, Mention, Mentioned};

use super::months::month_first;
pub use super::months::{month, month_abbreviation, month_at, year_after};

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
/// Month names in lower case begin a date only before a year (`maret 2024`); `may` never.
#[rustfmt::skip]
pub const STARTERS: &[&str] = &[
    "kuartal", "triwulan", "semester", "paruh", "q", "h", "tahun", "first", "second",
    "third", "fourth", "pertama", "kedua", "ketiga", "keempat", "i", "ii", "iii",
    "iv", "fiscal", "final", "malam", "christmas", "januari", "january", "februari", "february", "maret", "march", "april",
    "mei", "juni", "june", "juli", "july", "agustus", "august", "september", "oktober",
    "october", "november", "desember", "december",
];

/// Reads an absolute date at token `i`.
pub fn absolute(text: &Text, i: usize, ctx: &Context) -> Option<(Mention, usize)> {
    if let Some((period, next)) = dateline(text, i, ctx) {
        return Some((mention(text, i, next, period, DateForm::Dateline), next));
    }
    let (period, next) = numeric(text, i, ctx)
        .or_else(|| short_numeric(text, i, ctx))
        .or_else(|| year_month(text, i))
        .or_else(|| super::days::day_month(text, i, ctx))
        .or_else(|| month_first(text, i, ctx))
        .or_else(|| super::quarters::quarter(text, i, ctx))
        .or_else(|| super::parts::year_part(text, i))
        .or_else(|| decade(text, i))
        .or_else(|| year_word(text, i))
        .or_else(|| fiscal_year(text, i))
        .or_else(|| super::holidays::holiday(text, i, ctx))?;
    Some((mention(text, i, next, period, DateForm::Explicit), next))
}

/// `Selasa, 14 November 2023`, `Tue, Nov 14`, `Monday 11 March 2024`: a weekday written
/// before a day's date belongs to it, and dates no day of its own.
pub fn weekday_date(text: &Text, i: usize, ctx: &Context) -> Option<(Mention, usize)> {
    if !text.capitalised(i) {
        return None;
    }
    super::weekdays::abbreviated(text.lower(i))?;
    let mut j = i + 1;
    if text.is(j, '.') && text.attached(j) {
        j += 1;
    }
    if text.is(j, ',') {
        j += 1;
    }
    let (period, next) = numeric(text, j, ctx)
        .or_else(|| super::days::day_month(text, j, ctx))
        .or_else(|| month_first(text, j, ctx))
        .filter(|(p, _)| p.first.day().is_some())?;
    Some((mention(text, i, next, period, DateForm::Explicit), next))
}

/// A four-digit year standing alone (`pada 2030`, `in 2030`); called after amounts had
/// their chance, so `2023 pengguna` is a count.
pub fn bare_year(text: &Text, i: usize) -> Option<(Mention, usize)> {
    let year = year_at(text, i)?;
    let before = i.checked_sub(1).map_or("", |j| text.lower(j));
    // `2021-2023`, `2021 hingga 2023`, `from 2021 to 2023`, `antara 2020 dan 2022`.
    let joined = match text.lower(i + 1) {
        "-" | "–" | "hingga" | "sampai" | "to" | "through" => true,
        "dan" | "and" => matches!(before, "antara" | "between"),
        _ => false,
    };
    // `2020-21`: a span whose end keeps only its last two digits.
    let short = (text.is(i + 1, '-') && text.attached(i + 1) && text.raw(i + 2).len() == 2)
        .then(|| number(text, i + 2, 2))
        .flatten()
        .and_then(|yy| Date::year_only(year.year() / 100 * 100 + i32::try_from(yy).ok()?));
    let last = year_at(text, i + 2).filter(|_| joined).or(short);
    if let Some(last) = last.filter(|last| *last > year) {
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
pub fn full_year_at(text: &Text, i: usize) -> Option<Date> {
    let year = number(text, i, 4).filter(|_| text.raw(i).len() == 4)?;
    Date::year_only(i32::try_from(year).ok()?)
}

/// `(13/11)` or `Senin (13/11)`: the day a statement was made, in the publication's year.
fn dateline(text: &Text, i: usize, ctx: &Context) -> Option<(Period, usize)> {
    let weekday = super::weekdays::day(text.lower(i)).is_some() && text.is(i + 1, '(');
    let open = if weekday { i + 1 } else { i };
    if !text.is(open, '(') {
        return None;
    }
    let (a, b) = (number(text, open + 1, 2)?, number(text, open + 3, 2)?);
    // `(13/3/2024)`: a dateline may write its year too.
    let written = (text.is(open + 4, '/') && text.is(open + 6, ')'))
        .then(|| full_year_at(text, open + 5))
        .flatten();
    let close = if written.is_some() {
        open + 6
    } else {
        open + 4
    };
    if !(text.is(open + 2, '/') && text.is(close, ')')) {
        return None;
    }
    let year = match written {
        Some(year) => year.year(),
        None => ctx.published?.year(),
    };
    let (d, m) = order(a, b)?;
    Some((Period::one(Date::day_of(year, m, d)?), close + 1))
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

/// `2023-10`: a month as ISO 8601 writes it (two digits, glued), not a span of years.
fn year_month(text: &Text, i: usize) -> Option<(Period, usize)> {
    let year = year_at(text, i)?;
    let glued = text.is(i + 1, '-') && text.attached(i + 1) && text.attached(i + 2);
    let month = number(text, i + 2, 2).filter(|_| text.raw(i + 2).len() == 2)?;
    let more = text.is(i + 3, '-') && text.attached(i + 3);
    if !glued || more || !(1..=12).contains(&month) {
        return None;
    }
    Some((Period::one(Date::month_of(year.year(), month)?), i + 3))
}

/// `pada 15/3`, `sejak 1/3`: a day and month with no year, only after a word that says a
/// date follows, since `1/3` alone is as likely a third.
fn short_numeric(text: &Text, i: usize, ctx: &Context) -> Option<(Period, usize)> {
    let before = match i.checked_sub(1).map(|j| text.lower(j)) {
        Some(".") => i.checked_sub(2).map_or("", |j| text.lower(j)),
        other => other.unwrap_or(""),
    };
    let anchored = matches!(
        before,
        "pada"
            | "sejak"
            | "hingga"
            | "sampai"
            | "tanggal"
            | "tgl"
            | "per"
            | "on"
            | "since"
            | "until"
    );
    let glued = text.is(i + 1, '/') && text.attached(i + 1) && text.attached(i + 2);
    let fraction = text.is(i + 3, '/') || matches!(text.lower(i + 3), "dari" | "bagian" | "of");
    if !anchored || !glued || fraction {
        return None;
    }
    let (d, m) = order(number(text, i, 2)?, number(text, i + 2, 2)?)?;
    Some((
        Period::one(Date::day_of(ctx.published?.year(), m, d)?),
        i + 3,
    ))
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

/// `tahun 2030`, `tahun 1990-an`, `tahun fiskal 2024`, `tahun anggaran 2025`.
fn year_word(text: &Text, i: usize) -> Option<(Period, usize)> {
    if text.lower(i) != "tahun" {
        return None;
    }
    let at = match text.lower(i + 1) {
        "fiskal" | "anggaran" | "buku" => i + 2,
        _ => i + 1,
    };
    decade(text, at).or_else(|| Some((Period::one(year_at(text, at)?), at + 1)))
}

/// `FY2024`, `FY 2024`, `FY24`, `fiscal year 2025`, `fiscal 2023`: a company's own year,
/// named by the calendar year it ends in.
fn fiscal_year(text: &Text, i: usize) -> Option<(Period, usize)> {
    let at = match (text.raw(i), text.lower(i + 1)) {
        ("FY", _) => i + 1,
        _ if text.lower(i) == "fiscal" && text.lower(i + 1) == "year" => i + 2,
        _ if text.lower(i) == "fiscal" => i + 1,
        _ => return None,
    };
    if let Some(year) = year_at(text, at) {
        return Some((Period::one(year), at + 1));
    }
    let short = number(text, at, 2).filter(|_| text.raw(at).len() == 2 && text.attached(at))?;
    let year = 2000 + i32::try_from(short).ok()?;
    Some((Period::one(Date::year_only(year)?), at + 1))
}

/// `1990-an`, `1990s`, `90-an` after `tahun`: the ten years a decade names.
pub fn decade(text: &Text, i: usize) -> Option<(Period, usize)> {
    let raw = text.raw(i);
    let first = match raw.len() {
        4 => year_at(text, i)?.year(),
        2 if i > 0 && matches!(text.lower(i - 1), "tahun" | "era") => {
            1900 + i32::try_from(number(text, i, 2)?).ok()?
        }
        _ => return None,
    };
    if first % 10 != 0 {
        return None;
    }
    let next = if text.lower(i + 1) == "s" && text.attached(i + 1) {
        i + 2
    } else if text.is(i + 1, '-') && text.lower(i + 2) == "an" && text.attached(i + 2) {
        i + 3
    } else {
        return None;
    };
    let period = Period {
        first: Date::year_only(first)?,
        last: Date::year_only(first + 9)?,
    };
    Some((period, next))
}
