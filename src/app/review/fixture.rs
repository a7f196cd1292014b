//! A data folder with the bundled market and an inbox of three candidates, for the
//! review tests of `app` and `ui`.

use std::fs;
use std::path::Path;

use ratatui::layout::Rect;

use crate::app::{App, KeyMap};

pub const MARKET: &str = include_str!("../../../data/market.toml");
pub const EVENTS: &str = include_str!("../../../data/events.jsonl");

/// Newest first: `c-00000002` (found last, may restate `tiktok-shop-closes`), then
/// `c-00000001` (new), then `c-00000003` (rejected before).
pub const INBOX: &str = concat!(
    r#"{"id":"c-00000001","state":"new","found":"2026-12-01T08:00:00Z","article":{"url":"https://example.com/lazada-gudang","title":"Lazada tambah gudang di Cikarang","publisher":"Kabar Niaga","published":"2024-05-20","feed":"kabar"},"sentence":"Lazada mengumumkan investasi Rp 2,5 triliun untuk gudang di Cikarang pada 20 Mei 2024.","duplicate_of":null,"event":{"id":"lazada-cikarang-warehouse","date":"2024-05-20","kind":"deal","title":"Lazada invests Rp2.5T in a Cikarang warehouse","actors":["lazada"],"figures":[{"label":"investment","value":2500000000000,"unit":"IDR"}],"source":"kabar-1a2b3c4d","status":"occurred","tags":["logistics","warehouse"]}}"#,
    "\n",
    r#"{"id":"c-00000002","state":"new","found":"2026-12-01T09:00:00Z","article":{"url":"https://example.com/tiktok-tutup","title":"TikTok Shop berhenti berjualan","publisher":"Warta Pasar","published":"2023-10-05","feed":"warta"},"sentence":"TikTok Shop menghentikan transaksi di Indonesia pada 4 Oktober 2023.","duplicate_of":"tiktok-shop-closes","event":{"id":"2023-10-04-closure-tiktok-shop","date":"2023-10-04","kind":"closure","title":"TikTok Shop stops selling in Indonesia","actors":["tiktok-shop"],"source":"warta-5e6f7a8b","status":"occurred"}}"#,
    "\n",
    r#"{"id":"c-00000003","state":"rejected","found":"2026-11-30T08:00:00Z","article":{"url":null,"title":"Catatan pasar","publisher":null,"published":"2024-01","feed":null},"sentence":"Shopee disebut menyiapkan promo besar.","duplicate_of":null,"event":{"id":"2024-01-other-shopee","date":"2024-01","kind":"other","title":"Shopee readies a large promotion","actors":["shopee"],"status":"reported"}}"#,
    "\n",
);

/// A data folder holding the bundled market and [`INBOX`].
pub fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    write(dir.path(), "market.toml", MARKET);
    write(dir.path(), "events.jsonl", EVENTS);
    write(dir.path(), "inbox.jsonl", INBOX);
    dir
}

fn write(dir: &Path, name: &str, text: &str) {
    fs::write(dir.join(name), text).expect("the fixture is written");
}

/// The App on `dir` at `width`×`height`, as the tracker opens it.
pub fn app_on(dir: &Path, width: u16, height: u16) -> App {
    let mut market = crate::data::Dataset::open(dir)
        .and_then(|d| d.load())
        .expect("the fixture is valid");
    // The header names the folder: a temporary folder's name changes every run.
    market.folder = Some("review".into());
    let mut app = App::new(market, KeyMap::default(), Rect::new(0, 0, width, height));
    app.today = crate::data::Date::parse("2026-12-02").ok();
    app
}
