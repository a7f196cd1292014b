//! A news outlet on loopback for the fetch tests: feeds in every format, article pages,
//! and every way a server can misbehave. It never leaves 127.0.0.1.

#![allow(dead_code)]

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tiny_http::{Header, Request, Response, Server};

/// A request as the server saw it.
#[derive(Clone, Debug)]
pub struct Seen {
    pub path: String,
    pub user_agent: String,
    pub if_none_match: Option<String>,
    pub if_modified_since: Option<String>,
    pub accepts_gzip: bool,
    pub at: Instant,
}

/// The running server; it stops with the test process.
pub struct Newsroom {
    pub base: String,
    pub seen: Arc<Mutex<Vec<Seen>>>,
}

pub const MARKET: &str = r#"[market]
name = "Newsroom test market"
region = "ID"
currency = "USD"

[[players]]
id = "lazada"
name = "Lazada"
role = "marketplace"

[[players]]
id = "shopee"
name = "Shopee"
role = "marketplace"

[[players]]
id = "tiktok"
name = "TikTok"
role = "social-commerce"

[[players]]
id = "tokopedia"
name = "Tokopedia"
role = "marketplace"
"#;

/// The articles, each with the sentence its candidate comes from. Written for these
/// tests: the events are invented.
pub const LAZADA: &str = "Lazada meluncurkan LazMall Express di Surabaya pada 20 Mei 2024.";
pub const TOKOPEDIA: &str =
    "Tokopedia announced a partnership with a logistics start-up on May 14, 2024.";
pub const TIKTOK: &str = "TikTok meluncurkan fitur belanja langsung pada 2 Mei 2024.";
pub const SHOPEE_UTF8: &str = "Shopee meluncurkan layanan “Kafé Niaga” pada 3 Mei 2024.";
pub const LAZADA_EN: &str = "Lazada launched a seller academy in Medan on May 8, 2024.";

fn padding() -> &'static str {
    "Pasar daring di Indonesia terus tumbuh, dan para penjual kecil mencari cara baru untuk \
     menjangkau pembeli di luar kota besar. Para analis menilai persaingan tahun ini akan \
     ditentukan oleh ongkos kirim, kecepatan pengiriman, dan kepercayaan pembeli terhadap \
     toko yang mereka kunjungi setiap hari."
}

fn page(title: &str, sentence: &str, charset: &str) -> String {
    format!(
        "<!doctype html><html><head><meta charset=\"{charset}\"><title>{title}</title></head>\
         <body><nav><a href=\"/\">Beranda</a> | <a href=\"/ekonomi\">Ekonomi</a></nav>\
         <article><h1>{title}</h1><p>{sentence}</p><p>{p}</p><p>{p}</p></article>\
         <footer>Hak cipta dilindungi.</footer></body></html>",
        p = padding()
    )
}

/// A feed fixture with this server's address and the articles' texts put in its
/// `{base}`, `{LAZADA}`, `{LAZADA_EN}`, `{TOKOPEDIA}` and `{p}` (padding) places.
fn fill(template: &str, base: &str) -> String {
    template
        .replace("{base}", base)
        .replace("{LAZADA_EN}", LAZADA_EN)
        .replace("{LAZADA}", LAZADA)
        .replace("{TOKOPEDIA}", TOKOPEDIA)
        .replace("{p}", padding())
}

fn rss2(base: &str) -> String {
    fill(include_str!("../fixtures/feeds/rss2.xml"), base)
}

fn rss1(base: &str) -> String {
    fill(include_str!("../fixtures/feeds/rss1.rdf"), base)
}

fn atom(base: &str) -> String {
    fill(include_str!("../fixtures/feeds/atom.xml"), base)
}

fn json_feed(base: &str) -> String {
    fill(include_str!("../fixtures/feeds/feed.json"), base)
}

/// When `/modified.xml` last changed, as its `Last-Modified` says.
pub const LAST_MODIFIED: &str = "Mon, 20 May 2024 08:00:00 GMT";

/// A feed that repeats what others list, under other addresses: the TikTok article with
/// tracking parameters and a fragment, the same article copied to a second address, a
/// page that is gone, and one new article (its text in the feed) about a seller academy.
fn mirror(base: &str) -> String {
    fill(include_str!("../fixtures/feeds/mirror.xml"), base)
}

fn windows_1252(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).expect("gzip");
    encoder.finish().expect("gzip")
}

/// An RSS feed of about `size` bytes, most of it one long description.
fn padded_feed(size: usize) -> String {
    let mut feed = String::with_capacity(size + 128);
    feed.push_str(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><description>",
    );
    feed.push_str(&"a".repeat(size));
    feed.push_str("</description></channel></rss>");
    feed
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("header")
}

/// Feeds served: `(id, path)`; `start` lists the paths of all of them.
pub const FEEDS: [(&str, &str); 17] = [
    ("rss2", "/rss2.xml"),
    ("rss1", "/rss1.rdf"),
    ("atom", "/atom.xml"),
    ("json", "/feed.json"),
    ("etag", "/etag.xml"),
    ("stubborn", "/stubborn.xml"),
    ("redirected", "/hop/1"),
    ("looping", "/loop/1"),
    ("slow", "/slow.xml"),
    ("huge", "/huge.xml"),
    ("broken", "/broken.xml"),
    ("missing", "/missing.xml"),
    ("failing", "/error.xml"),
    ("modified", "/modified.xml"),
    ("mirror", "/mirror.xml"),
    ("enormous", "/enormous.xml"),
    ("bomb", "/bomb.xml"),
];

impl Newsroom {
    pub fn start() -> Newsroom {
        let server = Server::http("127.0.0.1:0").expect("a loopback port");
        let port = server.server_addr().to_ip().expect("an IP address").port();
        let base = format!("http://127.0.0.1:{port}");
        let seen = Arc::new(Mutex::new(Vec::new()));
        let (b, s) = (base.clone(), Arc::clone(&seen));
        std::thread::spawn(move || {
            for request in server.incoming_requests() {
                let (b, s) = (b.clone(), Arc::clone(&s));
                std::thread::spawn(move || serve(request, &b, &s));
            }
        });
        Newsroom { base, seen }
    }

    /// A `market.toml` with the given feeds of this server.
    pub fn market(&self, feeds: &[&str]) -> String {
        let mut text = MARKET.to_string();
        for id in feeds {
            let (_, path) = FEEDS.iter().find(|(f, _)| f == id).expect("a served feed");
            text.push_str(&format!(
                "\n[[feeds]]\nid = \"{id}\"\nurl = \"{}{path}\"\n",
                self.base
            ));
        }
        text
    }

    pub fn requests(&self) -> Vec<Seen> {
        self.seen.lock().expect("requests").clone()
    }
}

fn serve(request: Request, base: &str, seen: &Mutex<Vec<Seen>>) {
    let headers: Vec<(String, String)> = request
        .headers()
        .iter()
        .map(|h| {
            (
                h.field.as_str().as_str().to_ascii_lowercase(),
                h.value.as_str().to_string(),
            )
        })
        .collect();
    let get = |name: &str| {
        let name = name.to_ascii_lowercase();
        headers
            .iter()
            .find(|(field, _)| *field == name)
            .map(|(_, value)| value.clone())
    };
    let path = request.url().to_string();
    let if_none_match = get("If-None-Match");
    let unchanged_since = get("If-Modified-Since").as_deref() == Some(LAST_MODIFIED);
    let gzip_ok = get("Accept-Encoding").is_some_and(|v| v.contains("gzip"));
    seen.lock().expect("requests").push(Seen {
        path: path.clone(),
        user_agent: get("User-Agent").unwrap_or_default(),
        if_none_match: if_none_match.clone(),
        if_modified_since: get("If-Modified-Since"),
        accepts_gzip: gzip_ok,
        at: Instant::now(),
    });
    let xml = |text: String| {
        Response::from_data(text.into_bytes())
            .with_header(header("Content-Type", "application/xml"))
    };
    let html = |text: String| {
        Response::from_data(text.into_bytes())
            .with_header(header("Content-Type", "text/html; charset=utf-8"))
    };
    let redirect = |to: String| {
        Response::from_data(Vec::new())
            .with_status_code(302)
            .with_header(header("Location", &to))
    };
    let path_only = path.split('?').next().unwrap_or_default().to_string();
    let response = match path_only.as_str() {
        "/rss2.xml" | "/stubborn.xml" | "/hop/4" => {
            // Compressed when the client asks, as most servers do.
            let feed = rss2(base).into_bytes();
            if gzip_ok {
                Response::from_data(gzip(&feed))
                    .with_header(header("Content-Type", "application/rss+xml"))
                    .with_header(header("Content-Encoding", "gzip"))
            } else {
                Response::from_data(feed).with_header(header("Content-Type", "application/rss+xml"))
            }
        }
        "/rss1.rdf" => xml(rss1(base)),
        "/atom.xml" => xml(atom(base)),
        "/feed.json" => Response::from_data(json_feed(base).into_bytes())
            .with_header(header("Content-Type", "application/feed+json")),
        "/etag.xml" if if_none_match.as_deref() == Some("\"v1\"") => {
            Response::from_data(Vec::new()).with_status_code(304)
        }
        "/etag.xml" => xml(atom(base)).with_header(header("ETag", "\"v1\"")),
        "/modified.xml" if unchanged_since => Response::from_data(Vec::new()).with_status_code(304),
        "/modified.xml" => xml(rss1(base)).with_header(header("Last-Modified", LAST_MODIFIED)),
        "/mirror.xml" => xml(mirror(base)),
        p if p.starts_with("/hop/") => {
            let n: u32 = p[5..].parse().unwrap_or(0);
            redirect(format!("{base}/hop/{}", n + 1))
        }
        p if p.starts_with("/loop/") => {
            let n: u32 = p[6..].parse().unwrap_or(0);
            redirect(format!("{base}/loop/{}", n + 1))
        }
        "/slow.xml" => {
            std::thread::sleep(Duration::from_millis(1500));
            xml(atom(base))
        }
        "/huge.xml" => {
            let mut feed = String::from("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><description>");
            feed.push_str(&"a".repeat(200 * 1024));
            feed.push_str("</description></channel></rss>");
            xml(feed)
        }
        "/enormous.xml" => xml(padded_feed(9 << 20)),
        // A few kilobytes on the wire that unpack to 32 MiB: the cap counts what is read.
        "/bomb.xml" => Response::from_data(gzip(padded_feed(32 << 20).as_bytes()))
            .with_header(header("Content-Type", "application/rss+xml"))
            .with_header(header("Content-Encoding", "gzip")),
        "/broken.xml" => xml("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Rusak</title><item><title>a</item>".into()),
        "/error.xml" => Response::from_data(b"oops".to_vec()).with_status_code(500),
        "/berita/kafe.html" => Response::from_data(windows_1252(&page("Kafé Niaga", SHOPEE_UTF8, "windows-1252")))
            .with_header(header("Content-Type", "text/html")),
        "/berita/tiktok.html" | "/salinan/tiktok.html" => {
            html(page("Belanja langsung", TIKTOK, "utf-8"))
        }
        _ => Response::from_data(b"not here".to_vec()).with_status_code(404),
    };
    let _ = request.respond(response);
}
