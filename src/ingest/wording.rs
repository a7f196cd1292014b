//! How a candidate event is worded: its title, its draft summary and its figures.

use crate::data::{Figure, Kind, Market, Status};

use rust_decimal::prelude::ToPrimitive;

use super::events::words::{Cue, Direction};
use super::{Mention, Mentioned};

/// What a title is made from: the sentence's reading, its actors and its mentions.
pub struct Said<'a> {
    pub kind: Kind,
    pub cue: Option<Cue>,
    pub status: Status,
    pub actors: &'a [usize],
    /// Organisations the sentence names that are not players, in text order.
    pub orgs: &'a [&'a str],
    pub inside: &'a [&'a Mention],
    pub measure: Option<&'static str>,
    pub direction: Option<Direction>,
    pub market: &'a Market,
    /// What a launch brings out, as written (`Shop Tokopedia`), and the players named in it.
    pub product: Option<(&'a str, &'a [usize])>,
    /// A person or organisation (not a player) that does what the sentence reports,
    /// named before its event word: `Teten plans to meet TikTok`.
    pub lead: Option<&'a str>,
}

/// A title in plain words saying what happened: `TikTok to invest US$1.5B in Tokopedia`,
/// `Bukalapak revenue up 22% to Rp4.6T`, `GoTo to cut 600 jobs`.
pub fn title(said: &Said) -> String {
    let names = actor_names(said.actors, said.market);
    // A player named inside the product's name is said there, not again after `with`.
    let in_product = |a: &usize| said.product.is_some_and(|(_, inside)| inside.contains(a));
    let beside: Vec<usize> = said
        .actors
        .iter()
        .enumerate()
        .filter(|&(k, a)| k == 0 || !in_product(a))
        .map(|(_, &a)| a)
        .collect();
    let named = actor_names(&beside, said.market);
    let (subject, others) = match (said.lead, named.split_first()) {
        (Some(lead), _) if said.kind != Kind::Metric => (tidy(lead), named.join(", ")),
        (_, Some((first, rest))) => (first.clone(), rest.join(", ")),
        (_, None) => (
            said.orgs.first().map(|o| tidy(o)).unwrap_or_default(),
            String::new(),
        ),
    };
    let money = first_figure(said.inside, |w| matches!(w, Mentioned::Money(..)));
    let percent = first_figure(said.inside, |w| matches!(w, Mentioned::Percent(_)));
    let count = first_figure(said.inside, |w| matches!(w, Mentioned::Count(..)));
    if said.kind == Kind::Metric {
        let count = said
            .inside
            .iter()
            .find(|m| matches!(m.what, Mentioned::Count(..)));
        let subject = match (said.lead, names.is_empty()) {
            (_, false) => names.join(" and "),
            _ => subject,
        };
        return metric_title(said, &subject, money, percent, count.and_then(|m| shown(m)));
    }
    if said.kind == Kind::Forecast {
        return forecast_title(said, &names);
    }
    let verb = match (said.cue, said.status) {
        (Some(cue), Status::Planned) => cue.will.to_string(),
        (Some(cue), Status::Reported) => format!("reportedly {}", cue.does),
        (Some(cue), Status::Occurred) => cue.does.to_string(),
        (None, _) => String::new(),
    };
    let with = |joiner: &str| match others.is_empty() {
        true => String::new(),
        false => format!(" {joiner} {others}"),
    };
    let body = match said.kind {
        Kind::Investment => format!("{verb}{}{}", lead(&money), with("in")),
        Kind::Layoff => {
            let verb = match &count {
                Some(n) => verb.replacen("staff", &format!("{n} staff"), 1),
                None => verb,
            };
            match percent {
                Some(p) if count.is_some() => format!("{verb} ({p} of the workforce)"),
                _ => verb,
            }
        }
        Kind::Deal => {
            let share = percent.map(|p| format!(" {p} of")).unwrap_or_default();
            let value = money.map(|m| format!(" for {m}")).unwrap_or_default();
            match others.is_empty() {
                true => format!("{verb}{value}"),
                false => format!("{verb}{}{share} {others}{value}", with_word(said.cue)),
            }
        }
        Kind::Talks => format!("{verb}{}", with("with")),
        Kind::Launch => match said.product {
            Some((product, _)) => format!("{verb} {product}{}", with("with")),
            None => format!("{verb}{}", with("with")),
        },
        Kind::Meeting => format!(
            "{verb}{}",
            lead(&Some(others.clone()).filter(|o| !o.is_empty()))
        ),
        Kind::Regulation => format!("{verb}{}", with("affecting")),
        _ => format!("{verb}{}", with("with")),
    };
    let body = body.trim().to_string();
    match subject.is_empty() {
        true => capitalise(&body),
        false => format!("{subject} {body}"),
    }
}

/// The word an acquisition or merger puts before its other party.
fn with_word(cue: Option<Cue>) -> &'static str {
    match cue.map(|c| c.does) {
        Some("merges") => " with",
        Some("signs a deal") => " with",
        _ => "",
    }
}

/// `Bukalapak revenue up 22% to Rp4.6T`, `GoTo shares down 8.3%`, `Sea: US$3.7B`.
fn metric_title(
    said: &Said,
    subject: &str,
    money: Option<String>,
    percent: Option<String>,
    count: Option<String>,
) -> String {
    let moved = match said.direction {
        Some(Direction::Up) => Some("up"),
        Some(Direction::Down) => Some("down"),
        _ => None,
    };
    let figure = match (moved, percent.clone(), money.clone().or(count.clone())) {
        (Some(dir), Some(p), Some(level)) => format!("{dir} {p} to {level}"),
        (Some(dir), Some(p), None) => format!("{dir} {p}"),
        (Some(dir), None, Some(level)) => format!("{dir} to {level}"),
        (_, p, level) => [level, p]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", "),
    };
    let what = said.measure.unwrap_or("");
    let mut out = String::new();
    for part in [subject, what, &figure] {
        if part.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str(if part == figure && what.is_empty() {
                ": "
            } else {
                " "
            });
        }
        out.push_str(part);
    }
    if said.status == Status::Reported {
        out.push_str(" (reported)");
    }
    capitalise(&out)
}

/// ` US$1.5B` before what follows, or nothing.
fn lead(figure: &Option<String>) -> String {
    figure.as_ref().map(|f| format!(" {f}")).unwrap_or_default()
}

/// The first figure of a sort, as a reader expects to see it: `US$1.5B`, `22%`, `600`.
fn first_figure(inside: &[&Mention], sort: impl Fn(&Mentioned) -> bool) -> Option<String> {
    let m = inside.iter().find(|m| sort(&m.what))?;
    let value = m.amount()?.value.to_f64()?;
    Some(match &m.what {
        Mentioned::Money(_, code) => crate::format::figure(value, code),
        Mentioned::Percent(_) => crate::format::figure(value, "%"),
        _ => crate::format::figure(value, ""),
    })
}

/// A figure with its unit: `US$160B`, `3,000,000 parcels/day`, `12%`.
fn shown(m: &Mention) -> Option<String> {
    let value = m.amount()?.value.to_f64()?;
    Some(match &m.what {
        Mentioned::Money(_, code) => crate::format::figure(value, code),
        Mentioned::Percent(_) => crate::format::figure(value, "%"),
        Mentioned::Count(_, unit) => crate::format::figure(value, unit),
        _ => crate::format::figure(value, ""),
    })
}

/// `Google, Temasek and Bain & Company forecast US$160B by 2030`: the forecasters, and the
/// last figure (where a sentence goes `from US$62B to US$160B`) with the year after it.
fn forecast_title(said: &Said, names: &[String]) -> String {
    let who: Vec<String> = match said.lead {
        Some(lead) => vec![tidy(lead)],
        None => names.to_vec(),
    };
    let verb = match (who.len(), said.status) {
        (_, Status::Reported) => "reportedly forecast",
        (1, _) => "forecasts",
        _ => "forecast",
    };
    // The figure of the latest year it is given for (`to $160B by 2030 from $62B this
    // year`), else the last one.
    let year_after = |k: usize| {
        said.inside[k + 1..].iter().find_map(|m| match m.what {
            Mentioned::Date(period, _) => Some(period.first.year()),
            _ => None,
        })
    };
    let figures: Vec<usize> = (0..said.inside.len())
        .filter(|&k| {
            matches!(
                said.inside[k].what,
                Mentioned::Money(..) | Mentioned::Percent(_) | Mentioned::Count(..)
            )
        })
        .collect();
    let at = figures
        .iter()
        .copied()
        .filter(|&k| year_after(k).is_some())
        .max_by_key(|&k| year_after(k))
        .or(figures.last().copied());
    let figure = at.and_then(|k| shown(said.inside[k]));
    let year = at.and_then(year_after);
    let what = match (figure, year) {
        (Some(f), Some(y)) => format!("{f} by {y}"),
        (Some(f), None) => f,
        (None, _) => String::new(),
    };
    let who = match who.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    };
    match (who.is_empty(), what.is_empty()) {
        (true, _) => format!("Forecast: {what}")
            .trim_end_matches(": ")
            .to_string(),
        (false, true) => format!("{who} {verb}"),
        (false, false) => format!("{who} {verb} {what}"),
    }
}

/// An organisation's name as written, on one line.
fn tidy(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The actors' names; a parent group is left out when one of its members is named too
/// (GoTo beside Tokopedia).
fn actor_names(actors: &[usize], market: &Market) -> Vec<String> {
    let players = &market.players;
    actors
        .iter()
        .filter(|&&a| {
            !actors
                .iter()
                .any(|&b| b != a && players[b].group.as_deref() == Some(players[a].name.as_str()))
        })
        .map(|&a| players[a].name.clone())
        .collect()
}

/// The sentence as a draft summary: its dateline left out, whitespace collapsed, cut at
/// 400 characters.
pub fn summary(sentence: &str) -> String {
    let sentence = without_dateline(sentence);
    let mut out = String::with_capacity(sentence.len());
    for (k, word) in sentence.split_whitespace().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    if let Some((cut, _)) = out.char_indices().nth(400) {
        out.truncate(cut);
        out.push('…');
    }
    out
}

/// Money, counts and percentages in the sentence as figures; a following date's year
/// labels an amount (`market size 2030`).
pub fn figures(inside: &[&Mention], kind: Kind) -> Vec<Figure> {
    let mut out = Vec::new();
    for (k, m) in inside.iter().enumerate() {
        let year = inside.get(k + 1).and_then(|next| match next.what {
            Mentioned::Date(period, _) if next.start.saturating_sub(m.end) < 16 => {
                Some(period.first.year())
            }
            _ => None,
        });
        let (label, unit) = match &m.what {
            Mentioned::Money(_, code) => {
                let base = match kind {
                    Kind::Forecast => "market size",
                    Kind::Deal => "deal value",
                    _ => "amount",
                };
                (base.to_string(), code.to_string())
            }
            Mentioned::Count(_, unit) => (unit.replace('/', " per "), unit.clone()),
            Mentioned::Percent(_) => ("share".to_string(), "%".to_string()),
            _ => continue,
        };
        let label = match year {
            Some(y) => format!("{label} {y}"),
            None => label,
        };
        let Some(amount) = m.amount() else { continue };
        let value = amount.value.to_f64().unwrap_or(f64::NAN);
        match amount.high {
            Some(high) => {
                out.push(Figure {
                    label: format!("{label} (low)"),
                    value,
                    unit: unit.clone(),
                });
                out.push(Figure {
                    label: format!("{label} (high)"),
                    value: high.to_f64().unwrap_or(f64::NAN),
                    unit,
                });
            }
            None => out.push(Figure { label, value, unit }),
        }
    }
    // A figure the dataset could not hold (`check` refuses it) is no figure to draft.
    out.retain(|f| crate::data::value::problem(f.value, &f.value.to_string()).is_none());
    out
}

/// The sentence after its dateline: `JAKARTA, KOMPAS.com - `, `JAKARTA, Feb 6 (Reuters) -
/// `, `Jakarta, CNBC Indonesia - `. A dateline is a few words before a dash that start
/// with a place in capitals or name an outlet after a comma.
fn without_dateline(sentence: &str) -> &str {
    let Some((at, dash)) = [" - ", " — ", " – ", " -- "]
        .iter()
        .filter_map(|d| sentence.find(d).map(|at| (at, d.len())))
        .min()
    else {
        return sentence;
    };
    let head = &sentence[..at];
    let first = head.split([' ', ',']).next().unwrap_or("");
    let shouting = first.chars().count() > 1
        && first
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '-');
    let short = head.split_whitespace().count() <= 6;
    if short && (shouting || head.contains(',')) {
        sentence[at + dash..].trim_start()
    } else {
        sentence
    }
}
