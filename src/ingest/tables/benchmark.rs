//! The labelled benchmark's scores must not fall under the floors measured when it was
//! last improved (`cargo bench --bench extraction` prints the table).

#[path = "../../../benches/extraction/score.rs"]
mod score;

/// `(category, recall floor, precision floor)`, in percent.
const FLOORS: [(&str, f64, f64); 6] = [
    ("money", 100.0, 100.0),
    ("numeral", 100.0, 100.0),
    ("percent", 100.0, 100.0),
    ("date", 100.0, 100.0),
    ("organization", 98.5, 98.5),
    ("event", 97.0, 98.0),
];

#[test]
fn extraction_scores_stay_above_their_floors() {
    let score = score::score();
    if std::env::var_os("PASAR_BENCH_NOTES").is_some() {
        println!("{}", score.notes.join("\n"));
    }
    println!("{}", score.table());
    let bad_rows: Vec<&String> = score
        .notes
        .iter()
        .filter(|n| n.starts_with("bad"))
        .collect();
    assert!(bad_rows.is_empty(), "{bad_rows:#?}");
    let mut below = Vec::new();
    for (category, recall, precision) in FLOORS {
        let t = score.total(category);
        if 100.0 * t.recall() < recall || 100.0 * t.precision() < precision {
            below.push(format!(
                "{category}: recall {:.1}% (floor {recall}%), precision {:.1}% (floor {precision}%)",
                100.0 * t.recall(),
                100.0 * t.precision()
            ));
        }
    }
    assert!(below.is_empty(), "{}\n{}", below.join("\n"), score.table());
}
