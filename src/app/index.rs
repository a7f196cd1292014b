//! What the App derives from a Market once, so no frame or key has to scan it again.

use crate::data::Market;

/// Orders and per-player lists, rebuilt only when the Market changes.
#[derive(Clone, Debug, Default)]
pub struct Index {
    /// Event indexes in timeline order.
    pub chronological: Vec<usize>,
    /// Each event's position in `chronological`, so any timeline view can be searched by rank.
    pub rank: Vec<usize>,
    /// Each player's events, in timeline order.
    pub per_player: Vec<Vec<usize>>,
}

impl Index {
    pub fn build(market: &Market) -> Index {
        let chronological = market.chronological();
        let mut rank = vec![0; market.events.len()];
        for (position, &event) in chronological.iter().enumerate() {
            rank[event] = position;
        }
        // Events are read in file order (memory order: fast at a million), then each
        // player's list is put in timeline order by rank.
        let mut per_player = vec![Vec::new(); market.players.len()];
        for (event, e) in market.events.iter().enumerate() {
            for &actor in e.actors() {
                if let Some(list) = per_player.get_mut(actor as usize) {
                    list.push(event);
                }
            }
        }
        for list in &mut per_player {
            list.sort_unstable_by_key(|&event| rank[event]);
        }
        Index {
            chronological,
            rank,
            per_player,
        }
    }

    /// The number of events a player takes part in.
    pub fn count(&self, player: usize) -> usize {
        self.per_player.get(player).map_or(0, Vec::len)
    }
}
