//! Weekdays counted from the publication: `Senin depan`, `Jumat pekan lalu`, `Kamis
//! mendatang`, `Sabtu ini`, `next Monday`, `this Saturday`, `Friday last week`, `last
//! Friday`, and `on Monday`, `pada Senin` (the day a statement was made).
//!
//! `Senin depan` and `next Monday` are the Monday of the next week (Monday to Sunday),
//! `Kamis mendatang` and `this coming Thursday` the first Thursday after publication.
//! A weekday alone (`berpuasa Senin dan Kamis`, `Sunday trading`) dates nothing.

use super::calendar::Offset;
use super::text::Text;

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

/// Lower-case words that can begin a weekday phrase.
pub const STARTERS: &[&str] = &[
    "senin",
    "monday",
    "selasa",
    "tuesday",
    "rabu",
    "wednesday",
    "kamis",
    "thursday",
    "jumat",
    "friday",
    "sabtu",
    "saturday",
    "minggu",
    "sunday",
    "next",
    "this",
    "coming",
];

/// Monday = 0, in either language.
pub fn day(word: &str) -> Option<u32> {
    WEEKDAYS.iter().find(|(w, _)| *w == word).map(|&(_, d)| d)
}

/// English abbreviations, which name a weekday only before a date (`Tue, Nov 14`).
pub fn abbreviated(word: &str) -> Option<u32> {
    Some(match word {
        "mon" => 0,
        "tue" | "tues" => 1,
        "wed" => 2,
        "thu" | "thur" | "thurs" => 3,
        "fri" => 4,
        "sat" => 5,
        "sun" => 6,
        _ => return day(word),
    })
}

/// A weekday phrase at `i` and the token after it; `Senin (13/11)` is left to absolute
/// dates, and one that runs on into a word (`next Monday-to-Friday schedule`) names a
/// span of weekdays, not a day.
pub fn weekday(text: &Text, i: usize) -> Option<(Offset, usize)> {
    let (offset, next) = phrase(text, i)?;
    let runs_on = text.is(next, '-') && text.attached(next);
    (!runs_on).then_some((offset, next))
}

fn phrase(text: &Text, i: usize) -> Option<(Offset, usize)> {
    let in_week = |weeks: i64, d: u32| Offset::WeekPart {
        weeks,
        from: d,
        to: d,
    };
    match (text.lower(i), text.lower(i + 1)) {
        ("last", w) => return Some((Offset::LastWeekday(day(w)?), i + 2)),
        ("next", w) => return Some((in_week(1, day(w)?), i + 2)),
        ("this", "coming") => return Some((Offset::ComingWeekday(day(text.lower(i + 2))?), i + 3)),
        ("this", "past") => return Some((Offset::LastWeekday(day(text.lower(i + 2))?), i + 3)),
        ("this", w) => return Some((in_week(0, day(w)?), i + 2)),
        ("coming", w) => return Some((Offset::ComingWeekday(day(w)?), i + 2)),
        _ => {}
    }
    let d = day(text.lower(i))?;
    // Lower-case `minggu` is a week, not Sunday.
    if text.lower(i) == "minggu" && !text.capitalised(i) {
        return None;
    }
    let week = |word: &str| -> Option<i64> {
        Some(match word {
            "lalu" | "last" => -1,
            "ini" | "this" => 0,
            "depan" | "next" => 1,
            _ => return None,
        })
    };
    let after = text.lower(i + 1);
    if matches!(after, "pekan" | "minggu" | "next" | "last" | "this") {
        let unit = matches!(text.lower(i + 2), "pekan" | "minggu" | "week");
        let n = week(if after == "pekan" || after == "minggu" {
            text.lower(i + 2)
        } else if unit {
            after
        } else {
            ""
        });
        if let Some(n) = n {
            return Some((in_week(n, d), i + 3));
        }
    }
    match after {
        "depan" | "ini" => return Some((in_week(week(after)?, d), i + 2)),
        "mendatang" => return Some((Offset::ComingWeekday(d), i + 2)),
        "lalu" => return Some((Offset::LastWeekday(d), i + 2)),
        _ => {}
    }
    let before = i.checked_sub(1).map_or("", |k| text.lower(k));
    // `pada perdagangan Senin`: the trading of a day is that day.
    let on = matches!(before, "on" | "pada" | "hari" | "perdagangan")
        && text.capitalised(i)
        && !text.is(i + 1, '(');
    on.then_some((Offset::RecentWeekday(d), i + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_weekday_running_into_a_compound_is_no_day() {
        let text = Text::new("next Monday-to-Friday schedule");
        assert_eq!(weekday(&text, 0), None);
        let text = Text::new("next Monday, the board");
        assert!(weekday(&text, 0).is_some());
    }
}
