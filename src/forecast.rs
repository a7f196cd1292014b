//! Growth math for market-size series: CAGR, constant-growth interpolation, doubling time.
//!
//! Between two known points a market is assumed to grow at a constant yearly rate, which
//! is how analysts quote these projections ("from $62B to $160B, 14.5% a year").

use crate::data::{Point, Series};

/// Compound annual growth rate from `start` to `end` over `years` (0.145 for 14.5%).
///
/// `None` when it is undefined: no time between the points, or a start value of zero.
pub fn cagr(start: f64, end: f64, years: f64) -> Option<f64> {
    (years > 0.0 && start > 0.0 && end >= 0.0).then(|| (end / start).powf(1.0 / years) - 1.0)
}

/// Years for a quantity to double at a yearly growth `rate`; `None` unless it grows.
pub fn doubling_time(rate: f64) -> Option<f64> {
    (rate > 0.0 && rate.is_finite()).then(|| std::f64::consts::LN_2 / rate.ln_1p())
}

/// A series value at some year, and how it was obtained.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    pub value: f64,
    /// True when the year falls between points rather than on one.
    pub interpolated: bool,
    /// True when the value depends on a projected point.
    pub projected: bool,
}

/// The value at `year`, interpolated at constant growth between the points around it.
///
/// `None` outside the first and last point: pasar does not extrapolate beyond what a
/// source projected. Where either neighbour is zero, growth is undefined and the two are
/// joined linearly instead.
pub fn value_at(points: &[Point], year: f64) -> Option<Estimate> {
    let after = points.iter().position(|p| f64::from(p.year) >= year)?;
    let next = points[after];
    if f64::from(next.year) == year {
        return Some(Estimate {
            value: next.value,
            interpolated: false,
            projected: next.projected,
        });
    }
    let prev = points[after.checked_sub(1)?];
    let t = (year - f64::from(prev.year)) / f64::from(next.year - prev.year);
    let value = if prev.value > 0.0 && next.value > 0.0 {
        prev.value * (next.value / prev.value).powf(t)
    } else {
        prev.value + (next.value - prev.value) * t
    };
    Some(Estimate {
        value,
        interpolated: true,
        projected: prev.projected || next.projected,
    })
}

/// Growth across a whole series: first point, last point and the CAGR between them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Growth {
    pub from: Point,
    pub to: Point,
    pub rate: Option<f64>,
}

/// The growth from the latest known (not projected) point to the last point.
///
/// That is the headline figure a projection is quoted with: "US$62B in 2023 to about
/// US$160B by 2030". With no known points, or no projections, it spans the whole series.
pub fn headline_growth(series: &Series) -> Option<Growth> {
    let last = *series.points.last()?;
    let latest_known = series.points.iter().rev().find(|p| !p.projected);
    let from = latest_known
        .filter(|_| last.projected)
        .or(series.points.first())
        .copied()?;
    Some(Growth {
        from,
        to: last,
        // A share of a whole does not compound: 36% to 46% is ten points gained, not
        // "13% a year", so a share has no growth rate to quote.
        rate: (!is_share(series))
            .then(|| cagr(from.value, last.value, f64::from(last.year - from.year)))
            .flatten(),
    })
}

/// Whether a series is a share of a whole (unit `%`), such as a player's market share.
pub fn is_share(series: &Series) -> bool {
    series.unit.trim() == "%"
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn point(year: i32, value: f64) -> Point {
        Point {
            year,
            value,
            projected: false,
            low: None,
            high: None,
        }
    }

    #[test]
    fn cagr_of_62_to_160_over_2023_to_2030_is_14_5_percent() {
        let rate = cagr(62.0, 160.0, 7.0).unwrap();
        assert_eq!(format!("{:.1}%", rate * 100.0), "14.5%");
    }

    #[test]
    fn cagr_is_undefined_without_time_or_a_start() {
        assert_eq!(cagr(62.0, 160.0, 0.0), None);
        assert_eq!(cagr(0.0, 160.0, 7.0), None);
    }

    #[test]
    fn doubling_time_follows_the_rule_of_72_roughly() {
        let years = doubling_time(0.145).unwrap();
        assert!((years - 5.12).abs() < 0.01, "{years}");
        assert_eq!(doubling_time(0.0), None);
        assert_eq!(doubling_time(-0.1), None);
    }

    #[test]
    fn headline_growth_runs_from_the_latest_known_point_to_the_last() {
        let mut points = vec![
            point(2021, 48.0),
            point(2023, 62.0),
            point(2025, 82.0),
            point(2030, 160.0),
        ];
        points[2].projected = true;
        points[3].projected = true;
        let series = Series {
            id: "gmv".into(),
            name: "GMV".into(),
            unit: "USD bn".into(),
            source: None,
            player: None,
            points,
        };
        let growth = headline_growth(&series).unwrap();
        assert_eq!((growth.from.year, growth.to.year), (2023, 2030));
        assert!((growth.rate.unwrap() - 0.14503).abs() < 1e-5);
    }

    #[test]
    fn a_share_has_no_growth_rate() {
        let series = Series {
            id: "share".into(),
            name: "Share".into(),
            unit: "%".into(),
            source: None,
            player: None,
            points: vec![point(2022, 36.0), point(2024, 46.0)],
        };
        let growth = headline_growth(&series).expect("two points");
        assert_eq!(
            (growth.from.value, growth.to.value, growth.rate),
            (36.0, 46.0, None)
        );
        let dollars = Series {
            unit: "USD bn".into(),
            ..series
        };
        assert!(headline_growth(&dollars).and_then(|g| g.rate).is_some());
    }

    #[test]
    fn headline_growth_spans_the_whole_series_when_nothing_is_projected() {
        let series = Series {
            id: "s".into(),
            name: "S".into(),
            unit: "USD bn".into(),
            source: None,
            player: None,
            points: vec![point(2021, 48.0), point(2022, 58.0), point(2023, 62.0)],
        };
        let growth = headline_growth(&series).unwrap();
        assert_eq!((growth.from.year, growth.to.year), (2021, 2023));
        assert!((growth.rate.unwrap() - ((62.0f64 / 48.0).sqrt() - 1.0)).abs() < 1e-12);
    }

    #[test]
    fn value_at_says_when_it_interpolates_and_refuses_to_extrapolate() {
        let points = [point(2023, 62.0), point(2030, 160.0)];
        assert!(!value_at(&points, 2023.0).unwrap().interpolated);
        let mid = value_at(&points, 2026.5).unwrap();
        assert!(mid.interpolated);
        assert!((mid.value - (62.0f64 * 160.0).sqrt()).abs() < 1e-9);
        assert_eq!(value_at(&points, 2022.0), None);
        assert_eq!(value_at(&points, 2031.0), None);
    }

    fn series_points() -> impl Strategy<Value = Vec<Point>> {
        prop::collection::vec((1u16..6, 0.01f64..1e6), 2..8).prop_map(|steps| {
            let mut year = 2000;
            steps
                .into_iter()
                .map(|(gap, value)| {
                    year += i32::from(gap);
                    point(year, value)
                })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn interpolation_hits_every_known_point(points in series_points()) {
            for p in &points {
                let estimate = value_at(&points, f64::from(p.year)).unwrap();
                prop_assert!((estimate.value - p.value).abs() <= 1e-9 * p.value.max(1.0));
            }
        }

        #[test]
        fn interpolation_is_monotone_between_growing_points(points in series_points(), steps in 2usize..40) {
            for pair in points.windows(2).filter(|w| w[1].value >= w[0].value) {
                let (a, b) = (f64::from(pair[0].year), f64::from(pair[1].year));
                let mut last = pair[0].value;
                for i in 1..=steps {
                    let v = value_at(&points, a + (b - a) * i as f64 / steps as f64).unwrap().value;
                    prop_assert!(v >= last * (1.0 - 1e-12), "{v} < {last}");
                    last = v;
                }
            }
        }

        #[test]
        fn cagr_of_an_interpolated_span_equals_the_span_cagr(points in series_points(), f in 0.0f64..1.0, g in 0.0f64..1.0) {
            let (a, b) = (f64::from(points[0].year), f64::from(points[1].year));
            let span = cagr(points[0].value, points[1].value, b - a).unwrap();
            let (t0, t1) = (a + (b - a) * f.min(g), a + (b - a) * f.max(g));
            prop_assume!(t1 - t0 > 1e-3);
            let v0 = value_at(&points, t0).unwrap().value;
            let v1 = value_at(&points, t1).unwrap().value;
            let inner = cagr(v0, v1, t1 - t0).unwrap();
            prop_assert!((inner - span).abs() <= 1e-6 * (1.0 + span.abs()), "{inner} vs {span}");
        }
    }
}
