//! Recognising the market's players in text by name, alias and ticker.
//!
//! Names match case-insensitively word by word, tolerating the punctuation that joins
//! words in company names (`Bain & Co.`, `Bukalapak.com`). At each position the longest
//! name wins, so `PT GoTo Gojek Tokopedia Tbk` is GoTo, not Tokopedia.

use crate::data::Player;

use super::text::{Shape, Text, WordMap};

/// Every way the market's players are written, indexed by first word.
#[derive(Debug, Default)]
pub struct Players {
    by_first: WordMap<Vec<Pattern>>,
    /// Bare tickers (`BELI`, `GOTO`), matched only in capitals.
    tickers: WordMap<usize>,
}

/// What a name already in the index does when another player brings it again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Repeat {
    /// The later player takes the name.
    Replaces,
    /// The first player keeps it: a shared ticker stays with the player named after it.
    KeepsFirst,
}

#[derive(Debug)]
struct Pattern {
    words: Vec<String>,
    player: usize,
    /// The written form ends with a dot (`Bain & Co.`), which belongs to the name.
    dotted: bool,
    /// The name holds a person's title (`Menteri Perdagangan`): before a capitalised
    /// name it is that person's title, and in lower case (`the trade minister`) it is a
    /// common noun, not the player.
    titled: bool,
}

/// A player found at tokens `from..to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub player: usize,
    pub from: usize,
    pub to: usize,
}

impl Players {
    pub fn new(players: &[Player]) -> Players {
        let mut index = Players::default();
        // The short name too: news writes `Kemendag` as often as the ministry's name.
        // Check refuses a short name that is another player's name, so none is taken.
        for (i, player) in players.iter().enumerate() {
            let names = std::iter::once(&player.name).chain(&player.short);
            for name in names.chain(&player.aliases) {
                index.add(name, i, Repeat::Replaces);
            }
        }
        // A minister speaks for the ministry: `Menteri Perdagangan`, `Trade Minister`.
        // After every name, so a player named after the minister keeps that name.
        for (i, player) in players.iter().enumerate() {
            for name in std::iter::once(&player.name).chain(&player.aliases) {
                if let Some(minister) = minister(name) {
                    index.add(&minister, i, Repeat::KeepsFirst);
                }
            }
        }
        // Tickers after names, so a shared ticker goes to the player it is named after.
        for (i, player) in players.iter().enumerate() {
            let Some(ticker) = &player.ticker else {
                continue;
            };
            let base = ticker.split('.').next().unwrap_or(ticker);
            let owner = players
                .iter()
                .position(|p| p.ticker == player.ticker && p.name.eq_ignore_ascii_case(base))
                .unwrap_or(i);
            index.add(ticker, owner, Repeat::KeepsFirst);
            index.tickers.entry(base.to_string()).or_insert(owner);
        }
        index
    }

    fn add(&mut self, name: &str, player: usize, repeat: Repeat) {
        // The words check compared the name by: two players ingest would read as one
        // were refused there.
        let words = crate::data::names::words(name);
        let Some(first) = words.first().cloned() else {
            return;
        };
        let patterns = self.by_first.entry(first).or_default();
        if let Some(same) = patterns.iter_mut().find(|p| p.words == words) {
            if repeat == Repeat::Replaces {
                same.player = player;
            }
            return;
        }
        let dotted = name.ends_with('.');
        let titled = words.iter().any(|w| super::people::title(w));
        patterns.push(Pattern {
            words,
            player,
            dotted,
            titled,
        });
        patterns.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
    }

    /// The longest player name starting at token `i`.
    pub fn at(&self, text: &Text, i: usize) -> Option<Found> {
        if text.shape(i) == Some(Shape::Punct) {
            return None;
        }
        if let Some(patterns) = self.by_first.get(text.lower(i)) {
            for pattern in patterns {
                let Some(to) = matches(text, i, pattern) else {
                    continue;
                };
                let person = text.is_word(to) && text.capitalised(to);
                if !(pattern.titled && (person || !text.capitalised(i))) {
                    return Some(Found {
                        player: pattern.player,
                        from: i,
                        to,
                    });
                }
            }
        }
        self.bare_ticker(text, i)
    }

    /// `BELI`, `(GOTO)`: capitals only, and not inside an all-capitals headline.
    fn bare_ticker(&self, text: &Text, i: usize) -> Option<Found> {
        let raw = text.raw(i);
        let &player = self.tickers.get(raw)?;
        let shouting = |k: Option<usize>| {
            k.is_some_and(|k| {
                text.is_word(k)
                    && text.raw(k).len() > 1
                    && !text.raw(k).chars().any(char::is_lowercase)
            })
        };
        let boxed = i > 0 && text.is(i - 1, '(') && text.is(i + 1, ')');
        let alone = !shouting(i.checked_sub(1)) && !shouting(Some(i + 1));
        (raw.len() >= 3 && alone || boxed).then_some(Found {
            player,
            from: i,
            to: i + 1,
        })
    }
}

/// Where a pattern ends if it matches at `i`; punctuation that joins words in names
/// (`.`, `&`, `-`, `'`) may sit between the words.
fn matches(text: &Text, i: usize, pattern: &Pattern) -> Option<usize> {
    let mut j = i + 1;
    for word in &pattern.words[1..] {
        while text.shape(j) == Some(Shape::Punct) && joiner(text.raw(j)) {
            j += 1;
        }
        if text.lower(j) != word || text.shape(j) == Some(Shape::Punct) {
            return None;
        }
        j += 1;
    }
    // A name ends at a word boundary: `Tokopedia` is not the start of `Tokopedia2`.
    let glued = text.attached(j) && text.shape(j).is_some_and(|s| s != Shape::Punct);
    if glued {
        return None;
    }
    if pattern.dotted && text.is(j, '.') && text.attached(j) {
        j += 1;
    }
    Some(web_address(text, j))
}

/// Where a player's name written as its web address ends: `Blibli.com` and
/// `Lazada.co.id` are the player, not the player and a stray word.
fn web_address(text: &Text, mut j: usize) -> usize {
    while text.is(j, '.')
        && text.attached(j)
        && text.attached(j + 1)
        && matches!(text.raw(j + 1), "com" | "co" | "id" | "sg" | "my")
    {
        j += 2;
    }
    j
}

fn joiner(raw: &str) -> bool {
    matches!(raw, "." | "&" | "-" | "'" | "’")
}

/// The title of the minister who heads the ministry `name`, if it names one.
pub(super) fn minister(name: &str) -> Option<String> {
    if let Some(rest) = name.strip_prefix("Kementerian ") {
        return Some(format!("Menteri {rest}"));
    }
    if let Some(rest) = name.strip_prefix("Ministry of ") {
        return Some(format!("Minister of {rest}"));
    }
    name.strip_suffix(" Ministry")
        .map(|rest| format!("{rest} Minister"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DataSource;

    fn found(src: &str) -> Vec<(String, String)> {
        let market = DataSource::Embedded.load().unwrap();
        let players = Players::new(&market.players);
        let text = Text::new(src);
        let mut out = Vec::new();
        let mut i = 0;
        while i < text.len() {
            match players.at(&text, i) {
                Some(f) => {
                    let id = market.players[f.player].id.clone();
                    out.push((text.src[text.byte_range(f.from, f.to)].to_string(), id));
                    i = f.to;
                }
                None => i += 1,
            }
        }
        out
    }

    fn pair(text: &str, id: &str) -> (String, String) {
        (text.to_string(), id.to_string())
    }

    #[test]
    fn prefers_the_longest_name() {
        assert_eq!(
            found("PT GoTo Gojek Tokopedia Tbk naik"),
            [pair("PT GoTo Gojek Tokopedia Tbk", "goto")]
        );
        assert_eq!(
            found("TikTok Shop Indonesia tutup"),
            [pair("TikTok Shop Indonesia", "tiktok-shop")]
        );
    }

    #[test]
    fn a_minister_stands_for_the_ministry() {
        assert_eq!(
            found("Menteri Perdagangan dan Trade Minister serta Minister of Trade"),
            [
                pair("Menteri Perdagangan", "kemendag"),
                pair("Trade Minister", "kemendag"),
                pair("Minister of Trade", "kemendag")
            ]
        );
        // A named minister is a person with a title.
        assert!(found("Menteri Perdagangan Zulkifli Hasan").is_empty());
        assert!(found("the trade minister said").is_empty());
    }

    #[test]
    fn a_short_name_finds_its_player_without_being_an_alias() {
        let market = DataSource::Embedded.load().unwrap();
        let mut players = market.players.clone();
        let kemendag = market.player_index("kemendag").unwrap();
        players[kemendag].aliases.clear();
        assert_eq!(players[kemendag].short.as_deref(), Some("Kemendag"));
        let index = Players::new(&players);
        let text = Text::new("Kemendag menerbitkan aturan baru");
        assert_eq!(
            index.at(&text, 0),
            Some(Found {
                player: kemendag,
                from: 0,
                to: 1
            })
        );
        // The bundled short names are found as written in news.
        assert_eq!(
            found("Presidency dan KemenKopUKM"),
            [
                pair("Presidency", "presidency"),
                pair("KemenKopUKM", "kemenkop-ukm")
            ]
        );
    }

    #[test]
    fn tolerates_case_and_joining_punctuation() {
        assert_eq!(
            found("TOKPED dan tokopedia"),
            [pair("TOKPED", "tokopedia"), pair("tokopedia", "tokopedia")]
        );
        assert_eq!(
            found("Bukalapak.com dan Bain & Co. kemarin"),
            [
                pair("Bukalapak.com", "bukalapak"),
                pair("Bain & Co.", "bain")
            ]
        );
        assert!(found("Tokopedia2 dan Tokopedians").is_empty());
    }

    #[test]
    fn reads_tickers_with_suffix_and_bare_capitals_only() {
        assert_eq!(
            found("saham (BUKA.JK) dan goto.jk"),
            [pair("BUKA.JK", "bukalapak"), pair("goto.jk", "goto")]
        );
        assert_eq!(found("saham BELI naik"), [pair("BELI", "blibli")]);
        assert!(found("ingin beli baju").is_empty());
        assert!(found("HARGA BELI NAIK").is_empty());
        assert_eq!(found("Sea (SE) naik"), [pair("SE", "shopee")]);
    }

    mod names_check_accepts {
        use super::super::*;
        use crate::data::{Role, names};
        use proptest::prelude::*;

        fn player(id: &str, name: &str) -> Player {
            Player {
                id: id.into(),
                name: name.into(),
                group: None,
                ticker: None,
                role: Role::Other,
                aliases: Vec::new(),
                short: None,
            }
        }

        /// Two names as a market file may write them: the same words, or words that
        /// differ only in case or folding, with other things between and after them.
        fn two_names() -> impl Strategy<Value = (String, String)> {
            let word = prop::sample::select(vec![
                "Alpha", "ALPHA", "alpha", "Al", "pha", "Straße", "STRASSE", "İzmir", "izmir", "1",
                "2", "1.5", "1,5", "Shop", "Shop1",
            ]);
            // Between words of the name ingest must find whole: space, joining
            // punctuation, invisible characters, nothing.
            let joining =
                prop::sample::select(vec![" ", "\u{a0}", ".", "-", "&", "\u{200b}", "\u{ad}", ""]);
            // Anything at all between or after the other name's words.
            let loose = prop::sample::select(vec![
                " ", "\u{a0}", ".", "-", "\u{200b}", "\u{ad}", "", "²", "\u{20dd}", "!", "\t", "٣",
                "\u{301}", "ß",
            ]);
            let parts = prop::collection::vec((word.clone(), joining, loose.clone(), word), 1..4);
            (parts, loose, any::<bool>()).prop_map(|(parts, after, same_words)| {
                let a: String = parts.iter().flat_map(|(w, g, _, _)| [*w, *g]).collect();
                let b: String = parts
                    .iter()
                    .flat_map(|(w, _, g, other)| [if same_words { *w } else { *other }, *g])
                    .chain([after])
                    .collect();
                (a, b)
            })
        }

        proptest! {
            #[test]
            fn a_name_written_is_credited_to_its_player_when_check_accepts_both(
                (a, b) in two_names(),
            ) {
                let (ka, kb) = (names::key(&a), names::key(&b));
                prop_assume!(!ka.is_empty() && !kb.is_empty() && ka != kb);
                let players = Players::new(&[player("a", &a), player("b", &b)]);
                let text = Text::new(&a);
                let first = (0..text.len()).find(|&i| text.shape(i) != Some(Shape::Punct));
                let found = first.and_then(|i| players.at(&text, i));
                prop_assert_eq!(found.map(|f| f.player), Some(0), "{:?} beside {:?}", a, b);
            }
        }
    }
}
