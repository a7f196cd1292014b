//! Numbers written in words: `dua ratus ribu`, `sepuluh miliar`, `one and a half billion`.

use super::Lang;
use super::decimal::Decimal;
use super::numbers::Numeral;
use super::text::Text;

/// Every word [`part`] knows, for the recognisers' quick first-word check.
#[rustfmt::skip]
pub const WORDS: &[&str] = &[
    "ribu", "thousand", "thousands", "juta", "million", "millions", "miliar", "milyar", "billion",
    "billions", "triliun", "trilyun", "trillion", "trillions",
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
    "sembilan", "sepuluh", "sebelas", "seratus", "belas", "puluh", "ratus", "seribu", "sejuta",
    "semiliar", "semilyar", "setriliun", "setengah", "zero", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
    "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen", "half", "a",
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
    if let Some(exponent) = super::numbers::scale_exponent(word) {
        return Some(Group(exponent));
    }
    match (lang, word) {
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
pub fn words(text: &Text, i: usize, lang: Lang) -> Option<Numeral> {
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
