//! Loading speed: parse and validate (`load`), or only validate (`check`), a generated
//! dataset held in memory, at 10k, 100k and 1M events.
//!
//! Reported as events per second (criterion's element throughput). Files past a few
//! megabytes are read on every core; `PASAR_THREADS=1` measures one.

use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

use pasar::data::Dataset;
use pasar::synthetic::{market_toml, write_events};

fn load(c: &mut Criterion) {
    let market = market_toml();
    let (market_path, events_path) = (Path::new("market.toml"), Path::new("events.jsonl"));
    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    for (count, label) in [(10_000, "10k"), (100_000, "100k"), (1_000_000, "1M")] {
        let mut events = Vec::new();
        write_events(count, 1, &mut events).expect("writing to memory");
        group.throughput(Throughput::Elements(count as u64));
        group.bench_with_input(BenchmarkId::new("load", label), &events, |b, events| {
            // The market is freed outside the timing.
            b.iter_with_large_drop(|| {
                let loaded =
                    Dataset::from_bytes(market_path, market.as_bytes(), events_path, events).load();
                loaded.expect("generated data is valid")
            })
        });
        group.bench_with_input(BenchmarkId::new("check", label), &events, |b, events| {
            b.iter(|| {
                let summary =
                    Dataset::from_bytes(market_path, market.as_bytes(), events_path, events)
                        .check();
                black_box(summary.expect("generated data is valid"))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
