//! Numbers in a TOML file too large for any number type (`1e400`, a 40-digit year).
//!
//! The TOML parser refuses them with its own words ("floating-point number overflowed")
//! and stops, so the field was never named, the valid range never said, and no other
//! problem of the file reported. Instead each such number is read as the largest of its
//! kind and sign (`1e400` as infinity, a 40-digit year as `i64::MAX`): the field's own
//! check then refuses it as out of range, quoting it as written in the file, beside every
//! other problem of the file.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// Parses `text` as TOML with every number too large for its type saturated.
pub fn parse(text: &str) -> Result<Spanned<DeTable<'_>>, toml::de::Error> {
    let mut table = DeTable::parse(text)?;
    for (_, value) in table.get_mut().iter_mut() {
        saturate(value.get_mut());
    }
    Ok(table)
}

fn saturate(value: &mut DeValue<'_>) {
    let largest = match value {
        DeValue::Float(float) if overflows(float.as_str()) => {
            if float.as_str().starts_with('-') {
                "-inf"
            } else {
                "inf"
            }
        }
        DeValue::Integer(integer)
            if i64::from_str_radix(integer.as_str(), integer.radix()).is_err() =>
        {
            if integer.as_str().starts_with('-') {
                "-9223372036854775808"
            } else {
                "9223372036854775807"
            }
        }
        DeValue::Array(items) => {
            items.iter_mut().for_each(|item| saturate(item.get_mut()));
            return;
        }
        DeValue::Table(table) => {
            table
                .iter_mut()
                .for_each(|(_, item)| saturate(item.get_mut()));
            return;
        }
        _ => return,
    };
    if let Ok(parsed) = DeValue::parse(largest) {
        *value = parsed.into_inner();
    }
}

/// Whether a float as TOML wrote it (`inf` is written so) is beyond `f64`.
fn overflows(written: &str) -> bool {
    let parsed: f64 = written.parse().unwrap_or(0.0);
    parsed.is_infinite() && !written.contains("inf")
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::super::market_file::parse_market_file;

    const HEAD: &str = "[market]\nname = \"M\"\nregion = \"ID\"\ncurrency = \"USD\"\n\n[[series]]\nid = \"gmv\"\nname = \"GMV\"\nunit = \"USD bn\"\n";

    /// What `check` says of a series whose only point is written `point`.
    fn problems(point: &str) -> Vec<String> {
        let text = format!("{HEAD}points = [{{ {point} }}]\n");
        let mut diagnostics = Vec::new();
        parse_market_file(Path::new("m.toml"), text.as_bytes(), &mut diagnostics);
        diagnostics.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn numbers_beyond_every_type_get_the_fields_own_range_message() {
        let large = "is too large (at most 1e18)";
        let small = "is too small (0, or at least 1e-9)";
        let digits = "9".repeat(45);
        let cut = crate::text::clip(&digits, 40);
        // The value starts at column 34, after `points = [{ year = 2023, value = `.
        let cases: Vec<(String, Vec<String>)> = vec![
            (
                "value = 1e400".into(),
                vec![format!("34: value: 1e400 {large}")],
            ),
            (
                "value = 1E400".into(),
                vec![format!("34: value: 1E400 {large}")],
            ),
            (
                "value = +1e400".into(),
                vec![format!("34: value: +1e400 {large}")],
            ),
            (
                "value = 1_0e400".into(),
                vec![format!("34: value: 1_0e400 {large}")],
            ),
            (
                "value = 1.5e99999".into(),
                vec![format!("34: value: 1.5e99999 {large}")],
            ),
            (
                "value = -1e400".into(),
                vec!["34: value: must not be negative".into()],
            ),
            (
                "value = 1e-400".into(),
                vec![format!("34: value: 1e-400 {small}")],
            ),
            (
                "value = -1e-400".into(),
                vec!["34: value: must not be negative".into()],
            ),
            (
                "value = 1e307".into(),
                vec![format!("34: value: 1e307 {large}")],
            ),
            (
                format!("value = {digits}"),
                vec![format!("34: value: {cut} {large}")],
            ),
            (
                format!("value = -{digits}"),
                vec!["34: value: must not be negative".into()],
            ),
            (
                "value = 5.0, low = 1e400".into(),
                vec![
                    "34: value: 5 is outside its range low..high".into(),
                    format!("45: low: 1e400 {large}"),
                ],
            ),
            (
                "value = 5.0, high = 1e400".into(),
                vec![format!("46: high: 1e400 {large}")],
            ),
            (
                "value = 5.0, high = -1e400".into(),
                vec![
                    "34: value: 5 is outside its range low..high".into(),
                    "46: high: must not be negative".into(),
                ],
            ),
        ];
        for (point, expected) in cases {
            let expected: Vec<String> = expected.iter().map(|e| format!("m.toml:10:{e}")).collect();
            assert_eq!(
                problems(&format!("year = 2023, {point}")),
                expected,
                "{point}"
            );
        }
    }

    #[test]
    fn a_year_beyond_every_integer_is_out_of_range_as_written() {
        let digits = "9".repeat(45);
        let cut = crate::text::clip(&digits, 40);
        assert_eq!(
            problems(&format!("year = {digits}, value = 5.0")),
            [format!("m.toml:10:20: year: {cut} is out of range 1..9999")]
        );
        assert_eq!(
            problems(&format!("year = -{digits}, value = 5.0")),
            [format!(
                "m.toml:10:20: year: -{} is out of range 1..9999",
                crate::text::clip(&digits, 39)
            )]
        );
        // Beyond i64 but inside u64: serde's "expected i64" named no field nor range.
        assert_eq!(
            problems("year = 99999999999999999999, value = 5.0"),
            ["m.toml:10:20: year: 99999999999999999999 is out of range 1..9999"]
        );
    }

    #[test]
    fn written_zero_and_the_ends_of_the_range_pass() {
        for value in ["0e400", "0.0", "1e18", "1e-9", "-0e-400"] {
            let point = format!("year = 2023, value = {value}");
            assert_eq!(problems(&point), Vec::<String>::new(), "{value}");
        }
    }

    #[test]
    fn every_overflow_in_a_file_is_reported_beside_the_other_problems() {
        let text = format!(
            "{HEAD}points = [{{ year = 2023, value = 1e400 }}, {{ year = 2022, value = -1e999 }}]\n"
        );
        let mut diagnostics = Vec::new();
        parse_market_file(Path::new("m.toml"), text.as_bytes(), &mut diagnostics);
        let shown: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "m.toml:10:34: value: 1e400 is too large (at most 1e18)",
                "m.toml:10:52: year: 2022 is not after the previous point's year 2023; points must be in increasing year order",
                "m.toml:10:66: value: must not be negative",
            ]
        );
    }
}
