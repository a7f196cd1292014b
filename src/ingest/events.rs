//! Sentences → candidate events: a sentence naming a player and a trigger word
//! (`larangan`, `pembicaraan`, `meluncurkan`, `deal`, …) becomes a draft [`Event`].

use std::ops::Range;

use crate::data::{Date, Event, Figure, Kind, Market, Role, Status};

use super::text::Text;
use super::{Mention, What};

/// Everything an event is drafted from besides the sentence.
pub struct Draft<'a> {
    pub market: &'a Market,
    pub published: Option<Date>,
    pub source: Option<usize>,
}

/// The trigger word that decides an event's kind and how its title starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Trigger {
    kind: Kind,
    label: &'static str,
}

fn trigger(word: &str) -> Option<Trigger> {
    let t = |kind, label| Some(Trigger { kind, label });
    match word {
        "larangan" | "melarang" | "dilarang" | "ban" | "bans" | "banned" | "banning" => {
            t(Kind::Regulation, "Ban")
        }
        "peraturan" | "permendag" | "regulation" | "regulations" | "rules" => {
            t(Kind::Regulation, "Regulation")
        }
        "menutup" | "ditutup" | "penutupan" | "tutup" | "berhenti" | "closed" | "closes"
        | "closure" | "shut" | "shuts" | "halt" | "halts" | "halted" => t(Kind::Closure, "Closure"),
        "pembicaraan" | "negosiasi" | "berbicara" | "berunding" | "talks" | "negotiations"
        | "negotiating" | "spoke" | "spoken" | "talked" => t(Kind::Talks, "Talks"),
        "investasi" | "berinvestasi" | "invest" | "invests" | "investment" | "committed"
        | "berkomitmen" => t(Kind::Deal, "Investment"),
        "akuisisi" | "mengakuisisi" | "acquire" | "acquires" | "acquired" | "acquisition"
        | "membeli" | "buy" | "buys" | "bought" | "stake" => t(Kind::Deal, "Acquisition"),
        "kesepakatan" | "kerja" | "kemitraan" | "deal" | "agreement" | "partnership" | "merger" => {
            t(Kind::Deal, "Deal")
        }
        "meluncurkan" | "diluncurkan" | "peluncuran" | "launch" | "launches" | "launched"
        | "unveils" | "unveiled" => t(Kind::Launch, "Launch"),
        "proyeksi" | "diproyeksikan" | "diperkirakan" | "projected" | "forecast" | "forecasts"
        | "projection" => t(Kind::Forecast, "Forecast"),
        "bertemu" | "pertemuan" | "meeting" | "meet" | "meets" | "met" => {
            t(Kind::Meeting, "Meeting")
        }
        "mengumumkan" | "announced" | "announces" => t(Kind::Statement, "Statement"),
        _ => None,
    }
}

/// Whether one of the two words before token `k` negates it: `will not launch`,
/// `tidak menutup`, `belum bertemu`.
fn negated(text: &Text, k: usize) -> bool {
    let before = |back: usize| k.checked_sub(back).map_or("", |j| text.lower(j));
    [1, 2].iter().any(|&back| {
        matches!(
            before(back),
            "not" | "never" | "no" | "tidak" | "tak" | "belum" | "bukan" | "batal" | "denied"
        )
    })
}

/// Words that put an event in the future.
fn planned(word: &str) -> bool {
    matches!(
        word,
        "akan"
            | "rencana"
            | "berencana"
            | "direncanakan"
            | "merencanakan"
            | "dijadwalkan"
            | "will"
            | "plans"
            | "planned"
            | "plan"
            | "planning"
            | "scheduled"
    )
}

/// Words that say the event is only reported, not confirmed.
fn hearsay(word: &str) -> bool {
    matches!(
        word,
        "dikabarkan" | "kabarnya" | "reportedly" | "rumoured" | "rumored" | "reported"
    )
}

/// The draft event for one sentence, if it names a player and a trigger.
///
/// `Some(None)`: the sentence has an event but no date, and there is no publication date
/// to fall back on.
fn candidate(
    text: &Text,
    sentence: Range<usize>,
    mentions: &[Mention],
    draft: &Draft,
) -> Option<Option<Event>> {
    // Mentions are in text order, so the sentence's ones are a slice found by bisection.
    let from = mentions.partition_point(|m| m.start < sentence.start);
    let to = mentions.partition_point(|m| m.start < sentence.end);
    let inside: Vec<&Mention> = mentions[from..to.max(from)]
        .iter()
        .filter(|m| m.end <= sentence.end)
        .collect();
    let mut actors = Vec::new();
    for m in &inside {
        if let What::Player(p) = m.what
            && !actors.contains(&p)
        {
            actors.push(p);
        }
    }
    if actors.is_empty() {
        return None;
    }
    let words = text.token_at(sentence.start)..text.token_at(sentence.end);
    let found = words
        .clone()
        .find_map(|k| trigger(text.lower(k)).filter(|_| !negated(text, k)))?;
    if found.kind == Kind::Regulation {
        // The rule-maker leads a regulation, whatever order the sentence names them in.
        let rule_maker = |&a: &usize| {
            !matches!(
                draft.market.players[a].role,
                Role::Regulator | Role::Government
            )
        };
        actors.sort_by_key(rule_maker);
    }
    let status = if words.clone().any(|k| planned(text.lower(k))) {
        Status::Planned
    } else if words.clone().any(|k| hearsay(text.lower(k))) {
        Status::Reported
    } else {
        Status::Occurred
    };
    let Some(date) = event_date(&inside, status, draft.published) else {
        return Some(None);
    };
    Some(Some(Event {
        id: String::new(),
        date,
        kind: found.kind,
        title: title(found.label, found.kind, &actors, draft.market),
        summary: Some(summary(&text.src[sentence])),
        figures: figures(&inside, found.kind),
        actors,
        source: draft.source,
        status,
        tags: vec!["ingest".to_string()],
    }))
}

/// The sentence's best date: the first one not after publication (the first of any for
/// planned events); else the publication's month, since the sentence implies no day.
fn event_date(inside: &[&Mention], status: Status, published: Option<Date>) -> Option<Date> {
    let dates: Vec<Date> = inside
        .iter()
        .filter_map(|m| match m.what {
            What::Date(span) => Some(span.coarse()),
            _ => None,
        })
        .collect();
    let settled = |d: &&Date| published.is_none_or(|p| **d <= p);
    let best = match status {
        Status::Planned => dates.first(),
        _ => dates.iter().find(settled).or(dates.first()),
    };
    best.copied().or_else(|| {
        let p = published?;
        Some(
            p.month()
                .and_then(|m| Date::month_of(p.year(), m))
                .unwrap_or(p),
        )
    })
}

/// `Talks: TikTok with Tokopedia, Bukalapak, Blibli`. A parent group is left out of the
/// title when one of its members is named too (GoTo beside Tokopedia).
fn title(label: &str, kind: Kind, actors: &[usize], market: &Market) -> String {
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
fn summary(sentence: &str) -> String {
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
fn figures(inside: &[&Mention], kind: Kind) -> Vec<Figure> {
    let mut out = Vec::new();
    for (k, m) in inside.iter().enumerate() {
        let year = inside.get(k + 1).and_then(|next| match next.what {
            What::Date(span) if next.start.saturating_sub(m.end) < 16 => Some(span.first.year()),
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
        let value = amount.value.to_f64();
        match amount.high {
            Some(high) => {
                out.push(Figure {
                    label: format!("{label} (low)"),
                    value,
                    unit: unit.clone(),
                });
                out.push(Figure {
                    label: format!("{label} (high)"),
                    value: high.to_f64(),
                    unit,
                });
            }
            None => out.push(Figure { label, value, unit }),
        }
    }
    out.retain(|f| f.value.is_finite() && f.value >= 0.0);
    out
}

/// Scans an article and drafts an event from each sentence that has one.
pub fn candidates(src: &str, ctx: &super::Context, draft: &Draft) -> (super::Scan, Vec<Event>) {
    let text = Text::new(src);
    let mut scan = super::scan_text(&text, ctx);
    let mut events = Vec::new();
    for sentence in super::sentences::sentences(src) {
        match candidate(&text, sentence, &scan.mentions, draft) {
            Some(Some(event)) => events.push(event),
            Some(None) => scan.undated += 1,
            None => {}
        }
    }
    (scan, events)
}
