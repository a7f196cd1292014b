//! Dates that keep the precision they were written with.
//!
//! News rarely gives a full date: a report says "2023", a regulation "2023-10", a closure
//! "2023-10-04". A [`Date`] remembers which, prints itself exactly as written, and sorts
//! with a total order in which a coarser date comes before every finer date inside it:
//! `2023` < `2023-01` < `2023-01-01` < `2023-01-02` < `2023-02`. On a timeline that reads
//! as "the month, then what happened on its days".

use std::fmt;

/// How much of a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A calendar date known to a year, a month or a day.
///
/// Fields compare in order (year, month, day) with 0 standing for "not known", which gives
/// the coarse-before-fine order described in the module docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i16,
    month: u8,
    day: u8,
}

/// Why a date string was rejected, with the byte offset of the offending part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError {
    pub offset: usize,
    pub message: String,
}

impl Date {
    pub fn year_only(year: i32) -> Option<Date> {
        Self::new(year, 0, 0)
    }

    pub fn month_of(year: i32, month: u32) -> Option<Date> {
        Self::new(year, month, 0).filter(|_| month != 0)
    }

    pub fn day_of(year: i32, month: u32, day: u32) -> Option<Date> {
        Self::new(year, month, day).filter(|_| month != 0 && day != 0)
    }

    fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let valid = (1..=9999).contains(&year)
            && month <= 12
            && (day == 0 || (month != 0 && day <= days_in_month(year, month)));
        valid.then_some(Date {
            year: year as i16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting dates that do not exist.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let fail = |offset: usize, message: &str| DateError {
            offset,
            message: message.to_string(),
        };
        let shape = "expected a date as YYYY, YYYY-MM or YYYY-MM-DD";
        let bytes = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = bytes.get(range)?;
            part.iter().all(u8::is_ascii_digit).then(|| {
                part.iter()
                    .fold(0, |n, digit| n * 10 + u32::from(digit - b'0'))
            })
        };
        if !matches!(bytes.len(), 4 | 7 | 10) {
            return Err(fail(0, shape));
        }
        let year = digits(0..4).ok_or_else(|| fail(0, shape))?;
        if year == 0 {
            return Err(fail(0, "year 0000 does not exist"));
        }
        let mut month = 0;
        let mut day = 0;
        if bytes.len() >= 7 {
            month = match (bytes[4], digits(5..7)) {
                (b'-', Some(m)) => m,
                _ => return Err(fail(4, shape)),
            };
            if !(1..=12).contains(&month) {
                return Err(fail(5, &format!("month {month:02} does not exist")));
            }
        }
        if bytes.len() == 10 {
            day = match (bytes[7], digits(8..10)) {
                (b'-', Some(d)) => d,
                _ => return Err(fail(7, shape)),
            };
            let last = days_in_month(year as i32, month);
            if !(1..=last).contains(&day) {
                return Err(fail(8, &format!("{text} does not exist (day {day:02})")));
            }
        }
        Ok(Date {
            year: year as i16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// A number that sorts exactly as dates do.
    pub fn order_key(self) -> u32 {
        (u32::from(self.year as u16) << 16) | (u32::from(self.month) << 8) | u32::from(self.day)
    }

    /// A key above every date inside this one's span and below every later date:
    /// `2023-11` ends after `2023-11-30` and before `2023-12`. With [`Date::order_key`]
    /// it tells whether two spans overlap.
    pub fn end_key(self) -> u32 {
        let month = if self.month == 0 { 0xff } else { self.month };
        let day = if self.day == 0 { 0xff } else { self.day };
        (u32::from(self.year as u16) << 16) | (u32::from(month) << 8) | u32::from(day)
    }

    /// Today in the local time zone: what "overdue" is measured against. Only the edges
    /// (the live tracker, `render`, `export`) ask the clock; the App is given the date.
    pub fn today() -> Option<Date> {
        use chrono::Datelike;
        let today = chrono::Local::now().date_naive();
        Date::day_of(today.year(), today.month(), today.day())
    }

    pub fn year(self) -> i32 {
        i32::from(self.year)
    }

    pub fn month(self) -> Option<u32> {
        (self.month != 0).then_some(u32::from(self.month))
    }

    pub fn day(self) -> Option<u32> {
        (self.day != 0).then_some(u32::from(self.day))
    }

    pub fn precision(self) -> Precision {
        match (self.month, self.day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        }
    }

    /// The date as a fractional year, placed at the start of the span it names.
    ///
    /// `2023` and `2023-01` both give 2023.0; `2023-07-02` gives about 2023.5. Charts use
    /// this to put an event on a time axis.
    pub fn as_year_fraction(self) -> f64 {
        let year = f64::from(self.year);
        let Some(month) = self.month() else {
            return year;
        };
        let day_of_year = (1..month)
            .map(|m| days_in_month(self.year(), m))
            .sum::<u32>()
            + self.day().map_or(0, |d| d - 1);
        let days = if is_leap(self.year()) { 366.0 } else { 365.0 };
        year + f64::from(day_of_year) / days
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month() {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day() {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month of a year (0 for a month that does not exist).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision_and_prints_it_as_written() {
        for text in ["2023", "2023-10", "2023-10-04", "2024-02-29"] {
            assert_eq!(Date::parse(text).unwrap().to_string(), text);
        }
        assert_eq!(Date::parse("2023").unwrap().precision(), Precision::Year);
        assert_eq!(
            Date::parse("2023-11").unwrap().precision(),
            Precision::Month
        );
        assert_eq!(
            Date::parse("2023-11-13").unwrap().precision(),
            Precision::Day
        );
    }

    #[test]
    fn rejects_dates_that_do_not_exist() {
        let err = Date::parse("2023-02-30").unwrap_err();
        assert_eq!(err.message, "2023-02-30 does not exist (day 30)");
        assert_eq!(err.offset, 8);
        assert_eq!(
            Date::parse("2023-13").unwrap_err().message,
            "month 13 does not exist"
        );
        assert_eq!(Date::parse("2023-02-29").unwrap_err().offset, 8);
        assert_eq!(
            Date::parse("0000").unwrap_err().message,
            "year 0000 does not exist"
        );
    }

    #[test]
    fn rejects_other_shapes() {
        for text in [
            "",
            "23",
            "2023-1",
            "2023/10/04",
            "2023-10-4",
            "２０２３",
            "2023-10-04T00",
        ] {
            assert!(Date::parse(text).is_err(), "{text:?} should be rejected");
        }
    }

    #[test]
    fn coarse_dates_sort_before_the_days_inside_them() {
        let mut dates: Vec<Date> = ["2023-10-01", "2023-10", "2024", "2023", "2023-09-30"]
            .iter()
            .map(|t| Date::parse(t).unwrap())
            .collect();
        dates.sort();
        let sorted: Vec<String> = dates.iter().map(Date::to_string).collect();
        assert_eq!(
            sorted,
            ["2023", "2023-09-30", "2023-10", "2023-10-01", "2024"]
        );
    }

    #[test]
    fn order_keys_sort_as_dates_do() {
        let dates: Vec<Date> = [
            "2023",
            "2023-01",
            "2023-01-01",
            "2023-01-31",
            "2023-02",
            "2024",
            "0999-12-31",
        ]
        .iter()
        .map(|t| Date::parse(t).unwrap())
        .collect();
        for a in &dates {
            for b in &dates {
                assert_eq!(a.cmp(b), a.order_key().cmp(&b.order_key()), "{a} vs {b}");
            }
        }
    }

    #[test]
    fn year_fraction_places_a_date_at_the_start_of_its_span() {
        assert_eq!(Date::parse("2023").unwrap().as_year_fraction(), 2023.0);
        assert_eq!(Date::parse("2023-01").unwrap().as_year_fraction(), 2023.0);
        let july = Date::parse("2023-07-02").unwrap().as_year_fraction();
        assert!((july - (2023.0 + 182.0 / 365.0)).abs() < 1e-12);
    }
}
