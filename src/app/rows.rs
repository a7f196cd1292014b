//! The timeline's rows as the user sees them: the events shown, oldest or newest first.

/// Which end of time the timeline starts from; `r` turns it round.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Order {
    #[default]
    OldestFirst,
    NewestFirst,
}

impl Order {
    pub fn reversed(self) -> Order {
        match self {
            Order::OldestFirst => Order::NewestFirst,
            Order::NewestFirst => Order::OldestFirst,
        }
    }

    /// How the timeline's title names it.
    pub fn name(self) -> &'static str {
        match self {
            Order::OldestFirst => "oldest first",
            Order::NewestFirst => "newest first",
        }
    }
}

/// The events the timeline shows, row by row in the chosen order, over a list kept in
/// timeline (oldest first) order: turning the timeline round copies nothing, so it costs
/// the same at a million events as at ten.
#[derive(Clone, Copy, Debug)]
pub struct Rows<'a> {
    chronological: &'a [usize],
    order: Order,
}

impl<'a> Rows<'a> {
    pub fn new(chronological: &'a [usize], order: Order) -> Rows<'a> {
        Rows {
            chronological,
            order,
        }
    }

    pub fn len(&self) -> usize {
        self.chronological.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chronological.is_empty()
    }

    /// The event on a row.
    pub fn get(&self, row: usize) -> Option<usize> {
        let at = match self.order {
            Order::OldestFirst => row,
            Order::NewestFirst => self.len().checked_sub(row + 1)?,
        };
        self.chronological.get(at).copied()
    }

    /// The row that shows the `at`th event in timeline order (none past the end).
    pub fn row_of(&self, at: usize) -> Option<usize> {
        match self.order {
            _ if at >= self.len() => None,
            Order::OldestFirst => Some(at),
            Order::NewestFirst => Some(self.len() - 1 - at),
        }
    }

    /// The events row by row.
    pub fn iter(&self) -> impl Iterator<Item = usize> + 'a {
        let rows = *self;
        (0..rows.len()).filter_map(move |row| rows.get(row))
    }

    /// The events row by row, as a list.
    pub fn to_vec(&self) -> Vec<usize> {
        self.iter().collect()
    }

    pub fn contains(&self, event: usize) -> bool {
        self.chronological.contains(&event)
    }

    /// The events oldest first, whatever the order shown.
    pub fn chronological(&self) -> &'a [usize] {
        self.chronological
    }
}

impl<'a> IntoIterator for Rows<'a> {
    type Item = usize;
    type IntoIter = Box<dyn Iterator<Item = usize> + 'a>;

    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_reads_the_same_events_from_the_other_end() {
        let events = [7, 3, 9];
        let oldest = Rows::new(&events, Order::OldestFirst);
        let newest = Rows::new(&events, Order::NewestFirst);
        assert_eq!(oldest.iter().collect::<Vec<_>>(), [7, 3, 9]);
        assert_eq!(newest.iter().collect::<Vec<_>>(), [9, 3, 7]);
        assert_eq!(
            (newest.get(0), newest.get(2), newest.get(3)),
            (Some(9), Some(7), None)
        );
        assert_eq!(
            (newest.row_of(0), newest.row_of(2), newest.row_of(3)),
            (Some(2), Some(0), None)
        );
        assert_eq!(oldest.row_of(1), Some(1));
        assert_eq!(Order::OldestFirst.reversed(), Order::NewestFirst);
        assert_eq!(Order::NewestFirst.reversed(), Order::OldestFirst);
    }
}
