use super::*;
use crate::data::{Date, Figure};

fn event(id: &str, actors: Vec<usize>, tags: &[&str]) -> Event {
    Event {
        id: id.into(),
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
        ..Event::blank(Date::parse("2023-10-04").unwrap())
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
fn appended_segments_are_found_by_index_and_in_order() {
    let parts: Vec<Vec<Event>> = vec![
        vec![event("a", vec![1], &["t"]), event("bb", vec![0, 3], &[])],
        vec![],
        vec![event("ccc", vec![2], &["u", "v"])],
        vec![event("d", vec![], &["w"]), event("ee", vec![4], &[])],
    ];
    let mut events = Events::for_file_bytes(100);
    for part in &parts {
        events.append(Events::from(part.clone()));
    }
    let all = parts.concat();
    assert_eq!(events.len(), 5);
    assert_eq!(events.segments.len(), 3, "empty segments are dropped");
    assert_eq!(events.to_vec(), all);
    for (i, event) in all.iter().enumerate() {
        assert_eq!(events.at(i).to_event(), *event);
    }
    assert!(events.get(5).is_none());
    for start in 0..=6 {
        let from: Vec<(usize, &str)> = events.iter_from(start).map(|(i, e)| (i, e.id())).collect();
        let expected: Vec<(usize, &str)> = (all.iter().enumerate().skip(start))
            .map(|(i, e)| (i, e.id.as_str()))
            .collect();
        assert_eq!(from, expected, "from {start}");
    }
    let backwards: Vec<&str> = events.iter().rev().map(|e| e.id()).collect();
    assert_eq!(backwards, ["ee", "d", "ccc", "bb", "a"]);
    events.push(&event("f", vec![], &[]));
    assert_eq!((events.len(), events.at(5).id()), (6, "f"));
}

#[test]
fn a_row_dropped_unfinished_leaves_nothing_behind() {
    let mut events = Events::from(vec![event("a", vec![1], &["t"])]);
    let before = events.clone();
    let mut row = events.new_row();
    row.text("half an event");
    row.player(3);
    row.text_item("gone");
    row.figure("l", 1.0, "u");
    drop(row);
    let sizes = |e: &Events| {
        let s = &e.segments[0];
        (
            s.text.len(),
            s.players.len(),
            s.figures.len(),
            s.texts.len(),
            e.len(),
        )
    };
    assert_eq!(sizes(&events), sizes(&before));
    assert_eq!(events, before);
}

#[test]
fn equality_compares_content_not_where_text_is_kept() {
    let a = Events::from(vec![event("a", vec![1], &["t"]), event("bb", vec![], &[])]);
    let mut b = Events::default();
    b.append(Events::from(vec![event("a", vec![1], &["t"])]));
    b.append(Events::from(vec![event("bb", vec![], &[])]));
    assert_eq!(a, b);
    let c = Events::from(vec![
        event("a", vec![1], &["t"]),
        event("bb", vec![], &["x"]),
    ]);
    assert_ne!(a, c);
}
