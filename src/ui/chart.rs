//! The Growth pane: a series' known and projected points, its CAGR, the year cursor and
//! the selected event's mark on the time axis.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::symbols::Marker;
use ratatui::text::Line;
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Paragraph, Widget, Wrap};

mod plot;

use super::pane_block;
use super::theme::Theme;
use crate::app::{App, Focus};
use crate::data::Series;
use crate::forecast::{headline_growth, value_at};
use crate::format::{rate, series_value};
use crate::text::clean;
use plot::{Plot, bounds};

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
        let block = pane_block(self.theme, title, app.focus == Focus::Chart);
        let inner = block.inner(area);
        block.render(area, buf);
        let Some(series) = app.current_series().filter(|s| !s.points.is_empty()) else {
            Line::styled("No series in this dataset.", self.theme.muted).render(inner, buf);
            return;
        };
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
        let y_labels = self.y_labels(series, height, y);
        let x_labels = [x[0], x[1]].map(|year| (year as i32).to_string());
        // Where ratatui puts the graph: right of the widest label and the axis line.
        let label_width = y_labels.iter().map(String::len).max().unwrap_or(0) as u16;
        let left = label_width.max(3).min(area.width / 3) + 1;
        let graph = Rect::new(
            area.x + left,
            area.y,
            area.width.saturating_sub(left),
            height,
        );
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
            points.into_iter().map(|(x, v)| (x, v / y[1])).collect()
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
        let axis = |bounds, labels: Vec<String>| {
            Axis::default()
                .bounds(bounds)
                .labels(labels)
                .style(theme.muted)
        };
        Chart::new(datasets)
            .x_axis(axis(x, x_labels.to_vec()))
            .y_axis(axis([y[0] / y[1], 1.0], y_labels))
            .render(area, buf);
        self.overlay(series, &plot, buf);
    }

    /// One label per graph row, blank except at the rows of the values worth reading.
    fn y_labels(&self, series: &Series, height: u16, y: [f64; 2]) -> Vec<String> {
        let plot = Plot {
            graph: Rect::new(0, 0, 1, height),
            x: [0.0, 1.0],
            y,
        };
        let mut labels = vec![String::new(); usize::from(height)];
        let growth = headline_growth(series);
        let mut wanted: Vec<f64> = growth
            .iter()
            .flat_map(|g| [g.to.value, g.from.value])
            .collect();
        wanted.extend(series.points.iter().map(|p| p.value));
        for value in wanted {
            let from_bottom = usize::from(height.saturating_sub(1).saturating_sub(plot.row(value)));
            if let Some(label) = labels.get_mut(from_bottom).filter(|l| l.is_empty()) {
                *label = series_value(value, &series.unit);
            }
        }
        labels
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
        let axis_row = graph.bottom();
        // The axis may end on 1 January of the last point's year: an event later in that
        // year goes at the end, as the status line (which names only later years as off
        // the chart) says.
        let last_year = series.points.last().map(|p| p.year);
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
