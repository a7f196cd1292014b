//! `update` for every review action, on a data folder with an inbox.

use super::fixture::{app_on, folder};
use super::*;
use crate::desk::perform::perform;

fn no_editor(_: &str, _: Option<usize>) -> std::io::Result<String> {
    Err(std::io::Error::other("no editor in this test"))
}

/// Carries out what `update` asked, as the live loop does.
fn carry_out(app: &mut App, dir: &std::path::Path) {
    if let Some(request) = app.review.request.take() {
        perform(app, Some(dir), request, &mut no_editor);
    }
}

fn write_request(app: &App) -> &Write {
    match &app.review.request {
        Some(Request::Write(write)) => write,
        other => panic!("expected a write, got {other:?}"),
    }
}

fn selected_title(app: &App) -> String {
    app.selected()
        .map(|e| e.title().to_string())
        .unwrap_or_default()
}

#[test]
fn i_opens_the_inbox_newest_first_and_again_goes_back() {
    let dir = folder();
    let mut app = app_on(dir.path(), 120, 40);
    assert!(app.update(Action::Inbox));
    assert_eq!(app.review.view, View::Inbox);
    let ids: Vec<&str> = (app.review.order.iter())
        .map(|&c| app.market.inbox[c].id.as_str())
        .collect();
    assert_eq!(ids, ["c-00000002", "c-00000001", "c-00000003"]);
    assert_eq!(app.selected_candidate().unwrap().id, "c-00000002");
    assert!(app.update(Action::Down));
    assert_eq!(app.selected_candidate().unwrap().id, "c-00000001");
    assert!(app.update(Action::Bottom));
    assert_eq!(app.inbox_row(), 2);
    assert!(!app.update(Action::Down), "the last row stays");
    assert!(app.update(Action::Back));
    assert_eq!(app.review.view, View::Tracker);
    app.update(Action::Inbox);
    assert_eq!(app.inbox_row(), 2, "the inbox keeps its cursor");
    app.update(Action::Inbox);
    assert_eq!(app.review.view, View::Tracker);
}

#[test]
fn accept_asks_to_write_the_event_its_new_source_and_the_state() {
    let dir = folder();
    let mut app = app_on(dir.path(), 120, 40);
    app.update(Action::Inbox);
    app.update(Action::Down);
    assert!(app.update(Action::Accept));
    let write = write_request(&app);
    assert_eq!(write.select.as_deref(), Some("lazada-cikarang-warehouse"));
    assert!(write.advance);
    let change = &write.change;
    assert!(
        matches!(&change.events[..], [EventEdit::Add { line, at: None }]
        if line.starts_with(r#"{"id":"lazada-cikarang-warehouse","date":"2024-05-20""#))
    );
    assert_eq!(
        change.sources,
        [SourceEdit::Add(NewSource {
            id: "kabar-1a2b3c4d".into(),
            title: "Lazada tambah gudang di Cikarang".into(),
            publisher: "Kabar Niaga".into(),
            published: "2024-05-20".into(),
            url: Some("https://example.com/lazada-gudang".into()),
        })]
    );
    assert_eq!(
        change.reviews,
        [StateChange {
            candidate: "c-00000001".into(),
            from: State::New,
            to: State::Accepted,
        }]
    );
}

#[test]
fn an_accepted_event_is_selected_and_the_cursor_moves_to_the_next_new_candidate() {
    let dir = folder();
    let mut app = app_on(dir.path(), 120, 40);
    app.update(Action::Inbox);
    app.update(Action::Down);
    app.update(Action::Accept);
    carry_out(&mut app, dir.path());
    assert_eq!(
        app.review.message.as_deref(),
        Some("accepted: Lazada invests Rp2.5T in a Cikarang warehouse")
    );
    assert_eq!(
        selected_title(&app),
        "Lazada invests Rp2.5T in a Cikarang warehouse"
    );
    assert_eq!(app.market.events.len(), 29);
    assert_eq!(app.market.inbox_new(), 1);
    // The only new one left is above: the cursor wraps to it.
    assert_eq!(app.selected_candidate().unwrap().id, "c-00000002");
    assert_eq!(app.review.undo.len(), 1);
    // Accepting it again says so and writes nothing.
    app.update(Action::Up);
    app.update(Action::Down);
    assert_eq!(app.selected_candidate().unwrap().id, "c-00000001");
    assert!(app.update(Action::Accept));
    assert_eq!(app.review.request, None);
    assert_eq!(
        app.review.message.as_deref(),
        Some("already accepted: it is in the timeline")
    );
}

#[test]
fn an_accepted_event_is_scrolled_into_the_timeline_s_window() {
    let dir = folder();
    let mut app = app_on(dir.path(), 80, 24);
    app.update(Action::Top);
    assert_eq!(app.timeline().offset, 0);
    app.update(Action::Inbox);
    app.update(Action::Down);
    app.update(Action::Accept);
    carry_out(&mut app, dir.path());
    let rows = app.panes().timeline_rows();
    let timeline = app.timeline();
    assert_eq!(
        selected_title(&app),
        "Lazada invests Rp2.5T in a Cikarang warehouse"
    );
    // The newest event, so the last row: the window ends on it, not at the top.
    assert_eq!(timeline.selected, app.rows().len() - 1);
    assert_eq!(timeline.offset, timeline.selected + 1 - rows);
    app.update(Action::Back);
    assert_eq!(app.timeline(), timeline, "going back keeps it in view");
}

#[test]
fn a_rejected_candidate_can_still_be_accepted_and_the_footer_says_it_was_rejected() {
    let dir = folder();
    let mut app = app_on(dir.path(), 120, 40);
    app.update(Action::Inbox);
    app.update(Action::Bottom);
    assert_eq!(app.selected_candidate().unwrap().id, "c-00000003");
    assert_eq!(app.selected_candidate().unwrap().state, State::Rejected);
    assert!(app.update(Action::Accept));
    assert_eq!(
        write_request(&app).change.reviews,
        [StateChange {
            candidate: "c-00000003".into(),
            from: State::Rejected,
            to: State::Accepted,
        }]
    );
    carry_out(&mut app, dir.path());
    assert_eq!(
        app.review.message.as_deref(),
        Some("accepted, though rejected before: Shopee readies a large promotion")
    );
    assert_eq!(selected_title(&app), "Shopee readies a large promotion");
    let state = |app: &App| {
        let inbox = &app.market.inbox;
        inbox.iter().find(|c| c.id == "c-00000003").unwrap().state
    };
    assert_eq!(state(&app), State::Accepted);
    // Undo takes it back to rejected, not to new.
    app.update(Action::Undo);
    carry_out(&mut app, dir.path());
    assert_eq!(state(&app), State::Rejected);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("inbox.jsonl")).unwrap(),
        super::fixture::INBOX
    );
}

#[test]
fn reject_marks_the_candidate_and_undo_brings_it_back() {
    let dir = folder();
    let mut app = app_on(dir.path(), 120, 40);
    app.update(Action::Inbox);
    assert!(app.update(Action::Reject));
    let write = write_request(&app);
    assert!(write.change.events.is_empty() && write.change.sources.is_empty());
    assert_eq!(
        write.change.reviews,
        [StateChange {
            candidate: "c-00000002".into(),
            from: State::New,
            to: State::Rejected,
        }]
    );
    carry_out(&mut app, dir.path());
    let state = |app: &App, id: &str| app.market.inbox.iter().find(|c| c.id == id).unwrap().state;
    assert_eq!(state(&app, "c-00000002"), State::Rejected);
    assert_eq!(app.selected_candidate().unwrap().id, "c-00000001");
    // Rejecting a rejected candidate writes nothing.
    app.update(Action::Bottom);
    app.update(Action::Reject);
    assert_eq!(app.review.request, None);
    assert!(app.update(Action::Undo));
    assert!(matches!(&app.review.request, Some(Request::Write(w)) if w.undoing.is_some()));
    carry_out(&mut app, dir.path());
    assert_eq!(state(&app, "c-00000002"), State::New);
    assert_eq!(app.review.undo, []);
    assert!(app.update(Action::Undo));
    assert_eq!(app.review.request, None);
    assert_eq!(
        app.review.message.as_deref(),
        Some("nothing to undo in this session")
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("inbox.jsonl")).unwrap(),
        super::fixture::INBOX
    );
}

#[test]
fn accept_and_reject_outside_the_inbox_say_where_they_work() {
    let dir = folder();
    let mut app = app_on(dir.path(), 120, 40);
    for action in [Action::Accept, Action::Reject] {
        assert!(app.update(action));
        assert_eq!(app.review.request, None);
        assert!(app.review.message.as_deref().unwrap().contains("press i"));
    }
    // Any next key clears the message.
    app.update(Action::Down);
    assert_eq!(app.review.message, None);
}

#[test]
fn a_write_refused_on_disk_says_why_and_keeps_the_undo() {
    let dir = folder();
    let mut app = app_on(dir.path(), 120, 40);
    app.update(Action::Inbox);
    app.update(Action::Reject);
    // Someone else rejects it first.
    let inbox = super::fixture::INBOX.replacen(
        r#""state":"new","found":"2026-12-01T09"#,
        r#""state":"rejected","found":"2026-12-01T09"#,
        1,
    );
    std::fs::write(dir.path().join("inbox.jsonl"), inbox).unwrap();
    carry_out(&mut app, dir.path());
    let message = app.review.message.clone().unwrap();
    assert!(
        message.starts_with("not written: candidate c-00000002 is rejected now"),
        "{message}"
    );
    assert_eq!(app.review.undo, []);
}

#[test]
fn the_bundled_dataset_is_not_written() {
    let mut app = App::bundled();
    app.update(Action::Delete);
    app.update(Action::Type('y'));
    let request = app.review.request.take().unwrap();
    perform(&mut app, None, request, &mut no_editor);
    assert!(
        app.review
            .message
            .unwrap()
            .contains("start pasar with --data DIR")
    );
}

fn edit_request(app: &App) -> Document {
    match &app.review.request {
        Some(Request::Edit(document)) => document.clone(),
        other => panic!("expected an edit, got {other:?}"),
    }
}

/// Runs `update`'s requests with an editor that turns each document into the next of
/// `saves` (a function of the document it is given).
fn carry_out_editing(app: &mut App, dir: &std::path::Path, save: impl Fn(&str) -> String) {
    while let Some(request) = app.review.request.take() {
        perform(app, Some(dir), request, &mut |text: &str, _| Ok(save(text)));
    }
}

fn set(text: &str, field: &str, value: &str) -> String {
    (text.lines())
        .map(|l| match l.split_once(": ") {
            Some((key, _)) if key == field => format!("{field}: {value}"),
            _ if l == format!("{field}:") => format!("{field}: {value}"),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn editing_a_candidate_into_problems_writes_nothing_until_it_is_fixed() {
    let dir = folder();
    let mut app = app_on(dir.path(), 120, 40);
    app.update(Action::Inbox);
    app.update(Action::Down);
    assert!(app.update(Action::Edit));
    let document = edit_request(&app);
    assert!(
        document
            .text
            .contains("\nid: lazada-cikarang-warehouse\ndate: 2024-05-20\nkind: deal\n")
    );
    assert!(document.text.contains("\nsource: kabar-1a2b3c4d\ntags: logistics, warehouse\nfigure: investment | 2500000000000 | IDR\n"));
    assert!(matches!(&document.target, Target::Candidate { id, .. } if id == "c-00000001"));
    carry_out_editing(&mut app, dir.path(), |t| set(t, "date", "2024-02-30"));
    let Some(Prompt::Problems { problems, .. }) = &app.review.prompt else {
        panic!("expected the problems, got {:?}", app.review.prompt);
    };
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].line, 7);
    assert!(
        problems[0]
            .message
            .starts_with("date: 2024-02-30 does not exist"),
        "{:?}",
        problems[0]
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("inbox.jsonl")).unwrap(),
        super::fixture::INBOX
    );
    // Other keys wait for the answer.
    assert!(!app.update(Action::Down));
    assert!(app.review.prompt.is_some());
    // Back to the editor, with what the user wrote, at the line of the problem.
    assert!(app.update(Action::Edit));
    let reopened = edit_request(&app);
    assert!(reopened.text.contains("date: 2024-02-30"));
    assert_eq!(reopened.line, Some(7));
    carry_out_editing(&mut app, dir.path(), |t| {
        set(
            &set(t, "date", "2024-05-21"),
            "title",
            "Lazada opens a Cikarang warehouse",
        )
    });
    assert_eq!(app.review.prompt, None);
    assert_eq!(
        app.review.message.as_deref(),
        Some("draft saved: Lazada opens a Cikarang warehouse (a accepts it)")
    );
    let candidate = app.selected_candidate().unwrap();
    assert_eq!(candidate.state, State::New);
    assert_eq!(candidate.event.title, "Lazada opens a Cikarang warehouse");
    assert_eq!(candidate.event.date.to_string(), "2024-05-21");
    assert_eq!(app.market.events.len(), 28, "nothing accepted yet");
    app.update(Action::Accept);
    carry_out(&mut app, dir.path());
    assert_eq!(selected_title(&app), "Lazada opens a Cikarang warehouse");
    // Undo takes back the accept, then the draft's edit.
    app.update(Action::Undo);
    carry_out(&mut app, dir.path());
    app.update(Action::Undo);
    carry_out(&mut app, dir.path());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("inbox.jsonl")).unwrap(),
        super::fixture::INBOX
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("events.jsonl")).unwrap(),
        super::fixture::EVENTS
    );
}

#[test]
fn esc_abandons_an_edit_with_problems_and_an_untouched_document_writes_nothing() {
    let dir = folder();
    let mut app = app_on(dir.path(), 120, 40);
    app.update(Action::Edit);
    carry_out_editing(&mut app, dir.path(), |t| set(t, "kind", "rumour"));
    assert!(
        matches!(&app.review.prompt, Some(Prompt::Problems { problems, .. })
        if problems[0].message.starts_with("kind: unknown \"rumour\""))
    );
    assert!(app.update(Action::Back));
    assert_eq!(app.review.prompt, None);
    assert_eq!(
        app.review.message.as_deref(),
        Some("edit abandoned; nothing written")
    );
    for save in [|t: &str| t.to_string(), |_: &str| "# nothing\n".to_string()] {
        app.update(Action::Edit);
        carry_out_editing(&mut app, dir.path(), save);
        assert!(
            app.review
                .message
                .as_deref()
                .unwrap()
                .starts_with("nothing written")
        );
    }
    app.update(Action::Edit);
    let request = app.review.request.take().unwrap();
    perform(&mut app, Some(dir.path()), request, &mut no_editor);
    assert_eq!(
        app.review.message.as_deref(),
        Some("the editor did not run: no editor in this test; nothing written")
    );
    assert_eq!(app.review.undo, []);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("events.jsonl")).unwrap(),
        super::fixture::EVENTS
    );
}

#[test]
fn editing_an_event_keeps_it_selected_and_a_second_writer_s_line_survives() {
    let dir = folder();
    let mut app = app_on(dir.path(), 120, 40);
    app.update(Action::Down);
    let id = app.selected().unwrap().id().to_string();
    app.update(Action::Edit);
    let events = dir.path().join("events.jsonl");
    let appended = r#"{"id":"written-meanwhile","date":"2024-06","kind":"other","title":"Written by another program","actors":[]}"#;
    carry_out_editing(&mut app, dir.path(), |t| {
        // While the editor is open, another program appends an event.
        let mut text = std::fs::read_to_string(&events).unwrap();
        text.push_str(appended);
        text.push('\n');
        std::fs::write(&events, text).unwrap();
        set(t, "title", "Edited in the tracker")
    });
    assert_eq!(
        app.review.message.as_deref(),
        Some("edited: Edited in the tracker")
    );
    assert_eq!(app.selected().unwrap().id(), id);
    assert_eq!(selected_title(&app), "Edited in the tracker");
    let text = std::fs::read_to_string(&events).unwrap();
    assert!(
        text.ends_with(&format!("{appended}\n")),
        "the other writer's line is kept"
    );
    assert_eq!(text.matches("Edited in the tracker").count(), 1);
    assert_eq!(app.market.events.len(), 29);
}

#[test]
fn a_change_on_disk_to_the_event_being_edited_is_refused() {
    let dir = folder();
    let mut app = app_on(dir.path(), 120, 40);
    app.update(Action::Edit);
    let events = dir.path().join("events.jsonl");
    carry_out_editing(&mut app, dir.path(), |t| {
        let text = std::fs::read_to_string(&events).unwrap();
        std::fs::write(
            &events,
            text.replacen("TikTok CEO in Jakarta", "Someone else's words", 1),
        )
        .unwrap();
        set(t, "title", "Mine")
    });
    let message = app.review.message.clone().unwrap();
    assert!(
        message.contains("was changed in events.jsonl since pasar read it; nothing written"),
        "{message}"
    );
    assert!(!std::fs::read_to_string(&events).unwrap().contains("Mine"));
}

#[test]
fn a_new_event_starts_today_and_delete_asks_first() {
    let dir = folder();
    let mut app = app_on(dir.path(), 120, 40);
    assert!(app.update(Action::NewEvent));
    let document = edit_request(&app);
    assert_eq!(document.target, Target::New);
    assert!(
        document
            .text
            .contains("\nid: \ndate: 2026-12-02\nkind: other\nstatus: occurred\ntitle: \n"),
        "{}",
        document.text
    );
    carry_out_editing(&mut app, dir.path(), |t| {
        set(&set(t, "title", "Blibli opens a store"), "actors", "blibli")
    });
    assert_eq!(
        app.review.message.as_deref(),
        Some("added: Blibli opens a store")
    );
    assert_eq!(app.selected().unwrap().id(), "2026-12-02-other-blibli");
    assert_eq!(app.market.events.len(), 29);
    // d asks; n keeps it.
    assert!(app.update(Action::Delete));
    assert_eq!(
        app.action_for(crate::app::Key::plain(
            ratatui::crossterm::event::KeyCode::Char('n')
        )),
        Some(Action::Type('n'))
    );
    app.update(Action::Type('n'));
    assert_eq!(app.review.request, None);
    assert_eq!(app.review.message.as_deref(), Some("not deleted"));
    // d, y deletes it; the selection moves to a neighbour.
    app.update(Action::Delete);
    app.update(Action::Type('y'));
    carry_out(&mut app, dir.path());
    assert_eq!(
        app.review.message.as_deref(),
        Some("deleted: Blibli opens a store")
    );
    assert_eq!(app.market.events.len(), 28);
    assert!(app.selected().is_some());
    // u brings it back, selected.
    app.update(Action::Undo);
    carry_out(&mut app, dir.path());
    assert_eq!(app.selected().unwrap().id(), "2026-12-02-other-blibli");
    app.update(Action::Undo);
    carry_out(&mut app, dir.path());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("events.jsonl")).unwrap(),
        super::fixture::EVENTS
    );
}

#[test]
fn o_asks_to_open_the_article_or_the_source_and_says_when_there_is_none() {
    let dir = folder();
    let mut app = app_on(dir.path(), 120, 40);
    app.update(Action::Inbox);
    assert!(app.update(Action::OpenLink));
    assert_eq!(
        app.review.request,
        Some(Request::Open("https://example.com/tiktok-tutup".into()))
    );
    app.review.request = None;
    app.update(Action::Bottom);
    app.update(Action::OpenLink);
    assert_eq!(app.review.request, None);
    assert_eq!(
        app.review.message.as_deref(),
        Some("no web address to open")
    );
    app.update(Action::Inbox);
    let with_url = (app.market.events.iter())
        .find(|e| {
            e.source()
                .is_some_and(|s| app.market.sources[s].url.is_some())
        })
        .map(|e| e.id().to_string())
        .unwrap();
    app.select_event_id(&with_url);
    app.update(Action::OpenLink);
    let source = app
        .selected()
        .and_then(|e| app.market.sources.get(e.source()?))
        .unwrap();
    assert_eq!(
        app.review.request,
        Some(Request::Open(source.url.clone().unwrap()))
    );
}
