//! Precision and recall of ingest on the project's labelled benchmark, per category
//! (`benches/extraction/`): `cargo bench --bench extraction`. Not timed: the numbers are
//! how much of what articles say ingest reads. `PASAR_BENCH_NOTES=1` lists every miss and
//! every false find.

#[path = "extraction/score.rs"]
mod score;

fn main() {
    let score = score::score();
    if std::env::var_os("PASAR_BENCH_NOTES").is_some() {
        for note in &score.notes {
            println!("{note}");
        }
    }
    print!("{}", score.table());
}
