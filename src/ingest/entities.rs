//! Organisations that are not (or not yet) players, recognised by shape: `PT … Tbk`,
//! `… Holdings`, `… Inc.`, `Kementerian …`.

use super::text::Text;

/// An organisation or person at tokens `from..to`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    pub from: usize,
    pub to: usize,
    /// For a person, the title and role written before the name.
    pub title: Option<String>,
}

/// An organisation at `i`, by prefix (`PT`, `Kementerian`) or suffix (`Holdings`, `Inc.`).
/// `taken` says which tokens already belong to a player.
pub fn organization(text: &Text, i: usize, taken: &[bool]) -> Option<Named> {
    if !text.capitalised(i) || is_taken(taken, i) || starter(text.lower(i)) {
        return None;
    }
    let prefixed = org_prefix(text.raw(i));
    let run = capitalised_run(text, i, taken, 8);
    let last = run.last().copied()?;
    let mut to = last + 1;
    let suffixed = run.len() >= 2 && org_suffix(text.lower(last));
    if !(prefixed && run.len() >= 2 || suffixed) {
        return None;
    }
    if text.is(to, '.')
        && text.attached(to)
        && matches!(
            text.lower(last),
            "inc" | "co" | "corp" | "ltd" | "tbk" | "bhd"
        )
    {
        to += 1;
    }
    Some(Named {
        from: i,
        to,
        title: None,
    })
}

pub fn is_taken(taken: &[bool], i: usize) -> bool {
    taken.get(i).copied().unwrap_or(false)
}

/// The word tokens of a run of capitalised words from `i`, through the connectors and
/// joining punctuation that organisation names contain (`dan`, `of`, `&`, `.com`).
fn capitalised_run(text: &Text, i: usize, taken: &[bool], max: usize) -> Vec<usize> {
    let mut run = vec![i];
    let mut j = i + 1;
    while run.len() < max {
        let connector = matches!(text.lower(j), "dan" | "and" | "of" | "&")
            || (text.is(j, '.') || text.is(j, '-')) && text.attached(j) && text.attached(j + 1);
        let next = if connector { j + 1 } else { j };
        // `Kementerian Keuangan dan Badan Pusat Statistik` is two organisations.
        if connector && org_prefix(text.raw(next)) {
            break;
        }
        let word = text.capitalised(next) || text.lower(next) == "com" && connector;
        if !word
            || is_taken(taken, next)
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
    let range = text.span(from.saturating_sub(1), to + 1);
    text.src[range].contains('\n')
}

/// Words that open an organisation's name, as written.
#[rustfmt::skip]
const ORG_PREFIXES: &[&str] = &[
    "PT", "CV", "Kementerian", "Kemenko", "Badan", "Otoritas", "Komisi", "Bank", "Dewan",
    "Lembaga", "Asosiasi", "Ministry", "Department", "Association", "Authority", "Commission",
];

pub fn org_prefix(raw: &str) -> bool {
    ORG_PREFIXES.contains(&raw)
}

/// Words that close an organisation's name, lower-case.
#[rustfmt::skip]
const ORG_SUFFIXES: &[&str] = &[
    "tbk", "holdings", "holding", "group", "inc", "corp", "corporation", "ltd", "limited",
    "co", "llc", "plc", "bhd", "pte", "gmbh", "ag", "company", "technologies",
    "ventures", "capital", "partners",
];

fn org_suffix(word: &str) -> bool {
    ORG_SUFFIXES.contains(&word)
}

/// Capitalised words that start sentences rather than names, lower-case.
#[rustfmt::skip]
const STARTERS: &[&str] = &[
    "menurut", "dengan", "pada", "dalam", "di", "dari", "untuk", "saat", "ketika",
    "namun", "tetapi", "selain", "sebelumnya", "kemudian", "sementara", "dan", "the", "a",
    "an", "according", "in", "on", "at", "for", "by", "with", "after",
    "before", "while", "but", "and", "as", "its", "their", "this",
];

fn starter(word: &str) -> bool {
    STARTERS.contains(&word)
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
            match organization(&text, i, &taken) {
                Some(n) => {
                    out.push(text.src[text.span(n.from, n.to)].to_string());
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
