//! How a candidate event is worded: its title, its draft summary and its figures.

use crate::data::{Figure, Kind, Market};

use rust_decimal::prelude::ToPrimitive;

use super::{Mention, What};

/// `Talks: TikTok with Tokopedia, Bukalapak, Blibli`. A parent group is left out of the
/// title when one of its members is named too (GoTo beside Tokopedia).
pub fn title(label: &str, kind: Kind, actors: &[usize], market: &Market) -> String {
    let players = &market.players;
    let shown: Vec<&str> = actors
        .iter()
        .filter(|&&a| {
            !actors
                .iter()
                .any(|&b| b != a && players[b].group.as_deref() == Some(players[a].name.as_str()))
        })
        .map(|&a| players[a].name.as_str())
        .collect();
    let (first, rest) = shown.split_first().map_or(("", &[][..]), |(f, r)| (*f, r));
    if rest.is_empty() {
        return format!("{label}: {first}");
    }
    let joiner = match kind {
        Kind::Talks | Kind::Meeting | Kind::Deal => " with ",
        Kind::Regulation => " on ",
        _ => ", ",
    };
    format!("{label}: {first}{joiner}{}", rest.join(", "))
}

/// The sentence as a draft summary: whitespace collapsed, cut at 400 characters.
pub fn summary(sentence: &str) -> String {
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
            What::Date(span, _) if next.start.saturating_sub(m.end) < 16 => Some(span.first.year()),
            _ => None,
        });
        let (label, unit) = match &m.what {
            What::Money(_, code) => {
                let base = match kind {
                    Kind::Forecast => "market size",
                    Kind::Deal => "deal value",
                    _ => "amount",
                };
                (base.to_string(), code.to_string())
            }
            What::Count(_, unit) => (unit.replace('/', " per "), unit.clone()),
            What::Percent(_) => ("share".to_string(), "%".to_string()),
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
