//! `pasar fetch` end to end on loopback: a feed of 200 items whose articles are read from
//! their pages (HTTP, charset, main-text extraction, ingest, the inbox and the fetch
//! memory written). Criterion reports articles per second; every iteration fetches into
//! a fresh data folder, so nothing is known in advance.
//!
//! The server is a few lines of std: each response goes out in one write on a socket
//! with `TCP_NODELAY`, as a production server sends it, so the numbers are pasar's and
//! not a test server's Nagle stalls.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};

use pasar::data::DataSource;
use pasar::fetch::http::{Client, Options};
use pasar::fetch::{Outcome, fetch};

/// How many articles the feed lists.
const ARTICLES: usize = 200;

const MARKET: &str = r#"[market]
name = "Bench market"
region = "ID"
currency = "USD"

[[players]]
id = "lazada"
name = "Lazada"
role = "marketplace"
"#;

/// An RSS feed of [`ARTICLES`] items with links only, so each article is read from its
/// page.
fn feed(base: &str) -> String {
    let mut feed = String::from(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Bench</title>\
         <link>/</link><description>b</description>",
    );
    for n in 0..ARTICLES {
        feed.push_str(&format!(
            "<item><title>Gudang {n}</title><link>{base}/article/{n}</link><guid>{n}</guid>\
             <pubDate>Mon, 20 May 2024 08:00:00 +0700</pubDate></item>"
        ));
    }
    feed.push_str("</channel></rss>");
    feed
}

/// A news page with navigation and a footer around the article; each page's text differs.
fn page(n: &str) -> String {
    let p = "Pasar daring di Indonesia terus tumbuh, dan para penjual kecil mencari cara baru \
             untuk menjangkau pembeli di luar kota besar. Para analis menilai persaingan tahun \
             ini akan ditentukan oleh ongkos kirim, kecepatan pengiriman, dan kepercayaan \
             pembeli terhadap toko yang mereka kunjungi setiap hari.";
    format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Gudang {n}</title></head>\
         <body><nav><a href=\"/\">Beranda</a> | <a href=\"/ekonomi\">Ekonomi</a></nav>\
         <article><h1>Gudang {n}</h1><p>Lazada meluncurkan gudang nomor {n} di Surabaya pada \
         20 Mei 2024.</p><p>{p}</p><p>{p}</p><p>{p}</p></article>\
         <footer>Hak cipta dilindungi.</footer></body></html>"
    )
}

/// Starts the server; returns its base address.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let base = format!("http://{}", listener.local_addr().expect("an address"));
    let feed = feed(&base);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let feed = feed.clone();
            std::thread::spawn(move || answer(stream, &feed));
        }
    });
    base
}

/// Answers the requests of one connection (ureq keeps it alive between them).
fn answer(stream: TcpStream, feed: &str) {
    let _ = stream.set_nodelay(true);
    let Ok(mut out) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    loop {
        let mut first = String::new();
        if reader.read_line(&mut first).unwrap_or(0) == 0 {
            return;
        }
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            if line == "\r\n" {
                break;
            }
        }
        let path = first.split(' ').nth(1).unwrap_or_default();
        let (kind, body) = match path.strip_prefix("/article/") {
            Some(n) => ("text/html; charset=utf-8", page(n)),
            None => ("application/rss+xml", feed.to_string()),
        };
        let mut response = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )
        .into_bytes();
        response.extend_from_slice(body.as_bytes());
        if out.write_all(&response).is_err() {
            return;
        }
    }
}

fn fetch_articles(c: &mut Criterion) {
    let base = serve();
    let market = format!("{MARKET}\n[[feeds]]\nid = \"bench\"\nurl = \"{base}/feed.xml\"\n");
    let mut group = c.benchmark_group("fetch");
    group.throughput(Throughput::Elements(ARTICLES as u64));
    group.sample_size(10);
    group.bench_function("200 articles from their pages", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("temp folder");
                std::fs::write(dir.path().join("market.toml"), &market).expect("market");
                std::fs::write(dir.path().join("events.jsonl"), "").expect("events");
                dir
            },
            |dir| {
                let loaded = DataSource::Folder(dir.path().to_path_buf()).load();
                let loaded = loaded.expect("market");
                let feeds: Vec<_> = loaded.feeds.iter().collect();
                let mut client = Client::new(Options {
                    pause: Duration::ZERO,
                    ..Options::default()
                });
                let found = "2026-12-01T08:00:00Z";
                let reports = fetch(dir.path(), &loaded, &feeds, &mut client, found);
                let reports = reports.expect("fetch");
                let (articles, candidates) = match &reports[0].outcome {
                    Outcome::Read {
                        articles,
                        candidates,
                        ..
                    } => (*articles, *candidates),
                    other => panic!("{other:?}"),
                };
                assert_eq!((articles, candidates), (ARTICLES, ARTICLES));
                dir
            },
            BatchSize::PerIteration,
        );
    });
    group.finish();
}

criterion_group!(benches, fetch_articles);
criterion_main!(benches);
