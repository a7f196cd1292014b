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
        // One pass in file order (memory order: fast at a million) for the dates to sort
        // by and each player's count; a second one fills each player's list with ranks,
        // which sort as plain numbers and then name the events in timeline order.
        let mut counts = vec![0; market.players.len()];
        let keys: Vec<u32> = (market.events.iter())
            .map(|e| {
                for &actor in e.actors() {
                    if let Some(count) = counts.get_mut(actor as usize) {
                        *count += 1;
                    }
                }
                e.date().order_key()
            })
            .collect();
        let chronological = stable_order(&keys);
        let mut rank = vec![0; market.events.len()];
        for (position, &event) in chronological.iter().enumerate() {
            rank[event] = position;
        }
        let mut per_player: Vec<Vec<usize>> =
            counts.iter().map(|&n| Vec::with_capacity(n)).collect();
        for (event, e) in market.events.iter().enumerate() {
            for &actor in e.actors() {
                if let Some(list) = per_player.get_mut(actor as usize) {
                    list.push(rank[event]);
                }
            }
        }
        let in_order = |lists: &mut [Vec<usize>]| {
            for list in lists {
                list.sort_unstable();
                for position in list.iter_mut() {
                    *position = chronological[*position];
                }
            }
        };
        // Half the players on another core: at a million events this is most of the build.
        let (first, second) = per_player.split_at_mut(market.players.len() / 2);
        if market.events.len() < 100_000 {
            in_order(first);
            in_order(second);
        } else {
            std::thread::scope(|scope| {
                scope.spawn(|| in_order(first));
                in_order(second);
            });
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

/// The indexes of `keys` in ascending key order, equal keys in index order.
///
/// A radix sort, 16 bits a pass: two passes over a million dates take a fraction of what
/// a comparison sort does, and it is stable without carrying the index in the key.
fn stable_order(keys: &[u32]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    let mut spare = vec![0; keys.len()];
    for shift in [0, 16] {
        let digit = |i: usize| (keys[i] >> shift) as usize & 0xFFFF;
        let mut starts = vec![0usize; 1 << 16];
        for &i in &order {
            starts[digit(i)] += 1;
        }
        let mut next = 0;
        for slot in &mut starts {
            let count = *slot;
            *slot = next;
            next += count;
        }
        for &i in &order {
            let slot = &mut starts[digit(i)];
            spare[*slot] = i;
            *slot += 1;
        }
        std::mem::swap(&mut order, &mut spare);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_order_sorts_by_key_and_keeps_ties_in_index_order() {
        let keys = [5, 0x0001_0000, 3, 5, 0, 0xFFFF_FFFF, 0x0001_0000, 3];
        assert_eq!(stable_order(&keys), [4, 2, 7, 0, 3, 1, 6, 5]);
        // Against the standard library's stable sort, on keys that use both halves.
        let keys: Vec<u32> = (0..5000u32)
            .map(|i| i.wrapping_mul(2_654_435_761) % 97_003 * 613)
            .collect();
        let mut expected: Vec<usize> = (0..keys.len()).collect();
        expected.sort_by_key(|&i| keys[i]);
        assert_eq!(stable_order(&keys), expected);
    }
}
