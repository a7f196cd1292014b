//! Loading speed: parse and validate a generated dataset held in memory.
//!
//! Reported as events per second (criterion's element throughput).

use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

use pasar::data::parse_dataset;
use pasar::synthetic::{market_toml, write_events};

fn load(c: &mut Criterion) {
    let market = market_toml();
    let mut group = c.benchmark_group("load");
    group.sample_size(20);
    for count in [10_000, 100_000] {
        let mut events = Vec::new();
        write_events(count, 1, &mut events).expect("writing to memory");
        group.throughput(Throughput::Elements(count as u64));
        group.bench_with_input(BenchmarkId::new("events", count), &events, |b, events| {
            b.iter(|| {
                let loaded = parse_dataset(
                    Path::new("market.toml"),
                    market.as_bytes(),
                    Path::new("events.jsonl"),
                    events,
                );
                black_box(loaded.expect("generated data is valid").events.len())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
