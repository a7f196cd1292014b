//! Absolute and relative dates; relative ones resolve against a publication on Tuesday
//! 2023-11-14.

use super::{Case, run};

#[rustfmt::skip]
pub const ABSOLUTE: &[Case] = &[
    ("id", "pada 13 November 2023 lalu", "13 November 2023", "date", "2023-11-13", ""),
    ("id", "pada 13 Nov 2023 lalu", "13 Nov 2023", "date", "2023-11-13", ""),
    ("id", "pada 13 Nov. 2023 lalu", "13 Nov. 2023", "date", "2023-11-13", ""),
    ("id", "sejak 1 Januari 2024 ini", "1 Januari 2024", "date", "2024-01-01", ""),
    ("id", "hingga 31 Desember 2023 nanti", "31 Desember 2023", "date", "2023-12-31", ""),
    ("id", "pada 29 Februari 2024 nanti", "29 Februari 2024", "date", "2024-02-29", ""),
    ("id", "pada 4 Oktober pukul 17.00", "4 Oktober", "date", "2023-10-04", ""),
    ("id", "pada 17 Agustus 2023 lalu", "17 Agustus 2023", "date", "2023-08-17", ""),
    ("id", "pada 5 Mei 2023 lalu", "5 Mei 2023", "date", "2023-05-05", ""),
    ("id", "pada 1 Desember. Lalu", "1 Desember", "date", "2023-12-01", ""),
    ("en", "on 4 May. Then", "4 May", "date", "2023-05-04", ""),
    ("id", "tanggal 13/11/2023 lalu", "13/11/2023", "date", "2023-11-13", ""),
    ("id", "tanggal 05/11/2023 lalu", "05/11/2023", "date", "2023-11-05", ""),
    ("id", "tanggal 13/11/23 lalu", "13/11/23", "date", "2023-11-13", ""),
    ("id", "kata dia, Senin (13/11).", "Senin (13/11)", "date", "2023-11-13", ""),
    ("id", "kata dia, Jumat (10/11).", "Jumat (10/11)", "date", "2023-11-10", ""),
    ("id", "kata dia (10/10) di Jakarta", "(10/10)", "date", "2023-10-10", ""),
    ("id", "tanggal 2023-11-13 lalu", "2023-11-13", "date", "2023-11-13", ""),
    ("id", "tanggal 2024-02-29 lalu", "2024-02-29", "date", "2024-02-29", ""),
    ("id", "pada kuartal III 2024 nanti", "kuartal III 2024", "date", "2024-07/2024-09", ""),
    ("id", "pada kuartal ketiga 2024 nanti", "kuartal ketiga 2024", "date", "2024-07/2024-09", ""),
    ("id", "pada kuartal ke-3 2024 nanti", "kuartal ke-3 2024", "date", "2024-07/2024-09", ""),
    ("id", "pada kuartal I tahun 2023 lalu", "kuartal I tahun 2023", "date", "2023-01/2023-03", ""),
    ("id", "pada triwulan IV 2023 nanti", "triwulan IV 2023", "date", "2023-10/2023-12", ""),
    ("id", "pada semester II 2023 nanti", "semester II 2023", "date", "2023-07/2023-12", ""),
    ("id", "pada kuartal II tahun ini", "kuartal II tahun ini", "date", "2023-04/2023-06", ""),
    ("id", "laba Q3 2024 naik", "Q3 2024", "date", "2024-07/2024-09", ""),
    ("id", "laba Q1/2025 naik", "Q1/2025", "date", "2025-01/2025-03", ""),
    ("id", "laba H1 2024 naik", "H1 2024", "date", "2024-01/2024-06", ""),
    ("id", "pada tahun 2030 nanti", "tahun 2030", "date", "2030", ""),
    ("id", "pada 2025 nanti", "2025", "date", "2025", ""),
    ("id", "sejak November 2023 lalu", "November 2023", "date", "2023-11", ""),
    ("id", "sejak Oktober 2023 lalu", "Oktober 2023", "date", "2023-10", ""),
    ("id", "pada Oktober lalu", "Oktober lalu", "date", "2023-10", ""),
    ("id", "akhir Maret mendatang", "Maret mendatang", "date", "2024-03", ""),
    ("id", "pada Agustus lalu", "Agustus lalu", "date", "2023-08", ""),
    ("id", "pada November lalu", "November lalu", "date", "2022-11", ""),
    ("id", "pada Desember mendatang", "Desember mendatang", "date", "2023-12", ""),
    ("en", "closed last August", "August", "date", "2023-08", ""),
    ("en", "opens next February", "February", "date", "2024-02", ""),
    ("en", "by the end of September", "September", "date", "2023-09", ""),
    ("en", "from the beginning of March", "March", "date", "2023-03", ""),
    ("id", "hingga April 2024 nanti", "April 2024", "date", "2024-04", ""),
    ("id", "Permendag 31/2023 berlaku", "2023", "date", "2023", ""),
    ("id", "periode 2021-2023 naik", "2021-2023", "date", "2021/2023", ""),
    ("en", "in 2023–2030 the", "2023–2030", "date", "2023/2030", ""),
    ("en", "on 13 November 2023 the", "13 November 2023", "date", "2023-11-13", ""),
    ("en", "on November 13, 2023 the", "November 13, 2023", "date", "2023-11-13", ""),
    ("en", "on Nov. 13 the", "Nov. 13", "date", "2023-11-13", ""),
    ("en", "on Oct 4 the", "Oct 4", "date", "2023-10-04", ""),
    ("en", "on 11/13/2023 the", "11/13/2023", "date", "2023-11-13", ""),
    ("en", "on 13/11/2023 the", "13/11/2023", "date", "2023-11-13", ""),
    ("en", "on 05/11/2023 the", "05/11/2023", "date", "2023-11-05", ""),
    ("en", "on 2023-11-13 the", "2023-11-13", "date", "2023-11-13", ""),
    ("en", "in the third quarter of 2024 the", "third quarter of 2024", "date", "2024-07/2024-09", ""),
    ("en", "in Q1 2025 the", "Q1 2025", "date", "2025-01/2025-03", ""),
    ("en", "in the first half of 2024 the", "first half of 2024", "date", "2024-01/2024-06", ""),
    ("en", "in 2030 the", "2030", "date", "2030", ""),
    ("en", "by 2030 the", "2030", "date", "2030", ""),
    ("en", "since November 2023 the", "November 2023", "date", "2023-11", ""),
    ("en", "in May the", "May", "date", "2023-05", ""),
    ("en", "on December 12, 2023 the", "December 12, 2023", "date", "2023-12-12", ""),
    ("en", "on 31 March 2024 the", "31 March 2024", "date", "2024-03-31", ""),
    ("en", "in the fourth quarter of 2023 the", "fourth quarter of 2023", "date", "2023-10/2023-12", ""),
    ("en", "on Sept. 26 the", "Sept. 26", "date", "2023-09-26", ""),
    ("en", "by April 2024 the", "April 2024", "date", "2024-04", ""),
];

#[rustfmt::skip]
pub const RELATIVE: &[Case] = &[
    ("id", "dia berkata kemarin di", "kemarin", "date", "2023-11-13", ""),
    ("id", "dia berkata hari ini di", "hari ini", "date", "2023-11-14", ""),
    ("id", "dia datang besok di", "besok", "date", "2023-11-15", ""),
    ("id", "dia datang lusa di", "lusa", "date", "2023-11-16", ""),
    ("id", "terjadi pekan lalu di", "pekan lalu", "date", "2023-11-06/2023-11-12", ""),
    ("id", "terjadi minggu lalu di", "minggu lalu", "date", "2023-11-06/2023-11-12", ""),
    ("id", "terjadi pekan ini di", "pekan ini", "date", "2023-11-13/2023-11-19", ""),
    ("id", "terjadi pekan depan di", "pekan depan", "date", "2023-11-20/2023-11-26", ""),
    ("id", "terjadi bulan lalu di", "bulan lalu", "date", "2023-10", ""),
    ("id", "terjadi bulan ini di", "bulan ini", "date", "2023-11", ""),
    ("id", "terjadi bulan depan di", "bulan depan", "date", "2023-12", ""),
    ("id", "bertemu akhir bulan ini di", "akhir bulan ini", "date", "2023-11-21/2023-11-30", ""),
    ("id", "bertemu awal bulan ini di", "awal bulan ini", "date", "2023-11-01/2023-11-10", ""),
    ("id", "terjadi tahun ini di", "tahun ini", "date", "2023", ""),
    ("id", "terjadi tahun lalu di", "tahun lalu", "date", "2022", ""),
    ("id", "terjadi tahun depan di", "tahun depan", "date", "2024", ""),
    ("id", "terjadi akhir tahun ini di", "akhir tahun ini", "date", "2023-10/2023-12", ""),
    ("id", "terjadi dua hari lalu di", "dua hari lalu", "date", "2023-11-12", ""),
    ("id", "terjadi tiga bulan lalu di", "tiga bulan lalu", "date", "2023-08", ""),
    ("id", "terjadi sebulan lalu di", "sebulan lalu", "date", "2023-10", ""),
    ("id", "terjadi setahun lalu di", "setahun lalu", "date", "2022", ""),
    ("id", "terjadi 2 tahun yang lalu di", "2 tahun yang lalu", "date", "2021", ""),
    ("id", "terjadi Senin lalu di", "Senin lalu", "date", "2023-11-13", ""),
    ("id", "terjadi Jumat lalu di", "Jumat lalu", "date", "2023-11-10", ""),
    ("id", "pembicaraan, sebulan setelah larangan", "sebulan setelah", "date", "2023-11", ""),
    ("id", "terjadi bulan kemarin di", "bulan kemarin", "date", "2023-10", ""),
    ("en", "said yesterday in", "yesterday", "date", "2023-11-13", ""),
    ("en", "said today in", "today", "date", "2023-11-14", ""),
    ("en", "arrives tomorrow in", "tomorrow", "date", "2023-11-15", ""),
    ("en", "happened last week in", "last week", "date", "2023-11-06/2023-11-12", ""),
    ("en", "happens next week in", "next week", "date", "2023-11-20/2023-11-26", ""),
    ("en", "happened last month in", "last month", "date", "2023-10", ""),
    ("en", "happens this month in", "this month", "date", "2023-11", ""),
    ("en", "meet later this month in", "later this month", "date", "2023-11-15/2023-11-30", ""),
    ("en", "meet at the end of the month in", "end of the month", "date", "2023-11-21/2023-11-30", ""),
    ("en", "happens next year in", "next year", "date", "2024", ""),
    ("en", "happened last year in", "last year", "date", "2022", ""),
    ("en", "happens this year in", "this year", "date", "2023", ""),
    ("en", "happened two weeks ago in", "two weeks ago", "date", "2023-10-30/2023-11-05", ""),
    ("en", "happened three days ago in", "three days ago", "date", "2023-11-11", ""),
    ("en", "happened last Friday in", "last Friday", "date", "2023-11-10", ""),
    ("en", "talks, a month after the ban", "a month after", "date", "2023-11", ""),
    ("en", "happened 6 months ago in", "6 months ago", "date", "2023-05", ""),
    ("en", "happens next month in", "next month", "date", "2023-12", ""),
    ("en", "happens later this year in", "later this year", "date", "2023-11/2023-12", ""),
];

#[test]
fn reads_absolute_dates_with_their_precision() {
    run(ABSOLUTE);
}

#[test]
fn resolves_relative_dates_against_the_publication() {
    run(RELATIVE);
}

#[test]
fn tables_hold_at_least_two_hundred_cases() {
    let total = ABSOLUTE.len()
        + RELATIVE.len()
        + super::amounts::NUMBERS.len()
        + super::amounts::MONEY.len()
        + super::amounts::PERCENT_AND_COUNTS.len();
    assert!(total >= 200, "only {total} cases");
}

/// Point 4 of issue 13: dates as written; relative ones against Tuesday 2023-11-14.
#[rustfmt::skip]
pub const WRITTEN: &[Case] = &[
    ("id", "tanggal 20-10-2023 lalu", "20-10-2023", "date", "2023-10-20", ""),
    ("id", "tanggal 20.10.2023 lalu", "20.10.2023", "date", "2023-10-20", ""),
    ("id", "tanggal 7.3.2022 lalu", "7.3.2022", "date", "2022-03-07", ""),
    ("id", "tanggal 2023/10/20 lalu", "2023/10/20", "date", "2023-10-20", ""),
    ("en", "on 20/10/2023 the", "20/10/2023", "date", "2023-10-20", ""),
    ("en", "on 10/20/2023 the", "10/20/2023", "date", "2023-10-20", ""),
    ("en", "on 03/04/2023 the", "03/04/2023", "date", "2023-04-03", ""),
    ("id", "sejak 27 Mei 1293 silam", "27 Mei 1293", "date", "1293-05-27", ""),
    ("en", "since March 9, 1602 the", "March 9, 1602", "date", "1602-03-09", ""),
    ("id", "selesai dalam waktu 3 tahun", "dalam waktu 3 tahun", "date", "2026", ""),
    ("id", "selesai dalam empat bulan ke depan", "dalam empat bulan ke depan", "date", "2024-03", ""),
    ("id", "dibuka 2 bulan lagi", "2 bulan lagi", "date", "2024-01", ""),
    ("id", "dibuka sepuluh hari lagi", "sepuluh hari lagi", "date", "2023-11-24", ""),
    ("id", "dibuka dua pekan mendatang", "dua pekan mendatang", "date", "2023-11-27/2023-12-03", ""),
    ("en", "opens in two years", "in two years", "date", "2025", ""),
    ("en", "opens within six months", "within six months", "date", "2024-05", ""),
    ("en", "opens in the next three months", "in the next three months", "date", "2024-02", ""),
    ("id", "tiba kemarin lusa di", "kemarin lusa", "date", "2023-11-12", ""),
    ("id", "tiba besok lusa di", "besok lusa", "date", "2023-11-16", ""),
    ("en", "arrived the day before yesterday in", "day before yesterday", "date", "2023-11-12", ""),
    ("en", "arrives the day after tomorrow in", "day after tomorrow", "date", "2023-11-16", ""),
    ("id", "laba semester pertama naik", "semester pertama", "date", "2023-01/2023-06", ""),
    ("id", "laba kuartal III tahun lalu naik", "kuartal III tahun lalu", "date", "2022-07/2022-09", ""),
    ("en", "profit in the second half rose", "second half", "date", "2023-07/2023-12", ""),
];

/// A duration is no date: `naik 5% dalam sepekan`, `in the last two years`.
#[rustfmt::skip]
pub const NOT_DATES: &[Case] = &[
    ("id", "naik 5% dalam sepekan", "5%", "percent", "5", ""),
    ("en", "the highest in the last two years", "two years", "number", "2", ""),
];

#[test]
fn reads_dates_as_reporters_write_them() {
    run(WRITTEN);
}

#[test]
fn durations_are_not_dates() {
    for (lang, input, ..) in NOT_DATES {
        let found = super::mentions_in(lang.parse().unwrap(), input);
        assert!(
            found.iter().all(|m| m.kind() != "date"),
            "{input}: {found:?}"
        );
    }
}
