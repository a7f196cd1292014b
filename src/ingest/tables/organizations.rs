//! Organisations in both languages: legal forms, public bodies, listed names, short forms
//! defined in parentheses, and the capitalised words that are not organisations.

use super::{Case, mentions_in, run};
use crate::ingest::{Lang, Mentioned};

/// Names closed by a legal form, known or not.
#[rustfmt::skip]
const LEGAL_FORMS: &[Case] = &[
    ("id", "saham PT Sinar Harapan Digital Tbk naik", "PT Sinar Harapan Digital Tbk", "organization", "(none)", ""),
    ("id", "saham PT Bank Mandiri (Persero) Tbk. naik", "PT Bank Mandiri (Persero) Tbk.", "organization", "(none)", ""),
    ("id", "Pihak PT Kopi Senja Nusantara belum menjawab.", "PT Kopi Senja Nusantara", "organization", "(none)", ""),
    ("en", "shares of Borneo Data Pte Ltd rose", "Borneo Data Pte Ltd", "organization", "(none)", ""),
    ("en", "a unit of Selat Mas Sdn Bhd said", "Selat Mas Sdn Bhd", "organization", "(none)", ""),
    ("en", "backed by Andalas Capital and others", "Andalas Capital", "organization", "(none)", ""),
    ("en", "Shares of Tencent Holdings fell.", "Tencent Holdings", "organization", "(none)", ""),
    ("en", "Pihak Grab Holdings menolak.", "Grab Holdings", "organization", "(none)", ""),
    ("en", "bought by JPMorgan Chase & Co. last year", "JPMorgan Chase & Co.", "organization", "(none)", ""),
    ("en", "said Axiata Group Bhd on Monday", "Axiata Group Bhd", "organization", "(none)", ""),
    ("en", "Analysts at Mandiri Sekuritas expect", "Mandiri Sekuritas", "organization", "(none)", ""),
    ("en", "according to Cakrawala Research, sales", "Cakrawala Research", "organization", "(none)", ""),
];

/// Public bodies by the word that opens or closes their name.
#[rustfmt::skip]
const PUBLIC_BODIES: &[Case] = &[
    ("id", "kata Badan Kebijakan Fiskal kemarin", "Badan Kebijakan Fiskal", "organization", "(none)", ""),
    ("id", "aturan Otoritas Pelabuhan Utama berlaku", "Otoritas Pelabuhan Utama", "organization", "(none)", ""),
    ("id", "menurut Direktorat Jenderal Perbendaharaan, dana", "Direktorat Jenderal Perbendaharaan", "organization", "(none)", ""),
    ("id", "data Bursa Efek Indonesia menunjukkan", "Bursa Efek Indonesia", "organization", "(none)", ""),
    ("id", "rapat Komisi Informasi Pusat hari ini", "Komisi Informasi Pusat", "organization", "(none)", ""),
    ("id", "Data Bank Indonesia menunjukkan", "Bank Indonesia", "organization", "(none)", ""),
    ("id", "Gubernur Bank Indonesia Perry Warjiyo berkata", "Bank Indonesia", "organization", "(none)", ""),
    ("id", "laporan Kementerian Keuangan Senin lalu", "Kementerian Keuangan", "organization", "(none)", ""),
    ("en", "The Ministry of Digital Economy said", "Ministry of Digital Economy", "organization", "(none)", ""),
    ("en", "figures from the Monetary Authority of Singapore show", "Monetary Authority of Singapore", "organization", "(none)", ""),
    ("en", "The Financial Services Authority declined", "Financial Services Authority", "organization", "(none)", ""),
    ("en", "a loan from the Asian Development Bank to", "Asian Development Bank", "organization", "(none)", ""),
    ("en", "listed on the Indonesia Stock Exchange in", "Indonesia Stock Exchange", "organization", "(none)", ""),
    ("en", "the Java Logistics Board approved", "Java Logistics Board", "organization", "(none)", ""),
    ("en", "a study by the Institute for Digital Trade in", "Institute for Digital Trade", "organization", "(none)", ""),
];

/// Names from the shipped list, however they are spaced or cased.
#[rustfmt::skip]
const LISTED: &[Case] = &[
    ("en", "data from Euromonitor show", "Euromonitor", "organization", "(none)", ""),
    ("en", "Morgan Stanley cut its target", "Morgan Stanley", "organization", "(none)", ""),
    ("en", "told Reuters on Friday", "Reuters", "organization", "(none)", ""),
    ("id", "dompet digital OVO dan DANA bersaing", "OVO", "organization", "(none)", ""),
    ("id", "dompet digital OVO dan DANA bersaing", "DANA", "organization", "(none)", ""),
    ("id", "seperti dilaporkan Kompas, harga", "Kompas", "organization", "(none)", ""),
    ("id", "BANK  CENTRAL ASIA MENCATAT LABA", "BANK  CENTRAL ASIA", "organization", "(none)", ""),
    ("en", "a deal with Sequoia Capital India on", "Sequoia Capital India", "organization", "(none)", ""),
    ("en", "Grab Indonesia said", "Grab Indonesia", "organization", "(none)", ""),
    ("id", "Asosiasi E-Commerce Indonesia mencatat", "Asosiasi E-Commerce Indonesia", "organization", "(none)", ""),
    ("en", "CEO of Gojek Andre Soelistyo", "Gojek", "organization", "(none)", ""),
    ("id", "Direktur Utama Bank Mandiri Darmawan Junaidi", "Bank Mandiri", "organization", "(none)", ""),
    ("id", "Direktur Utama Bank Mandiri Darmawan Junaidi", "Darmawan Junaidi", "person", "(none)", "title=Direktur Utama Bank Mandiri"),
];

/// Short forms defined in parentheses, in either order.
#[rustfmt::skip]
const SHORT_FORMS: &[Case] = &[
    ("id", "Otoritas Jasa Keuangan (OJK) meminta", "OJK", "organization", "(none)", ""),
    ("id", "Badan Kebijakan Fiskal (BKF) mencatat", "BKF", "organization", "(none)", ""),
    ("id", "kata BKF (Badan Kebijakan Fiskal) kemarin", "BKF", "organization", "(none)", ""),
    ("id", "kata BKF (Badan Kebijakan Fiskal) kemarin", "Badan Kebijakan Fiskal", "organization", "(none)", ""),
    ("en", "the Java Logistics Board (JLB) said", "JLB", "organization", "(none)", ""),
    ("id", "Asosiasi Niaga Daring (Andar) menilai", "Andar", "organization", "(none)", ""),
    ("id", "Kementerian Koordinator Bidang Perekonomian (Kemenko Perekonomian) menyebut", "Kemenko Perekonomian", "organization", "(none)", ""),
    ("id", "Kementerian Perdagangan (Kemdag) menyebut", "Kemdag", "player", "(none)", "player=kemendag"),
];

/// Forms of issue 13's red team of organisations that were read wrong: a state firm's
/// `(Persero)` at the end, a listed group's division closed by a legal form, a bank's
/// Islamic arm, a listed name spelled with a small letter after a hyphen, a group in
/// Indonesian, a player written as its web address, a ministry named role first, and
/// names the list did not hold.
#[rustfmt::skip]
const RED_TEAM: &[Case] = &[
    ("id", "PT Pos Indonesia (Persero) mulai melayani impor.", "PT Pos Indonesia (Persero)", "organization", "(none)", ""),
    ("en", "Toyota Motor Corp. and Honda Motor Co. build cars.", "Toyota Motor Corp.", "organization", "(none)", ""),
    ("en", "Toyota Motor Corp. and Honda Motor Co. build cars.", "Honda Motor Co.", "organization", "(none)", ""),
    ("en", "Mizuho Financial Group bought a stake.", "Mizuho Financial Group", "organization", "(none)", ""),
    ("en", "J&T Global Express Ltd raised money in Hong Kong.", "J&T Global Express Ltd", "organization", "(none)", ""),
    ("en", "HSBC Holdings plc arranged the loan.", "HSBC Holdings plc", "organization", "(none)", ""),
    ("id", "Bank BTPN Syariah menyalurkan pembiayaan.", "Bank BTPN Syariah", "organization", "(none)", ""),
    ("en", "The Indonesian E-commerce Association said so.", "Indonesian E-commerce Association", "organization", "(none)", ""),
    ("en", "The Communications and Digital Ministry blocked the app.", "Communications and Digital Ministry", "organization", "(none)", ""),
    ("id", "Grup Lotte menunda proyek itu.", "Grup Lotte", "organization", "(none)", ""),
    ("id", "Sengketa itu dibawa ke Organisasi Perdagangan Dunia.", "Organisasi Perdagangan Dunia", "organization", "(none)", ""),
    ("id", "Belanja di Blibli.com kini lebih cepat.", "Blibli.com", "player", "(none)", "player=blibli"),
    ("en", "Krom Bank Indonesia is controlled by its parent.", "Krom Bank Indonesia", "organization", "(none)", ""),
    ("id", "Komisi VI DPR memanggil direksi BUMN.", "Komisi VI DPR", "organization", "(none)", ""),
    ("id", "PPATK menelusuri aliran dana itu.", "PPATK", "organization", "(none)", ""),
    ("id", "Gerai 7-Eleven di Jakarta sudah tutup.", "7-Eleven", "organization", "(none)", ""),
    ("en", "SF Express and Cainiao added routes.", "Cainiao", "organization", "(none)", ""),
    ("en", "AirAsia's parent Capital A Bhd is selling its airline.", "AirAsia", "organization", "(none)", ""),
    ("en", "OVO raised capital from Tokyo Century.", "Tokyo Century", "organization", "(none)", ""),
    ("id", "Saham PT. Bank Central Asia Tbk. naik.", "PT. Bank Central Asia Tbk.", "organization", "(none)", ""),
    ("id", "PT Shopee International Indonesia membantah.", "PT Shopee International Indonesia", "player", "(none)", "player=shopee"),
    ("id", "Kemenkop UKM dan Kemendag RI menggelar rapat.", "Kemendag RI", "player", "(none)", "player=kemendag"),
    ("id", "Menurut OJK RI, pinjol ilegal berkurang.", "OJK RI", "organization", "(none)", ""),
    ("id", "Bank DBS Indonesia menurunkan bunga.", "Bank DBS Indonesia", "organization", "(none)", ""),
    ("id", "KB Bank dan Hana Bank memperluas kredit.", "KB Bank", "organization", "(none)", ""),
    ("en", "The company hired Ernst & Young LLP as auditor.", "Ernst & Young LLP", "organization", "(none)", ""),
    ("en", "The sovereign fund, the INA, backed the roads.", "INA", "organization", "(none)", ""),
    ("en", "GoPay is being folded into GoTo Financial.", "GoTo Financial", "player", "(none)", "player=goto"),
    ("en", "Temasek Holdings (Private) Limited sold shares.", "Temasek Holdings (Private) Limited", "player", "(none)", "player=temasek"),
];

#[test]
fn reads_the_forms_the_red_team_found() {
    run(RED_TEAM);
}

#[test]
fn reads_names_closed_by_a_legal_form() {
    run(LEGAL_FORMS);
}

#[test]
fn reads_public_bodies_by_the_word_that_opens_or_closes_them() {
    run(PUBLIC_BODIES);
}

#[test]
fn reads_listed_names_however_spaced_or_cased() {
    run(LISTED);
}

#[test]
fn reads_short_forms_defined_in_parentheses() {
    run(SHORT_FORMS);
}

fn organisations(src: &str, lang: Lang) -> Vec<(String, &'static str)> {
    mentions_in(lang, src)
        .iter()
        .filter(|m| matches!(m.what, Mentioned::Organization | Mentioned::Player(_)))
        .map(|m| (src[m.start..m.end].to_string(), m.kind()))
        .collect()
}

fn pairs(list: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
    list.iter().map(|&(t, k)| (t.to_string(), k)).collect()
}

#[test]
fn a_short_form_names_its_organisation_for_the_rest_of_the_article() {
    let src = "Badan Kebijakan Fiskal (BKF) menilai pasar stabil.\nMenurut BKF, inflasi terjaga. Kepala BKF hadir, tetapi bkf dan BKFX tidak.";
    assert_eq!(
        organisations(src, Lang::Id),
        pairs(&[
            ("Badan Kebijakan Fiskal", "organization"),
            ("BKF", "organization"),
            ("BKF", "organization"),
            ("BKF", "organization"),
        ])
    );
    let src = "Kementerian Perdagangan (Kemdag) bertemu. Kemdag lalu menolak.";
    assert_eq!(
        organisations(src, Lang::Id),
        pairs(&[
            ("Kementerian Perdagangan", "player"),
            ("Kemdag", "player"),
            ("Kemdag", "player"),
        ])
    );
}

#[test]
fn capitalised_words_that_name_no_organisation_are_not_one() {
    for (lang, src) in [
        (Lang::Id, "Senin lalu, harga naik di Jakarta dan Surabaya."),
        (
            Lang::Id,
            "Pada Januari 2024 Presiden Joko Widodo meresmikan gudang di Bandung.",
        ),
        (Lang::Id, "Dana segar itu masuk. Antara lain untuk gudang."),
        (Lang::Id, "Tempo pengiriman dipangkas, kata Budi Santoso."),
        (
            Lang::En,
            "In March, Jakarta and Bali saw more tourists, said John Smith.",
        ),
        (Lang::En, "Visa applications rose. Bank customers waited."),
        (Lang::Id, "Pihak manajemen belum menjawab pada Rabu."),
        (Lang::Id, "Menteri Keuangan Sri Mulyani Indrawati hadir."),
        (
            Lang::En,
            "The South China Sea dispute weighed on Asian markets.",
        ),
        (Lang::Id, "dana itu ada di ovo, ide baru kata mandiri."),
        (
            Lang::Id,
            "Pengguna WhatsApp dan Instagram makin banyak berjualan.",
        ),
    ] {
        assert_eq!(organisations(src, lang), pairs(&[]), "{src}");
    }
}
