//! The start, middle or end of a period: `akhir bulan ini`, `awal tahun depan`, `akhir
//! pekan lalu`, `early next year`, `the end of next month`, and of a year written out:
//! `awal 2024`, `pertengahan tahun 2024`, `mid-2024`, `late 2023`, `the end of 2023`.
//!
//! A year's start is January to March, its middle May to August, its end October to
//! December; a month's are days 1–10, 11–20 and 21 to its last; a week's are Monday to
//! Wednesday, Wednesday and Thursday, and Thursday to Sunday, except that `akhir pekan` is
//! Indonesian for the weekend.

use crate::data::Date;

use super::calendar::{Offset, Unit};
use super::dates::{Period, year_at};
use super::text::Text;

/// Lower-case words that can begin a part of a period.
pub const STARTERS: &[&str] = &[
    "awal",
    "pertengahan",
    "medio",
    "akhir",
    "penghujung",
    "early",
    "mid",
    "late",
    "end",
    "close",
    "beginning",
    "start",
    "middle",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Start,
    Middle,
    End,
}

/// The part word at `i`, whether it is Indonesian, and the token after it.
fn part(text: &Text, i: usize) -> Option<(Part, bool, usize)> {
    Some(match (text.lower(i), text.lower(i + 1)) {
        ("awal", _) => (Part::Start, true, i + 1),
        ("pertengahan" | "medio", _) => (Part::Middle, true, i + 1),
        ("akhir" | "penghujung", _) => (Part::End, true, i + 1),
        ("early", _) => (Part::Start, false, i + 1),
        ("mid", "-") => (Part::Middle, false, i + 2),
        ("mid" | "late", _) => {
            let part = if text.lower(i) == "mid" {
                Part::Middle
            } else {
                Part::End
            };
            (part, false, i + 1)
        }
        ("end" | "close", "of") => (Part::End, false, i + 2),
        ("beginning" | "start", "of") => (Part::Start, false, i + 2),
        ("middle", "of") => (Part::Middle, false, i + 2),
        _ => return None,
    })
}

/// A part of a period counted from the publication: `akhir bulan lalu`, `awal tahun`,
/// `akhir pekan ini`, `late last year`, `end of the month`.
pub fn part_of_period(text: &Text, i: usize) -> Option<(Offset, usize)> {
    let (part, indonesian, j) = part(text, i)?;
    let which = |word: &str| -> Option<i64> {
        Some(match word {
            "lalu" | "last" => -1,
            "ini" | "this" | "the" => 0,
            "depan" | "mendatang" | "next" => 1,
            _ => return None,
        })
    };
    let (unit, n, next) = if indonesian {
        let unit = Unit::named(text.lower(j))?;
        match which(text.lower(j + 1)).filter(|_| text.lower(j + 1) != "the") {
            Some(n) => (unit, n, j + 2),
            // `akhir bulan`, `awal tahun`: the publication's; `akhir pekan` alone is any
            // weekend (`setiap akhir pekan`).
            // `akhir tahun 2023` and `akhir bulan Maret` name their own.
            None if matches!(unit, Unit::Month | Unit::Year) => {
                let named = year_at(text, j + 1).is_some()
                    || super::dates::month(text.lower(j + 1)).is_some();
                if named {
                    return None;
                }
                (unit, 0, j + 1)
            }
            None => return None,
        }
    } else {
        let n = which(text.lower(j))?;
        (Unit::named(text.lower(j + 1))?, n, j + 2)
    };
    let offset = match unit {
        Unit::Year => {
            let (from, to) = year_months(part);
            Offset::YearPart { years: n, from, to }
        }
        Unit::Month => {
            let (from, to) = match part {
                Part::Start => (1, 10),
                Part::Middle => (11, 20),
                Part::End => (21, 0),
            };
            Offset::MonthPart {
                months: n,
                from,
                to,
            }
        }
        Unit::Week => {
            let (from, to) = match part {
                Part::Start => (0, 2),
                Part::Middle => (2, 3),
                Part::End if indonesian => (5, 6),
                Part::End => (3, 6),
            };
            Offset::WeekPart { weeks: n, from, to }
        }
        _ => return None,
    };
    Some((offset, next))
}

fn year_months(part: Part) -> (u32, u32) {
    match part {
        Part::Start => (1, 3),
        Part::Middle => (5, 8),
        Part::End => (10, 12),
    }
}

/// A part of a year written out: `awal 2024`, `akhir tahun 2023`, `mid-2024`, `the end of
/// 2023`. A decade after the part (`awal 2000-an`) is left to the decade.
pub fn year_part(text: &Text, i: usize) -> Option<(Period, usize)> {
    let (part, indonesian, mut j) = part(text, i)?;
    if indonesian && text.lower(j) == "tahun" {
        j += 1;
    }
    let year = year_at(text, j)?.year();
    if super::dates::decade(text, j).is_some() {
        return None;
    }
    let (from, to) = year_months(part);
    let period = Period {
        first: Date::month_of(year, from)?,
        last: Date::month_of(year, to)?,
    };
    Some((period, j + 1))
}
