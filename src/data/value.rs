//! The numbers a dataset may hold: series values and their ranges, and event figures.
//!
//! The range is decided here once, and both `check` and drawing rely on it: a value is
//! 0 or between [`SMALLEST`] and [`LARGEST`]. Money in full amounts of the smallest
//! currencies stays well inside (a year of Indonesia's economy is about 2·10¹⁶ rupiah),
//! and so does every number derived from two values: a ratio of two non-zero values is at
//! most 10²⁷, so a growth rate, an interpolated point or a chart's scale is always a
//! finite number that formats and draws. A number written too small to tell from 0
//! (`1e-400`) is refused like one too large (`1e400`), not silently read as 0.

/// The largest value a dataset may hold.
pub const LARGEST: f64 = 1e18;
/// The smallest value other than 0 a dataset may hold.
pub const SMALLEST: f64 = 1e-9;

/// Why `value`, as `written` in the file, is not a number pasar can use; `None` when it is.
pub fn problem(value: f64, written: &str) -> Option<String> {
    if value.is_nan() || value.is_infinite() && !looks_numeric(written) {
        return Some("is not a finite number".into());
    }
    if value < 0.0 || written.trim_start().starts_with('-') && !written_as_zero(written) {
        return Some("must not be negative".into());
    }
    let shown = crate::text::clip(written.trim(), 40);
    if value > LARGEST {
        return Some(format!("{shown} is too large (at most 1e18)"));
    }
    let zero = value == 0.0 && !written_as_zero(written);
    if zero || value > 0.0 && value < SMALLEST {
        return Some(format!("{shown} is too small (0, or at least 1e-9)"));
    }
    None
}

/// `1e400` overflows to infinity but is written as a number: it is too large, not `inf`.
fn looks_numeric(written: &str) -> bool {
    let unsigned = written.trim().trim_start_matches(['+', '-']);
    unsigned.bytes().next().is_some_and(|b| b.is_ascii_digit())
}

/// Whether the digits before any exponent are all zeros (`0`, `0.0`, `-0e5`, `0_0`).
fn written_as_zero(written: &str) -> bool {
    let mantissa = written.split(['e', 'E']).next().unwrap_or("");
    !mantissa.bytes().any(|b| matches!(b, b'1'..=b'9'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn check(written: &str) -> Option<String> {
        let value: f64 = written.replace('_', "").parse().unwrap_or(f64::NAN);
        problem(value, written)
    }

    #[test]
    fn values_inside_the_range_pass() {
        for ok in [
            "0",
            "0.0",
            "1e-9",
            "62.0",
            "1e18",
            "1000000000000000000",
            "0e10",
        ] {
            assert_eq!(check(ok), None, "{ok}");
        }
    }

    #[test]
    fn values_outside_the_range_say_which_end_and_the_limit() {
        assert_eq!(check("1e307").unwrap(), "1e307 is too large (at most 1e18)");
        assert_eq!(check("1e400").unwrap(), "1e400 is too large (at most 1e18)");
        assert_eq!(
            check("1e-400").unwrap(),
            "1e-400 is too small (0, or at least 1e-9)"
        );
        assert_eq!(
            check("1e-10").unwrap(),
            "1e-10 is too small (0, or at least 1e-9)"
        );
        assert_eq!(check("-5").unwrap(), "must not be negative");
        assert_eq!(check("-1e-400").unwrap(), "must not be negative");
        assert_eq!(check("nan").unwrap(), "is not a finite number");
        assert_eq!(check("inf").unwrap(), "is not a finite number");
        assert_eq!(check("+inf").unwrap(), "is not a finite number");
    }

    #[test]
    fn a_long_number_is_cut_in_the_message() {
        let long = format!("1{}", "0".repeat(5000));
        let message = check(&long).unwrap();
        assert!(message.len() < 80, "{message}");
        assert!(message.ends_with("is too large (at most 1e18)"));
    }

    proptest! {
        #[test]
        fn every_accepted_value_keeps_derived_numbers_finite(a in any::<f64>(), b in any::<f64>(), years in 1.0f64..9999.0) {
            let (wa, wb) = (format!("{a:e}"), format!("{b:e}"));
            if problem(a, &wa).is_none() && problem(b, &wb).is_none() && a > 0.0 {
                let rate = crate::forecast::cagr(a, b, years);
                prop_assert!(rate.is_none_or(f64::is_finite), "{a} → {b}: {rate:?}");
                prop_assert!((b / a).is_finite() && (a * 1.05).is_finite());
            }
        }
    }
}
