//! The Growth pane: a series' known and projected points, its CAGR, the year cursor and
//! the selected event's mark on the time axis.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Paragraph, Widget, Wrap};

mod plot;
mod several;

use super::pane_block;
use super::theme::Theme;
use crate::app::{App, Focus};
use crate::data::{Point, Series};
use crate::forecast::{headline_growth, value_at};
use crate::format::{rate, series_value};
use crate::text::{clean, width};
use plot::{Plot, RowLabel, bounds, marks, row_labels};

/// Borrows the App to draw the current series, in the theme.
pub struct GrowthChart<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl GrowthChart<'_> {
    /// `Growth: E-commerce GMV (USD bn) · CAGR 14.5% · 1/2`, shortened to fit `width`
    /// columns by cutting the series name first: the growth rate is what the title is for.
    pub fn title(&self, width: usize) -> String {
        let app = self.app;
        let Some(series) = app.current_series() else {
            return "Growth".into();
        };
        let charted = app.charted();
        if charted.len() > 1 {
            let unit = clean(&series.unit);
            let count = app.market.series.len();
            let title = format!("Overlay: {} series in {unit}", charted.len());
            let tail = format!(" · {}/{count}", app.series + 1);
            let room = width.saturating_sub(crate::text::width(&tail));
            return format!("{}{tail}", crate::text::truncate(&title, room));
        }
        let mut tail = String::new();
        if let Some(r) = headline_growth(series).and_then(|g| g.rate) {
            tail.push_str(&format!(" · CAGR {}", rate(r)));
        }
        if app.market.series.len() > 1 {
            tail.push_str(&format!(
                " · {}/{}",
                app.series + 1,
                app.market.series.len()
            ));
        }
        let full = format!(
            "Growth: {} ({}){tail}",
            clean(&series.name),
            clean(&series.unit)
        );
        if crate::text::width(&full) <= width {
            return full;
        }
        let room = width.saturating_sub(crate::text::width(&tail));
        format!(
            "{}{tail}",
            crate::text::truncate(&clean(&series.name), room)
        )
    }
}

impl Widget for GrowthChart<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        // The border's corners and the title's padding take four columns.
        let title = self.title(usize::from(area.width).saturating_sub(4));
        let mut block = pane_block(self.theme, title, app.focus == Focus::Chart);
        if let Some(legend) = self.legend(usize::from(area.width).saturating_sub(4)) {
            block = block.title_bottom(legend.right_aligned());
        }
        let inner = block.inner(area);
        block.render(area, buf);
        let Some(series) = app.current_series().filter(|s| !s.points.is_empty()) else {
            Line::styled("No series in this dataset.", self.theme.muted).render(inner, buf);
            return;
        };
        let charted: Vec<&Series> = (app.charted().into_iter())
            .filter_map(|i| app.market.series.get(i))
            .collect();
        if charted.len() > 1 {
            self.several(&charted, inner, buf);
            return;
        }
        let status = Rect {
            y: inner.bottom().saturating_sub(1),
            height: inner.height.min(1),
            ..inner
        };
        self.status_line(series).render(status, buf);
        let graph = Rect {
            height: inner.height.saturating_sub(1),
            ..inner
        };
        if graph.width >= 16 && graph.height >= 4 {
            self.plot(series, graph, buf);
        } else {
            self.points_as_text(series).render(graph, buf);
        }
    }
}

impl GrowthChart<'_> {
    /// ` ● known  ○ projected  ░ range ` on the bottom border, so the marks need no colour
    /// to be read; only the marks the series has, and only when it fits in `width`.
    fn legend(&self, width: usize) -> Option<Line<'static>> {
        let theme = self.theme;
        if self.app.charted().len() > 1 {
            return None;
        }
        let points = &self.app.current_series()?.points;
        let has = |f: fn(&Point) -> bool| points.iter().any(f);
        let entries = [
            ("●", "known", theme.known, has(|p| !p.projected)),
            ("○", "projected", theme.projected, has(|p| p.projected)),
            (
                "░",
                "range",
                theme.projected,
                has(|p| p.low.is_some() || p.high.is_some()),
            ),
        ];
        let mut spans = vec![Span::raw(" ")];
        for (mark, name, style, _) in entries.into_iter().filter(|e| e.3) {
            spans.push(Span::styled(mark, style));
            spans.push(Span::styled(format!(" {name} "), theme.muted));
        }
        let line = Line::from(spans);
        (line.width() <= width && points.len() > 1).then_some(line)
    }

    /// `2027 → $104B (interpolated, projected)  ▲ 2023-10-04`.
    fn status_line(&self, series: &Series) -> Line<'static> {
        let app = self.app;
        let mut text = String::new();
        let estimate = app
            .year
            .and_then(|year| Some((year, value_at(&series.points, f64::from(year))?)));
        if let Some((year, e)) = estimate {
            let how = match (e.interpolated, e.projected) {
                (false, false) => "known",
                (false, true) => "projected",
                (true, false) => "interpolated",
                (true, true) => "interpolated, projected",
            };
            let unit = &series.unit;
            text = format!("{year} → {} ({how})", series_value(e.value, unit));
            let point = series.points.iter().find(|p| p.year == year);
            if let Some((Some(low), Some(high))) = point.map(|p| (p.low, p.high)) {
                let (low, high) = (series_value(low, unit), series_value(high, unit));
                text.push_str(&format!(" range {low}–{high}"));
            }
        }
        if let Some(event) = app.selected() {
            text.push_str(&format!("   ▲ {}", event.date()));
            let (first, last) = (series.points.first(), series.points.last());
            let year = event.date().year();
            if first.is_some_and(|p| year < p.year) {
                text.push_str(" (before the chart)");
            } else if last.is_some_and(|p| year > p.year) {
                text.push_str(" (after the chart)");
            }
        }
        Line::styled(text, self.theme.text)
    }

    /// Too little room to plot: the points as text, `○` marking projections.
    fn points_as_text(&self, series: &Series) -> Paragraph<'static> {
        let points: Vec<String> = series
            .points
            .iter()
            .map(|p| {
                let mark = if p.projected { "○" } else { "●" };
                format!("{} {mark}{}", p.year, series_value(p.value, &series.unit))
            })
            .collect();
        Paragraph::new(clean(&points.join(" · ")).into_owned()).wrap(Wrap { trim: true })
    }

    fn plot(&self, series: &Series, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        let (x, y) = bounds(series);
        let height = area.height.saturating_sub(2);
        let x_labels = [x[0], x[1]].map(|year| (year as i32).to_string());
        // Where ratatui puts the graph: right of the widest label (counted in columns, as
        // the terminal lays it out, so `€` and `¥` take one) and the axis line.
        let room = usize::from(area.width / 3);
        let shape = Plot {
            graph: Rect::new(0, 0, 1, height),
            x,
            y,
        };
        let labels = row_labels(&shape, &marks(series), &series.unit, room);
        let graph = graph_area(area, &labels, &x_labels[0], room, height);
        let plot = Plot { graph, x, y };
        let known: Vec<(f64, f64)> = (series.points.iter())
            .filter(|p| !p.projected)
            .map(|p| (f64::from(p.year), p.value))
            .collect();
        let known = plot.thinned(&known);
        let projected = self.projected_curve(series, &plot);
        let cursor: Vec<(f64, f64)> = (self.app.year.map(f64::from).into_iter())
            .flat_map(|c| [(c, y[0]), (c, y[1])])
            .collect();
        // ratatui's canvas multiplies a value by the graph's dots before it divides by the
        // bounds: the values it gets are scaled to 0..=1 so that product stays small.
        let scale = |points: Vec<(f64, f64)>| -> Vec<(f64, f64)> {
            let span = y[1] - y[0];
            (points.into_iter())
                .map(|(x, v)| (x, ((v - y[0]) / span).clamp(0.0, 1.0)))
                .collect()
        };
        let (known, projected, cursor) = (scale(known), scale(projected), scale(cursor));
        let curve = |data, style, graph_type| {
            Dataset::default()
                .marker(Marker::Braille)
                .graph_type(graph_type)
                .style(style)
                .data(data)
        };
        let datasets = vec![
            curve(&cursor, theme.year_cursor, GraphType::Line),
            curve(&known, theme.known, GraphType::Line),
            curve(&projected, theme.projected, GraphType::Scatter),
        ];
        let y_labels: Vec<Line> = (labels.into_iter())
            .map(|l| {
                let style = if l.projected {
                    theme.projected
                } else {
                    theme.muted
                };
                Line::styled(l.text, style)
            })
            .collect();
        framed(datasets, x, x_labels, y_labels, theme).render(area, buf);
        self.band(series, &plot, buf);
        self.overlay(series, &plot, buf);
    }

    /// A projected range (`low`/`high`) as a band of `░` between its edges, widening from
    /// the point before it as a fan; it fills only cells the curves left empty.
    fn band(&self, series: &Series, plot: &Plot, buf: &mut Buffer) {
        let points = &series.points;
        if points.iter().all(|p| p.low.is_none() && p.high.is_none()) {
            return;
        }
        let edge = |pick: fn(&Point) -> Option<f64>| -> Vec<Point> {
            let each = |p: &Point| Point {
                value: pick(p).unwrap_or(p.value),
                ..*p
            };
            points.iter().map(each).collect()
        };
        let (lows, highs) = (edge(|p| p.low), edge(|p| p.high));
        let ranged = |p: &Point| p.low.is_some() || p.high.is_some();
        let graph = plot.graph;
        for column in graph.left()..graph.right() {
            let Some(year) = plot.year_at(column) else {
                continue;
            };
            // Only between points of which one has a range, or on a ranged point.
            let after = points.iter().position(|p| f64::from(p.year) >= year);
            let near = after.map(|a| [a.checked_sub(1), Some(a)]);
            let in_band = near.is_some_and(|n| n.iter().flatten().any(|&i| ranged(&points[i])));
            let (Some(low), Some(high)) = (value_at(&lows, year), value_at(&highs, year)) else {
                continue;
            };
            if !in_band || low.value == high.value {
                continue;
            }
            for row in plot.row(high.value)..=plot.row(low.value) {
                let at = Position::new(column, graph.y + row);
                if let Some(cell) = buf.cell_mut(at).filter(|c| c.symbol() == " ") {
                    cell.set_symbol("░").set_style(self.theme.projected);
                }
            }
        }
    }

    /// The projected span sampled along its constant-growth curve, about one dot per two
    /// columns, so it reads as dotted even without colour.
    fn projected_curve(&self, series: &Series, plot: &Plot) -> Vec<(f64, f64)> {
        let Some(start) = series
            .points
            .iter()
            .rev()
            .find(|p| !p.projected)
            .or(series.points.first())
        else {
            return Vec::new();
        };
        let Some(end) = series.points.last().filter(|p| p.projected) else {
            return Vec::new();
        };
        let span = plot.x[1] - plot.x[0];
        let step = span / f64::from(plot.graph.width.max(2)) * 1.5;
        let mut points = Vec::new();
        let mut year = f64::from(start.year);
        while year <= f64::from(end.year) && step > 0.0 {
            points.extend(value_at(&series.points, year).map(|e| (year, e.value)));
            year += step;
        }
        points
    }

    /// Points as ● known / ○ projected, the selected event's ▲ and the cursor's year.
    fn overlay(&self, series: &Series, plot: &Plot, buf: &mut Buffer) {
        let theme = self.theme;
        let graph = plot.graph;
        for p in &series.points {
            let Some(x) = plot.column(f64::from(p.year)) else {
                continue;
            };
            let (symbol, style) = if p.projected {
                ("○", theme.projected)
            } else {
                ("●", theme.known)
            };
            if let Some(cell) = buf.cell_mut(Position::new(x, graph.y + plot.row(p.value))) {
                cell.set_symbol(symbol).set_style(style);
            }
        }
        self.time_marks(series.points.last().map(|p| p.year), plot, buf);
    }

    /// The selected event's ▲ on the time axis and the year cursor's year under it.
    fn time_marks(&self, last_year: Option<i32>, plot: &Plot, buf: &mut Buffer) {
        let theme = self.theme;
        let graph = plot.graph;
        let axis_row = graph.bottom();
        // The axis may end on 1 January of the last point's year: an event later in that
        // year goes at the end, as the status line (which names only later years as off
        // the chart) says.
        let event_x = self.app.selected().and_then(|e| {
            let x = e.date().as_year_fraction();
            let in_last_year = last_year == Some(e.date().year());
            plot.column(if in_last_year { x.min(plot.x[1]) } else { x })
        });
        if let Some(cell) = event_x.and_then(|x| buf.cell_mut(Position::new(x, axis_row))) {
            cell.set_symbol("▲").set_style(theme.event_marker);
        }
        let Some(year) = self.app.year else { return };
        let Some(x) = plot.column(f64::from(year)) else {
            return;
        };
        // The cursor's year goes on the label row, unless it would touch the end labels.
        let start = x.saturating_sub(2);
        if start > graph.x + 5 && start + 9 < graph.right() {
            buf.set_string(start, axis_row + 1, year.to_string(), theme.year_cursor);
        }
    }
}

/// Where ratatui puts the graph: right of the widest row label (counted in columns, as
/// the terminal lays it out) or of the first year's overhang, and of the axis line.
fn graph_area(area: Rect, labels: &[RowLabel], first_year: &str, room: usize, height: u16) -> Rect {
    let widest = labels.iter().map(|l| width(&l.text)).max().unwrap_or(0);
    let overhang = width(first_year).saturating_sub(1);
    let left = widest.max(overhang).min(room) as u16 + 1;
    Rect::new(
        area.x + left,
        area.y,
        area.width.saturating_sub(left),
        height,
    )
}

/// The chart's frame: the first and last year along the bottom, value labels up the side.
/// The side runs 0 to 1: the plot has already put each value on its row.
fn framed<'a>(
    datasets: Vec<Dataset<'a>>,
    x: [f64; 2],
    x_labels: [String; 2],
    y_labels: Vec<Line<'a>>,
    theme: &Theme,
) -> Chart<'a> {
    let axis = |bounds: [f64; 2], labels: Vec<Line<'a>>| {
        Axis::default()
            .bounds(bounds)
            .labels(labels)
            .style(theme.muted)
    };
    Chart::new(datasets)
        .x_axis(axis(x, x_labels.map(Line::from).to_vec()))
        .y_axis(axis([0.0, 1.0], y_labels))
}

#[cfg(test)]
mod several_tests;
#[cfg(test)]
mod tests;
