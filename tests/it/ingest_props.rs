//! Ingest never panics, whatever it is fed, and what it reports is always well-formed:
//! mention offsets are char boundaries with start < end, and candidate events load as a
//! dataset.

use std::sync::OnceLock;

use proptest::prelude::*;

use pasar::data::file::decode;
use pasar::data::{DataSource, Dataset, Date, EMBEDDED_MARKET, Market};
use pasar::export::event_line;
use pasar::ingest::events::{Origin, candidates};
use pasar::ingest::record::mention_line;
use pasar::ingest::{Context, Lang, Players};

fn market() -> &'static (Market, Players) {
    static MARKET: OnceLock<(Market, Players)> = OnceLock::new();
    MARKET.get_or_init(|| {
        let market = DataSource::Embedded.load().expect("embedded dataset");
        let players = Players::new(&market.players);
        (market, players)
    })
}

fn check(src: &str) {
    let (market, players) = market();
    let published = [
        None,
        Date::year_only(2023),
        Date::day_of(2023, 11, 14),
        Date::day_of(1, 1, 1),
        Date::day_of(9999, 12, 31),
    ];
    for lang in [Lang::Id, Lang::En] {
        for published in published {
            let ctx = Context {
                lang,
                published,
                players,
            };
            let origin = Origin {
                market,
                published,
                source: Some(0),
            };
            let (scan, events) = candidates(src, &ctx, &origin);
            let mut previous_end = 0;
            for m in &scan.mentions {
                assert!(m.start < m.end && m.end <= src.len(), "{m:?}");
                assert!(
                    src.is_char_boundary(m.start) && src.is_char_boundary(m.end),
                    "{m:?}"
                );
                assert!(
                    m.start >= previous_end,
                    "mentions overlap or are out of order"
                );
                previous_end = m.end;
                assert!(mention_line(src, m, market, None).starts_with("{\"kind\":"));
            }
            let mut lines = String::new();
            for (n, mut event) in events.into_iter().enumerate() {
                event.id = format!("candidate-{n}");
                lines.push_str(&event_line(market, &event).expect("serialises"));
                lines.push('\n');
            }
            let loaded = Dataset::from_bytes(
                "market.toml".as_ref(),
                EMBEDDED_MARKET.as_bytes(),
                "events.jsonl".as_ref(),
                lines.as_bytes(),
            )
            .load();
            assert!(loaded.is_ok(), "{lines}\n{}", loaded.unwrap_err());
        }
    }
}

/// Amounts outside what a dataset may hold (`data::value`) are read as mentions but never
/// drafted as figures, so every draft passes `check`: too large as a share, as money, as a
/// count.
#[test]
fn drafts_hold_only_figures_a_dataset_accepts() {
    for src in [
        "GOTO.JK99999999999999999999persen larangan",
        "Kemendag melarang TikTok, denda Rp 5000000000000000 triliun.",
        "TikTok agreed a deal with Tokopedia worth $900000000000000000 billion.",
        "Tokopedia said it serves 1000000000000000 juta pengguna after the ban.",
    ] {
        check(src);
    }
}

/// Words and signs the recognisers look for, so random text reaches deep into them.
const VOCAB: &[&str] = &[
    "Rp",
    "Rp.",
    "US$",
    "$",
    "S$",
    "€",
    "IDR",
    "USD",
    "rupiah",
    "dolar",
    "AS",
    "juta",
    "miliar",
    "M",
    "T",
    "k",
    "bn",
    "ribu",
    "rb",
    "jt",
    "persen",
    "%",
    "per",
    "hari",
    "pengguna",
    "paket",
    "sekitar",
    "lebih",
    "dari",
    "antara",
    "hingga",
    "–",
    "-",
    "/",
    "(",
    ")",
    ".",
    ",",
    "Senin",
    "13",
    "11",
    "2023",
    "2030",
    "15.000",
    "1,5",
    "1.5",
    "15,000",
    "0",
    "99999999999999999999",
    "kuartal",
    "III",
    "Q",
    "3",
    "ke",
    "tahun",
    "ini",
    "lalu",
    "bulan",
    "akhir",
    "depan",
    "kemarin",
    "last",
    "month",
    "a",
    "after",
    "setelah",
    "sebulan",
    "Nov.",
    "November",
    "TikTok",
    "Tokopedia",
    "GoTo",
    "GOTO.JK",
    "BELI",
    "PT",
    "Tbk",
    "Holdings",
    "Inc.",
    "Kementerian",
    "Menteri",
    "CEO",
    "Presiden",
    "Joko",
    "Widodo",
    "larangan",
    "pembicaraan",
    "akan",
    "meluncurkan",
    "dua",
    "ratus",
    "setengah",
    "one",
    "and",
    "half",
    "billion",
    "\n",
    "é",
    "Ω",
    "👍",
    "\u{301}",
];

fn news_like() -> impl Strategy<Value = String> {
    let piece = (
        prop::sample::select(VOCAB),
        prop::sample::select(&["", " ", "  ", "\n"][..]),
    );
    prop::collection::vec(piece, 0..60).prop_map(|pieces| {
        pieces
            .into_iter()
            .map(|(w, sep)| format!("{w}{sep}"))
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_on_arbitrary_strings(src in any::<String>()) {
        check(&src);
    }

    #[test]
    fn never_panics_on_news_like_text(src in news_like()) {
        check(&src);
    }

    #[test]
    fn never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        match decode(bytes.clone()) {
            Ok(src) => check(&src),
            Err(offset) => {
                prop_assert!(offset <= bytes.len());
                prop_assert!(std::str::from_utf8(&bytes[..offset]).is_ok());
                prop_assert!(std::str::from_utf8(&bytes).is_err());
            }
        }
    }
}
