"""Dates written the many ways the frames of make.py do not: bare phrases with no
sentence around them, weekdays counted from the publication, ordinals, parts of a period,
ranges, decades, fiscal years, clock times beside a date, in either case and with or
without a closing full stop. Written for pasar (issue 13); they resolve against a
publication on Friday 2024-03-15, as the rest of the benchmark does.

Each row: (lang, sentence, [(kind, text, value), ...]) listing every scored mention the
sentence holds; an empty list is a sentence that holds no date (`may` the verb, a weekday
that dates nothing, `2024 unit`), where anything found costs precision.
"""


def d(text, value):
    return ("date", text, value)


ID = [
    # weekdays counted from the publication
    ("Senin depan", [d("Senin depan", "2024-03-18")]),
    ("Rapat lanjutan digelar Senin depan di kantor kementerian.", [d("Senin depan", "2024-03-18")]),
    ("Jumat pekan lalu", [d("Jumat pekan lalu", "2024-03-08")]),
    ("Hasil audit diumumkan Sabtu pekan depan.", [d("Sabtu pekan depan", "2024-03-23")]),
    ("Gudang itu mulai beroperasi Kamis mendatang.", [d("Kamis mendatang", "2024-03-21")]),
    ("SELASA DEPAN", [d("SELASA DEPAN", "2024-03-19")]),
    ("Sabtu ini", [d("Sabtu ini", "2024-03-16")]),
    # parts of the publication's day
    ("tadi pagi", [d("tadi pagi", "2024-03-15")]),
    ("Direksi menggelar jumpa pers tadi pagi.", [d("tadi pagi", "2024-03-15")]),
    ("Pengumuman resmi dijadwalkan nanti malam.", [d("nanti malam", "2024-03-15")]),
    ("Pagi ini harga saham perseroan dibuka melemah.", [d("Pagi ini", "2024-03-15")]),
    ("Kebakaran melanda gudang itu tadi malam.", [d("tadi malam", "2024-03-14")]),
    ("sore ini", [d("sore ini", "2024-03-15")]),
    # vague counts: a range from five units back to two
    ("beberapa hari lalu", [d("beberapa hari lalu", "2024-03-10/2024-03-13")]),
    ("Kebijakan itu diumumkan beberapa bulan lalu.", [d("beberapa bulan lalu", "2023-10/2024-01")]),
    ("Perusahaan itu berdiri beberapa tahun yang lalu.", [d("beberapa tahun yang lalu", "2019/2022")]),
    # decades
    ("dekade ini", [d("dekade ini", "2020/2029")]),
    ("Belanja daring tumbuh pesat sepanjang dekade ini.", [d("dekade ini", "2020/2029")]),
    ("Merek itu populer pada 1990-an.", [d("1990-an", "1990/1999")]),
    ("tahun 1980-an", [d("tahun 1980-an", "1980/1989")]),
    ("Pasar ritel berubah total dalam dekade lalu.", [d("dekade lalu", "2010/2019")]),
    # a weekday before the date
    ("Selasa, 12 Maret 2024", [d("Selasa, 12 Maret 2024", "2024-03-12")]),
    ("Kontrak itu diteken pada Rabu, 6 Maret 2024 lalu.", [d("Rabu, 6 Maret 2024", "2024-03-06")]),
    ("Minggu, 17 Maret 2024.", [d("Minggu, 17 Maret 2024", "2024-03-17")]),
    ("Selasa, 14 November 2023", [d("Selasa, 14 November 2023", "2023-11-14")]),
    # day, month and year with the abbreviations reporters use
    ("5 Agt 2023", [d("5 Agt 2023", "2023-08-05")]),
    ("Izin usaha itu terbit pada 12 Agu. 2023.", [d("12 Agu. 2023", "2023-08-12")]),
    ("3 Okt. 2023", [d("3 Okt. 2023", "2023-10-03")]),
    ("Aturan itu diteken 7 Nop. 2022 oleh menteri.", [d("7 Nop. 2022", "2022-11-07")]),
    ("9 Des 2023", [d("9 Des 2023", "2023-12-09")]),
    ("1 Sept. 2023", [d("1 Sept. 2023", "2023-09-01")]),
    ("tgl. 5 Februari 2024", [d("5 Februari 2024", "2024-02-05")]),
    ("Pembayaran jatuh tempo tanggal 1 April 2024.", [d("1 April 2024", "2024-04-01")]),
    ("15 maret 2024", [d("15 maret 2024", "2024-03-15")]),
    ("maret 2024", [d("maret 2024", "2024-03")]),
    ("MARET 2024", [d("MARET 2024", "2024-03")]),
    ("20 JANUARI 2024", [d("20 JANUARI 2024", "2024-01-20")]),
    ("Penjualan dihitung per 31 Des. 2023.", [d("31 Des. 2023", "2023-12-31")]),
    # ranges
    ("1-3 Maret 2024", [d("1-3 Maret 2024", "2024-03-01/2024-03-03")]),
    ("Pameran itu berlangsung 10–12 Mei 2024 di Surabaya.", [d("10–12 Mei 2024", "2024-05-10/2024-05-12")]),
    ("Januari-Maret 2024", [d("Januari-Maret 2024", "2024-01/2024-03")]),
    ("Promo berlaku dari Januari hingga Maret 2024.", [d("Januari hingga Maret 2024", "2024-01/2024-03")]),
    ("Harga naik antara Maret dan Mei.", [d("Maret dan Mei", "2024-03/2024-05")]),
    # counted relatives of every unit
    ("3 minggu lalu", [d("3 minggu lalu", "2024-02-19/2024-02-25")]),
    ("Keluhan itu masuk empat pekan lalu.", [d("empat pekan lalu", "2024-02-12/2024-02-18")]),
    ("dua kuartal lalu", [d("dua kuartal lalu", "2023-07/2023-09")]),
    ("Margin membaik dibanding kuartal lalu.", [d("kuartal lalu", "2023-10/2023-12")]),
    ("Laba kuartal ini diperkirakan membaik.", [d("kuartal ini", "2024-01/2024-03")]),
    ("Ekspansi dimulai kuartal depan.", [d("kuartal depan", "2024-04/2024-06")]),
    ("lima belas tahun lalu", [d("lima belas tahun lalu", "2009")]),
    ("Gerai itu dibuka dua belas bulan lalu.", [d("dua belas bulan lalu", "2023-03")]),
    ("sepuluh hari lagi", [d("sepuluh hari lagi", "2024-03-25")]),
    ("Target itu dikejar lima tahun mendatang.", [d("lima tahun mendatang", "2029")]),
    ("Merek itu lahir dua dekade silam.", [d("dua dekade silam", "2004")]),
    ("tiga kuartal mendatang", [d("tiga kuartal mendatang", "2024-10/2024-12")]),
    # parts of a period
    ("awal 2024", [d("awal 2024", "2024-01/2024-03")]),
    ("Pabrik itu rampung pertengahan 2024.", [d("pertengahan 2024", "2024-05/2024-08")]),
    ("Harga mulai turun akhir 2023.", [d("akhir 2023", "2023-10/2023-12")]),
    ("awal bulan depan", [d("awal bulan depan", "2024-04-01/2024-04-10")]),
    ("Stok menipis sejak akhir bulan lalu.", [d("akhir bulan lalu", "2024-02-21/2024-02-29")]),
    ("Tarif baru berlaku pertengahan tahun depan.", [d("pertengahan tahun depan", "2025-05/2025-08")]),
    ("akhir tahun lalu", [d("akhir tahun lalu", "2023-10/2023-12")]),
    ("Diskon digelar akhir pekan ini di semua gerai.", [d("akhir pekan ini", "2024-03-16/2024-03-17")]),
    ("akhir pekan lalu", [d("akhir pekan lalu", "2024-03-09/2024-03-10")]),
    ("Penjualan melonjak sejak awal tahun.", [d("awal tahun", "2024-01/2024-03")]),
    ("Target itu dipasang untuk akhir tahun.", [d("akhir tahun", "2024-10/2024-12")]),
    # fiscal years, quarters and halves as filings write them
    ("tahun fiskal 2024", [d("tahun fiskal 2024", "2024")]),
    ("Anggaran itu disiapkan untuk tahun anggaran 2025.", [d("tahun anggaran 2025", "2025")]),
    ("Laba kuartal I-2024 naik tipis.", [d("kuartal I-2024", "2024-01/2024-03")]),
    ("semester I-2024", [d("semester I-2024", "2024-01/2024-06")]),
    ("Kinerja semester 2 2023 melambat.", [d("semester 2 2023", "2023-07/2023-12")]),
    # a clock time beside a date is no number
    ("Rapat dimulai pukul 09.30 WIB pada 20 Maret 2024.", [d("20 Maret 2024", "2024-03-20")]),
    ("Kamis (14/3) pukul 10.00", [d("Kamis (14/3)", "2024-03-14")]),
    ("Toko dibuka besok jam 8 pagi.", [d("besok", "2024-03-16")]),
    ("pada 15 Maret pukul 14.00 WIB", [d("15 Maret", "2024-03-15")]),
    # no date here
    ("Perusahaan menjual 2024 unit mobil listrik.", [("numeral", "2024 unit", "2024")]),
    ("Kata Maret, pemilik toko itu, penjualan sedang sepi.", []),
    ("Ia rutin berpuasa Senin dan Kamis.", []),
    ("Minggu ini pula ia pindah ke Bandung.", [d("Minggu ini", "2024-03-11/2024-03-17")]),
    ("Pedagang menyebut pasar Minggu selalu ramai.", []),
]

EN = [
    # weekdays counted from the publication
    ("next Monday", [d("next Monday", "2024-03-18")]),
    ("The board meets next Monday in Jakarta.", [d("next Monday", "2024-03-18")]),
    ("Shareholders vote this Saturday.", [d("this Saturday", "2024-03-16")]),
    ("NEXT TUESDAY", [d("NEXT TUESDAY", "2024-03-19")]),
    ("The store reopens this coming Monday.", [d("this coming Monday", "2024-03-18")]),
    ("Friday last week", [d("Friday last week", "2024-03-08")]),
    # parts of the publication's day
    ("tonight", [d("tonight", "2024-03-15")]),
    ("The results will be published tonight.", [d("tonight", "2024-03-15")]),
    ("Shares slid this morning after the filing.", [d("this morning", "2024-03-15")]),
    ("This afternoon the regulator issued a warning.", [d("This afternoon", "2024-03-15")]),
    ("A fire hit the warehouse last night.", [d("last night", "2024-03-14")]),
    # vague and loose counts
    ("a couple of days ago", [d("a couple of days ago", "2024-03-13")]),
    ("The app was pulled a few days ago.", [d("a few days ago", "2024-03-10/2024-03-13")]),
    ("several weeks ago", [d("several weeks ago", "2024-02-05/2024-03-03")]),
    ("Talks began a few months ago.", [d("a few months ago", "2023-10/2024-01")]),
    # ordinals
    ("5th of January", [d("5th of January", "2024-01-05")]),
    ("the 5th of January 2024", [d("5th of January 2024", "2024-01-05")]),
    ("Jan 5th 2024", [d("Jan 5th 2024", "2024-01-05")]),
    ("The deal closed on Jan. 5th, 2024.", [d("Jan. 5th, 2024", "2024-01-05")]),
    ("March 3rd at 5pm", [d("March 3rd", "2024-03-03")]),
    ("The law takes effect on the 1st of April.", [d("1st of April", "2024-04-01")]),
    ("on April 1st", [d("April 1st", "2024-04-01")]),
    ("22nd March 2024", [d("22nd March 2024", "2024-03-22")]),
    ("Payment is due on the 23rd of May.", [d("23rd of May", "2024-05-23")]),
    ("the 2nd of February", [d("2nd of February", "2024-02-02")]),
    ("MARCH 15, 2024", [d("MARCH 15, 2024", "2024-03-15")]),
    ("15 MARCH 2024", [d("15 MARCH 2024", "2024-03-15")]),
    ("march 2024", [d("march 2024", "2024-03")]),
    ("The filing was dated march 15, 2024.", [d("march 15, 2024", "2024-03-15")]),
    # a weekday before the date
    ("Tue, Mar 12", [d("Tue, Mar 12", "2024-03-12")]),
    ("Tuesday, March 12, 2024", [d("Tuesday, March 12, 2024", "2024-03-12")]),
    ("The vote was held on Wed., Mar. 6, 2024.", [d("Wed., Mar. 6, 2024", "2024-03-06")]),
    ("Fri, 15 Mar 2024", [d("Fri, 15 Mar 2024", "2024-03-15")]),
    # counted relatives of every unit
    ("3 months from now", [d("3 months from now", "2024-06")]),
    ("The plant opens two weeks from now.", [d("two weeks from now", "2024-03-25/2024-03-31")]),
    ("ten days from now", [d("ten days from now", "2024-03-25")]),
    ("A year from now the rules will be stricter.", [d("A year from now", "2025")]),
    ("eighteen months ago", [d("eighteen months ago", "2022-09")]),
    ("The brand launched twelve weeks ago.", [d("twelve weeks ago", "2023-12-18/2023-12-24")]),
    ("two quarters ago", [d("two quarters ago", "2023-07/2023-09")]),
    ("Margins improved from last quarter.", [d("last quarter", "2023-10/2023-12")]),
    ("Sales should recover next quarter.", [d("next quarter", "2024-04/2024-06")]),
    ("this quarter", [d("this quarter", "2024-01/2024-03")]),
    ("a week ago", [d("a week ago", "2024-03-04/2024-03-10")]),
    ("The chain opened its first store a decade ago.", [d("a decade ago", "2014")]),
    # parts of a period
    ("end of the year", [d("end of the year", "2024-10/2024-12")]),
    ("The merger should close by the end of the year.", [d("end of the year", "2024-10/2024-12")]),
    ("early 2024", [d("early 2024", "2024-01/2024-03")]),
    ("The plant will be finished by mid-2024.", [d("mid-2024", "2024-05/2024-08")]),
    ("Prices began to fall in late 2023.", [d("late 2023", "2023-10/2023-12")]),
    ("early next year", [d("early next year", "2025-01/2025-03")]),
    ("The brand was relaunched late last year.", [d("late last year", "2023-10/2023-12")]),
    ("The tender closes at the end of next month.", [d("end of next month", "2024-04-21/2024-04-30")]),
    ("early last month", [d("early last month", "2024-02-01/2024-02-10")]),
    ("The sale runs this weekend.", [d("this weekend", "2024-03-16/2024-03-17")]),
    ("last weekend", [d("last weekend", "2024-03-09/2024-03-10")]),
    ("The shop reopens next weekend.", [d("next weekend", "2024-03-23/2024-03-24")]),
    ("Shares fell earlier this week.", [d("earlier this week", "2024-03-11/2024-03-14")]),
    ("earlier this month", [d("earlier this month", "2024-03-01/2024-03-14")]),
    # decades
    ("this decade", [d("this decade", "2020/2029")]),
    ("The format was born in the 1990s.", [d("1990s", "1990/1999")]),
    ("Growth was slower in the last decade.", [d("last decade", "2010/2019")]),
    # fiscal years
    ("FY2024", [d("FY2024", "2024")]),
    ("The target applies to fiscal year 2025.", [d("fiscal year 2025", "2025")]),
    ("Revenue for FY 2023 rose.", [d("FY 2023", "2023")]),
    ("Profit fell in fiscal 2023.", [d("fiscal 2023", "2023")]),
    # ranges
    ("1-3 March 2024", [d("1-3 March 2024", "2024-03-01/2024-03-03")]),
    ("The fair runs March 1-3, 2024 in Surabaya.", [d("March 1-3, 2024", "2024-03-01/2024-03-03")]),
    ("between March and May", [d("March and May", "2024-03/2024-05")]),
    ("The discount runs from January to March 2024.", [d("January to March 2024", "2024-01/2024-03")]),
    ("Jan-Mar 2024", [d("Jan-Mar 2024", "2024-01/2024-03")]),
    # a clock time beside a date is no number
    ("Trading resumes at 9:30 a.m. on March 20.", [d("March 20", "2024-03-20")]),
    ("on 15 March at 17:00", [d("15 March", "2024-03-15")]),
    ("The statement came at 5 p.m. yesterday.", [d("yesterday", "2024-03-14")]),
    ("The store opens at 8am tomorrow.", [d("tomorrow", "2024-03-16")]),
    # no date here
    ("Prices may rise further, analysts said.", []),
    ("The retailer sold 2024 units of the phone.", [("numeral", "2024 units", "2024")]),
    ("Now the firm plans to list its shares.", []),
    ("Sunday trading rules were relaxed.", []),
    ("Shoppers may return once prices ease.", []),
]

# A second round, written after the first was read: a month of a relative year, datelines
# with their year, `pagi tadi`, quarters by cardinal, spans of years, fixed-date holidays.
ID_SECOND = [
    ("Penjualan anjlok pada Maret tahun lalu.", [d("Maret tahun lalu", "2023-03")]),
    ("Desember tahun depan", [d("Desember tahun depan", "2025-12")]),
    ("Aturan itu berlaku sejak Januari tahun ini.", [d("Januari tahun ini", "2024-01")]),
    ("Rabu (13/3/2024)", [d("Rabu (13/3/2024)", "2024-03-13")]),
    ("Kata juru bicara perseroan, Senin (11/3/2024).", [d("Senin (11/3/2024)", "2024-03-11")]),
    ("Harga naik tajam pagi tadi.", [d("pagi tadi", "2024-03-15")]),
    ("sore tadi", [d("sore tadi", "2024-03-15")]),
    ("Gempa mengguncang dini hari tadi.", [d("dini hari tadi", "2024-03-15")]),
    ("Laba kuartal dua 2023 turun.", [d("kuartal dua 2023", "2023-04/2023-06")]),
    ("Data periode 2021 hingga 2023 menunjukkan lonjakan.", [d("2021 hingga 2023", "2021/2023")]),
    ("antara 2020 dan 2022", [d("2020 dan 2022", "2020/2022")]),
    ("Natal 2023", [d("Natal 2023", "2023-12-25")]),
    ("Penjualan melonjak menjelang Natal.", [d("Natal", "2024-12-25")]),
    ("Promo digelar pada Tahun Baru 2024.", [d("Tahun Baru 2024", "2024-01-01")]),
    ("Toko tutup saat Hari Kemerdekaan 2023.", [d("Hari Kemerdekaan 2023", "2023-08-17")]),
    ("malam tahun baru", [d("malam tahun baru", "2024-12-31")]),
    ("Senin 11 Maret 2024", [d("Senin 11 Maret 2024", "2024-03-11")]),
    ("Pabrik itu berhenti beroperasi sejak pertengahan Maret.", [d("Maret", "2024-03")]),
    ("tiga hari yang lalu", [d("tiga hari yang lalu", "2024-03-12")]),
    ("Kesepakatan itu dicapai 14 hari lalu.", [d("14 hari lalu", "2024-03-01")]),
    ("sebulan yang lalu", [d("sebulan yang lalu", "2024-02")]),
    ("Perusahaan itu didirikan pada tahun 2015 silam.", [d("tahun 2015", "2015")]),
    ("pada 17/08/1945", [d("17/08/1945", "1945-08-17")]),
    ("Rencana itu dibahas pada pekan pertama April.", [d("April", "2024-04")]),
    ("Kinerja semester dua 2023 membaik.", [d("semester dua 2023", "2023-07/2023-12")]),
    ("AKHIR TAHUN INI", [d("AKHIR TAHUN INI", "2024-10/2024-12")]),
    ("Kamis, 14/3/2024", [d("Kamis, 14/3/2024", "2024-03-14")]),
    ("Jumat pagi (15/3)", [d("(15/3)", "2024-03-15")]),
    ("Pendapatan selama Januari-Juni 2023 naik.", [d("Januari-Juni 2023", "2023-01/2023-06")]),
    ("Q2-2024", [d("Q2-2024", "2024-04/2024-06")]),
    ("Pengiriman dijadwalkan minggu depan.", [d("minggu depan", "2024-03-18/2024-03-24")]),
    ("Ia baru bergabung belum lama ini.", []),
    ("Banyak orang berbelanja setiap akhir pekan.", []),
    ("Pasar Minggu dan Pasar Senen ramai pembeli.", []),
    ("Pukul rata, harga naik sedikit.", []),
]

EN_SECOND = [
    ("Sales slumped in March last year.", [d("March last year", "2023-03")]),
    ("in March of last year", [d("March of last year", "2023-03")]),
    ("The plant reopens in June next year.", [d("June next year", "2025-06")]),
    ("Monday 11 March 2024", [d("Monday 11 March 2024", "2024-03-11")]),
    ("The deal closed on Monday, March 11.", [d("Monday, March 11", "2024-03-11")]),
    ("The company expects to break even by year-end.", [d("year-end", "2024-10/2024-12")]),
    ("A fortnight ago the regulator issued new rules.", [d("A fortnight ago", "2024-02-26/2024-03-03")]),
    ("Revenue doubled from 2021 to 2023.", [d("2021 to 2023", "2021/2023")]),
    ("between 2020 and 2022", [d("2020 and 2022", "2020/2022")]),
    ("Shoppers spent more ahead of Christmas.", [d("Christmas", "2024-12-25")]),
    ("Christmas 2023", [d("Christmas 2023", "2023-12-25")]),
    ("on New Year's Day 2024", [d("New Year's Day 2024", "2024-01-01")]),
    ("New Year's Eve", [d("New Year's Eve", "2024-12-31")]),
    ("Prices rose around mid-March.", [d("March", "2024-03")]),
    ("The stock fell earlier today.", [d("today", "2024-03-15")]),
    ("The firm was founded in the 2010s.", [d("2010s", "2010/2019")]),
    ("Q2-2024", [d("Q2-2024", "2024-04/2024-06")]),
    ("the second quarter of this year", [d("second quarter of this year", "2024-04/2024-06")]),
    ("in the final quarter of 2023", [d("final quarter of 2023", "2023-10/2023-12")]),
    ("The meeting is set for Thursday, March 21, at 10 a.m.", [d("Thursday, March 21", "2024-03-21")]),
    ("Two days ago the app went offline.", [d("Two days ago", "2024-03-13")]),
    ("forty-five days ago", [d("forty-five days ago", "2024-01-30")]),
    ("The stake was sold in early March.", [d("March", "2024-03")]),
    ("SEPT. 30, 2023", [d("SEPT. 30, 2023", "2023-09-30")]),
    ("on 30 Sept 2023", [d("30 Sept 2023", "2023-09-30")]),
    ("by the middle of next year", [d("middle of next year", "2025-05/2025-08")]),
    ("at the start of the year", [d("start of the year", "2024-01/2024-03")]),
    ("over the past week", []),
    ("The board may meet again soon.", []),
    ("He said the outlook may improve.", []),
    ("March is a busy month for retailers.", []),
    ("Sunday is the busiest shopping day.", []),
    ("They walked 5 miles at 3 a day.", [("numeral", "5 miles", "5"), ("numeral", "3", "3")]),
]

# A third round: a short day/month after a word that says a date follows, spans of days
# joined by words or across months, English days written as ordinals, ISO months.
ID_THIRD = [
    ("Rapat digelar pada 15/3 di Jakarta.", [d("15/3", "2024-03-15")]),
    ("Izin itu berlaku sejak 1/3.", [d("1/3", "2024-03-01")]),
    ("januari lalu", [d("januari lalu", "2024-01")]),
    ("Harga diperkirakan turun Desember nanti.", [d("Desember nanti", "2024-12")]),
    ("Pameran digelar 15 hingga 17 Maret 2024.", [d("15 hingga 17 Maret 2024", "2024-03-15/2024-03-17")]),
    ("15 s/d 17 Maret 2024", [d("15 s/d 17 Maret 2024", "2024-03-15/2024-03-17")]),
    ("Diskon berlaku 30 Maret-2 April 2024.", [d("30 Maret-2 April 2024", "2024-03-30/2024-04-02")]),
    ("Penjualan tumbuh pada awal 2000-an.", [d("2000-an", "2000/2009")]),
    ("semester kedua tahun depan", [d("semester kedua tahun depan", "2025-07/2025-12")]),
    ("Kebijakan itu diumumkan pada Senin (11/3) malam.", [d("Senin (11/3)", "2024-03-11")]),
    ("15 - 17 Maret 2024", [d("15 - 17 Maret 2024", "2024-03-15/2024-03-17")]),
    ("TANGGAL 5 APRIL 2024", [d("5 APRIL 2024", "2024-04-05")]),
    ("Gerai itu tutup sejak Februari lalu.", [d("Februari lalu", "2024-02")]),
    ("Maret mendatang", [d("Maret mendatang", "2025-03")]),
    ("Data itu dirilis pada 2023-10 lalu.", [d("2023-10", "2023-10")]),
    ("Laba periode 2020-21 naik.", [d("2020-21", "2020/2021")]),
]

EN_THIRD = [
    ("the first of March", [d("first of March", "2024-03-01")]),
    ("The rules apply from the third of May.", [d("third of May", "2024-05-03")]),
    ("on the twenty-first of June", [d("twenty-first of June", "2024-06-21")]),
    ("March first", [d("March first", "2024-03-01")]),
    ("Sales dipped this past weekend.", [d("this past weekend", "2024-03-09/2024-03-10")]),
    ("The store reopened this past Monday.", [d("this past Monday", "2024-03-11")]),
    ("in the second half of next year", [d("second half of next year", "2025-07/2025-12")]),
    ("Profit rose in the first quarter of last year.", [d("first quarter of last year", "2023-01/2023-03")]),
    ("The fair runs from 15 to 17 March 2024.", [d("15 to 17 March 2024", "2024-03-15/2024-03-17")]),
    ("The offer runs 30 March-2 April 2024.", [d("30 March-2 April 2024", "2024-03-30/2024-04-02")]),
    ("on the 1st of march", [d("1st of march", "2024-03-01")]),
    ("Right now the company has no plans to list.", []),
    ("Now is the time to invest, he said.", []),
    ("The mayor may decide in May.", [d("May", "2024-05")]),
]

# A fourth round: the words Indonesian desks use for a period's middle and end, and a
# quarter with its year cut short.
ID_FOURTH = [
    ("Stok menumpuk menjelang penghujung tahun ini.", [d("penghujung tahun ini", "2024-10/2024-12")]),
    ("penghujung 2023", [d("penghujung 2023", "2023-10/2023-12")]),
    ("Pabrik baru itu ditargetkan rampung medio 2024.", [d("medio 2024", "2024-05/2024-08")]),
    ("Harga mulai naik pada medio Maret.", [d("Maret", "2024-03")]),
    ("Laba kuartal III'23 melonjak.", [d("kuartal III'23", "2023-07/2023-09")]),
]

EN_FOURTH = [
    ("Q1'24", [d("Q1'24", "2024-01/2024-03")]),
    ("Margins widened in Q3’23 as costs eased.", [d("Q3’23", "2023-07/2023-09")]),
]

ROWS = [("id", s, e) for s, e in ID + ID_SECOND + ID_THIRD + ID_FOURTH] + [
    ("en", s, e) for s, e in EN + EN_SECOND + EN_THIRD + EN_FOURTH
]
