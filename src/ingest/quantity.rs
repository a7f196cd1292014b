//! Amounts: money, percentages, counts of things and plain numbers, with their ranges
//! (`US$210–360 miliar`) and qualifiers (`sekitar`, `over`).

use super::decimal::Decimal;
use super::numbers::{Numeral, grouped_by_thousands, numeral};
use super::text::Text;
use super::units::{count_noun, currency_after, currency_before, qualifier_before, rate_after};
use super::{Amount, Lang, Mention, What};

/// Reads an amount starting at token `i`; returns the mention and the next token.
pub fn amount(text: &Text, i: usize, lang: Lang) -> Option<(Mention, usize)> {
    let between = matches!(text.lower(i), "antara" | "between");
    let first = if between { i + 1 } else { i };
    let (prefix, j) = match currency_before(text, first) {
        Some((code, j)) => (Some(code), j),
        None => (None, first),
    };
    let (mut low, mut high, mut k) = range(text, j, lang, prefix.is_some(), between)?;
    let year_range = high.is_some_and(|h| h.bare && is_year(h));
    if prefix.is_none() && low.bare && is_year(low) && (high.is_none() || year_range) {
        return None; // a year or a span of years: dates read those
    }
    if text.shape(k).is_some() && matches!(text.raw(k), "WIB" | "WITA" | "WIT" | "GMT" | "UTC") {
        return None; // a time of day, `17.00 WIB`
    }
    let mut currency = prefix;
    if currency.is_none()
        && let Some((code, next)) = currency_after(text, k)
    {
        currency = Some(code);
        k = next;
    }
    // Rupiah before or after: once the amount is read, its separators may say it was
    // read in the wrong language's convention; a scaled amount keeps the text's.
    let scaled = low.scaled || high.is_some_and(|h| h.scaled);
    if currency == Some("IDR") && !scaled && rupiah_lang(text, j, lang) != lang {
        (low, high, _) = range(text, j, rupiah_lang(text, j, lang), true, between)?;
    }
    let (value, high) = scale_range(low, high);
    let what = if let Some(code) = currency {
        What::Money(Amount::new(value, high), code)
    } else if let Some(next) = percent_after(text, k) {
        k = next;
        What::Percent(Amount::new(value, high))
    } else if let Some((noun, next)) = count_noun(text, k) {
        k = next;
        let unit = match rate_after(text, k) {
            Some((per, next)) => {
                k = next;
                format!("{noun}/{per}")
            }
            None => noun.to_string(),
        };
        What::Count(Amount::new(value, high), unit)
    } else if low.words && !low.scaled && low.to - low.from < 2 {
        // A lone `satu` or `one` is a word, not a figure.
        return None;
    } else {
        What::Number(Amount::new(value, high))
    };
    let start = text.span(i, i + 1).start;
    let end = text.span(k - 1, k).end;
    let mut mention = Mention { start, end, what };
    if let Some(q) = qualifier_before(text, i) {
        mention.set_qualifier(q);
    }
    Some((mention, k))
}

/// Rupiah amounts have no decimals worth writing, so one kind of separator between groups
/// of three digits is the thousands separator: `Rp 15.000` is fifteen thousand even in
/// English text, `Rp 15,000` in Indonesian text too. A scaled amount (`Rp2,5M`,
/// `Rp5,338–6,100 triliun`) is not asked: nobody writes thousands of trillions.
fn rupiah_lang(text: &Text, j: usize, lang: Lang) -> Lang {
    let raw = text.raw(j);
    let only = |sep: u8, other: char| !raw.contains(other) && grouped_by_thousands(raw, sep);
    if raw.contains('.') && only(b'.', ',') {
        Lang::Id
    } else if raw.contains(',') && only(b',', '.') {
        Lang::En
    } else {
        lang
    }
}

fn is_year(n: Numeral) -> bool {
    (1900.0..=2100.0).contains(&n.value.to_f64())
}

/// A numeral, or a range of two: `210–360`, `10 hingga 20`, `antara 10 dan 20`,
/// `$10 to $20`.
fn range(
    text: &Text,
    i: usize,
    lang: Lang,
    money: bool,
    between: bool,
) -> Option<(Numeral, Option<Numeral>, usize)> {
    let low = numeral(text, i, lang, money)?;
    let mut j = low.to;
    let joined = match text.lower(j) {
        "–" | "—" | "-" | "hingga" | "sampai" | "to" => true,
        "dan" | "and" => between,
        _ => false,
    };
    if !joined {
        return (!between).then_some((low, None, j));
    }
    j += 1;
    if let Some((_, next)) = currency_before(text, j) {
        j = next;
    }
    match numeral(text, j, lang, money) {
        Some(high) if !(high.bare && is_year(high) && !low.bare) => {
            Some((low, Some(high), high.to))
        }
        _ if between => None,
        _ => Some((low, None, low.to)),
    }
}

/// `210–360 miliar`: the scale written once applies to both ends.
fn scale_range(low: Numeral, high: Option<Numeral>) -> (Decimal, Option<Decimal>) {
    match high {
        Some(h) if h.scaled && !low.scaled => {
            let low_value = low.value.times(h.factor).unwrap_or(low.value);
            (low_value, Some(h.value))
        }
        Some(h) => (low.value, Some(h.value)),
        None => (low.value, None),
    }
}

fn percent_after(text: &Text, k: usize) -> Option<usize> {
    if text.is(k, '%') {
        return Some(k + 1);
    }
    match text.lower(k) {
        "persen" | "percent" | "pct" => Some(k + 1),
        "per" if text.lower(k + 1) == "cent" => Some(k + 2),
        _ => None,
    }
}
