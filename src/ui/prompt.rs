//! The search prompt in the footer, drawn in time bounded by the screen: a query of
//! megabytes shows its end and costs a frame no more than a word.

use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::app::Search;
use crate::text::{clean, truncate, width};

/// The search prompt: ` /query█  3 matches  Enter keep · Esc cancel` in `columns`.
/// A query too long for the room shows its end, where the typing is, after `…`; the
/// count stays in sight, and the hint gives way first.
pub fn prompt(search: &Search, columns: usize, theme: &Theme) -> Line<'static> {
    let count = match search.matches().len() {
        1 => "  1 match".to_string(),
        n => format!("  {n} matches"),
    };
    const HINT: &str = "  Enter keep · Esc cancel";
    // A refused query says why in place of the hint, in at most half the line: the
    // matches shown are still those of the last query that was not refused.
    let tail = match search.error() {
        Some(error) => format!("  {}", truncate(&clean(error), columns / 2)),
        None => HINT.to_string(),
    };
    // ` /` before the query and the `█` after it.
    let around = 3 + width(&count);
    let tail = if around + width(&tail) + 12 <= columns {
        tail
    } else {
        String::new()
    };
    let tail_style = if search.error().is_some() {
        theme.warning
    } else {
        theme.muted
    };
    let room = columns.saturating_sub(around + width(&tail));
    Line::from(vec![
        Span::styled(format!(" /{}", query_end(search.query(), room)), theme.key),
        Span::styled("█", theme.muted),
        Span::raw(count),
        Span::styled(tail, tail_style),
    ])
}

/// The end of `query` that fits in `columns`, after `…` when the start is cut. Only the
/// last `columns` characters are looked at, so a paste of megabytes draws as fast.
fn query_end(query: &str, columns: usize) -> String {
    if columns == 0 {
        return String::new();
    }
    let start = (query.char_indices().rev().take(columns).last()).map_or(query.len(), |(i, _)| i);
    let shown = clean(&query[start..]);
    if start == 0 && width(&shown) <= columns {
        return shown.into_owned();
    }
    // Cleaning may widen a character (ESC shows as `␛`, a bidi control as `\u{202E}`):
    // keep whole characters from the end while they fit beside the `…`.
    let budget = columns.saturating_sub(1);
    let mut used = 0;
    let mut from = shown.len();
    for (i, c) in shown.char_indices().rev() {
        let w = width(c.encode_utf8(&mut [0; 4]));
        if used + w > budget {
            break;
        }
        used += w;
        from = i;
    }
    format!("…{}", &shown[from..])
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::app::{Action, App};
    use crate::render::{frame, to_text};

    /// The footer row as the terminal shows it, every column kept.
    fn footer(app: &App) -> String {
        let text = to_text(&frame(app, &Theme::default()), false);
        text.lines().last().unwrap_or_default().to_string()
    }

    #[test]
    fn a_short_query_shows_whole_with_its_count_and_the_hint() {
        let mut app = App::bundled();
        app.update(Action::Search);
        for c in "deal".chars() {
            app.update(Action::Type(c));
        }
        assert_eq!(
            footer(&app).trim_end(),
            " /deal█  7 matches  Enter keep · Esc cancel"
        );
    }

    #[test]
    fn a_query_longer_than_the_prompt_shows_its_end() {
        let mut app = App::bundled();
        app.update(Action::Resize {
            width: 60,
            height: 20,
        });
        app.update(Action::Search);
        for c in "0123456789".repeat(20).chars().chain("the end".chars()) {
            app.update(Action::Type(c));
        }
        assert_eq!(
            footer(&app),
            " /…7890123456789the end█  0 matches  Enter keep · Esc cancel"
        );
    }

    /// Characters that draw one column, two, none, or as a wider escape.
    fn typed() -> impl Strategy<Value = Vec<char>> {
        let chars = vec![
            'a', 'Z', ' ', '7', 'é', '字', '\u{301}', '\u{1b}', '\u{202e}',
        ];
        prop::collection::vec(prop::sample::select(chars), 0..300)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        #[test]
        fn any_query_at_any_width_keeps_its_end_and_the_count_in_sight(
            query in typed(),
            columns in 60u16..=200,
        ) {
            let mut app = App::bundled();
            app.update(Action::Resize { width: columns, height: 20 });
            app.update(Action::Search);
            for &c in &query {
                app.update(Action::Type(c));
            }
            let line = footer(&app);
            prop_assert_eq!(width(&line), usize::from(columns));
            let count = match app.rows().len() {
                1 => "  1 match".to_string(),
                n => format!("  {n} matches"),
            };
            let (typed, after) = line.split_once('█').expect("the cursor is shown");
            prop_assert!(after.starts_with(&count), "{line:?}");
            let typed = typed.strip_prefix(" /").expect("the prompt's slash");
            let whole: String = query.iter().collect();
            let whole = clean(&whole);
            match typed.strip_prefix('…') {
                None => prop_assert_eq!(typed, whole.as_ref()),
                Some(end) => {
                    prop_assert!(whole.ends_with(end), "{end:?} ends {whole:?}");
                    prop_assert!(width(typed) + 8 >= usize::from(columns) - width(after) - 3);
                }
            }
        }
    }
}
