//! Adding and removing a `[[sources]]` entry of `market.toml` without touching the rest
//! of the file: a hand-edited file keeps its comments, order and spacing byte for byte.

use toml_edit::{DocumentMut, Item, Value};

/// A source that accepting a candidate creates from its article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewSource {
    pub id: String,
    pub title: String,
    pub publisher: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub published: String,
    pub url: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum SourcesError {
    #[error("{0}")]
    Toml(#[from] toml_edit::TomlError),
    #[error("`sources` is not a list of [[sources]] tables")]
    NotTables,
}

/// The file's `[[sources]]` tables, when it has any.
fn tables(doc: &DocumentMut) -> Result<Option<&toml_edit::ArrayOfTables>, SourcesError> {
    match doc.get("sources") {
        None => Ok(None),
        Some(Item::ArrayOfTables(tables)) => Ok(Some(tables)),
        Some(_) => Err(SourcesError::NotTables),
    }
}

fn id_of(table: &toml_edit::Table) -> Option<&str> {
    table.get("id").and_then(Item::as_str)
}

/// `text` with `source` appended as a new `[[sources]]` table at the end of the file
/// (every byte before it unchanged); none when a source of that id already exists.
pub fn add(text: &str, source: &NewSource) -> Result<Option<String>, SourcesError> {
    let doc: DocumentMut = text.parse()?;
    if tables(&doc)?.is_some_and(|t| t.iter().any(|s| id_of(s) == Some(&source.id))) {
        return Ok(None);
    }
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut out = text.to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push_str(eol);
    }
    let quoted = |s: &str| Value::from(s).to_string();
    let mut fields = vec![
        ("id", &source.id),
        ("title", &source.title),
        ("publisher", &source.publisher),
        ("published", &source.published),
    ];
    if let Some(url) = &source.url {
        fields.push(("url", url));
    }
    out.push_str(eol);
    out.push_str("[[sources]]");
    out.push_str(eol);
    for (key, value) in fields {
        out.push_str(&format!("{key} = {}{eol}", quoted(value)));
    }
    Ok(Some(out))
}

/// `text` without the `[[sources]]` table of `id`, and what it held; the text unchanged
/// and none when there is no such source.
pub fn remove(text: &str, id: &str) -> Result<(String, Option<NewSource>), SourcesError> {
    let mut doc: DocumentMut = text.parse()?;
    let Some(at) = tables(&doc)?.and_then(|t| t.iter().position(|s| id_of(s) == Some(id))) else {
        return Ok((text.to_string(), None));
    };
    let Some(Item::ArrayOfTables(sources)) = doc.get_mut("sources") else {
        return Err(SourcesError::NotTables);
    };
    let field =
        |t: &toml_edit::Table, key: &str| t.get(key).and_then(Item::as_str).map(str::to_string);
    let removed = sources.get(at).map(|t| NewSource {
        id: id.to_string(),
        title: field(t, "title").unwrap_or_default(),
        publisher: field(t, "publisher").unwrap_or_default(),
        published: field(t, "published").unwrap_or_default(),
        url: field(t, "url"),
    });
    sources.remove(at);
    Ok((doc.to_string(), removed))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MARKET: &str = "# The market, by hand.\n[market]\nname = \"M\"  # its name\n\n\
                          [[sources]]\nid = \"old\"\ntitle = \"Old\"\npublisher = \"P\"\npublished = \"2024\"\n\n\
                          # players below\n[[players]]\nid = \"a\"\nname = \"A\"\nrole = \"other\"\n";

    fn wire() -> NewSource {
        NewSource {
            id: "wire-1".into(),
            title: "A \"quoted\" headline".into(),
            publisher: "Wire".into(),
            published: "2024-05-20".into(),
            url: Some("https://example.com/a".into()),
        }
    }

    #[test]
    fn adds_a_source_after_every_byte_of_the_file() {
        let text = add(MARKET, &wire()).unwrap().unwrap();
        assert_eq!(
            text.strip_prefix(MARKET).unwrap(),
            "\n[[sources]]\nid = \"wire-1\"\ntitle = 'A \"quoted\" headline'\n\
             publisher = \"Wire\"\npublished = \"2024-05-20\"\nurl = \"https://example.com/a\"\n"
        );
        let parsed: toml::Table = toml::from_str(&text).unwrap();
        assert_eq!(parsed["sources"].as_array().unwrap().len(), 2);
        assert_eq!(add(&text, &wire()).unwrap(), None, "already there");
    }

    #[test]
    fn removing_what_was_added_gives_the_file_back() {
        let text = add(MARKET, &wire()).unwrap().unwrap();
        let (back, removed) = remove(&text, "wire-1").unwrap();
        assert_eq!(back, MARKET);
        assert_eq!(removed, Some(wire()));
        assert_eq!(
            remove(MARKET, "nothing").unwrap(),
            (MARKET.to_string(), None)
        );
    }
}
