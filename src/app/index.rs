//! What the App derives from a Market once, so no frame or key has to scan it again.

use crate::data::Market;

/// Orders, per-player lists and search text, rebuilt only when the Market changes.
#[derive(Clone, Debug, Default)]
pub struct Index {
    /// Event indexes in timeline order.
    pub chronological: Vec<usize>,
    /// Each event's position in `chronological`, so any timeline view can be searched by rank.
    pub rank: Vec<usize>,
    /// Each player's events, in timeline order.
    pub per_player: Vec<Vec<usize>>,
    /// Lowercased title, summary, actor names and tickers of each event.
    pub haystack: Vec<String>,
}

impl Index {
    pub fn build(market: &Market) -> Index {
        let chronological = market.chronological();
        let mut rank = vec![0; market.events.len()];
        let mut per_player = vec![Vec::new(); market.players.len()];
        for (position, &event) in chronological.iter().enumerate() {
            rank[event] = position;
            for &actor in &market.events[event].actors {
                if let Some(list) = per_player.get_mut(actor) {
                    list.push(event);
                }
            }
        }
        let haystack = market.events.iter().map(|e| haystack(market, e)).collect();
        Index {
            chronological,
            rank,
            per_player,
            haystack,
        }
    }

    /// The number of events a player takes part in.
    pub fn count(&self, player: usize) -> usize {
        self.per_player.get(player).map_or(0, Vec::len)
    }
}

fn haystack(market: &Market, event: &crate::data::Event) -> String {
    let mut text = event.title.to_lowercase();
    text.push('\n');
    text.push_str(event.kind.as_str());
    if let Some(part) = &event.summary {
        text.push('\n');
        text.push_str(&part.to_lowercase());
    }
    for player in event.actors.iter().filter_map(|&a| market.players.get(a)) {
        text.push('\n');
        text.push_str(&player.name.to_lowercase());
        if let Some(ticker) = &player.ticker {
            text.push('\n');
            text.push_str(&ticker.to_lowercase());
        }
        for alias in &player.aliases {
            text.push('\n');
            text.push_str(&alias.to_lowercase());
        }
    }
    text
}
