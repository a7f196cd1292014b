//! Dates relative to the publication: `kemarin`, `pekan lalu`, `bulan lalu`,
//! `akhir bulan ini`, `tahun depan`, `last month`, `later this month`, `dua hari lalu`.
//!
//! They resolve only against `--published`, and to the precision the words carry: `bulan
//! lalu` is a month, never a made-up day; a day-based phrase needs a published day.

use chrono::{Datelike, Days, NaiveDate};

use crate::data::Date;

use super::dates::{DateForm, Period, mention};
use rust_decimal::prelude::ToPrimitive;

use super::numbers::{Reading, numeral};
use super::text::Text;
use super::{Lang, Mention};

/// What a relative phrase says, before the publication date resolves it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Offset {
    Days(i64),
    Weeks(i64),
    Months(i64),
    Years(i64),
    /// Part of the publication's month: days `from..=to`, `to` 0 for the month's end.
    MonthPart {
        from: u32,
        to: u32,
    },
    /// The rest of the publication's month after its day.
    RestOfMonth,
    /// Months of the publication's year.
    YearPart {
        from: u32,
        to: u32,
    },
    /// The most recent such weekday (0 = Monday) before the publication.
    LastWeekday(u32),
    /// The most recent such weekday on or before the publication: news reports the past.
    RecentWeekday(u32),
}

/// Why a relative date was left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unplaced {
    /// No publication date was given.
    NoPublished,
    /// The publication date lacks the month or day the phrase counts from.
    TooCoarse,
    /// The publication date is precise enough, but the phrase points nowhere from it
    /// (`later this month` on the month's last day): the reason, in words.
    Nowhere(&'static str),
}

/// A relative date at `i`: `Ok` with the mention when `published` resolves it, `Err` with
/// the next token and the reason when it is relative but cannot be resolved, `None` when
/// there is none.
pub fn relative(
    text: &Text,
    i: usize,
    lang: Lang,
    published: Option<Date>,
) -> Option<Result<(Mention, usize), (usize, Unplaced)>> {
    let (offset, next) = phrase(text, i, lang)?;
    let Some(p) = published else {
        return Some(Err((next, Unplaced::NoPublished)));
    };
    let Some(period) = resolve(offset, p) else {
        return Some(Err((next, unplaced(offset, p))));
    };
    // `on Monday`, `hari ini`: when a statement was made, as a dateline says it.
    let form = match offset {
        Offset::RecentWeekday(_) | Offset::Days(0) => DateForm::Dateline,
        _ => DateForm::Relative,
    };
    Some(Ok((mention(text, i, next, period, form), next)))
}

/// Why `offset` does not resolve from `published`.
fn unplaced(offset: Offset, published: Date) -> Unplaced {
    let needs_day = !matches!(
        offset,
        Offset::Years(_) | Offset::Months(_) | Offset::YearPart { .. } | Offset::MonthPart { .. }
    );
    let needs_month = !matches!(offset, Offset::Years(_) | Offset::YearPart { .. });
    if needs_day && published.day().is_none() || needs_month && published.month().is_none() {
        return Unplaced::TooCoarse;
    }
    Unplaced::Nowhere(match offset {
        Offset::RestOfMonth => "no day of the month is left after the publication date",
        _ => "it falls outside the calendar",
    })
}

fn words(text: &Text, i: usize, seq: &[&str]) -> bool {
    seq.iter().enumerate().all(|(k, w)| text.lower(i + k) == *w)
}

/// Fixed phrases and what they mean.
#[rustfmt::skip]
const FIXED: &[(&[&str], Offset)] = &[
    (&["akhir", "bulan", "ini"], Offset::MonthPart { from: 21, to: 0 }),
    (&["awal", "bulan", "ini"], Offset::MonthPart { from: 1, to: 10 }),
    (&["pertengahan", "bulan", "ini"], Offset::MonthPart { from: 11, to: 20 }),
    (&["end", "of", "this", "month"], Offset::MonthPart { from: 21, to: 0 }),
    (&["end", "of", "the", "month"], Offset::MonthPart { from: 21, to: 0 }),
    (&["late", "this", "month"], Offset::MonthPart { from: 21, to: 0 }),
    (&["early", "this", "month"], Offset::MonthPart { from: 1, to: 10 }),
    (&["later", "this", "month"], Offset::RestOfMonth),
    (&["akhir", "bulan"], Offset::MonthPart { from: 21, to: 0 }),
    (&["akhir", "tahun", "ini"], Offset::YearPart { from: 10, to: 12 }),
    (&["awal", "tahun", "ini"], Offset::YearPart { from: 1, to: 3 }),
    (&["end", "of", "this", "year"], Offset::YearPart { from: 10, to: 12 }),
    (&["later", "this", "year"], Offset::YearPart { from: 0, to: 12 }),
    (&["early", "this", "year"], Offset::YearPart { from: 1, to: 3 }),
    (&["hari", "ini"], Offset::Days(0)),
    (&["pekan", "lalu"], Offset::Weeks(-1)),
    (&["minggu", "lalu"], Offset::Weeks(-1)),
    (&["last", "week"], Offset::Weeks(-1)),
    (&["pekan", "ini"], Offset::Weeks(0)),
    (&["minggu", "ini"], Offset::Weeks(0)),
    (&["this", "week"], Offset::Weeks(0)),
    (&["pekan", "depan"], Offset::Weeks(1)),
    (&["minggu", "depan"], Offset::Weeks(1)),
    (&["next", "week"], Offset::Weeks(1)),
    (&["bulan", "lalu"], Offset::Months(-1)),
    (&["bulan", "kemarin"], Offset::Months(-1)),
    (&["last", "month"], Offset::Months(-1)),
    (&["bulan", "ini"], Offset::Months(0)),
    (&["this", "month"], Offset::Months(0)),
    (&["bulan", "depan"], Offset::Months(1)),
    (&["next", "month"], Offset::Months(1)),
    (&["tahun", "lalu"], Offset::Years(-1)),
    (&["last", "year"], Offset::Years(-1)),
    (&["tahun", "ini"], Offset::Years(0)),
    (&["this", "year"], Offset::Years(0)),
    (&["tahun", "depan"], Offset::Years(1)),
    (&["next", "year"], Offset::Years(1)),
    (&["kemarin", "lusa"], Offset::Days(-2)),
    (&["besok", "lusa"], Offset::Days(2)),
    (&["day", "before", "yesterday"], Offset::Days(-2)),
    (&["day", "after", "tomorrow"], Offset::Days(2)),
    (&["kemarin"], Offset::Days(-1)),
    (&["yesterday"], Offset::Days(-1)),
    (&["today"], Offset::Days(0)),
    (&["besok"], Offset::Days(1)),
    (&["tomorrow"], Offset::Days(1)),
    (&["lusa"], Offset::Days(2)),
];

/// Lower-case words that can begin a relative date.
pub fn starters() -> impl Iterator<Item = &'static str> {
    let counted = [
        "sehari", "sepekan", "seminggu", "sebulan", "setahun", "a", "one", "last", "dalam", "in",
        "within",
    ];
    FIXED
        .iter()
        .map(|(seq, _)| seq[0])
        .chain(WEEKDAYS.iter().map(|(w, _)| *w))
        .chain(counted)
}

/// The phrase at `i` and the token after it.
fn phrase(text: &Text, i: usize, lang: Lang) -> Option<(Offset, usize)> {
    for (seq, offset) in FIXED {
        if words(text, i, seq) {
            return Some((*offset, i + seq.len()));
        }
    }
    last_weekday(text, i)
        .or_else(|| ahead(text, i, lang))
        .or_else(|| counted(text, i, lang))
}

/// `dalam waktu 2 tahun`, `dalam tiga bulan ke depan`, `in two years`, `within six
/// months`: so long after publication.
fn ahead(text: &Text, i: usize, lang: Lang) -> Option<(Offset, usize)> {
    let from = match (text.lower(i), text.lower(i + 1)) {
        ("dalam", "waktu") => i + 2,
        ("dalam" | "in" | "within", _) => i + 1,
        _ => return None,
    };
    let from = match (text.lower(from), text.lower(from + 1)) {
        ("the", "next") => from + 2,
        ("the", _) => return None,
        _ => from,
    };
    let (n, unit, mut next) = count(text, from, lang)?;
    let offset = offset(n, unit)?;
    let marked = match (text.lower(next), text.lower(next + 1)) {
        ("ke", "depan") => 2,
        ("mendatang" | "lagi", _) => 1,
        ("terakhir" | "belakangan" | "silam", _) => return None,
        _ => 0,
    };
    next += marked;
    // `naik 5% dalam sepekan`, `in a year` say how long, not when: a bare `se-` or `a`
    // count is a date only when `waktu`, `ke depan`, `lagi` or `mendatang` says so.
    let spelled = matches!(
        text.lower(from),
        "a" | "one" | "sehari" | "sepekan" | "seminggu" | "sebulan" | "setahun"
    );
    if spelled && marked == 0 && from != i + 2 {
        return None;
    }
    Some((offset, next))
}

/// A count and its unit word: `dua hari`, `sebulan`, `three weeks`; the token after.
fn count<'t>(text: &'t Text, i: usize, lang: Lang) -> Option<(i64, &'t str, usize)> {
    Some(match text.lower(i) {
        "sehari" => (1, "hari", i + 1),
        "sepekan" | "seminggu" => (1, "pekan", i + 1),
        "sebulan" => (1, "bulan", i + 1),
        "setahun" => (1, "tahun", i + 1),
        "a" | "one" if lang == Lang::En => (1, text.lower(i + 1), i + 2),
        _ => {
            let n = numeral(text, i, lang, Reading::Plain).filter(|n| !n.scaled)?;
            let count = n.value.to_i64().filter(|_| n.value.fract().is_zero())?;
            if !(0..=1000).contains(&count) {
                return None;
            }
            (count, text.lower(n.to), n.to + 1)
        }
    })
}

/// `Senin lalu`, `last Monday`, and `on Monday`, `pada Senin` (only the weekday is the
/// mention; `Senin (13/11)` is left to absolute dates).
fn last_weekday(text: &Text, i: usize) -> Option<(Offset, usize)> {
    if text.lower(i) == "last" {
        return Some((Offset::LastWeekday(weekday(text.lower(i + 1))?), i + 2));
    }
    let day = weekday(text.lower(i))?;
    if text.lower(i + 1) == "lalu" {
        return Some((Offset::LastWeekday(day), i + 2));
    }
    let before = i.checked_sub(1).map_or("", |k| text.lower(k));
    let on =
        matches!(before, "on" | "pada" | "hari") && text.capitalised(i) && !text.is(i + 1, '(');
    on.then_some((Offset::RecentWeekday(day), i + 1))
}

const WEEKDAYS: [(&str, u32); 14] = [
    ("senin", 0),
    ("monday", 0),
    ("selasa", 1),
    ("tuesday", 1),
    ("rabu", 2),
    ("wednesday", 2),
    ("kamis", 3),
    ("thursday", 3),
    ("jumat", 4),
    ("friday", 4),
    ("sabtu", 5),
    ("saturday", 5),
    ("minggu", 6),
    ("sunday", 6),
];

/// Monday = 0, in either language.
pub fn weekday(word: &str) -> Option<u32> {
    WEEKDAYS.iter().find(|(w, _)| *w == word).map(|&(_, d)| d)
}

/// `dua hari lalu`, `sebulan lalu`, `three weeks ago`, `sebulan setelah …`, `a month after`.
fn counted(text: &Text, i: usize, lang: Lang) -> Option<(Offset, usize)> {
    let (n, unit, next) = count(text, i, lang)?;
    let direction = match (text.lower(next), text.lower(next + 1)) {
        ("yang", "lalu") => return offset(-n, unit).map(|o| (o, next + 2)),
        ("lalu" | "silam" | "ago", _) => -1,
        ("lagi" | "mendatang", _) => 1,
        ("ke", "depan") => return offset(n, unit).map(|o| (o, next + 2)),
        // The clause is set at publication: "talks, a month after the ban".
        ("setelah" | "sesudah" | "after" | "later", _) => 0,
        _ => return None,
    };
    offset(n * direction, unit).map(|o| (o, next + 1))
}

fn offset(n: i64, unit: &str) -> Option<Offset> {
    Some(match unit {
        "hari" | "day" | "days" => Offset::Days(n),
        "pekan" | "minggu" | "week" | "weeks" => Offset::Weeks(n),
        "bulan" | "month" | "months" => Offset::Months(n),
        "tahun" | "year" | "years" => Offset::Years(n),
        _ => return None,
    })
}

/// Resolves an offset against the publication date, at the precision both allow.
fn resolve(offset: Offset, published: Date) -> Option<Period> {
    let year = published.year();
    let month = published.month();
    let day = published
        .day()
        .and_then(|d| NaiveDate::from_ymd_opt(year, month?, d));
    let month_period = |y: i32, from: u32, to: u32| -> Option<Period> {
        Some(Period {
            first: Date::month_of(y, from)?,
            last: Date::month_of(y, to)?,
        })
    };
    match offset {
        Offset::Years(n) => Some(Period::one(Date::year_only(year + i32::try_from(n).ok()?)?)),
        Offset::YearPart { from: 0, to } => month_period(year, month.unwrap_or(1), to),
        Offset::YearPart { from, to } => month_period(year, from, to),
        Offset::Months(n) => {
            let index = i64::from(year) * 12 + i64::from(month?) - 1 + n;
            let date = Date::month_of(
                i32::try_from(index.div_euclid(12)).ok()?,
                index.rem_euclid(12) as u32 + 1,
            )?;
            Some(Period::one(date))
        }
        Offset::MonthPart { from, to } => month_part(published, from, to),
        Offset::RestOfMonth => month_part(published, published.day()?.checked_add(1)?, 0),
        _ => by_day(offset, day?),
    }
}

/// Days `from..=to` of the publication's month, `to` 0 for its last day.
fn month_part(published: Date, from: u32, to: u32) -> Option<Period> {
    let (year, month) = (published.year(), published.month()?);
    let last = crate::data::date::days_in_month(year, month);
    let to = if to == 0 { last } else { to };
    Some(Period {
        first: Date::day_of(year, month, from)?,
        last: Date::day_of(year, month, to)?,
    })
}

/// Offsets that count days from a published day.
fn by_day(offset: Offset, day: NaiveDate) -> Option<Period> {
    let today = day.weekday().num_days_from_monday();
    let back = |days: u32| naive(shift(day, -i64::from(days))?);
    match offset {
        Offset::Days(n) => Some(Period::one(naive(shift(day, n)?)?)),
        Offset::Weeks(n) => {
            let first = shift(shift(day, -i64::from(today))?, 7 * n)?;
            Some(Period {
                first: naive(first)?,
                last: naive(shift(first, 6)?)?,
            })
        }
        Offset::LastWeekday(w) => Some(Period::one(back((today + 7 - w - 1) % 7 + 1)?)),
        Offset::RecentWeekday(w) => Some(Period::one(back((today + 7 - w) % 7)?)),
        _ => None,
    }
}

fn shift(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    let magnitude = Days::new(days.unsigned_abs());
    if days >= 0 {
        date.checked_add_days(magnitude)
    } else {
        date.checked_sub_days(magnitude)
    }
}

fn naive(date: NaiveDate) -> Option<Date> {
    Date::day_of(date.year(), date.month(), date.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_arithmetic_crosses_years_and_stops_at_year_one() {
        let january = Date::month_of(2024, 1).unwrap();
        let december = Date::month_of(2023, 12).unwrap();
        assert_eq!(
            resolve(Offset::Months(-1), january),
            Some(Period::one(december))
        );
        assert_eq!(
            resolve(Offset::Months(-1000), Date::month_of(1, 1).unwrap()),
            None
        );
        assert_eq!(
            resolve(Offset::Days(1), Date::day_of(9999, 12, 31).unwrap()),
            None
        );
    }

    #[test]
    fn day_phrases_need_a_published_day() {
        assert_eq!(
            resolve(Offset::Days(-1), Date::month_of(2023, 11).unwrap()),
            None
        );
        assert_eq!(
            resolve(Offset::Weeks(-1), Date::year_only(2023).unwrap()),
            None
        );
    }
}
