//! Sentences → candidate events: a sentence naming a player and a trigger word
//! (`larangan`, `pembicaraan`, `meluncurkan`, `deal`, …) becomes a draft [`Event`].

use std::ops::Range;

use crate::data::{Date, Event, Kind, Market, Role, Status};

use super::text::Text;
use super::wording;
use super::{DateForm, Mention, What};

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
            | "would"
            | "intends"
            | "aims"
            | "targets"
            | "menargetkan"
            | "berniat"
            | "hendak"
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
        title: wording::title(found.label, found.kind, &actors, draft.market),
        summary: Some(wording::summary(&text.src[sentence])),
        figures: wording::figures(&inside, found.kind),
        actors,
        source: draft.source,
        status,
        tags: vec!["ingest".to_string()],
    }))
}

/// The sentence's best date. A date the sentence writes out or counts (`4 Oktober`,
/// `bulan lalu`) beats its dateline (`Senin (13/11)`, `on Monday`), which says when the
/// news was told rather than when it happened. A reported or occurred event takes the
/// first such date not after publication; a planned one the first after it. Failing
/// those, the publication's month: a forecast for 2030 published in November 2023 is
/// news of November 2023, and the sentence implies no day.
fn event_date(inside: &[&Mention], status: Status, published: Option<Date>) -> Option<Date> {
    let dates: Vec<(super::Span, DateForm)> = inside
        .iter()
        .filter_map(|m| match m.what {
            What::Date(span, form) => Some((span, form)),
            _ => None,
        })
        .collect();
    let own = |&&(_, form): &&(super::Span, DateForm)| form != DateForm::Dateline;
    let told = |&&(_, form): &&(super::Span, DateForm)| form == DateForm::Dateline;
    // A span has happened when it ends by publication, and is ahead when it starts after.
    let settled = |s: &super::Span| published.is_none_or(|p| s.last <= p);
    let ahead = |s: &super::Span| published.is_some_and(|p| s.first > p);
    let best = match status {
        Status::Planned => dates
            .iter()
            .filter(own)
            .find(|(s, _)| ahead(s))
            .or_else(|| dates.iter().find(|(s, _)| ahead(s)))
            .or_else(|| dates.iter().find(own))
            .or_else(|| dates.iter().find(told)),
        _ => dates
            .iter()
            .filter(own)
            .find(|(s, _)| settled(s))
            .or_else(|| dates.iter().filter(told).find(|(s, _)| settled(s)))
            .or_else(|| published.is_none().then(|| dates.first()).flatten()),
    };
    best.map(|(s, _)| s.coarse()).or_else(|| {
        let p = published?;
        Some(
            p.month()
                .and_then(|m| Date::month_of(p.year(), m))
                .unwrap_or(p),
        )
    })
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

#[cfg(test)]
mod tests {
    use crate::data::{DataSource, Date};
    use crate::ingest::{Context, Lang, Players};

    use super::{Draft, candidates};

    fn dates(src: &str, lang: Lang) -> Vec<String> {
        let market = DataSource::Embedded.load().unwrap();
        let players = Players::new(&market.players);
        let published = Date::day_of(2023, 11, 14);
        let ctx = Context {
            lang,
            published,
            players: &players,
        };
        let draft = Draft {
            market: &market,
            published,
            source: None,
        };
        let (_, events) = candidates(src, &ctx, &draft);
        events.iter().map(|e| e.date.to_string()).collect()
    }

    #[test]
    fn a_sentences_own_date_beats_its_dateline() {
        assert_eq!(
            dates(
                "Kemendag mengatakan, Senin (13/11), TikTok Shop ditutup pada 4 Oktober.",
                Lang::Id
            ),
            ["2023-10-04"]
        );
        assert_eq!(
            dates(
                "TikTok Shop closed on Oct. 4, the Trade Ministry said on Monday.",
                Lang::En
            ),
            ["2023-10-04"]
        );
        assert_eq!(
            dates("Kemendag menutup TikTok Shop, Senin (13/11).", Lang::Id),
            ["2023-11-13"]
        );
    }

    #[test]
    fn a_forecast_is_news_of_its_publication_not_of_its_target_year() {
        assert_eq!(
            dates(
                "Google memproyeksikan pasar e-commerce diproyeksikan mencapai US$160 miliar pada 2030.",
                Lang::Id
            ),
            ["2023-11"]
        );
        assert_eq!(
            dates("TikTok will launch the shop in 2025, it said.", Lang::En),
            ["2025"]
        );
    }
}
