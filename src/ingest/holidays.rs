//! Holidays on the same day every year: `Natal`, `Christmas`, `Christmas Eve`, `Tahun
//! Baru`, `New Year's Day`, `malam tahun baru`, `New Year's Eve`, `Hari Kemerdekaan`.
//!
//! Lunar and announced holidays (`Lebaran`, `Idul Fitri`, `Imlek`, `Nyepi`) move every
//! year and would need a table per year, so they are left out rather than guessed.

use crate::data::Date;

use super::Context;
use super::dates::{Period, year_after, year_at};
use super::relative::words;
use super::text::Text;

/// A fixed-date holiday at `i`, in the year written after it, else the publication's.
pub fn holiday(text: &Text, i: usize, ctx: &Context) -> Option<(Period, usize)> {
    let (month, day, next) = name(text, i)?;
    let (year, next) = match year_at(text, next) {
        Some(year) => (year.year(), next + 1),
        None => {
            let published = ctx.published?.year();
            match year_after(text, next) {
                Some((n, after)) => (published + n, after),
                None => (published, next),
            }
        }
    };
    Some((Period::one(Date::day_of(year, month, day)?), next))
}

/// The holiday's month and day, and the token after its name.
fn name(text: &Text, i: usize) -> Option<(u32, u32, usize)> {
    let before = i.checked_sub(1).map_or("", |j| text.lower(j));
    let capital = text.capitalised(i);
    Some(match text.lower(i) {
        // `Mandailing Natal` is a regency of North Sumatra, `Natal Wijaya` a person.
        "natal" if capital && before != "mandailing" && !text.capitalised(i + 1) => (12, 25, i + 1),
        "christmas" if capital => match text.lower(i + 1) {
            "eve" => (12, 24, i + 2),
            "day" => (12, 25, i + 2),
            _ => (12, 25, i + 1),
        },
        // `Tahun Baru Imlek` and `Tahun Baru Islam` follow the moon.
        "tahun" if capital && text.raw(i + 1) == "Baru" => {
            let lunar = matches!(
                text.lower(i + 2),
                "imlek" | "islam" | "hijriah" | "hijriyah" | "china" | "cina"
            );
            if lunar {
                return None;
            }
            (1, 1, i + 2)
        }
        "malam" if words(text, i + 1, &["tahun", "baru"]) => (12, 31, i + 3),
        "hari" if capital && text.raw(i + 1) == "Kemerdekaan" => (8, 17, i + 2),
        "new" if capital && before != "lunar" && before != "chinese" => {
            let apostrophe = text.is(i + 2, '\'') || text.is(i + 2, '’');
            if !(text.lower(i + 1) == "year" && apostrophe && text.lower(i + 3) == "s") {
                return None;
            }
            match text.lower(i + 4) {
                "day" => (1, 1, i + 5),
                "eve" => (12, 31, i + 5),
                _ => return None,
            }
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lunar_new_year_or_a_regency_is_no_fixed_holiday() {
        for (src, i) in [
            ("Tahun Baru Imlek 2024", 0),
            ("Lunar New Year's Day", 1),
            ("di Mandailing Natal", 2),
            ("Natal Wijaya ditunjuk", 0),
        ] {
            assert_eq!(name(&Text::new(src), i), None, "{src}");
        }
        assert_eq!(name(&Text::new("Christmas Eve"), 0), Some((12, 24, 2)));
    }
}
