//! Spans of months written as one date: `Januari-Maret 2024`, `Jan–Mar 2024`, `Januari
//! hingga Maret 2024`, `from January to March 2024`, `antara Maret dan Mei`, `between
//! March and May`. Spans of days (`1-3 Maret 2024`, `March 1-3, 2024`) are read with the
//! day.

use crate::data::Date;

use super::Context;
use super::dates::{Period, month_at, year_at};
use super::text::Text;

/// A span from month `m` at token `i` (its word ending before `next`) to a later month.
pub fn months(
    text: &Text,
    i: usize,
    m: u32,
    next: usize,
    ctx: &Context,
) -> Option<(Period, usize)> {
    let before = i.checked_sub(1).map_or("", |j| text.lower(j));
    let joined = match text.lower(next) {
        "-" | "–" | "hingga" | "sampai" | "to" | "through" => true,
        // `Maret dan Mei` alone is two months; `antara Maret dan Mei` is one span.
        "dan" | "and" => matches!(before, "antara" | "between"),
        _ => false,
    };
    if !joined || !text.capitalised(next + 1) {
        return None;
    }
    let (last, after) = month_at(text, next + 1)?;
    if last == m {
        return None;
    }
    let (year, end) = match year_at(text, after) {
        Some(y) => (y.year(), after + 1),
        None => (ctx.published?.year(), after),
    };
    // `November-Januari 2024` runs from the year before.
    let first_year = if last < m { year - 1 } else { year };
    let period = Period {
        first: Date::month_of(first_year, m)?,
        last: Date::month_of(year, last)?,
    };
    Some((period, end))
}
