//! Which language an article is written in, from its common function words.

use std::fmt;
use std::str::FromStr;

/// The two languages ingest reads. They differ in number separators (`15.000` and `1,5`
/// in Indonesian, `15,000` and `1.5` in English) and in their words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Id,
    En,
}

impl Lang {
    /// Guesses the language by counting function words; Indonesian on a tie, since the
    /// market's own news is Indonesian.
    pub fn detect(text: &str) -> Lang {
        let (mut id, mut en) = (0usize, 0usize);
        for word in text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| (2..=6).contains(&w.len()))
            .take(5000)
        {
            match word.to_ascii_lowercase().as_str() {
                "yang" | "dan" | "di" | "dengan" | "untuk" | "dari" | "ini" | "itu" | "pada"
                | "tidak" | "akan" | "dalam" | "adalah" | "telah" | "oleh" | "ke" | "juga" => {
                    id += 1
                }
                "the" | "and" | "of" | "to" | "in" | "is" | "that" | "for" | "with" | "on"
                | "was" | "has" | "will" | "by" | "from" | "its" | "said" => en += 1,
                _ => {}
            }
        }
        if en > id { Lang::En } else { Lang::Id }
    }
}

impl FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Lang, String> {
        match s {
            "id" => Ok(Lang::Id),
            "en" => Ok(Lang::En),
            _ => Err(format!("unknown language \"{s}\"; expected id or en")),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Lang::Id => "id",
            Lang::En => "en",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_each_language_from_function_words() {
        assert_eq!(
            Lang::detect("Pasar e-commerce yang tumbuh dengan cepat di Indonesia"),
            Lang::Id
        );
        assert_eq!(
            Lang::detect("The market is growing and the talks will go on"),
            Lang::En
        );
        assert_eq!(Lang::detect(""), Lang::Id);
    }
}
