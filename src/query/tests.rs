use proptest::prelude::*;

use super::*;

fn market() -> Market {
    crate::data::DataSource::Embedded
        .load()
        .expect("the bundled dataset is valid")
}

fn date(text: &str) -> Date {
    Date::parse(text).expect("a valid date")
}

fn q(qualifier: Qualifier) -> Term<'static> {
    Term::Qualifier(qualifier)
}

fn text(word: &str) -> Term<'static> {
    Term::Text(Cow::Owned(word.to_string()))
}

/// The query's words in a fixed order (a query keeps them as a set).
fn parsed(query: &str) -> Result<Vec<Term<'static>>, QueryError> {
    let mut terms = parse(query)?;
    terms.sort_by_key(|t| format!("{t:?}"));
    Ok(terms)
}

#[test]
fn every_qualifier_and_free_text_parse_to_their_terms() {
    for (query, term) in [
        ("Reuters", text("reuters")),
        ("2023-11", text("2023-11")),
        ("15:00", text("15:00")),
        ("https://example.com", text("https://example.com")),
        ("kind:deal", q(Qualifier::Kind(Kind::Deal))),
        ("KIND:Deal", q(Qualifier::Kind(Kind::Deal))),
        ("status:planned", q(Qualifier::Status(Status::Planned))),
        ("status:overdue", q(Qualifier::Overdue)),
        ("overdue", q(Qualifier::Overdue)),
        ("player:GoTo", q(Qualifier::Player("goto".into()))),
        ("source:reuters", q(Qualifier::Source("reuters".into()))),
        ("tag:ban", q(Qualifier::Tag("ban".into()))),
        ("from:2023-10", q(Qualifier::From(date("2023-10")))),
        ("to:2023-12-31", q(Qualifier::To(date("2023-12-31")))),
    ] {
        assert_eq!(parsed(query), Ok(vec![term]), "{query}");
    }
}

#[test]
fn words_combine_and_repeat_once() {
    assert_eq!(
        parsed("  kind:deal   player:goto tiktok kind:deal\ttiktok "),
        Ok(vec![
            q(Qualifier::Kind(Kind::Deal)),
            q(Qualifier::Player("goto".into())),
            text("tiktok"),
        ])
    );
    assert_eq!(parsed(""), Ok(vec![]));
    assert_eq!(parsed("   "), Ok(vec![]));
}

#[test]
fn bad_qualifiers_say_what_is_wrong_and_where() {
    let kinds = Kind::choices();
    for (query, column, message) in [
        (
            "kind:dael",
            1,
            format!("kind: unknown kind \"dael\"; one of {kinds}"),
        ),
        (
            "deal status:done",
            6,
            "status: unknown status \"done\"; one of occurred | planned | reported | overdue"
                .to_string(),
        ),
        (
            "tiktok kind:",
            8,
            "kind: needs a value after the colon".into(),
        ),
        ("from:2023-13 x", 1, "from: month 13 does not exist".into()),
        (
            "to:23",
            1,
            "to: expected a date as YYYY, YYYY-MM or YYYY-MM-DD".into(),
        ),
        (
            "when:2023",
            1,
            format!("unknown qualifier when:; use {QUALIFIERS}"),
        ),
        (
            &format!("tag:{}", "x".repeat(200)),
            1,
            "tag: value longer than 100 bytes".into(),
        ),
    ] {
        assert_eq!(
            parse(query),
            Err(QueryError {
                column,
                message: message.clone()
            }),
            "{query}"
        );
    }
    let many: String = (0..70).map(|i| format!("w{i} ")).collect();
    assert_eq!(
        parse(&many).map_err(|e| e.message),
        Err(format!("more than {MOST_WORDS} different words"))
    );
}

/// The ids of the bundled events a query matches, in file order.
fn ids(query: &str, today: Option<Date>) -> Vec<String> {
    let market = market();
    let terms = parse(query).expect("a valid query");
    let matcher = Matcher::new(&market, terms, today).expect("resolves");
    (market.events.iter())
        .filter(|&e| matcher.matches(e))
        .map(|e| e.id().to_string())
        .collect()
}

#[test]
fn free_text_is_found_in_sources_publishers_groups_tags_status_and_dates() {
    let today = Some(date("2026-12-02"));
    assert_eq!(ids("reuters", today).len(), 6, "publisher and source id");
    // ByteDance is TikTok's group: its events, and no others.
    let bytedance = ids("bytedance", today);
    let tiktok = ids("player:tiktok", today);
    assert!(!bytedance.is_empty() && bytedance.iter().all(|id| tiktok.contains(id)));
    assert_eq!(
        ids("2023-11-1", today),
        [
            "teten-chew-meeting-postponed",
            "tiktok-talks-five-firms",
            "teten-tasked-with-ecommerce-rules",
            "tiktok-indonesia-no-comment",
            "tokopedia-declines-comment",
            "bukalapak-unaware-of-talks",
            "blibli-no-reply",
            "shopee-lazada-major-players",
        ]
    );
    assert_eq!(ids("postponed", today), ["teten-chew-meeting-postponed"]);
    let planned = ids("planned", today);
    assert!(
        ids("status:planned", today)
            .iter()
            .all(|id| planned.contains(id)),
        "status as text"
    );
    assert_eq!(
        ids("Kemendag ban", today),
        [
            "permendag-31-2023-in-force",
            "social-commerce-rules-announced"
        ],
        "a short name and a tag, both needed"
    );
}

#[test]
fn each_qualifier_narrows_by_its_field() {
    let today = Some(date("2024-04-15"));
    assert_eq!(
        ids("kind:deal", today),
        [
            "tiktok-tokopedia-deal-signed",
            "tiktok-tokopedia-deal-announced",
            "tiktok-tokopedia-deal-completed"
        ]
    );
    assert_eq!(
        ids("status:planned", today),
        [
            "teten-chew-meeting-planned",
            "tiktok-tokopedia-long-stop-date",
            "tiktok-tokopedia-compliance-target"
        ]
    );
    assert_eq!(
        ids("source:zawya", today),
        ["tiktok-tokopedia-long-stop-date"]
    );
    assert_eq!(
        ids("tag:BAN", today),
        [
            "permendag-31-2023-in-force",
            "social-commerce-rules-announced"
        ]
    );
    assert_eq!(
        ids("from:2024", today),
        [
            "tiktok-tokopedia-deal-completed",
            "tiktok-tokopedia-long-stop-date",
            "tiktok-tokopedia-compliance-target"
        ]
    );
    assert_eq!(
        ids("to:2023-09", today),
        [
            "tiktok-ceo-jakarta-visit",
            "permendag-31-2023-signed",
            "permendag-31-2023-in-force",
            "social-commerce-rules-announced"
        ]
    );
    // A month overlaps a range that starts inside it; a day range takes in that month.
    assert_eq!(
        ids("from:2023-11-05 to:2023-11-10", today),
        ["teten-chew-meeting-planned", "teten-chew-meeting-postponed"]
    );
    // April 2024 is not over on the 15th: only the long-stop date is overdue.
    assert_eq!(
        ids("overdue", today),
        [
            "teten-chew-meeting-planned",
            "tiktok-tokopedia-long-stop-date"
        ]
    );
    assert_eq!(
        ids("overdue", None),
        Vec::<String>::new(),
        "no today, nothing overdue"
    );
}

#[test]
fn a_player_takes_in_its_group_members_down_the_groups() {
    let today = None;
    let goto = ids("player:goto", today);
    assert!(
        goto.contains(&"tokopedia-declines-comment".to_string()),
        "Tokopedia is GoTo's"
    );
    assert!(goto.contains(&"goto-shares-fall".to_string()));
    let tiktok = ids("player:TikTok", today);
    assert!(
        tiktok.contains(&"tiktok-shop-closes".to_string()),
        "TikTok Shop is TikTok's"
    );
    // ByteDance is no player, but TikTok's group: TikTok, and TikTok Shop under it.
    assert_eq!(ids("player:bytedance", today), tiktok);
    // By alias and short name too.
    assert_eq!(ids("player:tokped", today), ids("player:tokopedia", today));
    assert_eq!(
        ids("player:kemendag", today),
        ids("player:ministry-of-trade", today)
    );
    // Several players: events with all of them.
    assert_eq!(
        ids("player:goto player:tiktok-shop kind:deal", today),
        ["tiktok-tokopedia-deal-announced"]
    );
}

#[test]
fn names_that_name_nothing_are_refused_when_resolved() {
    let market = market();
    for (query, message) in [
        ("player:gojek", "player: no player or group \"gojek\""),
        (
            "source:bloomberg",
            "source: no source's id, title or publisher has \"bloomberg\"",
        ),
    ] {
        let terms = parse(query).expect("parses");
        let found = Matcher::new(&market, terms, None).err();
        assert_eq!(found.as_deref(), Some(message), "{query}");
        let terms = parse(&format!("deal {query}")).expect("parses");
        let (matcher, refused) = Matcher::accepting(&market, terms, None);
        assert_eq!(refused.as_deref(), Some(message));
        let deal = market.events.iter().filter(|&e| matcher.matches(e)).count();
        assert_eq!(deal, ids("deal", None).len(), "the other words still count");
    }
}

#[test]
fn typing_and_erasing_say_how_the_meaning_changed() {
    let mut typed = Typed::default();
    let changes: Vec<Change> = "ti k:".chars().map(|c| typed.push(c)).collect();
    assert_eq!(
        changes,
        [
            Change::Narrower,
            Change::Narrower,
            Change::Same,
            Change::Narrower,
            Change::Other
        ]
    );
    assert_eq!(typed.text(), "ti k:");
    assert!(typed.check().is_err());
    assert!(typed.pop());
    assert!(typed.check().is_ok());
    typed.pop_word();
    assert_eq!(typed.text(), "ti");
    typed.pop_word();
    assert!(typed.is_empty() && !typed.pop());
}

/// What a query looks like from the outside, to compare two ways of typing it.
fn state(typed: &Typed) -> (String, Result<(), QueryError>, Vec<String>) {
    let mut terms: Vec<String> = typed.terms().map(|t| format!("{t:?}")).collect();
    terms.sort();
    terms.dedup();
    (typed.text().to_string(), typed.check(), terms)
}

fn keys() -> impl Strategy<Value = Vec<Option<char>>> {
    let chars = vec![
        Some('a'),
        Some('K'),
        Some(' '),
        Some('\t'),
        Some(':'),
        Some('-'),
        Some('2'),
        Some('É'),
        Some('ß'),
        None,
    ];
    let words = [
        "kind:deal ",
        "tag:ban ",
        "from:2023 ",
        "overdue ",
        "kind:x ",
    ];
    let word = prop::sample::select(words.to_vec()).prop_map(|w| w.chars().map(Some).collect());
    let key = prop::sample::select(chars).prop_map(|k| vec![k]);
    prop::collection::vec(prop_oneof![3 => key, 1 => word], 0..60)
        .prop_map(|parts| parts.into_iter().flatten().collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any mix of typing and erasing (None) leaves the query as if its text had been
    /// typed in one go.
    #[test]
    fn typing_and_erasing_agree_with_typing_the_text_at_once(keys in keys()) {
        let mut typed = Typed::default();
        for key in &keys {
            match key {
                Some(c) => { typed.push(*c); }
                None => { typed.pop(); }
            }
        }
        let mut fresh = Typed::default();
        for c in typed.text().chars() {
            fresh.push(c);
        }
        prop_assert_eq!(state(&typed), state(&fresh));
    }
}

#[test]
fn finds_needles_ignoring_case_anywhere() {
    let contains_folded = |text: &str, needle: &str| find_folded(text, needle, needle.is_ascii());
    for (text, needle, found) in [
        ("TikTok Shop", "tiktok", true),
        ("TikTok Shop", "shop", true),
        ("TikTok Shop", "k s", true),
        ("TikTok Shop", "shops", false),
        ("GOTO.JK", "goto.jk", true),
        ("", "a", false),
        ("abc", "", true),
        ("Kementerian Perdagangan", "perdagangan", true),
        ("pp", "ppp", false),
        ("aaab", "aab", true),
        ("Érable café", "café", true),
        ("ÉCOLE", "école", true),
        ("naïve", "ïv", true),
        ("Deal", "dEAL".to_lowercase().as_str(), true),
    ] {
        assert_eq!(
            contains_folded(text, needle),
            found,
            "{text:?} / {needle:?}"
        );
    }
}

#[test]
fn find_folded_agrees_with_lowercasing_both_sides() {
    let texts = [
        "TikTok in talks with five firms",
        "Rp5,338 triliun",
        "ÀÉÎõü ascii MiXeD",
        "x",
    ];
    for text in texts {
        for start in 0..text.len() {
            for end in start..=text.len() {
                let Some(part) = text.get(start..end) else {
                    continue;
                };
                let needle = part.to_lowercase();
                assert!(
                    find_folded(text, &needle, needle.is_ascii()),
                    "{text:?} / {needle:?}"
                );
                let other = format!("{needle}#");
                assert_eq!(
                    find_folded(text, &other, other.is_ascii()),
                    text.to_lowercase().contains(&other)
                );
            }
        }
    }
}
