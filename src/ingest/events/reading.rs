//! Reading one sentence: whether it reports an event or a figure, of what kind, heard or
//! intended, and when it reports nothing, why.

use std::fmt;
use std::ops::Range;

use crate::data::{Kind, Status};

use super::super::text::Text;
use super::super::{Mention, Mentioned};
use super::words::{self, Cue, Direction};

/// What a sentence reports.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reading {
    pub kind: Kind,
    /// The event word that decided the kind; none for a figure.
    pub cue: Option<Cue>,
    /// The token of the word that decided the kind (of the first figure word for a
    /// figure), which tells the clause the event is in.
    pub at: usize,
    /// The status its words give; none when they say neither heard nor intended.
    pub status: Option<Status>,
    /// It points back to an earlier sentence's event (`langkah itu`), so it shares its
    /// status unless its own words say otherwise.
    pub points_back: bool,
    /// It holds an amount, a count or a percentage.
    pub figures: bool,
    /// What its figure measures, in a title's words: `revenue`.
    pub measure: Option<&'static str>,
    pub direction: Option<Direction>,
}

/// Why a sentence gave no event: what `pasar ingest --explain` says of it.
#[derive(Clone, Debug, PartialEq)]
pub enum LeftOut {
    /// No event word and no figure.
    NothingHappens,
    /// A figure, but no word saying what it measures or how it moved.
    FigureUnexplained,
    /// Its event word is denied: `tidak menutup`.
    Denied(String),
    /// Its event word only dates or explains something else: `before the ban`.
    Background(String),
    /// It says more about an earlier sentence's event: the words that point back, and
    /// that sentence's number.
    SaysMore { words: String, about: Option<usize> },
    /// No date in it and no publication date to fall back on.
    Undated,
    /// Nothing to call it by: no one named and no figure with a unit (`It rose by 4.`).
    Untitled,
}

impl fmt::Display for LeftOut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LeftOut::NothingHappens => f.write_str("no event word and no figure"),
            LeftOut::FigureUnexplained => {
                f.write_str("a figure, but no word saying what it measures or how it moved")
            }
            LeftOut::Denied(words) => write!(f, "the event is denied (\"{words}\")"),
            LeftOut::Background(words) => {
                write!(f, "the event word only sets the scene (\"{words}\")")
            }
            LeftOut::SaysMore { words, about } => {
                write!(f, "says more about an earlier event (\"{words}\"")?;
                match about {
                    Some(n) => write!(f, ", sentence {n})"),
                    None => f.write_str(")"),
                }
            }
            LeftOut::Undated => f.write_str("no date, and no --published date to fall back on"),
            LeftOut::Untitled => {
                f.write_str("nothing to title it with: no one named and no figure with a unit")
            }
        }
    }
}

/// Everything the words of one sentence say, before deciding what it reports.
#[derive(Default)]
struct Words {
    /// Event words that report something new, with their tokens.
    fresh: Vec<(Cue, usize)>,
    /// The token of the first word that measures or moves a figure.
    figure_at: Option<usize>,
    denied: Option<String>,
    background: Option<String>,
    pointer: Option<String>,
    hearsay: bool,
    /// The tokens of the words of intention (`akan`, `plans`).
    intentions: Vec<usize>,
    modal: bool,
    cut: bool,
    /// Whether a noun for the staff is written (`karyawan`, `workforce`).
    staff: bool,
    /// The token of `similar` or `serupa`: `a similar move by Lazada` is the last
    /// event's kind done again, by someone else.
    similar: Option<usize>,
    measure: Option<&'static str>,
    direction: Option<Direction>,
}

/// Reads the sentence made of tokens `words`, holding the mentions `inside`; `last` is
/// the number of the sentence that gave the latest event, and that event's kind.
pub fn read(
    text: &Text,
    words: Range<usize>,
    inside: &[&Mention],
    (last, last_kind): (Option<usize>, Option<Kind>),
) -> Result<Reading, LeftOut> {
    let seen = look(text, words.clone(), inside);
    let figures = inside.iter().any(|m| m.amount().is_some());
    let staff = inside.iter().any(|m| match &m.what {
        Mentioned::Count(_, unit) => words::staff_unit(unit),
        // A share of the staff: `memangkas 10% karyawannya`.
        Mentioned::Percent(_) => seen.staff,
        _ => false,
    });
    let figure_at = seen.figure_at.unwrap_or(0);
    let layoff = seen
        .fresh
        .iter()
        .find(|(c, _)| c.kind == Kind::Layoff)
        .copied()
        .or_else(|| {
            let cue = words::event_word("layoff", "").filter(|_| seen.cut && staff);
            cue.map(|c| (c, figure_at))
        });
    let chosen = layoff.or_else(|| {
        seen.fresh
            .iter()
            .find(|(c, _)| c.kind != Kind::Statement)
            .copied()
    });
    let named = inside
        .iter()
        .any(|m| matches!(m.what, Mentioned::Player(_) | Mentioned::Organization));
    // Only where nothing else says what happened: `similar growth of 10%` is a figure.
    let again = seen
        .similar
        .zip(last_kind)
        .filter(|_| named && (seen.pointer.is_some() || !figures));
    let (kind, cue, at) = match (chosen, again) {
        (Some((c, at)), _) => (c.kind, Some(c), at),
        // `The change follows a similar move by Lazada`: what the change points back to
        // was done again, by the one named.
        (None, Some((at, kind))) => (kind, None, at),
        (None, None) if seen.pointer.is_some() => {
            return Err(LeftOut::SaysMore {
                words: seen.pointer.unwrap_or_default(),
                about: last,
            });
        }
        (None, None) if seen.modal && figures => {
            (Kind::Forecast, words::event_word("forecast", ""), figure_at)
        }
        (None, None) if figures && seen.direction.is_some() => (Kind::Metric, None, figure_at),
        (None, None) => match seen.fresh.first() {
            Some(&(c, at)) => (c.kind, Some(c), at),
            None => {
                return Err(seen
                    .denied
                    .map(LeftOut::Denied)
                    .or(seen.background.map(LeftOut::Background))
                    .unwrap_or(match figures {
                        true => LeftOut::FigureUnexplained,
                        false => LeftOut::NothingHappens,
                    }));
            }
        },
    };
    let status = if seen.hearsay {
        Some(Status::Reported)
    } else if kind == Kind::Forecast {
        // A forecast is made now, whatever future it speaks of.
        Some(Status::Occurred)
    } else if intended(text, &seen.intentions, at) {
        Some(Status::Planned)
    } else {
        None
    };
    Ok(Reading {
        kind,
        cue,
        at,
        status,
        points_back: seen.pointer.is_some() && again.is_none(),
        figures,
        measure: seen.measure,
        direction: seen.direction,
    })
}

/// Whether a word of intention governs the event word at token `at`: one before it, or
/// one after it in the same clause (`the launch is planned for March`), not in a clause
/// about something else (`launches Shop Tokopedia, which will sell …`).
fn intended(text: &Text, intentions: &[usize], at: usize) -> bool {
    intentions
        .iter()
        .any(|&k| k < at || !(at + 1..k).any(|j| words::relative_clause(text.lower(j))))
}

/// Goes through the sentence's words once, noting every word that matters.
fn look(text: &Text, words: Range<usize>, inside: &[&Mention]) -> Words {
    // Names are not read as words: `Komisi Pengawas` holds no event.
    let named: Vec<Range<usize>> = inside
        .iter()
        .filter(|m| matches!(m.what, Mentioned::Player(_) | Mentioned::Organization))
        .map(|m| text.token_at(m.start)..text.token_at(m.end))
        .collect();
    let word = |k: usize| {
        if words.contains(&k) && !named.iter().any(|r| r.contains(&k)) {
            text.lower(k)
        } else {
            ""
        }
    };
    let phrase = |from: usize, to: usize| {
        let range = text.byte_range(from.max(words.start), to.min(words.end));
        crate::text::clean(&text.src[range]).into_owned()
    };
    // `berkomitmen untuk memiliki bisnis yang berkelanjutan` pledges no money: a pledge
    // is an investment only beside an amount.
    let money = inside
        .iter()
        .any(|m| matches!(m.what, Mentioned::Money(..)));
    let mut seen = Words::default();
    let mut reason = false;
    let mut denial = false;
    for k in words.clone() {
        let (w, next) = (word(k), word(k + 1));
        let back = |n: usize| k.checked_sub(n).map_or("", word);
        reason |= words::reason_clause(w);
        denial |= words::denial(w);
        seen.hearsay |= words::hearsay(w, next);
        if words::intention(w) {
            seen.intentions.push(k);
        }
        seen.modal |= words::modal(w) && !words::negation(next);
        seen.cut |= words::cut_word(w);
        seen.staff |= words::staff_noun(w);
        // `a similar move`, `langkah serupa`: a step done again, not `a similar service`.
        if words::similar(w) && (words::step(next) || words::step(back(1))) {
            seen.similar.get_or_insert(k);
        }
        seen.measure = seen.measure.or_else(|| words::measure(w, next));
        if let Some(d) = words::figure_word(w) {
            seen.figure_at.get_or_insert(k);
            seen.direction = match seen.direction {
                None | Some(Direction::Level) => Some(d),
                kept => kept,
            };
        }
        let after = words::demonstrative_after(next);
        let before = words::demonstrative_before(back(1));
        let points = |k: usize| {
            if after {
                phrase(k, k + 2)
            } else {
                phrase(k - 1, k + 1)
            }
        };
        if words::pointer_noun(w) && (after || before) && seen.pointer.is_none() {
            seen.pointer = Some(points(k));
        }
        // `is weighing an e-commerce service`, `menjajaki bisnis baru`: a launch weighed.
        let weighed = words::weighing(w) && (k + 1..k + 7).any(|j| words::venture(word(j)));
        if weighed {
            seen.intentions.push(k);
        }
        let pledge = matches!(w, "berkomitmen" | "committed");
        let cue = match weighed {
            true => words::event_word("launch", ""),
            false if pledge && !money => None,
            false => words::event_word(w, next),
        };
        let Some(cue) = cue else {
            continue;
        };
        // `respect local rules`, `comply with the ban`: rules kept, not made.
        if cue.kind == Kind::Regulation && cue.noun && (1..=3).any(|n| words::complying(back(n))) {
            continue;
        }
        if cue.kind == Kind::Forecast && words::yardstick([back(1), back(2)]) {
            continue;
        }
        if cue.kind == Kind::Closure && words::price_close([next, word(k + 2), word(k + 3)]) {
            // Where a price closed is a figure.
            seen.figure_at.get_or_insert(k);
            seen.direction.get_or_insert(Direction::Level);
            continue;
        }
        // `is expected to open`, `diperkirakan akan meluncurkan`: the event is planned, not
        // a forecast of a figure.
        let then = if matches!(next, "to" | "akan") {
            k + 2
        } else {
            k + 1
        };
        let planned = words::event_word(word(then), word(then + 1));
        if cue.kind == Kind::Forecast && planned.is_some_and(|c| c.kind != Kind::Forecast) {
            seen.intentions.push(k);
            continue;
        }
        let negated = (1..=2).find(|&n| words::negation(back(n)));
        let recap = (1..=2).find(|&n| words::recap(back(n), n));
        if denial || negated.is_some() {
            let from = k.saturating_sub(negated.unwrap_or(0));
            seen.denied.get_or_insert_with(|| phrase(from, k + 1));
        } else if let Some(n) = recap {
            // `sempat ditutup`: what happened before, told as background.
            seen.background
                .get_or_insert_with(|| phrase(k.saturating_sub(n), k + 1));
        } else if reason || (1..=3).any(|n| words::time_clause(back(n))) {
            seen.background
                .get_or_insert_with(|| phrase(k.saturating_sub(2), k + 1));
        } else if cue.noun && (after || before) {
            seen.pointer.get_or_insert_with(|| points(k));
        } else {
            seen.fresh.push((cue, k));
        }
    }
    seen
}
