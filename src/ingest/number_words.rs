//! Numbers written in words: `dua ratus ribu`, `sepuluh miliar`, `one and a half billion`,
//! `dua belas koma lima`, `tiga perempat`, `three quarters of a million`.

use rust_decimal::Decimal;

use super::Lang;
use super::numbers::{Numeral, pow10, scale_exponent};
use super::text::Text;

/// How a number word contributes to the value being built.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Unit(i64),
    /// `belas`: adds ten to the unit before it (`dua belas` = 12).
    Teen,
    /// `puluh`: multiplies by ten (`dua puluh` = 20).
    Tens,
    Hundred,
    /// `seratus`: one hundred.
    OneHundred,
    /// A scale word (`juta`, `billion`) and its power of ten: closes a group.
    Group(u32),
    /// `seribu`, `sejuta`: one of a group.
    OneGroup(u32),
    /// `setengah`, `half`: adds a half (`dua setengah` = 2.5, `half a million`).
    Half,
    /// `seperempat`, `sepertiga`: adds one part of so many (a quarter, a third).
    OneOf(i64),
    /// `perempat`, `quarters`, `pertiga`, `thirds`: so many parts of so many (`tiga
    /// perempat` = 0.75, `two thirds` = 0.67).
    Parts(i64),
    /// `koma`, `point`: the digits after it are read one by one (`tiga koma dua lima`).
    Point,
    /// `and`, `a`, `-`: allowed only between number words.
    Joiner,
}

/// Every number word and what it does; scale words (`juta`, `billion`) come from
/// [`scale_exponent`]. The one list both the reader and the first-word check use.
#[rustfmt::skip]
const WORDS: &[(&str, Part)] = {
    use Part::*;
    &[
        ("nol", Unit(0)), ("satu", Unit(1)), ("dua", Unit(2)), ("tiga", Unit(3)), ("empat", Unit(4)),
        ("lima", Unit(5)), ("enam", Unit(6)), ("tujuh", Unit(7)), ("delapan", Unit(8)),
        ("sembilan", Unit(9)), ("sepuluh", Unit(10)), ("sebelas", Unit(11)), ("belas", Teen),
        ("puluh", Tens), ("ratus", Hundred), ("seratus", OneHundred), ("seribu", OneGroup(3)),
        ("sejuta", OneGroup(6)), ("semiliar", OneGroup(9)), ("semilyar", OneGroup(9)),
        ("setriliun", OneGroup(12)), ("setengah", Half), ("seperempat", OneOf(4)),
        ("perempat", Parts(4)), ("sepertiga", OneOf(3)), ("pertiga", Parts(3)),
        ("seperlima", OneOf(5)), ("perlima", Parts(5)), ("sepersepuluh", OneOf(10)),
        ("persepuluh", Parts(10)), ("koma", Point),
        ("zero", Unit(0)), ("one", Unit(1)), ("two", Unit(2)), ("three", Unit(3)), ("four", Unit(4)),
        ("five", Unit(5)), ("six", Unit(6)), ("seven", Unit(7)), ("eight", Unit(8)), ("nine", Unit(9)),
        ("ten", Unit(10)), ("eleven", Unit(11)), ("twelve", Unit(12)), ("thirteen", Unit(13)),
        ("fourteen", Unit(14)), ("fifteen", Unit(15)), ("sixteen", Unit(16)), ("seventeen", Unit(17)),
        ("eighteen", Unit(18)), ("nineteen", Unit(19)), ("twenty", Unit(20)), ("thirty", Unit(30)),
        ("forty", Unit(40)), ("fifty", Unit(50)), ("sixty", Unit(60)), ("seventy", Unit(70)),
        ("eighty", Unit(80)), ("ninety", Unit(90)), ("hundred", Hundred), ("dozen", Unit(12)),
        ("half", Half), ("quarter", Parts(4)), ("quarters", Parts(4)), ("third", Parts(3)),
        ("thirds", Parts(3)), ("fifth", Parts(5)), ("fifths", Parts(5)), ("tenth", Parts(10)),
        ("tenths", Parts(10)), ("point", Point),
        ("and", Joiner), ("a", Joiner), ("an", Joiner),
    ]
};

/// Words that can begin a spelled-out number, for the recognisers' quick first-word check.
pub fn starters() -> impl Iterator<Item = &'static str> {
    WORDS
        .iter()
        .filter(|(_, part)| !matches!(part, Part::Teen | Part::Tens | Part::Parts(_) | Part::Point))
        .map(|(word, _)| *word)
        .chain(super::numbers::SCALE_WORDS.iter().copied())
}

/// The value of one number word standing for a whole number (`dua`, `twelve`): `two
/// quarters ago` counts quarters, where the reader would take a fraction.
pub fn whole(word: &str) -> Option<i64> {
    match part(word)? {
        Part::Unit(n) => Some(n),
        _ => None,
    }
}

fn part(word: &str) -> Option<Part> {
    match scale_exponent(word) {
        Some(exponent) => Some(Part::Group(exponent)),
        None => WORDS.iter().find(|(w, _)| *w == word).map(|&(_, p)| p),
    }
}

/// The value being built: finished groups, then the hundreds and units of the current one.
#[derive(Default)]
struct Value {
    total: Decimal,
    hundreds: Decimal,
    small: Decimal,
    factor: Option<Decimal>,
}

impl Value {
    fn add(&mut self, p: Part) -> Option<()> {
        // Parts are kept to six places: `two thirds` is 0.666667.
        let parts =
            |count: Decimal, of: i64| count.checked_div(Decimal::from(of)).map(|d| d.round_dp(6));
        match p {
            Part::Group(e) => self.close_group(e, false)?,
            Part::OneGroup(e) => self.close_group(e, true)?,
            Part::Unit(n) => self.small = self.small.checked_add(Decimal::from(n))?,
            Part::Teen => self.small = self.small.checked_add(Decimal::TEN)?,
            Part::Tens => self.small = self.small.checked_mul(Decimal::TEN)?,
            Part::Half => self.small = self.small.checked_add(Decimal::new(5, 1))?,
            Part::OneOf(of) => self.small = self.small.checked_add(parts(Decimal::ONE, of)?)?,
            Part::Parts(of) => {
                let count = if self.small.is_zero() {
                    Decimal::ONE
                } else {
                    self.small
                };
                self.small = parts(count, of)?;
            }
            Part::Hundred | Part::OneHundred => {
                let count = if self.small.is_zero() || p == Part::OneHundred {
                    Decimal::ONE
                } else {
                    self.small
                };
                self.hundreds = self
                    .hundreds
                    .checked_add(count.checked_mul(Decimal::ONE_HUNDRED)?)?;
                self.small = Decimal::ZERO;
            }
            Part::Point | Part::Joiner => {}
        }
        Some(())
    }

    fn close_group(&mut self, exponent: u32, one: bool) -> Option<()> {
        let scale = pow10(exponent)?;
        let group = self.hundreds.checked_add(self.small)?;
        let group = if group.is_zero() || one {
            Decimal::ONE
        } else {
            group
        };
        self.total = self.total.checked_add(group.checked_mul(scale)?)?;
        (self.hundreds, self.small) = (Decimal::ZERO, Decimal::ZERO);
        self.factor = Some(scale);
        Some(())
    }

    fn value(&self) -> Option<Decimal> {
        self.total
            .checked_add(self.hundreds)?
            .checked_add(self.small)
    }
}

/// Reads number words from token `i`: `dua ratus ribu`, `one and a half billion`.
pub fn words(text: &Text, i: usize, _lang: Lang) -> Option<Numeral> {
    let mut value = Value::default();
    let (mut j, mut end) = (i, i);
    let mut previous: Option<Part> = None;
    loop {
        let p = if text.is_word(j) {
            part(text.lower(j))
        } else if text.is(j, '-') && j > i && text.attached(j) {
            Some(Part::Joiner)
        } else {
            None
        };
        // `three quarters of a billion`: `of` joins a fraction to what it is a part of.
        let p = p.or_else(|| {
            let fraction = matches!(previous, Some(Part::Half | Part::Parts(_) | Part::OneOf(_)));
            (text.lower(j) == "of" && fraction && matches!(text.lower(j + 1), "a" | "an"))
                .then_some(Part::Joiner)
        });
        let Some(p) = p else { break };
        match p {
            Part::Joiner if j == i && !matches!(text.lower(i), "a" | "an") => break,
            Part::Joiner => {
                j += 1;
                continue;
            }
            // `juta rupiah` after `puluhan`, `thousands of`: a scale with no count before
            // it is a vague quantity, not one thousand or one million.
            Part::Group(_) if j == i => break,
            // `quarter` alone is a part of a year, `third` a rank, `perempat` no number.
            Part::Parts(_) if j == i || !a_part(text, i, j, previous) => break,
            Part::Teen | Part::Tens | Part::Point if previous.is_none() => break,
            Part::Point => match fraction_digits(text, j + 1) {
                Some((digits, next)) => {
                    value.small = value.small.checked_add(digits)?;
                    j = next;
                    end = j;
                    previous = Some(Part::Point);
                    continue;
                }
                None => break,
            },
            _ => value.add(p)?,
        }
        previous = Some(p);
        j += 1;
        end = j;
    }
    if end == i || (end == i + 1 && matches!(text.lower(i), "a" | "an")) || ordinal_after(text, end)
    {
        return None;
    }
    let factor = value.factor.unwrap_or(Decimal::ONE);
    Some(Numeral {
        value: value.value()?,
        from: i,
        to: end,
        scaled: value.factor.is_some(),
        factor,
        words: true,
        bare: false,
    })
}

/// Whether the part word at `j` (`quarter`, `thirds`, `pertiga`) is a fraction where the
/// number began at `i`: after a count (`tiga perempat`, `two thirds`), or in English
/// after `a` (`a quarter`). The singular of a rank (`third`, `fifth`, `tenth`) counts only
/// one part, and only before `of` or as the last word (`one-third of`, `a fifth of`): `a
/// third time`, `the fifth round` are ranks.
fn a_part(text: &Text, i: usize, j: usize, previous: Option<Part>) -> bool {
    let word = text.lower(j);
    let counted = match previous {
        Some(Part::Unit(_) | Part::Tens | Part::Teen) => true,
        None => matches!(text.lower(i), "a" | "an") && !word.starts_with("per"),
        _ => false,
    };
    let rank = matches!(word, "third" | "fifth" | "tenth");
    let one = previous.is_none() || previous == Some(Part::Unit(1));
    counted && (!rank || one && (text.lower(j + 1) == "of" || !text.is_word(j + 1)))
}

/// `twenty-first`, `forty-fifth`: the words stopped at a hyphen that opens a rank, so
/// the whole is an ordinal and `twenty` is no quantity in it.
fn ordinal_after(text: &Text, end: usize) -> bool {
    let rank = text.lower(end + 1);
    text.is(end, '-')
        && text.attached(end)
        && text.attached(end + 1)
        && (rank.ends_with("th") || matches!(rank, "first" | "second" | "third"))
}

/// The digits after `koma`/`point`, each a unit word from zero to nine: `dua lima` is .25.
fn fraction_digits(text: &Text, mut j: usize) -> Option<(Decimal, usize)> {
    let mut digits = String::from("0.");
    while let Some(Part::Unit(n @ 0..=9)) = text.is_word(j).then(|| part(text.lower(j))).flatten() {
        digits.push(char::from(b'0' + n as u8));
        j += 1;
    }
    (digits.len() > 2)
        .then(|| Some((digits.parse().ok()?, j)))
        .flatten()
}
