//! Chart geometry: where a year and a value land on screen.

use ratatui::layout::Rect;

use crate::data::Series;

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

/// The chart's data bounds: the series' years, and values from zero to just above the top.
pub fn bounds(series: &Series) -> ([f64; 2], [f64; 2]) {
    let first = series.points.first().map_or(0, |p| p.year);
    let last = series.points.last().map_or(first, |p| p.year);
    let top = series.points.iter().map(|p| p.value).fold(0.0, f64::max);
    let x = [f64::from(first), f64::from(last.max(first + 1))];
    let y = [0.0, if top > 0.0 { top * 1.05 } else { 1.0 }];
    (x, y)
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
