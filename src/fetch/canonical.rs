//! Recognising an article seen before: by its canonical address, or by its text.

use crate::inbox::fingerprint;

/// Query parameters that say where a reader came from, not what they read.
fn tracking(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    key.starts_with("utm_")
        || matches!(
            key.as_str(),
            "fbclid"
                | "gclid"
                | "dclid"
                | "msclkid"
                | "mc_cid"
                | "mc_eid"
                | "igshid"
                | "yclid"
                | "_ga"
                | "_gl"
                | "ref_src"
                | "cmpid"
        )
}

/// The address an article is known by: scheme and host in lower case, no default port,
/// no fragment, no tracking parameters; other parameters keep their order. Text that is
/// not a URL is only trimmed.
pub fn canonical_url(text: &str) -> String {
    let Ok(mut url) = url::Url::parse(text.trim()) else {
        return text.trim().to_string();
    };
    url.set_fragment(None);
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(key, _)| !tracking(key))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        url.set_query(None);
    } else if url.query_pairs().count() != kept.len() {
        url.query_pairs_mut().clear().extend_pairs(kept);
    }
    url.to_string()
}

/// A fingerprint of an article's words, the same however it is spaced or capitalised:
/// one story under two addresses is read once.
pub fn text_fingerprint(text: &str) -> String {
    let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    format!("{:016x}", fingerprint(words.iter().map(String::as_str)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_case_default_ports_fragments_and_tracking_parameters() {
        assert_eq!(
            canonical_url("HTTPS://Example.COM:443/Berita/1?utm_source=x&id=7&fbclid=y#top"),
            "https://example.com/Berita/1?id=7"
        );
        assert_eq!(
            canonical_url("http://example.com/a?utm_medium=rss"),
            "http://example.com/a"
        );
        assert_eq!(canonical_url(" not a url "), "not a url");
    }

    #[test]
    fn the_same_words_have_the_same_fingerprint() {
        assert_eq!(
            text_fingerprint("Lazada  meluncurkan\nLazMall."),
            text_fingerprint("lazada meluncurkan lazmall.")
        );
        assert_ne!(text_fingerprint("a b"), text_fingerprint("a c"));
    }
}
