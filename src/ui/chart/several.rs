//! Several series of one unit on one chart (`v`): each its own line, colour and point
//! mark, named in a legend under the graph, with each one's value at the year cursor.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Dataset, GraphType, Paragraph, Widget, Wrap};

use super::plot::{Mark, Plot, bounds_of, marks, row_labels};
use super::{GrowthChart, framed, graph_area};
use crate::data::Series;
use crate::forecast::value_at;
use crate::format::series_value;
use crate::text::{clean, truncate, width};

/// A series' known line and projected dots, scaled to the chart, and its style.
type Curves = (Vec<(f64, f64)>, Vec<(f64, f64)>, Style);

/// Each series' mark for its known points, in turn: told apart without colour too.
const MARKS: [&str; 6] = ["●", "■", "◆", "▼", "★", "✚"];

impl GrowthChart<'_> {
    /// What the legend calls a series: its player's short name or name when it is
    /// about one (`Shopee`), else its own name.
    fn label(&self, series: &Series) -> String {
        let player = series.player.and_then(|p| self.app.market.players.get(p));
        let name = match player {
            Some(p) => p.short.as_deref().unwrap_or(&p.name),
            None => &series.name,
        };
        clean(name).into_owned()
    }

    fn style_of(&self, nth: usize) -> (&'static str, Style) {
        let styles = &self.theme.series;
        (MARKS[nth % MARKS.len()], styles[nth % styles.len()])
    }

    /// Draws every series in `all` into `inner` (inside the pane's border).
    pub(super) fn several(&self, all: &[&Series], inner: Rect, buf: &mut Buffer) {
        let mut legend = self.legend_lines(all, usize::from(inner.width));
        let mut legend_height = u16::try_from(legend.len()).unwrap_or(u16::MAX);
        // Too small for a graph with its legend (unnamed lines say nothing): the series
        // as text, which name themselves.
        let as_text = inner.width < 16 || inner.height.saturating_sub(1 + legend_height) < 4;
        if as_text {
            legend.clear();
            legend_height = 0;
        }
        let status = Rect {
            y: inner.bottom().saturating_sub(1),
            height: inner.height.min(1),
            ..inner
        };
        let status_line = self.values_at_cursor(all, usize::from(inner.width));
        status_line.render(status, buf);
        let graph = Rect {
            height: inner.height.saturating_sub(1 + legend_height),
            ..inner
        };
        let key = Rect {
            y: graph.bottom(),
            height: legend_height.min(inner.height.saturating_sub(1)),
            ..inner
        };
        Paragraph::new(legend).render(key, buf);
        if !as_text {
            self.plot_several(all, graph, buf);
        } else {
            let text: Vec<String> = (all.iter())
                .map(|s| {
                    let points: Vec<String> = (s.points.iter())
                        .map(|p| format!("{} {}", p.year, series_value(p.value, &s.unit)))
                        .collect();
                    format!("{}: {}", self.label(s), points.join(" "))
                })
                .collect();
            let paragraph = Paragraph::new(clean(&text.join(" · ")).into_owned());
            paragraph.wrap(Wrap { trim: true }).render(graph, buf);
        }
    }

    /// `● Shopee  ■ Tokopedia  ◆ TikTok Shop …`, wrapped to `width`.
    fn legend_lines(&self, all: &[&Series], width_: usize) -> Vec<Line<'static>> {
        let mut entries: Vec<(String, Style, String)> = (all.iter().enumerate())
            .map(|(nth, s)| {
                let (mark, style) = self.style_of(nth);
                (mark.to_string(), style, self.label(s))
            })
            .collect();
        if all.iter().any(|s| s.points.iter().any(|p| p.projected)) {
            let muted = self.theme.muted;
            entries.push(("○".into(), muted, "projected".into()));
        }
        let mut lines = vec![Line::default()];
        for (mark, style, name) in entries {
            let entry = format!("{mark} {name}  ");
            let used = lines.last().map_or(0, Line::width);
            if used > 0 && used + width(entry.trim_end()) > width_ {
                lines.push(Line::default());
            }
            if let Some(line) = lines.last_mut() {
                line.push_span(Span::styled(mark, style));
                line.push_span(Span::styled(format!(" {name}  "), self.theme.muted));
            }
        }
        lines
    }

    /// `2023 → Shopee 40.6% · Tokopedia 28.4% · …   ▲ 2023-06-15`, cut to `width`.
    fn values_at_cursor(&self, all: &[&Series], width_: usize) -> Line<'static> {
        let app = self.app;
        let mut text = String::new();
        if let Some(year) = app.year {
            let values: Vec<String> = (all.iter())
                .filter_map(|s| {
                    let e = value_at(&s.points, f64::from(year))?;
                    Some(format!(
                        "{} {}",
                        self.label(s),
                        series_value(e.value, &s.unit)
                    ))
                })
                .collect();
            text = format!("{year} → {}", values.join(" · "));
        }
        if let Some(event) = app.selected() {
            text.push_str(&format!("   ▲ {}", event.date()));
        }
        Line::styled(truncate(&text, width_).into_owned(), self.theme.text)
    }

    fn plot_several(&self, all: &[&Series], area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        let (x, y) = bounds_of(all);
        let height = area.height.saturating_sub(2);
        let x_labels = [x[0], x[1]].map(|year| (year as i32).to_string());
        let room = usize::from(area.width / 3);
        let unit = all.first().map_or("", |s| s.unit.as_str());
        let every: Vec<Mark> = all.iter().flat_map(|s| marks(s)).collect();
        let shape = Plot {
            graph: Rect::new(0, 0, 1, height),
            x,
            y,
        };
        let labels = row_labels(&shape, &every, unit, room);
        let graph = graph_area(area, &labels, &x_labels[0], room, height);
        let plot = Plot { graph, x, y };
        let scale = |points: Vec<(f64, f64)>| -> Vec<(f64, f64)> {
            let span = y[1] - y[0];
            (points.into_iter())
                .map(|(x, v)| (x, ((v - y[0]) / span).clamp(0.0, 1.0)))
                .collect()
        };
        let cursor: Vec<(f64, f64)> = (self.app.year.map(f64::from).into_iter())
            .flat_map(|c| [(c, 0.0), (c, 1.0)])
            .collect();
        let lines: Vec<Curves> = (all.iter().enumerate())
            .map(|(nth, s)| {
                let known: Vec<(f64, f64)> = (s.points.iter())
                    .filter(|p| !p.projected)
                    .map(|p| (f64::from(p.year), p.value))
                    .collect();
                let projected = self.projected_curve(s, &plot);
                (
                    scale(plot.thinned(&known)),
                    scale(projected),
                    self.style_of(nth).1,
                )
            })
            .collect();
        let curve = |data, style, graph_type| {
            Dataset::default()
                .marker(Marker::Braille)
                .graph_type(graph_type)
                .style(style)
                .data(data)
        };
        let mut datasets = vec![curve(&cursor, theme.year_cursor, GraphType::Line)];
        for (known, projected, style) in &lines {
            datasets.push(curve(known, *style, GraphType::Line));
            datasets.push(curve(projected, *style, GraphType::Scatter));
        }
        let y_labels: Vec<Line> = (labels.into_iter())
            .map(|l| Line::styled(l.text, theme.muted))
            .collect();
        framed(datasets, x, x_labels, y_labels, theme).render(area, buf);
        for (nth, s) in all.iter().enumerate() {
            self.band(s, &plot, buf);
            let (mark, style) = self.style_of(nth);
            for p in &s.points {
                let Some(column) = plot.column(f64::from(p.year)) else {
                    continue;
                };
                let symbol = if p.projected { "○" } else { mark };
                let at = Position::new(column, graph.y + plot.row(p.value));
                if let Some(cell) = buf.cell_mut(at) {
                    cell.set_symbol(symbol).set_style(style);
                }
            }
        }
        let last_year = all
            .iter()
            .filter_map(|s| s.points.last())
            .map(|p| p.year)
            .max();
        self.time_marks(last_year, &plot, buf);
    }
}
