//! How sentences become candidate events: kind, status, date, actors, title, figures.

use pasar::data::{DataSource, Date, Event, Figure, Kind, Market, Status};
use pasar::ingest::events::{Origin, candidates};
use pasar::ingest::{Context, Lang, Players};

fn events(src: &str, lang: Lang) -> (Market, Vec<Event>) {
    let market = DataSource::Embedded.load().unwrap();
    let players = Players::new(&market.players);
    let published = Date::day_of(2023, 11, 14);
    let ctx = Context {
        lang,
        published,
        players: &players,
    };
    let origin = Origin {
        market: &market,
        published,
        source: None,
    };
    let (_, events) = candidates(src, &ctx, &origin);
    (market, events)
}

fn actors(market: &Market, event: &Event) -> Vec<String> {
    event
        .actors
        .iter()
        .map(|&a| market.players[a].id.clone())
        .collect()
}

#[test]
fn a_sentence_needs_an_event_word_or_a_figure_with_its_verb() {
    assert_eq!(
        events("Pemerintah melarang penjualan di media sosial.", Lang::Id)
            .1
            .len(),
        1
    );
    assert!(
        events("Tokopedia mencatat kenaikan pengunjung.", Lang::Id)
            .1
            .is_empty()
    );
    assert!(
        events("Sekitar 5 juta penjual berjualan di Tokopedia.", Lang::Id)
            .1
            .is_empty()
    );
    assert_eq!(
        events("Kemendag melarang TikTok Shop berjualan.", Lang::Id)
            .1
            .len(),
        1
    );
}

#[test]
fn negated_triggers_make_no_event() {
    assert!(
        events("GoTo will not launch the service, its CEO said.", Lang::En)
            .1
            .is_empty()
    );
    assert!(
        events("Blibli belum bertemu TikTok.", Lang::Id)
            .1
            .is_empty()
    );
}

#[test]
fn talks_title_names_the_parties_and_leaves_out_an_owner_named_in_passing() {
    let (market, found) = events(
        "Kabarnya TikTok sudah berbicara dengan Blibli (BELI.JK), Bukalapak.com (BUKA.JK) serta Tokopedia, anak usaha GoTo (GOTO.JK).",
        Lang::Id,
    );
    assert_eq!(
        found[0].title,
        "TikTok reportedly in talks with Blibli, Bukalapak, Tokopedia"
    );
    // GoTo is named only as Tokopedia's parent (`anak usaha GoTo`): not a party.
    assert_eq!(
        actors(&market, &found[0]),
        ["tiktok", "blibli", "bukalapak", "tokopedia"]
    );
    assert_eq!(found[0].kind, Kind::Talks);
}

#[test]
fn status_follows_future_tense_and_hearsay() {
    let (_, planned) = events(
        "Tokopedia akan meluncurkan fitur baru pada Januari 2024.",
        Lang::Id,
    );
    assert_eq!(
        (planned[0].status, planned[0].date.to_string().as_str()),
        (Status::Planned, "2024-01")
    );
    let (_, reported) = events("TikTok dikabarkan berunding dengan Tokopedia.", Lang::Id);
    assert_eq!(reported[0].status, Status::Reported);
    let (_, occurred) = events("Shopee launched a new service on Nov. 1.", Lang::En);
    assert_eq!(
        (occurred[0].status, occurred[0].date.to_string().as_str()),
        (Status::Occurred, "2023-11-01")
    );
}

#[test]
fn the_date_is_the_sentences_settled_date_else_the_publication_month() {
    let (_, found) = events(
        "The ban last month forced TikTok Shop to close by 2030.",
        Lang::En,
    );
    assert_eq!(found[0].date.to_string(), "2023-10");
    let (_, undated) = events("Lazada menutup gudangnya.", Lang::Id);
    assert_eq!(undated[0].date.to_string(), "2023-11");
}

#[test]
fn regulations_put_the_rule_maker_first() {
    let (market, found) = events(
        "TikTok Shop was banned by the Trade Ministry last month.",
        Lang::En,
    );
    assert_eq!(found[0].kind, Kind::Regulation);
    assert_eq!(actors(&market, &found[0]), ["kemendag", "tiktok-shop"]);
    assert_eq!(
        found[0].title,
        "Ministry of Trade issues a ban affecting TikTok Shop"
    );
}

#[test]
fn figures_carry_full_values_units_and_the_year_they_belong_to() {
    let (_, found) = events(
        "Google projected the market to reach $160 billion by 2030, with 125 million users and 3 million parcels a day.",
        Lang::En,
    );
    let figure = |label: &str, value: f64, unit: &str| Figure {
        label: label.into(),
        value,
        unit: unit.into(),
    };
    assert_eq!(
        found[0].figures,
        [
            figure("market size 2030", 160e9, "USD"),
            figure("users", 125e6, "users"),
            figure("parcels per day", 3e6, "parcels/day"),
        ]
    );
    assert_eq!(found[0].kind, Kind::Forecast);
}

#[test]
fn a_planned_event_takes_the_date_ahead_not_the_dateline() {
    let src = "JAKARTA, Senin (13/11) — Kementerian Perdagangan akan bertemu dengan TikTok Shop pekan depan.";
    let (_, found) = events(src, Lang::Id);
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].kind, found[0].status),
        (Kind::Meeting, Status::Planned)
    );
    // Next week from 2023-11-14 is 20–26 November: the month, not a made-up day.
    assert_eq!(found[0].date.to_string(), "2023-11");
    let src = "Nov. 13 — The trade ministry will meet TikTok Shop in January 2024.";
    let (_, found) = events(src, Lang::En);
    assert_eq!(found[0].date.to_string(), "2024-01");
}
