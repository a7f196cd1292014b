//! Reading `market.toml`: the market, its sources, players, series and feeds.

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::date::Date;
use super::error::Diagnostic;
use super::events::is_id;
use super::model::{Feed, MarketInfo, Player, Point, Role, Series, Source};
use super::names;
use super::value;
use crate::ingest::Lang;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    market: RawInfo,
    #[serde(default)]
    sources: Vec<RawSource>,
    #[serde(default)]
    players: Vec<RawPlayer>,
    #[serde(default)]
    series: Vec<RawSeries>,
    #[serde(default)]
    feeds: Vec<RawFeed>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFeed {
    id: Spanned<String>,
    url: Spanned<String>,
    name: Option<String>,
    lang: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInfo {
    name: String,
    region: Spanned<String>,
    currency: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: Spanned<String>,
    title: String,
    publisher: String,
    published: Spanned<String>,
    url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlayer {
    id: Spanned<String>,
    name: Spanned<String>,
    short: Option<Spanned<String>>,
    group: Option<String>,
    ticker: Option<String>,
    role: Spanned<String>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSeries {
    id: Spanned<String>,
    name: String,
    unit: String,
    source: Option<Spanned<String>>,
    player: Option<Spanned<String>>,
    points: Spanned<Vec<RawPoint>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPoint {
    year: Spanned<i64>,
    value: Spanned<f64>,
    #[serde(default)]
    projected: bool,
    low: Option<Spanned<f64>>,
    high: Option<Spanned<f64>>,
}

/// Everything in `market.toml` but the events.
pub struct MarketFile {
    pub info: MarketInfo,
    pub sources: Vec<Source>,
    pub players: Vec<Player>,
    pub series: Vec<Series>,
    pub feeds: Vec<Feed>,
}

/// Parses and validates `market.toml`, appending every problem to `diagnostics`.
///
/// Returns `None` only when the file cannot be read as TOML of the right shape at all;
/// otherwise the values that were valid, so that events can still be checked against them.
pub fn parse_market_file(
    path: &Path,
    text: &[u8],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<MarketFile> {
    let at = |offset: usize, message: String| Diagnostic::at_offset(path, text, offset, message);
    let raw = match read_toml(text) {
        Ok(raw) => raw,
        Err((offset, message)) => {
            diagnostics.push(at(offset, message));
            return None;
        }
    };
    let mut problems = Vec::new();
    let mut problem = |offset: usize, message: String| problems.push((offset, message));
    let info = MarketInfo {
        name: raw.market.name,
        region: code(
            raw.market.region,
            2,
            "region",
            "an ISO 3166 code such as \"ID\"",
            &mut problem,
        ),
        currency: code(
            raw.market.currency,
            3,
            "currency",
            "an ISO 4217 code such as \"USD\"",
            &mut problem,
        ),
    };
    let (sources, source_ids) = sources(raw.sources, &mut problem);
    let players = players(raw.players, &mut problem);
    let series = series(raw.series, text, (&source_ids, &players), &mut problem);
    let feeds = feeds(raw.feeds, &mut problem);
    problems.sort_by_key(|(offset, _)| *offset);
    diagnostics.extend(
        problems
            .into_iter()
            .map(|(offset, message)| at(offset, message)),
    );
    Some(MarketFile {
        info,
        sources,
        players,
        series,
        feeds,
    })
}

/// The file as TOML of the right shape, or the first problem and its offset.
fn read_toml(text: &[u8]) -> Result<RawFile, (usize, String)> {
    let utf8 =
        std::str::from_utf8(text).map_err(|e| (e.valid_up_to(), "invalid UTF-8".to_string()))?;
    if utf8.starts_with('\u{feff}') {
        let message = "file starts with a byte order mark; save it as UTF-8 without BOM";
        return Err((0, message.to_string()));
    }
    let explain = |e| super::toml_error::explain(utf8, &e, TABLES);
    let table = super::toml_numbers::parse(utf8).map_err(explain)?;
    RawFile::deserialize(toml::de::Deserializer::from(table)).map_err(explain)
}

/// What each top-level name of `market.toml` must be.
const TABLES: &[(&str, &str)] = &[
    ("market", "one table [market]"),
    ("sources", "an array of tables [[sources]]"),
    ("players", "an array of tables [[players]]"),
    ("series", "an array of tables [[series]]"),
    ("feeds", "an array of tables [[feeds]]"),
];

fn sources(raw: Vec<RawSource>, problem: &mut impl FnMut(usize, String)) -> (Vec<Source>, Ids) {
    let mut ids = Ids::new("source");
    let sources = raw
        .into_iter()
        .map(|s| {
            ids.add(&s.id, problem);
            let published = parse_date(&s.published, "published", problem);
            Source {
                id: s.id.into_inner(),
                title: s.title,
                publisher: s.publisher,
                published: published.unwrap_or(Date::year_only(1).expect("year 1 exists")),
                url: s.url,
            }
        })
        .collect();
    (sources, ids)
}

fn players(raw: Vec<RawPlayer>, problem: &mut impl FnMut(usize, String)) -> Vec<Player> {
    let mut ids = Ids::new("player");
    // Every name and alias by its key, with the player it names and how it was first
    // written: ingest must never have to guess which player a name means.
    let mut names: HashMap<String, (String, String)> = HashMap::new();
    let mut players = Vec::with_capacity(raw.len());
    for p in raw {
        ids.add(&p.id, problem);
        let role = Role::from_word(p.role.get_ref()).unwrap_or_else(|| {
            let word = p.role.get_ref();
            let message = format!(
                "role: unknown role \"{word}\"; expected one of {}",
                Role::choices()
            );
            problem(p.role.span().start, message);
            Role::Other
        });
        if let Some(short) = &p.short {
            short_name(short, p.name.get_ref(), problem);
        }
        let written = std::iter::once(("name", &p.name))
            .chain(p.short.iter().map(|s| ("short", s)))
            .chain(p.aliases.iter().map(|a| ("aliases", a)));
        for (field, name) in written {
            let key = names::key(name.get_ref());
            if key.is_empty() {
                let message = format!(
                    "{field}: \"{}\" has no letter or digit; a name must say something",
                    names::shown(name.get_ref())
                );
                problem(name.span().start, message);
                continue;
            }
            let (owner, first) = names
                .entry(key)
                .or_insert_with(|| (p.id.get_ref().clone(), name.get_ref().clone()));
            if owner != p.id.get_ref() {
                let message = format!(
                    "{field}: \"{}\" already names player \"{owner}\" (as \"{}\"); names and aliases must differ in more than case, spacing, punctuation or invisible characters",
                    names::shown(name.get_ref()),
                    names::shown(first)
                );
                problem(name.span().start, message);
            }
        }
        players.push(Player {
            id: p.id.into_inner(),
            name: p.name.into_inner(),
            short: p.short.map(Spanned::into_inner),
            group: p.group,
            ticker: p.ticker,
            role,
            aliases: p.aliases.into_iter().map(Spanned::into_inner).collect(),
        });
    }
    players
}

/// The widest a short name may be, in columns: it is what narrow panes show instead.
const SHORT_WIDTH: usize = 16;

/// A `short` name must be shorter than the name it stands for and fit a narrow column.
fn short_name(short: &Spanned<String>, name: &str, problem: &mut impl FnMut(usize, String)) {
    let columns = crate::text::width(short.get_ref());
    let why = if columns > SHORT_WIDTH {
        format!("is {columns} columns wide; at most {SHORT_WIDTH}")
    } else if columns >= crate::text::width(name) {
        format!("is not shorter than the name \"{}\"", names::shown(name))
    } else {
        return;
    };
    let shown = names::shown(short.get_ref());
    problem(short.span().start, format!("short: \"{shown}\" {why}"));
}

/// Series and what they refer to: the sources, and the players a series may be about.
fn series(
    raw: Vec<RawSeries>,
    text: &[u8],
    (source_ids, players): (&Ids, &[Player]),
    problem: &mut impl FnMut(usize, String),
) -> Vec<Series> {
    let mut ids = Ids::new("series");
    raw.into_iter()
        .map(|s| {
            ids.add(&s.id, problem);
            let source = s.source.and_then(|id| {
                let found = source_ids.index(id.get_ref());
                if found.is_none() {
                    let message = format!(
                        "source: unknown source \"{}\" (not among the sources)",
                        id.get_ref()
                    );
                    problem(id.span().start, message);
                }
                found
            });
            let player = s.player.and_then(|id| {
                let found = players.iter().position(|p| p.id == *id.get_ref());
                if found.is_none() {
                    let message = format!(
                        "player: unknown player \"{}\" (not among the players)",
                        names::shown(id.get_ref())
                    );
                    problem(id.span().start, message);
                }
                found
            });
            Series {
                id: s.id.into_inner(),
                name: s.name,
                unit: s.unit,
                source,
                player,
                points: points(s.points, text, problem),
            }
        })
        .collect()
}

fn feeds(raw: Vec<RawFeed>, problem: &mut impl FnMut(usize, String)) -> Vec<Feed> {
    let mut ids = Ids::new("feed");
    let mut feeds = Vec::with_capacity(raw.len());
    for f in raw {
        ids.add(&f.id, problem);
        if let Err(why) = feed_url(f.url.get_ref()) {
            problem(f.url.span().start, format!("url: {why}"));
        }
        let lang = f.lang.and_then(|lang| {
            let parsed = lang.get_ref().parse::<Lang>();
            if parsed.is_err() {
                let message = format!("lang: \"{}\" is not id or en", lang.get_ref());
                problem(lang.span().start, message);
            }
            parsed.ok()
        });
        feeds.push(Feed {
            id: f.id.into_inner(),
            url: f.url.into_inner(),
            name: f.name,
            lang,
        });
    }
    feeds
}

/// Checks that a feed's address is an absolute http or https URL with a host.
fn feed_url(text: &str) -> Result<(), String> {
    let url = url::Url::parse(text).map_err(|e| format!("\"{text}\" is not a URL ({e})"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "\"{text}\" is not an http or https address (scheme {})",
            url.scheme()
        ));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(format!("\"{text}\" names no host"));
    }
    Ok(())
}

/// Unique ids of one kind, checked for shape and duplicates as they are added.
struct Ids {
    what: &'static str,
    /// Each id's index in its list; a duplicate keeps the first.
    seen: HashMap<String, usize>,
    count: usize,
}

impl Ids {
    fn new(what: &'static str) -> Self {
        Ids {
            what,
            seen: HashMap::new(),
            count: 0,
        }
    }

    fn add(&mut self, id: &Spanned<String>, problem: &mut impl FnMut(usize, String)) {
        let text = id.get_ref();
        if !is_id(text) {
            problem(
                id.span().start,
                format!("id: \"{text}\" is not a valid id (use a-z, 0-9 and -)"),
            );
        }
        if self.seen.contains_key(text) {
            problem(
                id.span().start,
                format!("id: duplicate {} id \"{text}\"", self.what),
            );
        } else {
            self.seen.insert(text.clone(), self.count);
        }
        self.count += 1;
    }

    fn index(&self, id: &str) -> Option<usize> {
        self.seen.get(id).copied()
    }
}

fn code(
    value: Spanned<String>,
    len: usize,
    field: &str,
    expected: &str,
    problem: &mut impl FnMut(usize, String),
) -> String {
    let text = value.get_ref();
    if text.len() != len || !text.bytes().all(|b| b.is_ascii_uppercase()) {
        problem(
            value.span().start,
            format!("{field}: \"{text}\" is not {expected}"),
        );
    }
    value.into_inner()
}

fn parse_date(
    value: &Spanned<String>,
    field: &str,
    problem: &mut impl FnMut(usize, String),
) -> Option<Date> {
    Date::parse(value.get_ref())
        .map_err(|e| {
            problem(
                value.span().start + 1 + e.offset,
                format!("{field}: {}", e.message),
            )
        })
        .ok()
}

fn points(
    raw: Spanned<Vec<RawPoint>>,
    text: &[u8],
    problem: &mut impl FnMut(usize, String),
) -> Vec<Point> {
    if raw.get_ref().is_empty() {
        // A series is there to be drawn: with no point there is nothing to draw.
        let message = "points: empty; a series needs at least one point";
        problem(raw.span().start, message.to_string());
    }
    let raw = raw.into_inner();
    let mut previous: Option<(i64, String)> = None;
    let mut points = Vec::with_capacity(raw.len());
    for p in raw {
        let year = *p.year.get_ref();
        // As written: a year too large for any number was read as the largest one.
        let written = written(text, p.year.span());
        let written = crate::text::clip(&written, 40);
        if let Some((_, prev)) = previous.as_ref().filter(|(prev, _)| year <= *prev) {
            problem(
                p.year.span().start,
                format!(
                    "year: {written} is not after the previous point's year {prev}; points must be in increasing year order"
                ),
            );
        } else if !(1..=9999).contains(&year) {
            problem(
                p.year.span().start,
                format!("year: {written} is out of range 1..9999"),
            );
        }
        previous = Some((year, written.into_owned()));
        for (name, value) in [
            ("value", Some(&p.value)),
            ("low", p.low.as_ref()),
            ("high", p.high.as_ref()),
        ] {
            if let Some(value) = value {
                check_value(name, value, text, problem);
            }
        }
        let value = *p.value.get_ref();
        let low = p.low.map(Spanned::into_inner);
        let high = p.high.map(Spanned::into_inner);
        if low.is_some_and(|low| low > value) || high.is_some_and(|high| high < value) {
            problem(
                p.value.span().start,
                format!("value: {value} is outside its range low..high"),
            );
        }
        points.push(Point {
            year: year.clamp(1, 9999) as i32,
            value,
            projected: p.projected,
            low,
            high,
        });
    }
    points
}

fn check_value(
    name: &str,
    value: &Spanned<f64>,
    text: &[u8],
    problem: &mut impl FnMut(usize, String),
) {
    let written = written(text, value.span());
    if let Some(why) = value::problem(*value.get_ref(), &written) {
        problem(value.span().start, format!("{name}: {why}"));
    }
}

/// A value as the file writes it.
fn written(text: &[u8], span: std::ops::Range<usize>) -> String {
    String::from_utf8_lossy(text.get(span).unwrap_or_default()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = r#"[market]
name = "M"
region = "ID"
currency = "USD"

[[sources]]
id = "src"
title = "T"
publisher = "P"
published = "2023-11-14"

[[players]]
id = "tokopedia"
name = "Tokopedia"
role = "marketplace"
aliases = ["Tokped"]

[[series]]
id = "gmv"
name = "GMV"
unit = "USD bn"
source = "src"
points = [{ year = 2023, value = 62.0 }, { year = 2030, value = 160.0, projected = true }]
"#;

    fn problems(text: &str) -> Vec<String> {
        let mut diagnostics = Vec::new();
        parse_market_file(Path::new("m.toml"), text.as_bytes(), &mut diagnostics);
        diagnostics.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn reads_a_valid_file() {
        let mut diagnostics = Vec::new();
        let file =
            parse_market_file(Path::new("m.toml"), BASE.as_bytes(), &mut diagnostics).unwrap();
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(file.info.region, "ID");
        assert_eq!(file.players[0].aliases, ["Tokped"]);
        assert_eq!(file.series[0].source, Some(0));
        assert!(file.series[0].points[1].projected);
        assert_eq!(file.sources[0].published.to_string(), "2023-11-14");
    }

    #[test]
    fn rejects_malformed_toml_at_its_position() {
        let text = BASE.replace("name = \"M\"", "name = \"M");
        assert_eq!(
            problems(&text),
            ["m.toml:2:10: invalid basic string, expected `\"`"]
        );
    }

    #[test]
    fn rejects_unknown_fields() {
        let text = BASE.replace(
            "role = \"marketplace\"",
            "role = \"marketplace\"\nsector = \"retail\"",
        );
        assert_eq!(
            problems(&text),
            [
                "m.toml:16:1: unknown field `sector`, expected one of `id`, `name`, `short`, `group`, `ticker`, `role`, `aliases`"
            ]
        );
    }

    #[test]
    fn rejects_missing_fields() {
        let text = BASE.replace("publisher = \"P\"\n", "");
        assert_eq!(problems(&text), ["m.toml:6:1: missing field `publisher`"]);
    }

    #[test]
    fn rejects_bad_published_dates() {
        let text = BASE.replace("2023-11-14", "2023-02-30");
        assert_eq!(
            problems(&text),
            ["m.toml:10:22: published: 2023-02-30 does not exist (day 30)"]
        );
    }

    #[test]
    fn rejects_duplicate_and_malformed_ids() {
        let text = format!(
            "{BASE}\n[[players]]\nid = \"tokopedia\"\nname = \"Toko 2\"\nrole = \"other\"\n"
        );
        assert_eq!(
            problems(&text),
            ["m.toml:26:6: id: duplicate player id \"tokopedia\""]
        );
        let text = BASE.replace("id = \"gmv\"", "id = \"GMV total\"");
        assert_eq!(
            problems(&text),
            ["m.toml:19:6: id: \"GMV total\" is not a valid id (use a-z, 0-9 and -)"]
        );
    }

    #[test]
    fn rejects_ambiguous_names_and_aliases() {
        let text =
            format!("{BASE}\n[[players]]\nid = \"other\"\nname = \"TOKPED\"\nrole = \"other\"\n");
        assert_eq!(
            problems(&text),
            [
                "m.toml:27:8: name: \"TOKPED\" already names player \"tokopedia\" (as \"Tokped\"); names and aliases must differ in more than case, spacing, punctuation or invisible characters"
            ]
        );
    }

    #[test]
    fn names_that_only_look_different_collide() {
        for alias in [
            "Tokopedia ",
            " Tokopedia",
            "Tokopedia.",
            "TOKOPEDIA\\u00a0",
            "Tokopedia\\u200b",
            "toko\\u00adpedia",
            "TOKPED!",
        ] {
            let text = format!(
                "{BASE}\n[[players]]\nid = \"other\"\nname = \"Other\"\nrole = \"other\"\naliases = [\"{alias}\"]\n"
            );
            let found = problems(&text);
            assert_eq!(found.len(), 1, "{alias}: {found:?}");
            assert!(
                found[0].starts_with("m.toml:29:12: aliases: ")
                    && found[0].contains("already names player \"tokopedia\""),
                "{alias}: {found:?}"
            );
        }
    }

    #[test]
    fn empty_and_blank_names_and_aliases_are_rejected() {
        for blank in ["", "  ", "\\u00a0", "\\u200b", "."] {
            let text = BASE.replace("[\"Tokped\"]", &format!("[\"Tokped\", \"{blank}\"]"));
            let found = problems(&text);
            assert_eq!(found.len(), 1, "{blank}: {found:?}");
            assert!(
                found[0].contains("aliases: ")
                    && found[0].ends_with("has no letter or digit; a name must say something"),
                "{found:?}"
            );
            let text = BASE.replace("name = \"Tokopedia\"", &format!("name = \"{blank}\""));
            let found = problems(&text);
            assert_eq!(found.len(), 1, "{blank}: {found:?}");
            assert!(found[0].contains(": name: "), "{found:?}");
        }
    }

    #[test]
    fn a_short_name_is_shorter_than_the_name_narrow_and_nobody_elses() {
        let with = |short: &str| {
            BASE.replace(
                "name = \"Tokopedia\"",
                &format!("name = \"Tokopedia\"\nshort = \"{short}\""),
            )
        };
        let mut diagnostics = Vec::new();
        let file = parse_market_file(
            Path::new("m.toml"),
            with("Toped").as_bytes(),
            &mut diagnostics,
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(file.unwrap().players[0].short.as_deref(), Some("Toped"));
        for (short, problem) in [
            (
                "Tokopedia",
                "m.toml:15:9: short: \"Tokopedia\" is not shorter than the name \"Tokopedia\"",
            ),
            (
                "Tokopedia Indonesia",
                "m.toml:15:9: short: \"Tokopedia Indonesia\" is 19 columns wide; at most 16",
            ),
            (
                "",
                "m.toml:15:9: short: \"\" has no letter or digit; a name must say something",
            ),
        ] {
            assert_eq!(problems(&with(short)), [problem], "{short:?}");
        }
        let text = format!(
            "{BASE}\n[[players]]\nid = \"bl\"\nname = \"Blibli.com\"\nshort = \"tokped\"\nrole = \"other\"\n"
        );
        let found = problems(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .starts_with("m.toml:28:9: short: \"tokped\" already names player \"tokopedia\""),
            "{found:?}"
        );
    }

    #[test]
    fn a_player_may_repeat_its_own_name_as_an_alias() {
        let text = BASE.replace("[\"Tokped\"]", "[\"Tokped\", \"TOKOPEDIA.\"]");
        assert_eq!(problems(&text), Vec::<String>::new());
    }

    #[test]
    fn rejects_unknown_roles_and_codes() {
        let text = BASE
            .replace("\"marketplace\"", "\"shop\"")
            .replace("\"USD\"", "\"usd\"");
        assert_eq!(
            problems(&text),
            [
                "m.toml:4:12: currency: \"usd\" is not an ISO 4217 code such as \"USD\"",
                "m.toml:15:8: role: unknown role \"shop\"; expected one of marketplace | social-commerce | regulator | government | investor | other",
            ]
        );
    }

    #[test]
    fn rejects_series_with_undefined_sources() {
        let text = BASE.replace("source = \"src\"", "source = \"nowhere\"");
        assert_eq!(
            problems(&text),
            ["m.toml:22:10: source: unknown source \"nowhere\" (not among the sources)"]
        );
    }

    #[test]
    fn a_series_names_the_player_it_is_about() {
        let text = BASE.replace(
            "source = \"src\"\npoints",
            "source = \"src\"\nplayer = \"tokopedia\"\npoints",
        );
        let mut diagnostics = Vec::new();
        let file = parse_market_file(Path::new("m.toml"), text.as_bytes(), &mut diagnostics);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(file.map(|f| f.series[0].player), Some(Some(0)));
    }

    #[test]
    fn rejects_series_about_an_undefined_player() {
        let text = BASE.replace(
            "source = \"src\"\npoints",
            "source = \"src\"\nplayer = \"tokped\"\npoints",
        );
        assert_eq!(
            problems(&text),
            ["m.toml:23:10: player: unknown player \"tokped\" (not among the players)"]
        );
    }

    #[test]
    fn rejects_series_years_out_of_order() {
        let text = BASE.replace("year = 2030", "year = 2023");
        assert_eq!(
            problems(&text),
            [
                "m.toml:23:51: year: 2023 is not after the previous point's year 2023; points must be in increasing year order"
            ]
        );
    }

    #[test]
    fn rejects_negative_and_non_finite_values() {
        let text = BASE
            .replace("value = 62.0", "value = -62.0")
            .replace("value = 160.0", "value = nan");
        assert_eq!(
            problems(&text),
            [
                "m.toml:23:34: value: must not be negative",
                "m.toml:23:66: value: is not a finite number"
            ]
        );
    }

    #[test]
    fn rejects_values_outside_their_range() {
        let text = BASE.replace("value = 160.0,", "value = 160.0, low = 170.0,");
        assert_eq!(
            problems(&text),
            ["m.toml:23:65: value: 160 is outside its range low..high"]
        );
    }

    const FEED: &str = "\n[[feeds]]\nid = \"antara-ekonomi\"\nurl = \"https://example.com/rss\"\nname = \"Antara\"\nlang = \"id\"\n";

    #[test]
    fn reads_feeds() {
        let text = format!("{BASE}{FEED}");
        let mut diagnostics = Vec::new();
        let file = parse_market_file(Path::new("m.toml"), text.as_bytes(), &mut diagnostics)
            .expect("valid");
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(
            file.feeds,
            [Feed {
                id: "antara-ekonomi".into(),
                url: "https://example.com/rss".into(),
                name: Some("Antara".into()),
                lang: Some(Lang::Id),
            }]
        );
    }

    #[test]
    fn rejects_bad_feeds_at_their_positions() {
        let text = format!("{BASE}{FEED}{}", FEED.replace("\"id\"", "\"jv\""));
        assert_eq!(
            problems(&text),
            [
                "m.toml:32:6: id: duplicate feed id \"antara-ekonomi\"",
                "m.toml:35:8: lang: \"jv\" is not id or en"
            ]
        );
        let text = format!(
            "{BASE}{}",
            FEED.replace("https://example.com/rss", "ftp://x/rss")
        );
        assert_eq!(
            problems(&text),
            ["m.toml:27:7: url: \"ftp://x/rss\" is not an http or https address (scheme ftp)"]
        );
        let text = format!(
            "{BASE}{}",
            FEED.replace("https://example.com/rss", "example.com")
        );
        assert_eq!(
            problems(&text),
            ["m.toml:27:7: url: \"example.com\" is not a URL (relative URL without a base)"]
        );
        let text = format!("{BASE}{FEED}every = 5\n");
        assert_eq!(
            problems(&text),
            ["m.toml:30:1: unknown field `every`, expected one of `id`, `url`, `name`, `lang`"]
        );
    }
}
