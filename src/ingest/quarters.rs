//! Quarters and halves of a year: `kuartal III 2024`, `Q3 2024`, `semester II 2023`,
//! `third quarter of 2024`, `H1 2024`, `first half of 2024`.

use crate::data::Date;

use super::Context;
use super::dates::{Period, number, year_at};
use super::text::Text;

/// `kuartal III 2024`, `kuartal ketiga 2024`, `Q3 2024`, `third quarter of 2024`,
/// `semester I 2024`, `H1 2024`, `first half of 2024`.
pub fn quarter(text: &Text, i: usize, ctx: &Context) -> Option<(Period, usize)> {
    let (n, of, mut next) = match text.lower(i) {
        "kuartal" | "triwulan" | "semester" | "paruh" => {
            let of = if text.lower(i) == "semester" || text.lower(i) == "paruh" {
                6
            } else {
                3
            };
            let (n, next) = ordinal(text, i + 1)?;
            (n, of, next)
        }
        "q" | "h" if text.attached(i + 1) => {
            let of = if text.lower(i) == "q" { 3 } else { 6 };
            (number(text, i + 1, 1)?, of, i + 2)
        }
        _ => {
            let (n, after) = ordinal(text, i)?;
            match (text.lower(after), text.lower(after + 1)) {
                ("quarter", _) => (n, 3, after + 1),
                ("half", _) => (n, 6, after + 1),
                _ => return None,
            }
        }
    };
    let n = if n == 0 { 12 / of } else { n };
    if !(1..=12 / of).contains(&n) {
        return None;
    }
    let bare = next;
    // `Q1'24`: a year cut to its last two digits after an apostrophe.
    let apostrophe = text.is(next, '\'') || text.is(next, '’');
    if apostrophe && text.attached(next) && text.raw(next + 1).len() == 2 {
        let year = 2000 + i32::try_from(number(text, next + 1, 2)?).ok()?;
        let first = Date::month_of(year, (n - 1) * of + 1)?;
        let last = Date::month_of(year, n * of)?;
        return Some((Period { first, last }, next + 2));
    }
    // `kuartal I/2024`, `kuartal I-2024`, as filings write them.
    let glued = (text.is(next, '/') || text.is(next, '-')) && year_at(text, next + 1).is_some();
    if matches!(text.lower(next), "of" | "tahun") || glued {
        next += 1;
    }
    // Without a year, the quarter is one of the publication's year: `semester pertama`.
    let (year, next) = match year_at(text, next) {
        Some(y) => (y.year(), next + 1),
        None => {
            let published = ctx.published?.year();
            match (text.lower(bare), text.lower(bare + 1)) {
                ("ini" | "this", _) => (published, bare + 1),
                ("tahun", "ini") | ("of", "this") => (published, bare + 2),
                ("tahun", "lalu") => (published - 1, bare + 2),
                ("tahun", "depan") => (published + 1, bare + 2),
                ("of", "last") if text.lower(bare + 2) == "year" => (published - 1, bare + 3),
                ("of", "next") if text.lower(bare + 2) == "year" => (published + 1, bare + 3),
                _ => (published, bare),
            }
        }
    };
    let first = Date::month_of(year, (n - 1) * of + 1)?;
    let last = Date::month_of(year, n * of)?;
    Some((Period { first, last }, next))
}

/// `III`, `3`, `ke-3`, `ketiga`, `dua`, `third`, `pertama`, `first`, `final` (0, the last).
fn ordinal(text: &Text, i: usize) -> Option<(u32, usize)> {
    if text.lower(i) == "ke" && text.is(i + 1, '-') {
        return Some((number(text, i + 2, 1)?, i + 3));
    }
    if let Some(n) = number(text, i, 1) {
        return (n > 0).then_some((n, i + 1));
    }
    let n = match text.lower(i) {
        "i" | "pertama" | "first" | "satu" => 1,
        "ii" | "kedua" | "second" | "dua" => 2,
        "iii" | "ketiga" | "third" | "tiga" => 3,
        "iv" | "keempat" | "fourth" | "empat" => 4,
        // The year's last: fixed once the quarter or half is known.
        "final" => 0,
        _ => return None,
    };
    Some((n, i + 1))
}
