//! Throughput of `pasar ingest` over article text: mentions, sentences and candidate
//! events, on a few hundred KB made of the test articles repeated. Criterion reports the
//! median time per iteration and the throughput in MiB/s.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use pasar::data::{DataSource, Date};
use pasar::export::event_line;
use pasar::ingest::events::{Origin, candidates, draft_each};
use pasar::ingest::write::{Against, Fresh};
use pasar::ingest::{Context, Lang, Players};

fn corpus(lang: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/ingest");
    let names: &[&str] = match lang {
        "id" => &["talks-id.txt"],
        _ => &["talks-en.txt", "deal-en.txt"],
    };
    let text: String = names
        .iter()
        .map(|n| std::fs::read_to_string(format!("{dir}/{n}")).expect("fixture"))
        .collect();
    text.repeat(300 * 1024 / text.len() + 1)
}

fn ingest(c: &mut Criterion) {
    let market = DataSource::Embedded.load().expect("embedded dataset");
    let players = Players::new(&market.players);
    let published = Date::day_of(2023, 11, 14);
    let mut group = c.benchmark_group("ingest");
    for (name, lang) in [("id", Lang::Id), ("en", Lang::En)] {
        let text = corpus(name);
        group.throughput(Throughput::Bytes(text.len() as u64));
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
        group.bench_function(format!("events_{name}"), |b| {
            b.iter(|| candidates(black_box(&text), &ctx, &origin))
        });
        // What `pasar ingest` does with them: each candidate checked against the earlier
        // ones as it comes and written as a line.
        group.bench_function(format!("stream_{name}"), |b| {
            b.iter(|| {
                let mut fresh = Fresh::new(&market, Against::DraftsOnly);
                let mut bytes = 0;
                draft_each(black_box(&text), &ctx, &origin, |drafted| {
                    if let Some(event) = drafted.ok().and_then(|e| fresh.admit(e)) {
                        bytes += event_line(&market, &event).map_or(0, |l| l.len());
                    }
                });
                bytes
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = ingest
}
criterion_main!(benches);
