//! Organisations that are not (or not yet) players, recognised by shape: a word that
//! opens a name (`PT …`, `Kementerian …`, `Bank …`, `Ministry of …`), a head noun that
//! closes an English one (`… Services Authority`, `… Stock Exchange`, `… Development
//! Bank`), or a legal form that closes any (`… Tbk`, `… Holdings`, `… Inc.`).

use super::text::{Shape, Text};

/// An organisation or person at tokens `from..to`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    pub from: usize,
    pub to: usize,
    /// For a person, the title and role written before the name.
    pub title: Option<String>,
}

/// An organisation at `i`, by the shape of its name. `taken` says which tokens already
/// belong to a player; `known` which start a name of the gazetteer, where the run of a
/// name stops unless a legal wrapper (`PT … Tbk`) holds it.
pub fn organization(text: &Text, i: usize, taken: &[bool], known: &[bool]) -> Option<Named> {
    let lower = text.lower(i);
    if !text.capitalised(i)
        || is_taken(taken, i)
        || starter(lower)
        || super::people::title(lower)
        || calendar(lower)
    {
        return None;
    }
    // `Direktur Utama Borneo Agro Holdings`: `Utama` belongs to the title before it.
    let before = i.checked_sub(1).map_or("", |k| text.lower(k));
    // A connector (`The`, `and`) is no part of a title: `The Communications and Digital
    // Ministry` is a ministry.
    let connector = matches!(before, "the" | "and" | "of" | "dan");
    let people = super::people::title(before) || super::people::role_word(before) && !connector;
    if people && super::people::role_word(lower) {
        return None;
    }
    // `Grup Lotte`: the group of a listed name is one organisation with it.
    // `Bank DBS Indonesia`: the local bank of a listed group is one name with it too.
    let wrapper = matches!(
        text.raw(i),
        "PT" | "CV" | "Perum" | "Perumda" | "Grup" | "Bank"
    );
    let stop = |j: usize| is_taken(taken, j) || !wrapper && is_taken(known, j);
    let run = capitalised_run(text, i, &stop, 10);
    let opens = |k: usize| id_prefix(text.raw(run[k])) || english_opener(text, run[k]);
    // The last of the legal forms from `k` on: `Pte Ltd`, `Sdn Bhd`, `Group Bhd`.
    let legal_end = |mut k: usize| {
        while k + 1 < run.len() && legal(text.lower(run[k + 1])) {
            k += 1;
        }
        k
    };
    if opens(0) {
        if run.len() < 2 {
            return None;
        }
        let end = (1..run.len()).find(|&k| legal(text.lower(run[k])));
        return Some(ending(text, i, run[end.map_or(run.len() - 1, legal_end)]));
    }
    // A sentence's first word is capitalised whatever it is: `Pihak Grab Holdings`.
    if sentence_start(text, i) && common(lower) {
        return None;
    }
    for k in 1..run.len() {
        let word = text.lower(run[k]);
        if head(word) && k + 1 == run.len() {
            return Some(ending(text, i, run[k]));
        }
        if english_opener(text, run[k]) {
            return Some(ending(text, i, run[run.len() - 1]));
        }
        if id_prefix(text.raw(run[k])) {
            return None; // the name starts there: `Pihak Bank Mandiri`
        }
        // `Capital` is also a city's or a market's: `Sydney Capital Region`, `Jakarta
        // Global Capital Markets Week` go on past it and are no firm.
        let capital_of = word == "capital" && legal_end(k) + 1 < run.len();
        if legal(word) && !capital_of {
            return Some(ending(text, i, run[legal_end(k)]));
        }
    }
    None
}

/// The organisation from `from` to the word `last`, with the dot of an abbreviated
/// legal form (`Inc.`, `Tbk.`).
fn ending(text: &Text, from: usize, last: usize) -> Named {
    Named {
        from,
        to: with_dot(text, last),
        title: None,
    }
}

/// The token after the word `last`, or after its dot when it is an abbreviated legal
/// form (`Inc.`, `Tbk.`).
pub fn with_dot(text: &Text, last: usize) -> usize {
    let abbreviated = matches!(
        text.lower(last),
        "inc" | "co" | "corp" | "ltd" | "tbk" | "bhd" | "plc"
    );
    // `PT Pos Indonesia (Persero)`: a name that ends in the state's mark ends after its
    // closing parenthesis, not inside it.
    let persero = text.lower(last) == "persero" && text.is(last + 1, ')');
    if persero || abbreviated && text.is(last + 1, '.') && text.attached(last + 1) {
        last + 2
    } else {
        last + 1
    }
}

pub fn is_taken(taken: &[bool], i: usize) -> bool {
    taken.get(i).copied().unwrap_or(false)
}

/// Whether token `i` opens a sentence: the text's first, or after a full stop, a line
/// break or an opening quote there.
pub fn sentence_start(text: &Text, i: usize) -> bool {
    let mut k = i;
    while k > 0 && matches!(text.raw(k - 1), "\"" | "“" | "'" | "‘" | "(" | "[") {
        k -= 1;
    }
    let Some(before) = k.checked_sub(1) else {
        return true;
    };
    let gap = text.tokens[before].end..text.tokens[k].start;
    matches!(
        text.raw(before),
        "." | "!" | "?" | ":" | "•" | "-" | "—" | "–"
    ) || text.src[gap].contains('\n')
}

/// The word tokens of a run of capitalised words from `i`, through the connectors and
/// joining punctuation that organisation names contain (`dan`, `of`, `&`, `.com`,
/// `(Persero)`), stopping where `stop` says, at a person's title, a date or a currency.
fn capitalised_run(text: &Text, i: usize, stop: &dyn Fn(usize) -> bool, max: usize) -> Vec<usize> {
    let mut run = vec![i];
    let mut j = i + 1;
    // `PT. Bank Central Asia`: the dot of an abbreviated wrapper is no end.
    if matches!(text.raw(i), "PT" | "CV") && text.is(j, '.') && text.attached(j) {
        j += 1;
    }
    while run.len() < max {
        let last = run[run.len() - 1];
        let mut next = j;
        if text.is(j, '(') && text.lower(j + 1) == "persero" && text.is(j + 2, ')') {
            run.push(j + 1);
            j += 3;
            continue;
        }
        let joined = (text.is(j, '.') || text.is(j, '-') || text.is(j, '&'))
            && text.attached(j)
            && text.attached(j + 1);
        let connector = match text.lower(j) {
            "dan" | "and" | "&" => 1,
            "of" if text.lower(j + 1) == "the" => 2,
            "of" => 1,
            "for" if head(text.lower(last)) => 1,
            _ => usize::from(joined),
        };
        next += connector;
        // `Kementerian Keuangan dan Badan Pusat Statistik` is two organisations.
        if connector > 0 && id_prefix(text.raw(next)) {
            break;
        }
        let lower = text.lower(next);
        let word = text.capitalised(next) || joined && text.is_word(next);
        let title = super::people::title(lower) && run.len() > 1;
        let money = lower == "rp" || text.shape(next + 1) == Some(Shape::Number);
        if !word
            || stop(next)
            || title
            || calendar(lower)
            || money
            || text.tokens[next].start > text.tokens[j].start && has_newline(text, j, next)
        {
            break;
        }
        run.push(next);
        j = next + 1;
    }
    run
}

fn has_newline(text: &Text, from: usize, to: usize) -> bool {
    let range = text.byte_range(from.saturating_sub(1), to + 1);
    text.src[range].contains('\n')
}

/// A month or a day of the week, which follow names (`Bank Indonesia Senin`) without
/// being part of them.
pub fn calendar(word: &str) -> bool {
    super::dates::month(word).is_some() && word.len() > 3 || super::weekdays::day(word).is_some()
}

/// Words that open an Indonesian organisation's name, as written.
#[rustfmt::skip]
const ID_PREFIXES: &[&str] = &[
    "PT", "CV", "Perum", "Perumda", "Kementerian", "Kemenko", "Badan", "Otoritas", "Komisi",
    "Bank", "Dewan", "Lembaga", "Asosiasi", "Bursa", "Direktorat", "Ditjen", "Yayasan",
    "Universitas", "Institut", "Himpunan", "Gabungan", "Ikatan", "Persatuan", "Perhimpunan",
    "Serikat", "Federasi", "Konfederasi", "Kamar", "Mahkamah", "Kejaksaan", "Kepolisian",
    "Majelis", "Sekretariat", "Kantor", "Pengadilan", "Kedutaan", "Pemprov",
    "Pemkot", "Pemkab", "Dinas", "Grup", "Organisasi",
];

fn id_prefix(raw: &str) -> bool {
    ID_PREFIXES.contains(&raw)
}

/// Head nouns of English organisations' names, lower-case: they close a name (`World
/// Bank`, `Financial Services Authority`) or open one before `of` or `for` (`Ministry of
/// Trade`, `Bank of Japan`, `Institute for Development …`).
#[rustfmt::skip]
const HEADS: &[&str] = &[
    "authority", "commission", "bank", "exchange", "board", "agency", "fund", "reserve",
    "council", "institute", "ministry", "department", "office", "bureau", "association",
    "federation", "organization", "organisation", "forum", "foundation", "university",
    "court", "chamber", "administration", "directorate", "secretariat", "regulator",
];

fn head(word: &str) -> bool {
    HEADS.contains(&word)
}

/// An English head noun followed by `of` or `for` and a capitalised word.
fn english_opener(text: &Text, k: usize) -> bool {
    head(text.lower(k))
        && matches!(text.lower(k + 1), "of" | "for")
        && (text.capitalised(k + 2) || text.lower(k + 2) == "the" && text.capitalised(k + 3))
}

/// Legal forms and words that close a company's name, lower-case.
#[rustfmt::skip]
const LEGAL: &[&str] = &[
    "tbk", "holdings", "holding", "group", "inc", "corp", "corporation", "ltd", "limited",
    "co", "llc", "plc", "bhd", "berhad", "sdn", "pte", "gmbh", "ag", "company", "technologies",
    "ventures", "capital", "partners", "sekuritas", "securities", "research", "consulting",
    "insights", "analytics", "management", "consultants", "sa", "se", "nv", "llp",
];

pub fn legal(word: &str) -> bool {
    LEGAL.contains(&word)
}

/// Capitalised words that start sentences rather than names, lower-case.
#[rustfmt::skip]
const STARTERS: &[&str] = &[
    "menurut", "dengan", "pada", "dalam", "di", "dari", "untuk", "saat", "ketika",
    "namun", "tetapi", "selain", "sebelumnya", "kemudian", "sementara", "dan", "the", "a",
    "an", "according", "in", "on", "at", "for", "by", "with", "after",
    "before", "while", "but", "and", "as", "its", "their", "this", "oleh", "bagi", "ke",
    "sejak", "hingga", "meski", "meskipun", "jika", "kalau", "bahwa", "kata", "ujar",
    "said", "says", "from", "to", "of", "if", "when", "that", "these", "those", "our",
];

fn starter(word: &str) -> bool {
    STARTERS.contains(&word)
}

/// Everyday words that a sentence may start with before a name: `Pihak`, `Saham`,
/// `Analysts`, lower-case.
#[rustfmt::skip]
const COMMON: &[&str] = &[
    "pihak", "saham", "laporan", "data", "riset", "survei", "analis", "sumber", "manajemen",
    "direksi", "investor", "para", "seluruh", "semua", "setiap", "beberapa", "sejumlah",
    "hasil", "studi", "kajian", "penelitian", "unit", "anak", "induk", "perusahaan",
    "perseroan", "emiten", "platform", "aplikasi", "layanan", "produk", "merek", "karyawan",
    "pegawai", "markas", "juru", "kini", "adapun", "lalu", "juga", "bahkan", "shares",
    "analysts", "report", "reports", "sources", "figures", "officials", "executives", "staff",
    "investors", "research", "survey", "users", "customers", "sellers", "rival", "rivals",
    "parent", "subsidiary", "company", "firm", "app", "services", "brand", "meanwhile",
    "however", "yet", "also", "now", "rencana", "langkah", "keputusan", "kebijakan",
    "private", "public",
];

fn common(word: &str) -> bool {
    COMMON.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn organisations(src: &str) -> Vec<String> {
        let text = Text::new(src);
        let taken = vec![false; text.len()];
        let mut out = Vec::new();
        let mut i = 0;
        while i < text.len() {
            match organization(&text, i, &taken, &taken) {
                Some(n) => {
                    out.push(text.src[text.byte_range(n.from, n.to)].to_string());
                    i = n.to;
                }
                None => i += 1,
            }
        }
        out
    }

    #[test]
    fn finds_organisations_by_prefix_or_suffix() {
        assert_eq!(
            organisations("oleh PT Aneka Niaga Digital Tbk. kemarin"),
            ["PT Aneka Niaga Digital Tbk."]
        );
        assert_eq!(
            organisations("said Nusantara Logistics Holdings on"),
            ["Nusantara Logistics Holdings"]
        );
        assert_eq!(
            organisations("kata Kementerian Keuangan dan Badan Pusat Statistik"),
            ["Kementerian Keuangan", "Badan Pusat Statistik"]
        );
        assert_eq!(organisations("Acme Inc. said"), ["Acme Inc."]);
        assert!(organisations("Menurut Holdings saja").is_empty());
        assert!(organisations("PT saja").is_empty());
    }
}
