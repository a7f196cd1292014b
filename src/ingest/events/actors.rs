//! Who an event is about: the players that act or are acted on, not every name in the
//! sentence. The teller of the news (`GoTo said`, `kata …, Presiden Bukalapak`) and an
//! owner named in passing (`milik PT GoTo`, `owned by Alibaba`) are left out when
//! someone else is named; `the company` or `perseroan` stands for the player an earlier
//! sentence was about.

use std::ops::Range;

use crate::data::{Kind, Market, Role};

use super::super::players::minister;
use super::super::text::Text;
use super::super::{Mention, Mentioned};
use super::Story;
use super::reading::Reading;
use super::words;

/// One player named in the sentence, and what part the words around it give it.
struct Named {
    player: usize,
    /// Its first token.
    at: usize,
    speaker: bool,
    owner: bool,
}

/// The event's actors, as indexes into the market's players; remembers the sentence's
/// subject in `story` for the sentences after it.
pub fn actors(
    text: &Text,
    words: Range<usize>,
    inside: &[&Mention],
    market: &Market,
    story: &mut Story,
    reading: Option<&Reading>,
) -> Vec<usize> {
    let mut named = players_named(text, inside, market);
    let forecast = reading.is_some_and(|r| r.kind == Kind::Forecast);
    if let Some(r) = reading {
        // `Shopee and Lazada lead, while Nusantara said it would launch …`: the parties
        // are named in the clause of the event word.
        let clause = clause_around(text, words.clone(), r.at);
        let named_there = inside.iter().any(|m| {
            matches!(m.what, Mentioned::Player(_) | Mentioned::Organization)
                && clause.contains(&text.token_at(m.start))
        });
        if named_there {
            named.retain(|n| clause.contains(&n.at));
        }
    }
    // An owner named in passing stays one where its ticker follows: `milik PT GoTo (GOTO.JK)`.
    let owners: Vec<usize> = named.iter().filter(|n| n.owner).map(|n| n.player).collect();
    for n in &mut named {
        n.owner |= owners.contains(&n.player);
    }
    let pick = |keep: &dyn Fn(&Named) -> bool| -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for n in named.iter().filter(|n| keep(n)) {
            if !out.contains(&n.player) {
                out.push(n.player);
            }
        }
        out
    };
    // Forecasters are what a forecast is about, even when named as its teller.
    let mut actors = pick(&|n| !n.owner && (forecast || !n.speaker));
    if actors.is_empty() {
        actors = pick(&|n| !n.owner);
    }
    if actors.is_empty() {
        actors = pick(&|_| true);
    }
    let points_back = reading.is_some_and(|r| r.points_back);
    // A company stands for a company: a ministry named beside it is not `the company`.
    let company = actors
        .iter()
        .copied()
        .find(|&a| !matches!(market.players[a].role, Role::Regulator | Role::Government));
    if !actors.is_empty() {
        if company.is_some() && company != story.subject {
            story.introduced.clear();
        }
        story.subject = company.or(story.subject);
        if company.is_some() {
            introduce(text, words, &mut story.introduced);
        }
    } else if points_back
        || points_to_company(text, words.clone())
        || refers_to_introduced(text, words, &story.introduced)
    {
        actors.extend(story.subject);
    }
    if reading.is_some_and(|r| r.kind == Kind::Regulation) {
        // The rule-maker leads a regulation, whatever order the sentence names them in.
        let rule_maker =
            |&a: &usize| !matches!(market.players[a].role, Role::Regulator | Role::Government);
        actors.sort_by_key(rule_maker);
    }
    actors
}

/// Whether the name at tokens `from..to` only says who owns what the sentence is about:
/// `milik PT GoTo`, `owned by Alibaba`, `the Alibaba-owned marketplace`.
pub(super) fn in_passing(text: &Text, from: usize, to: usize) -> bool {
    let back = |n: usize| from.checked_sub(n).map_or("", |k| text.lower(k));
    words::owner_before(back(1), back(2)) || words::owner_after(text.lower(to), text.lower(to + 1))
}

/// Notes the things a sentence about the company brings in as new (`a new warehouse`,
/// `gudang baru`), which a later sentence names with `the` (`The warehouse is expected
/// to open`) to say more about the company's plans.
fn introduce(text: &Text, words: Range<usize>, introduced: &mut Vec<String>) {
    for k in words.clone() {
        let noun = |j: usize| {
            (words.contains(&j) && text.is_word(j) && !text.capitalised(j))
                .then(|| text.lower(j).to_string())
        };
        let thing = match text.lower(k) {
            "a" | "an" | "new" | "sebuah" => noun(k + 1).filter(|w| w != "new"),
            "baru" => k.checked_sub(1).and_then(noun),
            _ => None,
        };
        // A bound, for an article that never changes its subject.
        let room = introduced.len() < 64;
        if let Some(thing) = thing.filter(|t| room && !introduced.contains(t)) {
            introduced.push(thing);
        }
    }
}

/// Whether the sentence opens with a thing an earlier sentence about the company brought
/// in: `The warehouse …`, `The new warehouse …`, `Gudang itu …`.
fn refers_to_introduced(text: &Text, words: Range<usize>, introduced: &[String]) -> bool {
    let start = words.start;
    let mut k = start;
    if words::demonstrative_before(text.lower(k)) {
        k += 1;
        if text.lower(k) == "new" {
            k += 1;
        }
    } else if !words::demonstrative_after(text.lower(k + 1)) {
        return false;
    }
    words.contains(&k) && introduced.iter().any(|t| t == text.lower(k))
}

/// The player whose head a person's title names: `Menteri Perdagangan Zulkifli Hasan`
/// acts for the ministry of trade, as the minister's title alone would.
pub(super) fn led_by(market: &Market, title: &str) -> Option<usize> {
    market.players.iter().position(|p| {
        let names = std::iter::once(&p.name).chain(&p.short).chain(&p.aliases);
        names.filter_map(|n| minister(n)).any(|m| {
            // The title's last words are the minister's (`Deputy Trade Minister`); the
            // cut is checked to fall between characters, as a title may hold any.
            let cut = title.len().saturating_sub(m.len());
            title.eq_ignore_ascii_case(&m)
                || cut > 0
                    && title
                        .get(cut..)
                        .is_some_and(|end| end.eq_ignore_ascii_case(&m))
                    && title[..cut].ends_with(' ')
        })
    })
}

fn players_named(text: &Text, inside: &[&Mention], market: &Market) -> Vec<Named> {
    let word = |k: Option<usize>| k.map_or("", |k| text.lower(k));
    // `GoTo's Tokopedia`: a name before another's only says whose it is.
    let starts: Vec<usize> = inside
        .iter()
        .filter(|m| matches!(m.what, Mentioned::Player(_)))
        .map(|m| text.token_at(m.start))
        .collect();
    let mut named: Vec<Named> = inside
        .iter()
        .filter_map(|m| {
            let (from, to) = (text.token_at(m.start), text.token_at(m.end));
            match &m.what {
                Mentioned::Player(p) => Some((*p, from, from, to)),
                // The title is written before the name: its words decide who speaks.
                Mentioned::Person(title) => led_by(market, title).map(|p| {
                    let words = title.split_whitespace().count();
                    (p, from, from.saturating_sub(words), to)
                }),
                _ => None,
            }
        })
        .map(|(player, from, front, to)| {
            let back = |n: usize| word(front.checked_sub(n));
            // `GoTo said`, `GoTo, the company said`: the first word after the name that is
            // not a comma.
            let after = (to..to + 2)
                .map(|k| word(Some(k)))
                .find(|w| *w != ",")
                .unwrap_or("");
            // `Tokopedia's parent GoTo`: the first name only says whose parent.
            let whose = matches!(word(Some(to)), "'" | "’")
                && word(Some(to + 1)) == "s"
                && (words::relative_noun(word(Some(to + 2))) || starts.contains(&(to + 2)));
            // `naik setelah penggabungan dengan TikTok Shop`: a party to an event named in
            // a clause of time, after another's name, only dates what that one did (but
            // `following Lazada` says Lazada did it first).
            let dated = starts.iter().any(|&s| s < front)
                && (2..=4).any(|n| {
                    words::time_clause(back(n))
                        && (1..n).any(|j| {
                            words::event_word(back(j), back(j - 1)).is_some_and(|c| c.noun)
                        })
                });
            Named {
                player,
                at: from,
                speaker: words::speaker_after(after)
                    || (1..=3).any(|n| words::speaker_before(back(n))),
                owner: whose || dated || in_passing(text, front, to),
            }
        })
        .collect();
    named.sort_by_key(|n| n.at);
    named
}

/// Whether the sentence names the company by a word that stands for it: `the company`,
/// `perseroan`, `platform itu`.
fn points_to_company(text: &Text, words: Range<usize>) -> bool {
    // `Its revenue grew`: only at the start is `its` sure to mean an earlier company.
    let start = words.start;
    words.clone().any(|k| {
        let before = k.checked_sub(1).map_or("", |b| text.lower(b));
        // `the Alibaba-owned marketplace`, `the Jakarta-listed retailer`: the word before
        // the modifier.
        let before = match k.checked_sub(3) {
            Some(name_end) if text.is(k - 2, '-') && text.attached(k - 1) => {
                let in_name = |j: &usize| {
                    text.capitalised(*j) && !words::demonstrative_before(text.lower(*j))
                };
                let name = (words.start..=name_end)
                    .rev()
                    .take_while(in_name)
                    .last()
                    .unwrap_or(name_end);
                name.checked_sub(1).map_or("", |b| text.lower(b))
            }
            _ => before,
        };
        let word = text.lower(k);
        (word != "its" || k == start) && words::company_pointer(word, before)
    })
}

/// The tokens of the clause holding token `at`: clauses end at `;`, and at a comma
/// followed by a word that joins a new clause (`, while`, `, and`, `, sementara`).
pub(super) fn clause_around(text: &Text, words: Range<usize>, at: usize) -> Range<usize> {
    let joins =
        |k: usize| text.is(k, ';') || text.is(k, ',') && words::clause_joiner(text.lower(k + 1));
    let start = (words.start..at)
        .rev()
        .find(|&k| joins(k))
        .map_or(words.start, |k| k + 1);
    let end = (at..words.end).find(|&k| joins(k)).unwrap_or(words.end);
    start..end
}
