//! Every event of a market in a few flat buffers, read through [`EventRef`].
//!
//! Held as one `String` and `Vec` per field, a million events took three times their
//! file's size and a cache miss per field read. Here an event is a fixed-size row; its
//! texts are extents of one shared text buffer, and its lists (players, figures, texts)
//! are ranges of three shared vectors. The parser writes straight into these buffers as it
//! reads a line, so a valid line costs no allocation of its own.
//!
//! The row, its accessors and equality are generated from the one table of fields,
//! [`event_fields!`](super::schema); how each shape is kept is in `store/shapes.rs`.
//!
//! The buffers come in segments, one for each piece of the file a core read: the reader
//! hands a segment on whole, so loading copies no event twice.

mod shapes;

use std::fmt;

use super::model::{Event, Kind, Status};
use super::schema::*;
pub(super) use shapes::Store;
pub use shapes::{Figures, Texts};

/// The most text (or list items) one segment holds: extents are 32-bit. A segment holds
/// one piece of a file (a few megabytes); only a single line of over 4 GiB could fill
/// one, and the reader turns it away (see [`RowWriter::fits`]).
const CAPACITY: usize = u32::MAX as usize;

/// A range of one of a segment's buffers: an extent of its text, or of its players, figures
/// or list texts. (Not a text span to draw, nor a range of dates.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Extent {
    start: u32,
    len: u32,
}

impl Extent {
    fn range(self) -> std::ops::Range<usize> {
        let start = self.start as usize;
        start..start + self.len as usize
    }
}

/// One event as a segment holds it, generated from [`event_fields!`]: a field of each
/// shape's stored form ([`Store::Stored`]), pointing into the segment's buffers.
macro_rules! stored_event {
    ($($(#[$doc:meta])* $field:ident: $shape:ty, csv $csv:literal, doc $line:literal;)*) => {
        #[derive(Clone, Copy, Debug)]
        pub(super) struct Row {
            $(pub(super) $field: <$shape as Store>::Stored,)*
        }

        impl Row {
            /// Writes `event`'s texts and lists into `row`'s buffers; the row points at them.
            fn put(row: &mut RowWriter<'_>, event: &Event) -> Row {
                Row {
                    $($field: <$shape as Store>::put(row, &event.$field),)*
                }
            }
        }

        impl<'a> EventRef<'a> {
            $(
                $(#[$doc])*
                pub fn $field(&self) -> <$shape as Shape>::Ref<'a> {
                    <$shape as Store>::get(self.segment, self.row.$field)
                }
            )*

            /// An owned copy, for code that edits or keeps events apart from their market.
            pub fn to_event(&self) -> Event {
                Event {
                    $($field: <$shape as Shape>::to_owned(self.$field()),)*
                }
            }
        }

        impl PartialEq for EventRef<'_> {
            fn eq(&self, other: &Self) -> bool {
                true $(&& <$shape as Shape>::same(self.$field(), other.$field()))*
            }
        }
    };
}
event_fields!(stored_event);

#[derive(Clone, Copy, Debug)]
struct StoredFigure {
    label: Extent,
    unit: Extent,
    value: f64,
}

/// The events of a market, in file order.
#[derive(Clone, Default)]
pub struct Events {
    segments: Vec<Segment>,
    /// The index of each segment's first event.
    starts: Vec<usize>,
    len: usize,
}

/// Events whose extents all point into this segment's own buffers.
#[derive(Clone, Default)]
pub(super) struct Segment {
    rows: Vec<Row>,
    text: String,
    /// The items of every player list, as indexes into the market's players.
    players: Vec<u32>,
    figures: Vec<StoredFigure>,
    /// The items of every list of texts, as extents of `text`.
    texts: Vec<Extent>,
}

impl Segment {
    fn text(&self, extent: Extent) -> &str {
        &self.text[extent.range()]
    }
}

impl Events {
    /// Room for the events of `bytes` of file, so that reading them moves nothing: their
    /// text is never longer than the file, and capacity never written costs no memory.
    pub fn for_file_bytes(bytes: usize) -> Events {
        let segment = Segment {
            rows: Vec::with_capacity(bytes / 128),
            text: String::with_capacity(bytes),
            ..Segment::default()
        };
        Events {
            segments: vec![segment],
            starts: vec![0],
            len: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn get(&self, index: usize) -> Option<EventRef<'_>> {
        // The last segment starting at or before `index`: a few steps, segments are few.
        let after = self.starts.partition_point(|&start| start <= index);
        let at = after.checked_sub(1)?;
        let segment = &self.segments[at];
        let row = segment.rows.get(index - self.starts[at])?;
        Some(EventRef { segment, row })
    }

    /// The event at `index`; panics past the end, like indexing a slice.
    pub fn at(&self, index: usize) -> EventRef<'_> {
        match self.get(index) {
            Some(event) => event,
            None => panic!("event {index} of {}", self.len),
        }
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = EventRef<'_>> {
        (self.segments.iter())
            .flat_map(|segment| (segment.rows.iter()).map(move |row| EventRef { segment, row }))
    }

    /// The events from `start` on, with their indexes, in file order.
    pub fn iter_from(&self, start: usize) -> impl Iterator<Item = (usize, EventRef<'_>)> {
        let first = self
            .starts
            .partition_point(|&s| s <= start)
            .saturating_sub(1);
        let segments = self.segments.iter().zip(&self.starts).skip(first);
        segments.flat_map(move |(segment, &base)| {
            let skip = start.saturating_sub(base);
            (segment.rows.iter().enumerate().skip(skip))
                .map(move |(i, row)| (base + i, EventRef { segment, row }))
        })
    }

    /// Every event as an owned [`Event`], for code that edits events.
    pub fn to_vec(&self) -> Vec<Event> {
        self.iter().map(|e| e.to_event()).collect()
    }

    /// Appends a copy of `event` to the last segment.
    ///
    /// Panics if that segment's text passes 4 GiB.
    pub fn push(&mut self, event: &Event) {
        let mut writer = self.new_row();
        let row = Row::put(&mut writer, event);
        writer.finish(row);
    }

    /// Moves every event of `other` to the end of `self`, copying none.
    pub fn append(&mut self, other: Events) {
        // An empty segment (one made for events that never came) would only cost steps.
        if self.len == 0 {
            self.segments.clear();
            self.starts.clear();
        }
        for mut segment in other.segments.into_iter().filter(|s| !s.rows.is_empty()) {
            // The reader reserved for the worst case; what was not used goes back.
            segment.text.shrink_to_fit();
            segment.rows.shrink_to_fit();
            self.starts.push(self.len);
            self.len += segment.rows.len();
            self.segments.push(segment);
        }
    }

    /// Starts writing one event into the last segment; nothing is kept unless
    /// [`RowWriter::finish`] is called.
    pub(super) fn new_row(&mut self) -> RowWriter<'_> {
        if self.segments.is_empty() {
            self.segments.push(Segment::default());
            self.starts.push(self.len);
        }
        let Events { segments, len, .. } = self;
        let segment = segments.last_mut().expect("a segment was just made");
        RowWriter {
            mark: Mark::of(segment),
            segment,
            len,
        }
    }
}

impl FromIterator<Event> for Events {
    fn from_iter<I: IntoIterator<Item = Event>>(events: I) -> Events {
        let mut all = Events::default();
        for event in events {
            all.push(&event);
        }
        all
    }
}

impl From<Vec<Event>> for Events {
    fn from(events: Vec<Event>) -> Events {
        events.into_iter().collect()
    }
}

/// Two sets of events are equal when their events are, wherever their text is kept.
impl PartialEq for Events {
    fn eq(&self, other: &Events) -> bool {
        self.len() == other.len() && self.iter().zip(other.iter()).all(|(a, b)| a == b)
    }
}

impl fmt::Debug for Events {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Where a segment's buffers end: before a row began, to take it back, or before a list
/// field's items, to find them.
#[derive(Clone, Copy)]
pub(super) struct Mark {
    text: usize,
    players: usize,
    figures: usize,
    texts: usize,
}

impl Mark {
    fn of(segment: &Segment) -> Mark {
        Mark {
            text: segment.text.len(),
            players: segment.players.len(),
            figures: segment.figures.len(),
            texts: segment.texts.len(),
        }
    }
}

/// The items of a buffer from `start` to its `end`.
fn items(start: usize, end: usize) -> Extent {
    Extent {
        start: start as u32,
        len: (end - start) as u32,
    }
}

/// One event being written; dropped without [`RowWriter::finish`], it leaves no trace.
pub(super) struct RowWriter<'a> {
    segment: &'a mut Segment,
    /// The count of events, raised when the row is kept.
    len: &'a mut usize,
    mark: Mark,
}

impl RowWriter<'_> {
    pub fn text(&mut self, text: &str) -> Extent {
        let start = self.segment.text.len();
        self.segment.text.push_str(text);
        Extent {
            start: start as u32,
            len: text.len() as u32,
        }
    }

    /// Text this row wrote.
    pub fn read(&self, extent: Extent) -> &str {
        self.segment.text(extent)
    }

    /// Where the buffers end now: a list field's items are those added after it.
    pub fn mark(&self) -> Mark {
        Mark::of(self.segment)
    }

    pub fn player(&mut self, player: usize) {
        self.segment.players.push(player as u32);
    }

    /// The players added since `mark`.
    pub fn players_since(&self, mark: Mark) -> Extent {
        items(mark.players, self.segment.players.len())
    }

    pub fn figure(&mut self, label: &str, value: f64, unit: &str) {
        let label = self.text(label);
        let unit = self.text(unit);
        let figure = StoredFigure { label, unit, value };
        self.segment.figures.push(figure);
    }

    /// The figures added since `mark`.
    pub fn figures_since(&self, mark: Mark) -> Extent {
        items(mark.figures, self.segment.figures.len())
    }

    /// Adds one item to a list of texts.
    pub fn text_item(&mut self, text: &str) {
        let extent = self.text(text);
        self.segment.texts.push(extent);
    }

    /// The list texts added since `mark`.
    pub fn texts_since(&self, mark: Mark) -> Extent {
        items(mark.texts, self.segment.texts.len())
    }

    /// Whether what the row wrote still fits the segment's 32-bit extents.
    pub fn fits(&self) -> bool {
        let segment = &*self.segment;
        [
            segment.text.len(),
            segment.players.len(),
            segment.figures.len(),
            segment.texts.len(),
        ]
        .iter()
        .all(|&len| len <= CAPACITY)
    }

    /// Keeps the event, whose extents point at what this writer added.
    ///
    /// Panics if the row does not [fit](RowWriter::fits).
    pub fn finish(self, row: Row) {
        assert!(self.fits(), "one segment of events past 4 GiB");
        self.segment.rows.push(row);
        *self.len += 1;
        std::mem::forget(self);
    }
}

impl Drop for RowWriter<'_> {
    fn drop(&mut self) {
        let (segment, mark) = (&mut *self.segment, self.mark);
        segment.text.truncate(mark.text);
        segment.players.truncate(mark.players);
        segment.figures.truncate(mark.figures);
        segment.texts.truncate(mark.texts);
    }
}

/// One event, read in place.
#[derive(Clone, Copy)]
pub struct EventRef<'a> {
    segment: &'a Segment,
    row: &'a Row,
}

/// A figure of an event, read in place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FigureRef<'a> {
    pub label: &'a str,
    pub value: f64,
    pub unit: &'a str,
}

impl EventRef<'_> {
    /// Whether the player at `player` takes part.
    pub fn has_actor(&self, player: usize) -> bool {
        self.actors().iter().any(|&a| a as usize == player)
    }
}

impl fmt::Debug for EventRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_event().fmt(f)
    }
}

#[cfg(test)]
mod tests;
