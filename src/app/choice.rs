//! `p` in the timeline: the selected event's actors as a filter, chosen from a short
//! list when the event has several.

use super::{Action, App, Focus, Search};

/// The actors of the selected event, one of which `p` will filter the timeline by: open
/// while the user chooses (j/k and Enter, or the number shown, or Esc to cancel).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorChoice {
    /// Players, in the order the event names them.
    pub players: Vec<usize>,
    /// The row under the cursor.
    pub selected: usize,
}

impl App {
    /// `p`: in the timeline, filter by the selected event's actor (asking which, when it
    /// has several); elsewhere, by the player under the Players cursor, or no longer.
    pub(super) fn filter_by_actor(&mut self) -> bool {
        if self.focus != Focus::Timeline {
            return self.filter_player(self.selected_player());
        }
        let Some(event) = self.selected() else {
            return false;
        };
        let players: Vec<usize> = event.actors().iter().map(|&a| a as usize).collect();
        match players.as_slice() {
            [] => {
                self.review.message = Some("this event names no actors".to_string());
                true
            }
            &[player] => self.add_player_word(player),
            _ => {
                self.actor_choice = Some(ActorChoice {
                    players,
                    selected: 0,
                });
                true
            }
        }
    }

    /// A key while the actors are listed: move, choose, or cancel; nothing else happens.
    pub(super) fn choice_key(&mut self, action: Action) -> bool {
        let Some(choice) = &mut self.actor_choice else {
            return false;
        };
        let last = choice.players.len().saturating_sub(1);
        let chosen = match action {
            Action::Down => {
                choice.selected = (choice.selected + 1).min(last);
                return true;
            }
            Action::Up => {
                choice.selected = choice.selected.saturating_sub(1);
                return true;
            }
            Action::Top => {
                choice.selected = 0;
                return true;
            }
            Action::Bottom => {
                choice.selected = last;
                return true;
            }
            Action::Open => choice.players.get(choice.selected).copied(),
            Action::Type(c) => {
                let number = c.to_digit(10).and_then(|n| usize::try_from(n).ok());
                match number.and_then(|n| n.checked_sub(1)) {
                    Some(row) if row <= last => choice.players.get(row).copied(),
                    _ => return false,
                }
            }
            Action::Back => None,
            Action::Quit => {
                self.quit = true;
                return true;
            }
            _ => return false,
        };
        self.actor_choice = None;
        match chosen {
            Some(player) => self.add_player_word(player),
            None => true,
        }
    }

    /// Narrows the timeline with `player:ID`, as a word added to the kept search, so the
    /// title shows it and Esc takes it back like any word typed. A player already asked
    /// for is not asked for twice.
    fn add_player_word(&mut self, player: usize) -> bool {
        let Some(id) = self.market.players.get(player).map(|p| p.id.clone()) else {
            return false;
        };
        let word = format!("player:{id}");
        let query = self.search.as_ref().map_or("", |s| s.query());
        if query.split_whitespace().any(|w| w == word) {
            return false;
        }
        let rows = self.unsearched_rows().to_vec();
        let mut search = (self.search.take())
            .unwrap_or_else(|| Search::new(self.selected_event, rows.clone(), self.today));
        search.add_word(&word, &self.market, rows, self.search_slice);
        self.search = Some(search);
        self.player_filter_last = false;
        self.settle();
        true
    }
}
