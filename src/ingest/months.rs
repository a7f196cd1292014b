//! Dates that start with their month: `November 13, 2023`, `Nov. 13`, `March 3rd`,
//! `November 2023`, `maret 2024`, `Agustus lalu`, `next March`, `Maret tahun lalu`,
//! `March of last year`, `Januari-Maret 2024`, and a month alone after a word that
//! anchors it (`pada November`, `in May`, `mid-March`).

use crate::data::Date;

use super::Context;
use super::dates::{Period, full_year_at, year_at};
use super::text::{Shape, Text};

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
        "agustus" | "august" | "agu" | "agt" | "ags" | "aug" => 8,
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
pub fn month_at(text: &Text, i: usize) -> Option<(u32, usize)> {
    let word = text.lower(i);
    let m = month(word)?;
    let dotted = month_abbreviation(word) && text.is(i + 1, '.') && text.attached(i + 1);
    Some((m, if dotted { i + 2 } else { i + 1 }))
}

/// `November 13, 2023`, `Nov. 13`, `November 2023`, and a lone month after a
/// preposition (`pada November`, `in May`) in the publication's year.
pub fn month_first(text: &Text, i: usize, ctx: &Context) -> Option<(Period, usize)> {
    let (m, next) = month_at(text, i)?;
    // `maret 2024`, `march 15, 2024`, `januari lalu`: in lower case only a year, or a
    // word that counts from publication, makes it a date.
    let counted = matches!(text.lower(next), "lalu" | "mendatang" | "depan" | "nanti");
    if !text.capitalised(i) && !counted {
        return (text.lower(i) != "may")
            .then(|| day_first_year(text, next, m).or_else(|| month_year(text, next, m)))
            .flatten();
    }
    if let Some(span) = super::date_ranges::months(text, i, m, next, ctx) {
        return Some(span);
    }
    if let Some(found) = month_year(text, next, m) {
        return Some(found);
    }
    if let Some(found) = day_first_year(text, next, m) {
        return Some(found);
    }
    if let Some((day, last, after)) =
        super::days::days_at(text, next).filter(|_| text.shape(next + 1) != Some(Shape::Number))
    {
        let year = ctx.published?.year();
        return Some((super::days::days_of(year, m, day, last)?, after));
    }
    if let Some((day, after)) = super::days::spelled_after_month(text, next) {
        let year = ctx.published?.year();
        return Some((Period::one(Date::day_of(year, m, day)?), after));
    }
    let before = i.checked_sub(1).map_or("", |j| text.lower(j));
    let published = ctx.published?;
    if let Some((n, next)) = year_after(text, next) {
        return Some((Period::one(Date::month_of(published.year() + n, m)?), next));
    }
    // `Agustus lalu`, `last August`: the latest such month before publication;
    // `Maret mendatang`, `next March`: the first after it.
    let after = text.lower(next);
    let back = after == "lalu" || before == "last";
    let ahead = matches!(after, "mendatang" | "depan" | "nanti") || before == "next";
    if back || ahead {
        let now = published.month()?;
        let year = match (back, m < now, m > now) {
            (true, true, _) | (false, _, true) => published.year(),
            (true, false, _) => published.year() - 1,
            (false, _, false) => published.year() + 1,
        };
        let next = if matches!(after, "lalu" | "mendatang" | "depan" | "nanti") {
            next + 1
        } else {
            next
        };
        return Some((Period::one(Date::month_of(year, m)?), next));
    }
    // `the end of September`, `the beginning of May`, `mid-March`, `pekan pertama April`.
    let two_before = i.checked_sub(2).map_or("", |j| text.lower(j));
    let part_of = match before {
        "of" => matches!(
            two_before,
            "end" | "beginning" | "start" | "middle" | "close"
        ),
        "-" => two_before == "mid",
        "pertama" | "kedua" | "ketiga" | "keempat" | "terakhir" => {
            matches!(two_before, "pekan" | "minggu")
        }
        _ => false,
    };
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
                | "medio"
                | "penghujung"
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

/// `tahun lalu`, `last year`, `of next year` after a month: years from the publication's,
/// and the token after.
pub fn year_after(text: &Text, next: usize) -> Option<(i32, usize)> {
    let of = usize::from(text.lower(next) == "of");
    let at = next + of;
    let n = match (text.lower(at), text.lower(at + 1)) {
        ("tahun", "lalu" | "kemarin") if of == 0 => -1,
        ("tahun", "ini") if of == 0 => 0,
        ("tahun", "depan") if of == 0 => 1,
        ("last", "year") => -1,
        ("this", "year") => 0,
        ("next", "year") => 1,
        _ => return None,
    };
    Some((n, at + 2))
}

/// `November 2023`.
fn month_year(text: &Text, next: usize, m: u32) -> Option<(Period, usize)> {
    let year = year_at(text, next)?;
    Some((Period::one(Date::month_of(year.year(), m)?), next + 1))
}

/// `November 13, 2023`, `Jan 5th 2024`, `March 1-3, 2024`: the day after the month, then
/// its year.
fn day_first_year(text: &Text, next: usize, m: u32) -> Option<(Period, usize)> {
    let (day, last, after) = super::days::days_at(text, next)?;
    let comma = usize::from(text.is(after, ','));
    let year = if comma == 1 {
        full_year_at(text, after + 1)?
    } else {
        year_at(text, after)?
    };
    Some((
        super::days::days_of(year.year(), m, day, last)?,
        after + comma + 1,
    ))
}
