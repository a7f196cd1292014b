//! `pasar render` and the one-frame print, through the real binary.

use std::path::Path;
use std::process::{Command, Output};

use crate::common::{bundled, scratch};

/// The binary with a config folder of its own, so a developer's config cannot leak in.
fn pasar(config_home: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pasar"));
    command
        .env("XDG_CONFIG_HOME", config_home)
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .env_remove("LINES")
        .env_remove("PASAR_DATA")
        .arg("--data")
        .arg(bundled());
    command
}

fn run(command: &mut Command) -> (Output, String) {
    let output = command.output().expect("pasar runs");
    let stdout = String::from_utf8(output.stdout.clone()).expect("utf-8 output");
    (output, stdout)
}

#[test]
fn render_prints_the_first_frame_at_120_by_40() {
    let (output, text) = run(pasar(&scratch("first")).arg("render"));
    assert!(output.status.success());
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 40);
    assert!(lines.iter().all(|l| pasar::text::width(l) == 120));
    assert_eq!(
        lines[0].trim_end(),
        " Indonesia e-commerce [data] — 28 events · 15 players · E-commerce GMV $62B (2023) → $160B (2030), CAGR 14.5%"
    );
    assert!(lines[1].starts_with("┌ Timeline (28) ─"));
    assert!(lines[2].starts_with("│▶2023-06-15 statement    TikTok CEO in Jakarta"));
    for name in [
        "Tokopedia",
        "Bukalapak",
        "Blibli",
        "Shopee",
        "Lazada",
        "TikTok Shop",
    ] {
        assert!(text.contains(&format!("│ {name} ")), "{name} missing");
    }
    assert!(text.contains("│$160B  │") && text.contains("│$62B   │") && text.contains("│$48–58B│"));
    assert_eq!(
        lines[39].trim_end(),
        " j/k move  Tab pane  Enter detail  / search  p player  r reverse  ←/→ year  v overlay  z zoom  ? help  q quit"
    );
    assert!(!text.contains('\x1b'));
}

#[test]
fn render_applies_keys_like_the_live_tracker() {
    let (output, text) = run(pasar(&scratch("keys")).args([
        "render",
        "--size",
        "100x30",
        "--keys",
        "2j<Enter><Enter>/deal",
    ]));
    assert!(output.status.success());
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[1].starts_with("┌ Timeline · Tokopedia · /deal (6) ─"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].starts_with("│▶2023-12-10 deal         TikTok and GoTo sign the Tokopedia d… "),
        "{}",
        lines[2]
    );
    assert_eq!(
        lines[29].trim_end(),
        " /deal█  6 matches  Enter keep · Esc cancel"
    );
}

#[test]
fn render_with_color_writes_ansi_and_no_color_turns_colour_off() {
    let dir = scratch("color");
    let (_, colored) = run(pasar(&dir).args(["render", "--color"]));
    assert!(
        colored.contains("\x1b[0;1;97;44m"),
        "selection colours expected"
    );
    let (_, plain) = run(pasar(&dir).env("NO_COLOR", "1").args(["render", "--color"]));
    assert!(
        plain.contains("\x1b[0;1;7m"),
        "reverse video marks the selection"
    );
    assert!(
        !plain.contains(";44m") && !plain.contains("[0;36"),
        "no colours with NO_COLOR"
    );
}

#[test]
fn unknown_keys_and_bad_sizes_are_usage_errors() {
    let dir = scratch("usage");
    let (output, stdout) = run(pasar(&dir).args(["render", "--keys", "j<Nope>"]));
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown key <Nope>"));
    let (output, _) = run(pasar(&dir).args(["render", "--size", "0x10"]));
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn render_at_tiny_sizes_says_the_terminal_is_too_small() {
    let dir = scratch("tiny");
    for size in ["1x1", "10x3", "59x40"] {
        let (output, text) = run(pasar(&dir).args(["render", "--size", size]));
        assert!(output.status.success(), "{size}");
        assert!(text.starts_with('t'), "{size}: {text}");
    }
    let (_, text) = run(pasar(&dir).args(["render", "--size", "59x40"]));
    assert!(text.starts_with("terminal too small: 59×40, needs 60×16"));
}

#[test]
fn without_a_terminal_pasar_prints_one_frame_at_columns_by_lines() {
    let dir = scratch("pipe");
    let (output, text) = run(pasar(&dir).env("COLUMNS", "90").env("LINES", "25"));
    assert!(output.status.success());
    assert_eq!(text.lines().count(), 25);
    assert!(text.lines().all(|l| pasar::text::width(l) == 90));
    let (_, text) = run(&mut pasar(&dir));
    assert_eq!(text.lines().count(), 40);
}

#[test]
fn a_bad_config_is_an_error_with_its_position_and_exit_2() {
    let dir = scratch("config");
    std::fs::create_dir_all(dir.join("pasar")).expect("config dir");
    let path = dir.join("pasar").join("config.toml");
    std::fs::write(&path, "[theme]\naccent = \"blurple\"\n").expect("config written");
    let (output, stdout) = run(&mut pasar(&dir));
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr.trim_end(),
        format!(
            "{}:2:10: theme.accent: expected a colour name, an index \"0\"-\"255\" or \"#rrggbb\", found \"blurple\"",
            path.display()
        )
    );
}

#[test]
fn config_key_overrides_apply_to_render() {
    let dir = scratch("overrides");
    std::fs::create_dir_all(dir.join("pasar")).expect("config dir");
    std::fs::write(
        dir.join("pasar").join("config.toml"),
        "[keys]\ndown = \"w\"\n",
    )
    .expect("written");
    let (_, text) = run(pasar(&dir).args(["render", "--keys", "ww"]));
    assert!(
        text.lines()
            .nth(4)
            .is_some_and(|l| l.starts_with("│▶2023-09-26")),
        "{text}"
    );
    assert!(
        text.lines()
            .last()
            .is_some_and(|l| l.starts_with(" w/k move"))
    );
}

#[test]
fn plans_are_judged_overdue_against_pasar_today() {
    let render = |today: &str| {
        run(pasar(&scratch("today"))
            .env("PASAR_TODAY", today)
            .args(["render", "--size", "120x40"]))
    };
    let (output, on_time) = render("2023-11-20");
    assert!(output.status.success());
    assert!(
        on_time.contains("│ 2023-11    meeting    ◇ Teten plans"),
        "{on_time}"
    );
    let (output, late) = render("2023-12-01");
    assert!(output.status.success());
    assert!(
        late.contains("│ 2023-11    meeting    ! Teten plans"),
        "{late}"
    );
    for bad in ["2023-12", "yesterday", "2023-02-30"] {
        let (output, stdout) = render(bad);
        assert_eq!(output.status.code(), Some(2), "{bad}");
        assert!(stdout.is_empty());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(
            stderr.trim_end(),
            format!("pasar: PASAR_TODAY: expected a date like 2026-12-02, found \"{bad}\"")
        );
    }
}
