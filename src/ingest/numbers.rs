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
    words(text, i, lang)
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
fn grouped_by_thousands(raw: &str, sep: u8) -> bool {
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

/// A scale word or abbreviation at token `j`.
///
/// One-letter abbreviations (`M`, `T`, `k`, `b`) count only when attached to the digits,
/// so `5 m` (metres) is not five million. `M` is *miliar* in Indonesian money and million
/// in English.
pub fn scale_word(text: &Text, j: usize, lang: Lang, money: bool) -> Option<Decimal> {
    if !text.is_word(j) {
        return None;
    }
    let raw = text.raw(j);
    let attached = text.attached(j);
    let exponent = match text.lower(j) {
        "ribu" | "rb" | "thousand" | "thousands" => 3,
        "juta" | "jt" | "million" | "millions" | "mn" | "mln" => 6,
        "miliar" | "milyar" | "billion" | "billions" | "bn" | "bln" => 9,
        "triliun" | "trilyun" | "trillion" | "trillions" | "tn" | "trn" => 12,
        _ if !attached => return None,
        "k" => 3,
        "m" if raw == "M" && lang == Lang::Id && money => 9,
        "m" if lang == Lang::En || raw == "M" => 6,
        "b" if lang == Lang::En => 9,
        "t" if raw == "T" => 12,
        _ => return None,
    };
    Some(Decimal::pow10(exponent))
}

/// Every word [`part`] knows, for the recognisers' quick first-word check.
pub const WORDS: &[&str] = &[
    "ribu",
    "thousand",
    "juta",
    "million",
    "miliar",
    "milyar",
    "billion",
    "triliun",
    "trillion",
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
    "seratus",
    "belas",
    "puluh",
    "ratus",
    "seribu",
    "sejuta",
    "semiliar",
    "semilyar",
    "setriliun",
    "setengah",
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "dozen",
    "half",
    "a",
];

/// How a number word contributes to the value being built.
enum Part {
    Unit(i128),
    /// `belas`: adds ten to the unit before it (`dua belas` = 12).
    Teen,
    /// `puluh`: multiplies by ten (`dua puluh` = 20).
    Tens,
    Hundred,
    /// `seratus`: one hundred.
    OneHundred,
    Group(i32),
    /// `seribu`, `sejuta`: one of a group.
    OneGroup(i32),
    Half,
    /// `and`, `a`, `-`: allowed only between number words.
    Joiner,
}

fn part(word: &str, lang: Lang) -> Option<Part> {
    use Part::*;
    let unit = |n| Some(Unit(n));
    match (lang, word) {
        (_, "ribu" | "thousand") => Some(Group(3)),
        (_, "juta" | "million") => Some(Group(6)),
        (_, "miliar" | "milyar" | "billion") => Some(Group(9)),
        (_, "triliun" | "trillion") => Some(Group(12)),
        (Lang::Id, w) => match w {
            "nol" => unit(0),
            "satu" => unit(1),
            "dua" => unit(2),
            "tiga" => unit(3),
            "empat" => unit(4),
            "lima" => unit(5),
            "enam" => unit(6),
            "tujuh" => unit(7),
            "delapan" => unit(8),
            "sembilan" => unit(9),
            "sepuluh" => unit(10),
            "sebelas" => unit(11),
            "seratus" => Some(OneHundred),
            "belas" => Some(Teen),
            "puluh" => Some(Tens),
            "ratus" => Some(Hundred),
            "seribu" => Some(OneGroup(3)),
            "sejuta" => Some(OneGroup(6)),
            "semiliar" | "semilyar" => Some(OneGroup(9)),
            "setriliun" => Some(OneGroup(12)),
            "setengah" => Some(Half),
            _ => None,
        },
        (Lang::En, w) => en_part(w),
    }
}

fn en_part(word: &str) -> Option<Part> {
    use Part::*;
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(n) = SMALL.iter().position(|&w| w == word) {
        return Some(Unit(n as i128));
    }
    if let Some(n) = TENS.iter().position(|&w| w == word) {
        return Some(Unit(20 + 10 * n as i128));
    }
    match word {
        "hundred" => Some(Hundred),
        "dozen" => Some(Unit(12)),
        "half" => Some(Half),
        "and" | "a" | "-" => Some(Joiner),
        _ => None,
    }
}

/// Reads number words from token `i`: `dua ratus ribu`, `one and a half billion`.
fn words(text: &Text, i: usize, lang: Lang) -> Option<Numeral> {
    // total: finished groups; hundreds and small: the group being read.
    let (mut total, mut hundreds, mut small) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    let (mut j, mut end, mut factor) = (i, i, Decimal::ONE);
    while let Some(p) = text
        .is_word(j)
        .then(|| part(text.lower(j), lang))
        .flatten()
        .or_else(|| (text.is(j, '-') && j > i).then_some(Part::Joiner))
    {
        match p {
            Part::Joiner if j == i && text.lower(i) != "a" => break,
            Part::Joiner => {
                j += 1;
                continue;
            }
            Part::Unit(n) => small = small.plus(Decimal::int(n))?,
            Part::Teen => small = small.plus(Decimal::int(10))?,
            Part::Tens => small = small.times(Decimal::int(10))?,
            Part::Half => small = small.plus(Decimal::parse("0.5")?)?,
            Part::Hundred | Part::OneHundred => {
                let count = if small.is_zero() || matches!(p, Part::OneHundred) {
                    Decimal::ONE
                } else {
                    small
                };
                hundreds = hundreds.plus(count.times(Decimal::int(100))?)?;
                small = Decimal::ZERO;
            }
            Part::Group(e) | Part::OneGroup(e) => {
                let group = hundreds.plus(small)?;
                let group = if group.is_zero() || matches!(p, Part::OneGroup(_)) {
                    Decimal::ONE
                } else {
                    group
                };
                total = total.plus(group.times(Decimal::pow10(e))?)?;
                (hundreds, small) = (Decimal::ZERO, Decimal::ZERO);
                factor = Decimal::pow10(e);
            }
        }
        j += 1;
        end = j;
    }
    if end == i || (end == i + 1 && text.lower(i) == "a") {
        return None;
    }
    let value = total.plus(hundreds)?.plus(small)?;
    let scaled = factor != Decimal::ONE;
    Some(Numeral {
        value,
        from: i,
        to: end,
        scaled,
        factor,
        words: true,
        bare: false,
    })
}
