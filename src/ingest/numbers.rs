//! Numerals in Indonesian and English: digits with the language's separators (and groups
//! of three set apart by spaces, `1 500 000`), number words (`dua ratus ribu`, `one and a
//! half billion`) and scale words (`juta`, `bn`, `3jt`, `kuadriliun`).

use rust_decimal::Decimal;

use super::Lang;
use super::text::{Shape, Text};

/// How an amount's abbreviations read: after a currency `M` is a scale (`Rp 2,5 M`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    Money,
    Plain,
}

/// A numeral found at some tokens: its value and the tokens `from..to` it covers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Numeral {
    pub value: Decimal,
    pub from: usize,
    pub to: usize,
    /// A scale word (`juta`, `billion`, `k`) multiplied the value.
    pub scaled: bool,
    /// What the scale words multiplied by (one when unscaled), so `210–360 miliar` can
    /// scale both ends.
    pub factor: Decimal,
    /// Written in words rather than digits.
    pub words: bool,
    /// Digits with no separator and no scale: could be a year.
    pub bare: bool,
}

/// Ten to the power `exponent`, exactly; `None` beyond what a [`Decimal`] holds.
pub fn pow10(exponent: u32) -> Option<Decimal> {
    let n = 10i128.checked_pow(exponent)?;
    Decimal::try_from_i128_with_scale(n, 0).ok()
}

/// Reads a numeral starting at token `i`.
pub fn numeral(text: &Text, i: usize, lang: Lang, reading: Reading) -> Option<Numeral> {
    if text.shape(i) == Some(Shape::Number) {
        if ordinal_digits(text, i) {
            return None;
        }
        let raw = text.raw(i);
        let (value, last) = match spaced_groups(text, i, lang) {
            Some(found) => found,
            None => (digits(raw, lang)?, i),
        };
        let (value, to, factor) = scale_after(text, last + 1, value, lang, reading);
        let to = to + if rough_suffix(text, to) { 2 } else { 0 };
        let scaled = factor != Decimal::ONE;
        let bare = last == i && !scaled && raw.bytes().all(|b| b.is_ascii_digit());
        return Some(Numeral {
            value,
            from: i,
            to,
            scaled,
            factor,
            words: false,
            bare,
        });
    }
    super::number_words::words(text, i, lang)
}

/// `21st`, `3rd`, `ke-3`: digits that give a rank, not a quantity. A rank counts nothing
/// (`peringkat ke-3` is no amount of three), so none of the recognisers reads it.
fn ordinal_digits(text: &Text, i: usize) -> bool {
    let suffix = text.is_word(i + 1)
        && text.attached(i + 1)
        && matches!(text.lower(i + 1), "st" | "nd" | "rd" | "th");
    let ke = i >= 2 && text.is(i - 1, '-') && text.attached(i) && text.attached(i - 1);
    suffix || ke && text.lower(i - 2) == "ke"
}

/// `20-an`, `10 juta-an`: the `-an` that makes a figure rough, at token `k`.
pub fn rough_suffix(text: &Text, k: usize) -> bool {
    text.is(k, '-') && text.attached(k) && text.attached(k + 1) && text.lower(k + 1) == "an"
}

/// `1 500 000`, `$1 234 567.89`: groups of three digits set apart by one space each (a
/// plain, no-break or thin space); returns the value and the last group's token.
fn spaced_groups(text: &Text, i: usize, lang: Lang) -> Option<(Decimal, usize)> {
    let first = text.raw(i);
    if !(1..=3).contains(&first.len()) || !first.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut joined = first.to_string();
    let mut last = i;
    while text.shape(last + 1) == Some(Shape::Number) && one_space(text, last) {
        let group = text.raw(last + 1);
        let (whole, fraction) = match group.find(['.', ',']) {
            Some(at) => group.split_at(at),
            None => (group, ""),
        };
        if whole.len() != 3 || !whole.bytes().all(|b| b.is_ascii_digit()) {
            break;
        }
        let decimal_sep = match lang {
            Lang::Id => ',',
            Lang::En => '.',
        };
        joined.push_str(whole);
        last += 1;
        if !fraction.is_empty() {
            if !fraction.starts_with(decimal_sep) {
                return None;
            }
            joined.push('.');
            joined.push_str(&fraction[1..]);
            break;
        }
    }
    (last > i)
        .then(|| Some((joined.parse().ok()?, last)))
        .flatten()
}

/// Whether exactly one space character separates token `k` from the next.
fn one_space(text: &Text, k: usize) -> bool {
    let (Some(a), Some(b)) = (text.tokens.get(k), text.tokens.get(k + 1)) else {
        return false;
    };
    let gap = &text.src[a.end..b.start];
    let mut chars = gap.chars();
    matches!(
        (chars.next(), chars.next()),
        (Some(' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'), None)
    )
}

/// Parses digits with `.` and `,` as the language uses them (`15.000` and `1,5` in
/// Indonesian, `15,000` and `1.5` in English), falling back to the other convention when
/// the groups only make sense that way (`1.5` in Indonesian text is one and a half).
pub fn digits(raw: &str, lang: Lang) -> Option<Decimal> {
    let thousands = match lang {
        Lang::Id => b'.',
        Lang::En => b',',
    };
    let seps: Vec<(usize, u8)> = raw
        .bytes()
        .enumerate()
        .filter(|(_, b)| matches!(b, b'.' | b','))
        .collect();
    let Some(&(_, last)) = seps.last() else {
        return plain(raw, None);
    };
    let mixed = seps.iter().any(|&(_, b)| b != last);
    let grouped = |sep: u8| grouped_by_thousands(raw, sep);
    let decimal_sep = if mixed {
        Some(last)
    } else if last == thousands && grouped(thousands) {
        None
    } else if seps.len() == 1 {
        Some(last)
    } else if grouped(last) {
        None
    } else {
        return None;
    };
    plain(raw, decimal_sep)
}

/// Whether every `sep` in `raw` separates groups of exactly three digits.
pub fn grouped_by_thousands(raw: &str, sep: u8) -> bool {
    let integer = raw
        .split(|c: char| (c == '.' || c == ',') && c as u32 as u8 != sep)
        .next()
        .unwrap_or("");
    let mut groups = integer.split(char::from(sep));
    let first = groups.next().unwrap_or("");
    (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3)
}

/// Drops thousands separators and turns the decimal separator into `.`.
fn plain(raw: &str, decimal_sep: Option<u8>) -> Option<Decimal> {
    let mut out = String::with_capacity(raw.len());
    for b in raw.bytes() {
        match b {
            b'0'..=b'9' => out.push(char::from(b)),
            _ if Some(b) == decimal_sep => out.push('.'),
            _ => {}
        }
    }
    out.parse().ok()
}

/// Applies scale words after a number: `15 ribu`, `1,5 juta`, `3jt`, `$5bn`.
fn scale_after(
    text: &Text,
    mut j: usize,
    mut value: Decimal,
    lang: Lang,
    reading: Reading,
) -> (Decimal, usize, Decimal) {
    let mut factor = Decimal::ONE;
    loop {
        // `$1.5-billion`: a spelled-out scale may hang on a hyphen.
        let hyphened = text.is(j, '-') && text.attached(j) && text.attached(j + 1);
        let at = if hyphened && scale_exponent(text.lower(j + 1)).is_some() {
            j + 1
        } else {
            j
        };
        let Some(scale) = scale_word(text, at, lang, reading) else {
            break;
        };
        match (value.checked_mul(scale), factor.checked_mul(scale)) {
            (Some(v), Some(f)) => (value, factor) = (v, f),
            _ => break,
        }
        j = at + 1;
    }
    (value, j, factor)
}

/// A scale word, spelled out, and its power of ten: `juta` 6, `trillion` 12.
pub fn scale_exponent(word: &str) -> Option<u32> {
    Some(match word {
        "ribu" | "thousand" | "thousands" => 3,
        "juta" | "million" | "millions" => 6,
        "miliar" | "milyar" | "billion" | "billions" => 9,
        "triliun" | "trilyun" | "trillion" | "trillions" => 12,
        "kuadriliun" | "quadriliun" | "kuadrilyun" | "quadrillion" | "quadrillions" => 15,
        "kuintiliun" | "quintiliun" | "kuintilyun" | "quintillion" | "quintillions" => 18,
        _ => return None,
    })
}

/// `ribuan`, `jutaan`, `miliaran`: a scale word made vague. After digits (`10 jutaan`) it
/// scales them roughly; alone or after `puluhan` it counts nothing one could write down.
pub fn approximate_scale(word: &str) -> Option<u32> {
    scale_exponent(word.strip_suffix("an")?)
}

/// The spelled-out scale words, for the recognisers' quick first-word check.
pub const SCALE_WORDS: &[&str] = &[
    "ribu",
    "thousand",
    "juta",
    "million",
    "miliar",
    "milyar",
    "billion",
    "triliun",
    "trilyun",
    "trillion",
    "kuadriliun",
    "quadriliun",
    "quadrillion",
    "kuintiliun",
    "quintillion",
];

/// A scale word or abbreviation at token `j`.
///
/// One-letter abbreviations (`M`, `T`, `k`, `b`) count only when attached to the digits,
/// so `5 m` (metres) is not five million. `M` is *miliar* in Indonesian money and million
/// in English.
///
/// Spelled-out scale words are [`scale_exponent`]'s, which spelled-out numbers share.
pub fn scale_word(text: &Text, j: usize, lang: Lang, reading: Reading) -> Option<Decimal> {
    if !text.is_word(j) {
        return None;
    }
    let raw = text.raw(j);
    let attached = text.attached(j);
    let word = text.lower(j);
    let money = reading == Reading::Money;
    let exponent = match word {
        _ if let Some(exponent) = scale_exponent(word) => exponent,
        "rb" => 3,
        "jt" | "mn" | "mln" => 6,
        // `10 jutaan`: some ten million; the amount says so with an `about`.
        _ if let Some(exponent) = approximate_scale(word) => exponent,
        "bn" | "bln" => 9,
        "tn" | "trn" => 12,
        // `Rp 2,5 M`: after a currency a spaced capital letter is a scale too.
        _ if !(attached || money && matches!(raw, "M" | "T" | "B" | "K")) => return None,
        "k" => 3,
        "m" if raw == "M" && lang == Lang::Id && money => 9,
        "m" if lang == Lang::En || raw == "M" => 6,
        "b" if lang == Lang::En => 9,
        "t" if raw == "T" => 12,
        _ => return None,
    };
    pow10(exponent)
}
