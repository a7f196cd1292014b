//! Dates that start with their day: `13 November 2023`, `5th of January 2024`, `the
//! first of March`, `1-3 Maret 2024`, `15 hingga 17 Maret`, `30 Maret-2 April 2024`; and
//! the day after a month (`March 3rd`, `March first`), read for [`super::dates`].

use crate::data::Date;

use super::Context;
use super::dates::{Period, full_year_at, month_at, number};
use super::text::Text;

/// The token after an ordinal's suffix glued to a number (`5th`, `23rd`), or `k`.
pub fn past_suffix(text: &Text, k: usize) -> usize {
    let suffix = matches!(text.lower(k), "st" | "nd" | "rd" | "th") && text.attached(k);
    if suffix { k + 1 } else { k }
}

/// The token after a word or sign that joins two days or dates (`-`, `hingga`, `s/d`,
/// `to`), if one is at `k`.
fn joiner(text: &Text, k: usize) -> Option<usize> {
    match text.lower(k) {
        "-" | "–" | "hingga" | "sampai" | "to" | "through" => Some(k + 1),
        "s" if text.is(k + 1, '/') && text.lower(k + 2) == "d" => Some(k + 3),
        "s" if text.is(k + 1, '.') && text.lower(k + 2) == "d" && text.is(k + 3, '.') => {
            Some(k + 4)
        }
        "sd" => Some(k + 1),
        _ => None,
    }
}

/// A day written in digits (`5`, `5th`) or as an English ordinal (`fifth`,
/// `twenty-first`), and the token after.
fn one_day(text: &Text, i: usize) -> Option<(u32, bool, usize)> {
    if let Some(day) = number(text, i, 2) {
        return Some((day, false, past_suffix(text, i + 1)));
    }
    let tens = match text.lower(i) {
        "twenty" => 20,
        "thirty" => 30,
        word => return ordinal_word(word).map(|d| (d, true, i + 1)),
    };
    if text.is(i + 1, '-') {
        let unit = ordinal_word(text.lower(i + 2)).filter(|u| *u < 10)?;
        return Some((tens + unit, true, i + 3));
    }
    None
}

/// `first` … `nineteenth`, `twentieth`, `thirtieth`.
fn ordinal_word(word: &str) -> Option<u32> {
    #[rustfmt::skip]
    const ORDINALS: [&str; 19] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth",
    ];
    match word {
        "twentieth" => Some(20),
        "thirtieth" => Some(30),
        _ => ORDINALS
            .iter()
            .position(|w| *w == word)
            .map(|k| k as u32 + 1),
    }
}

/// Lower-case words that can begin a day written as an ordinal.
#[rustfmt::skip]
pub const STARTERS: &[&str] = &[
    "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth", "thirtieth", "twenty", "thirty",
];

/// A day at `i`, with an ordinal's suffix and an upper end (`1-3`, `10–12`, `15 hingga
/// 17`, `15 s/d 17`): the first and last day, whether it was spelled, and the token after.
pub fn days_at(text: &Text, i: usize) -> Option<(u32, u32, usize)> {
    let (day, spelled, next) = one_day(text, i)?;
    if spelled {
        return None;
    }
    Some(span_from(text, day, next))
}

fn span_from(text: &Text, day: u32, next: usize) -> (u32, u32, usize) {
    let last = joiner(text, next).and_then(|k| {
        let last = number(text, k, 2).filter(|last| *last > day)?;
        Some((last, past_suffix(text, k + 1)))
    });
    match last {
        Some((last, after)) => (day, last, after),
        None => (day, day, next),
    }
}

/// `March first`, `May 21st`: a spelled ordinal after a month, unless it starts a word
/// of its own (`March first-quarter`).
pub fn spelled_after_month(text: &Text, k: usize) -> Option<(u32, usize)> {
    let (day, spelled, next) = one_day(text, k)?;
    let joined = text.is(next, '-') || matches!(text.lower(next), "quarter" | "half" | "time");
    (spelled && !joined).then_some((day, next))
}

/// Days `first..=last` of a month.
pub fn days_of(year: i32, month: u32, first: u32, last: u32) -> Option<Period> {
    Some(Period {
        first: Date::day_of(year, month, first)?,
        last: Date::day_of(year, month, last)?,
    })
}

/// `13 November 2023`, `13 Nov. 2023`, `13 November` (the publication's year), `5th of
/// January 2024`, `the first of March`, `1-3 Maret 2024`, `30 Maret-2 April 2024`.
pub fn day_month(text: &Text, i: usize, ctx: &Context) -> Option<(Period, usize)> {
    let (day, spelled, mut next) = one_day(text, i)?;
    let (day, last, after) = if spelled {
        (day, day, next)
    } else {
        span_from(text, day, next)
    };
    next = after;
    // `5th of`, `first of`: an ordinal needs its `of`, a bare number takes none.
    if text.lower(next) == "of" && (spelled || next > i + 1) {
        next += 1;
    } else if spelled {
        return None;
    }
    let (m, next) = month_at(text, next)?;
    if let Some(span) = to_other_month(text, day, m, next, ctx) {
        return Some(span);
    }
    if let Some(year) = full_year_at(text, next) {
        return Some((days_of(year.year(), m, day, last)?, next + 1));
    }
    let year = ctx.published?.year();
    Some((days_of(year, m, day, last)?, next))
}

/// `30 Maret-2 April 2024`: from a day of one month to a day of a later one, the year
/// written once at the end.
fn to_other_month(
    text: &Text,
    day: u32,
    m: u32,
    next: usize,
    ctx: &Context,
) -> Option<(Period, usize)> {
    let k = joiner(text, next)?;
    let last = number(text, k, 2)?;
    let (n, after) = month_at(text, past_suffix(text, k + 1))?;
    let (year, end) = match full_year_at(text, after) {
        Some(year) => (year.year(), after + 1),
        None => (ctx.published?.year(), after),
    };
    let first_year = if n < m { year - 1 } else { year };
    (n != m).then_some(())?;
    let period = Period {
        first: Date::day_of(first_year, m, day)?,
        last: Date::day_of(year, n, last)?,
    };
    Some((period, end))
}
