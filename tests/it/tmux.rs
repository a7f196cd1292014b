//! The real binary in a real terminal: tmux at 120×40, keys sent, the screen read back.
//!
//! CI installs tmux; without it this test fails and says so rather than passing silently.

use crate::common::{Tmux, bundled};

#[test]
fn the_tracker_runs_in_tmux_and_restores_the_terminal_on_quit() {
    let config = std::env::temp_dir().join(format!("pasar-tmux-{}", std::process::id()));
    let data = bundled();
    let command = format!(
        "env -u NO_COLOR XDG_CONFIG_HOME='{}' '{}' --data '{}'; echo EXIT=$?; sleep 30",
        config.display(),
        env!("CARGO_BIN_EXE_pasar"),
        data.display()
    );
    let tmux = Tmux::start(&command);

    let first_frame = [
        "Timeline (28)",
        "Tokopedia",
        "Bukalapak",
        "Blibli",
        "Shopee",
        "Lazada",
        "TikTok Shop",
        "$62B",
        "$160B",
        "14.5%",
        "▲ 2023-06-15",
        "q quit",
    ];
    tmux.wait_for(&first_frame);

    tmux.keys(&["j"]);
    tmux.wait_for(&["▲ 2023-09-25"]);

    tmux.keys(&["Tab", "j", "Enter"]);
    tmux.wait_for(&[
        "Player · Enter filters the timeline",
        "Group    GoTo",
        "Tokped",
    ]);
    tmux.keys(&["Enter"]);
    let only_tokopedia =
        |s: &str| s.contains("Timeline · Tokopedia (9)") && !s.contains("Zulkifli Hasan");
    tmux.wait_until(
        only_tokopedia,
        &["Timeline · Tokopedia (9)", "no Zulkifli Hasan"],
    );

    tmux.keys(&["Escape", "/", "d", "e"]);
    tmux.wait_for(&["Timeline · /de ("]);
    tmux.keys(&["a", "l"]);
    tmux.wait_for(&["Timeline · /deal (7)"]);

    // At 40 rows the help is two lines taller than the terminal: it scrolls.
    tmux.keys(&["Escape", "?"]);
    tmux.wait_for(&[
        "Keys · j/k scroll · ? or Esc closes",
        "cycle the players' sort column",
    ]);
    tmux.keys(&["G"]);
    tmux.wait_for(&["q C-c", "▲ selected event"]);

    tmux.keys(&["Escape", "q"]);
    let restored = |s: &str| s.contains("EXIT=0") && !s.contains("Timeline");
    tmux.wait_until(restored, &["EXIT=0", "the alternate screen gone"]);
    assert!(!tmux.alternate_screen());
}
