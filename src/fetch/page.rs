//! Web pages as text: the charset from the headers or the page itself, and the main
//! text of an article page (a readability-style extractor) or of a feed's HTML content.

use encoding_rs::{Encoding, UTF_8};

/// The bytes as text, in the charset the `Content-Type` header names, else the one the
/// page declares in its first kilobyte (`<meta charset>`, `<?xml encoding?>`), else
/// UTF-8. A byte order mark wins over both; bytes that do not decode become U+FFFD.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> String {
    let label = content_type
        .and_then(|t| after(t, "charset="))
        .or_else(|| declared(bytes));
    let encoding = label
        .and_then(|l| Encoding::for_label(l.as_bytes()))
        .unwrap_or(UTF_8);
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

/// The charset a page declares near its start.
fn declared(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    after(&head, "charset=").or_else(|| after(&head, "encoding="))
}

/// The token after `key` in `text` (case-insensitive), without quotes.
fn after(text: &str, key: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let start = lower.find(key)? + key.len();
    let value: String = lower[start..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
        .collect();
    (!value.is_empty()).then_some(value)
}

/// An article page's title and main text, paragraphs on lines of their own; none when
/// the page has no readable article.
pub fn article_text(html: &str, url: &str) -> Option<(String, String)> {
    let config = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let mut reader = dom_smoothie::Readability::new(html, Some(url), Some(config)).ok()?;
    match reader.parse() {
        Ok(article) => {
            let text = article.text_content.trim().to_string();
            (!text.is_empty()).then(|| (article.title.trim().to_string(), text))
        }
        // A page too short or too plain for the extractor: all of its text.
        Err(_) => {
            let document = dom_query::Document::from(html);
            let title = document.select("title").text().trim().to_string();
            let text = document.select("body").formatted_text().trim().to_string();
            (!text.is_empty()).then_some((title, text))
        }
    }
}

/// The text of an HTML fragment (a feed item's content), paragraphs on lines of their own.
pub fn fragment_text(html: &str) -> String {
    let document = dom_query::Document::fragment(html);
    document.formatted_text().trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_by_header_then_by_page_then_as_utf8() {
        let cp1252 =
            b"<html><head><meta charset=\"windows-1252\"></head><p>Caf\xe9 \x93baru\x94</p>";
        assert!(decode(cp1252, Some("text/html")).contains("Café “baru”"));
        assert!(decode(b"Caf\xe9", Some("text/html; charset=ISO-8859-1")).contains("Café"));
        assert_eq!(decode("Café".as_bytes(), None), "Café");
        let xml = b"<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss>\x80</rss>";
        assert!(decode(xml, None).contains("€"));
    }

    #[test]
    fn turns_html_fragments_into_paragraphs_of_text() {
        let text = fragment_text("<p>Lazada meluncurkan <b>LazMall</b>.</p><p>Kedua.</p>");
        assert_eq!(text, "Lazada meluncurkan LazMall.\n\nKedua.");
    }
}
