//! What a relative date says, and the period it names once the publication date is known.
//!
//! Every phrase resolves to the precision its words carry: `bulan lalu` is a month,
//! `kuartal lalu` three months, `akhir pekan ini` two days; never a made-up day.

use chrono::{Datelike, Days, NaiveDate};

use crate::data::Date;

use super::dates::Period;

/// A span of the calendar that relative phrases count in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Day,
    /// Monday to Sunday.
    Week,
    Month,
    Quarter,
    Year,
    /// `2020`–`2029`: the decade a year's tens digit names.
    Decade,
}

impl Unit {
    /// The unit a word names, singular or plural, in either language.
    pub fn named(word: &str) -> Option<Unit> {
        Some(match word {
            "hari" | "day" | "days" => Unit::Day,
            "pekan" | "minggu" | "week" | "weeks" => Unit::Week,
            "bulan" | "month" | "months" => Unit::Month,
            "kuartal" | "triwulan" | "quarter" | "quarters" => Unit::Quarter,
            "tahun" | "year" | "years" => Unit::Year,
            "dekade" | "dasawarsa" | "decade" | "decades" => Unit::Decade,
            _ => return None,
        })
    }
}

/// What a relative phrase says, before the publication date resolves it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offset {
    /// The unit `n` units from the publication's: `bulan lalu`, `in two years`.
    Count(Unit, i64),
    /// From the unit `from` units away to the unit `to` units away: a vague count
    /// (`beberapa hari lalu`, `a few months ago`) is the span it could mean.
    Between(Unit, i64, i64),
    /// Days `from..=to` (`to` 0 for the last) of the month `months` from the publication's.
    MonthPart { months: i64, from: u32, to: u32 },
    /// The rest of the publication's month after its day.
    RestOfMonth,
    /// Months `from..=to` of the year `years` from the publication's; 0 for the
    /// publication's month (`later this year`, `earlier this year`).
    YearPart { years: i64, from: u32, to: u32 },
    /// Weekdays `from..=to` (0 = Monday) of the week `weeks` from the publication's:
    /// `Senin depan`, `akhir pekan ini`, `Friday last week`.
    WeekPart { weeks: i64, from: u32, to: u32 },
    /// The start of the publication's week or month up to the day before it.
    EarlierThis(Unit),
    /// The most recent such weekday (0 = Monday) before the publication.
    LastWeekday(u32),
    /// The most recent such weekday on or before the publication: news reports the past.
    RecentWeekday(u32),
    /// The first such weekday after the publication: `Kamis mendatang`.
    ComingWeekday(u32),
}

impl Offset {
    /// Whether it counts in days, so it needs a published day.
    pub fn needs_day(self) -> bool {
        match self {
            Offset::Count(unit, _) | Offset::Between(unit, ..) => {
                matches!(unit, Unit::Day | Unit::Week)
            }
            Offset::MonthPart { .. } | Offset::YearPart { .. } => false,
            _ => true,
        }
    }

    /// Whether it counts in months, so it needs a published month.
    pub fn needs_month(self) -> bool {
        match self {
            Offset::Count(unit, _) | Offset::Between(unit, ..) => {
                !matches!(unit, Unit::Year | Unit::Decade)
            }
            Offset::YearPart { .. } => false,
            _ => true,
        }
    }
}

/// Resolves an offset against the publication date, at the precision both allow.
pub fn resolve(offset: Offset, published: Date) -> Option<Period> {
    let year = published.year();
    match offset {
        Offset::Count(unit, n) => count(unit, n, published),
        Offset::Between(unit, from, to) => Some(Period {
            first: count(unit, from, published)?.first,
            last: count(unit, to, published)?.last,
        }),
        Offset::YearPart { years, from, to } => {
            let year = year.checked_add(i32::try_from(years).ok()?)?;
            let from = if from == 0 { published.month()? } else { from };
            let to = if to == 0 { published.month()? } else { to };
            months(year, from, to)
        }
        Offset::MonthPart { months, from, to } => {
            let (year, month) = shift_months(year, published.month()?, months)?;
            month_part(year, month, from, to)
        }
        Offset::RestOfMonth => {
            let next = published.day()?.checked_add(1)?;
            month_part(year, published.month()?, next, 0)
        }
        _ => by_day(offset, published_day(published)?),
    }
}

/// The unit `n` units from the publication's.
fn count(unit: Unit, n: i64, published: Date) -> Option<Period> {
    let year = published.year();
    match unit {
        Unit::Year => {
            let year = year.checked_add(i32::try_from(n).ok()?)?;
            Some(Period::one(Date::year_only(year)?))
        }
        Unit::Decade => {
            let first = (year.div_euclid(10) + i32::try_from(n).ok()?).checked_mul(10)?;
            Some(Period {
                first: Date::year_only(first)?,
                last: Date::year_only(first + 9)?,
            })
        }
        Unit::Month => {
            let (y, m) = shift_months(year, published.month()?, n)?;
            Some(Period::one(Date::month_of(y, m)?))
        }
        Unit::Quarter => {
            let start = (published.month()? - 1) / 3 * 3 + 1;
            let (y, m) = shift_months(year, start, n.checked_mul(3)?)?;
            months(y, m, m + 2)
        }
        Unit::Day | Unit::Week => by_day(Offset::Count(unit, n), published_day(published)?),
    }
}

fn published_day(published: Date) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(published.year(), published.month()?, published.day()?)
}

/// The month `n` months after `month` of `year`.
fn shift_months(year: i32, month: u32, n: i64) -> Option<(i32, u32)> {
    let index = i64::from(year) * 12 + i64::from(month) - 1 + n;
    Some((
        i32::try_from(index.div_euclid(12)).ok()?,
        index.rem_euclid(12) as u32 + 1,
    ))
}

/// Months `from..=to` of `year`, one period.
fn months(year: i32, from: u32, to: u32) -> Option<Period> {
    Some(Period {
        first: Date::month_of(year, from)?,
        last: Date::month_of(year, to)?,
    })
}

/// Days `from..=to` of a month, `to` 0 for its last day.
fn month_part(year: i32, month: u32, from: u32, to: u32) -> Option<Period> {
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
    let monday = shift(day, -i64::from(today))?;
    let back = |days: u32| naive(shift(day, -i64::from(days))?);
    let days = |first: NaiveDate, last: NaiveDate| -> Option<Period> {
        let (first, last) = (naive(first)?, naive(last)?);
        (first <= last).then_some(Period { first, last })
    };
    match offset {
        Offset::Count(Unit::Day, n) => Some(Period::one(naive(shift(day, n)?)?)),
        Offset::Count(Unit::Week, n) => {
            let first = shift(monday, n.checked_mul(7)?)?;
            days(first, shift(first, 6)?)
        }
        Offset::WeekPart { weeks, from, to } => {
            let first = shift(monday, weeks.checked_mul(7)?)?;
            days(shift(first, from.into())?, shift(first, to.into())?)
        }
        Offset::EarlierThis(Unit::Week) => days(monday, shift(day, -1)?),
        Offset::EarlierThis(Unit::Month) => days(day.with_day(1)?, shift(day, -1)?),
        Offset::LastWeekday(w) => Some(Period::one(back((today + 7 - w - 1) % 7 + 1)?)),
        Offset::RecentWeekday(w) => Some(Period::one(back((today + 7 - w) % 7)?)),
        Offset::ComingWeekday(w) => {
            let ahead = (w + 7 - today - 1) % 7 + 1;
            Some(Period::one(naive(shift(day, ahead.into())?)?))
        }
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
            resolve(Offset::Count(Unit::Month, -1), january),
            Some(Period::one(december))
        );
        assert_eq!(
            resolve(
                Offset::Count(Unit::Month, -1000),
                Date::month_of(1, 1).unwrap()
            ),
            None
        );
        assert_eq!(
            resolve(
                Offset::Count(Unit::Day, 1),
                Date::day_of(9999, 12, 31).unwrap()
            ),
            None
        );
    }

    #[test]
    fn day_phrases_need_a_published_day() {
        assert_eq!(
            resolve(
                Offset::Count(Unit::Day, -1),
                Date::month_of(2023, 11).unwrap()
            ),
            None
        );
        assert_eq!(
            resolve(
                Offset::Count(Unit::Week, -1),
                Date::year_only(2023).unwrap()
            ),
            None
        );
    }

    #[test]
    fn quarters_and_decades_are_spans_of_the_publication_calendar() {
        let published = Date::day_of(2024, 3, 15).unwrap();
        let span = |offset| resolve(offset, published).map(|p| p.to_string());
        assert_eq!(
            span(Offset::Count(Unit::Quarter, -1)).as_deref(),
            Some("2023-10/2023-12")
        );
        assert_eq!(
            span(Offset::Count(Unit::Decade, 0)).as_deref(),
            Some("2020/2029")
        );
        assert_eq!(
            span(Offset::Between(Unit::Day, -5, -2)).as_deref(),
            Some("2024-03-10/2024-03-13")
        );
        assert_eq!(
            span(Offset::ComingWeekday(4)).as_deref(),
            Some("2024-03-22")
        );
    }

    #[test]
    fn earlier_this_week_is_nowhere_on_a_monday() {
        let monday = Date::day_of(2024, 3, 11).unwrap();
        assert_eq!(resolve(Offset::EarlierThis(Unit::Week), monday), None);
    }
}
