//! Numbers, money, percentages and counts in both languages.

use super::{Case, amounts_in, run};
use crate::ingest::Lang;

#[rustfmt::skip]
pub const NUMBERS: &[Case] = &[
    ("id", "naik 15.000 unit", "15.000", "number", "15000", ""),
    ("id", "naik 1,5 kali", "1,5", "number", "1.5", ""),
    ("id", "total 1.234.567 buah", "1.234.567", "number", "1234567", ""),
    ("id", "rasio 2,75 saja", "2,75", "number", "2.75", ""),
    ("id", "nilai 1.234,5 poin", "1.234,5", "number", "1234.5", ""),
    ("id", "indeks 1.5 poin", "1.5", "number", "1.5", ""),
    ("id", "dana dua ratus ribu untuk", "dua ratus ribu", "number", "200000", ""),
    ("id", "sepuluh miliar dana", "sepuluh miliar", "number", "10000000000", ""),
    ("id", "ada tiga juta hal", "tiga juta", "number", "3000000", ""),
    ("id", "nilai dua trilyun untuk", "dua trilyun", "number", "2000000000000", ""),
    ("id", "seratus ribu kali", "seratus ribu", "number", "100000", ""),
    ("id", "dua belas juta kali", "dua belas juta", "number", "12000000", ""),
    ("id", "dua puluh lima ribu kali", "dua puluh lima ribu", "number", "25000", ""),
    ("id", "satu setengah juta kali", "satu setengah juta", "number", "1500000", ""),
    ("id", "setengah miliar kali", "setengah miliar", "number", "500000000", ""),
    ("id", "seribu kali", "seribu", "number", "1000", ""),
    ("id", "sejuta kali", "sejuta", "number", "1000000", ""),
    ("id", "tumbuh 15 ribu kali", "15 ribu", "number", "15000", ""),
    ("id", "naik 1,5 juta kali", "1,5 juta", "number", "1500000", ""),
    ("id", "capai 3jt kali", "3jt", "number", "3000000", ""),
    ("id", "capai 20rb kali", "20rb", "number", "20000", ""),
    ("id", "nilai 2,5 triliun kali", "2,5 triliun", "number", "2500000000000", ""),
    ("id", "nilai 7 miliar kali", "7 miliar", "number", "7000000000", ""),
    ("id", "nilai 7 milyar kali", "7 milyar", "number", "7000000000", ""),
    ("id", "nilai 4 rb kali", "4 rb", "number", "4000", ""),
    ("id", "nilai 9 jt kali", "9 jt", "number", "9000000", ""),
    ("id", "tiga ratus dua puluh satu kali", "tiga ratus dua puluh satu", "number", "321", ""),
    ("id", "sebelas ribu kali", "sebelas ribu", "number", "11000", ""),
    ("id", "empat ratus juta kali", "empat ratus juta", "number", "400000000", ""),
    ("id", "nilai 0,5 poin", "0,5", "number", "0.5", ""),
    ("id", "skor 42 poin", "42", "number", "42", ""),
    ("en", "up 15,000 units", "15,000", "number", "15000", ""),
    ("en", "rose 1.5 times", "1.5", "number", "1.5", ""),
    ("en", "total 1,234,567.89 units", "1,234,567.89", "number", "1234567.89", ""),
    ("en", "two hundred thousand of them", "two hundred thousand", "number", "200000", ""),
    ("en", "one and a half billion of them", "one and a half billion", "number", "1500000000", ""),
    ("en", "ten billion of them", "ten billion", "number", "10000000000", ""),
    ("en", "3 million of them", "3 million", "number", "3000000", ""),
    ("en", "2.5bn of them", "2.5bn", "number", "2500000000", ""),
    ("en", "5k of them", "5k", "number", "5000", ""),
    ("en", "1.2 trillion of them", "1.2 trillion", "number", "1200000000000", ""),
    ("en", "twenty-five million of them", "twenty-five million", "number", "25000000", ""),
    ("en", "a million of them", "a million", "number", "1000000", ""),
    ("en", "half a billion of them", "half a billion", "number", "500000000", ""),
    ("en", "four hundred million of them", "four hundred million", "number", "400000000", ""),
    ("en", "3mn of them", "3mn", "number", "3000000", ""),
    ("en", "7 bn of them", "7 bn", "number", "7000000000", ""),
    ("en", "4tn of them", "4tn", "number", "4000000000000", ""),
    ("en", "5m of them", "5m", "number", "5000000", ""),
    ("en", "a dozen million", "a dozen million", "number", "12000000", ""),
    ("en", "ratio of 1,5 here", "1,5", "number", "1.5", ""),
    ("id", "tutup pukul 17.00 WIB pada 4 Oktober", "4 Oktober", "date", "2023-10-04", ""),
];

#[rustfmt::skip]
pub const MONEY: &[Case] = &[
    ("id", "harga Rp15.000 per", "Rp15.000", "money", "15000", "currency=IDR"),
    ("id", "harga Rp 15.000 per", "Rp 15.000", "money", "15000", "currency=IDR"),
    ("id", "harga Rp. 15.000 per", "Rp. 15.000", "money", "15000", "currency=IDR"),
    ("id", "dana Rp1,5 triliun untuk", "Rp1,5 triliun", "money", "1500000000000", "currency=IDR"),
    ("id", "dana Rp2,5M untuk", "Rp2,5M", "money", "2500000000", "currency=IDR"),
    ("id", "dana Rp10 miliar untuk", "Rp10 miliar", "money", "10000000000", "currency=IDR"),
    ("id", "dana IDR 5 juta untuk", "IDR 5 juta", "money", "5000000", "currency=IDR"),
    ("id", "harga 15.000 rupiah saja", "15.000 rupiah", "money", "15000", "currency=IDR"),
    ("id", "dua ratus ribu rupiah saja", "dua ratus ribu rupiah", "money", "200000", "currency=IDR"),
    ("id", "sepuluh miliar rupiah saja", "sepuluh miliar rupiah", "money", "10000000000", "currency=IDR"),
    ("id", "menjadi $160 miliar pada", "$160 miliar", "money", "160000000000", "currency=USD"),
    ("id", "dari US$62 miliar pada", "US$62 miliar", "money", "62000000000", "currency=USD"),
    ("id", "mencapai US$210–360 miliar", "US$210–360 miliar", "money", "210000000000", "currency=USD;high=360000000000"),
    ("id", "mencapai US$210-360 miliar", "US$210-360 miliar", "money", "210000000000", "currency=USD;high=360000000000"),
    ("id", "sebesar 10 juta dolar AS untuk", "10 juta dolar AS", "money", "10000000", "currency=USD"),
    ("id", "sebesar 5 dolar Singapura", "5 dolar Singapura", "money", "5", "currency=SGD"),
    ("id", "sebesar S$5 juta", "S$5 juta", "money", "5000000", "currency=SGD"),
    ("id", "harga antara 10 hingga 20 dolar per", "antara 10 hingga 20 dolar", "money", "10", "currency=USD;high=20"),
    ("id", "nilai sekitar Rp5 triliun tahun", "Rp5 triliun", "money", "5000000000000", "currency=IDR;qualifier=about"),
    ("id", "lebih dari US$1 miliar dana", "US$1 miliar", "money", "1000000000", "currency=USD;qualifier=over"),
    ("id", "senilai €20 juta", "€20 juta", "money", "20000000", "currency=EUR"),
    ("id", "senilai USD 840 juta untuk", "USD 840 juta", "money", "840000000", "currency=USD"),
    ("id", "senilai US$840 juta untuk", "US$840 juta", "money", "840000000", "currency=USD"),
    ("id", "senilai 1,5 miliar dolar AS", "1,5 miliar dolar AS", "money", "1500000000", "currency=USD"),
    ("id", "hampir Rp 3 triliun", "Rp 3 triliun", "money", "3000000000000", "currency=IDR;qualifier=nearly"),
    ("id", "setidaknya US$100 per barang", "US$100", "money", "100", "currency=USD;qualifier=at least"),
    ("id", "kurang dari Rp100.000 per", "Rp100.000", "money", "100000", "currency=IDR;qualifier=under"),
    ("id", "senilai 3 juta ringgit", "3 juta ringgit", "money", "3000000", "currency=MYR"),
    ("id", "senilai 2 miliar yuan", "2 miliar yuan", "money", "2000000000", "currency=CNY"),
    ("id", "dana Rp 500 rb saja", "Rp 500 rb", "money", "500000", "currency=IDR"),
    ("id", "harga Rp1,2 juta saja", "Rp1,2 juta", "money", "1200000", "currency=IDR"),
    ("id", "kerugian Rp 1.250.000 saja", "Rp 1.250.000", "money", "1250000", "currency=IDR"),
    ("id", "modal 50 juta dolar", "50 juta dolar", "money", "50000000", "currency=USD"),
    ("id", "modal Rp3T saja", "Rp3T", "money", "3000000000000", "currency=IDR"),
    ("id", "modal Rp 2,5 M saja", "Rp 2,5 M", "money", "2500000000", "currency=IDR"),
    ("id", "modal Rp 7 T.", "Rp 7 T", "money", "7000000000000", "currency=IDR"),
    ("en", "to $160 billion by", "$160 billion", "money", "160000000000", "currency=USD"),
    ("en", "raised US$1.5bn in", "US$1.5bn", "money", "1500000000", "currency=USD"),
    ("en", "raised $5m in", "$5m", "money", "5000000", "currency=USD"),
    ("en", "raised $2.5 billion in", "$2.5 billion", "money", "2500000000", "currency=USD"),
    ("en", "raised S$10 million in", "S$10 million", "money", "10000000", "currency=SGD"),
    ("en", "costs IDR 15,000 each", "IDR 15,000", "money", "15000", "currency=IDR"),
    ("en", "costs Rp 15,000 each", "Rp 15,000", "money", "15000", "currency=IDR"),
    ("en", "costs 1,000 rupiah each", "1,000 rupiah", "money", "1000", "currency=IDR"),
    ("en", "costs Rp 15.000 each", "Rp 15.000", "money", "15000", "currency=IDR"),
    ("en", "costs 15.000 rupiah each", "15.000 rupiah", "money", "15000", "currency=IDR"),
    ("id", "harga Rp 15,000 saja", "Rp 15,000", "money", "15000", "currency=IDR"),
    ("id", "senilai Rp5,338 triliun pada", "Rp5,338 triliun", "money", "5338000000000", "currency=IDR"),
    ("id", "senilai Rp5,338–6,100 triliun pada", "Rp5,338–6,100 triliun", "money", "5338000000000", "currency=IDR;high=6100000000000"),
    ("id", "senilai Rp5,338 miliar pada", "Rp5,338 miliar", "money", "5338000000", "currency=IDR"),
    ("id", "senilai Rp12,345 juta pada", "Rp12,345 juta", "money", "12345000", "currency=IDR"),
    ("en", "worth Rp5.338 trillion in", "Rp5.338 trillion", "money", "5338000000000", "currency=IDR"),
    ("en", "worth Rp12.345 million in", "Rp12.345 million", "money", "12345000", "currency=IDR"),
    ("en", "paid 840 million US dollars for", "840 million US dollars", "money", "840000000", "currency=USD"),
    ("en", "priced $10 to $20 each", "$10 to $20", "money", "10", "currency=USD;high=20"),
    ("en", "priced between $10 and $20 each", "between $10 and $20", "money", "10", "currency=USD;high=20"),
    ("en", "to about $160 billion by", "$160 billion", "money", "160000000000", "currency=USD;qualifier=about"),
    ("en", "over US$1.5 billion in", "US$1.5 billion", "money", "1500000000", "currency=USD;qualifier=over"),
    ("en", "more than $1 billion in", "$1 billion", "money", "1000000000", "currency=USD;qualifier=over"),
    ("en", "a €5 million fund", "€5 million", "money", "5000000", "currency=EUR"),
    ("en", "a £3bn fund", "£3bn", "money", "3000000000", "currency=GBP"),
    ("en", "a ¥100 million fund", "¥100 million", "money", "100000000", "currency=JPY"),
    ("en", "for USD 340 million in", "USD 340 million", "money", "340000000", "currency=USD"),
    ("en", "for 5 million euros in", "5 million euros", "money", "5000000", "currency=EUR"),
    ("en", "one and a half billion dollars in", "one and a half billion dollars", "money", "1500000000", "currency=USD"),
    ("en", "a HK$2 billion fund", "HK$2 billion", "money", "2000000000", "currency=HKD"),
    ("en", "an A$3 million fund", "A$3 million", "money", "3000000", "currency=AUD"),
    ("en", "worth $840M in", "$840M", "money", "840000000", "currency=USD"),
    ("en", "worth US$210-360 billion by", "US$210-360 billion", "money", "210000000000", "currency=USD;high=360000000000"),
    ("en", "nearly $3 billion in", "$3 billion", "money", "3000000000", "currency=USD;qualifier=nearly"),
    ("en", "at least $100 each", "$100", "money", "100", "currency=USD;qualifier=at least"),
    ("en", "up to $50 million in", "$50 million", "money", "50000000", "currency=USD;qualifier=up to"),
    ("en", "a $1 billion note", "$1 billion", "money", "1000000000", "currency=USD"),
    ("en", "worth 2 billion yuan", "2 billion yuan", "money", "2000000000", "currency=CNY"),
    ("en", "worth SGD 12 million", "SGD 12 million", "money", "12000000", "currency=SGD"),
    ("en", "worth $1,250,000 in", "$1,250,000", "money", "1250000", "currency=USD"),
    ("en", "worth ten million dollars in", "ten million dollars", "money", "10000000", "currency=USD"),
];

#[rustfmt::skip]
pub const PERCENT_AND_COUNTS: &[Case] = &[
    ("id", "menguasai 75,01% saham", "75,01%", "percent", "75.01", "unit=%"),
    ("id", "naik 20 persen tahun", "20 persen", "percent", "20", "unit=%"),
    ("id", "turun 8,3 persen", "8,3 persen", "percent", "8.3", "unit=%"),
    ("id", "memegang 24,99% saham", "24,99%", "percent", "24.99", "unit=%"),
    ("id", "tumbuh sekitar 10 persen", "10 persen", "percent", "10", "unit=%;qualifier=about"),
    ("id", "tumbuh 5-10% per", "5-10%", "percent", "5", "unit=%;high=10"),
    ("id", "tumbuh dua puluh persen", "dua puluh persen", "percent", "20", "unit=%"),
    ("id", "tumbuh 0,5 persen", "0,5 persen", "percent", "0.5", "unit=%"),
    ("id", "tumbuh lebih dari 30% pada", "30%", "percent", "30", "unit=%;qualifier=over"),
    ("id", "tumbuh 12 % saja", "12 %", "percent", "12", "unit=%"),
    ("en", "holds 75.01% of", "75.01%", "percent", "75.01", "unit=%"),
    ("en", "rose 20 percent in", "20 percent", "percent", "20", "unit=%"),
    ("en", "fell 8.3 per cent in", "8.3 per cent", "percent", "8.3", "unit=%"),
    ("en", "grew about 10% in", "10%", "percent", "10", "unit=%;qualifier=about"),
    ("en", "keeps 24.99 % of", "24.99 %", "percent", "24.99", "unit=%"),
    ("en", "grew twenty percent in", "twenty percent", "percent", "20", "unit=%"),
    ("en", "grew 5–10% in", "5–10%", "percent", "5", "unit=%;high=10"),
    ("en", "grew 12pct in", "12pct", "percent", "12", "unit=%"),
    ("id", "memiliki 125 juta pengguna di", "125 juta pengguna", "count", "125000000", "unit=users"),
    ("id", "mengirim 3 juta paket per hari di", "3 juta paket per hari", "count", "3000000", "unit=parcels/day"),
    ("id", "dengan lima perusahaan termasuk", "lima perusahaan", "count", "5", "unit=companies"),
    ("id", "ada 6 juta penjual di", "6 juta penjual", "count", "6000000", "unit=sellers"),
    ("id", "ada 2 juta UMKM di", "2 juta UMKM", "count", "2000000", "unit=MSMEs"),
    ("id", "ada 500 karyawan di", "500 karyawan", "count", "500", "unit=employees"),
    ("id", "ada 10 ribu toko di", "10 ribu toko", "count", "10000", "unit=stores"),
    ("id", "ada 1 juta transaksi sehari di", "1 juta transaksi sehari", "count", "1000000", "unit=transactions/day"),
    ("id", "ada 40 ribu pesanan setiap bulan", "40 ribu pesanan setiap bulan", "count", "40000", "unit=orders/month"),
    ("id", "ada sekitar 3 juta paket per hari", "3 juta paket per hari", "count", "3000000", "unit=parcels/day;qualifier=about"),
    ("id", "ada 2,5 juta kreator di", "2,5 juta kreator", "count", "2500000", "unit=creators"),
    ("id", "ada 700 ribu pedagang di", "700 ribu pedagang", "count", "700000", "unit=merchants"),
    ("id", "ada 20 juta pelanggan di", "20 juta pelanggan", "count", "20000000", "unit=customers"),
    ("id", "ada dua juta orang di", "dua juta orang", "count", "2000000", "unit=people"),
    ("id", "ada 50 ribu pengemudi di", "50 ribu pengemudi", "count", "50000", "unit=drivers"),
    ("id", "ada 9 juta unduhan per pekan", "9 juta unduhan per pekan", "count", "9000000", "unit=downloads/week"),
    ("en", "has 125 million users in", "125 million users", "count", "125000000", "unit=users"),
    ("en", "ships 3 million parcels a day in", "3 million parcels a day", "count", "3000000", "unit=parcels/day"),
    ("en", "with five companies including", "five companies", "count", "5", "unit=companies"),
    ("en", "has 2 million sellers in", "2 million sellers", "count", "2000000", "unit=sellers"),
    ("en", "cut 600 employees in", "600 employees", "count", "600", "unit=employees"),
    ("en", "has 1.5 million orders per month in", "1.5 million orders per month", "count", "1500000", "unit=orders/month"),
    ("en", "has 20,000 merchants in", "20,000 merchants", "count", "20000", "unit=merchants"),
    ("en", "has two million people in", "two million people", "count", "2000000", "unit=people"),
    ("en", "ships about 3 million packages daily", "3 million packages daily", "count", "3000000", "unit=parcels/day;qualifier=about"),
    ("en", "has 6 million MSMEs in", "6 million MSMEs", "count", "6000000", "unit=MSMEs"),
    ("en", "handles 4 million transactions each day", "4 million transactions each day", "count", "4000000", "unit=transactions/day"),
    ("en", "has 300 stores in", "300 stores", "count", "300", "unit=stores"),
    ("en", "has 10 million downloads a month", "10 million downloads a month", "count", "10000000", "unit=downloads/month"),
    ("en", "lists 1 user only", "1 user", "count", "1", "unit=users"),
];

#[test]
fn reads_numbers_in_both_languages() {
    run(NUMBERS);
}

#[test]
fn reads_money_with_currencies_ranges_and_qualifiers() {
    run(MONEY);
}

#[test]
fn reads_percentages_and_counts_with_rates() {
    run(PERCENT_AND_COUNTS);
}

/// Point 1 of issue 13: signs and accounting forms. Each row failed before it.
#[rustfmt::skip]
pub const SIGNS: &[Case] = &[
    ("id", "laba turun -Rp 2,5 juta saja", "-Rp 2,5 juta", "money", "-2500000", "currency=IDR"),
    ("id", "selisih Rp -4,5 juta saja", "Rp -4,5 juta", "money", "-4500000", "currency=IDR"),
    ("id", "arus kas minus Rp 8 miliar tahun itu", "minus Rp 8 miliar", "money", "-8000000000", "currency=IDR"),
    ("id", "ekuitas negatif Rp 12 miliar saat itu", "negatif Rp 12 miliar", "money", "-12000000000", "currency=IDR"),
    ("id", "laba bersih (Rp 2.500,00) per saham", "(Rp 2.500,00)", "money", "-2500", "currency=IDR"),
    ("id", "laba bersih (Rp 2.500,00) per saham", "(Rp 2.500,00)", "money", "-2500", "currency=IDR"),
    ("id", "pertumbuhan -8% pada kuartal itu", "-8%", "percent", "-8", ""),
    ("id", "pertumbuhan −8,5% pada kuartal itu", "−8,5%", "percent", "-8.5", ""),
    ("id", "tumbuh minus tiga persen saja", "minus tiga persen", "percent", "-3", ""),
    ("id", "tumbuh negatif 1,1 persen saja", "negatif 1,1 persen", "percent", "-1.1", ""),
    ("id", "margin min 0,6% saja", "min 0,6%", "percent", "-0.6", ""),
    ("id", "suhu turun ke -3 di sana", "-3", "number", "-3", ""),
    ("en", "a loss of (US$ 4.2 million) in the year", "(US$ 4.2 million)", "money", "-4200000", "currency=USD"),
    ("en", "margin of (1.8%) this time", "(1.8%)", "percent", "-1.8", ""),
    ("en", "a swing of -$7 million in", "-$7 million", "money", "-7000000", "currency=USD"),
    ("en", "a swing of $-7 million in", "$-7 million", "money", "-7000000", "currency=USD"),
    ("en", "equity of negative $9 million in", "negative $9 million", "money", "-9000000", "currency=USD"),
    ("en", "growth of minus 2.5 percent in", "minus 2.5 percent", "percent", "-2.5", ""),
];

/// A conversion in parentheses restates the amount before it; it is not negative.
#[rustfmt::skip]
pub const NOT_NEGATIVE: &[Case] = &[
    ("en", "a loss of 1.2 trillion rupiah ($76 million) in", "$76 million", "money", "76000000", "currency=USD"),
    ("en", "the 2021-2023 period", "2021-2023", "date", "2021/2023", ""),
    ("id", "mencapai US$210-360 miliar", "US$210-360 miliar", "money", "210000000000", "currency=USD;high=360000000000"),
    ("en", "the COVID-19 years", "19", "number", "19", ""),
];

/// Point 2: numbers as written.
#[rustfmt::skip]
pub const WRITTEN: &[Case] = &[
    ("id", "naik empat belas koma tujuh kali", "empat belas koma tujuh", "number", "14.7", ""),
    ("id", "rasio tiga koma dua lima saja", "tiga koma dua lima", "number", "3.25", ""),
    ("en", "up four point six times", "four point six", "number", "4.6", ""),
    ("id", "sekitar setengah dari penjual", "setengah", "number", "0.5", "qualifier=about"),
    ("id", "hanya seperempat dari toko", "seperempat", "number", "0.25", ""),
    ("id", "hampir tiga perempat dari pembeli", "tiga perempat", "number", "0.75", "qualifier=nearly"),
    ("en", "nearly half of all sellers", "half", "number", "0.5", "qualifier=nearly"),
    ("en", "only a quarter of shoppers", "a quarter", "number", "0.25", ""),
    ("en", "some three quarters of buyers", "three quarters", "number", "0.75", "qualifier=about"),
    ("id", "dana setengah miliar untuk", "setengah miliar", "number", "500000000", ""),
    ("id", "dana seperempat juta untuk", "seperempat juta", "number", "250000", ""),
    ("en", "half a million of them", "half a million", "number", "500000", ""),
    ("en", "cut roughly a third of its budget", "a third", "number", "0.333333", "qualifier=about"),
    ("en", "two thirds of sellers sold online", "two thirds", "number", "0.666667", ""),
    ("en", "cut one-third of the jobs", "one-third", "number", "0.333333", ""),
    ("en", "only a fifth of users paid", "a fifth", "number", "0.2", ""),
    ("en", "two fifths of the market", "two fifths", "number", "0.4", ""),
    ("id", "menguasai sepertiga pasar", "sepertiga", "number", "0.333333", ""),
    ("id", "hampir dua pertiga penjual", "dua pertiga", "number", "0.666667", "qualifier=nearly"),
    ("id", "tumbuh sekitar seperlima tahun ini", "seperlima", "number", "0.2", "qualifier=about"),
    ("id", "hanya sepersepuluh dari toko", "sepersepuluh", "number", "0.1", ""),
    ("en", "a quarter of a billion of them", "a quarter of a billion", "number", "250000000", ""),
    ("id", "nilai 2 kuadriliun kali", "2 kuadriliun", "number", "2000000000000000", ""),
    ("id", "nilai 5 quadriliun kali", "5 quadriliun", "number", "5000000000000000", ""),
    ("id", "nilai 1 kuintiliun kali", "1 kuintiliun", "number", "1e+18", ""),
    ("en", "some 4 quadrillion of them", "4 quadrillion", "number", "4000000000000000", "qualifier=about"),
    ("id", "harga Rp 2 500 000 per unit", "Rp 2 500 000", "money", "2500000", "currency=IDR"),
    ("en", "priced at $2 345 678.90 in", "$2 345 678.90", "money", "2345678.9", "currency=USD"),
    ("id", "ada 25 000 penjual baru", "25 000 penjual", "count", "25000", "unit=sellers"),
    ("id", "modal Rp7 M untuk", "Rp7 M", "money", "7000000000", "currency=IDR"),
    ("id", "modal Rp 3,5 T untuk", "Rp 3,5 T", "money", "3500000000000", "currency=IDR"),
    ("id", "gaji Rp 45 jt per bulan", "Rp 45 jt", "money", "45000000", "currency=IDR"),
    ("id", "ongkos Rp 750 rb per", "Rp 750 rb", "money", "750000", "currency=IDR"),
    ("en", "raised $7M in", "$7M", "money", "7000000", "currency=USD"),
    ("id", "ada enam gudang baru", "enam", "number", "6", ""),
    ("en", "opened eleven stores", "eleven stores", "count", "11", "unit=stores"),
];

/// Lone `satu`/`one` are words, not figures.
#[rustfmt::skip]
pub const NOT_NUMBERS: &[Case] = &[
    ("id", "salah satu toko dan dua gudang", "dua", "number", "2", ""),
    ("en", "one of the two firms", "two firms", "count", "2", "unit=companies"),
];

/// Point 3: currencies as written.
#[rustfmt::skip]
pub const CURRENCIES: &[Case] = &[
    ("en", "costs usd 35 now", "usd 35", "money", "35", "currency=USD"),
    ("en", "costs 35 USD now", "35 USD", "money", "35", "currency=USD"),
    ("id", "dana IDR 7 miliar untuk", "IDR 7 miliar", "money", "7000000000", "currency=IDR"),
    ("id", "dana idr 7 miliar untuk", "idr 7 miliar", "money", "7000000000", "currency=IDR"),
    ("en", "just 15$ each", "15$", "money", "15", "currency=USD"),
    ("id", "hanya 500 Rp per", "500 Rp", "money", "500", "currency=IDR"),
    ("en", "just 65¢ each", "65¢", "money", "0.65", "currency=USD"),
    ("en", "paid 12 dollars 5 cents for", "12 dollars 5 cents", "money", "12.05", "currency=USD"),
    ("en", "paid $12 and 5c for", "$12 and 5c", "money", "12.05", "currency=USD"),
    ("en", "paid twelve dollars and 50 cents for", "twelve dollars and 50 cents", "money", "12.5", "currency=USD"),
    ("en", "sold for a dollar each", "a dollar", "money", "1", "currency=USD"),
    ("id", "hanya satu rupiah per", "satu rupiah", "money", "1", "currency=IDR"),
    ("en", "raised SGD 12 million in", "SGD 12 million", "money", "12000000", "currency=SGD"),
    ("en", "raised 12 million Singapore dollars in", "12 million Singapore dollars", "money", "12000000", "currency=SGD"),
    ("en", "raised MYR 80 million in", "MYR 80 million", "money", "80000000", "currency=MYR"),
    ("en", "raised 80 million Malaysian ringgit in", "80 million Malaysian ringgit", "money", "80000000", "currency=MYR"),
    ("en", "raised CNY 3 billion in", "CNY 3 billion", "money", "3000000000", "currency=CNY"),
    ("en", "raised EUR 40 million in", "EUR 40 million", "money", "40000000", "currency=EUR"),
    ("en", "raised JPY 9 billion in", "JPY 9 billion", "money", "9000000000", "currency=JPY"),
    ("id", "senilai 9 miliar yen untuk", "9 miliar yen", "money", "9000000000", "currency=JPY"),
];

#[test]
fn reads_signs_and_accounting_negatives() {
    run(SIGNS);
    run(NOT_NEGATIVE);
}

#[test]
fn reads_numbers_as_reporters_write_them() {
    run(WRITTEN);
    run(NOT_NUMBERS);
}

/// Ranks and names that share a fraction's word are not numbers.
#[test]
fn a_rank_or_a_final_is_no_fraction() {
    for (lang, input) in [
        (Lang::En, "TikTok tried for a third time."),
        (Lang::En, "The fifth round closed."),
        (Lang::En, "Shopee came third."),
        (Lang::Id, "Laga perempat final digelar."),
        (Lang::Id, "Babak pertiga itu selesai."),
    ] {
        let numbers = amounts_in(lang, input);
        assert_eq!(numbers, Vec::<String>::new(), "{input}");
    }
}

#[test]
fn reads_currencies_before_after_and_in_cents() {
    run(CURRENCIES);
}
