//! Exact decimal numbers, so `1,2 miliar` is 1200000000 and not 1199999999.9999998.

/// `mantissa × 10^exponent`, with checked arithmetic: overflow gives `None`, never a panic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Decimal {
    pub mantissa: i128,
    pub exponent: i32,
}

const LIMIT: i128 = 10i128.pow(30);

impl Decimal {
    pub const ZERO: Decimal = Decimal::int(0);
    pub const ONE: Decimal = Decimal::int(1);

    pub const fn int(n: i128) -> Decimal {
        Decimal {
            mantissa: n,
            exponent: 0,
        }
    }

    pub fn pow10(exponent: i32) -> Decimal {
        Decimal {
            mantissa: 1,
            exponent,
        }
    }

    /// Parses plain ASCII digits with at most one `.` as the decimal point.
    pub fn parse(digits: &str) -> Option<Decimal> {
        let mut mantissa: i128 = 0;
        let mut exponent = 0;
        let mut point = false;
        for b in digits.bytes() {
            match b {
                b'0'..=b'9' => {
                    mantissa = mantissa
                        .checked_mul(10)?
                        .checked_add(i128::from(b - b'0'))?;
                    if point {
                        exponent -= 1;
                    }
                    if mantissa > LIMIT {
                        return None;
                    }
                }
                b'.' if !point => point = true,
                _ => return None,
            }
        }
        Some(Decimal { mantissa, exponent }.normal())
    }

    fn normal(mut self) -> Decimal {
        while self.exponent < 0 && self.mantissa != 0 && self.mantissa % 10 == 0 {
            self.mantissa /= 10;
            self.exponent += 1;
        }
        if self.mantissa == 0 {
            self.exponent = 0;
        }
        self
    }

    pub fn times(self, other: Decimal) -> Option<Decimal> {
        let mantissa = self.mantissa.checked_mul(other.mantissa)?;
        let exponent = self.exponent.checked_add(other.exponent)?;
        (mantissa.abs() <= LIMIT && exponent.abs() < 40)
            .then(|| Decimal { mantissa, exponent }.normal())
    }

    pub fn plus(self, other: Decimal) -> Option<Decimal> {
        let exponent = self.exponent.min(other.exponent);
        let scale = |d: Decimal| -> Option<i128> {
            let shift = u32::try_from(d.exponent - exponent).ok()?;
            d.mantissa.checked_mul(10i128.checked_pow(shift)?)
        };
        let mantissa = scale(self)?.checked_add(scale(other)?)?;
        (mantissa.abs() <= LIMIT).then(|| Decimal { mantissa, exponent }.normal())
    }

    pub fn is_zero(self) -> bool {
        self.mantissa == 0
    }

    /// The nearest `f64`, rounded correctly by going through its decimal text.
    pub fn to_f64(self) -> f64 {
        format!("{}e{}", self.mantissa, self.exponent)
            .parse()
            .unwrap_or(f64::NAN)
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Decimal) -> Option<std::cmp::Ordering> {
        self.to_f64().partial_cmp(&other.to_f64())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_decimals_exactly() {
        let x = Decimal::parse("1.2")
            .unwrap()
            .times(Decimal::pow10(9))
            .unwrap();
        assert_eq!(x.to_f64(), 1_200_000_000.0);
        let half = Decimal::parse("1")
            .unwrap()
            .plus(Decimal::parse("0.5").unwrap());
        assert_eq!(half.unwrap().to_f64(), 1.5);
    }

    #[test]
    fn overflow_is_none_not_a_panic() {
        let big = Decimal::parse(&"9".repeat(29)).unwrap();
        assert!(big.times(big).is_none());
        assert!(Decimal::parse(&"9".repeat(60)).is_none());
    }
}
