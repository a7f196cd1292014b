//! Numbers written for people: `3,000,000 parcels/day`, `US$1.5B`, `75.01%`, `$62B`.

use crate::data::Status;

/// A figure's value with its unit, as a reader expects to see it.
///
/// Money is stored as full amounts with an ISO 4217 code for a unit (`1500000000 USD`)
/// and shown compactly (`US$1.5B`); `%` sticks to the number; other units follow it.
pub fn figure(value: f64, unit: &str) -> String {
    if let Some(symbol) = currency_symbol(unit) {
        return money(symbol, value);
    }
    match unit {
        "%" => format!("{}%", decimal(value, 2)),
        "" => grouped(value),
        unit => format!("{} {unit}", grouped(value)),
    }
}

/// A series value in its unit: `62` in `USD bn` is `$62B`; unknown units follow the number.
pub fn series_value(value: f64, unit: &str) -> String {
    let mut words = unit.split_whitespace();
    let (code, scale) = (words.next().unwrap_or(""), words.next());
    let multiplier = match scale {
        Some("k" | "thousand") => Some("K"),
        Some("m" | "mn" | "million") => Some("M"),
        Some("bn" | "b" | "billion") => Some("B"),
        Some("tn" | "t" | "trillion") => Some("T"),
        _ => None,
    };
    match (series_symbol(code), multiplier, words.next()) {
        // A share sticks to its number, as a figure's does: `36%`.
        _ if unit == "%" => format!("{}%", decimal(value, 1)),
        (Some(symbol), Some(suffix), None) => format!("{symbol}{}{suffix}", decimal(value, 1)),
        _ if unit.is_empty() => decimal(value, 1),
        // The unit comes from market.toml: it is data, so it is cleaned like all data text.
        _ => format!("{} {}", decimal(value, 1), crate::text::clean(unit)),
    }
}

/// Two series values as one range, what they share written once: `$58–62B`.
pub fn series_range(low: f64, high: f64, unit: &str) -> String {
    let (low, high) = (series_value(low, unit), series_value(high, unit));
    if low == high {
        return low;
    }
    let not_digit = |c: &char| !c.is_ascii_digit();
    let prefix: String = (low.chars().zip(high.chars()))
        .take_while(|(a, b)| a == b && not_digit(a))
        .map(|(a, _)| a)
        .collect();
    let suffix: Vec<char> = (low.chars().rev().zip(high.chars().rev()))
        .take_while(|(a, b)| a == b && not_digit(a))
        .map(|(a, _)| a)
        .collect();
    let suffix: String = suffix.into_iter().rev().collect();
    let middle = |text: &str| {
        let text = text.strip_prefix(prefix.as_str()).unwrap_or(text);
        text.strip_suffix(suffix.as_str())
            .unwrap_or(text)
            .to_string()
    };
    format!("{prefix}{}–{}{suffix}", middle(&low), middle(&high))
}

/// The mark of a planned event whose date has passed, in place of its status mark.
pub const OVERDUE: &str = "!";

/// The mark that sets planned and reported events apart, with or without colour.
pub fn status_mark(status: Status) -> &'static str {
    match status {
        Status::Occurred => " ",
        Status::Planned => "◇",
        Status::Reported => "?",
    }
}

/// A growth rate as a percentage with one decimal: `0.14503` → `14.5%`.
pub fn rate(rate: f64) -> String {
    let percent = rate * 100.0;
    if percent.abs() >= 1e15 {
        return format!("{}%", scientific(percent));
    }
    format!("{percent:.1}%")
}

/// `1.5e17`: two decimals at most, trailing zeros dropped.
fn scientific(value: f64) -> String {
    let text = format!("{value:.2e}");
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let mantissa = mantissa.trim_end_matches('0').trim_end_matches('.');
    format!("{mantissa}e{exponent}")
}

fn currency_symbol(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "USD" => "US$",
        "IDR" => "Rp",
        "SGD" => "S$",
        "EUR" => "€",
        "CNY" => "CN¥",
        "JPY" => "¥",
        "GBP" => "£",
        _ => return None,
    })
}

/// In a series unit the currency is already known to be the market's, so `$` suffices.
fn series_symbol(code: &str) -> Option<&'static str> {
    match code {
        "USD" => Some("$"),
        code => currency_symbol(code),
    }
}

fn money(symbol: &str, value: f64) -> String {
    const SCALES: [(f64, &str); 4] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")];
    let sign = if value < 0.0 { "-" } else { "" };
    let size = value.abs();
    match SCALES
        .iter()
        .find(|(scale, _)| size >= *scale && *scale >= 1e6)
    {
        Some((scale, suffix)) => format!("{sign}{symbol}{}{suffix}", decimal(size / scale, 2)),
        None => format!("{sign}{symbol}{}", grouped(size)),
    }
}

/// Up to `places` decimals, trailing zeros dropped: 1.50 → `1.5`, 840.00 → `840`; from
/// 10¹⁵ on, powers of ten (`1.5e17`), as digits past a screen's width cannot be read.
fn decimal(value: f64, places: usize) -> String {
    if value.abs() >= 1e15 {
        return scientific(value);
    }
    let text = format!("{value:.places$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// Thousands separated by commas; a fractional part kept to two places.
fn grouped(value: f64) -> String {
    if value.abs() >= 1e15 {
        return scientific(value);
    }
    let text = decimal(value.abs(), 2);
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    if value < 0.0 { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_grouped_by_thousands_with_their_unit() {
        assert_eq!(figure(3_000_000.0, "parcels/day"), "3,000,000 parcels/day");
        assert_eq!(figure(125_000_000.0, "users"), "125,000,000 users");
        assert_eq!(figure(5.0, "firms"), "5 firms");
        assert_eq!(figure(999.0, ""), "999");
    }

    #[test]
    fn money_is_compact_with_a_currency_symbol() {
        assert_eq!(figure(1_500_000_000.0, "USD"), "US$1.5B");
        assert_eq!(figure(840_000_000.0, "USD"), "US$840M");
        assert_eq!(figure(52_000_000_000.0, "USD"), "US$52B");
        assert_eq!(figure(100.0, "USD"), "US$100");
        assert_eq!(figure(250_000.0, "USD"), "US$250,000");
        assert_eq!(figure(2_500_000_000_000.0, "IDR"), "Rp2.5T");
    }

    #[test]
    fn percentages_keep_their_decimals() {
        assert_eq!(figure(75.01, "%"), "75.01%");
        assert_eq!(figure(8.3, "%"), "8.3%");
        assert_eq!(rate(0.14503), "14.5%");
    }

    #[test]
    fn series_values_read_like_headlines() {
        assert_eq!(series_value(62.0, "USD bn"), "$62B");
        assert_eq!(series_value(160.0, "USD bn"), "$160B");
        assert_eq!(series_value(1.5, "IDR tn"), "Rp1.5T");
        assert_eq!(series_value(12.0, "million users"), "12 million users");
    }

    #[test]
    fn a_range_writes_what_its_ends_share_once() {
        assert_eq!(series_range(58.0, 62.0, "USD bn"), "$58–62B");
        assert_eq!(series_range(62.0, 62.0, "USD bn"), "$62B");
        assert_eq!(series_range(1.5, 12.0, "EUR bn"), "€1.5–12B");
        assert_eq!(
            series_range(12.0, 14.5, "million users"),
            "12–14.5 million users"
        );
        assert_eq!(series_range(3.0, 4.0, ""), "3–4");
    }
}
