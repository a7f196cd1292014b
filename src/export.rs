//! `pasar export`: the validated dataset as JSON Lines or CSV.
//!
//! Events come out as JSON Lines in the very format of `events.jsonl`, so an export can be
//! loaded back as a dataset.

mod shapes;

use std::borrow::Cow;
use std::io::{self, Write};

use serde::Serialize;

use crate::data::schema::*;
use crate::data::{Event, EventRef, Events, Kind, Market, Player, Series, Status};
use crate::query::Matcher;

/// Which of the market's tables to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    Events,
    Players,
    Series,
    Sources,
}

/// How to write it: JSON Lines (one object a line) or CSV with a header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
}

/// Writes one table of the market to `out`.
pub fn export(
    market: &Market,
    table: Table,
    format: Format,
    out: &mut impl Write,
) -> io::Result<()> {
    export_matching(market, table, format, None, out)
}

/// Writes one table of the market to `out`; events only those `query` matches (in file
/// order, as they are in `events.jsonl`), when there is one.
pub fn export_matching(
    market: &Market,
    table: Table,
    format: Format,
    query: Option<&Matcher>,
    out: &mut impl Write,
) -> io::Result<()> {
    let events = || (market.events.iter()).filter(move |&e| query.is_none_or(|q| q.matches(e)));
    match (table, format) {
        (Table::Events, Format::Json) => {
            json_lines(out, events().map(|e| EventRecord::new(market, e)))
        }
        (Table::Players, Format::Json) => json_lines(out, player_records(market)),
        (Table::Series, Format::Json) => json_lines(
            out,
            market.series.iter().map(|s| SeriesRecord::new(market, s)),
        ),
        (Table::Sources, Format::Json) => json_lines(out, source_records(market)),
        (Table::Events, Format::Csv) => events_csv(market, events(), out),
        (Table::Players, Format::Csv) => players_csv(market, out),
        (Table::Series, Format::Csv) => series_csv(market, out),
        (Table::Sources, Format::Csv) => sources_csv(market, out),
    }
}

/// A source as exported: the `[[sources]]` entry and how many events cite it.
#[derive(Serialize)]
struct SourceRecord<'a> {
    id: &'a str,
    title: &'a str,
    publisher: &'a str,
    published: String,
    url: Option<&'a str>,
    /// How many events cite it.
    events: usize,
}

fn source_records(market: &Market) -> impl Iterator<Item = SourceRecord<'_>> {
    let mut counts = vec![0; market.sources.len()];
    for event in market.events.iter() {
        if let Some(count) = event.source().and_then(|s| counts.get_mut(s)) {
            *count += 1;
        }
    }
    (market.sources.iter())
        .zip(counts)
        .map(|(s, events)| SourceRecord {
            id: &s.id,
            title: &s.title,
            publisher: &s.publisher,
            published: s.published.to_string(),
            url: s.url.as_deref(),
            events,
        })
}

fn sources_csv(market: &Market, out: &mut impl Write) -> io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(["id", "title", "publisher", "published", "url", "events"])
        .map_err(csv_error)?;
    for s in source_records(market) {
        csv.write_record([
            s.id,
            s.title,
            s.publisher,
            &s.published,
            s.url.unwrap_or(""),
            &s.events.to_string(),
        ])
        .map_err(csv_error)?;
    }
    csv.flush()
}

fn json_lines<T: Serialize>(
    out: &mut impl Write,
    records: impl Iterator<Item = T>,
) -> io::Result<()> {
    for record in records {
        let line = json(&record)?;
        out.write_all(line.as_bytes())?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// `value` as one line of JSON in which every character that could drive a terminal
/// (C1 controls such as U+009B, DEL, bidi overrides, zero-width characters) is written
/// as a `\uXXXX` escape, as serde_json already writes C0 controls: the line decodes to
/// exactly the same text, and printing it raw is harmless.
pub fn json(value: &impl Serialize) -> serde_json::Result<String> {
    let line = serde_json::to_string(value)?;
    if !line.chars().any(crate::data::error::is_unsafe_char) {
        return Ok(line);
    }
    let mut safe = String::with_capacity(line.len() + 16);
    for c in line.chars() {
        if crate::data::error::is_unsafe_char(c) {
            // Outside strings JSON has only ASCII punctuation, so c is inside one.
            safe.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            safe.push(c);
        }
    }
    Ok(safe)
}

/// CSV bound for a terminal: each line cleaned as the tracker cleans data text, so a
/// title cannot set the window title of whoever exports. Files and pipes get it exact.
pub fn for_terminal(csv: &[u8]) -> String {
    let text = String::from_utf8_lossy(csv);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        // Only the line's own ending stays raw: a `\r` before it is data, and shown escaped.
        let ending = if line.ends_with("\r\n") {
            2
        } else {
            usize::from(line.ends_with('\n'))
        };
        let body = &line[..line.len() - ending];
        out.push_str(&crate::text::clean(body));
        out.push_str(&line[body.len()..]);
    }
    out
}

/// Whole numbers print without a fractional part (`3000000`, not `3000000.0`).
pub(crate) fn number<S: serde::Serializer>(value: &f64, s: S) -> Result<S::Ok, S::Error> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: integers below it are exact in f64
    if value.fract() == 0.0 && value.abs() < EXACT {
        s.serialize_i64(*value as i64)
    } else {
        s.serialize_f64(*value)
    }
}

/// One event as a line of `events.jsonl` (without the newline); `ingest` writes its
/// candidates through this, so they load exactly like exported events.
pub fn event_line(market: &Market, event: &Event) -> serde_json::Result<String> {
    let mut one = Events::default();
    one.push(event);
    json(&EventRecord::new(market, one.at(0)))
}

/// One event as a line of `events.jsonl` citing `source` by id, which need not be among
/// the market's sources yet: an inbox candidate's event cites the article it came from.
pub fn event_line_citing(
    market: &Market,
    event: &Event,
    source: Option<&str>,
) -> serde_json::Result<String> {
    let mut one = Events::default();
    one.push(event);
    let mut record = EventRecord::new(market, one.at(0));
    record.source = source;
    json(&record)
}

pub(crate) fn optional_number<S: serde::Serializer>(
    value: &Option<f64>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => number(v, s),
        None => s.serialize_none(),
    }
}

/// How the export writes a shape: its JSON value, and its CSV cell.
trait Export: Shape {
    /// The value as JSON writes it: ids for indexes, words for enums.
    type Record<'a>: Serialize;
    fn record<'a>(market: &'a Market, value: Self::Ref<'a>) -> Self::Record<'a>;
    /// Whether JSON leaves the field out: an absent optional value, an empty optional list.
    fn omit(_: &Self::Record<'_>) -> bool {
        false
    }
    /// The value as one CSV cell (a list as in [`list`]).
    fn cell<'r>(record: &'r Self::Record<'_>) -> Cow<'r, str>;
}

/// One event as `events.jsonl` and the CSV export write it, generated from
/// [`event_fields!`]: JSON in the table's order, CSV in its columns.
macro_rules! event_record {
    ($($(#[$doc:meta])* $field:ident: $shape:ty, csv $csv:literal, doc $line:literal;)*) => {
        const EVENT_FIELDS: usize = [$(stringify!($field)),*].len();

        struct EventRecord<'a> {
            $($field: <$shape as Export>::Record<'a>,)*
        }

        impl<'a> EventRecord<'a> {
            fn new(market: &'a Market, event: EventRef<'a>) -> Self {
                EventRecord {
                    $($field: <$shape as Export>::record(market, event.$field()),)*
                }
            }

            /// The CSV header: each field's name in its column.
            const HEADER: [&'static str; EVENT_FIELDS] = {
                let mut header = [""; EVENT_FIELDS];
                $(header[$csv] = stringify!($field);)*
                header
            };

            /// The CSV record: each field's cell in its column.
            fn cells(&self) -> [Cow<'_, str>; EVENT_FIELDS] {
                let mut cells: [Cow<'_, str>; EVENT_FIELDS] = Default::default();
                $(cells[$csv] = <$shape as Export>::cell(&self.$field);)*
                cells
            }
        }

        impl Serialize for EventRecord<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeStruct;
                let mut out = s.serialize_struct("Event", EVENT_FIELDS)?;
                $(
                    if <$shape as Export>::omit(&self.$field) {
                        out.skip_field(stringify!($field))?;
                    } else {
                        out.serialize_field(stringify!($field), &self.$field)?;
                    }
                )*
                out.end()
            }
        }
    };
}
event_fields!(event_record);

#[derive(Serialize)]
struct PlayerRecord<'a> {
    id: &'a str,
    name: &'a str,
    group: Option<&'a str>,
    ticker: Option<&'a str>,
    role: &'static str,
    aliases: &'a [String],
    /// How many events the player takes part in.
    events: usize,
}

fn player_records(market: &Market) -> impl Iterator<Item = PlayerRecord<'_>> {
    let counts = market.events_per_player();
    market
        .players
        .iter()
        .zip(counts)
        .map(|(p, events): (&Player, usize)| PlayerRecord {
            id: &p.id,
            name: &p.name,
            group: p.group.as_deref(),
            ticker: p.ticker.as_deref(),
            role: p.role.as_str(),
            aliases: &p.aliases,
            events,
        })
}

#[derive(Serialize)]
struct SeriesRecord<'a> {
    id: &'a str,
    name: &'a str,
    unit: &'a str,
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    player: Option<&'a str>,
    points: Vec<PointRecord>,
}

#[derive(Serialize)]
struct PointRecord {
    year: i32,
    #[serde(serialize_with = "number")]
    value: f64,
    projected: bool,
    #[serde(
        serialize_with = "optional_number",
        skip_serializing_if = "Option::is_none"
    )]
    low: Option<f64>,
    #[serde(
        serialize_with = "optional_number",
        skip_serializing_if = "Option::is_none"
    )]
    high: Option<f64>,
}

impl<'a> SeriesRecord<'a> {
    fn new(market: &'a Market, series: &'a Series) -> Self {
        SeriesRecord {
            id: &series.id,
            name: &series.name,
            unit: &series.unit,
            source: series.source.map(|s| market.sources[s].id.as_str()),
            player: series.player.map(|p| market.players[p].id.as_str()),
            points: series
                .points
                .iter()
                .map(|p| PointRecord {
                    year: p.year,
                    value: p.value,
                    projected: p.projected,
                    low: p.low,
                    high: p.high,
                })
                .collect(),
        }
    }
}

fn csv_error(e: csv::Error) -> io::Error {
    io::Error::other(e)
}

/// A value as CSV text, whole numbers without a fractional part, like the JSON.
fn plain(value: f64) -> String {
    // Display prints the shortest text that reads back as the same f64, and whole
    // numbers without ".0": what `number` writes for JSON.
    value.to_string()
}

/// A list in one CSV cell: items between `;`, and a `\` before any `;` or `\` inside an
/// item, so that the cell splits back into the same items.
fn list<S: AsRef<str>>(items: &[S]) -> String {
    let escaped: Vec<String> = (items.iter())
        .map(|item| item.as_ref().replace('\\', "\\\\").replace(';', "\\;"))
        .collect();
    escaped.join(";")
}

fn events_csv<'a>(
    market: &'a Market,
    events: impl Iterator<Item = EventRef<'a>>,
    out: &mut impl Write,
) -> io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(EventRecord::HEADER).map_err(csv_error)?;
    for event in events {
        // The same record JSON export writes, flattened: lists as in `list`.
        let record = EventRecord::new(market, event);
        let cells = record.cells();
        (csv.write_record(cells.iter().map(|cell| cell.as_bytes()))).map_err(csv_error)?;
    }
    csv.flush()
}

fn players_csv(market: &Market, out: &mut impl Write) -> io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(["id", "name", "group", "ticker", "role", "aliases", "events"])
        .map_err(csv_error)?;
    for p in player_records(market) {
        csv.write_record([
            p.id,
            p.name,
            p.group.unwrap_or(""),
            p.ticker.unwrap_or(""),
            p.role,
            &list(p.aliases),
            &p.events.to_string(),
        ])
        .map_err(csv_error)?;
    }
    csv.flush()
}

fn series_csv(market: &Market, out: &mut impl Write) -> io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record([
        "series",
        "unit",
        "year",
        "value",
        "projected",
        "low",
        "high",
    ])
    .map_err(csv_error)?;
    for series in &market.series {
        for p in &series.points {
            csv.write_record([
                series.id.as_str(),
                &series.unit,
                &p.year.to_string(),
                &plain(p.value),
                if p.projected { "true" } else { "false" },
                &p.low.map(plain).unwrap_or_default(),
                &p.high.map(plain).unwrap_or_default(),
            ])
            .map_err(csv_error)?;
        }
    }
    csv.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits a cell as a reader of the format would.
    fn split(cell: &str) -> Vec<String> {
        let mut items = vec![String::new()];
        let mut chars = cell.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => items.last_mut().unwrap().extend(chars.next()),
                ';' => items.push(String::new()),
                c => items.last_mut().unwrap().push(c),
            }
        }
        items
    }

    #[test]
    fn a_list_cell_splits_back_into_its_items() {
        assert_eq!(list(&["m&a", "deal"]), "m&a;deal");
        let items = ["a;b", "back\\slash", "", "end\\", ";"];
        assert_eq!(list(&items), "a\\;b;back\\\\slash;;end\\\\;\\;");
        assert_eq!(split(&list(&items)), items);
    }

    #[test]
    fn csv_tags_with_semicolons_are_escaped() {
        let mut market = crate::data::DataSource::Embedded.load().unwrap();
        let mut events = market.events.to_vec();
        events[0].tags = vec!["price; war".into(), "plain".into()];
        market.events = events.into();
        let mut out = Vec::new();
        export(&market, Table::Events, Format::Csv, &mut out).unwrap();
        let mut reader = csv::Reader::from_reader(out.as_slice());
        let first = reader.records().next().unwrap().unwrap();
        assert_eq!(&first[9], "price\\; war;plain");
        assert_eq!(split(&first[9]), ["price; war", "plain"]);
    }

    /// A line that gives every field of the format, in the format's order.
    const EVERY_FIELD: &str = r#"{"id":"tokopedia-stake-sold","date":"2023-12","kind":"deal","title":"A stake in Tokopedia changes hands","summary":"Written for this test.","actors":["tiktok","tokopedia"],"figures":[{"label":"stake","value":75.01,"unit":"%"}],"source":"pinusi-2023-11","status":"reported","tags":["m&a","a;b"]}"#;

    /// The bundled market with `line` as its only event.
    fn market_of(line: &str) -> Market {
        use std::path::Path;
        let (m, e) = (Path::new("market.toml"), Path::new("events.jsonl"));
        let market = crate::data::EMBEDDED_MARKET.as_bytes();
        (crate::data::Dataset::from_bytes(m, market, e, line.as_bytes()).load()).unwrap()
    }

    #[test]
    fn every_field_survives_parsing_export_and_the_editor() {
        let market = market_of(EVERY_FIELD);
        let event = market.events.at(0).to_event();

        let mut json = Vec::new();
        export(&market, Table::Events, Format::Json, &mut json).unwrap();
        assert_eq!(String::from_utf8(json).unwrap(), format!("{EVERY_FIELD}\n"));

        let mut csv = Vec::new();
        export(&market, Table::Events, Format::Csv, &mut csv).unwrap();
        assert_eq!(
            String::from_utf8(csv).unwrap(),
            "id,date,kind,status,title,summary,actors,figures,source,tags\n\
             tokopedia-stake-sold,2023-12,deal,reported,A stake in Tokopedia changes hands,\
             Written for this test.,tiktok;tokopedia,stake=75.01 %,pinusi-2023-11,m&a;a\\;b\n"
        );

        let document = crate::desk::document::write(&market, &event, Some("pinusi-2023-11"));
        let fields: Vec<&str> = (document.lines())
            .filter(|line| !line.starts_with('#'))
            .collect();
        assert_eq!(
            fields,
            [
                "id: tokopedia-stake-sold",
                "date: 2023-12",
                "kind: deal",
                "status: reported",
                "title: A stake in Tokopedia changes hands",
                "actors: tiktok, tokopedia",
                "source: pinusi-2023-11",
                "tags: m&a, a;b",
                "figure: stake | 75.01 | %",
                "summary: Written for this test.",
            ]
        );
        let allowed = crate::desk::document::Allowed {
            own_id: Some("tokopedia-stake-sold"),
            pending_source: None,
        };
        let edited = crate::desk::document::read(&document, &market, allowed).unwrap();
        // The document names the source by id; the edit cites it by that id.
        assert_eq!(edited.source.as_deref(), Some("pinusi-2023-11"));
        let line = event_line_citing(&market, &edited.event, edited.source.as_deref()).unwrap();
        assert_eq!(line, EVERY_FIELD);
    }

    #[test]
    fn csv_for_a_terminal_keeps_only_the_line_ending_raw() {
        let shown = for_terminal(b"a,\"\r\r\n\"\r\nb,\x1b]0;t\x07\n");
        assert_eq!(shown, "a,\"\u{240d}\r\n\"\r\nb,\u{241b}]0;t\u{2407}\n");
    }

    /// Text with the characters that could drive a terminal or break a format mixed in.
    fn hostile_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let c = prop_oneof![
            any::<char>(),
            proptest::sample::select(vec![
                '\u{0}', '\u{7}', '\u{1b}', '\u{7f}', '\u{9b}', '\u{9d}', '\u{202e}', '\u{2066}',
                '\u{200b}', '\u{feff}', '\r', '\n', '"', ',', ';', '\\', ']',
            ]),
        ];
        proptest::collection::vec(c, 1..24).prop_map(|cs| cs.into_iter().collect())
    }

    proptest::proptest! {
        /// Class 3: whatever a title, summary, tag, figure label or unit holds, JSON export
        /// carries no character that could drive a terminal and decodes to the very
        /// text; CSV export reads back exactly; CSV for a terminal is clean.
        #[test]
        fn every_output_keeps_data_exact_and_terminals_safe(
            title in hostile_text(),
            summary in hostile_text(),
            tag in hostile_text(),
            unit in hostile_text(),
        ) {
            use crate::data::error::is_unsafe_char;
            let mut market = crate::data::DataSource::Embedded.load().unwrap();
            let mut events = market.events.to_vec();
            events[0].title = title.clone();
            events[0].summary = Some(summary.clone());
            events[0].tags = vec![tag.clone()];
            events[0].figures = vec![crate::data::Figure { label: unit.clone(), value: 1.0, unit: unit.clone() }];
            market.events = events.into();

            let mut json = Vec::new();
            export(&market, Table::Events, Format::Json, &mut json).unwrap();
            let json = String::from_utf8(json).unwrap();
            proptest::prop_assert!(!json.chars().any(|c| is_unsafe_char(c) && c != '\n'));
            let first: serde_json::Value = serde_json::from_str(json.lines().next().unwrap()).unwrap();
            proptest::prop_assert_eq!(first["title"].as_str(), Some(title.as_str()));
            proptest::prop_assert_eq!(first["summary"].as_str(), Some(summary.as_str()));
            proptest::prop_assert_eq!(first["tags"][0].as_str(), Some(tag.as_str()));
            proptest::prop_assert_eq!(first["figures"][0]["unit"].as_str(), Some(unit.as_str()));

            let mut csv = Vec::new();
            export(&market, Table::Events, Format::Csv, &mut csv).unwrap();
            let mut reader = csv::Reader::from_reader(csv.as_slice());
            let record = reader.records().next().unwrap().unwrap();
            proptest::prop_assert_eq!(&record[4], title.as_str());
            proptest::prop_assert_eq!(&record[5], summary.as_str());
            proptest::prop_assert_eq!(split(&record[9]), vec![tag.clone()]);

            let shown = for_terminal(&csv);
            let bare = shown.replace("\r\n", "\n");
            proptest::prop_assert!(!bare.chars().any(|c| is_unsafe_char(c) && c != '\n'), "{:?}", bare);
        }
    }
}
