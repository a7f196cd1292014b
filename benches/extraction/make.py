#!/usr/bin/env python3
"""Writes phrases.tsv: the labelled phrases of the extraction benchmark.

Every row is one sentence written for pasar, in the manner of a business desk
(Indonesian or English), holding exactly the mentions its last column lists, so a
recogniser that reports anything else in it loses precision. Sentences are built from
hand-written frames and hand-written forms of each kind of mention; a fixed seed picks
the combinations, so the file is the same on every run.

Columns: category, lang, sentence, expected mentions (`kind|text|value`, joined by ` ;; `).
Values: money `AMOUNT CODE`, numeral and percent the plain number, date as pasar writes
it (`2024-03-15`, `2024-07/2024-09`), organization nothing. Relative dates resolve against
a publication on Friday 2024-03-15.

Run from anywhere: python3 benches/extraction/make.py
"""

import os
import random

from date_forms import ROWS as DATE_FORM_ROWS

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261201)

# ---------------------------------------------------------------- money
MONEY_ID_FRAMES = [
    "Perseroan membukukan laba bersih {} sepanjang periode tersebut.",
    "Nilai transaksi itu ditaksir mencapai {} menurut para analis.",
    "Pemerintah menyiapkan anggaran {} untuk program digitalisasi pasar rakyat.",
    "Startup logistik itu meraih pendanaan seri B senilai {} dari sejumlah investor.",
    "Kerugian yang ditanggung perusahaan tercatat {} pada laporan keuangan terbaru.",
    "Harga paket termurah kini dipatok {} per bulan.",
    "Belanja modal perseroan dianggarkan sebesar {} untuk membangun gudang baru.",
    "Penjualan kotor di platform tersebut menembus {} selama pekan promosi.",
    "Arus kas operasional perseroan tercatat {} pada periode itu.",
    "Bank tersebut menyalurkan kredit UMKM senilai {} kepada para pedagang.",
    "Nilai ekspor produk kerajinan itu mencapai {} menurut data asosiasi.",
    "Dana segar sebesar {} akan dipakai untuk memperluas jaringan pengiriman.",
    "Saham perusahaan ditutup pada harga {} per lembar.",
    "Rugi kurs yang dicatat emiten itu mencapai {} akibat pelemahan mata uang.",
]
MONEY_EN_FRAMES = [
    "The company booked a net profit of {} for the period.",
    "Analysts put the value of the transaction at {}.",
    "The logistics startup raised {} in a Series B round led by existing backers.",
    "The retailer reported a loss of {} as costs climbed.",
    "A monthly subscription now costs {} for new customers.",
    "Capital spending is budgeted at {} to build new warehouses.",
    "Gross merchandise value on the platform topped {} during the sale.",
    "The lender extended {} in loans to small merchants.",
    "Shares closed at {} apiece after a volatile session.",
    "The fund committed {} to early-stage founders in the region.",
    "Operating cash flow came in at {} for the quarter.",
    "The group agreed to pay {} to settle the dispute.",
    "Exports of handicrafts reached {} according to the trade association.",
    "The firm set aside {} to cover expected credit losses.",
]
# (form, value with currency)
MONEY_ID_FORMS = [
    ("Rp15.000", "15000 IDR"), ("Rp 15.000", "15000 IDR"), ("Rp. 2,5 miliar", "2500000000 IDR"),
    ("Rp 1,5 triliun", "1500000000000 IDR"), ("Rp 30 jt", "30000000 IDR"), ("Rp 500 rb", "500000 IDR"),
    ("Rp5 M", "5000000000 IDR"), ("Rp 2,5 T", "2500000000000 IDR"), ("Rp 2,5 M", "2500000000 IDR"),
    ("IDR 5 miliar", "5000000000 IDR"), ("idr 200 juta", "200000000 IDR"), ("20 Rp", "20 IDR"),
    ("15.000 rupiah", "15000 IDR"), ("dua ratus ribu rupiah", "200000 IDR"), ("satu rupiah", "1 IDR"),
    ("setengah miliar rupiah", "500000000 IDR"), ("-Rp 1,5 juta", "-1500000 IDR"),
    ("Rp -1,5 juta", "-1500000 IDR"), ("(Rp 1.000,00)", "-1000 IDR"), ("minus Rp 3 miliar", "-3000000000 IDR"),
    ("negatif Rp 750 juta", "-750000000 IDR"), ("Rp 1 500 000", "1500000 IDR"),
    ("US$ 20 juta", "20000000 USD"), ("$5 juta", "5000000 USD"), ("10 juta dolar AS", "10000000 USD"),
    ("SGD 3 juta", "3000000 SGD"), ("3 juta SGD", "3000000 SGD"), ("MYR 40 juta", "40000000 MYR"),
    ("RM 12 juta", "12000000 MYR"), ("CNY 2 miliar", "2000000000 CNY"), ("500 juta yuan", "500000000 CNY"),
    ("EUR 7 juta", "7000000 EUR"), ("7 juta euro", "7000000 EUR"), ("JPY 300 juta", "300000000 JPY"),
    ("300 juta yen", "300000000 JPY"), ("Rp 3,2 kuadriliun", "3200000000000000 IDR"),
    ("Rp 12,5 milyar", "12500000000 IDR"), ("dua belas koma lima miliar rupiah", "12500000000 IDR"),
    ("Rp 4 trilyun", "4000000000000 IDR"), ("usd 20", "20 USD"), ("20 USD", "20 USD"),
    ("Rp 1 kuintiliun", "1000000000000000000 IDR"), ("Rp 2 quadriliun", "2000000000000000 IDR"),
    ("tiga perempat triliun rupiah", "750000000000 IDR"), ("seperempat miliar rupiah", "250000000 IDR"),
    ("Rp 7,25 triliun", "7250000000000 IDR"), ("Rp 450 ribu", "450000 IDR"), ("Rp 99.999", "99999 IDR"),
    ("Rp 1.250.000", "1250000 IDR"), ("5 juta dolar Singapura", "5000000 SGD"), ("S$ 8 juta", "8000000 SGD"),
    ("€ 3 juta", "3000000 EUR"), ("¥ 5 miliar", "5000000000 JPY"), ("Rp 60 jt", "60000000 IDR"),
    ("empat ratus juta rupiah", "400000000 IDR"), ("Rp 0,5 triliun", "500000000000 IDR"),
    ("Rp 125 ribu", "125000 IDR"), ("IDR 2.500.000", "2500000 IDR"), ("15 miliar ringgit", "15000000000 MYR"),    # added with issue 13's leftovers
    ("Rp 12 ribu", "12000 IDR"), ("Rp 2 M", "2000000000 IDR"), ("-Rp 250 juta", "-250000000 IDR"),
    ("(Rp 4,2 miliar)", "-4200000000 IDR"), ("Rp 10 000 000", "10000000 IDR"), ("USD 1,2 juta", "1200000 USD"),
    ("2,5 juta ringgit", "2500000 MYR"), ("seratus ribu rupiah", "100000 IDR"),

]
MONEY_EN_FORMS = [
    ("$20", "20 USD"), ("$1.5 billion", "1500000000 USD"), ("US$ 300 million", "300000000 USD"),
    ("usd 20", "20 USD"), ("20 USD", "20 USD"), ("10$", "10 USD"), ("47¢", "0.47 USD"),
    ("20 dollars 43 cents", "20.43 USD"), ("$20 and 43c", "20.43 USD"),
    ("twenty dollars and 43 cents", "20.43 USD"), ("a dollar", "1 USD"), ("$5M", "5000000 USD"),
    ("$5bn", "5000000000 USD"), ("half a million dollars", "500000 USD"),
    ("$1 234 567.89", "1234567.89 USD"), ("(US$ 2.5 million)", "-2500000 USD"),
    ("-$3 million", "-3000000 USD"), ("$-3 million", "-3000000 USD"), ("minus $3 million", "-3000000 USD"),
    ("S$ 40 million", "40000000 SGD"), ("SGD 40 million", "40000000 SGD"),
    ("40 million Singapore dollars", "40000000 SGD"), ("RM 25 million", "25000000 MYR"),
    ("MYR 25 million", "25000000 MYR"), ("25 million ringgit", "25000000 MYR"),
    ("CNY 1.2 billion", "1200000000 CNY"), ("1.2 billion yuan", "1200000000 CNY"),
    ("€15 million", "15000000 EUR"), ("EUR 15 million", "15000000 EUR"), ("15 million euros", "15000000 EUR"),
    ("JPY 3 billion", "3000000000 JPY"), ("¥3 billion", "3000000000 JPY"), ("3 billion yen", "3000000000 JPY"),
    ("Rp 5 trillion", "5000000000000 IDR"), ("IDR 2.5 trillion", "2500000000000 IDR"),
    ("2.5 trillion rupiah", "2500000000000 IDR"), ("three point two million dollars", "3200000 USD"),
    ("$12.75", "12.75 USD"), ("US$840 million", "840000000 USD"), ("$2.3bn", "2300000000 USD"),
    ("$750,000", "750000 USD"), ("three quarters of a billion dollars", "750000000 USD"),
    ("a quarter of a million dollars", "250000 USD"), ("one dollar", "1 USD"), ("5 USD", "5 USD"),
    ("eur 9 million", "9000000 EUR"), ("sgd 4.5 million", "4500000 SGD"), ("¢99", "0.99 USD"),
    ("$0.99", "0.99 USD"), ("US$1.1 trillion", "1100000000000 USD"), ("negative $4 million", "-4000000 USD"),
    ("$3 quadrillion", "3000000000000000 USD"), ("£2 million", "2000000 GBP"), ("$400k", "400000 USD"),
    ("fifty million dollars", "50000000 USD"), ("$ 6 billion", "6000000000 USD"),    # added with issue 13's leftovers
    ("$2.5M", "2500000 USD"), ("(SGD 1.2 million)", "-1200000 SGD"), ("30 dollars and 5 cents", "30.05 USD"),
    ("USD 12", "12 USD"), ("250 yen", "250 JPY"), ("€ 750,000", "750000 EUR"),
    ("nine hundred thousand dollars", "900000 USD"),

]

# ---------------------------------------------------------------- numerals
NUM_ID_FRAMES = [
    "Jumlah gerai yang beroperasi kini {} di seluruh provinsi.",
    "Data asosiasi mencatat angka itu {} pada akhir periode.",
    "Rasio kredit bermasalah tercatat {} menurut laporan bank.",
    "Indeks kepercayaan konsumen berada di level {} bulan itu.",
    "Perusahaan menargetkan volume pengiriman {} unit sepanjang tahun.",
    "Skor kepuasan pelanggan naik menjadi {} poin.",
    "Kapasitas gudang baru itu mencapai {} meter persegi.",
    "Pemerintah mencatat {} pelaku usaha telah mendaftar.",
    "Antrean pesanan di pusat distribusi mencapai {} paket.",
    "Jumlah mitra pengemudi yang aktif sekitar {} orang.",
    "Rata-rata nilai keranjang belanja naik {} kali lipat.",
    "Luas lahan yang dibebaskan mencapai {} hektare.",
]
NUM_EN_FRAMES = [
    "The number of stores in operation now stands at {} nationwide.",
    "The association counted {} registered sellers at the end of the period.",
    "The consumer confidence index stood at {} that month.",
    "The company aims to ship {} units over the year.",
    "Customer satisfaction rose to {} points in the survey.",
    "The new warehouse covers {} square meters.",
    "Regulators said {} merchants had signed up so far.",
    "The backlog at the sorting centre reached {} parcels.",
    "Average basket size grew {} times over the period.",
    "The platform now counts {} monthly active users.",
    "The ratio of bad loans came to {} under the new rules.",
    "Drivers completed {} trips on the busiest day.",
]
NUM_ID_FORMS = [
    ("dua belas koma lima", "12.5"), ("tiga koma dua", "3.2"), ("setengah", "0.5"), ("seperempat", "0.25"),
    ("tiga perempat", "0.75"), ("setengah miliar", "500000000"), ("1 500 000", "1500000"),
    ("dua puluh lima", "25"), ("seratus dua puluh", "120"), ("tiga ribu", "3000"), ("15.000", "15000"),
    ("1,5 juta", "1500000"), ("2 kuadriliun", "2000000000000000"), ("3 kuintiliun", "3000000000000000000"),
    ("4 quadriliun", "4000000000000000"), ("7 milyar", "7000000000"), ("2 trilyun", "2000000000000"),
    ("dua ratus ribu", "200000"), ("seribu lima ratus", "1500"), ("empat belas", "14"),
    ("delapan puluh tujuh", "87"), ("12.500", "12500"), ("3,75", "3.75"), ("minus lima", "-5"),
    ("negatif 3,2", "-3.2"), ("-7", "-7"), ("−4,5", "-4.5"), ("min 2", "-2"),
    ("sembilan ratus", "900"), ("enam puluh", "60"), ("1,2 miliar", "1200000000"), ("500 ribu", "500000"),
    ("tujuh belas ribu", "17000"), ("satu setengah juta", "1500000"), ("sebelas", "11"),
    ("sepuluh", "10"), ("lima koma tujuh lima", "5.75"), ("dua setengah", "2.5"), ("40 rb", "40000"),
    ("8 jt", "8000000"), ("seperempat juta", "250000"), ("tiga perempat juta", "750000"),
    ("10 000", "10000"), ("1.234.567", "1234567"), ("0,8", "0.8"), ("sembilan belas", "19"),    # added with issue 13's leftovers
    ("tiga koma lima", "3.5"), ("seperempat miliar", "250000000"), ("2 500", "2500"),
    ("satu koma dua lima", "1.25"), ("negatif 12", "-12"), ("lima ratus ribu", "500000"),
    ("9 milyar", "9000000000"), ("seratus", "100"),

]
NUM_EN_FORMS = [
    ("twelve point five", "12.5"), ("three point two", "3.2"), ("half", "0.5"), ("a quarter", "0.25"),
    ("three quarters", "0.75"), ("half a million", "500000"), ("1 234 567", "1234567"),
    ("2.5 million", "2500000"), ("3 quadrillion", "3000000000000000"), ("seventy-five", "75"),
    ("one hundred and twenty", "120"), ("fifteen thousand", "15000"), ("4,500", "4500"),
    ("minus 7", "-7"), ("-3.5", "-3.5"), ("negative 2", "-2"), ("twenty-one", "21"),
    ("two hundred thousand", "200000"), ("1.8 billion", "1800000000"), ("12,000", "12000"),
    ("sixty", "60"), ("ninety-nine", "99"), ("a quarter of a million", "250000"),
    ("three quarters of a million", "750000"), ("half a billion", "500000000"), ("4.25", "4.25"),
    ("eleven", "11"), ("nineteen", "19"), ("seven hundred", "700"), ("six point seven five", "6.75"),
    ("2 quintillion", "2000000000000000000"), ("one and a half million", "1500000"), ("35k", "35000"),
    ("40 000", "40000"), ("two and a half", "2.5"), ("0.6", "0.6"), ("thirty thousand", "30000"),
    ("fifty-two", "52"), ("a dozen", "12"), ("−1.5", "-1.5"), ("ten", "10"), ("8.1 million", "8100000"),    # added with issue 13's leftovers
    ("four point five", "4.5"), ("a quarter of a billion", "250000000"), ("15 000", "15000"),
    ("minus 12", "-12"), ("three hundred and forty", "340"), ("2.4 trillion", "2400000000000"),
    ("eighty-one", "81"),

]

# ---------------------------------------------------------------- percentages
PCT_ID_FRAMES = [
    "Pendapatan perseroan tumbuh {} dibandingkan periode yang sama tahun sebelumnya.",
    "Pangsa pasar platform itu tercatat {} menurut riset terbaru.",
    "Laba bersih emiten tersebut berubah {} secara tahunan.",
    "Tingkat inflasi tahunan berada di level {} pada bulan itu.",
    "Harga saham perusahaan bergerak {} dalam sepekan.",
    "Penjualan ritel modern terkoreksi {} akibat melemahnya daya beli.",
    "Kontribusi penjualan daring terhadap total pendapatan mencapai {}.",
    "Bunga kredit usaha rakyat ditetapkan {} per tahun.",
    "Porsi kepemilikan investor asing kini {} dari total saham.",
    "Volume transaksi harian naik {} setelah promo diluncurkan.",
    "Margin laba kotor menyusut menjadi {} karena biaya logistik.",
]
PCT_EN_FRAMES = [
    "Revenue grew {} from a year earlier.",
    "The platform held a market share of {} according to the survey.",
    "Net income changed {} year on year.",
    "Annual inflation stood at {} that month.",
    "The stock moved {} over the week.",
    "Sales at department stores fell {} as shoppers cut back.",
    "Online sales made up {} of total revenue.",
    "The central bank kept its policy rate at {}.",
    "Foreign investors now own {} of the shares.",
    "Daily transaction volume rose {} after the promotion began.",
    "Gross margin narrowed to {} because of shipping costs.",
]
PCT_ID_FORMS = [
    ("11%", "11"), ("-11%", "-11"), ("−11%", "-11"), ("minus lima persen", "-5"), ("12,5 persen", "12.5"),
    ("dua belas koma lima persen", "12.5"), ("lima persen", "5"), ("0,25%", "0.25"), ("sepuluh persen", "10"),
    ("negatif 3%", "-3"), ("min 2,4%", "-2.4"), ("75,01%", "75.01"), ("setengah persen", "0.5"),
    ("seperempat persen", "0.25"), ("3,5 persen", "3.5"), ("dua puluh persen", "20"), ("8 %", "8"),
    ("tiga perempat persen", "0.75"), ("100 persen", "100"), ("1,75 persen", "1.75"),
    ("minus 0,8 persen", "-0.8"), ("empat koma dua persen", "4.2"), ("-2,5 persen", "-2.5"),
    ("enam persen", "6"), ("17%", "17"), ("sembilan belas persen", "19"), ("40 pct", "40"),
    ("negatif 1,2 persen", "-1.2"), ("tujuh puluh persen", "70"), ("(4,5%)", "-4.5"),    # added with issue 13's leftovers
    ("minus 3,5 persen", "-3.5"), ("dua koma lima persen", "2.5"), ("9,75%", "9.75"), ("(2,1%)", "-2.1"),
    ("negatif 0,5 persen", "-0.5"), ("empat puluh lima persen", "45"), ("−6,2%", "-6.2"),
    ("tiga belas persen", "13"),

]
PCT_EN_FORMS = [
    ("11%", "11"), ("-11%", "-11"), ("minus five percent", "-5"), ("12.5 per cent", "12.5"),
    ("twelve point five percent", "12.5"), ("five percent", "5"), ("0.25 pct", "0.25"),
    ("negative 3%", "-3"), ("75.01 percent", "75.01"), ("half a percent", "0.5"), ("(3.2%)", "-3.2"),
    ("−4%", "-4"), ("20 percent", "20"), ("seven per cent", "7"), ("1.5%", "1.5"), ("minus 0.4%", "-0.4"),
    ("a quarter of a percent", "0.25"), ("three quarters of a percent", "0.75"), ("ten percent", "10"),
    ("thirty-five percent", "35"), ("2.25 pct", "2.25"), ("0.5 percentage point", "0.5"),
    ("100%", "100"), ("six percent", "6"), ("-0.7 per cent", "-0.7"), ("eighteen percent", "18"),
    ("three point one percent", "3.1"), ("minus 12 percent", "-12"), ("9 %", "9"), ("4.75%", "4.75"),    # added with issue 13's leftovers
    ("minus 1.5 percent", "-1.5"), ("(0.9%)", "-0.9"), ("fourteen per cent", "14"),
    ("two point five percent", "2.5"), ("negative 0.3 pct", "-0.3"), ("62 per cent", "62"), ("−2.75%", "-2.75"),

]

# ---------------------------------------------------------------- dates
DATE_ID_FRAMES = [
    "Kesepakatan itu ditandatangani {} di kantor pusat perseroan.",
    "Regulasi baru tersebut mulai berlaku {} bagi seluruh platform.",
    "Rapat umum pemegang saham digelar {} secara daring.",
    "Gudang baru itu dijadwalkan beroperasi {} menurut manajemen.",
    "Laporan keuangan itu dipublikasikan {} melalui keterbukaan informasi.",
    "Layanan tersebut dihentikan sementara {} untuk pemeliharaan.",
    "Peluncuran fitur itu diumumkan {} oleh manajemen.",
    "Pembayaran dividen dilakukan {} kepada pemegang saham.",
    "Program diskon nasional berlangsung {} di berbagai kota.",
    "Penawaran umum perdana saham itu dibuka {} untuk investor ritel.",
]
DATE_EN_FRAMES = [
    "The agreement was signed {} at the group's headquarters.",
    "The new rules take effect {} for every platform.",
    "Shareholders will vote on the plan {} at a meeting in the capital.",
    "The warehouse is due to open {} according to management.",
    "The results were published {} in a stock exchange filing.",
    "The service was suspended {} for maintenance.",
    "The feature was announced {} by management.",
    "The dividend is paid {} to shareholders on record.",
    "The national shopping festival runs {} in several cities.",
    "Books for the share offering open {} to retail investors.",
]
DATE_ID_FORMS = [
    ("pada 13/11/2023", "13/11/2023", "2023-11-13"), ("pada 13-11-2023", "13-11-2023", "2023-11-13"),
    ("pada 13.11.2023", "13.11.2023", "2023-11-13"), ("pada 2023/11/13", "2023/11/13", "2023-11-13"),
    ("pada 2023-11-13", "2023-11-13", "2023-11-13"), ("pada Jumat (15/3)", "Jumat (15/3)", "2024-03-15"),
    ("pada Kamis (14/3)", "Kamis (14/3)", "2024-03-14"), ("pada 29 Mei 1453", "29 Mei 1453", "1453-05-29"),
    ("pada 17 Agustus 1945", "17 Agustus 1945", "1945-08-17"), ("pada 4 Oktober 2023", "4 Oktober 2023", "2023-10-04"),
    ("pada 12 Februari", "12 Februari", "2024-02-12"), ("kemarin", "kemarin", "2024-03-14"),
    ("kemarin lusa", "kemarin lusa", "2024-03-13"), ("besok lusa", "besok lusa", "2024-03-17"),
    ("besok", "besok", "2024-03-16"), ("3 bulan lagi", "3 bulan lagi", "2024-06"),
    ("dalam waktu 2 tahun", "dalam waktu 2 tahun", "2026"), ("dalam dua tahun", "dalam dua tahun", "2026"),
    ("pada kuartal III 2024", "kuartal III 2024", "2024-07/2024-09"),
    ("pada kuartal ketiga 2023", "kuartal ketiga 2023", "2023-07/2023-09"),
    ("pada H1 2024", "H1 2024", "2024-01/2024-06"), ("pada semester pertama 2024", "semester pertama 2024", "2024-01/2024-06"),
    ("pada semester I 2025", "semester I 2025", "2025-01/2025-06"), ("pada semester pertama", "semester pertama", "2024-01/2024-06"),
    ("pada triwulan II 2023", "triwulan II 2023", "2023-04/2023-06"), ("pada Maret 2023", "Maret 2023", "2023-03"),
    ("pada tahun 2030", "tahun 2030", "2030"), ("pekan lalu", "pekan lalu", "2024-03-04/2024-03-10"),
    ("bulan lalu", "bulan lalu", "2024-02"), ("tahun depan", "tahun depan", "2025"), ("pada 2030", "2030", "2030"),
    ("enam bulan lagi", "enam bulan lagi", "2024-09"), ("dua hari lalu", "dua hari lalu", "2024-03-13"),
    ("pada 1 Januari 2025", "1 Januari 2025", "2025-01-01"), ("pada 31/12/2024", "31/12/2024", "2024-12-31"),
    ("pada 05-01-2024", "05-01-2024", "2024-01-05"), ("pada 9.2.2024", "9.2.2024", "2024-02-09"),
    ("pada 10 Nop 2023", "10 Nop 2023", "2023-11-10"), ("dalam 5 tahun ke depan", "dalam 5 tahun ke depan", "2029"),
    ("pada kuartal IV 2024", "kuartal IV 2024", "2024-10/2024-12"), ("hari ini", "hari ini", "2024-03-15"),
    ("pada 20 Desember 1998", "20 Desember 1998", "1998-12-20"), ("pada Selasa (12/3)", "Selasa (12/3)", "2024-03-12"),
    ("pada semester kedua 2024", "semester kedua 2024", "2024-07/2024-12"), ("pada 2024/01/31", "2024/01/31", "2024-01-31"),    # added with issue 13's leftovers
    ("pada 01/02/2024", "01/02/2024", "2024-02-01"), ("pada 2024-02-29", "2024-02-29", "2024-02-29"),
    ("pada Rabu (13/3)", "Rabu (13/3)", "2024-03-13"), ("pada 1 Juni 1945", "1 Juni 1945", "1945-06-01"),
    ("dalam waktu 6 bulan", "dalam waktu 6 bulan", "2024-09"), ("setahun lagi", "setahun lagi", "2025"),
    ("pada kuartal I 2025", "kuartal I 2025", "2025-01/2025-03"), ("pada H2 2024", "H2 2024", "2024-07/2024-12"),

]
DATE_EN_FORMS = [
    ("on Nov. 13, 2023", "Nov. 13, 2023", "2023-11-13"), ("on November 13, 2023", "November 13, 2023", "2023-11-13"),
    ("on 13 November 2023", "13 November 2023", "2023-11-13"), ("on 2023-11-13", "2023-11-13", "2023-11-13"),
    ("on 13/11/2023", "13/11/2023", "2023-11-13"), ("on 13.11.2023", "13.11.2023", "2023-11-13"),
    ("on 13-11-2023", "13-11-2023", "2023-11-13"), ("on 2023/11/13", "2023/11/13", "2023-11-13"),
    ("on May 29, 1453", "May 29, 1453", "1453-05-29"), ("on 4 October 1957", "4 October 1957", "1957-10-04"),
    ("yesterday", "yesterday", "2024-03-14"), ("the day before yesterday", "the day before yesterday", "2024-03-13"),
    ("the day after tomorrow", "the day after tomorrow", "2024-03-17"), ("tomorrow", "tomorrow", "2024-03-16"),
    ("in two years", "in two years", "2026"), ("within six months", "within six months", "2024-09"),
    ("in three months", "in three months", "2024-06"), ("within 2 years", "within 2 years", "2026"),
    ("in Q3 2024", "Q3 2024", "2024-07/2024-09"), ("in the third quarter of 2024", "third quarter of 2024", "2024-07/2024-09"),
    ("in H1 2024", "H1 2024", "2024-01/2024-06"), ("in the first half of 2024", "first half of 2024", "2024-01/2024-06"),
    ("last month", "last month", "2024-02"), ("next year", "next year", "2025"), ("in March 2023", "March 2023", "2023-03"),
    ("in 2030", "2030", "2030"), ("three days ago", "three days ago", "2024-03-12"), ("on Feb. 2", "Feb. 2", "2024-02-02"),
    ("on January 31, 2025", "January 31, 2025", "2025-01-31"), ("on 31/12/2024", "31/12/2024", "2024-12-31"),
    ("in the second half of 2025", "second half of 2025", "2025-07/2025-12"), ("in Q4 2023", "Q4 2023", "2023-10/2023-12"),
    ("last week", "last week", "2024-03-04/2024-03-10"), ("today", "today", "2024-03-15"),
    ("on 9 February 2024", "9 February 2024", "2024-02-09"), ("on Dec 20, 1998", "Dec 20, 1998", "1998-12-20"),
    ("in five years", "in five years", "2029"), ("on 2024-01-31", "2024-01-31", "2024-01-31"),
    ("in the fourth quarter of 2024", "fourth quarter of 2024", "2024-10/2024-12"),    # added with issue 13's leftovers
    ("on 01.02.2024", "01.02.2024", "2024-02-01"), ("on Feb 29, 2024", "Feb 29, 2024", "2024-02-29"),
    ("within three years", "within three years", "2027"), ("in Q1 2025", "Q1 2025", "2025-01/2025-03"),
    ("in the first quarter of 2023", "first quarter of 2023", "2023-01/2023-03"),
    ("on 10 November 1945", "10 November 1945", "1945-11-10"), ("in six months", "in six months", "2024-09"),

]

# ---------------------------------------------------------------- organisations
ORG_ID_FRAMES = [
    "Langkah itu disambut positif oleh {} dalam keterangan resminya.",
    "Menurut {} kebijakan tersebut masih dikaji lebih lanjut.",
    "Kerja sama itu melibatkan {} sebagai mitra utama.",
    "Keputusan tersebut diumumkan {} di Jakarta.",
    "Pihak {} belum memberikan tanggapan atas pertanyaan wartawan.",
    "Laporan itu disusun {} berdasarkan survei konsumen.",
    "Investasi tersebut datang dari {} yang berbasis di luar negeri.",
    "Rencana itu juga mendapat sorotan dari {} dalam rapat terakhir.",
]
ORG_EN_FRAMES = [
    "The move was welcomed by {} in a statement.",
    "According to {} the policy is still under review.",
    "The partnership brings in {} as the main backer.",
    "The decision was announced by {} in Jakarta.",
    "A spokesperson for {} did not respond to questions.",
    "The report was compiled by {} from consumer surveys.",
    "The money came from {} through an overseas unit.",
    "The plan also drew scrutiny from {} in parliament.",
]
ORG_ID_FORMS = [
    "PT Bank Central Asia Tbk", "PT Astra International Tbk", "Kementerian Keuangan",
    "Kementerian Komunikasi dan Informatika", "Badan Pusat Statistik", "Otoritas Jasa Keuangan",
    "Bank Indonesia", "Bank Mandiri", "Bursa Efek Indonesia", "Komisi Pengawas Persaingan Usaha",
    "Direktorat Jenderal Pajak", "Lembaga Penjamin Simpanan", "Sea Ltd", "Grab Holdings", "Alibaba Group",
    "Gojek", "Traveloka", "Kompas", "Bisnis Indonesia", "CNBC Indonesia", "Reuters", "Bloomberg",
    "Euromonitor", "Nielsen", "Bank Rakyat Indonesia", "Telkom Indonesia", "PT Telkom Indonesia Tbk",
    "Kementerian Perindustrian", "Badan Koordinasi Penanaman Modal", "Kementerian Investasi",
    "Asosiasi E-Commerce Indonesia", "Bank Negara Indonesia", "PT Indofood Sukses Makmur Tbk",
    "Tempo", "Katadata", "Badan Pengawas Obat dan Makanan", "Otoritas Bandara", "Komisi Pemberantasan Korupsi",
    "Kementerian Badan Usaha Milik Negara", "Pertamina", "Maybank Indonesia", "OVO", "DANA", "Shopee",
    "Tokopedia", "Blibli", "Bukalapak", "Lazada", "PT Sumber Alfaria Trijaya Tbk", "Kementerian Perdagangan",
    "Indosat Ooredoo Hutchison", "Bank Syariah Indonesia", "Grab", "JD.ID", "Zalora",
]
ORG_EN_FORMS = [
    "Sea Ltd", "Grab Holdings", "Alibaba Group", "Amazon.com Inc.", "Microsoft Corp.", "Apple Inc.",
    "McKinsey & Company", "Morgan Stanley", "Goldman Sachs", "DBS Group Holdings", "Maybank",
    "Axiata Group Bhd", "Singtel", "Ant Group", "Tencent Holdings", "ByteDance Ltd", "Ministry of Finance",
    "Ministry of Communication and Information Technology", "Financial Services Authority",
    "Indonesia Stock Exchange", "Bank of Japan", "Monetary Authority of Singapore", "Securities Commission",
    "Federal Reserve", "International Monetary Fund", "World Bank", "Reuters", "Bloomberg",
    "Financial Times", "Nikkei Asia", "Temasek Holdings", "GIC", "SoftBank Group", "Sequoia Capital",
    "Alphabet Inc.", "Meta Platforms", "Nvidia", "Samsung Electronics", "Huawei Technologies",
    "Shopee", "Lazada", "Tokopedia", "Gojek", "Traveloka", "Bank Indonesia", "Statistics Indonesia",
    "Asian Development Bank", "Standard Chartered", "HSBC Holdings", "UBS Group", "JPMorgan Chase & Co.",
    "Visa Inc.", "Mastercard", "PayPal Holdings", "Bain & Company", "Deloitte", "PwC", "Euromonitor International",
    "Counterpoint Research", "Ministry of Trade", "Pte Ltd", "Carousell", "Zalora", "Agoda",
]
# "Pte Ltd" alone is not a name: keep the real one.
ORG_EN_FORMS = [f for f in ORG_EN_FORMS if f != "Pte Ltd"] + ["Ninja Van Pte Ltd", "Petronas Bhd"]

ACRONYM_ID = [
    ("Otoritas Jasa Keuangan", "OJK"), ("Badan Pusat Statistik", "BPS"), ("Bursa Efek Indonesia", "BEI"),
    ("Komisi Pengawas Persaingan Usaha", "KPPU"), ("Lembaga Penjamin Simpanan", "LPS"),
    ("Asosiasi E-Commerce Indonesia", "idEA"), ("Badan Koordinasi Penanaman Modal", "BKPM"),
    ("Badan Siber dan Sandi Negara", "BSSN"), ("Kementerian Koordinator Bidang Perekonomian", "Kemenko Perekonomian"),
]
ACRONYM_EN = [
    ("Financial Services Authority", "OJK"), ("Indonesia Stock Exchange", "IDX"),
    ("Monetary Authority of Singapore", "MAS"), ("International Monetary Fund", "IMF"),
    ("Asian Development Bank", "ADB"), ("Business Competition Supervisory Commission", "KPPU"),
    ("Investment Coordinating Board", "BKPM"), ("Association of Southeast Asian Nations", "ASEAN"),
]
ACRO_ID_FRAMES = [
    "{full} ({short}) meminta platform memperketat verifikasi. Menurut {short2}, aturan itu segera terbit.",
    "Data {full} ({short}) menunjukkan perlambatan. Kepala {short2} menyebut konsumsi tetap kuat.",
]
ACRO_EN_FRAMES = [
    "The {full} ({short}) told platforms to tighten checks. The {short2} said rules would follow.",
    "Figures from the {full} ({short}) showed a slowdown. Officials at the {short2} expect a rebound.",
]

# Varied forms: names the gazetteer does not list (known only by their shape), listed
# names written with other spacing or case, names at the start of a sentence, beside a
# person's title, in a possessive, and short forms defined either way round.
ORG_ID_SHAPES = [
    "PT Sinar Cakrawala Logistik", "PT Nusa Niaga Daring Tbk", "PT Kopi Senja Nusantara",
    "CV Maju Bersama Makmur", "Cakrawala Ventures", "Garuda Data Group", "Borneo Agro Holdings",
    "Rantai Pasok Teknologi Tbk", "Badan Kebijakan Fiskal", "Direktorat Jenderal Perbendaharaan",
    "Komisi Informasi Pusat", "Otoritas Pelabuhan Tanjung Priok", "Dewan Ekonomi Nasional",
    "Kementerian Pekerjaan Umum", "Badan Karantina Indonesia", "Dinas Perdagangan DKI Jakarta",
    "Asosiasi Pedagang Pasar Seluruh Indonesia", "Universitas Airlangga",
    "Gabungan Pengusaha Makanan dan Minuman Indonesia", "Himpunan Pengusaha Muda Indonesia",
    "Pengadilan Niaga Jakarta Pusat", "Lembaga Kajian Ekonomi Digital", "Bursa Karbon Nusantara",
    "PT Bank Mandiri (Persero) Tbk", "Kementerian Pendidikan Tinggi", "Perum Percetakan Uang",
    "Yayasan Literasi Keuangan", "Ikatan Akuntan Indonesia", "Serikat Pekerja Logistik",
    "Mahkamah Agung",
]
ORG_ID_VARIANTS = [
    "BANK MANDIRI", "Bank  Rakyat Indonesia", "Telkomsel", "Kredivo", "Xendit", "Akulaku",
    "Indodax", "Ninja Xpress", "SiCepat", "J&T Express", "Alfamart", "Indomaret",
    "Garuda Indonesia", "Pos Indonesia", "Kadin", "Apindo", "INDEF", "Celios", "Kontan",
    "Katadata Insight Center", "Republika", "Liputan6", "detikcom", "IDN Times", "Kumparan",
    "Grab Indonesia", "Gojek Indonesia", "Tencent Holdings", "Alibaba Group Holding", "Bank BTPN",
]
ORG_EN_SHAPES = [
    "Borneo Data Pte Ltd", "Selat Mas Sdn Bhd", "Andalas Capital", "Meranti Partners",
    "Java Logistics Board", "Ministry of Digital Economy", "Ministry of Transport",
    "Department of Trade and Industry", "Philippine Competition Commission",
    "Vietnam E-commerce Association", "Institute for Digital Trade",
    "Malaysian Communications and Multimedia Commission", "Thai Board of Investment",
    "Komodo Robotics Inc.", "Lumbung Pay Corp.", "Palapa Networks Ltd", "Kenari Foods Group",
    "Rinjani Mobility Holdings", "Samudra Insights", "Arus Analytics", "Sumatra Port Authority",
    "Jakarta Chamber of Commerce", "Indonesian Logistics Association", "Asia Retail Forum",
    "Bali Tourism Board", "Office of the Trade Representative", "Nusantara Payments Company",
    "Mekong Consulting", "Straits Securities", "Lombok Labs Holdings",
]
ORG_EN_VARIANTS = [
    "Goldman Sachs", "Moody's", "Fitch Ratings", "Nomura", "S&P Global", "Canalys",
    "Counterpoint", "Gartner", "IDC", "Kantar", "Statista", "Caixin", "MORGAN STANLEY",
    "Temasek", "Khazanah Nasional", "East Ventures", "Alpha JWC Ventures", "Tiger Global",
    "SoftBank Group", "KKR", "Warburg Pincus", "DBS Bank", "OCBC", "UOB", "CIMB Group",
    "Xiaomi", "Huawei", "TSMC", "Foodpanda", "Lalamove",
]
ORG_ID_LEAD_FRAMES = [
    "{} mencatat kenaikan penjualan yang tajam.",
    "{} menolak berkomentar soal rencana tersebut.",
    "Direktur Utama {} Budi Santoso hadir dalam acara itu.",
]
ORG_EN_LEAD_FRAMES = [
    "{} said it would expand its warehouse network.",
    "{} declined to comment on the talks.",
    "{}'s shares rose after the announcement.",
]
SHORT_FORMS_ID = [
    ("Badan Kebijakan Fiskal", "BKF"), ("Dewan Ekonomi Nasional", "DEN"),
    ("Asosiasi Niaga Daring", "Andar"), ("Lembaga Kajian Ekonomi Digital", "LKED"),
    ("Himpunan Pengusaha Muda Indonesia", "Hipmi"), ("Gabungan Perusahaan Ekspor Indonesia", "GPEI"),
]
SHORT_FORMS_EN = [
    ("Java Logistics Board", "JLB"), ("Philippine Competition Commission", "PCC"),
    ("Vietnam E-commerce Association", "VECOM"), ("Institute for Digital Trade", "IDT"),
    ("Sumatra Port Authority", "SPA"), ("Asia Retail Forum", "ARF"),
]
SHORT_FIRST_FRAMES = {
    "id": "{short} ({full}) menilai pasar stabil. Namun {short2} meminta pengawasan.",
    "en": "The {short} ({full}) expects steady demand. The {short2} will review it.",
}
# Sentences that name no organisation: places, people, everyday words that open a
# sentence or share a listed name's letters. Anything found in them is a false find.
NO_ORG = [
    ("id", "Jakarta dan Surabaya menjadi pasar terbesar bagi pedagang daring."),
    ("id", "Presiden Joko Widodo meninjau pasar tradisional di Bandung."),
    ("id", "Warga Medan kini lebih sering berbelanja lewat ponsel."),
    ("id", "Pihak manajemen belum memberikan tanggapan."),
    ("id", "Dana segar itu akan dipakai untuk membuka gudang."),
    ("id", "Antara lain, pedagang meminta ongkos kirim lebih murah."),
    ("id", "Tempo pengiriman kini lebih singkat."),
    ("id", "Kantor pusat perusahaan itu pindah ke Bekasi."),
    ("id", "Bank sentral menahan suku bunga acuan."),
    ("id", "Badan usaha milik negara diminta lebih efisien."),
    ("id", "Menteri Keuangan Sri Mulyani Indrawati hadir dalam acara itu."),
    ("id", "Para pedagang di Pasar Tanah Abang mengeluhkan sepinya pembeli."),
    ("id", "Kompas pedagang kecil kini adalah ulasan pembeli."),
    ("id", "Matahari terik membuat kurir enggan berangkat siang."),
    ("id", "Mandiri secara finansial menjadi tujuan banyak pekerja muda."),
    ("id", "Ketua Umum Budi Hartono membuka rapat anggota."),
    ("id", "Sumatra Utara dan Kalimantan Timur mencatat pertumbuhan tercepat."),
    ("id", "ide itu datang dari dana pribadi sang pendiri."),
    ("id", "Gudang di Cikarang kebanjiran sepanjang sore."),
    ("id", "Saham teknologi melemah seiring aksi jual investor asing."),
    ("en", "Jakarta and Bali drew more shoppers, said John Smith."),
    ("en", "Visa applications rose sharply."),
    ("en", "Shares fell as investors sold technology stocks."),
    ("en", "The South China Sea dispute weighed on sentiment."),
    ("en", "Bank customers queued outside branches."),
    ("en", "Singapore and Kuala Lumpur compete for regional headquarters."),
    ("en", "Chief Executive Nadiem Makarim spoke to reporters."),
    ("en", "Central Java farmers sold rice online."),
    ("en", "Meta descriptions matter less than fast pages, the seller said."),
    ("en", "Fortune favoured the early sellers on the platform."),
    ("en", "Analysts expect margins to improve."),
    ("en", "Mr Tan said the warehouse in Batam would open soon."),
    ("en", "Trade between Indonesia and Vietnam keeps growing."),
    ("en", "Southeast Asian shoppers prefer cash on delivery."),
    ("en", "Temu markets and bazaars drew crowds in Yogyakarta."),
]

# Issue 13's red team of organisations: names a business story about Indonesia and its
# neighbours carries (startups, banks, state firms, groups, telcos, retailers, payment
# firms, funds, consultancies, rating agencies, outlets, regulators, associations,
# international bodies, foreign firms at work in Indonesia) in the forms they take:
# legal forms before and after, possessives, a group's division, short forms in
# parentheses, capitals, dots, ampersands, hyphens and digits. Each row lists every
# organisation (or player) it names; a product (`WhatsApp`) is not one.
ORG_WIDER = [
    ("id", "Startup fintech Akulaku menerima suntikan dana dari Mitsubishi UFJ Financial Group.", ["Akulaku", "Mitsubishi UFJ Financial Group"]),
    ("id", "Kredivo dan Xendit sama-sama memperluas layanan ke Filipina.", ["Kredivo", "Xendit"]),
    ("id", "Aplikasi investasi Bibit didukung oleh Sequoia Capital dan East Ventures.", ["Bibit", "Sequoia Capital", "East Ventures"]),
    ("id", "Pendanaan untuk Ajaib dipimpin oleh Alpha JWC Ventures.", ["Ajaib", "Alpha JWC Ventures"]),
    ("id", "Perusahaan agritech eFishery sempat menjadi unicorn perikanan pertama.", ["eFishery"]),
    ("id", "Ruangguru memangkas ratusan karyawan setelah pandemi mereda.", ["Ruangguru"]),
    ("id", "Layanan kesehatan Halodoc bermitra dengan Kimia Farma untuk pengiriman obat.", ["Halodoc", "Kimia Farma"]),
    ("id", "Platform logistik Waresix dan Kargo Technologies bersaing ketat di segmen truk.", ["Waresix", "Kargo Technologies"]),
    ("id", "Mitra pengiriman Anteraja dan SiCepat Ekspres menambah armada menjelang Lebaran.", ["Anteraja", "SiCepat Ekspres"]),
    ("id", "J&T Express resmi melantai di bursa Hong Kong.", ["J&T Express"]),
    ("id", "PT Bank Rakyat Indonesia (Persero) Tbk mencatat laba bersih tertinggi di antara bank BUMN.", ["PT Bank Rakyat Indonesia (Persero) Tbk"]),
    ("id", "PT Bank Negara Indonesia (Persero) Tbk atau BNI menyalurkan kredit ke sektor ekspor.", ["PT Bank Negara Indonesia (Persero) Tbk", "BNI"]),
    ("id", "Bank Tabungan Negara fokus pada kredit pemilikan rumah bersubsidi.", ["Bank Tabungan Negara"]),
    ("id", "Bank digital Bank Jago terhubung langsung dengan aplikasi Gojek.", ["Bank Jago", "Gojek"]),
    ("id", "Allo Bank milik CT Corp menawarkan bunga tabungan yang tinggi.", ["Allo Bank", "CT Corp"]),
    ("id", "SeaBank Indonesia dan Bank Neo Commerce bersaing merebut nasabah muda.", ["SeaBank Indonesia", "Bank Neo Commerce"]),
    ("id", "Bank BTPN Syariah menyalurkan pembiayaan kepada perempuan prasejahtera.", ["Bank BTPN Syariah"]),
    ("id", "CIMB Niaga dan Bank Danamon menaikkan suku bunga deposito.", ["CIMB Niaga", "Bank Danamon"]),
    ("id", "PermataBank kini dikendalikan oleh Bangkok Bank.", ["PermataBank", "Bangkok Bank"]),
    ("id", "Saham PT Bank Syariah Indonesia Tbk menguat di awal perdagangan.", ["PT Bank Syariah Indonesia Tbk"]),
    ("id", "Pertamina dan PLN ditugaskan membangun stasiun pengisian kendaraan listrik.", ["Pertamina", "PLN"]),
    ("id", "PT Pos Indonesia (Persero) mulai melayani pengiriman barang impor.", ["PT Pos Indonesia (Persero)"]),
    ("id", "Holding BUMN pertambangan MIND ID mengambil alih saham Vale Indonesia.", ["MIND ID", "Vale Indonesia"]),
    ("id", "Danantara mengelola aset BUMN yang nilainya sangat besar.", ["Danantara"]),
    ("id", "Perum Bulog menyerap gabah petani di Jawa Tengah.", ["Perum Bulog"]),
    ("id", "PT Kereta Api Indonesia menambah perjalanan selama libur panjang.", ["PT Kereta Api Indonesia"]),
    ("id", "Pelindo menggandeng DP World untuk mengelola terminal peti kemas.", ["Pelindo", "DP World"]),
    ("id", "Astra International memiliki saham di Gojek melalui anak usahanya.", ["Astra International", "Gojek"]),
    ("id", "Grup Salim lewat Indofood memperkuat distribusi mi instan.", ["Grup Salim", "Indofood"]),
    ("id", "Sinar Mas dan Djarum termasuk konglomerasi terbesar di tanah air.", ["Sinar Mas", "Djarum"]),
    ("id", "Lippo Group melepas sebagian saham Matahari Department Store.", ["Lippo Group", "Matahari Department Store"]),
    ("id", "Emtek menjadi pemegang saham besar Bukalapak.", ["Emtek", "Bukalapak"]),
    ("id", "MNC Group meluncurkan layanan bank digital lewat MNC Bank.", ["MNC Group", "MNC Bank"]),
    ("id", "Telkomsel memperluas jaringan seluler ke kota-kota di luar Jawa.", ["Telkomsel"]),
    ("id", "PT XL Axiata Tbk resmi bergabung dengan Smartfren.", ["PT XL Axiata Tbk", "Smartfren"]),
    ("id", "Indosat Ooredoo Hutchison menggandeng Nvidia membangun pusat data kecerdasan buatan.", ["Indosat Ooredoo Hutchison", "Nvidia"]),
    ("id", "PT Telkom Indonesia (Persero) Tbk memisahkan bisnis menara ke Mitratel.", ["PT Telkom Indonesia (Persero) Tbk", "Mitratel"]),
    ("id", "Alfamart dan Indomaret terus menambah gerai di pelosok daerah.", ["Alfamart", "Indomaret"]),
    ("id", "PT Sumber Alfaria Trijaya Tbk membuka gerai di Filipina.", ["PT Sumber Alfaria Trijaya Tbk"]),
    ("id", "Erajaya Swasembada menjadi distributor resmi ponsel Apple.", ["Erajaya Swasembada", "Apple"]),
    ("id", "Mitra Adiperkasa mengoperasikan gerai Starbucks di Indonesia.", ["Mitra Adiperkasa", "Starbucks"]),
    ("id", "Dompet digital GoPay dan OVO menguasai transaksi pembayaran ritel.", ["GoPay", "OVO"]),
    ("id", "LinkAja dimiliki oleh sejumlah BUMN.", ["LinkAja"]),
    ("id", "Gerbang pembayaran Midtrans dan DOKU melayani jutaan pedagang.", ["Midtrans", "DOKU"]),
    ("id", "Jaringan ATM Bersama dikelola oleh Artajasa.", ["Artajasa"]),
    ("id", "Modal ventura milik Telkom, MDI Ventures, berinvestasi di startup Singapura.", ["Telkom", "MDI Ventures"]),
    ("id", "BRI Ventures memimpin putaran pendanaan untuk Amartha.", ["BRI Ventures", "Amartha"]),
    ("id", "AC Ventures dan Openspace Ventures menutup dana kelolaan baru.", ["AC Ventures", "Openspace Ventures"]),
    ("id", "Indonesia Investment Authority menanamkan modal di jalan tol.", ["Indonesia Investment Authority"]),
    ("id", "Temasek dan GIC ikut dalam penawaran saham perdana GoTo.", ["Temasek", "GIC", "GoTo"]),
    ("id", "Survei Populix dan Jakpat menunjukkan konsumen makin sensitif harga.", ["Populix", "Jakpat"]),
    ("id", "Laporan Momentum Works menyebut Shopee masih memimpin pasar.", ["Momentum Works", "Shopee"]),
    ("id", "Ekonom Center of Economic and Law Studies menilai pajak itu memberatkan.", ["Center of Economic and Law Studies"]),
    ("id", "Lembaga Penyelidikan Ekonomi dan Masyarakat FEB UI memproyeksikan pertumbuhan melambat.", ["Lembaga Penyelidikan Ekonomi dan Masyarakat FEB UI"]),
    ("id", "Pefindo memberikan peringkat idAAA kepada obligasi perseroan.", ["Pefindo"]),
    ("id", "Lembaga pemeringkat Moody's mempertahankan peringkat Indonesia.", ["Moody's"]),
    ("id", "Fitch Ratings menaikkan prospek peringkat bank tersebut.", ["Fitch Ratings"]),
    ("id", "Menurut Kontan, perseroan menyiapkan penawaran umum perdana.", ["Kontan"]),
    ("id", "Seperti dikutip CNBC Indonesia, laba perseroan melonjak.", ["CNBC Indonesia"]),
    ("id", "Tirto dan Kumparan menurunkan laporan mendalam soal pinjol.", ["Tirto", "Kumparan"]),
    ("id", "The Jakarta Post melaporkan rencana merger tersebut.", ["The Jakarta Post"]),
    ("id", "Kemenkeu memperpanjang insentif pajak untuk kendaraan listrik.", ["Kemenkeu"]),
    ("id", "Kemenperin mewajibkan kandungan lokal untuk ponsel yang dijual di dalam negeri.", ["Kemenperin"]),
    ("id", "Komdigi memblokir ribuan situs judi daring.", ["Komdigi"]),
    ("id", "KPPU mendenda perusahaan itu karena terlambat melaporkan akuisisi.", ["KPPU"]),
    ("id", "Realisasi investasi yang dicatat BKPM naik tajam.", ["BKPM"]),
    ("id", "OJK mencabut izin usaha sebuah perusahaan pinjaman daring.", ["OJK"]),
    ("id", "BI menahan suku bunga acuan dalam rapat dewan gubernur.", ["BI"]),
    ("id", "Saham teknologi memimpin penguatan indeks di BEI.", ["BEI"]),
    ("id", "Bappebti pernah mengawasi perdagangan aset kripto.", ["Bappebti"]),
    ("id", "Direktorat Jenderal Bea dan Cukai menyita barang impor ilegal.", ["Direktorat Jenderal Bea dan Cukai"]),
    ("id", "PPATK menelusuri aliran dana dari situs judi.", ["PPATK"]),
    ("id", "Komisi VI DPR memanggil direksi BUMN karya.", ["Komisi VI DPR"]),
    ("id", "Asosiasi Fintech Pendanaan Bersama Indonesia (AFPI) menetapkan batas bunga harian.", ["Asosiasi Fintech Pendanaan Bersama Indonesia", "AFPI"]),
    ("id", "Aftech (Asosiasi Fintech Indonesia) menyambut aturan baru itu.", ["Aftech", "Asosiasi Fintech Indonesia"]),
    ("id", "Aprindo meminta pemerintah membayar utang rafaksi minyak goreng.", ["Aprindo"]),
    ("id", "Kadin Indonesia dan Apindo menolak kenaikan upah yang terlalu tinggi.", ["Kadin Indonesia", "Apindo"]),
    ("id", "Asosiasi Penyelenggara Jasa Internet Indonesia mencatat penetrasi internet naik.", ["Asosiasi Penyelenggara Jasa Internet Indonesia"]),
    ("id", "Dana Moneter Internasional memangkas proyeksi pertumbuhan Asia.", ["Dana Moneter Internasional"]),
    ("id", "Bank Dunia menyalurkan pinjaman untuk program sekolah.", ["Bank Dunia"]),
    ("id", "Bank Pembangunan Asia menaikkan perkiraan ekonomi Indonesia.", ["Bank Pembangunan Asia"]),
    ("id", "Indonesia resmi bergabung dengan Organisasi untuk Kerja Sama dan Pembangunan Ekonomi sebagai calon anggota.", ["Organisasi untuk Kerja Sama dan Pembangunan Ekonomi"]),
    ("id", "Sengketa nikel itu dibawa ke Organisasi Perdagangan Dunia.", ["Organisasi Perdagangan Dunia"]),
    ("id", "Amazon Web Services membangun pusat data di Jawa Barat.", ["Amazon Web Services"]),
    ("id", "Microsoft berjanji menanam modal besar untuk komputasi awan di Indonesia.", ["Microsoft"]),
    ("id", "TikTok menyuntikkan dana ke Tokopedia setelah akuisisi.", ["TikTok", "Tokopedia"]),
    ("id", "ByteDance kini menguasai mayoritas saham Tokopedia.", ["ByteDance", "Tokopedia"]),
    ("id", "Temu belum mengantongi izin beroperasi di Indonesia.", ["Temu"]),
    ("id", "BYD membangun pabrik mobil listrik di Subang.", ["BYD"]),
    ("id", "Hyundai Motor Company dan LG Energy Solution membangun pabrik baterai di Karawang.", ["Hyundai Motor Company", "LG Energy Solution"]),
    ("id", "Foxconn berencana membuka pabrik di Batam.", ["Foxconn"]),
    ("id", "Toyota Motor Manufacturing Indonesia mengekspor mobil ke Timur Tengah.", ["Toyota Motor Manufacturing Indonesia"]),
    ("id", "Grup Lotte menunda proyek petrokimia di Cilegon.", ["Grup Lotte"]),
    ("id", "Apple Developer Academy dibuka di Bali oleh Apple Inc.", ["Apple Developer Academy", "Apple Inc."]),
    ("en", "Apple Developer tools were updated.", ["Apple"]),
    # second round: dotted PT, capitals, local arms, `RI`, a player's legal name
    ("id", "Saham PT. Bank Central Asia Tbk. naik di awal sesi.", ["PT. Bank Central Asia Tbk."]),
    ("id", "PT BANK RAKYAT INDONESIA (PERSERO) TBK MENGUMUMKAN DIVIDEN.", ["PT BANK RAKYAT INDONESIA (PERSERO) TBK"]),
    ("id", "PT Shopee International Indonesia membantah tudingan itu.", ["PT Shopee International Indonesia"]),
    ("id", "PT Lazada E-Services Indonesia menggandeng pedagang lokal.", ["PT Lazada E-Services Indonesia"]),
    ("id", "PT Dompet Anak Bangsa (GoPay) mengantongi izin baru.", ["PT Dompet Anak Bangsa", "GoPay"]),
    ("id", "Kemenkop UKM dan Kemendag RI menggelar rapat bersama.", ["Kemenkop UKM", "Kemendag RI"]),
    ("id", "Bank DBS Indonesia dan Bank Shinhan Indonesia menurunkan bunga.", ["Bank DBS Indonesia", "Bank Shinhan Indonesia"]),
    ("id", "KB Bank dan Hana Bank memperluas kredit digital.", ["KB Bank", "Hana Bank"]),
    ("id", "Layanan blu dari BCA Digital tumbuh pesat.", ["BCA Digital"]),
    ("id", "Gerai ALFAMART dan INDOMARET kini buka sepanjang malam.", ["ALFAMART", "INDOMARET"]),
    ("id", "Citigroup Inc. menjual bisnis ritelnya ke UOB.", ["Citigroup Inc.", "UOB"]),
    ("id", "J.P. Morgan menaikkan peringkat saham bank itu.", ["J.P. Morgan"]),
    ("id", "Menurut OJK RI, jumlah pinjol ilegal berkurang.", ["OJK RI"]),
    ("id", "Bukalapak.com resmi menutup layanan marketplace barang fisik.", ["Bukalapak.com"]),
    ("id", "PT Global Digital Niaga Tbk (Blibli) membukukan pendapatan lebih tinggi.", ["PT Global Digital Niaga Tbk", "Blibli"]),
    ("id", "Induk usaha Blibli, PT Global Digital Niaga Tbk, menambah modal.", ["Blibli", "PT Global Digital Niaga Tbk"]),
    ("en", "Bank Indonesia's governor spoke after the meeting.", ["Bank Indonesia"]),
    ("en", "Komdigi's new rule takes effect soon.", ["Komdigi"]),
    ("en", "The OJK and the BI issued a joint statement.", ["OJK", "BI"]),
    ("en", "PT GoTo Gojek Tokopedia Tbk (GOTO.JK) shares slid.", ["PT GoTo Gojek Tokopedia Tbk", "GOTO.JK"]),
    ("en", "Citi and JPMorgan were hired as advisers.", ["Citi", "JPMorgan"]),
    ("en", "Bank Danamon Indonesia, a unit of MUFG, raised rates.", ["Bank Danamon Indonesia", "MUFG"]),
    ("en", "Sea Group's digital bank arm is called SeaBank.", ["Sea Group", "SeaBank"]),
    ("en", "The company hired Ernst & Young LLP as its auditor.", ["Ernst & Young LLP"]),
    ("en", "BlackRock Inc. and Vanguard Group hold stakes in the bank.", ["BlackRock Inc.", "Vanguard Group"]),
    ("en", "Indonesia's sovereign wealth fund, the INA, backed the toll roads.", ["INA"]),
    ("en", "A unit of Sinar Mas, Bank Sinarmas, is going digital.", ["Sinar Mas", "Bank Sinarmas"]),
    ("en", "Mandiri Sekuritas and BRI Danareksa Sekuritas ran the offering.", ["Mandiri Sekuritas", "BRI Danareksa Sekuritas"]),
    ("en", "TRAVELOKA AND TIKET.COM CUT PRICES FOR THE HOLIDAYS.", ["TRAVELOKA", "TIKET.COM"]),
    ("en", "Analysts at CLSA and Macquarie Group Ltd. were bullish.", ["CLSA", "Macquarie Group Ltd."]),
    ("id", "Kopi Kenangan dan Fore Coffee berebut pelanggan kopi susu.", ["Kopi Kenangan", "Fore Coffee"]),
    ("id", "Penyedia pinjaman Julo dan Kredit Pintar mendapat izin OJK.", ["Julo", "Kredit Pintar", "OJK"]),
    ("id", "Startup edtech Zenius berhenti beroperasi.", ["Zenius"]),
    ("id", "Tiket.com dan Traveloka bersaing di bisnis hotel.", ["Tiket.com", "Traveloka"]),
    ("id", "BANK MANDIRI DAN BANK CENTRAL ASIA MEMIMPIN PENGUATAN SAHAM.", ["BANK MANDIRI", "BANK CENTRAL ASIA"]),
    ("id", "Pasar Blibli.com kini terintegrasi dengan Ranch Market.", ["Blibli.com", "Ranch Market"]),
    ("id", "Gerai 7-Eleven di Jakarta sudah lama tutup.", ["7-Eleven"]),
    ("en", "Tokopedia's sellers saw orders fall after the fee change.", ["Tokopedia"]),
    ("en", "Gojek's payments unit GoPay is being folded into GoTo Financial.", ["Gojek", "GoPay", "GoTo Financial"]),
    ("en", "Shopee's parent Sea Ltd returned to profit after years of losses.", ["Shopee", "Sea Ltd"]),
    ("en", "Grab's unit OVO raised fresh capital from Tokyo Century.", ["Grab", "OVO", "Tokyo Century"]),
    ("en", "Lazada's owner Alibaba Group Holding Ltd injected more cash into the platform.", ["Lazada", "Alibaba Group Holding Ltd"]),
    ("en", "Fintech lender Kredivo is backed by Mirae Asset Venture Investment.", ["Kredivo", "Mirae Asset Venture Investment"]),
    ("en", "Xendit Pte Ltd became a unicorn after a round led by Tiger Global Management.", ["Xendit Pte Ltd", "Tiger Global Management"]),
    ("en", "Jakarta-based Ajaib counts Ribbit Capital among its backers.", ["Ajaib", "Ribbit Capital"]),
    ("en", "Agritech firm eFishery admitted that its earlier figures were inflated.", ["eFishery"]),
    ("en", "Healthtech startup Halodoc raised money from Temasek and Astra.", ["Halodoc", "Temasek", "Astra"]),
    ("en", "Logistics company Ninja Van Pte Ltd cut staff across the region.", ["Ninja Van Pte Ltd"]),
    ("en", "SF Express and Cainiao expanded cross-border routes into Indonesia.", ["SF Express", "Cainiao"]),
    ("en", "J&T Global Express Ltd raised fresh money in its Hong Kong listing.", ["J&T Global Express Ltd"]),
    ("en", "Bank Mandiri and Bank Rakyat Indonesia lead the list of state lenders.", ["Bank Mandiri", "Bank Rakyat Indonesia"]),
    ("en", "PT Bank Central Asia Tbk reported record profit for the year.", ["PT Bank Central Asia Tbk"]),
    ("en", "Digital lender Bank Jago counts GoTo as a shareholder.", ["Bank Jago", "GoTo"]),
    ("en", "Superbank is backed by Emtek, Grab and KakaoBank.", ["Superbank", "Emtek", "Grab", "KakaoBank"]),
    ("en", "Krom Bank Indonesia is controlled by Kredivo's parent.", ["Krom Bank Indonesia", "Kredivo"]),
    ("en", "DBS Group Holdings Ltd reported higher fees from wealth clients.", ["DBS Group Holdings Ltd"]),
    ("en", "Oversea-Chinese Banking Corp and United Overseas Bank both own Indonesian units.", ["Oversea-Chinese Banking Corp", "United Overseas Bank"]),
    ("en", "Malayan Banking Bhd, known as Maybank, owns Maybank Indonesia.", ["Malayan Banking Bhd", "Maybank", "Maybank Indonesia"]),
    ("en", "CIMB Group Holdings Bhd owns a majority of CIMB Niaga.", ["CIMB Group Holdings Bhd", "CIMB Niaga"]),
    ("en", "Sumitomo Mitsui Banking Corporation took control of Bank BTPN.", ["Sumitomo Mitsui Banking Corporation", "Bank BTPN"]),
    ("en", "Mizuho Financial Group bought a stake in Credit Saison's Asian arm.", ["Mizuho Financial Group", "Credit Saison"]),
    ("en", "State energy firm Pertamina and utility PLN signed a gas supply deal.", ["Pertamina", "PLN"]),
    ("en", "Telkom Indonesia plans to list its data centre business.", ["Telkom Indonesia"]),
    ("en", "Garuda Indonesia is restructuring its debt with lessors.", ["Garuda Indonesia"]),
    ("en", "Sovereign fund Danantara will oversee state company dividends.", ["Danantara"]),
    ("en", "PT Pertamina (Persero) bought a stake in an overseas oil block.", ["PT Pertamina (Persero)"]),
    ("en", "Astra International Tbk's car sales slowed as credit tightened.", ["Astra International Tbk"]),
    ("en", "Sinar Mas Group owns stakes in paper, palm oil and banking.", ["Sinar Mas Group"]),
    ("en", "Djarum Group controls Bank Central Asia through its holding.", ["Djarum Group", "Bank Central Asia"]),
    ("en", "Salim Group's Indofood CBP Sukses Makmur makes instant noodles.", ["Salim Group", "Indofood CBP Sukses Makmur"]),
    ("en", "Adaro Energy Indonesia renamed itself Alamtri Resources Indonesia.", ["Adaro Energy Indonesia", "Alamtri Resources Indonesia"]),
    ("en", "XL Axiata and Smartfren merged to form XLSmart.", ["XL Axiata", "Smartfren", "XLSmart"]),
    ("en", "Indosat Ooredoo Hutchison's subscriber numbers rose.", ["Indosat Ooredoo Hutchison"]),
    ("en", "Telkomsel signed a network deal with Ericsson and Nokia.", ["Telkomsel", "Ericsson", "Nokia"]),
    ("en", "Singapore Telecommunications Ltd, or Singtel, owns a stake in Telkomsel.", ["Singapore Telecommunications Ltd", "Singtel", "Telkomsel"]),
    ("en", "Retailer Matahari Department Store closed several outlets.", ["Matahari Department Store"]),
    ("en", "Alfamart operator Sumber Alfaria Trijaya posted higher sales.", ["Alfamart", "Sumber Alfaria Trijaya"]),
    ("en", "Ace Hardware Indonesia changed its name after the licence ended.", ["Ace Hardware Indonesia"]),
    ("en", "Payment firm DANA is partly owned by Ant Group.", ["DANA", "Ant Group"]),
    ("en", "ShopeePay competes with GoPay and LinkAja for QR payments.", ["ShopeePay", "GoPay", "LinkAja"]),
    ("en", "Visa Inc. and Mastercard Inc. face a new domestic payment rule.", ["Visa Inc.", "Mastercard Inc."]),
    ("en", "PayPal Holdings Inc. registered with the ministry just before the deadline.", ["PayPal Holdings Inc."]),
    ("en", "Stripe and Adyen are courting Indonesian merchants.", ["Stripe", "Adyen"]),
    ("en", "East Ventures led the seed round, with participation from AC Ventures.", ["East Ventures", "AC Ventures"]),
    ("en", "Peak XV Partners, formerly Sequoia India, trimmed its Southeast Asia team.", ["Peak XV Partners", "Sequoia India"]),
    ("en", "Vertex Ventures Southeast Asia and India closed a new fund.", ["Vertex Ventures Southeast Asia and India"]),
    ("en", "Openspace Ventures and Insignia Ventures Partners backed the deal.", ["Openspace Ventures", "Insignia Ventures Partners"]),
    ("en", "Khazanah Nasional Bhd invested alongside GIC Pte Ltd.", ["Khazanah Nasional Bhd", "GIC Pte Ltd"]),
    ("en", "Temasek Holdings (Private) Limited trimmed its holdings in Chinese tech.", ["Temasek Holdings (Private) Limited"]),
    ("en", "Northstar Group and Provident Capital have backed several Indonesian startups.", ["Northstar Group", "Provident Capital"]),
    ("en", "A report by Google, Temasek and Bain & Company sized the digital economy.", ["Google", "Temasek", "Bain & Company"]),
    ("en", "McKinsey & Co. estimated that e-commerce will keep growing.", ["McKinsey & Co."]),
    ("en", "Boston Consulting Group advised the company on the merger.", ["Boston Consulting Group"]),
    ("en", "Ernst & Young audited the accounts.", ["Ernst & Young"]),
    ("en", "KPMG and Deloitte were shortlisted as auditors.", ["KPMG", "Deloitte"]),
    ("en", "Redseer Strategy Consultants put the market size at a new high.", ["Redseer Strategy Consultants"]),
    ("en", "S&P Global Ratings affirmed Indonesia's sovereign rating.", ["S&P Global Ratings"]),
    ("en", "Moody's Investors Service kept its stable outlook on the country.", ["Moody's Investors Service"]),
    ("en", "Japan Credit Rating Agency upgraded the company.", ["Japan Credit Rating Agency"]),
    ("en", "Fitch Solutions expects the rupiah to weaken.", ["Fitch Solutions"]),
    ("en", "The Jakarta Post and Jakarta Globe reported the deal first.", ["The Jakarta Post", "Jakarta Globe"]),
    ("en", "DealStreetAsia reported that the startup is seeking new funds.", ["DealStreetAsia"]),
    ("en", "Tech in Asia and KrASIA covered the layoffs.", ["Tech in Asia", "KrASIA"]),
    ("en", "The Straits Times said the bank would open more branches.", ["The Straits Times"]),
    ("en", "South China Morning Post reported the talks first.", ["South China Morning Post"]),
    ("en", "Kominfo, now called Komdigi, asked platforms to register.", ["Kominfo", "Komdigi"]),
    ("en", "The Ministry of Trade, known as Kemendag, issued the rule.", ["Ministry of Trade", "Kemendag"]),
    ("en", "Bank Indonesia (BI) held its benchmark rate.", ["Bank Indonesia", "BI"]),
    ("en", "The Indonesia Stock Exchange (IDX) suspended trading in the shares.", ["Indonesia Stock Exchange", "IDX"]),
    ("en", "OJK (Financial Services Authority) revoked the lender's license.", ["OJK", "Financial Services Authority"]),
    ("en", "The Investment Ministry said foreign direct investment rose.", ["Investment Ministry"]),
    ("en", "The Ministry of Industry set local content rules for phones.", ["Ministry of Industry"]),
    ("en", "The Finance Ministry will extend the tax break.", ["Finance Ministry"]),
    ("en", "The Communications and Digital Ministry blocked the app.", ["Communications and Digital Ministry"]),
    ("en", "The Indonesian E-commerce Association said sellers were hurt.", ["Indonesian E-commerce Association"]),
    ("en", "The Indonesian Fintech Association welcomed the new sandbox.", ["Indonesian Fintech Association"]),
    ("en", "The Indonesian Chamber of Commerce and Industry urged caution.", ["Indonesian Chamber of Commerce and Industry"]),
    ("en", "The International Monetary Fund raised its growth forecast.", ["International Monetary Fund"]),
    ("en", "The IMF and the World Bank held their annual meetings in Bali.", ["IMF", "World Bank"]),
    ("en", "The ADB approved a loan for rural roads.", ["ADB"]),
    ("en", "ASEAN ministers agreed on a digital economy framework.", ["ASEAN"]),
    ("en", "The WTO ruled against the export ban.", ["WTO"]),
    ("en", "The OECD expects inflation to ease.", ["OECD"]),
    ("en", "Amazon.com Inc. has no local marketplace in Indonesia.", ["Amazon.com Inc."]),
    ("en", "Alphabet's Google agreed to pay a fine.", ["Alphabet", "Google"]),
    ("en", "Meta Platforms Inc. launched shopping features on WhatsApp.", ["Meta Platforms Inc."]),
    ("en", "Microsoft Corp. will invest in cloud infrastructure.", ["Microsoft Corp."]),
    ("en", "Apple Inc. plans a factory for accessories in Batam.", ["Apple Inc."]),
    ("en", "Nvidia Corp. partnered with Indosat on artificial intelligence.", ["Nvidia Corp.", "Indosat"]),
    ("en", "Shein and Temu face scrutiny over cheap imports.", ["Shein", "Temu"]),
    ("en", "PDD Holdings, which owns Temu, did not comment.", ["PDD Holdings", "Temu"]),
    ("en", "JD.com Inc. closed its Indonesian site JD.ID.", ["JD.com Inc.", "JD.ID"]),
    ("en", "Huawei Technologies Co. trains local engineers.", ["Huawei Technologies Co."]),
    ("en", "Samsung Electronics Co. assembles phones in Cikarang.", ["Samsung Electronics Co."]),
    ("en", "Xiaomi Corp. and Oppo lead smartphone shipments.", ["Xiaomi Corp.", "Oppo"]),
    ("en", "Rakuten Group Inc. sold its stake in a regional app.", ["Rakuten Group Inc."]),
    ("en", "Coupang Inc. is testing a Southeast Asian expansion.", ["Coupang Inc."]),
    ("en", "AirAsia's parent Capital A Bhd is selling its aviation arm.", ["AirAsia", "Capital A Bhd"]),
    ("en", "Petroliam Nasional Bhd, or Petronas, has a unit in Jakarta.", ["Petroliam Nasional Bhd", "Petronas"]),
    ("en", "Axiata Group Berhad owns a large share of XL Axiata.", ["Axiata Group Berhad", "XL Axiata"]),
    ("en", "SoftBank Group Corp. wrote down its investment in the startup.", ["SoftBank Group Corp."]),
    ("en", "Tencent Holdings Ltd. has a stake in Sea.", ["Tencent Holdings Ltd.", "Sea"]),
    ("en", "Toyota Motor Corp. and Honda Motor Co. build cars in Karawang.", ["Toyota Motor Corp.", "Honda Motor Co."]),
    ("en", "Hyundai Motor Co. began producing electric cars in Cikarang.", ["Hyundai Motor Co."]),
    ("en", "LG Energy Solution Ltd pulled out of the battery project.", ["LG Energy Solution Ltd"]),
    ("en", "Kakao Corp. invested in a local content startup.", ["Kakao Corp."]),
    ("en", "Standard Chartered PLC advised on the bond sale.", ["Standard Chartered PLC"]),
    ("en", "HSBC Holdings plc arranged the loan.", ["HSBC Holdings plc"]),
    ("en", "Deutsche Bank AG and UBS Group AG underwrote the offering.", ["Deutsche Bank AG", "UBS Group AG"]),
    ("en", "BNP Paribas SA lowered its forecast for the rupiah.", ["BNP Paribas SA"]),
    ("en", "Goldman Sachs Group Inc. raised its target price.", ["Goldman Sachs Group Inc."]),
    ("en", "Morgan Stanley & Co. managed the share sale.", ["Morgan Stanley & Co."]),
    ("en", "Foodpanda operator Delivery Hero SE withdrew from the market.", ["Foodpanda", "Delivery Hero SE"]),
    ("en", "Ant International operates Alipay+ across Asia.", ["Ant International"]),
]
NO_ORG_WIDER = [
    ("id", "Jakarta, Surabaya dan Bandung mencatat transaksi daring tertinggi."),
    ("id", "Menteri Perdagangan Budi Santoso meninjau gudang di Cikarang."),
    ("id", "Konsumen di Asia Tenggara makin gemar berbelanja lewat ponsel."),
    ("id", "Penjualan iPhone melonjak menjelang Ramadan."),
    ("id", "Sri Mulyani Indrawati menyampaikan pidato di depan mahasiswa."),
    ("id", "Kota Batam menjadi pusat perakitan elektronik."),
    ("id", "Produk Indomie laris manis di Nigeria."),
    ("id", "Kalimantan Timur menjadi lokasi ibu kota baru."),
    ("id", "Temu kangen para alumni berlangsung meriah."),
    ("id", "Bank dan pemerintah sepakat memperluas kredit."),
    ("id", "Pengguna WhatsApp dan Instagram makin banyak berjualan."),
    ("en", "Jakarta, Surabaya and Medan recorded the most orders."),
    ("en", "Finance Minister Sri Mulyani Indrawati said the deficit would narrow."),
    ("en", "Southeast Asia remains a battleground for e-commerce."),
    ("en", "Sales of the iPhone rose ahead of the holidays."),
    ("en", "President Prabowo Subianto visited the port."),
    ("en", "Central Java and East Java lead in rice output."),
    ("en", "May was a strong month for online sellers."),
    ("en", "Now the company wants to grow abroad."),
    ("en", "Buyers in Indonesia prefer free shipping."),
    ("en", "Users of WhatsApp and Instagram sell directly to friends."),
    ("en", "The Lunar New Year lifted spending in Singapore."),
    ("id", "Bibit unggul dibagikan kepada petani di Jawa Tengah."),
    ("id", "Ajaib rasanya melihat harga turun secepat itu."),
    ("id", "Jalin kerja sama dengan pemasok lokal, kata dia."),
    ("id", "Grup musik asal Bandung itu tampil di festival."),
    ("id", "Organisasi pemuda menggelar diskusi soal ekonomi digital."),
    ("id", "Ekonomi Syariah tumbuh pesat."),
    ("id", "Pedagang di Pasar Senen menjual ponsel bekas."),
    ("id", "Kakao dan kopi menjadi andalan ekspor Sulawesi."),
    ("id", "Pertunjukan Ramayana digelar di Prambanan."),
    ("id", "Julo-julo adalah tradisi menabung bersama."),
    ("id", "Ia membuka toko di Jalan Sudirman."),
    ("en", "Shipper demand rose ahead of the holidays."),
    ("en", "Antler horns are not traded online anymore."),
    ("en", "Sea freight rates eased as demand cooled."),
    ("en", "Private Limited companies must file accounts."),
    ("en", "Trade Minister Budi Santoso visited Jakarta Global Capital Markets Week."),
    ("en", "He moved from Sydney Capital Region to Jakarta."),
    ("en", "The Management Team met with staff."),
]


# ---------------------------------------------------------------- issue 13: numbers red team
# Forms the lists above did not cover, written for issue 13: other currencies and their
# symbols on either side, abbreviated scales glued to the digits, ranges, cents, spelled
# numbers of every size, basis points. Each form is used twice: alone (as a table cell or
# a headline fragment, in varied case and with or without a full stop) and in a sentence
# of another register (headline, market report, bullet, quote). A value of None means the
# form is no figure at all (an approximate quantity, an ordinal): anything found is false.
RED_MONEY_ID_FRAMES = [
    "- Laba bersih kuartalan: {}",
    "\"Kami siapkan {} untuk ekspansi gudang,\" kata direktur keuangan.",
    "Saham emiten tambang itu ditutup melemah ke {} per lembar.",
    "Nilai kontrak pengadaan itu disebut mencapai {}.",
    "Ongkos kirim antarpulau kini dipatok {} per kilogram.",
    "Pendapatan usaha | {} | naik tipis",
]
RED_MONEY_EN_FRAMES = [
    "- Net income for the quarter: {}",
    "\"We have set aside {} for the new warehouses,\" the finance chief said.",
    "The miner's shares closed lower at {} apiece.",
    "The procurement contract is said to be worth {}.",
    "Shipping between islands now costs {} per kilogram.",
    "Revenue | {} | slightly higher",
]
RED_MONEY_ID_FORMS = [
    ("Rp 2,5 juta", "2500000 IDR"), ("rp 750.000", "750000 IDR"), ("Rp50.000,-", "50000 IDR"),
    ("Rp 1.500.000,00", "1500000 IDR"), ("Rp4T", "4000000000000 IDR"), ("Rp 12 M", "12000000000 IDR"),
    ("Rp, 25.000", "25000 IDR"), ("Rp 1-2 miliar", "1000000000 IDR"), ("Rp 500 ribu hingga Rp 1 juta", "500000 IDR"),
    ("antara Rp 2 juta dan Rp 3 juta", "2000000 IDR"), ("Rp 100 juta–Rp 200 juta", "100000000 IDR"),
    ("Rp2jt", "2000000 IDR"), ("Rp 15rb", "15000 IDR"), ("Rp 3,5jt", "3500000 IDR"), ("IDR 15.000", "15000 IDR"),
    ("15 ribu rupiah", "15000 IDR"), ("Rp 10.000.000.000", "10000000000 IDR"), ("Rp 7.500", "7500 IDR"),
    ("Rp 0,5 juta", "500000 IDR"), ("Rp 2.500 triliun", "2500000000000000 IDR"), ("Rp1,2 T", "1200000000000 IDR"),
    ("seribu lima ratus rupiah", "1500 IDR"), ("dua ribu dua puluh empat rupiah", "2024 IDR"),
    ("lima puluh ribu rupiah", "50000 IDR"), ("tiga koma dua triliun rupiah", "3200000000000 IDR"),
    ("(Rp 2,3 triliun)", "-2300000000000 IDR"), ("-Rp 500 ribu", "-500000 IDR"), ("1,5 juta rupiah", "1500000 IDR"),
    ("US$4 miliar", "4000000000 USD"), ("USD 4,5 juta", "4500000 USD"), ("USD4,5 juta", "4500000 USD"),
    ("4,5 juta dolar AS", "4500000 USD"), ("3 miliar dolar Amerika", "3000000000 USD"), ("5 juta dollar", "5000000 USD"),
    ("50 sen", "0.5 USD"), ("US$ 1,25 miliar", "1250000000 USD"),
    ("SGD2 juta", "2000000 SGD"), ("2 juta dolar Singapura", "2000000 SGD"), ("RM5 juta", "5000000 MYR"),
    ("5 juta ringgit Malaysia", "5000000 MYR"), ("RMB 8 miliar", "8000000000 CNY"), ("8 miliar renminbi", "8000000000 CNY"),
    ("€2,5 juta", "2500000 EUR"), ("2,5 juta euro", "2500000 EUR"), ("¥10 miliar", "10000000000 JPY"),
    ("GBP 3 juta", "3000000 GBP"), ("£3 juta", "3000000 GBP"), ("3 juta poundsterling", "3000000 GBP"),
    ("3 juta pound sterling", "3000000 GBP"), ("HKD 6 juta", "6000000 HKD"), ("HK$6 juta", "6000000 HKD"),
    ("6 juta dolar Hong Kong", "6000000 HKD"), ("INR 40 juta", "40000000 INR"), ("₹40 juta", "40000000 INR"),
    ("40 juta rupee", "40000000 INR"), ("THB 9 juta", "9000000 THB"), ("9 juta baht", "9000000 THB"),
    ("PHP 15 juta", "15000000 PHP"), ("15 juta peso", "15000000 PHP"), ("VND 200 miliar", "200000000000 VND"),
    ("200 miliar dong", "200000000000 VND"), ("KRW 5 miliar", "5000000000 KRW"), ("5 miliar won", "5000000000 KRW"),
    ("AUD 1,5 juta", "1500000 AUD"), ("A$1,5 juta", "1500000 AUD"), ("1,5 juta dolar Australia", "1500000 AUD"),
    ("Rp 2.000 per kilogram", "2000 IDR"), ("sepuluh juta rupiah", "10000000 IDR"), ("Rp 5 ribu", "5000 IDR"),
    ("Rp 10 jutaan", "10000000 IDR"),
    ("puluhan juta rupiah", None), ("ratusan ribu rupiah", None), ("miliaran rupiah", None),
    ("jutaan dolar AS", None),
    ("Rp 2 miliar-Rp 3 miliar", "2000000000 IDR"), ("Rp 500.000,-", "500000 IDR"), ("Rp.500.000", "500000 IDR"),
    ("IDR500k", "500000 IDR"), ("5 juta USD", "5000000 USD"), ("Rp 5-7 juta", "5000000 IDR"),
    ("Rp5 juta s.d. Rp7 juta", "5000000 IDR"), ("Rp 5 juta s/d Rp 7 juta", "5000000 IDR"),
    ("Rp 5 juta sampai dengan Rp 7 juta", "5000000 IDR"), ("Rp 5 juta - 7 juta", "5000000 IDR"),
    ("Rp2triliun", "2000000000000 IDR"), ("Rp 2,5triliun", "2500000000000 IDR"), ("seratus juta rupiah", "100000000 IDR"),
    ("satu miliar rupiah", "1000000000 IDR"), ("satu juta dolar", "1000000 USD"), ("sepuluh ribu dolar AS", "10000 USD"),
    ("delapan ratus lima puluh ribu rupiah", "850000 IDR"), ("Rp 850rb", "850000 IDR"), ("IDR 2,5 Miliar", "2500000000 IDR"),
    ("RP2,5JT", "2500000 IDR"), ("Rp 1 Jt", "1000000 IDR"), ("Rp 49.000/bulan", "49000 IDR"), ("Rp49rb/bln", "49000 IDR"),
    ("minus 1,2 triliun rupiah", "-1200000000000 IDR"), ("1,5 juta dolar Amerika Serikat", "1500000 USD"),
    ("2 juta dolar Hongkong", "2000000 HKD"), ("3 miliar yen Jepang", "3000000000 JPY"), ("Rp1.5 juta", "1500000 IDR"),
    ("5 juta dolar Kanada", "5000000 CAD"), ("Rp 10 juta-an", "10000000 IDR"), ("Rp 500 ribu-an", "500000 IDR"),
]
RED_MONEY_EN_FORMS = [
    ("3 bucks", "3 USD"), ("50 cents", "0.5 USD"), ("$4bn", "4000000000 USD"), ("US$4 bn", "4000000000 USD"),
    ("USD4.5mn", "4500000 USD"), ("$3.2bn", "3200000000 USD"), ("3.2bn dollars", "3200000000 USD"),
    ("$1,234,567", "1234567 USD"), ("USD 1.5 million", "1500000 USD"), ("US $2 million", "2000000 USD"),
    ("$2 million to $3 million", "2000000 USD"), ("between $5 million and $7 million", "5000000 USD"),
    ("$10-12 billion", "10000000000 USD"), ("a million dollars", "1000000 USD"),
    ("two hundred and fifty dollars", "250 USD"), ("one hundred and five dollars", "105 USD"),
    ("forty-two dollars", "42 USD"), ("twenty-five cents", "0.25 USD"), ("€3.5 million", "3500000 EUR"),
    ("EUR3.5m", "3500000 EUR"), ("£40m", "40000000 GBP"), ("40 million pounds", "40000000 GBP"),
    ("£1.2bn", "1200000000 GBP"), ("40 million pounds sterling", "40000000 GBP"), ("¥500 billion", "500000000000 JPY"),
    ("JPY500bn", "500000000000 JPY"), ("HK$8 billion", "8000000000 HKD"), ("8 billion Hong Kong dollars", "8000000000 HKD"),
    ("INR 20 billion", "20000000000 INR"), ("20 billion rupees", "20000000000 INR"), ("₹500", "500 INR"),
    ("THB 3 billion", "3000000000 THB"), ("3 billion baht", "3000000000 THB"), ("PHP 2.1 billion", "2100000000 PHP"),
    ("2.1 billion pesos", "2100000000 PHP"), ("₱2.1 billion", "2100000000 PHP"), ("VND 5 trillion", "5000000000000 VND"),
    ("5 trillion dong", "5000000000000 VND"), ("KRW 1.3 trillion", "1300000000000 KRW"), ("1.3 trillion won", "1300000000000 KRW"),
    ("₩1.3 trillion", "1300000000000 KRW"), ("A$600 million", "600000000 AUD"), ("600 million Australian dollars", "600000000 AUD"),
    ("S$1.1bn", "1100000000 SGD"), ("SGD1.1 billion", "1100000000 SGD"), ("RM 300m", "300000000 MYR"),
    ("MYR300 million", "300000000 MYR"), ("RMB7 billion", "7000000000 CNY"), ("7 billion renminbi", "7000000000 CNY"),
    ("7bn yuan", "7000000000 CNY"), ("Rp 4T", "4000000000000 IDR"), ("IDR 4.5 trillion", "4500000000000 IDR"),
    ("USD 12.50", "12.5 USD"), ("$ 99.99", "99.99 USD"), ("($1.2 million)", "-1200000 USD"), ("-$450,000", "-450000 USD"),
    ("US$ 1.5bn", "1500000000 USD"), ("1.5 billion US dollars", "1500000000 USD"), ("five million dollars", "5000000 USD"),
    ("$40k", "40000 USD"), ("USD 3 mln", "3000000 USD"), ("5 mln dollars", "5000000 USD"), ("$7.5 mln", "7500000 USD"),
    ("a billion dollars", "1000000000 USD"), ("half a billion euros", "500000000 EUR"), ("twelve cents", "0.12 USD"),
    ("99 cents", "0.99 USD"), ("10 dollars", "10 USD"), ("$2.5B", "2500000000 USD"), ("hkd 5 million", "5000000 HKD"),
    ("20 €", "20 EUR"), ("£7.99", "7.99 GBP"), ("GBP 12 million", "12000000 GBP"),
    ("millions of dollars", None), ("hundreds of thousands of dollars", None), ("billions of rupiah", None),
    ("tens of millions of dollars", None),
    ("US $ 4 billion", "4000000000 USD"), ("USD 4.5 mn", "4500000 USD"), ("$4.5mln", "4500000 USD"),
    ("4.5 million USD", "4500000 USD"), ("USD 4,500", "4500 USD"), ("S$ 500,000", "500000 SGD"), ("SGD 500k", "500000 SGD"),
    ("NT$3 billion", "3000000000 TWD"), ("C$2 million", "2000000 CAD"), ("NZ$2 million", "2000000 NZD"),
    ("CHF 5 million", "5000000 CHF"), ("5 million Swiss francs", "5000000 CHF"), ("~$5 million", "5000000 USD"),
    ("$5 million-plus", "5000000 USD"), ("$5m-$7m", "5000000 USD"), ("$5-$7 million", "5000000 USD"),
    ("$5 to 7 million", "5000000 USD"), ("0.5 USD", "0.5 USD"), ("USD 0.50", "0.5 USD"), ("$1.5-billion", "1500000000 USD"),
    ("$2billion", "2000000000 USD"), ("two million US dollars", "2000000 USD"), ("GBP5m", "5000000 GBP"),
    ("£5bn", "5000000000 GBP"), ("5bn euros", "5000000000 EUR"), ("$4.99/month", "4.99 USD"),
    ("−$2.3 million", "-2300000 USD"), ("USD -3.5 million", "-3500000 USD"), ("five dollars", "5 USD"),
    ("5 pence", "0.05 GBP"), ("ten thousand rupiah", "10000 IDR"), ("Rp150 billion", "150000000000 IDR"),
    ("IDR150bn", "150000000000 IDR"), ("€0.5bn", "500000000 EUR"),
]

RED_NUM_ID_FRAMES = [
    "- Jumlah gerai aktif: {}",
    "Volume perdagangan saham hari itu tercatat {} lot.",
    "\"Kami menargetkan {} pengiriman,\" ujar kepala operasional.",
    "Indeks harga saham gabungan ditutup di level {} poin.",
    "Gerai | {} | stabil",
]
RED_NUM_EN_FRAMES = [
    "- Active stores: {}",
    "Trading volume reached {} lots on the day.",
    "\"We are aiming for {} deliveries,\" the head of operations said.",
    "The benchmark index closed at {} points.",
    "Stores | {} | flat",
]
RED_NUM_ID_FORMS = [
    ("seratus lima", "105"), ("sembilan ratus sembilan puluh sembilan", "999"), ("dua juta lima ratus ribu", "2500000"),
    ("tiga puluh ribu", "30000"), ("empat puluh dua", "42"), ("delapan belas", "18"), ("tujuh ratus lima puluh", "750"),
    ("satu juta", "1000000"), ("satu miliar", "1000000000"), ("dua ratus lima puluh ribu", "250000"),
    ("enam ribu tiga ratus", "6300"), ("lima belas ribu", "15000"), ("sebelas juta", "11000000"),
    ("nol koma lima", "0.5"), ("seratus dua puluh lima", "125"), ("seribu dua ratus", "1200"),
    ("sepuluh ribu", "10000"), ("dua belas ribu lima ratus", "12500"), ("dua ribu dua puluh empat", "2024"),
    ("satu setengah", "1.5"), ("dua setengah juta", "2500000"), ("12.345", "12345"), ("1.500", "1500"),
    ("0,05", "0.05"), ("1.234,56", "1234.56"), ("10.000.000", "10000000"), ("3,5 juta", "3500000"),
    ("2,5 miliar", "2500000000"), ("1,25 triliun", "1250000000000"), ("7 jt", "7000000"), ("12 rb", "12000"),
    ("−2,5", "-2.5"), ("minus 3", "-3"), ("+5", "5"), ("+2,5", "2.5"), ("10-15", "10"), ("1.000", "1000"),
    ("100.000", "100000"), ("5.000.000", "5000000"), ("4 ribu", "4000"), ("250 ribu", "250000"),
    ("1,8 miliar", "1800000000"), ("3 juta", "3000000"), ("12 500", "12500"), ("1 234 567", "1234567"),
    ("tiga ratus ribu", "300000"), ("dua puluh", "20"), ("tujuh puluh tujuh", "77"), ("sembilan ribu", "9000"),
    ("2,5", "2.5"), ("0,75", "0.75"), ("1.000.000", "1000000"), ("5 miliar", "5000000000"),
    ("antara 10 dan 20", "10"), ("10 hingga 12", "10"), ("sekitar 40", "40"), ("dua kali lipat", "2"),
    ("1,5 kali lipat", "1.5"), ("3x", "3"),
    ("puluhan", None), ("ratusan", None), ("belasan", None), ("ribuan", None), ("puluhan juta", None),
    ("ratusan ribu", None), ("ketiga", None), ("ke-3", None), ("kedua", None), ("yang kelima", None),
    ("1 234,56", "1234.56"), ("12.345.678,90", "12345678.9"), ("1,50", "1.5"), ("2,5x", "2.5"), ("seribu satu", "1001"),
    ("sebelas ribu sebelas", "11011"), ("seratus sebelas", "111"), ("dua ratus dua belas", "212"),
    ("tiga juta dua ratus ribu", "3200000"), ("empat miliar lima ratus juta", "4500000000"),
    ("satu koma lima juta", "1500000"), ("1.5 juta", "1500000"), ("10 ribuan", "10000"), ("10.000+", "10000"),
    ("3-4 kali", "3"), ("tiga kali", "3"), ("4 Ribu", "4000"), ("Empat Ratus Ribu", "400000"), ("20-an", "20"),
]
RED_NUM_EN_FORMS = [
    ("forty-two", "42"), ("one hundred and five", "105"), ("one hundred five", "105"),
    ("two thousand and twenty-four", "2024"), ("nine hundred ninety-nine", "999"), ("three thousand four hundred", "3400"),
    ("1,500", "1500"), ("1,234,567", "1234567"), ("12,345.67", "12345.67"), ("0.05", "0.05"),
    ("3.5 million", "3500000"), ("4bn", "4000000000"), ("5 mln", "5000000"), ("7mn", "7000000"),
    ("12k", "12000"), ("1.2m", "1200000"), ("seventeen", "17"), ("eighty-eight", "88"), ("ninety thousand", "90000"),
    ("a hundred", "100"), ("a thousand", "1000"), ("a hundred thousand", "100000"), ("two million", "2000000"),
    ("one million two hundred thousand", "1200000"), ("six hundred and sixty-six", "666"), ("thirty-three thousand", "33000"),
    ("twenty five", "25"), ("+3", "3"), ("-12", "-12"), ("minus 4.5", "-4.5"), ("10-15", "10"),
    ("between 10 and 20", "10"), ("3 times", "3"), ("2.5-fold", "2.5"), ("1 million", "1000000"), ("12 500", "12500"),
    ("0.75", "0.75"), ("250,000", "250000"), ("10,000,000", "10000000"), ("4.2 billion", "4200000000"),
    ("fifteen hundred", "1500"), ("three hundred thousand", "300000"), ("eleven thousand", "11000"),
    ("fifty thousand", "50000"), ("seven point five", "7.5"), ("nineteen hundred", "1900"), ("1.25", "1.25"),
    ("100,000", "100000"), ("2 million", "2000000"), ("9,999", "9999"), ("ten thousand", "10000"),
    ("sixty-four", "64"), ("a million", "1000000"), ("1,000", "1000"), ("8 bn", "8000000000"),
    ("twenty", "20"), ("3x", "3"),
    ("dozens", None), ("hundreds", None), ("thousands", None), ("millions", None), ("tens of thousands", None),
    ("third", None), ("21st", None), ("3rd", None), ("the second", None), ("twenty-first", None),
    ("1,000.50", "1000.5"), ("3.50", "3.5"), ("twenty-two thousand five hundred", "22500"), ("Twenty Five", "25"),
    ("ONE HUNDRED", "100"), ("~10k", "10000"), ("3–4 times", "3"), ("1 234 567.5", "1234567.5"), ("4 thousand", "4000"),
    ("two hundred and two", "202"), ("a hundred and one", "101"), ("ninety nine", "99"),
    ("one point five million", "1500000"), ("0.5 million", "500000"), ("10M", "10000000"), ("–12", "-12"),
]

RED_PCT_ID_FRAMES = [
    "- Pertumbuhan pendapatan: {}",
    "Indeks saham ditutup menguat {} pada perdagangan sore.",
    "\"Kami perkirakan pasar tumbuh {},\" kata kepala riset.",
    "Suku bunga acuan dinaikkan {} menjadi level tertinggi.",
    "Marjin kotor | {} | menyusut",
]
RED_PCT_EN_FRAMES = [
    "- Revenue growth: {}",
    "The index closed {} higher in the afternoon session.",
    "\"We expect the market to grow {},\" the head of research said.",
    "The policy rate was raised by {} to its highest level.",
    "Gross margin | {} | narrower",
]
RED_PCT_ID_FORMS = [
    ("12,5%", "12.5"), ("12.5%", "12.5"), ("5 persen", "5"), ("10-15 persen", "10"), ("10%-15%", "10"),
    ("antara 5% dan 7%", "5"), ("5 prosen", "5"), ("0,25 persen poin", "0.25"), ("25 basis poin", "0.25"),
    ("+2,5%", "2.5"), ("50 bps", "0.5"), ("-1,2%", "-1.2"), ("(1,5%)", "-1.5"), ("seratus persen", "100"),
    ("dua puluh lima persen", "25"), ("tiga koma lima persen", "3.5"), ("5,0%", "5"), ("1.000%", "1000"),
    ("7 %", "7"), ("5 PERSEN", "5"), ("5 Persen", "5"), ("0,5 persen", "0.5"), ("4,75 persen", "4.75"),
    ("tujuh persen", "7"), ("sebelas persen", "11"), ("empat puluh persen", "40"), ("dua setengah persen", "2.5"),
    ("−0,3%", "-0.3"), ("minus 2 persen", "-2"), ("negatif 0,1 persen", "-0.1"), ("3 - 4 persen", "3"),
    ("5 hingga 6 persen", "5"), ("0,8 poin persentase", "0.8"), ("100 basis poin", "1"), ("75 bp", "0.75"),
    ("sekitar 30%", "30"), ("hampir 50 persen", "50"), ("2%", "2"), ("99,9%", "99.9"), ("15 %", "15"),
    ("1,25 persen", "1.25"), ("sembilan puluh persen", "90"), ("enam koma dua persen", "6.2"),
    ("30 persen lebih", "30"), ("3,1% yoy", "3.1"), ("8,5 persen secara tahunan", "8.5"), ("0,01%", "0.01"),
    ("10 persen poin", "10"),
    ("5 poin persen", "5"), ("5,5 prosen", "5.5"), ("lebih dari 5 persen", "5"), ("5%-nya", "5"),
    ("nol koma lima persen", "0.5"), ("–12%", "-12"), ("dua belas setengah persen", "12.5"), ("5 % per tahun", "5"),
    ("8,5%/tahun", "8.5"), ("12,3 %", "12.3"), ("10 persen hingga 15 persen", "10"), ("10 s.d. 15 persen", "10"),
]
RED_PCT_EN_FORMS = [
    ("12.5%", "12.5"), ("5 percent", "5"), ("five per cent", "5"), ("5 pct", "5"), ("10-15%", "10"),
    ("10%-15%", "10"), ("between 5% and 7%", "5"), ("0.5 percentage points", "0.5"), ("25 basis points", "0.25"),
    ("25 bps", "0.25"), ("25bp", "0.25"), ("50 basis point", "0.5"), ("+3.2%", "3.2"), ("(2.1%)", "-2.1"),
    ("-0.3%", "-0.3"), ("one hundred percent", "100"), ("forty-two percent", "42"), ("twenty five percent", "25"),
    ("3 per cent", "3"), ("3 Percent", "3"), ("3 PERCENT", "3"), ("half a percentage point", "0.5"),
    ("a quarter of a percentage point", "0.25"), ("1.75 percentage points", "1.75"), ("15 %", "15"),
    ("7.0%", "7"), ("0.01%", "0.01"), ("99.9%", "99.9"), ("minus 2 percent", "-2"), ("negative 0.1 per cent", "-0.1"),
    ("5 to 6 percent", "5"), ("3 - 4%", "3"), ("about 30%", "30"), ("nearly 50 percent", "50"),
    ("seventy percent", "70"), ("eight point two percent", "8.2"), ("1,000%", "1000"), ("two and a half percent", "2.5"),
    ("100 basis points", "1"), ("75 bp", "0.75"), ("10 percentage points", "10"), ("3.1% y/y", "3.1"),
    ("8.5 percent year on year", "8.5"), ("50 per cent", "50"), ("ninety percent", "90"), ("−4.4%", "-4.4"),
    ("4.75 per cent", "4.75"), ("6 pct", "6"),
    ("0.5pp", "0.5"), ("0.5 ppt", "0.5"), ("one and a half percent", "1.5"),
    ("three-quarters of a percentage point", "0.75"), ("5-percent", "5"), ("5-per-cent", "5"),
    ("5 percentage-point", "5"), ("25-basis-point", "0.25"), ("10 basis-points", "0.1"), ("5pct", "5"), ("–12%", "-12"),
    ("twelve and a half percent", "12.5"), ("5% p.a.", "5"), ("1.5 percent points", "1.5"), ("150bps", "1.5"),
    ("+150 bps", "1.5"), ("8.5%/yr", "8.5"), ("30.5 pct", "30.5"), ("10 to 15 percent", "10"),
    ("10-15 per cent", "10"), ("10 percent to 15 percent", "10"),
]

RED_SETS = [
    ("money", "id", RED_MONEY_ID_FRAMES, RED_MONEY_ID_FORMS),
    ("money", "en", RED_MONEY_EN_FRAMES, RED_MONEY_EN_FORMS),
    ("numeral", "id", RED_NUM_ID_FRAMES, RED_NUM_ID_FORMS),
    ("numeral", "en", RED_NUM_EN_FRAMES, RED_NUM_EN_FORMS),
    ("percent", "id", RED_PCT_ID_FRAMES, RED_PCT_ID_FORMS),
    ("percent", "en", RED_PCT_EN_FRAMES, RED_PCT_EN_FORMS),
]

RED_PRECISION = [
    ("money", "id", "Ia menempati peringkat ke-3 dari 10 peserta.", [("numeral", "10", "10")]),
    ("money", "id", "Puluhan pedagang dan ratusan pembeli memadati pasar.", []),
    ("money", "id", "Kurir mengantar paket ketiga dalam sepekan.", []),
    ("money", "id", "Dong, jangan lupa belanja di pasar malam.", []),
    ("money", "id", "Saham BBCA dan TLKM menguat, sementara GOTO melemah.", [("organization", "GOTO", "")]),
    ("money", "id", "Ribuan kurir dan jutaan paket bergerak tiap hari.", []),
    ("money", "en", "The team won three of its 21 matches.", [("numeral", "three", "3"), ("numeral", "21", "21")]),
    ("money", "en", "She finished 3rd among 12 sellers in the ranking.", [("numeral", "12 sellers", "12")]),
    ("money", "en", "Dozens of merchants and hundreds of buyers joined the sale.", []),
    ("money", "en", "The parcel weighed 5 pounds on the courier's scale.", [("numeral", "5", "5")]),
    ("money", "en", "Shares of BBCA rose while GOTO slipped.", [("organization", "GOTO", "")]),
    ("money", "en", "It was the twenty-first store to open on the island.", []),
    ("money", "en", "Millions of shoppers and thousands of couriers took part.", []),
    ("percent", "id", "Ketua BPS menyampaikan data ekspor terbaru.", [("organization", "BPS", "")]),
    ("percent", "en", "The 21st round of talks ended without a deal.", []),
    ("money", "en", "The deal is worth USD 1.2bn (Rp 18.7 trillion) in total.",
     [("money", "USD 1.2bn", "1200000000 USD"), ("money", "Rp 18.7 trillion", "18700000000000 IDR")]),
    ("money", "id", "Nilainya US$1,2 M (Rp 18,7 triliun) menurut perseroan.",
     [("money", "US$1,2 M", "1200000000 USD"), ("money", "Rp 18,7 triliun", "18700000000000 IDR")]),
    # market reports: a move in points restated as a percentage, index names, codes
    ("percent", "id", "Saham BBRI naik 50 poin (1,2%) ke Rp4.250.",
     [("numeral", "50", "50"), ("percent", "1,2%", "1.2"), ("money", "Rp4.250", "4250 IDR")]),
    ("percent", "en", "Shares rose 50 points (1.2%) to 4,250.",
     [("numeral", "50", "50"), ("percent", "1.2%", "1.2"), ("numeral", "4,250", "4250")]),
    ("percent", "id", "Indeks LQ45 naik 1,1% sementara JII70 turun 0,2%.",
     [("percent", "1,1%", "1.1"), ("percent", "0,2%", "0.2")]),
    ("percent", "en", "The S&P 500 rose 1.1% while the FTSE 100 and Nikkei 225 slipped.",
     [("percent", "1.1%", "1.1"), ("organization", "Nikkei", "")]),
    ("numeral", "en", "The Galaxy S24 ships with 5G in 12 markets.", [("numeral", "12", "12")]),
    ("numeral", "id", "Ponsel 5G itu dijual di 12 kota.", [("numeral", "12", "12")]),
    ("money", "id", "Hubungi layanan pelanggan di 0812-3456-7890 atau 021 555 1234.", []),
    ("money", "en", "Call the help desk on +62 21 555 1234 for refunds.", []),
    ("numeral", "en", "The iPhone 15 and the Pixel 8 sold out in 12 markets.", [("numeral", "12", "12")]),
    ("numeral", "id", "Ponsel Galaxy S24 dan iPhone 15 terjual 3 juta unit.", [("numeral", "3 juta", "3000000")]),
    ("money", "id", "Pendapatan: Rp 12,3 T (+8,5% yoy)",
     [("money", "Rp 12,3 T", "12300000000000 IDR"), ("percent", "8,5%", "8.5")]),
    ("money", "en", "Brent crude rose 50 cents to $82.50 a barrel.",
     [("money", "50 cents", "0.5 USD"), ("money", "$82.50", "82.5 USD")]),
    ("percent", "id", "IHSG ditutup menguat 0,54% ke level 7.234,56.",
     [("percent", "0,54%", "0.54"), ("numeral", "7.234,56", "7234.56")]),
    ("percent", "en", "The index closed up 0.54% at 7,234.56.",
     [("percent", "0.54%", "0.54"), ("numeral", "7,234.56", "7234.56")]),
    ("money", "en", "Earnings per share were $1.25 (2023: $0.98).",
     [("money", "$1.25", "1.25 USD"), ("date", "2023", "2023"), ("money", "$0.98", "0.98 USD")]),
    ("money", "id", "Laba per saham Rp 125 (2023: Rp 98).",
     [("money", "Rp 125", "125 IDR"), ("date", "2023", "2023"), ("money", "Rp 98", "98 IDR")]),
    ("numeral", "id", "Pameran berlangsung 1 s/d 5 Maret 2024 di Surabaya.",
     [("date", "1 s/d 5 Maret 2024", "2024-03-01/2024-03-05")]),
]

def red_rows(category, lang, frames, forms):
    """Each form alone, in a varied case or with a full stop, then in a sentence."""
    rows = []
    kind = "numeral" if category == "numeral" else category
    for k, (form, value) in enumerate(forms):
        shown = [form, form.upper(), form + ".", form[:1].upper() + form[1:]][k % 4]
        expected = [] if value is None else [(kind, shown.rstrip("."), value)]
        rows.append(row(category, lang, shown, expected))
        sentence = frames[k % len(frames)].format(form)
        expected = [] if value is None else [(kind, form, value)]
        rows.append(row(category, lang, sentence, expected))
    return rows

def row(category, lang, sentence, expected):
    items = " ;; ".join("|".join(e) for e in expected)
    assert "\t" not in sentence and "\n" not in sentence
    return f"{category}\t{lang}\t{sentence}\t{items}"


def combos(frames, forms, count):
    """`count` (frame, form) pairs: every form at least once, the rest drawn at random."""
    pairs = [(rng.choice(frames), f) for f in forms]
    while len(pairs) < count:
        pairs.append((rng.choice(frames), rng.choice(forms)))
    return pairs


def main():
    rows = []
    for lang, frames, forms in (("id", MONEY_ID_FRAMES, MONEY_ID_FORMS), ("en", MONEY_EN_FRAMES, MONEY_EN_FORMS)):
        for frame, (form, value) in combos(frames, forms, 190):
            rows.append(row("money", lang, frame.format(form), [("money", form, value)]))
    for lang, frames, forms in (("id", NUM_ID_FRAMES, NUM_ID_FORMS), ("en", NUM_EN_FRAMES, NUM_EN_FORMS)):
        for frame, (form, value) in combos(frames, forms, 190):
            rows.append(row("numeral", lang, frame.format(form), [("numeral", form, value)]))
    for lang, frames, forms in (("id", PCT_ID_FRAMES, PCT_ID_FORMS), ("en", PCT_EN_FRAMES, PCT_EN_FORMS)):
        for frame, (form, value) in combos(frames, forms, 190):
            rows.append(row("percent", lang, frame.format(form), [("percent", form, value)]))
    for lang, frames, forms in (("id", DATE_ID_FRAMES, DATE_ID_FORMS), ("en", DATE_EN_FRAMES, DATE_EN_FORMS)):
        for frame, (phrase, text, value) in combos(frames, forms, 190):
            rows.append(row("date", lang, frame.format(phrase), [("date", text, value)]))
    for lang, frames, forms in (("id", ORG_ID_FRAMES, ORG_ID_FORMS), ("en", ORG_EN_FRAMES, ORG_EN_FORMS)):
        for frame, form in combos(frames, forms, 140):
            rows.append(row("organization", lang, frame.format(form), [("organization", form, "")]))
    for lang, frames, pairs in (("id", ACRO_ID_FRAMES, ACRONYM_ID), ("en", ACRO_EN_FRAMES, ACRONYM_EN)):
        for frame in frames:
            for full, short in pairs:
                sentence = frame.format(full=full, short=short, short2=short)
                expected = [("organization", full, ""), ("organization", short, ""), ("organization", short, "")]
                rows.append(row("organization", lang, sentence, expected))
    for lang, frames, lead, forms in (
        ("id", ORG_ID_FRAMES, ORG_ID_LEAD_FRAMES, ORG_ID_SHAPES + ORG_ID_VARIANTS),
        ("en", ORG_EN_FRAMES, ORG_EN_LEAD_FRAMES, ORG_EN_SHAPES + ORG_EN_VARIANTS),
    ):
        for k, form in enumerate(forms):
            frame = lead[(k // 3) % len(lead)] if k % 3 == 0 else rng.choice(frames)
            rows.append(row("organization", lang, frame.format(form), [("organization", form, "")]))
    for lang, pairs in (("id", SHORT_FORMS_ID), ("en", SHORT_FORMS_EN)):
        for full, short in pairs:
            sentence = SHORT_FIRST_FRAMES[lang].format(full=full, short=short, short2=short)
            expected = [("organization", short, ""), ("organization", full, ""), ("organization", short, "")]
            rows.append(row("organization", lang, sentence, expected))
            frame = ACRO_ID_FRAMES[0] if lang == "id" else ACRO_EN_FRAMES[0]
            sentence = frame.format(full=full, short=short, short2=short)
            expected = [("organization", full, ""), ("organization", short, ""), ("organization", short, "")]
            rows.append(row("organization", lang, sentence, expected))
    for lang, sentence, names in ORG_WIDER:
        rows.append(row("organization", lang, sentence, [("organization", n, "") for n in names]))
    for lang, sentence in NO_ORG + NO_ORG_WIDER:
        rows.append(row("organization", lang, sentence, []))
    for category, lang, frames, forms in RED_SETS:
        rows.extend(red_rows(category, lang, frames, forms))
    for category, lang, sentence, expected in RED_PRECISION:
        rows.append(row(category, lang, sentence, expected))
    # Written out whole rather than drawn from frames, so they take nothing from `rng`.
    for lang, sentence, expected in DATE_FORM_ROWS:
        rows.append(row("date", lang, sentence, expected))
    with open(os.path.join(HERE, "phrases.tsv"), "w", encoding="utf-8") as f:
        f.write("# written by make.py; see its docstring for the columns\n")
        for r in rows:
            f.write(r + "\n")
    print(f"{len(rows)} phrases")


if __name__ == "__main__":
    main()
