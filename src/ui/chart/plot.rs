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
