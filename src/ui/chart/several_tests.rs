//! `v`: every series of the current one's unit on one chart, never two units at once.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::GrowthChart;
use crate::app::{Action, App, Key};
use crate::render::{press, to_text};
use crate::ui::theme::Theme;

fn keys(app: &mut App, keys: &str) {
    press(app, &Key::parse_sequence(keys).expect("valid keys"));
}

fn chart(app: &App, width: u16, height: u16) -> Vec<String> {
    let theme = Theme::default();
    let mut buffer = Buffer::empty(Rect::new(0, 0, width, height));
    GrowthChart { app, theme: &theme }.render(buffer.area, &mut buffer);
    let text = to_text(&buffer, false);
    text.lines().map(|l| l.trim_end().to_string()).collect()
}

fn ids(app: &App) -> Vec<&str> {
    (app.charted().into_iter())
        .map(|i| app.market.series[i].id.as_str())
        .collect()
}

#[test]
fn v_overlays_the_series_of_the_same_unit_and_v_again_shows_one() {
    let mut app = App::bundled();
    assert_eq!(ids(&app), ["gmv"]);
    assert!(app.update(Action::Overlay));
    assert_eq!(ids(&app), ["gmv", "digital-economy"], "US$ only: no shares");
    keys(&mut app, "]]");
    assert_eq!(
        ids(&app),
        [
            "share-shopee",
            "share-tokopedia",
            "share-tiktok-shop",
            "share-bukalapak",
            "share-lazada",
            "share-blibli"
        ],
        "moving to a share overlays the shares, and no US$ series"
    );
    keys(&mut app, "v");
    assert_eq!(ids(&app), ["share-shopee"]);
}

#[test]
fn v_with_no_other_series_of_its_unit_says_so() {
    let mut app = App::bundled();
    let mut market = app.market.clone();
    market.series.truncate(1);
    app.replace_market(market);
    assert!(app.update(Action::Overlay));
    assert!(!app.overlay);
    assert_eq!(
        app.review.message.as_deref(),
        Some("no other series in USD bn to overlay")
    );
}

#[test]
fn overlaid_shares_have_a_mark_each_a_legend_and_their_values_at_the_cursor() {
    let mut app = App::bundled();
    keys(&mut app, "3]]v");
    assert_eq!(
        chart(&app, 60, 16),
        [
            "┌ Overlay: 6 series in % · 3/8 ────────────────────────────┐",
            "│46%   │⡇                                       ⣀⣀⣀⣀⣀⣀⣀⠤⠤⠤●│",
            "│      │⡇          ⣀⣀⣀⣀⣀⣀⣀⡠⠤⠤⠤⠤⠤⠤⠔⠒⠒⠒⠒⠒⠒⠊⠉⠉⠉⠉⠉⠉⠉           │",
            "│35–36%│■⠤⠤⢄⣀⣀⣀⣀⣀⡀⠉                                        │",
            "│      │⡇        ⠈⠉⠉⠉⠉⠉⠉⠒⠒⠒⠒⠒⠒⠢⠤⠤⠤⠤⠤⢄⣀⣀⣀⣀⣀⣀                │",
            "│23%   │⡇                                  ⠉⠉⠉⠉⠉⠉⠑⠒⠒⠒⠒⠒⠢⠤⠤■│",
            "│      │⡇                                                  │",
            "│11%   │⡇                                           ⢀⣀⣀⣀⣀⣀◆│",
            "│5–10% │★⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤★│",
            "│3–4%  │✚⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠊⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉✚│",
            "│      └────────────────────────────────────▲──────────────│",
            "│   2022                                               2024│",
            "│● Shopee  ■ Tokopedia  ◆ TikTok Shop  ▼ Bukalapak         │",
            "│★ Lazada  ✚ Blibli                                        │",
            "│2022 → Shopee 36% · Tokopedia 35% · TikTok Shop 5% · Buka…│",
            "└──────────────────────────────────────────────────────────┘",
        ]
    );
}

#[test]
fn a_chart_too_low_for_graph_and_legend_lists_the_series_as_text() {
    let mut app = App::bundled();
    keys(&mut app, "3]]v");
    assert_eq!(
        chart(&app, 30, 8),
        [
            "┌ Overlay: 6 series i… · 3/8 ┐",
            "│Shopee: 2022 36% 2024 46% · │",
            "│Tokopedia: 2022 35% 2024 23%│",
            "│· TikTok Shop: 2022 5% 2024 │",
            "│11% · Bukalapak: 2022 10%   │",
            "│2024 10% · Lazada: 2022 10% │",
            "│2022 → Shopee 36% · Tokoped…│",
            "└────────────────────────────┘",
        ]
    );
}
