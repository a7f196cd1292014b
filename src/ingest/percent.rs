//! How a percentage is written after its number: `%`, `persen`, `prosen`, `per cent`,
//! `percentage points`, `poin persen`, `pp`, and basis points (`25 bps`, `25 basis poin`),
//! hyphenated too when it qualifies a noun (`a 5-percent rise`, `a 25-basis-point cut`).

use rust_decimal::Decimal;

use super::text::Text;
use super::{Amount, Lang};

/// `%`, `persen`, `prosen`, `per cent`, `percentage points`, and `a percent` / `of a
/// percent` after a fraction (`half a percent`, `three quarters of a percent`); or basis
/// points (`25 bps`, `25 basis poin`), which the second value says are hundredths.
pub fn percent_after(text: &Text, k: usize, lang: Lang) -> Option<(usize, bool)> {
    if text.is(k, '%') {
        return Some((k + 1, false));
    }
    if let Some(next) = basis_points(text, k, lang) {
        return Some((next, true));
    }
    let word = |at: usize| -> Option<usize> {
        // `a 5-percent rise`, `5-per-cent`, `percentage-point`: hyphens inside the unit.
        let at = hyphen_after(text, at);
        let second = |w: &[&str]| w.contains(&text.lower(hyphen_after(text, at + 1)));
        match text.lower(at) {
            "persen" | "prosen" | "percent" | "pct" => Some(at + 1),
            "per" if second(&["cent"]) => Some(hyphen_after(text, at + 1) + 1),
            "percentage" if second(&["point", "points"]) => Some(hyphen_after(text, at + 1) + 1),
            "poin" if second(&["persentase", "persen"]) => Some(at + 2),
            // `0.5pp`, `0.5 ppt`: percentage points as economists shorten them (in
            // Indonesian `pp` is a return trip).
            "pp" | "ppt" | "ppts" if lang == Lang::En => Some(at + 1),
            _ => None,
        }
    };
    let next = match text.lower(k) {
        "a" => word(k + 1),
        "of" if text.lower(k + 1) == "a" => word(k + 2),
        _ => word(k),
    };
    next.map(|n| (n, false))
}

/// `25 basis points`, `50 basis poin`, `25bp`, `75 bps`. A spaced capital `BPS` in
/// Indonesian is the statistics agency (`2,5 BPS` is no rate), so it counts only glued
/// to the digits or in English.
fn basis_points(text: &Text, k: usize, lang: Lang) -> Option<usize> {
    let k = hyphen_after(text, k);
    let word = text.lower(k);
    let unit = hyphen_after(text, k + 1);
    if word == "basis" && matches!(text.lower(unit), "point" | "points" | "poin") {
        return Some(unit + 1);
    }
    let short = matches!(word, "bps" | "bp");
    let written = text.raw(k) == word || text.attached(k) || lang == Lang::En;
    (short && written).then_some(k + 1)
}

/// Past a hyphen glued on both sides (`5-percent`), else token `k` itself.
fn hyphen_after(text: &Text, k: usize) -> usize {
    let glued = text.is(k, '-') && text.attached(k) && text.attached(k + 1);
    if glued && text.is_word(k + 1) {
        k + 1
    } else {
        k
    }
}

/// A rate in basis points as a percentage: 25 bps is 0.25%.
pub fn in_percent(mut amount: Amount) -> Amount {
    amount.value /= Decimal::ONE_HUNDRED;
    amount.high = amount.high.map(|h| h / Decimal::ONE_HUNDRED);
    amount
}
