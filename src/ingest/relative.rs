//! Dates relative to the publication: `kemarin`, `pekan lalu`, `bulan lalu`,
//! `akhir bulan ini`, `tahun depan`, `last month`, `later this month`, `dua hari lalu`,
//! `kuartal lalu`, `tadi pagi`, `beberapa hari lalu`, `3 months from now`.
//!
//! They resolve only against `--published`, and to the precision the words carry: `bulan
//! lalu` is a month, never a made-up day; a day-based phrase needs a published day. A
//! vague count (`beberapa`, `a few`, `several`) is the span from five units back to two,
//! rather than a guess at one of them.

use crate::data::Date;

use super::calendar::{Offset, Unit, resolve};
use super::dates::{DateForm, mention};
use rust_decimal::prelude::ToPrimitive;

use super::numbers::{Reading, numeral};
use super::text::Text;
use super::{Lang, Mention};

/// Why a relative date was left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unplaced {
    /// No publication date was given.
    NoPublished,
    /// The publication date lacks the month or day the phrase counts from.
    TooCoarse,
    /// The publication date is precise enough, but the phrase points nowhere from it
    /// (`later this month` on the month's last day): the reason, in words.
    Nowhere(&'static str),
}

/// A relative date at `i`: `Ok` with the mention when `published` resolves it, `Err` with
/// the next token and the reason when it is relative but cannot be resolved, `None` when
/// there is none.
pub fn relative(
    text: &Text,
    i: usize,
    lang: Lang,
    published: Option<Date>,
) -> Option<Result<(Mention, usize), (usize, Unplaced)>> {
    let (offset, next) = phrase(text, i, lang)?;
    // `last quarter of 2023` names a quarter of 2023, not the one before publication.
    if text.lower(next) == "of" && super::dates::year_at(text, next + 1).is_some() {
        return None;
    }
    let Some(p) = published else {
        return Some(Err((next, Unplaced::NoPublished)));
    };
    let Some(period) = resolve(offset, p) else {
        return Some(Err((next, unplaced(offset, p))));
    };
    // `on Monday`, `hari ini`: when a statement was made, as a dateline says it.
    let form = match offset {
        Offset::RecentWeekday(_) | Offset::Count(Unit::Day, 0) => DateForm::Dateline,
        _ => DateForm::Relative,
    };
    Some(Ok((mention(text, i, next, period, form), next)))
}

/// Why `offset` does not resolve from `published`.
fn unplaced(offset: Offset, published: Date) -> Unplaced {
    if offset.needs_day() && published.day().is_none()
        || offset.needs_month() && published.month().is_none()
    {
        return Unplaced::TooCoarse;
    }
    Unplaced::Nowhere(match offset {
        Offset::RestOfMonth => "no day of the month is left after the publication date",
        Offset::EarlierThis(_) => "nothing of the period comes before the publication date",
        _ => "it falls outside the calendar",
    })
}

pub fn words(text: &Text, i: usize, seq: &[&str]) -> bool {
    seq.iter().enumerate().all(|(k, w)| text.lower(i + k) == *w)
}
/// Fixed phrases and what they mean. Parts of a period (`akhir bulan ini`, `early next
/// year`) are read by [`super::parts`], weekdays by [`super::weekdays`].
#[rustfmt::skip]
const FIXED: &[(&[&str], Offset)] = {
    use Offset::*;
    use Unit::*;
    &[
        (&["later", "this", "month"], RestOfMonth),
        (&["later", "this", "year"], YearPart { years: 0, from: 0, to: 12 }),
        (&["earlier", "this", "year"], YearPart { years: 0, from: 1, to: 0 }),
        (&["earlier", "this", "month"], EarlierThis(Month)),
        (&["earlier", "this", "week"], EarlierThis(Week)),
        (&["year", "-", "end"], YearPart { years: 0, from: 10, to: 12 }),
        (&["year", "end"], YearPart { years: 0, from: 10, to: 12 }),
        (&["this", "weekend"], WeekPart { weeks: 0, from: 5, to: 6 }),
        (&["last", "weekend"], WeekPart { weeks: -1, from: 5, to: 6 }),
        (&["this", "past", "weekend"], WeekPart { weeks: -1, from: 5, to: 6 }),
        (&["next", "weekend"], WeekPart { weeks: 1, from: 5, to: 6 }),
        // Parts of the publication's day, or the evening before it.
        (&["tadi", "pagi"], Count(Day, 0)),
        (&["tadi", "siang"], Count(Day, 0)),
        (&["tadi", "sore"], Count(Day, 0)),
        (&["pagi", "ini"], Count(Day, 0)),
        (&["siang", "ini"], Count(Day, 0)),
        (&["sore", "ini"], Count(Day, 0)),
        (&["malam", "ini"], Count(Day, 0)),
        (&["nanti", "siang"], Count(Day, 0)),
        (&["nanti", "sore"], Count(Day, 0)),
        (&["nanti", "malam"], Count(Day, 0)),
        (&["pagi", "tadi"], Count(Day, 0)),
        (&["siang", "tadi"], Count(Day, 0)),
        (&["sore", "tadi"], Count(Day, 0)),
        (&["dini", "hari", "tadi"], Count(Day, 0)),
        (&["tadi", "malam"], Count(Day, -1)),
        (&["malam", "tadi"], Count(Day, -1)),
        (&["kemarin", "pagi"], Count(Day, -1)),
        (&["kemarin", "siang"], Count(Day, -1)),
        (&["kemarin", "sore"], Count(Day, -1)),
        (&["kemarin", "malam"], Count(Day, -1)),
        (&["this", "morning"], Count(Day, 0)),
        (&["this", "afternoon"], Count(Day, 0)),
        (&["this", "evening"], Count(Day, 0)),
        (&["tonight"], Count(Day, 0)),
        (&["last", "night"], Count(Day, -1)),
        (&["hari", "ini"], Count(Day, 0)),
        (&["pekan", "lalu"], Count(Week, -1)),
        (&["minggu", "lalu"], Count(Week, -1)),
        (&["last", "week"], Count(Week, -1)),
        (&["pekan", "ini"], Count(Week, 0)),
        (&["minggu", "ini"], Count(Week, 0)),
        (&["this", "week"], Count(Week, 0)),
        (&["pekan", "depan"], Count(Week, 1)),
        (&["minggu", "depan"], Count(Week, 1)),
        (&["next", "week"], Count(Week, 1)),
        (&["bulan", "lalu"], Count(Month, -1)),
        (&["bulan", "kemarin"], Count(Month, -1)),
        (&["last", "month"], Count(Month, -1)),
        (&["bulan", "ini"], Count(Month, 0)),
        (&["this", "month"], Count(Month, 0)),
        (&["bulan", "depan"], Count(Month, 1)),
        (&["next", "month"], Count(Month, 1)),
        (&["kuartal", "lalu"], Count(Quarter, -1)),
        (&["triwulan", "lalu"], Count(Quarter, -1)),
        (&["last", "quarter"], Count(Quarter, -1)),
        (&["kuartal", "ini"], Count(Quarter, 0)),
        (&["triwulan", "ini"], Count(Quarter, 0)),
        (&["this", "quarter"], Count(Quarter, 0)),
        (&["kuartal", "depan"], Count(Quarter, 1)),
        (&["triwulan", "depan"], Count(Quarter, 1)),
        (&["next", "quarter"], Count(Quarter, 1)),
        (&["tahun", "lalu"], Count(Year, -1)),
        (&["last", "year"], Count(Year, -1)),
        (&["tahun", "ini"], Count(Year, 0)),
        (&["this", "year"], Count(Year, 0)),
        (&["tahun", "depan"], Count(Year, 1)),
        (&["next", "year"], Count(Year, 1)),
        (&["dekade", "lalu"], Count(Decade, -1)),
        (&["last", "decade"], Count(Decade, -1)),
        (&["dekade", "ini"], Count(Decade, 0)),
        (&["this", "decade"], Count(Decade, 0)),
        (&["dekade", "depan"], Count(Decade, 1)),
        (&["next", "decade"], Count(Decade, 1)),
        (&["kemarin", "lusa"], Count(Day, -2)),
        (&["besok", "lusa"], Count(Day, 2)),
        (&["day", "before", "yesterday"], Count(Day, -2)),
        (&["day", "after", "tomorrow"], Count(Day, 2)),
        (&["kemarin"], Count(Day, -1)),
        (&["yesterday"], Count(Day, -1)),
        (&["today"], Count(Day, 0)),
        (&["besok"], Count(Day, 1)),
        (&["tomorrow"], Count(Day, 1)),
        (&["lusa"], Count(Day, 2)),
    ]
};

/// Lower-case words that can begin a relative date.
pub fn starters() -> impl Iterator<Item = &'static str> {
    let counted = [
        "sehari", "sepekan", "seminggu", "sebulan", "setahun", "a", "one", "last", "dalam", "in",
        "within", "beberapa", "several",
    ];
    FIXED
        .iter()
        .map(|(seq, _)| seq[0])
        .chain(super::weekdays::STARTERS.iter().copied())
        .chain(super::parts::STARTERS.iter().copied())
        .chain(counted)
}

/// The phrase at `i` and the token after it.
fn phrase(text: &Text, i: usize, lang: Lang) -> Option<(Offset, usize)> {
    for (seq, offset) in FIXED {
        if words(text, i, seq) {
            return Some((*offset, i + seq.len()));
        }
    }
    super::weekdays::weekday(text, i)
        .or_else(|| super::parts::part_of_period(text, i))
        .or_else(|| ahead(text, i, lang))
        .or_else(|| vague(text, i))
        .or_else(|| counted(text, i, lang))
}

/// `dalam waktu 2 tahun`, `dalam tiga bulan ke depan`, `in two years`, `within six
/// months`: so long after publication.
fn ahead(text: &Text, i: usize, lang: Lang) -> Option<(Offset, usize)> {
    let from = match (text.lower(i), text.lower(i + 1)) {
        ("dalam", "waktu") => i + 2,
        ("dalam" | "in" | "within", _) => i + 1,
        _ => return None,
    };
    let from = match (text.lower(from), text.lower(from + 1)) {
        ("the", "next") => from + 2,
        ("the", _) => return None,
        _ => from,
    };
    let (n, unit, mut next) = count(text, from, lang)?;
    let offset = offset(n, unit)?;
    let marked = match (text.lower(next), text.lower(next + 1)) {
        ("ke", "depan") => 2,
        ("mendatang" | "lagi", _) => 1,
        ("terakhir" | "belakangan" | "silam", _) => return None,
        _ => 0,
    };
    next += marked;
    // `naik 5% dalam sepekan`, `in a year` say how long, not when: a bare `se-` or `a`
    // count is a date only when `waktu`, `ke depan`, `lagi` or `mendatang` says so.
    let spelled = matches!(
        text.lower(from),
        "a" | "one" | "sehari" | "sepekan" | "seminggu" | "sebulan" | "setahun"
    );
    if spelled && marked == 0 && from != i + 2 {
        return None;
    }
    Some((offset, next))
}

/// A count and its unit word: `dua hari`, `sebulan`, `three weeks`, `a couple of days`;
/// the token after.
fn count<'t>(text: &'t Text, i: usize, lang: Lang) -> Option<(i64, &'t str, usize)> {
    // `two quarters ago`: the number reader would take `two quarters` for a half.
    if matches!(text.lower(i + 1), "quarter" | "quarters") {
        let n = super::number_words::whole(text.lower(i))
            .or_else(|| super::dates::number(text, i, 2).map(i64::from))?;
        return Some((n, text.lower(i + 1), i + 2));
    }
    Some(match text.lower(i) {
        "sehari" => (1, "hari", i + 1),
        "sepekan" | "seminggu" => (1, "pekan", i + 1),
        "sebulan" => (1, "bulan", i + 1),
        "setahun" => (1, "tahun", i + 1),
        "a" if lang == Lang::En && words(text, i + 1, &["couple", "of"]) => {
            (2, text.lower(i + 3), i + 4)
        }
        "a" | "one" if lang == Lang::En => (1, text.lower(i + 1), i + 2),
        _ => {
            let n = numeral(text, i, lang, Reading::Plain).filter(|n| !n.scaled)?;
            let count = n.value.to_i64().filter(|_| n.value.fract().is_zero())?;
            if !(0..=1000).contains(&count) {
                return None;
            }
            (count, text.lower(n.to), n.to + 1)
        }
    })
}

/// Which way a count points from the publication, and the token after the words that say
/// so: `lalu`, `yang lalu`, `ago`, `lagi`, `ke depan`, `from now`.
fn direction(text: &Text, next: usize) -> Option<(i64, usize)> {
    Some(match (text.lower(next), text.lower(next + 1)) {
        ("yang", "lalu") | ("ke", "depan") | ("from", "now") => {
            let sign = if text.lower(next) == "yang" { -1 } else { 1 };
            (sign, next + 2)
        }
        ("lalu" | "silam" | "ago", _) => (-1, next + 1),
        ("lagi" | "mendatang", _) => (1, next + 1),
        _ => return None,
    })
}

/// `beberapa hari lalu`, `a few months ago`, `several weeks ago`: from five units away to
/// two, since the words give no one day.
fn vague(text: &Text, i: usize) -> Option<(Offset, usize)> {
    let at = match (text.lower(i), text.lower(i + 1)) {
        ("beberapa" | "several", _) => i + 1,
        ("a", "few") => i + 2,
        _ => return None,
    };
    let unit = Unit::named(text.lower(at)).filter(|u| *u != Unit::Decade)?;
    let (sign, next) = direction(text, at + 1)?;
    let offset = if sign < 0 {
        Offset::Between(unit, -5, -2)
    } else {
        Offset::Between(unit, 2, 5)
    };
    Some((offset, next))
}

/// `dua hari lalu`, `sebulan lalu`, `three weeks ago`, `3 months from now`, `sebulan
/// setelah …`, `a month after`.
fn counted(text: &Text, i: usize, lang: Lang) -> Option<(Offset, usize)> {
    let (n, unit, next) = count(text, i, lang)?;
    // The clause is set at publication: "talks, a month after the ban".
    if matches!(text.lower(next), "setelah" | "sesudah" | "after" | "later") {
        return offset(0, unit).map(|o| (o, next + 1));
    }
    let (sign, after) = direction(text, next)?;
    offset(n * sign, unit).map(|o| (o, after))
}

/// So many units from the publication; decades count in years (`dua dekade silam`).
fn offset(n: i64, unit: &str) -> Option<Offset> {
    if matches!(unit, "fortnight" | "fortnights") {
        return Some(Offset::Count(Unit::Week, n.checked_mul(2)?));
    }
    Some(match Unit::named(unit)? {
        Unit::Decade => Offset::Count(Unit::Year, n.checked_mul(10)?),
        unit => Offset::Count(unit, n),
    })
}
