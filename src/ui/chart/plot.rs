//! Chart geometry: where a year and a value land on screen.

use ratatui::layout::Rect;

use crate::data::Series;
use crate::format::series_range;

/// Where data coordinates land on screen, computed as ratatui's canvas does (rounded).
#[derive(Clone, Copy, Debug)]
pub struct Plot {
    pub graph: Rect,
    pub x: [f64; 2],
    pub y: [f64; 2],
}

impl Plot {
    /// The cell column of `x`, placed as a Braille canvas (2 dots a cell) places it.
    pub fn column(&self, x: f64) -> Option<u16> {
        let t = (x - self.x[0]) / (self.x[1] - self.x[0]);
        let dots = f64::from(self.graph.width) * 2.0 - 1.0;
        (0.0..=1.0)
            .contains(&t)
            .then(|| self.graph.x + ((t * dots).round() as u16) / 2)
    }

    /// The year at the middle of a cell column: the inverse of [`Plot::column`].
    pub fn year_at(&self, column: u16) -> Option<f64> {
        let cell = column
            .checked_sub(self.graph.x)
            .filter(|&c| c < self.graph.width)?;
        let dots = f64::from(self.graph.width) * 2.0 - 1.0;
        let t = ((f64::from(cell) * 2.0 + 0.5) / dots).min(1.0);
        Some(self.x[0] + t * (self.x[1] - self.x[0]))
    }

    /// The row of `y` counted down from the top, as a Braille canvas (4 dots a cell) does.
    pub fn row(&self, y: f64) -> u16 {
        let t = ((self.y[1] - y) / (self.y[1] - self.y[0])).clamp(0.0, 1.0);
        let dots = (f64::from(self.graph.height) * 4.0 - 1.0).max(0.0);
        ((t * dots).round() as u16) / 4
    }

    /// `points` (in x order) thinned to what the graph's width can show: per Braille dot
    /// column, the first, lowest, highest and last point, so the line keeps its shape and
    /// its extremes while a long series costs no more to draw than a short one.
    pub fn thinned(&self, points: &[(f64, f64)]) -> Vec<(f64, f64)> {
        let dots = usize::from(self.graph.width.max(1)) * 2;
        if points.len() <= dots * 4 {
            return points.to_vec();
        }
        let span = self.x[1] - self.x[0];
        let dot = |x: f64| ((x - self.x[0]) / span * dots as f64).floor() as i64;
        let mut kept = Vec::with_capacity(dots * 4);
        for same in points.chunk_by(|a, b| dot(a.0) == dot(b.0)) {
            let low = same.iter().min_by(|a, b| a.1.total_cmp(&b.1));
            let high = same.iter().max_by(|a, b| a.1.total_cmp(&b.1));
            let mut picks: Vec<&(f64, f64)> = [same.first(), low, high, same.last()]
                .into_iter()
                .flatten()
                .collect();
            picks.sort_by(|a, b| a.0.total_cmp(&b.0));
            picks.dedup_by(|a, b| std::ptr::eq(*a, *b));
            kept.extend(picks.into_iter().copied());
        }
        kept
    }
}

/// The chart's data bounds: the series' years, and its values with their ranges.
///
/// The value axis fits the data, so values close together land on different rows: it
/// starts at zero only when the smallest value is already near it (or all are equal),
/// else a little below the smallest. The bottom row's label says where it starts.
pub fn bounds(series: &Series) -> ([f64; 2], [f64; 2]) {
    bounds_of(&[series])
}

/// The bounds that hold several series: the first year of any to the last of any, and
/// every value of all of them.
pub fn bounds_of(all: &[&Series]) -> ([f64; 2], [f64; 2]) {
    let points = || all.iter().flat_map(|s| s.points.iter());
    let first = points().map(|p| p.year).min().unwrap_or(0);
    let last = points().map(|p| p.year).max().unwrap_or(first);
    let x = [f64::from(first), f64::from(last.max(first + 1))];
    let values = || {
        points()
            .flat_map(|p| [Some(p.value), p.low, p.high])
            .flatten()
            .filter(|v| v.is_finite())
    };
    let top = values().fold(0.0, f64::max);
    let least = values().fold(top, f64::min);
    if top <= 0.0 {
        return (x, [0.0, 1.0]);
    }
    let span = top - least;
    let pad = span * 0.05;
    let bottom = if span == 0.0 || least < span * 0.25 {
        0.0
    } else {
        least - pad
    };
    let top = if bottom == 0.0 { top * 1.05 } else { top + pad };
    (x, [bottom, top])
}

/// A value worth a label on the value axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    pub value: f64,
    pub projected: bool,
}

/// The marks of a series: every point's value and the ends of its ranges.
pub fn marks(series: &Series) -> Vec<Mark> {
    (series.points.iter())
        .flat_map(|p| {
            [Some(p.value), p.low, p.high].map(|v| {
                v.map(|value| Mark {
                    value,
                    projected: p.projected,
                })
            })
        })
        .flatten()
        .collect()
}

/// The row labels of the value axis, one a graph row from the bottom (as ratatui takes
/// them): each row names the values that land on it, so no point ever sits beside
/// another value's label. A row with several values names their range (`$58–62B`);
/// rows without values are blank. Each label is cut to `room` columns.
pub fn row_labels(plot: &Plot, marks: &[Mark], unit: &str, room: usize) -> Vec<RowLabel> {
    let height = usize::from(plot.graph.height);
    let mut rows: Vec<Option<(f64, f64, bool)>> = vec![None; height];
    for mark in marks {
        let from_bottom = height
            .saturating_sub(1)
            .saturating_sub(usize::from(plot.row(mark.value)));
        let Some(row) = rows.get_mut(from_bottom) else {
            continue;
        };
        let (low, high, projected) = row.get_or_insert((mark.value, mark.value, true));
        *low = low.min(mark.value);
        *high = high.max(mark.value);
        *projected &= mark.projected;
    }
    (rows.into_iter())
        .map(|row| match row {
            Some((low, high, projected)) => RowLabel {
                text: crate::text::truncate(&series_range(low, high, unit), room).into_owned(),
                projected,
            },
            None => RowLabel::default(),
        })
        .collect()
}

/// One row's label on the value axis, and whether it names only projected values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RowLabel {
    pub text: String,
    pub projected: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_series_is_thinned_to_the_width_keeping_ends_and_extremes() {
        let plot = Plot {
            graph: Rect::new(0, 0, 50, 10),
            x: [0.0, 10_000.0],
            y: [0.0, 2.0],
        };
        let points: Vec<(f64, f64)> = (0..10_000)
            .map(|i| (f64::from(i), 1.0 + (f64::from(i) * 0.37).sin()))
            .collect();
        let thin = plot.thinned(&points);
        assert!(thin.len() <= 4 * 100, "{} points kept", thin.len());
        assert_eq!(thin.first(), points.first());
        assert_eq!(thin.last(), points.last());
        let extreme = |pick: fn(f64, f64) -> f64, of: &[(f64, f64)]| {
            of.iter().map(|p| p.1).fold(of[0].1, pick)
        };
        assert_eq!(extreme(f64::max, &thin), extreme(f64::max, &points));
        assert_eq!(extreme(f64::min, &thin), extreme(f64::min, &points));
        assert!(thin.windows(2).all(|w| w[0].0 < w[1].0), "kept in x order");
        // Every dot column that had points still has one.
        let dot = |x: f64| (x / 10_000.0 * 100.0).floor() as i64;
        let mut had: Vec<i64> = points.iter().map(|p| dot(p.0)).collect();
        let mut has: Vec<i64> = thin.iter().map(|p| dot(p.0)).collect();
        had.dedup();
        has.dedup();
        assert_eq!(had, has);
    }

    #[test]
    fn a_short_series_is_drawn_whole() {
        let plot = Plot {
            graph: Rect::new(0, 0, 30, 10),
            x: [2015.0, 2030.0],
            y: [0.0, 100.0],
        };
        let points: Vec<(f64, f64)> = (2015..=2030).map(|y| (f64::from(y), 5.0)).collect();
        assert_eq!(plot.thinned(&points), points);
    }
}
