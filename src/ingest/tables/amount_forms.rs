//! Forms of money, numbers and percentages that the first tables missed (issue 13's
//! red team): cents with no dollar, slang and other currencies' names, basis points,
//! ranges with the sign at both ends, and words that look like numbers but count nothing.
//! Each row failed before the change that made it pass.

use super::{Case, amounts_in, run};
use crate::ingest::Lang;

#[rustfmt::skip]
pub const MONEY: &[Case] = &[
    ("en", "it cost 3 bucks then", "3 bucks", "money", "3", "currency=USD"),
    ("en", "shares rose 50 cents today", "50 cents", "money", "0.5", "currency=USD"),
    ("en", "priced at twelve cents each", "twelve cents", "money", "0.12", "currency=USD"),
    ("id", "minyak naik 50 sen per barel", "50 sen", "money", "0.5", "currency=USD"),
    ("id", "dana Rp, 25.000 saja", "Rp, 25.000", "money", "25000", "currency=IDR"),
    ("id", "laba 3 juta poundsterling tahun", "3 juta poundsterling", "money", "3000000", "currency=GBP"),
    ("en", "worth 40 million pounds sterling now", "40 million pounds sterling", "money", "40000000", "currency=GBP"),
    ("en", "worth 40 million pounds now", "40 million pounds", "money", "40000000", "currency=GBP"),
    ("id", "senilai 5 miliar won untuk", "5 miliar won", "money", "5000000000", "currency=KRW"),
    ("en", "A 5 TRILLION DONG DEAL", "5 TRILLION DONG", "money", "5000000000000", "currency=VND"),
    ("id", "harga Rp 10 jutaan per unit", "Rp 10 jutaan", "money", "10000000", "currency=IDR;qualifier=about"),
    ("id", "harga Rp 10 juta-an per unit", "Rp 10 juta-an", "money", "10000000", "currency=IDR;qualifier=about"),
    ("id", "ada 20-an pedagang hadir", "20-an pedagang", "count", "20", "unit=merchants;qualifier=about"),
    ("en", "a $1.5-billion deal", "$1.5-billion", "money", "1500000000", "currency=USD;high=(none)"),
    ("en", "a $5-million loan", "$5-million", "money", "5000000", "currency=USD;high=(none)"),
    ("en", "fees of 5 million Swiss francs", "5 million Swiss francs", "money", "5000000", "currency=CHF"),
    ("en", "a stamp at 5 pence", "5 pence", "money", "0.05", "currency=GBP"),
    ("id", "senilai 2 juta dolar Hongkong", "2 juta dolar Hongkong", "money", "2000000", "currency=HKD"),
    ("id", "harga Rp 5 juta s/d Rp 7 juta per unit", "Rp 5 juta s/d Rp 7 juta", "money", "5000000", "currency=IDR;high=7000000"),
    ("id", "harga Rp5 juta s.d. Rp7 juta", "Rp5 juta s.d. Rp7 juta", "money", "5000000", "currency=IDR;high=7000000"),
    ("id", "Rp 5 juta sampai dengan Rp 7 juta", "Rp 5 juta sampai dengan Rp 7 juta", "money", "5000000", "currency=IDR;high=7000000"),
    ("en", "worth USD 1.2bn (Rp 18.7 trillion) in all", "Rp 18.7 trillion", "money", "18700000000000", "currency=IDR"),
    ("id", "senilai US$1,2 M (Rp 18,7 triliun)", "Rp 18,7 triliun", "money", "18700000000000", "currency=IDR"),
];

#[rustfmt::skip]
pub const PERCENT: &[Case] = &[
    ("id", "naik 5 prosen tahun", "5 prosen", "percent", "5", ""),
    ("id", "dinaikkan 25 basis poin menjadi", "25 basis poin", "percent", "0.25", ""),
    ("en", "raised by 25 bps to", "25 bps", "percent", "0.25", ""),
    ("en", "cut 50bp yesterday", "50bp", "percent", "0.5", ""),
    ("en", "RATES UP 25 BPS", "25 BPS", "percent", "0.25", ""),
    ("id", "tumbuh 10%-15% tahun", "10%-15%", "percent", "10", "high=15"),
    ("en", "growth between 5% and 7% expected", "between 5% and 7%", "percent", "5", "high=7"),
    ("id", "tumbuh antara 5% dan 7% tahun", "antara 5% dan 7%", "percent", "5", "high=7"),
    ("en", "a 5-percent rise", "5-percent", "percent", "5", ""),
    ("en", "a 25-basis-point cut", "25-basis-point", "percent", "0.25", ""),
    ("en", "up 0.5pp on the year", "0.5pp", "percent", "0.5", ""),
    ("id", "naik 5 poin persen", "5 poin persen", "percent", "5", ""),
    ("en", "shares fell –12% today", "–12%", "percent", "-12", ""),
    ("id", "tumbuh 10 s.d. 15 persen", "10 s.d. 15 persen", "percent", "10", "high=15"),
    ("en", "cut by –12 points", "–12", "number", "-12", ""),
    ("id", "naik 50 poin (1,2%) ke", "1,2%", "percent", "1.2", ""),
    ("en", "rose 50 points (1.2%) to", "1.2%", "percent", "1.2", ""),
    ("id", "Pameran 1 hingga 5 Maret 2024 ditutup", "1 hingga 5 Maret 2024", "date", "2024-03-01/2024-03-05", ""),
];

#[test]
fn reads_cents_slang_and_other_currency_names() {
    run(MONEY);
}

#[test]
fn reads_basis_points_and_ranges_signed_at_both_ends() {
    run(PERCENT);
}

#[test]
fn vague_quantities_and_ranks_are_no_amounts() {
    // `puluhan juta` is tens of millions: reading its `juta` as one million was wrong,
    // and no single figure is right, so it is left out; ranks count nothing.
    let none = [
        (Lang::Id, "puluhan juta rupiah"),
        (Lang::Id, "ratusan ribu pembeli"),
        (Lang::Id, "peringkat ke-3"),
        (Lang::En, "Millions of dollars"),
        (Lang::En, "Thousands of jobs"),
        (Lang::En, "the 21st round"),
        (Lang::En, "finished 3rd"),
        (Lang::En, "the twenty-first store"),
    ];
    for (lang, input) in none {
        assert_eq!(amounts_in(lang, input), Vec::<String>::new(), "{input}");
    }
}

#[test]
fn a_change_from_one_rate_to_another_is_two_rates() {
    assert_eq!(amounts_in(Lang::En, "rose from 3% to 4% in May").len(), 2);
    assert_eq!(amounts_in(Lang::Id, "naik dari 3% hingga 4%").len(), 2);
}

#[test]
fn numbers_that_name_indices_models_networks_and_telephones_are_no_figures() {
    let none = [
        (Lang::En, "the S&P 500 index"),
        (Lang::En, "the FTSE 100 index"),
        (Lang::Id, "Indeks LQ45 hari ini"),
        (Lang::En, "the Galaxy S24 phone"),
        (Lang::Id, "jaringan 5G baru"),
        (Lang::En, "the iPhone 15 launch"),
        (Lang::En, "the Android 14 update"),
        (Lang::Id, "hubungi 0812-3456-7890 sekarang"),
        (Lang::En, "dial +62 21 555 1234 today"),
    ];
    for (lang, input) in none {
        assert_eq!(amounts_in(lang, input), Vec::<String>::new(), "{input}");
    }
}
