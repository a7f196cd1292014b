//! Article text cut into tokens that keep their byte offsets.
//!
//! Every recogniser in `ingest` reads tokens rather than characters: a word, a run of
//! digits (with the `.`/`,` separators inside it), or one punctuation character. Words are
//! also kept case-folded in one shared buffer, so matching `Tokped` against `TOKPED` costs
//! no allocation per word.

use std::ops::Range;

use crate::data::names::{is_invisible, lower_word, number_end, word_end};

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Word,
    Number,
    Punct,
}

/// One token: where it is in the text and where its folded form is.
#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub shape: Shape,
    pub start: usize,
    pub end: usize,
    /// Whitespace separates it from the previous token.
    pub spaced: bool,
    fold: (u32, u32),
}

/// A tokenised article, or a part of one.
pub struct Text<'a> {
    pub src: &'a str,
    pub tokens: Vec<Token>,
    folded: String,
    /// The bytes of `src` that were tokenised.
    range: Range<usize>,
}

impl<'a> Text<'a> {
    pub fn new(src: &'a str) -> Text<'a> {
        Text::part(src, 0..src.len())
    }

    /// The tokens of `src[range]` alone, at their offsets in the whole of `src`: one
    /// sentence of an article, read without holding tokens for the rest.
    pub fn part(src: &'a str, range: Range<usize>) -> Text<'a> {
        let mut text = Text {
            src,
            tokens: Vec::with_capacity(range.len() / 4),
            folded: String::with_capacity(range.len()),
            range,
        };
        text.tokenise();
        text
    }

    /// The part of the source that was tokenised, and where it starts.
    pub fn part_src(&self) -> (&'a str, usize) {
        (&self.src[self.range.clone()], self.range.start)
    }

    fn tokenise(&mut self) {
        let bytes = &self.src.as_bytes()[..self.range.end];
        let mut i = self.range.start;
        let mut spaced = true;
        while i < bytes.len() {
            let b = bytes[i];
            // ASCII first: most of any article, and a byte test is cheaper than decoding.
            let (shape, end) = if b.is_ascii_whitespace() {
                spaced = true;
                i += 1;
                continue;
            } else if b.is_ascii_digit() {
                (Shape::Number, number_end(bytes, i))
            } else if b.is_ascii_alphabetic() {
                (Shape::Word, word_end(&self.src[..self.range.end], i))
            } else if b.is_ascii() {
                (Shape::Punct, i + 1)
            } else {
                let c = char_at(self.src, i);
                // A zero-width space or soft hyphen is not there to a reader: it neither
                // ends a word nor starts one (`word_end` runs over those inside a word).
                if is_invisible(c) {
                    i += c.len_utf8();
                    continue;
                }
                if c.is_whitespace() {
                    spaced = true;
                    i += c.len_utf8();
                    continue;
                }
                match c.is_alphabetic() {
                    true => (Shape::Word, word_end(&self.src[..self.range.end], i)),
                    false => (Shape::Punct, i + c.len_utf8()),
                }
            };
            self.push(shape, i, end, spaced);
            spaced = false;
            i = end;
        }
    }

    fn push(&mut self, shape: Shape, start: usize, end: usize, spaced: bool) {
        let from = self.folded.len() as u32;
        if shape == Shape::Word {
            let word = &self.src[start..end];
            if word.is_ascii() {
                self.folded
                    .extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            } else {
                self.folded.push_str(&lower_word(word));
            }
        }
        let fold = (from, self.folded.len() as u32);
        self.tokens.push(Token {
            shape,
            start,
            end,
            spaced,
            fold,
        });
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The token's text as written.
    pub fn raw(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| &self.src[t.start..t.end])
    }

    /// A word's lower-case form; the raw text for numbers and punctuation.
    pub fn lower(&self, i: usize) -> &str {
        match self.tokens.get(i) {
            Some(t) if t.shape == Shape::Word => &self.folded[t.fold.0 as usize..t.fold.1 as usize],
            Some(t) => &self.src[t.start..t.end],
            None => "",
        }
    }

    pub fn shape(&self, i: usize) -> Option<Shape> {
        self.tokens.get(i).map(|t| t.shape)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.shape(i) == Some(Shape::Word)
    }

    /// Whether token `i` is the punctuation character `c`.
    pub fn is(&self, i: usize, c: char) -> bool {
        self.shape(i) == Some(Shape::Punct) && self.raw(i).starts_with(c)
    }

    /// Whether token `i` follows its predecessor with no space in between.
    pub fn attached(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.spaced)
    }

    /// Whether a word starts with a capital letter (names, months, organisations).
    pub fn capitalised(&self, i: usize) -> bool {
        self.is_word(i) && self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Byte range covering tokens `from..to` (exclusive).
    pub fn byte_range(&self, from: usize, to: usize) -> Range<usize> {
        let start = self.tokens.get(from).map_or(self.src.len(), |t| t.start);
        let end = to
            .checked_sub(1)
            .and_then(|last| self.tokens.get(last))
            .map_or(start, |t| t.end);
        start..end.max(start)
    }

    /// Index of the first token starting at or after byte `offset`.
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.start < offset)
    }
}

fn char_at(src: &str, i: usize) -> char {
    src[i..].chars().next().unwrap_or(' ')
}

/// A hash map keyed by words, with rustc's hasher: ingest looks words up at every token,
/// and no untrusted keys can flood these tables (they are built from the market file and
/// fixed word lists), so SipHash's protection buys nothing here.
pub type WordMap<V> = rustc_hash::FxHashMap<String, V>;

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes(src: &str) -> Vec<(Shape, &str)> {
        let text = Text::new(src);
        (0..text.len())
            .map(|i| (text.shape(i).unwrap(), text.raw(i)))
            .collect()
    }

    #[test]
    fn keeps_separators_inside_numbers_but_not_at_their_end() {
        use Shape::*;
        assert_eq!(
            shapes("Rp15.000,50. Q3"),
            [
                (Word, "Rp"),
                (Number, "15.000,50"),
                (Punct, "."),
                (Word, "Q"),
                (Number, "3")
            ]
        );
    }

    #[test]
    fn folds_case_without_moving_offsets() {
        let text = Text::new("ÉTÉ TOKPED");
        assert_eq!(text.lower(0), "été");
        assert_eq!(text.lower(1), "tokped");
        assert_eq!(text.tokens[1].start, 6);
    }

    #[test]
    fn invisible_characters_neither_end_nor_start_a_word() {
        use Shape::*;
        assert_eq!(
            shapes("Sh\u{ad}opee \u{200b}Alpha\u{200b}. Bli\u{200d}bli"),
            [
                (Word, "Sh\u{ad}opee"),
                (Word, "Alpha\u{200b}"),
                (Punct, "."),
                (Word, "Bli\u{200d}bli")
            ]
        );
        let text = Text::new("Sh\u{ad}opee Bli\u{200d}bli");
        assert_eq!((text.lower(0), text.lower(1)), ("shopee", "blibli"));
    }

    mod names_agree {
        use super::super::*;
        use proptest::prelude::*;

        /// Characters where ingest's reading and check's could part: letters that fold
        /// beyond lower case, digits and their separators, accents, invisible characters,
        /// kinds of space, symbols that look like digits.
        fn piece() -> impl Strategy<Value = String> {
            prop::sample::select(vec![
                "a", "Z", "ß", "ẞ", "İ", "i", "\u{307}", "\u{301}", "ς", "Σ", "ﬁ", "東", "1", "9",
                ".", ",", "-", "&", " ", "\u{a0}", "\u{3000}", "\t", "\u{200b}", "\u{ad}",
                "\u{feff}", "\u{202e}", "²", "٣", "½", "\u{20dd}", "!", "é",
            ])
            .prop_map(str::to_string)
        }

        proptest! {
            #[test]
            fn an_article_is_cut_into_the_words_a_name_is_compared_by(
                pieces in prop::collection::vec(piece(), 0..16),
            ) {
                let src: String = pieces.concat();
                let text = Text::new(&src);
                let read: Vec<String> = (0..text.len())
                    .filter(|&i| text.shape(i) != Some(Shape::Punct))
                    .map(|i| text.lower(i).to_string())
                    .collect();
                prop_assert_eq!(read, crate::data::names::words(&src), "{:?}", src);
            }
        }
    }
}
