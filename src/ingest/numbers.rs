//! Numerals in Indonesian and English: digits with the language's separators, number
//! words (`dua ratus ribu`, `one and a half billion`) and scale words (`juta`, `bn`, `3jt`).

use super::Lang;
use super::decimal::Decimal;
use super::text::{Shape, Text};

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

/// Reads a numeral starting at token `i`.
pub fn numeral(text: &Text, i: usize, lang: Lang, money: bool) -> Option<Numeral> {
    if text.shape(i) == Some(Shape::Number) {
        let raw = text.raw(i);
        let value = digits(raw, lang)?;
        let (value, to, factor) = scale_after(text, i + 1, value, lang, money);
        let scaled = factor != Decimal::ONE;
        let bare = !scaled && raw.bytes().all(|b| b.is_ascii_digit());
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
        return Decimal::parse(raw);
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
    Decimal::parse(&out)
}

/// Applies scale words after a number: `15 ribu`, `1,5 juta`, `3jt`, `$5bn`.
fn scale_after(
    text: &Text,
    mut j: usize,
    mut value: Decimal,
    lang: Lang,
    money: bool,
) -> (Decimal, usize, Decimal) {
    let mut factor = Decimal::ONE;
    while let Some(scale) = scale_word(text, j, lang, money) {
        match (value.times(scale), factor.times(scale)) {
            (Some(v), Some(f)) => (value, factor) = (v, f),
            _ => break,
        }
        j += 1;
    }
    (value, j, factor)
}

/// A scale word, spelled out, and its power of ten: `juta` 6, `trillion` 12.
pub fn scale_exponent(word: &str) -> Option<i32> {
    Some(match word {
        "ribu" | "thousand" | "thousands" => 3,
        "juta" | "million" | "millions" => 6,
        "miliar" | "milyar" | "billion" | "billions" => 9,
        "triliun" | "trilyun" | "trillion" | "trillions" => 12,
        _ => return None,
    })
}

/// A scale word or abbreviation at token `j`.
///
/// One-letter abbreviations (`M`, `T`, `k`, `b`) count only when attached to the digits,
/// so `5 m` (metres) is not five million. `M` is *miliar* in Indonesian money and million
/// in English.
///
/// Spelled-out scale words are [`scale_exponent`]'s, which spelled-out numbers share.
pub fn scale_word(text: &Text, j: usize, lang: Lang, money: bool) -> Option<Decimal> {
    if !text.is_word(j) {
        return None;
    }
    let raw = text.raw(j);
    let attached = text.attached(j);
    let word = text.lower(j);
    let exponent = match word {
        _ if let Some(exponent) = scale_exponent(word) => exponent,
        "rb" => 3,
        "jt" | "mn" | "mln" => 6,
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
    Some(Decimal::pow10(exponent))
}
