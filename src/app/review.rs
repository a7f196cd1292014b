//! Reviewing in the tracker: the inbox view, and the changes its keys ask to write.
//!
//! `update` stays pure: a key that writes, opens an editor or a browser leaves a
//! [`Request`] in [`Review::request`]; the shell (the live loop) carries it out and
//! reports back through [`App::written`], [`App::not_written`] and [`App::edited`].

use super::{Action, App, Cursor};
use crate::data::{Date, Event};
use crate::desk::document::{self, Problem};
use crate::desk::ledger::{Change, EventEdit, Redraft, Review as StateChange, SourceEdit};
use crate::desk::sources::NewSource;
use crate::export::{event_line, event_line_citing};
use crate::inbox::{Candidate, State};
use crate::text::clean;

/// What the main area shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Tracker,
    Inbox,
}

/// Something `update` asks the shell to do: the only ways review touches the world.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    Write(Write),
    Edit(Document),
    /// Open a web address in the browser.
    Open(String),
}

/// A change to write, and what to do once it is written.
#[derive(Clone, Debug, PartialEq)]
pub struct Write {
    pub change: Change,
    /// What the status line says once it is written.
    pub done: String,
    /// The event to select in the timeline once it is written.
    pub select: Option<String>,
    /// Move the inbox cursor to the next new candidate once it is written.
    pub advance: bool,
    /// The undo entry this write carries out, put back if it fails.
    pub undoing: Option<Undo>,
}

/// A change that takes back one written before, and what that was.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    pub change: Change,
    pub what: String,
}

/// A document to open in the editor, and what it edits.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub text: String,
    pub target: Target,
    /// The line the editor opens at: the first problem, when going back to fix it.
    pub line: Option<usize>,
}

/// What an edited document replaces.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// A candidate's drafted event, as its inbox line holds it.
    Candidate { id: String, was: String },
    /// An event of `events.jsonl`, as it read when the edit began.
    Event { id: String, was: String },
    /// A new event.
    New,
}

/// A question the tracker waits on.
#[derive(Clone, Debug, PartialEq)]
pub enum Prompt {
    /// Delete this event? y/n.
    Delete {
        id: String,
        was: String,
        title: String,
    },
    /// The edited document has problems: back to the editor, or abandon.
    Problems {
        document: Document,
        /// What the document was before this edit began: saving it unchanged writes nothing.
        original: String,
        problems: Vec<Problem>,
    },
}

/// The review's state within the App.
#[derive(Clone, Debug, Default)]
pub struct Review {
    pub view: View,
    /// The selected candidate, by id: the one owner of the inbox selection.
    selected: Option<String>,
    /// The first inbox row shown.
    pub offset: usize,
    /// Candidates (indexes into `market.inbox`) in the order the inbox shows them.
    pub order: Vec<usize>,
    /// What `u` takes back, the last change on top.
    pub undo: Vec<Undo>,
    pub request: Option<Request>,
    pub prompt: Option<Prompt>,
    /// One line for the footer: what the last key did, or why it did nothing.
    pub message: Option<String>,
}

impl App {
    /// Candidates newest first: by when they were found, then by their article's date,
    /// then later lines first.
    pub(super) fn order_inbox(&mut self) {
        let inbox = &self.market.inbox;
        let mut order: Vec<usize> = (0..inbox.len()).collect();
        let published = |c: &Candidate| c.article.published.clone().unwrap_or_default();
        order.sort_by(|&a, &b| {
            let (a_, b_) = (&inbox[a], &inbox[b]);
            (b_.found.as_str(), published(b_), b).cmp(&(a_.found.as_str(), published(a_), a))
        });
        self.review.order = order;
        if self.selected_candidate().is_none() {
            self.review.selected = self.review.order.first().map(|&c| inbox[c].id.clone());
        }
    }

    /// The inbox row the cursor is on.
    pub fn inbox_row(&self) -> usize {
        let selected = self.review.selected.as_deref();
        let inbox = &self.market.inbox;
        let order = &self.review.order;
        order
            .iter()
            .position(|&c| Some(inbox[c].id.as_str()) == selected)
            .unwrap_or(0)
    }

    /// The inbox's cursor: the selected candidate's row and the first row shown.
    pub fn inbox_cursor(&self) -> Cursor {
        Cursor {
            selected: self.inbox_row(),
            offset: self.review.offset,
        }
    }

    /// The selected candidate.
    pub fn selected_candidate(&self) -> Option<&Candidate> {
        let id = self.review.selected.as_deref()?;
        self.market.inbox.iter().find(|c| c.id == id)
    }

    fn select_candidate_row(&mut self, row: usize) {
        let order = &self.review.order;
        let row = row.min(order.len().saturating_sub(1));
        let id = order.get(row).map(|&c| self.market.inbox[c].id.clone());
        self.review.selected = id;
        let rows = crate::layout::InboxPanes::new(self.size).list_rows();
        let mut cursor = self.inbox_cursor();
        cursor.settle(self.review.order.len(), rows);
        self.review.offset = cursor.offset;
    }

    /// Moves the inbox cursor by `delta` rows, stopping at the ends.
    pub(super) fn move_inbox(&mut self, delta: isize) -> bool {
        let before = self.inbox_row();
        self.select_candidate_row(before.saturating_add_signed(delta));
        self.inbox_row() != before
    }

    /// The next new candidate after the cursor, wrapping; the cursor stays when none is.
    fn advance_inbox(&mut self) {
        let from = self.inbox_row();
        let order = &self.review.order;
        let inbox = &self.market.inbox;
        let count = order.len();
        let next = (1..count)
            .map(|step| (from + step) % count)
            .find(|&row| inbox[order[row]].state == State::New);
        if let Some(row) = next {
            self.select_candidate_row(row);
        }
    }

    /// `i`: the inbox view; again, back to the timeline.
    pub(super) fn toggle_inbox(&mut self) -> bool {
        self.review.view = match self.review.view {
            View::Tracker => View::Inbox,
            View::Inbox => View::Tracker,
        };
        self.detail_open = false;
        self.select_candidate_row(self.inbox_row());
        true
    }

    fn say(&mut self, message: impl Into<String>) -> bool {
        self.review.message = Some(message.into());
        true
    }

    /// `a`: the selected candidate's event goes to `events.jsonl`, its article to the
    /// sources when it is not one yet, and the candidate is marked accepted. A rejected
    /// candidate may be accepted too (a change of mind, maybe in a later session, where
    /// `u` cannot reach): the footer says it had been rejected.
    pub(super) fn accept(&mut self) -> bool {
        if self.review.view != View::Inbox {
            return self.say("a accepts a candidate of the inbox: press i to open it");
        }
        let Some(candidate) = self.selected_candidate() else {
            return self.say("the inbox is empty");
        };
        if candidate.state == State::Accepted {
            return self.say("already accepted: it is in the timeline");
        }
        let market = &self.market;
        let mut event = candidate.event.clone();
        // Someone may have written an event of the same id since it was queued.
        let base = event.id.clone();
        let mut n = 2;
        while market.events.iter().any(|e| e.id() == event.id) {
            event.id = format!("{base}-{n}");
            n += 1;
        }
        let line = match event_line_citing(market, &event, candidate.source.as_deref()) {
            Ok(line) => line,
            Err(e) => return self.say(format!("cannot write the event: {e}")),
        };
        let mut change = Change {
            events: vec![EventEdit::Add { line, at: None }],
            ..Change::default()
        };
        if let Some(source) = candidate.source.as_deref()
            && !market.sources.iter().any(|s| s.id == source)
        {
            change
                .sources
                .push(SourceEdit::Add(new_source(candidate, source)));
        }
        change.reviews.push(StateChange {
            candidate: candidate.id.clone(),
            from: candidate.state,
            to: State::Accepted,
        });
        let done = match candidate.state {
            State::Rejected => format!("accepted, though rejected before: {}", clean(&event.title)),
            _ => format!("accepted: {}", clean(&event.title)),
        };
        self.request(Write {
            change,
            done,
            select: Some(event.id),
            advance: true,
            undoing: None,
        })
    }

    /// `x`: the selected candidate is marked rejected, so fetching never brings it back.
    pub(super) fn reject(&mut self) -> bool {
        if self.review.view != View::Inbox {
            return self.say("x rejects a candidate of the inbox: press i to open it");
        }
        let Some(candidate) = self.selected_candidate() else {
            return self.say("the inbox is empty");
        };
        if candidate.state != State::New {
            let state = format!("{:?}", candidate.state).to_lowercase();
            return self.say(format!("already {state}; u undoes what this session did"));
        }
        let change = Change {
            reviews: vec![StateChange {
                candidate: candidate.id.clone(),
                from: State::New,
                to: State::Rejected,
            }],
            ..Change::default()
        };
        let done = format!("rejected: {}", clean(&candidate.event.title));
        self.request(Write {
            change,
            done,
            select: None,
            advance: true,
            undoing: None,
        })
    }

    fn request(&mut self, write: Write) -> bool {
        self.review.request = Some(Request::Write(write));
        true
    }

    /// The shell wrote `write` (and reloaded the market); `undo` takes it back.
    pub fn written(&mut self, write: Write, undo: Change) {
        if write.undoing.is_none() {
            self.review.undo.push(Undo {
                change: undo,
                what: write.done.clone(),
            });
        }
        self.review.message = Some(write.done);
        if let Some(id) = write.select {
            self.select_event_id(&id);
        }
        if write.advance {
            self.advance_inbox();
        }
    }

    /// The shell could not write `write`: nothing was written, and `why` says why.
    pub fn not_written(&mut self, write: Write, why: &str) {
        if let Some(undo) = write.undoing {
            self.review.undo.push(undo);
        }
        self.review.message = Some(format!("not written: {}", clean(why)));
    }

    /// Selects the event `id` in the timeline, clearing a filter or search that hides it.
    pub fn select_event_id(&mut self, id: &str) {
        let Some(event) = self.market.events.iter().position(|e| e.id() == id) else {
            return;
        };
        if !self.rows().contains(event) {
            self.search = None;
            self.player_filter = None;
        }
        self.selected_event = Some(event);
        self.settle();
    }
}

/// The `[[sources]]` entry accepting a candidate creates from its article; a field the
/// article lacks is taken from what the candidate does know.
fn new_source(candidate: &Candidate, id: &str) -> NewSource {
    let article = &candidate.article;
    let event = &candidate.event;
    NewSource {
        id: id.to_string(),
        title: (article.title.clone()).unwrap_or_else(|| event.title.clone()),
        publisher: (article.publisher.clone())
            .or_else(|| article.feed.clone())
            .unwrap_or_else(|| "unknown".into()),
        published: (article.published.clone()).unwrap_or_else(|| event.date.to_string()),
        url: article.url.clone(),
    }
}

/// What a highlighted stretch of a candidate's sentence is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Money,
    /// A count, a percentage or a plain number.
    Number,
    Date,
    Player,
    /// An organisation or a person.
    Name,
}

impl App {
    /// The mentions in a candidate's sentence, in text order, as byte ranges: what ingest
    /// recognises there, so the reviewer sees what the draft was read from.
    pub fn sentence_marks(
        &self,
        sentence: &str,
        published: Option<&str>,
    ) -> Vec<(std::ops::Range<usize>, Mark)> {
        use crate::ingest::{Context, Lang, Mentioned, Players, scan};
        let players = Players::new(&self.market.players);
        let ctx = Context {
            lang: Lang::detect(sentence),
            published: published.and_then(|p| Date::parse(p).ok()),
            players: &players,
        };
        let scan = scan(sentence, &ctx);
        (scan.mentions.into_iter())
            .map(|m| {
                let mark = match m.what {
                    Mentioned::Money(..) => Mark::Money,
                    Mentioned::Number(_) | Mentioned::Count(..) | Mentioned::Percent(_) => {
                        Mark::Number
                    }
                    Mentioned::Date(..) => Mark::Date,
                    Mentioned::Player(_) => Mark::Player,
                    Mentioned::Organization | Mentioned::Person(_) => Mark::Name,
                };
                (m.start..m.end, mark)
            })
            .collect()
    }

    /// What the candidate may restate: an event of the timeline or another candidate's
    /// draft, with the source it cites.
    pub fn restated(&self, candidate: &Candidate) -> Option<(Event, Option<String>)> {
        let id = candidate.duplicate_of.as_deref()?;
        let market = &self.market;
        if let Some(event) = market.events.iter().find(|e| e.id() == id) {
            let source = event.source().and_then(|s| market.sources.get(s));
            return Some((event.to_event(), source.map(|s| s.id.clone())));
        }
        let other = market.inbox.iter().find(|c| c.id == id)?;
        Some((other.event.clone(), other.source.clone()))
    }
}

impl App {
    /// `e`: the selected candidate's draft in the inbox, else the selected event, opens in
    /// the editor.
    pub(super) fn edit(&mut self) -> bool {
        let market = &self.market;
        let document = if self.review.view == View::Inbox {
            let Some(candidate) = self.selected_candidate() else {
                return self.say("the inbox is empty");
            };
            if candidate.state == State::Accepted {
                return self.say("already accepted: edit the event in the timeline (i, then e)");
            }
            Document {
                text: document::write(market, &candidate.event, candidate.source.as_deref()),
                target: Target::Candidate {
                    id: candidate.id.clone(),
                    was: candidate.draft.clone(),
                },
                line: None,
            }
        } else {
            let Some(event) = self.selected() else {
                return self.say("no event selected");
            };
            let source = event.source().and_then(|s| market.sources.get(s));
            let event = event.to_event();
            let was = match event_line(market, &event) {
                Ok(line) => line,
                Err(e) => return self.say(format!("cannot read the event: {e}")),
            };
            Document {
                text: document::write(market, &event, source.map(|s| s.id.as_str())),
                target: Target::Event {
                    id: event.id.clone(),
                    was,
                },
                line: None,
            }
        };
        self.review.request = Some(Request::Edit(document));
        true
    }

    /// `+`: a new event, dated today, opens in the editor.
    pub(super) fn new_event(&mut self) -> bool {
        let today = self.today.or_else(|| self.selected().map(|e| e.date()));
        let Some(today) = today else {
            return self.say("no date to start from");
        };
        let text = document::write(&self.market, &Event::blank(today), None);
        let document = Document {
            text,
            target: Target::New,
            line: None,
        };
        self.review.request = Some(Request::Edit(document));
        true
    }

    /// The editor gave back `saved` for `document` (or could not run). A valid document
    /// becomes a write; one with problems waits in a prompt: back to the editor, or
    /// abandon. Nothing is written until the document is valid.
    pub fn edited(&mut self, document: Document, saved: Result<String, String>) {
        let original = match self.review.prompt.take() {
            Some(Prompt::Problems { original, .. }) => original,
            _ => document.text.clone(),
        };
        let text = match saved {
            Ok(text) => text,
            Err(why) => {
                self.say(format!(
                    "the editor did not run: {}; nothing written",
                    clean(&why)
                ));
                return;
            }
        };
        if text == original || document::is_abandoned(&text) {
            self.say("nothing written: the document was left as it was, or emptied");
            return;
        }
        let market = &self.market;
        let candidate = match &document.target {
            Target::Candidate { id, .. } => market.inbox.iter().find(|c| &c.id == id),
            _ => None,
        };
        let pending = candidate
            .and_then(|c| c.source.as_deref())
            .filter(|s| !market.sources.iter().any(|k| k.id == *s));
        let own_id = match &document.target {
            Target::Event { id, .. } => Some(id.as_str()),
            _ => None,
        };
        let allowed = document::Allowed {
            own_id,
            pending_source: pending,
        };
        let edited = match document::read(&text, market, allowed) {
            Ok(edited) => edited,
            Err(problems) => {
                let document = Document {
                    text,
                    target: document.target,
                    line: None,
                };
                self.review.prompt = Some(Prompt::Problems {
                    document,
                    original,
                    problems,
                });
                return;
            }
        };
        let line = match event_line_citing(market, &edited.event, edited.source.as_deref()) {
            Ok(line) => line,
            Err(e) => {
                self.say(format!("cannot write the event: {e}"));
                return;
            }
        };
        let title = clean(&edited.event.title).into_owned();
        let id = edited.event.id.clone();
        let (change, done, select) = match document.target {
            Target::Candidate { id: candidate, was } => {
                let drafts = vec![Redraft {
                    candidate,
                    was,
                    event: line,
                }];
                let change = Change {
                    drafts,
                    ..Change::default()
                };
                (change, format!("draft saved: {title} (a accepts it)"), None)
            }
            Target::Event { id: old, was } => {
                let events = vec![EventEdit::Replace { id: old, was, line }];
                let change = Change {
                    events,
                    ..Change::default()
                };
                (change, format!("edited: {title}"), Some(id))
            }
            Target::New => {
                let events = vec![EventEdit::Add { line, at: None }];
                let change = Change {
                    events,
                    ..Change::default()
                };
                (change, format!("added: {title}"), Some(id))
            }
        };
        self.request(Write {
            change,
            done,
            select,
            advance: false,
            undoing: None,
        });
    }

    /// `d`: asks whether to delete the selected event.
    pub(super) fn delete(&mut self) -> bool {
        if self.review.view == View::Inbox {
            return self.say("d deletes an event of the timeline; x rejects a candidate");
        }
        let Some(event) = self.selected() else {
            return self.say("no event selected");
        };
        let event = event.to_event();
        let was = match event_line(&self.market, &event) {
            Ok(line) => line,
            Err(e) => return self.say(format!("cannot read the event: {e}")),
        };
        self.review.prompt = Some(Prompt::Delete {
            id: event.id,
            was,
            title: clean(&event.title).into_owned(),
        });
        true
    }

    /// A key while a prompt waits: y/n to a delete; e or Esc to problems.
    pub(super) fn prompt_key(&mut self, action: Action) -> bool {
        let Some(prompt) = self.review.prompt.take() else {
            return false;
        };
        match (prompt, action) {
            (Prompt::Delete { id, was, title }, Action::Type('y' | 'Y')) => {
                // The selection moves to the next event, as it would in a list.
                let rows = self.rows();
                let row = self.cursor_row();
                let next = rows
                    .get(row + 1)
                    .or(row.checked_sub(1).and_then(|r| rows.get(r)));
                let select = next.map(|e| self.market.events.at(e).id().to_string());
                let change = Change {
                    events: vec![EventEdit::Delete { id, was }],
                    ..Change::default()
                };
                self.request(Write {
                    change,
                    done: format!("deleted: {title}"),
                    select,
                    advance: false,
                    undoing: None,
                })
            }
            (Prompt::Delete { .. }, Action::Type(_) | Action::Back) => self.say("not deleted"),
            (
                Prompt::Problems {
                    document,
                    original,
                    problems,
                },
                Action::Edit,
            ) => {
                // Back in the editor at the first problem, as a compiler's error is opened.
                let reopen = Document {
                    line: problems.first().map(|p| p.line),
                    ..document.clone()
                };
                self.review.prompt = Some(Prompt::Problems {
                    document,
                    original,
                    problems,
                });
                self.review.request = Some(Request::Edit(reopen));
                true
            }
            (Prompt::Problems { .. }, Action::Back) => self.say("edit abandoned; nothing written"),
            (prompt, Action::Quit) => {
                self.review.prompt = Some(prompt);
                self.quit = true;
                true
            }
            (prompt, _) => {
                self.review.prompt = Some(prompt);
                false
            }
        }
    }

    /// `u`: takes back the last change this session wrote.
    pub(super) fn undo(&mut self) -> bool {
        let Some(undo) = self.review.undo.pop() else {
            return self.say("nothing to undo in this session");
        };
        let select = undo.change.events.iter().find_map(|e| match e {
            EventEdit::Add { line, .. } | EventEdit::Replace { line, .. } => {
                serde_json::from_str::<serde_json::Value>(line)
                    .ok()
                    .and_then(|v| v.get("id")?.as_str().map(str::to_string))
            }
            EventEdit::Delete { .. } => None,
        });
        self.request(Write {
            change: undo.change.clone(),
            done: format!("undone: {}", undo.what),
            select,
            advance: false,
            undoing: Some(undo),
        })
    }

    /// `o`: the candidate's article, or the selected event's source, in the browser.
    pub(super) fn open_link(&mut self) -> bool {
        let address = if self.review.view == View::Inbox {
            let candidate = self.selected_candidate();
            candidate.and_then(|c| c.article.url.clone())
        } else {
            let event = self.selected();
            let source = event.and_then(|e| self.market.sources.get(e.source()?));
            source.and_then(|s| s.url.clone())
        };
        match address {
            Some(address) => {
                self.review.request = Some(Request::Open(address));
                true
            }
            None => self.say("no web address to open"),
        }
    }
}

#[cfg(test)]
pub mod fixture;

#[cfg(test)]
mod tests;
