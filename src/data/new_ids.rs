//! Ids for new events: `2023-11-talks-tiktok`, then `2023-11-talks-tiktok-2`, and on.

use std::collections::HashMap;

use super::{Event, Market};

/// Gives each new event the first free id of its base (date, kind and first actor),
/// remembering the next number to try per base, so that thousands of events sharing one
/// base cost one try each rather than a walk past every number already given.
#[derive(Default)]
pub struct NewIds {
    next: HashMap<String, usize>,
}

impl NewIds {
    /// The first id of `event`'s base that `take` takes: `take` is handed each id in turn
    /// and says whether it was free (and is now taken).
    pub fn give(
        &mut self,
        market: &Market,
        event: &Event,
        mut take: impl FnMut(&str) -> bool,
    ) -> String {
        let actor = event
            .actors
            .first()
            .map_or("market", |&a| market.players[a].id.as_str());
        let base = format!("{}-{}-{actor}", event.date, event.kind);
        let n = self.next.entry(base.clone()).or_insert(1);
        loop {
            let id = match *n {
                1 => base.clone(),
                n => format!("{base}-{n}"),
            };
            *n += 1;
            if take(&id) {
                return id;
            }
        }
    }
}
