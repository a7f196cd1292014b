//! Every event of a market in a few flat buffers, read through [`EventRef`].
//!
//! Held as one `String` and `Vec` per field, a million events took three times their
//! file's size and a cache miss per field read. Here an event is a fixed-size row; its
//! texts are extents of one shared text buffer, and its actors, figures and tags are ranges
//! of three shared vectors. The parser writes straight into these buffers as it reads a
//! line, so a valid line costs no allocation of its own.
//!
//! The buffers come in segments, one for each piece of the file a core read: the reader
//! hands a segment on whole, so loading copies no event twice.

use std::fmt;

use super::date::Date;
use super::model::{Event, Figure, Kind, Status};

/// The most text (or list items) one segment holds: extents are 32-bit. A segment holds
/// one piece of a file (a few megabytes); only a single line of over 4 GiB could fill
/// one, and the reader turns it away (see [`RowWriter::fits`]).
const CAPACITY: usize = u32::MAX as usize;

/// A range of one of a segment's buffers: an extent of its text, or of its actors, figures
/// or tags. (Not a text span to draw, nor a range of dates.)
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

#[derive(Clone, Copy, Debug)]
struct Row {
    id: Extent,
    title: Extent,
    summary: Option<Extent>,
    actors: Extent,
    figures: Extent,
    tags: Extent,
    source: Option<u32>,
    date: Date,
    kind: Kind,
    status: Status,
}

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
struct Segment {
    rows: Vec<Row>,
    text: String,
    actors: Vec<u32>,
    figures: Vec<StoredFigure>,
    tags: Vec<Extent>,
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
        let mut row = self.new_row();
        let id = row.text(&event.id);
        let title = row.text(&event.title);
        let summary = event.summary.as_deref().map(|s| row.text(s));
        for &actor in &event.actors {
            row.actor(actor);
        }
        for figure in &event.figures {
            row.figure(&figure.label, figure.value, &figure.unit);
        }
        for tag in &event.tags {
            row.tag(tag);
        }
        row.finish(RowFields {
            id,
            date: event.date,
            kind: event.kind,
            title,
            summary,
            source: event.source,
            status: event.status,
        });
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
            mark: Mark {
                text: segment.text.len(),
                actors: segment.actors.len(),
                figures: segment.figures.len(),
                tags: segment.tags.len(),
            },
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

/// Where the buffers ended before a row began, to take it back.
#[derive(Clone, Copy)]
struct Mark {
    text: usize,
    actors: usize,
    figures: usize,
    tags: usize,
}

/// One event being written; dropped without [`RowWriter::finish`], it leaves no trace.
pub(super) struct RowWriter<'a> {
    segment: &'a mut Segment,
    /// The count of events, raised when the row is kept.
    len: &'a mut usize,
    mark: Mark,
}

/// The scalar fields of an event being written, and the extents of its texts.
pub(super) struct RowFields {
    pub id: Extent,
    pub date: Date,
    pub kind: Kind,
    pub title: Extent,
    pub summary: Option<Extent>,
    pub source: Option<usize>,
    pub status: Status,
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

    pub fn actor(&mut self, player: usize) {
        self.segment.actors.push(player as u32);
    }

    pub fn figure(&mut self, label: &str, value: f64, unit: &str) {
        let label = self.text(label);
        let unit = self.text(unit);
        let figure = StoredFigure { label, unit, value };
        self.segment.figures.push(figure);
    }

    pub fn tag(&mut self, tag: &str) {
        let extent = self.text(tag);
        self.segment.tags.push(extent);
    }

    /// Whether what the row wrote still fits the segment's 32-bit extents.
    pub fn fits(&self) -> bool {
        let segment = &*self.segment;
        [
            segment.text.len(),
            segment.actors.len(),
            segment.figures.len(),
            segment.tags.len(),
        ]
        .iter()
        .all(|&len| len <= CAPACITY)
    }

    /// Keeps the event, its lists being everything added since the row began.
    ///
    /// Panics if the row does not [fit](RowWriter::fits).
    pub fn finish(self, fields: RowFields) {
        assert!(self.fits(), "one segment of events past 4 GiB");
        let segment = &mut *self.segment;
        let mark = self.mark;
        let range = |start: usize, end: usize| Extent {
            start: start as u32,
            len: (end - start) as u32,
        };
        let row = Row {
            id: fields.id,
            title: fields.title,
            summary: fields.summary,
            actors: range(mark.actors, segment.actors.len()),
            figures: range(mark.figures, segment.figures.len()),
            tags: range(mark.tags, segment.tags.len()),
            source: fields.source.map(|s| s as u32),
            date: fields.date,
            kind: fields.kind,
            status: fields.status,
        };
        segment.rows.push(row);
        *self.len += 1;
        std::mem::forget(self);
    }
}

impl Drop for RowWriter<'_> {
    fn drop(&mut self) {
        let (segment, mark) = (&mut *self.segment, self.mark);
        segment.text.truncate(mark.text);
        segment.actors.truncate(mark.actors);
        segment.figures.truncate(mark.figures);
        segment.tags.truncate(mark.tags);
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

impl<'a> EventRef<'a> {
    pub fn id(&self) -> &'a str {
        self.segment.text(self.row.id)
    }

    pub fn date(&self) -> Date {
        self.row.date
    }

    pub fn kind(&self) -> Kind {
        self.row.kind
    }

    pub fn title(&self) -> &'a str {
        self.segment.text(self.row.title)
    }

    pub fn summary(&self) -> Option<&'a str> {
        self.row.summary.map(|s| self.segment.text(s))
    }

    /// Indexes into the market's players.
    pub fn actors(&self) -> &'a [u32] {
        &self.segment.actors[self.row.actors.range()]
    }

    /// Whether the player at `player` takes part.
    pub fn has_actor(&self, player: usize) -> bool {
        self.actors().iter().any(|&a| a as usize == player)
    }

    pub fn figures(&self) -> impl ExactSizeIterator<Item = FigureRef<'a>> + use<'a> {
        let segment = self.segment;
        (segment.figures[self.row.figures.range()].iter()).map(move |f| FigureRef {
            label: segment.text(f.label),
            value: f.value,
            unit: segment.text(f.unit),
        })
    }

    /// Index into the market's sources.
    pub fn source(&self) -> Option<usize> {
        self.row.source.map(|s| s as usize)
    }

    pub fn status(&self) -> Status {
        self.row.status
    }

    pub fn tags(&self) -> impl ExactSizeIterator<Item = &'a str> + use<'a> {
        let segment = self.segment;
        (segment.tags[self.row.tags.range()].iter()).map(move |&extent| segment.text(extent))
    }

    /// An owned copy, for code that edits or keeps events apart from their market.
    pub fn to_event(&self) -> Event {
        Event {
            id: self.id().to_owned(),
            date: self.date(),
            kind: self.kind(),
            title: self.title().to_owned(),
            summary: self.summary().map(str::to_owned),
            actors: self.actors().iter().map(|&a| a as usize).collect(),
            figures: self
                .figures()
                .map(|f| Figure {
                    label: f.label.to_owned(),
                    value: f.value,
                    unit: f.unit.to_owned(),
                })
                .collect(),
            source: self.source(),
            status: self.status(),
            tags: self.tags().map(str::to_owned).collect(),
        }
    }
}

impl PartialEq for EventRef<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.id() == other.id()
            && self.date() == other.date()
            && self.kind() == other.kind()
            && self.title() == other.title()
            && self.summary() == other.summary()
            && self.actors() == other.actors()
            && self.figures().eq(other.figures())
            && self.source() == other.source()
            && self.status() == other.status()
            && self.tags().eq(other.tags())
    }
}

impl fmt::Debug for EventRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_event().fmt(f)
    }
}

#[cfg(test)]
mod tests;
