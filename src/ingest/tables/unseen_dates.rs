//! Dates in forms the first tables left out (issue 13): weekdays counted from the
//! publication, parts of a day or period, vague counts, ordinals, a weekday before the
//! date, ranges, decades, quarters and fiscal years. Relative ones resolve against a
//! publication on Tuesday 2023-11-14.

use super::{Case, run};

#[rustfmt::skip]
pub const UNSEEN: &[Case] = &[
    ("id", "rapat digelar Senin depan di", "Senin depan", "date", "2023-11-20", ""),
    ("id", "diumumkan Jumat pekan lalu di", "Jumat pekan lalu", "date", "2023-11-10", ""),
    ("id", "dibuka Kamis mendatang di", "Kamis mendatang", "date", "2023-11-16", ""),
    ("id", "diskon Sabtu ini di", "Sabtu ini", "date", "2023-11-18", ""),
    ("id", "jumpa pers tadi pagi di", "tadi pagi", "date", "2023-11-14", ""),
    ("id", "kebakaran tadi malam di", "tadi malam", "date", "2023-11-13", ""),
    ("id", "diumumkan nanti malam di", "nanti malam", "date", "2023-11-14", ""),
    ("id", "terjadi beberapa hari lalu di", "beberapa hari lalu", "date", "2023-11-09/2023-11-12", ""),
    ("id", "tumbuh sepanjang dekade ini di", "dekade ini", "date", "2020/2029", ""),
    ("id", "populer pada 1990-an di", "1990-an", "date", "1990/1999", ""),
    ("id", "pada Selasa, 14 November 2023 lalu", "Selasa, 14 November 2023", "date", "2023-11-14", ""),
    ("id", "pada 5 Agt 2023 lalu", "5 Agt 2023", "date", "2023-08-05", ""),
    ("id", "pada 1-3 Maret 2024 nanti", "1-3 Maret 2024", "date", "2024-03-01/2024-03-03", ""),
    ("id", "pada Januari-Maret 2024 lalu", "Januari-Maret 2024", "date", "2024-01/2024-03", ""),
    ("id", "naik antara Maret dan Mei di", "Maret dan Mei", "date", "2023-03/2023-05", ""),
    ("id", "membaik dibanding kuartal lalu di", "kuartal lalu", "date", "2023-07/2023-09", ""),
    ("id", "terjadi dua kuartal lalu di", "dua kuartal lalu", "date", "2023-04/2023-06", ""),
    ("id", "rampung pertengahan 2024 nanti", "pertengahan 2024", "date", "2024-05/2024-08", ""),
    ("id", "sejak akhir bulan lalu di", "akhir bulan lalu", "date", "2023-10-21/2023-10-31", ""),
    ("id", "berlaku awal tahun depan di", "awal tahun depan", "date", "2024-01/2024-03", ""),
    ("id", "digelar akhir pekan ini di", "akhir pekan ini", "date", "2023-11-18/2023-11-19", ""),
    ("id", "anggaran tahun fiskal 2024 naik", "tahun fiskal 2024", "date", "2024", ""),
    ("id", "laba kuartal I-2024 naik", "kuartal I-2024", "date", "2024-01/2024-03", ""),
    ("id", "merek itu lahir dua dekade silam", "dua dekade silam", "date", "2003", ""),
    ("id", "pada maret 2024 nanti", "maret 2024", "date", "2024-03", ""),
    ("en", "meets next Monday in", "next Monday", "date", "2023-11-20", ""),
    ("en", "votes this Saturday in", "this Saturday", "date", "2023-11-18", ""),
    ("en", "opens this coming Monday in", "this coming Monday", "date", "2023-11-20", ""),
    ("en", "happened Friday last week in", "Friday last week", "date", "2023-11-10", ""),
    ("en", "publishes tonight in", "tonight", "date", "2023-11-14", ""),
    ("en", "slid this morning in", "this morning", "date", "2023-11-14", ""),
    ("en", "hit last night in", "last night", "date", "2023-11-13", ""),
    ("en", "pulled a couple of days ago in", "a couple of days ago", "date", "2023-11-12", ""),
    ("en", "pulled a few days ago in", "a few days ago", "date", "2023-11-09/2023-11-12", ""),
    ("en", "began a few months ago in", "a few months ago", "date", "2023-06/2023-09", ""),
    ("en", "on the 5th of January 2024 the", "5th of January 2024", "date", "2024-01-05", ""),
    ("en", "on Jan 5th 2024 the", "Jan 5th 2024", "date", "2024-01-05", ""),
    ("en", "on March 3rd at 5pm the", "March 3rd", "date", "2023-03-03", ""),
    ("en", "on the 23rd of May the", "23rd of May", "date", "2023-05-23", ""),
    ("en", "on Tue, Nov 14 the", "Tue, Nov 14", "date", "2023-11-14", ""),
    ("en", "opens 3 months from now in", "3 months from now", "date", "2024-02", ""),
    ("en", "improved from last quarter in", "last quarter", "date", "2023-07/2023-09", ""),
    ("en", "opens next quarter in", "next quarter", "date", "2024-01/2024-03", ""),
    ("en", "closes by the end of the year in", "end of the year", "date", "2023-10/2023-12", ""),
    ("en", "finished by mid-2024 in", "mid-2024", "date", "2024-05/2024-08", ""),
    ("en", "relaunched late last year in", "late last year", "date", "2022-10/2022-12", ""),
    ("en", "closes at the end of next month in", "end of next month", "date", "2023-12-21/2023-12-31", ""),
    ("en", "runs this weekend in", "this weekend", "date", "2023-11-18/2023-11-19", ""),
    ("en", "fell earlier this week in", "earlier this week", "date", "2023-11-13", ""),
    ("en", "born in the 1990s in", "1990s", "date", "1990/1999", ""),
    ("en", "revenue for FY2024 rose", "FY2024", "date", "2024", ""),
    ("en", "runs March 1-3, 2024 in", "March 1-3, 2024", "date", "2024-03-01/2024-03-03", ""),
    ("en", "runs from January to March 2024 in", "January to March 2024", "date", "2024-01/2024-03", ""),
    ("en", "opened a decade ago in", "a decade ago", "date", "2013", ""),
    ("id", "anjlok pada Maret tahun lalu di", "Maret tahun lalu", "date", "2022-03", ""),
    ("id", "kata dia, Rabu (13/3/2024).", "Rabu (13/3/2024)", "date", "2024-03-13", ""),
    ("id", "harga naik pagi tadi di", "pagi tadi", "date", "2023-11-14", ""),
    ("id", "laba kuartal dua 2023 turun", "kuartal dua 2023", "date", "2023-04/2023-06", ""),
    ("id", "periode 2021 hingga 2023 naik", "2021 hingga 2023", "date", "2021/2023", ""),
    ("id", "ramai menjelang Natal di", "Natal", "date", "2023-12-25", ""),
    ("id", "promo pada Tahun Baru 2024 di", "Tahun Baru 2024", "date", "2024-01-01", ""),
    ("id", "tutup saat Hari Kemerdekaan di", "Hari Kemerdekaan", "date", "2023-08-17", ""),
    ("id", "pada Senin 13 November 2023 lalu", "Senin 13 November 2023", "date", "2023-11-13", ""),
    ("id", "dibahas pada pekan pertama April di", "April", "date", "2023-04", ""),
    ("en", "slumped in March of last year in", "March of last year", "date", "2022-03", ""),
    ("en", "reopens in June next year in", "June next year", "date", "2024-06", ""),
    ("en", "breaks even by year-end in", "year-end", "date", "2023-10/2023-12", ""),
    ("en", "ruled a fortnight ago in", "a fortnight ago", "date", "2023-10-30/2023-11-05", ""),
    ("en", "doubled from 2021 to 2023 in", "2021 to 2023", "date", "2021/2023", ""),
    ("en", "grew between 2020 and 2022 in", "2020 and 2022", "date", "2020/2022", ""),
    ("en", "spent on New Year's Eve in", "New Year's Eve", "date", "2023-12-31", ""),
    ("en", "rose around mid-March in", "March", "date", "2023-03", ""),
    ("en", "fell in the final quarter of 2023 in", "final quarter of 2023", "date", "2023-10/2023-12", ""),
    ("id", "rapat pada 15/3 di Jakarta", "15/3", "date", "2023-03-15", ""),
    ("id", "turun Desember nanti di", "Desember nanti", "date", "2023-12", ""),
    ("id", "pada januari lalu di", "januari lalu", "date", "2023-01", ""),
    ("id", "digelar 15 hingga 17 Maret 2024 di", "15 hingga 17 Maret 2024", "date", "2024-03-15/2024-03-17", ""),
    ("id", "digelar 15 s/d 17 Maret 2024 di", "15 s/d 17 Maret 2024", "date", "2024-03-15/2024-03-17", ""),
    ("id", "berlaku 30 Maret-2 April 2024 di", "30 Maret-2 April 2024", "date", "2024-03-30/2024-04-02", ""),
    ("id", "data 2023-10 naik", "2023-10", "date", "2023-10", ""),
    ("id", "laba periode 2020-21 naik", "2020-21", "date", "2020/2021", ""),
    ("en", "applies from the third of May in", "third of May", "date", "2023-05-03", ""),
    ("en", "opens on the twenty-first of June in", "twenty-first of June", "date", "2023-06-21", ""),
    ("en", "opens March first in", "March first", "date", "2023-03-01", ""),
    ("en", "dipped this past weekend in", "this past weekend", "date", "2023-11-11/2023-11-12", ""),
    ("en", "reopened this past Monday in", "this past Monday", "date", "2023-11-13", ""),
    ("en", "rose in the first quarter of last year in", "first quarter of last year", "date", "2022-01/2022-03", ""),
    ("en", "runs from 15 to 17 March 2024 in", "15 to 17 March 2024", "date", "2024-03-15/2024-03-17", ""),
    ("id", "menjelang penghujung tahun ini di", "penghujung tahun ini", "date", "2023-10/2023-12", ""),
    ("id", "rampung medio 2024 di", "medio 2024", "date", "2024-05/2024-08", ""),
    ("id", "naik pada medio Maret di", "Maret", "date", "2023-03", ""),
    ("en", "margins widened in Q3'23 as", "Q3'23", "date", "2023-07/2023-09", ""),
];

/// Times of day beside a date, which must not become numbers; and a year-like count.
pub const NO_NUMBER: &[(&str, &str)] = &[
    ("id", "Kamis (14/3) pukul 10.00 di Jakarta"),
    ("id", "Toko dibuka besok jam 8 pagi."),
    ("en", "Trading resumes at 9:30 a.m. on March 20."),
    ("en", "on 15 March at 17:00 the"),
    ("en", "on March 3rd at 5pm the"),
    ("en", "The store opens at 8am tomorrow."),
];

#[test]
fn reads_dates_written_in_unseen_forms() {
    run(UNSEEN);
}

#[test]
fn a_time_of_day_is_no_number() {
    for (lang, input) in NO_NUMBER {
        let found = super::mentions_in(lang.parse().unwrap(), input);
        assert!(
            found.iter().all(|m| m.amount().is_none()),
            "{input}: {found:?}"
        );
    }
}

#[test]
fn a_year_like_count_of_units_is_no_date() {
    run(&[
        (
            "id",
            "menjual 2024 unit mobil",
            "2024",
            "number",
            "2024",
            "",
        ),
        (
            "en",
            "sold 2024 units of the phone",
            "2024",
            "number",
            "2024",
            "",
        ),
    ]);
}
