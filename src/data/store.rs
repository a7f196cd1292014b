//! Every event of a market in a few flat buffers, read through [`EventRef`].
//!
//! Held as one `String` and `Vec` per field, a million events took three times their
//! file's size and a cache miss per field read. Here an event is a fixed-size row; its
//! texts are spans of one shared text buffer, and its actors, figures and tags are ranges
//! of three shared vectors. The parser writes straight into these buffers as it reads a
//! line, so a valid line costs no allocation of its own.

use std::fmt;

use super::date::Date;
use super::model::{Event, Figure, Kind, Status};

/// The most text (or list items) one [`Events`] holds: spans are 32-bit.
pub const CAPACITY: usize = u32::MAX as usize;

/// A range of one of the shared buffers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Span {
    start: u32,
    len: u32,
}

impl Span {
    fn range(self) -> std::ops::Range<usize> {
        let start = self.start as usize;
        start..start + self.len as usize
    }

    fn shifted(self, by: u32) -> Span {
        Span {
            start: self.start + by,
            len: self.len,
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Row {
    id: Span,
    title: Span,
    summary: Option<Span>,
    actors: Span,
    figures: Span,
    tags: Span,
    source: Option<u32>,
    date: Date,
    kind: Kind,
    status: Status,
}

#[derive(Clone, Copy, Debug)]
struct StoredFigure {
    label: Span,
    unit: Span,
    value: f64,
}

/// The events of a market, in file order.
#[derive(Clone, Default)]
pub struct Events {
    rows: Vec<Row>,
    text: String,
    actors: Vec<u32>,
    figures: Vec<StoredFigure>,
    tags: Vec<Span>,
}

/// The buffers grew past [`CAPACITY`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Full;

impl Events {
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn get(&self, index: usize) -> Option<EventRef<'_>> {
        let row = self.rows.get(index)?;
        Some(EventRef { events: self, row })
    }

    /// The event at `index`; panics past the end, like indexing a slice.
    pub fn at(&self, index: usize) -> EventRef<'_> {
        EventRef {
            events: self,
            row: &self.rows[index],
        }
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = EventRef<'_>> + DoubleEndedIterator {
        self.rows.iter().map(|row| EventRef { events: self, row })
    }

    /// Every event as an owned [`Event`], for code that edits events.
    pub fn to_vec(&self) -> Vec<Event> {
        self.iter().map(|e| e.to_event()).collect()
    }

    /// Appends a copy of `event`.
    ///
    /// Panics past [`CAPACITY`]; the file reader checks with [`Events::append`] instead.
    pub fn push(&mut self, event: &Event) {
        let mut draft = self.draft();
        let id = draft.text(&event.id);
        let title = draft.text(&event.title);
        let summary = event.summary.as_deref().map(|s| draft.text(s));
        for &actor in &event.actors {
            draft.actor(actor);
        }
        for figure in &event.figures {
            draft.figure(&figure.label, figure.value, &figure.unit);
        }
        for tag in &event.tags {
            draft.tag(tag);
        }
        draft.finish(Head {
            id,
            date: event.date,
            kind: event.kind,
            title,
            summary,
            source: event.source,
            status: event.status,
        });
    }

    /// Moves every event of `other` to the end of `self`.
    pub fn append(&mut self, other: Events) -> Result<(), Full> {
        let fits = |have: usize, more: usize| have.checked_add(more).is_some_and(|n| n <= CAPACITY);
        if !(fits(self.text.len(), other.text.len())
            && fits(self.actors.len(), other.actors.len())
            && fits(self.figures.len(), other.figures.len())
            && fits(self.tags.len(), other.tags.len()))
        {
            return Err(Full);
        }
        // Every offset fits in u32: checked just above.
        let text = self.text.len() as u32;
        let (actors, figures, tags) = (
            self.actors.len() as u32,
            self.figures.len() as u32,
            self.tags.len() as u32,
        );
        if self.rows.is_empty() && self.text.is_empty() {
            *self = other;
            return Ok(());
        }
        self.text.push_str(&other.text);
        self.actors.extend_from_slice(&other.actors);
        self.figures
            .extend(other.figures.iter().map(|f| StoredFigure {
                label: f.label.shifted(text),
                unit: f.unit.shifted(text),
                value: f.value,
            }));
        self.tags
            .extend(other.tags.iter().map(|span| span.shifted(text)));
        self.rows.extend(other.rows.iter().map(|row| Row {
            id: row.id.shifted(text),
            title: row.title.shifted(text),
            summary: row.summary.map(|s| s.shifted(text)),
            actors: row.actors.shifted(actors),
            figures: row.figures.shifted(figures),
            tags: row.tags.shifted(tags),
            ..*row
        }));
        Ok(())
    }

    /// Starts writing one event; nothing is kept unless [`Draft::finish`] is called.
    pub(super) fn draft(&mut self) -> Draft<'_> {
        Draft {
            mark: Mark {
                text: self.text.len(),
                actors: self.actors.len(),
                figures: self.figures.len(),
                tags: self.tags.len(),
            },
            events: self,
        }
    }

    /// Makes room for about `bytes` more text without moving what is there: the file
    /// reader reserves the file's size once (pages never written cost no memory).
    pub fn reserve_text(&mut self, bytes: usize) {
        self.text.reserve(bytes);
    }

    pub(super) fn text(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    /// Bytes held in the shared buffers, for memory accounting.
    pub fn heap_bytes(&self) -> usize {
        self.text.capacity()
            + self.rows.capacity() * size_of::<Row>()
            + self.actors.capacity() * size_of::<u32>()
            + self.figures.capacity() * size_of::<StoredFigure>()
            + self.tags.capacity() * size_of::<Span>()
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

/// Where the buffers ended before a draft began, to take it back.
#[derive(Clone, Copy)]
struct Mark {
    text: usize,
    actors: usize,
    figures: usize,
    tags: usize,
}

/// One event being written; dropped without [`Draft::finish`], it leaves no trace.
pub(super) struct Draft<'a> {
    events: &'a mut Events,
    mark: Mark,
}

/// The scalar fields of a drafted event, and the spans of its texts.
pub(super) struct Head {
    pub id: Span,
    pub date: Date,
    pub kind: Kind,
    pub title: Span,
    pub summary: Option<Span>,
    pub source: Option<usize>,
    pub status: Status,
}

impl Draft<'_> {
    pub fn text(&mut self, text: &str) -> Span {
        let start = self.events.text.len();
        self.events.text.push_str(text);
        Span {
            start: start as u32,
            len: text.len() as u32,
        }
    }

    /// Text this draft wrote.
    pub fn read(&self, span: Span) -> &str {
        self.events.text(span)
    }

    pub fn actor(&mut self, player: usize) {
        self.events.actors.push(player as u32);
    }

    pub fn figure(&mut self, label: &str, value: f64, unit: &str) {
        let label = self.text(label);
        let unit = self.text(unit);
        self.events
            .figures
            .push(StoredFigure { label, unit, value });
    }

    pub fn tag(&mut self, tag: &str) {
        let span = self.text(tag);
        self.events.tags.push(span);
    }

    /// Whether the buffers still fit in 32-bit spans.
    pub fn fits(&self) -> bool {
        self.events.text.len() <= CAPACITY
            && self.events.actors.len() <= CAPACITY
            && self.events.tags.len() <= CAPACITY
    }

    /// Keeps the event, its lists being everything added since the draft began.
    pub fn finish(self, fields: Head) {
        assert!(self.fits(), "event buffers past 4 GiB");
        let mark = self.mark;
        let range = |start: usize, end: usize| Span {
            start: start as u32,
            len: (end - start) as u32,
        };
        let row = Row {
            id: fields.id,
            title: fields.title,
            summary: fields.summary,
            actors: range(mark.actors, self.events.actors.len()),
            figures: range(mark.figures, self.events.figures.len()),
            tags: range(mark.tags, self.events.tags.len()),
            source: fields.source.map(|s| s as u32),
            date: fields.date,
            kind: fields.kind,
            status: fields.status,
        };
        self.events.rows.push(row);
        std::mem::forget(self);
    }
}

impl Drop for Draft<'_> {
    fn drop(&mut self) {
        let (events, mark) = (&mut *self.events, self.mark);
        events.text.truncate(mark.text);
        events.actors.truncate(mark.actors);
        events.figures.truncate(mark.figures);
        events.tags.truncate(mark.tags);
    }
}

/// One event, read in place.
#[derive(Clone, Copy)]
pub struct EventRef<'a> {
    events: &'a Events,
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
        self.events.text(self.row.id)
    }

    pub fn date(&self) -> Date {
        self.row.date
    }

    pub fn kind(&self) -> Kind {
        self.row.kind
    }

    pub fn title(&self) -> &'a str {
        self.events.text(self.row.title)
    }

    pub fn summary(&self) -> Option<&'a str> {
        self.row.summary.map(|s| self.events.text(s))
    }

    /// Indexes into the market's players.
    pub fn actors(&self) -> &'a [u32] {
        &self.events.actors[self.row.actors.range()]
    }

    /// Whether the player at `player` takes part.
    pub fn has_actor(&self, player: usize) -> bool {
        self.actors().iter().any(|&a| a as usize == player)
    }

    pub fn figures(&self) -> impl ExactSizeIterator<Item = FigureRef<'a>> + use<'a> {
        let events = self.events;
        events.figures[self.row.figures.range()]
            .iter()
            .map(move |f| FigureRef {
                label: events.text(f.label),
                value: f.value,
                unit: events.text(f.unit),
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
        let events = self.events;
        events.tags[self.row.tags.range()]
            .iter()
            .map(move |&span| events.text(span))
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
mod tests {
    use super::*;

    fn event(id: &str, actors: Vec<usize>, tags: &[&str]) -> Event {
        Event {
            id: id.into(),
            date: Date::parse("2023-10-04").unwrap(),
            kind: Kind::Closure,
            title: format!("title of {id}"),
            summary: (id.len() > 1).then(|| format!("summary of {id}")),
            actors,
            figures: vec![Figure {
                label: format!("label {id}"),
                value: id.len() as f64,
                unit: "USD".into(),
            }],
            source: Some(id.len()),
            status: Status::Reported,
            tags: tags.iter().map(|t| t.to_string()).collect(),
        }
    }

    #[test]
    fn events_read_back_as_they_were_pushed() {
        let owned = vec![
            event("a", vec![2, 0], &["x", "y"]),
            event("bb", vec![], &[]),
            event("ccc", vec![1], &["z"]),
        ];
        let events = Events::from(owned.clone());
        assert_eq!(events.len(), 3);
        assert_eq!(events.to_vec(), owned);
        let second = events.at(1);
        assert_eq!(
            (second.id(), second.title(), second.summary()),
            ("bb", "title of bb", Some("summary of bb"))
        );
        assert_eq!(events.at(0).actors(), [2, 0]);
        assert_eq!(events.at(2).tags().collect::<Vec<_>>(), ["z"]);
        assert!(events.get(3).is_none());
    }

    #[test]
    fn appending_shifts_every_span_of_the_moved_events() {
        let first = vec![event("a", vec![1], &["t"]), event("bb", vec![0, 3], &[])];
        let second = vec![
            event("ccc", vec![2], &["u", "v"]),
            event("d", vec![], &["w"]),
        ];
        let mut events = Events::from(first.clone());
        events.append(Events::from(second.clone())).unwrap();
        assert_eq!(events.to_vec(), [first, second].concat());
    }

    #[test]
    fn a_draft_dropped_unfinished_leaves_nothing_behind() {
        let mut events = Events::from(vec![event("a", vec![1], &["t"])]);
        let before = events.clone();
        let mut draft = events.draft();
        draft.text("half an event");
        draft.actor(3);
        draft.tag("gone");
        draft.figure("l", 1.0, "u");
        drop(draft);
        assert_eq!(
            (events.text.len(), events.actors.len(), events.tags.len()),
            (before.text.len(), before.actors.len(), before.tags.len())
        );
        assert_eq!(events, before);
    }

    #[test]
    fn equality_compares_content_not_where_text_is_kept() {
        let a = Events::from(vec![event("a", vec![1], &["t"]), event("bb", vec![], &[])]);
        let mut b = Events::default();
        b.append(Events::from(vec![event("a", vec![1], &["t"])]))
            .unwrap();
        b.append(Events::from(vec![event("bb", vec![], &[])]))
            .unwrap();
        assert_eq!(a, b);
        let c = Events::from(vec![
            event("a", vec![1], &["t"]),
            event("bb", vec![], &["x"]),
        ]);
        assert_ne!(a, c);
    }
}
