//! Numbers that name something rather than count it: market indices (`S&P 500`, `FTSE
//! 100`, `LQ45`), product and model codes (`Galaxy S24`, `iPhone 15`, `HEMAT50`),
//! network generations (`5G`) and telephone numbers (`0812-3456-7890`). Reporting them
//! as figures would put a 500 in a story about a one per cent rise.

use super::numbers::Numeral;
use super::text::{Shape, Text};

/// Whether the numeral `n`, with no unit after it, is part of a name.
pub fn names_a_thing(text: &Text, n: Numeral) -> bool {
    let i = n.from;
    glued_to_letters(text, i)
        || after_an_index(text, i)
        || generation(text, i)
        || n.bare && after_a_product(text, i)
        || telephone(text, i)
}

/// `iPhone 15`, `Android 14`, `Windows 11`, `Boeing 737`: a model number after a product
/// line that news names often. A short list: a capital word before digits is as often a
/// count's subject in a headline (`Penjualan Tumbuh 15 Kali`).
fn after_a_product(text: &Text, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|b| {
        matches!(
            text.lower(b),
            "iphone"
                | "ipad"
                | "pixel"
                | "android"
                | "galaxy"
                | "windows"
                | "ios"
                | "playstation"
                | "xbox"
                | "boeing"
                | "redmi"
                | "xiaomi"
                | "snapdragon"
                | "macos"
        )
    })
}

/// `0812-3456-7890`, `021 555 1234`, `+62 21 555 1234`: digits in a run joined by hyphens
/// or single spaces whose first group starts with a zero, or follows a `+` with more
/// groups after it, dial a number.
fn telephone(text: &Text, i: usize) -> bool {
    let joined = |k: usize| {
        let hyphen = k >= 2 && text.is(k - 1, '-') && text.attached(k) && text.attached(k - 1);
        let spaced = k >= 1 && text.tokens[k].spaced && text.shape(k - 1) == Some(Shape::Number);
        match (hyphen, spaced) {
            (true, _) => Some(k - 2),
            (false, true) => Some(k - 1),
            _ => None,
        }
    };
    let mut first = i;
    while let Some(k) = joined(first).filter(|&k| text.shape(k) == Some(Shape::Number)) {
        first = k;
    }
    let raw = text.raw(first).as_bytes();
    let zero = raw.len() >= 2 && raw[0] == b'0' && raw.iter().all(u8::is_ascii_digit);
    let dialled = first > 0 && text.is(first - 1, '+') && text.attached(first);
    let more = text.shape(i + 1) == Some(Shape::Number) || first < i;
    zero || dialled && more
}

/// `LQ45`, `IDX30`, `S24`: a word glued to the digits makes them a code. (Through a
/// hyphen, `COVID-19`, the number is still read: the tables hold that it is no sign.)
fn glued_to_letters(text: &Text, i: usize) -> bool {
    i.checked_sub(1)
        .is_some_and(|before| text.attached(i) && text.is_word(before))
}

/// `S&P 500`, `FTSE 100`, `Nikkei 225`, `Stoxx 600`: the number is the index's name.
fn after_an_index(text: &Text, i: usize) -> bool {
    let Some(before) = i.checked_sub(1) else {
        return false;
    };
    let s_and_p = text.raw(before) == "P"
        && before >= 2
        && text.is(before - 1, '&')
        && text.raw(before - 2) == "S";
    let index = matches!(
        text.lower(before),
        "ftse" | "nikkei" | "stoxx" | "russell" | "nasdaq" | "cac" | "dax" | "asx" | "kompas"
    );
    text.shape(i) == Some(Shape::Number) && (s_and_p || index && text.capitalised(before))
}

/// `4G`, `5G`: a network generation, and `3D`.
fn generation(text: &Text, i: usize) -> bool {
    text.attached(i + 1) && matches!(text.raw(i + 1), "G" | "D")
}
