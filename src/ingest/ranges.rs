//! Ranges of two amounts, `210–360`, `10 hingga 20`, `Rp 5 juta s/d Rp 7 juta`,
//! `antara 5% dan 7%`, and the years a lone four-digit number may be instead.

use rust_decimal::Decimal;

use super::Lang;
use super::numbers::{Numeral, Reading, numeral};
use super::percent::percent_after;
use super::text::Text;
use super::units::currency_before;

/// A number from 1900 to 2100: alone, or as both ends of a range, dates read it as years.
pub fn is_year(n: Numeral) -> bool {
    (Decimal::from(1900)..=Decimal::from(2100)).contains(&n.value)
}

/// A numeral, or a range of two: `210–360`, `10 hingga 20`, `antara 10 dan 20`,
/// `$10 to $20`.
pub fn range(
    text: &Text,
    i: usize,
    lang: Lang,
    reading: Reading,
    between: bool,
) -> Option<(Numeral, Option<Numeral>, usize)> {
    let low = numeral(text, i, lang, reading)?;
    let mut j = low.to;
    let joiner = |at: usize| joined_at(text, at, between);
    // `10%-15%`, `antara 5% dan 7%`: the sign after each end. Not `from 3% to 4%`, which
    // is a change between two rates rather than a span.
    let from = i
        .checked_sub(1)
        .is_some_and(|b| matches!(text.lower(b), "from" | "dari"));
    let unit_between =
        percent_after(text, j, lang).filter(|&(at, _)| joiner(at).is_some() && !from);
    if let Some((at, _)) = unit_between {
        j = at;
    }
    let Some(after) = joiner(j) else {
        return (!between).then_some((low, None, j));
    };
    j = after;
    if let Some((_, next)) = currency_before(text, j) {
        j = next;
    }
    // `1 s/d 5 Maret` is a span of days, which dates read; `2020 – 12 toko` no range.
    let high = numeral(text, j, lang, reading).filter(|h| {
        let day = super::dates::month(text.lower(h.to)).is_some();
        let falls = h.scaled == low.scaled && h.value < low.value;
        !day && !falls
    });
    let unit_after = high.is_some_and(|h| percent_after(text, h.to, lang).is_some());
    match high {
        _ if unit_between.is_some() && !unit_after => (!between).then_some((low, None, low.to)),
        Some(high) if !(high.bare && is_year(high) && !low.bare) => {
            Some((low, Some(high), high.to))
        }
        _ if between => None,
        _ => Some((low, None, low.to)),
    }
}

/// The words joining a range's two ends at token `at`, and the token after them:
/// `–`, `hingga`, `s/d` and `s.d.` (sampai dengan), `to`; `dan`/`and` after `between`.
fn joined_at(text: &Text, at: usize, between: bool) -> Option<usize> {
    let next = |k: usize| text.attached(k).then_some(k);
    match text.lower(at) {
        "–" | "—" | "-" | "hingga" | "to" => Some(at + 1),
        "sampai" if text.lower(at + 1) == "dengan" => Some(at + 2),
        "sampai" => Some(at + 1),
        "dan" | "and" if between => Some(at + 1),
        // `s/d`, `s.d.`: each piece glued to the one before it.
        "s" if matches!(text.raw(at + 1), "/" | ".") && text.lower(at + 2) == "d" => {
            let d = next(at + 2).and_then(|d| next(at + 1).map(|_| d))?;
            Some(if text.is(d + 1, '.') && text.attached(d + 1) {
                d + 2
            } else {
                d + 1
            })
        }
        _ => None,
    }
}

/// `210–360 miliar`: the scale written once applies to both ends.
pub fn scale_range(low: Numeral, high: Option<Numeral>) -> (Decimal, Option<Decimal>) {
    match high {
        Some(h) if h.scaled && !low.scaled => {
            let low_value = low.value.checked_mul(h.factor).unwrap_or(low.value);
            (low_value, Some(h.value))
        }
        Some(h) => (low.value, Some(h.value)),
        None => (low.value, None),
    }
}
