//! Numbers that name something rather than count it: market indices (`S&P 500`, `FTSE
//! 100`, `LQ45`), product and model codes (`Galaxy S24`, `HEMAT50`) and
//! network generations (`5G`). Reporting them as figures would put a 500 in a story
//! about a one per cent rise.

use super::text::{Shape, Text};

/// Whether the digits at token `i` are part of a name.
pub fn names_a_thing(text: &Text, i: usize) -> bool {
    glued_to_letters(text, i) || after_an_index(text, i) || generation(text, i)
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
