//! Times of day: `pukul 09.30 WIB`, `17.00 WIB`, `jam 8 pagi`, `at 9:30 a.m.`, `5pm`.
//!
//! A time is no figure, so it must not become a number mention; and pasar's dates stop at
//! the day, so it is no part of a date mention either. It is read only to be passed over.

use super::text::{Shape, Text};

/// A time of day at the number at `i`: the token after it.
pub fn time(text: &Text, i: usize) -> Option<usize> {
    if text.shape(i) != Some(Shape::Number) {
        return None;
    }
    let (hour, minutes, next) = hour_minutes(text, i)?;
    let colon = text.is(i + 1, ':');
    if hour > 24 || minutes.is_some_and(|m| m > 59) {
        return None;
    }
    let before = i.checked_sub(1).map_or("", |k| text.lower(k));
    if let Some(after) = meridiem(text, next).filter(|_| hour <= 12) {
        return Some(after);
    }
    if matches!(text.raw(next), "WIB" | "WITA" | "WIT" | "GMT" | "UTC") {
        return Some(next + 1);
    }
    let clock = match before {
        "pukul" | "pkl" => true,
        "jam" => {
            minutes.is_some() || matches!(text.lower(next), "pagi" | "siang" | "sore" | "malam")
        }
        // `at 5.25%` is a rate: after English words only `9:30` is surely a time.
        "at" | "by" | "until" | "from" => colon,
        _ => false,
    };
    clock.then_some(next)
}

/// `09.30` (one token), `9:30`, or an hour alone.
fn hour_minutes(text: &Text, i: usize) -> Option<(u32, Option<u32>, usize)> {
    let raw = text.raw(i);
    let two_digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
    if let Some((h, m)) = raw.split_once('.') {
        return two_digits(m).then(|| Some((h.parse().ok()?, Some(m.parse().ok()?), i + 1)))?;
    }
    let hour: u32 = raw.parse().ok().filter(|_| raw.len() <= 2)?;
    let colon = text.is(i + 1, ':') && text.attached(i + 1) && text.attached(i + 2);
    if colon && two_digits(text.raw(i + 2)) {
        return Some((hour, Some(text.raw(i + 2).parse().ok()?), i + 3));
    }
    Some((hour, None, i + 1))
}

/// `am`, `pm`, `a.m.`, `p.m.` at `k`: the token after.
fn meridiem(text: &Text, k: usize) -> Option<usize> {
    match text.lower(k) {
        "am" | "pm" => Some(k + 1),
        "a" | "p" if text.is(k + 1, '.') && text.lower(k + 2) == "m" => {
            Some(if text.is(k + 3, '.') { k + 4 } else { k + 3 })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passes_over_times_of_day_but_not_plain_numbers() {
        let cases = [
            ("pukul 09.30 WIB", 1, Some(3)),
            ("17.00 WIB", 0, Some(2)),
            ("jam 8 pagi", 1, Some(2)),
            ("at 9:30 a.m. on", 1, Some(8)),
            ("March 3rd at 5pm", 4, Some(6)),
            ("at 5 p.m", 1, Some(5)),
            ("naik 8 persen", 1, None),
            ("at 9 percent", 1, None),
            ("rate at 5.25%", 2, None),
            ("jam 8", 1, None),
            ("24 jam", 0, None),
        ];
        for (src, i, want) in cases {
            assert_eq!(time(&Text::new(src), i), want, "{src}");
        }
    }
}
