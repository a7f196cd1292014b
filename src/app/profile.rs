//! A player's profile: who it is, who it belongs with, how often it is in the news, the
//! figures its events report and its own series. Enter on a player opens it in the
//! full-size detail; Enter again filters the timeline by that player.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{App, Focus, Part};
use crate::data::{Player, names};
use crate::format::{figure, series_value};
use crate::text::{clean, head};

/// Block characters for the events-per-year sparkline, from one event to the most.
const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
/// No more years than this in the sparkline: the latest ones.
const MOST_YEARS: usize = 60;

/// Events per year of a player, first year to last, every year in between counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PerYear {
    pub first: i32,
    pub counts: Vec<usize>,
}

impl PerYear {
    /// `▁█▃` with `·` for a year without events, each year's height its share of the
    /// busiest year's count.
    pub fn sparkline(&self) -> String {
        let most = self.counts.iter().copied().max().unwrap_or(0).max(1);
        (self.counts.iter())
            .map(|&n| match n {
                0 => '·',
                n => BLOCKS[(n * BLOCKS.len()).div_ceil(most).clamp(1, BLOCKS.len()) - 1],
            })
            .collect()
    }

    pub fn last(&self) -> i32 {
        self.first
            .saturating_add(i32::try_from(self.counts.len()).unwrap_or(i32::MAX))
            .saturating_sub(1)
    }
}

impl App {
    /// The player the full-size detail describes: the one under the Players cursor, while
    /// the detail is open from the Players pane.
    pub fn profile(&self) -> Option<usize> {
        let open = self.detail_open && self.focus == Focus::Players;
        open.then(|| self.selected_player()).flatten()
    }

    /// Events per year of `player`, or none when it has no events.
    pub fn per_year(&self, player: usize) -> Option<PerYear> {
        let events = self.index.per_player.get(player)?;
        let year = |e: &usize| self.market.events.get(*e).map(|e| e.date().year());
        let first = events.first().and_then(year)?;
        let last = events.last().and_then(year)?;
        let first = first.max(last.saturating_sub(MOST_YEARS as i32 - 1));
        let span = usize::try_from(last.saturating_sub(first)).unwrap_or(0) + 1;
        let mut counts = vec![0; span];
        // Events are in timeline order: those before the years shown come first.
        for e in events {
            let at = year(e).and_then(|y| usize::try_from(y.saturating_sub(first)).ok());
            if let Some(count) = at.and_then(|at| counts.get_mut(at)) {
                *count += 1;
            }
        }
        Some(PerYear { first, counts })
    }

    /// The profile's lines, at most `rows` of figures (the pane shows no more).
    pub(super) fn profile_lines(
        &self,
        player: usize,
        rows: usize,
        style: &impl Fn(Part) -> Style,
    ) -> Vec<Line<'static>> {
        let Some(p) = self.market.players.get(player) else {
            return Vec::new();
        };
        let label = |text: &'static str| Span::styled(text, style(Part::Label));
        let body = |text: String| Span::styled(text, style(Part::Body));
        let fact = |name: &'static str, text: String| Line::from(vec![label(name), body(text)]);
        let mut heading = vec![
            Span::styled(clean(&p.name).into_owned(), style(Part::Title)),
            body(format!("  {}", p.role)),
        ];
        if let Some(ticker) = &p.ticker {
            heading.push(body(format!(" · {}", clean(ticker))));
        }
        let mut lines = vec![Line::from(heading)];
        if let Some(group) = &p.group {
            lines.push(fact("Group    ", clean(group).into_owned()));
        }
        let members = self.members(p);
        if !members.is_empty() {
            lines.push(fact("Members  ", members.join(", ")));
        }
        if let Some(short) = &p.short {
            lines.push(fact("Short    ", clean(short).into_owned()));
        }
        if !p.aliases.is_empty() {
            let aliases: Vec<String> = p.aliases.iter().map(|a| clean(a).into_owned()).collect();
            lines.push(fact("Aliases  ", aliases.join(", ")));
        }
        lines.push(fact("Events   ", self.events_line(player)));
        lines.extend(self.series_lines(player, &fact));
        lines.extend(self.figure_lines(player, rows, &fact));
        lines
    }

    /// Players whose group is this player, by any of its names.
    fn members(&self, player: &Player) -> Vec<String> {
        let keys: Vec<String> = (std::iter::once(&player.name).chain(&player.short))
            .chain(&player.aliases)
            .map(|n| names::key(n))
            .collect();
        (self.market.players.iter())
            .filter(|m| {
                m.group
                    .as_deref()
                    .is_some_and(|g| keys.contains(&names::key(g)))
            })
            .map(|m| clean(&m.name).into_owned())
            .collect()
    }

    /// `9 · 2023 ▇▁ 2024 · most in 2023 (8)`.
    fn events_line(&self, player: usize) -> String {
        let count = self.index.count(player);
        let Some(per_year) = self.per_year(player) else {
            return "none".to_string();
        };
        let (busiest, most) = (per_year.counts.iter().enumerate())
            .max_by_key(|&(at, &n)| (n, std::cmp::Reverse(at)))
            .map_or((0, 0), |(at, &n)| (at, n));
        let busiest = per_year.first.saturating_add(busiest as i32);
        let years = if per_year.counts.len() == 1 {
            format!("{} {}", per_year.first, per_year.sparkline())
        } else {
            format!(
                "{} {} {}",
                per_year.first,
                per_year.sparkline(),
                per_year.last()
            )
        };
        format!("{count} · {years} · most in {busiest} ({most})")
    }

    /// One line a series about the player: `Market share (%)  2022 35% · 2024 23%`.
    fn series_lines<'f>(
        &'f self,
        player: usize,
        fact: &'f impl Fn(&'static str, String) -> Line<'static>,
    ) -> impl Iterator<Item = Line<'static>> + 'f {
        let about = (self.market.series.iter()).filter(move |s| s.player == Some(player));
        about.enumerate().map(move |(i, s)| {
            let points: Vec<String> = (s.points.iter())
                .map(|p| {
                    let mark = if p.projected { " (projected)" } else { "" };
                    format!("{} {}{mark}", p.year, series_value(p.value, &s.unit))
                })
                .collect();
            let name = if i == 0 { "Series   " } else { "         " };
            let text = format!("{}: {}", clean(&s.name), points.join(" · "));
            fact(name, text)
        })
    }

    /// The figures its events report, one a line with the event's date, oldest first.
    fn figure_lines(
        &self,
        player: usize,
        rows: usize,
        fact: &impl Fn(&'static str, String) -> Line<'static>,
    ) -> Vec<Line<'static>> {
        let events = self
            .index
            .per_player
            .get(player)
            .map_or(&[][..], Vec::as_slice);
        let figures = (events.iter())
            .filter_map(|&e| self.market.events.get(e))
            .flat_map(|e| e.figures().map(move |f| (e.date(), f)));
        figures
            .take(rows)
            .enumerate()
            .map(|(i, (date, f))| {
                let name = if i == 0 { "Figures  " } else { "         " };
                let label = clean(head(f.label, 200)).into_owned();
                fact(
                    name,
                    format!("{date}  {label}: {}", figure(f.value, &clean(f.unit))),
                )
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sparkline_scales_to_the_busiest_year_and_marks_empty_ones() {
        let per_year = PerYear {
            first: 2020,
            counts: vec![8, 0, 1, 4],
        };
        assert_eq!(per_year.sparkline(), "█·▁▄");
        assert_eq!(per_year.last(), 2023);
    }
}
