//! `update` for every review action, on a data folder with an inbox.

use super::fixture::{app_on, folder};
use super::*;
use crate::desk::perform::perform;

fn no_editor(_: &str) -> std::io::Result<String> {
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
