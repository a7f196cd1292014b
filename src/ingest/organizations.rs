//! Every organisation an article names, read before dates, amounts and people so that
//! their words are not read as anything else: in text order, the names of the gazetteer
//! (with a legal form or country after them: `Tencent Holdings`, `Grab Indonesia`),
//! names by their shape ([`entities::organization`]), and short forms defined in
//! parentheses, `Otoritas Jasa Keuangan (OJK)` or `OJK (Otoritas Jasa Keuangan)`, which
//! name the same organisation (or player) for the rest of the article.

use super::entities::{self, is_taken, legal};
use super::gazetteer::Known;
use super::players::Found;
use super::text::Text;
use super::{Mention, Mentioned};

/// What an article has taught about its organisations so far: the short forms it
/// defined, as the tokens written and what they name.
#[derive(Debug, Default)]
pub struct Organizations {
    short_forms: Vec<(Vec<String>, Mentioned)>,
}

/// An organisation found at tokens `from..to`.
struct Org {
    from: usize,
    to: usize,
    what: Mentioned,
}

impl Organizations {
    /// Adds a mention for every organisation of `text` outside the `players` already
    /// found, taking their tokens in `taken`.
    pub fn find(
        &mut self,
        text: &Text,
        players: &[Found],
        taken: &mut [bool],
        known: &[Known],
        mentions: &mut Vec<Mention>,
    ) {
        let mut in_known = vec![false; text.len()];
        for k in known {
            in_known[k.from..k.to].fill(true);
        }
        let mut i = 0;
        while i < text.len() {
            if taken[i] {
                // A player: its short form may follow, `PT Bukalapak.com Tbk (Bukalapak)`.
                match players
                    .binary_search_by_key(&i, |p| p.from)
                    .ok()
                    .map(|k| &players[k])
                {
                    Some(p) => {
                        let what = Mentioned::Player(p.player);
                        i = self.defined_after(text, p.to, what, taken, mentions);
                    }
                    None => i += 1,
                }
                continue;
            }
            let found = self.org_at(text, i, known, taken, &in_known);
            // A word in capitals before parentheses may be defined by what they hold.
            let provisional = found.is_none() && text.is(i + 1, '(') && short_form(text, i, i + 1);
            let Some(org) = found.or_else(|| {
                provisional.then_some(Org {
                    from: i,
                    to: i + 1,
                    what: Mentioned::Organization,
                })
            }) else {
                i += 1;
                continue;
            };
            if let Some(inner) = self.defining(text, &org, known, taken, &in_known) {
                let org = Org {
                    what: inner.what.clone(),
                    ..org
                };
                emit(text, &org, taken, mentions);
                emit(text, &inner, taken, mentions);
                i = inner.to + 1;
                continue;
            }
            if provisional {
                i += 1;
                continue;
            }
            emit(text, &org, taken, mentions);
            i = self.defined_after(text, org.to, org.what, taken, mentions);
        }
    }

    /// The organisation that starts at `i`: a short form defined earlier, a listed name
    /// (it beats a longer run of capitals, `Bank Indonesia` in `Gubernur Bank Indonesia
    /// Perry Warjiyo`), or a name by its shape.
    fn org_at(
        &self,
        text: &Text,
        i: usize,
        known: &[Known],
        taken: &[bool],
        in_known: &[bool],
    ) -> Option<Org> {
        if let Some(org) = self.short_form_at(text, i) {
            return Some(org);
        }
        let listed = known
            .binary_search_by_key(&i, |k| k.from)
            .ok()
            .map(|k| known[k]);
        if let Some(k) = listed {
            return Some(Org {
                from: i,
                to: extended(text, k.to, taken),
                what: Mentioned::Organization,
            });
        }
        entities::organization(text, i, taken, in_known).map(|n| Org {
            from: n.from,
            to: n.to,
            what: Mentioned::Organization,
        })
    }

    /// A short form defined earlier, written exactly as defined, at `i`.
    fn short_form_at(&self, text: &Text, i: usize) -> Option<Org> {
        self.short_forms.iter().find_map(|(words, what)| {
            let fits = words.iter().enumerate().all(|(k, w)| text.raw(i + k) == w);
            let to = i + words.len();
            let glued = text.attached(to) && text.is_word(to);
            (fits && !glued).then(|| Org {
                from: i,
                to,
                what: what.clone(),
            })
        })
    }

    /// `OJK (Otoritas Jasa Keuangan)`: a short form at `org` (a single word in capitals)
    /// defined by the organisation in the parentheses after it, which is returned.
    fn defining(
        &mut self,
        text: &Text,
        org: &Org,
        known: &[Known],
        taken: &[bool],
        in_known: &[bool],
    ) -> Option<Org> {
        if org.to != org.from + 1 || !text.is(org.to, '(') {
            return None;
        }
        let inner = self.org_at(text, org.to + 1, known, taken, in_known)?;
        if !text.is(inner.to, ')') || inner.to - inner.from < 2 {
            return None;
        }
        self.learn(text, org.from, org.to, inner.what.clone());
        Some(inner)
    }

    /// After an organisation ending at `to`, a short form in parentheses: learns it and
    /// adds its mention. Returns the token to go on from.
    fn defined_after(
        &mut self,
        text: &Text,
        to: usize,
        what: Mentioned,
        taken: &mut [bool],
        mentions: &mut Vec<Mention>,
    ) -> usize {
        if !text.is(to, '(') {
            return to;
        }
        let Some(close) = (to + 1..(to + 8).min(text.len())).find(|&k| text.is(k, ')')) else {
            return to;
        };
        if !short_form(text, to + 1, close) || taken[to + 1..close].iter().any(|&t| t) {
            return to;
        }
        self.learn(text, to + 1, close, what.clone());
        let org = Org {
            from: to + 1,
            to: close,
            what,
        };
        emit(text, &org, taken, mentions);
        close + 1
    }

    fn learn(&mut self, text: &Text, from: usize, to: usize, what: Mentioned) {
        let words: Vec<String> = (from..to).map(|k| text.raw(k).to_string()).collect();
        if !self.short_forms.iter().any(|(w, _)| *w == words) {
            self.short_forms.push((words, what));
        }
    }
}

fn emit(text: &Text, org: &Org, taken: &mut [bool], mentions: &mut Vec<Mention>) {
    let range = text.byte_range(org.from, org.to);
    taken[org.from..org.to].fill(true);
    mentions.push(Mention {
        start: range.start,
        end: range.end,
        what: org.what.clone(),
    });
}

/// Whether tokens `from..to` can be a short form: one to three words, each with a
/// capital (`OJK`, `idEA`, `Kemenko Perekonomian`), joined only by `.`, `-` or `&`.
fn short_form(text: &Text, from: usize, to: usize) -> bool {
    let words = (from..to).filter(|&k| text.is_word(k)).count();
    let joined = (from..to).all(|k| {
        text.is_word(k) || (text.is(k, '.') || text.is(k, '-') || text.is(k, '&')) && k > from
    });
    let capitals = (from..to)
        .filter(|&k| text.is_word(k))
        .all(|k| text.raw(k).chars().any(char::is_uppercase));
    let persero = text.lower(from) == "persero";
    (1..=3).contains(&words)
        && joined
        && capitals
        && !persero
        && text.byte_range(from, to).len() <= 32
}

/// Where a listed name ending at `to` really ends: with the legal forms after it
/// (`Tencent Holdings`, `Axiata Group Bhd`, `Bank Mandiri (Persero) Tbk`) or the country
/// of its local arm (`Grab Indonesia`).
fn extended(text: &Text, mut to: usize, taken: &[bool]) -> usize {
    let country = |k: usize| {
        text.capitalised(k)
            && matches!(
                text.lower(k),
                "indonesia"
                    | "singapore"
                    | "singapura"
                    | "malaysia"
                    | "india"
                    | "asia"
                    | "vietnam"
                    | "thailand"
                    | "philippines"
                    | "filipina"
                    | "japan"
                    | "jepang"
                    | "china"
                    | "korea"
                    | "australia"
            )
            // `OJK RI`: of the Republic of Indonesia.
            || text.raw(k) == "RI"
    };
    if country(to) && !is_taken(taken, to) {
        to += 1;
    }
    legal_forms(text, to, taken)
}

/// A player written with more of its name ending at `to`: a listed name that starts
/// with it (`GoTo Financial`), or its legal forms (`Temasek Holdings (Private)
/// Limited`), so the name is one mention of the player and not the player and a stray
/// organisation.
pub fn player_extent(text: &Text, mut player: Found, known: &[Known]) -> Found {
    let longer = known
        .binary_search_by_key(&player.from, |k| k.from)
        .ok()
        .map(|k| known[k].to)
        .filter(|&to| to > player.to);
    player.to = longer.unwrap_or_else(|| legal_forms(text, player.to, &[]));
    if text.raw(player.to) == "RI" {
        player.to += 1; // `Kemendag RI`
    }
    // `PT Shopee International Indonesia`: the legal name of the player's company.
    let pt = player.from.checked_sub(1).filter(|&k| text.raw(k) == "PT");
    let pt = pt.or_else(|| {
        player
            .from
            .checked_sub(2)
            .filter(|&k| text.raw(k) == "PT" && text.is(k + 1, '.'))
    });
    if let Some(legal) = pt.and_then(|k| entities::organization(text, k, &[], &[])) {
        player.from = legal.from;
        player.to = player.to.max(legal.to);
    }
    player
}

/// Where the legal forms after a name ending at `to` end: a division closed by one
/// (`Toyota Motor Corp.`), `(Persero)`, `Tbk`, `& Co.`.
fn legal_forms(text: &Text, mut to: usize, taken: &[bool]) -> usize {
    to = division(text, to, taken);
    loop {
        if is_taken(taken, to) {
            return to;
        }
        let mark = matches!(text.lower(to + 1), "persero" | "private");
        if text.is(to, '(') && mark && text.is(to + 2, ')') {
            to += 3;
        } else if text.capitalised(to) && text.lower(to) == "syariah" || text.raw(to) == "plc" {
            // `Bank BTPN Syariah` is the Islamic bank of `Bank BTPN`, not a bank and a
            // word; `HSBC Holdings plc` writes its legal form in small letters.
            to += 1;
        } else if text.is(to, '&') && matches!(text.raw(to + 1), "Co" | "Company") {
            to = entities::with_dot(text, to + 1);
        } else if text.capitalised(to) && legal(text.lower(to)) {
            to = entities::with_dot(text, to);
        } else {
            return to;
        }
    }
}

/// Where the division of a listed group named at `..to` ends: up to three capitalised
/// words closed by a legal form (`Toyota Motor Corp.`, `Mizuho Financial Group`,
/// `J&T Global Express Ltd`), so the group's name is not reported alone and the rest as
/// a second company. Without the legal form the words are not taken: `Grab Senin`.
fn division(text: &Text, to: usize, taken: &[bool]) -> usize {
    let mut k = to;
    while k < to + 3 && !is_taken(taken, k) && text.capitalised(k) && !legal(text.lower(k)) {
        let lower = text.lower(k);
        if super::people::title(lower) || entities::calendar(lower) {
            return to;
        }
        k += 1;
    }
    if k > to && !is_taken(taken, k) && text.capitalised(k) && legal(text.lower(k)) {
        k
    } else {
        to
    }
}
