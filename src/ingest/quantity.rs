//! Amounts: money, percentages, counts of things and plain numbers, with their ranges
//! (`US$210–360 miliar`), signs (`-11%`, `minus Rp 3 miliar`, `(Rp 1.000,00)`), cents
//! (`20 dollars 43 cents`) and qualifiers (`sekitar`, `over`).

use rust_decimal::Decimal;

use super::named_numbers::names_a_thing;
use super::numbers::{
    Numeral, Reading, approximate_scale, grouped_by_thousands, numeral, rough_suffix,
};
use super::percent::{in_percent, percent_after};
use super::ranges::{is_year, range, scale_range};
use super::text::{Shape, Text};
use super::units::{count_noun, currency_after, currency_before, qualifier_before, rate_after};
use super::{Amount, Lang, Mention, Mentioned};

/// Reads an amount starting at token `i`; returns the mention and the next token.
pub fn amount(text: &Text, i: usize, lang: Lang) -> Option<(Mention, usize)> {
    if text.is(i, '(') {
        return in_parentheses(text, i, lang);
    }
    let (negative, after_sign) = sign_before(text, i);
    let between = matches!(text.lower(after_sign), "antara" | "between");
    let first = if between { after_sign + 1 } else { after_sign };
    let (prefix, mut j) = match currency_before(text, first) {
        Some((code, j)) => (Some(code), j),
        None if text.is(first, '¢') => (Some("¢"), first + 1),
        None => (None, first),
    };
    // `Rp -1,5 juta`, `$-3 million`: the sign after the currency.
    let signed_after = prefix.is_some() && sign_at(text, j) && text.attached(j + 1);
    let negative = negative || signed_after;
    if signed_after {
        j += 1;
    }
    if prefix.is_none() && !(text.is_word(j) || text.shape(j) == Some(Shape::Number)) {
        return None;
    }
    let reading = if prefix.is_some() {
        Reading::Money
    } else {
        Reading::Plain
    };
    let (mut low, mut high, mut k) = match one_of(text, j) {
        Some(one) => (one, None, one.to),
        None => range(text, j, lang, reading, between)?,
    };
    let year_range = high.is_some_and(|h| h.bare && is_year(h));
    // A year or a span of years: dates read those; but `2024 unit` counts units.
    let counted =
        super::units::count_noun(text, k).is_some() || matches!(text.lower(k), "unit" | "units");
    let year_like = low.bare && is_year(low) && (high.is_none() || year_range);
    if prefix.is_none() && !negative && year_like && !counted {
        return None;
    }
    if text.shape(k).is_some() && matches!(text.raw(k), "WIB" | "WITA" | "WIT" | "GMT" | "UTC") {
        return None; // a time of day, `17.00 WIB`
    }
    let mut currency = prefix;
    if currency.is_none()
        && let Some((code, next)) = currency_after(text, k)
            .or_else(|| cents_sign(text, k))
            .or_else(|| cents_word(text, k))
    {
        currency = Some(code);
        k = next;
    }
    // Rupiah before or after: once the amount is read, its separators may say it was
    // read in the wrong language's convention; a scaled amount keeps the text's.
    let scaled = low.scaled || high.is_some_and(|h| h.scaled);
    if currency == Some("IDR") && !scaled && rupiah_lang(text, j, lang) != lang {
        (low, high, _) = range(text, j, rupiah_lang(text, j, lang), Reading::Money, between)?;
    }
    let (mut value, mut high) = scale_range(low, high);
    if let Some(whole) = currency.and_then(hundredth_of) {
        currency = Some(whole);
        value /= Decimal::ONE_HUNDRED;
    } else if let Some((cents, next)) = currency.and_then(|_| cents_after(text, k, lang)) {
        value = value.checked_add(cents)?;
        k = next;
    }
    if negative {
        value = -value;
        high = high.map(|h| -h);
    }
    let amount = Amount::new(value, high);
    // With no unit after it: a lone word seldom a figure (`satu`), or digits that name a
    // thing (`S&P 500`).
    let bare_not_a_figure = match low.words {
        true => !negative && !reported_alone(text, low),
        false => names_a_thing(text, low),
    };
    let what = if let Some(code) = currency {
        Mentioned::Money(amount, code)
    } else if let Some((next, basis_points)) = percent_after(text, k, lang) {
        k = next;
        Mentioned::Percent(match basis_points {
            true => in_percent(amount),
            false => amount,
        })
    } else if let Some((noun, next)) = count_noun(text, k)
        // `dua pertiga penjual` is a share of the sellers, not two thirds of one.
        .filter(|_| value.abs() >= Decimal::ONE)
    {
        k = next;
        let unit = match rate_after(text, k) {
            Some((per, next)) => {
                k = next;
                format!("{noun}/{per}")
            }
            None => noun.to_string(),
        };
        Mentioned::Count(amount, unit)
    } else if bare_not_a_figure {
        return None;
    } else {
        Mentioned::Number(amount)
    };
    let start = text.byte_range(i, i + 1).start;
    let end = text.byte_range(k - 1, k).end;
    let mut mention = Mention { start, end, what };
    let vague = (j..k).any(|t| approximate_scale(text.lower(t)).is_some() || rough_suffix(text, t));
    if let Some(q) = qualifier_before(text, i).or(vague.then_some("about")) {
        mention.set_qualifier(q);
    }
    Some((mention, k))
}

/// A lone number word is reported when it is a quantity: `tiga toko`, `eleven`, `half`.
/// `satu`/`one` (as in `salah satu`, `one of`), `nol`/`zero` and the halves of years
/// (`the first half`) stay unreported: they are seldom figures.
fn reported_alone(text: &Text, n: Numeral) -> bool {
    if n.to - n.from > 1 || n.scaled {
        return true;
    }
    let word = text.lower(n.from);
    let before = n.from.checked_sub(1).map_or("", |k| text.lower(k));
    match word {
        "satu" | "one" | "nol" | "zero" => false,
        "half" => !matches!(
            before,
            "first" | "second" | "the" | "this" | "last" | "next" | "other" | "latter" | "back"
        ),
        _ => true,
    }
}

/// `a dollar`, `an euro`: the article is the amount one.
fn one_of(text: &Text, j: usize) -> Option<Numeral> {
    if !matches!(text.lower(j), "a" | "an") {
        return None;
    }
    currency_after(text, j + 1)?;
    Some(Numeral {
        value: Decimal::ONE,
        from: j,
        to: j + 1,
        scaled: false,
        factor: Decimal::ONE,
        words: true,
        bare: false,
    })
}

fn sign_at(text: &Text, k: usize) -> bool {
    text.is(k, '-') || text.is(k, '−')
}

/// A minus before an amount: `-11%`, `−4,5`, `-Rp 1,5 juta`, `minus lima persen`,
/// `negatif 3%`, `min 2,4%`. A dash glued to a word or a number before it is a hyphen or
/// a range (`2021-2023`), not a sign. Returns whether it is negative and where the amount
/// itself starts.
fn sign_before(text: &Text, i: usize) -> (bool, usize) {
    let next_reads = |k: usize| {
        text.shape(k) == Some(Shape::Number)
            || currency_before(text, k).is_some()
            || text.is(k, '¢')
    };
    // `–12%`: typeset tables print the minus as an en dash, which after a number is a
    // range instead (`10 –12`).
    let en_dash = text.is(i, '–')
        && i.checked_sub(1)
            .is_none_or(|b| text.shape(b) != Some(Shape::Number));
    if sign_at(text, i) || en_dash {
        let glued_before =
            i > 0 && text.attached(i) && !matches!(text.raw(i - 1), "(" | "[" | "\"" | "“");
        if !glued_before && text.attached(i + 1) && next_reads(i + 1) {
            return (true, i + 1);
        }
        return (false, i);
    }
    match text.lower(i) {
        "minus" | "negatif" | "negative" => {
            let word_number = super::number_words::words(text, i + 1, Lang::Id).is_some();
            match next_reads(i + 1) || word_number {
                true => (true, i + 1),
                false => (false, i),
            }
        }
        "min" if next_reads(i + 1) => (true, i + 1),
        _ => (false, i),
    }
}

/// `(Rp 1.000,00)`, `(US$ 2.5 million)`, `(3.2%)`: a whole amount of money or a
/// percentage in parentheses is negative, as accounts write it, unless it restates the
/// amount before it (`1.2 trillion rupiah ($76 million)`).
fn in_parentheses(text: &Text, i: usize, lang: Lang) -> Option<(Mention, usize)> {
    let (mut inner, k) = amount(text, i + 1, lang)?;
    let restates = i.checked_sub(1).is_some_and(|b| {
        text.shape(b) == Some(Shape::Number)
            || text.is(b, '%')
            || currency_after(text, b).is_some()
            || matches!(text.lower(b), "persen" | "percent" | "pct" | "cent")
            // `naik 50 poin (1,2%)`: the same move in points, then as a percentage.
            || matches!(text.lower(b), "poin" | "point" | "points" | "pts" | "bps")
            || count_noun(text, b).is_some()
            // `USD 1.2bn (Rp 18,7 triliun)`, `US$1,2 M (…)`: a scale, abbreviated too.
            || super::numbers::scale_word(text, b, lang, Reading::Money).is_some()
    });
    let negative_kind = matches!(inner.what, Mentioned::Money(..) | Mentioned::Percent(_));
    let positive = inner.amount().is_some_and(|a| a.value > Decimal::ZERO);
    if !text.is(k, ')') || restates || !negative_kind || !positive {
        return None;
    }
    if let Mentioned::Money(a, _) | Mentioned::Percent(a) = &mut inner.what {
        a.value = -a.value;
        a.high = a.high.map(|h| -h);
    }
    inner.start = text.byte_range(i, i + 1).start;
    inner.end = text.byte_range(k, k + 1).end;
    Some((inner, k + 1))
}

/// `50 cents`, `lima puluh sen`: cents with no dollar before them are cents of a US
/// dollar, as `47¢` is (a quoted price of oil or of a share); Indonesian news writes `sen`
/// for them, the rupiah having had no sen in use for decades.
fn cents_word(text: &Text, k: usize) -> Option<(&'static str, usize)> {
    match text.lower(k) {
        "cents" | "cent" | "sen" => Some(("¢", k + 1)),
        "pence" => Some(("p", k + 1)),
        _ => None,
    }
}

/// The currency whose hundredth a cents mark stands for: `¢` of a US dollar, `p` (pence)
/// of a pound.
fn hundredth_of(mark: &str) -> Option<&'static str> {
    match mark {
        "¢" => Some("USD"),
        "p" => Some("GBP"),
        _ => None,
    }
}

/// `47¢`: a cents sign after the digits.
fn cents_sign(text: &Text, k: usize) -> Option<(&'static str, usize)> {
    (text.is(k, '¢') && text.attached(k)).then_some(("¢", k + 1))
}

/// The cents after a whole amount: `20 dollars 43 cents`, `$20 and 43c`,
/// `twenty dollars and 43 cents`.
fn cents_after(text: &Text, k: usize, lang: Lang) -> Option<(Decimal, usize)> {
    let j = if matches!(text.lower(k), "and" | "dan") {
        k + 1
    } else {
        k
    };
    let n = numeral(text, j, lang, Reading::Plain)?;
    if n.scaled || n.value >= Decimal::ONE_HUNDRED || n.value.fract() != Decimal::ZERO {
        return None;
    }
    let unit = n.to;
    let cents = match text.lower(unit) {
        "cents" | "cent" | "sen" => true,
        "c" => text.attached(unit),
        _ => text.is(unit, '¢'),
    };
    cents.then(|| (n.value / Decimal::ONE_HUNDRED, unit + 1))
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
