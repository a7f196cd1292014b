//! The live terminal: setup, the draw → read → update loop, and restoring on every exit.

use std::io::{self, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicI32, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEvent, KeyEventKind,
    KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::crossterm::execute;

use crate::app::{Action, App, Indexed, Key};
use crate::data::watch::FolderWatch;
use crate::data::{DataSource, Diagnostic, Invalid};
use crate::ui::Screen;
use crate::ui::theme::Theme;

/// A data folder being watched, and where to load it from when it changes.
pub struct LiveData {
    pub source: DataSource,
    pub watch: FolderWatch,
}

/// How often the loop looks at signals and the data folder when no key arrives.
const TICK: Duration = Duration::from_millis(100);

/// The longest the screen waits to show keys taken in a burst.
const FRAME: Duration = Duration::from_millis(50);

/// Lines the wheel moves per notch.
const WHEEL_LINES: i8 = 3;

/// Runs the tracker until the user quits; the terminal is restored however it ends.
///
/// `ratatui::try_init` enters raw mode and the alternate screen and installs a panic hook
/// that leaves them; the hook added here also turns mouse reporting off first.
pub fn run(app: &mut App, theme: &Theme, live: Option<LiveData>) -> io::Result<()> {
    let stop = Arc::new(AtomicI32::new(0));
    watch_signals(Arc::clone(&stop))?;
    crate::last_resort::arm();
    let mut terminal = ratatui::try_init()?;
    let previous = std::panic::take_hook();
    let ui = std::thread::current().id();
    std::panic::set_hook(Box::new(move |info| {
        // Only a panic of the UI thread ends the tracker. One on another thread reaches
        // the UI thread through the scope that joins it (search) and comes back here, or
        // is caught by the reload thread and shown as a reload error (reading, indexing):
        // either way the screen stays the tracker's until then.
        if std::thread::current().id() != ui {
            return;
        }
        let _ = execute!(stdout(), DisableMouseCapture);
        previous(info);
    }));
    let result = execute!(stdout(), EnableMouseCapture)
        .and_then(|()| event_loop(&mut terminal, app, theme, live, &stop));
    let _ = execute!(stdout(), DisableMouseCapture);
    ratatui::restore();
    end_by_signal(stop.load(Ordering::Relaxed));
    result
}

/// Ends pasar by `signal`, if one stopped the tracker, once the terminal is restored: the
/// exit status is then the signal's (128 + its number in a shell), as for every other
/// command and whether the tracker was idle or busy when it came.
fn end_by_signal(signal: i32) {
    if signal != 0 {
        let _ = signal_hook::low_level::emulate_default_handler(signal);
        std::process::exit(128 + signal);
    }
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    theme: &Theme,
    live: Option<LiveData>,
    stop: &AtomicI32,
) -> io::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize {
        width: size.width,
        height: size.height,
    });
    let dir = live.as_ref().and_then(|live| match &live.source {
        DataSource::Folder(dir) => Some(dir.clone()),
        DataSource::Embedded => None,
    });
    // The tracker's own writes so far. A background load begun before the last of them
    // read the files as they were before it: swapped in after the write's own reload, it
    // would bring back what was just replaced (an edited draft, then accepted as it was).
    let writes = Arc::new(AtomicU64::new(0));
    let reloads = live.map(|live| reload_on_change(live, Arc::clone(&writes)));
    let mut dirty = true;
    let mut drawn = Instant::now();
    while !app.quit && stop.load(Ordering::Relaxed) == 0 {
        // Keys that are already waiting (a paste comes as thousands) are all taken before
        // the next frame, which is drawn at least every FRAME: a frame per key would
        // make a paste cost as many frames as it has characters.
        if dirty && (drawn.elapsed() >= FRAME || !event::poll(Duration::ZERO)?) {
            drawn = Instant::now();
            terminal.draw(|frame| {
                let screen = Screen { app, theme };
                frame.render_widget(screen, frame.area())
            })?;
            dirty = false;
            panic_if_asked("PASAR_PANIC_AFTER_DRAW");
            abort_or_stall_if_asked();
        }
        if let Some((begun, loaded)) = reloads.as_ref().and_then(|r| r.try_recv().ok())
            && begun == writes.load(Ordering::SeqCst)
        {
            let swapped = loaded.is_ok();
            app.reload(loaded);
            if swapped {
                release_freed_memory();
            }
            dirty = true;
        }
        // A running search takes a slice whenever no key is waiting.
        let wait = if app.searching() {
            Duration::ZERO
        } else {
            TICK
        };
        if !event::poll(wait)? {
            if app.searching() {
                dirty |= app.update(Action::SearchStep);
            }
            continue;
        }
        let event = event::read()?;
        if let Some(esc) = escape_prefix(&event) {
            dirty |= app.action_for(esc).is_some_and(|action| app.update(action));
        }
        if let Some(action) = action_of(app, &event) {
            dirty |= app.update(action);
        }
        // An edit's outcome may itself be a write: carry out requests until none is left.
        while let Some(request) = app.review.request.take() {
            let mut edit = |text: &str, line| in_editor(terminal, text, line);
            crate::desk::perform::perform(app, dir.as_deref(), request, &mut edit);
            // Counted once the write and its reload are done: a load begun from here on
            // reads what was written.
            writes.fetch_add(1, Ordering::SeqCst);
            dirty = true;
        }
    }
    Ok(())
}

/// Runs the user's editor on `text` (at `line` when given) with the terminal handed over
/// to it, then takes the terminal back and redraws everything.
fn in_editor(
    terminal: &mut DefaultTerminal,
    text: &str,
    line: Option<usize>,
) -> io::Result<String> {
    use ratatui::crossterm::terminal::{
        EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
    };
    execute!(stdout(), DisableMouseCapture, LeaveAlternateScreen)?;
    disable_raw_mode()?;
    let _ = terminal.show_cursor();
    let saved = crate::desk::editor::edit(&crate::desk::editor::command_name(), text, line);
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, EnableMouseCapture)?;
    terminal.clear()?;
    saved
}

/// Loads the dataset again after each burst of changes, on a thread of its own, so the
/// screen stays live while a big dataset loads; the result is swapped in by the loop.
/// Each result comes with the count of the tracker's `writes` when its load began.
fn reload_on_change(
    live: LiveData,
    writes: Arc<AtomicU64>,
) -> Receiver<(u64, Result<Indexed, Invalid>)> {
    let (loaded, reloads) = mpsc::channel();
    let thread = std::thread::Builder::new().name("pasar-reload".into());
    let spawned = thread.spawn(move || {
        // The whole of `live`, not only the fields used below: the watcher in it must
        // live as long as this thread.
        let live = live;
        while live.watch.changes.recv().is_ok() {
            // Changes that came during the last load are all in this one.
            while live.watch.changes.try_recv().is_ok() {}
            let begun = writes.load(Ordering::SeqCst);
            let load = || {
                panic_if_asked("PASAR_PANIC_ON_RELOAD");
                let loaded = live.source.load().map(Indexed::from);
                delay_if_asked("PASAR_SLOW_RELOAD");
                loaded
            };
            let reload = std::panic::catch_unwind(load).unwrap_or_else(|panic| {
                let folder = match &live.source {
                    DataSource::Folder(dir) => dir.as_path(),
                    DataSource::Embedded => std::path::Path::new("<embedded>"),
                };
                let what = (panic.downcast_ref::<&str>().copied())
                    .or(panic.downcast_ref::<String>().map(String::as_str))
                    .unwrap_or("no message");
                let why = format!("reloading failed inside pasar (a bug, please report): {what}");
                Err(Invalid(vec![Diagnostic::new(folder, 1, 1, why)]))
            });
            if loaded.send((begun, reload)).is_err() {
                return;
            }
        }
    });
    // Without a thread there is no live reload; the tracker works on without it.
    drop(spawned);
    reloads
}

/// Hands the memory of a market just replaced back to the system.
///
/// glibc keeps freed blocks of a few megabytes in its per-thread arenas: after a few
/// reloads of a million events the tracker held 2.6 times what it used.
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: malloc_trim only returns free pages of the allocator's own arenas to
        // the system; it reads or changes no memory the program uses.
        unsafe {
            libc::malloc_trim(0);
        }
    }
}

/// The action a terminal event asks for; key releases and repeats are not presses.
fn action_of(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            let key = KeyEvent::new(key.code, key.modifiers - KeyModifiers::ALT);
            app.action_for(Key::from_event(&key))
        }
        Event::Mouse(mouse) => mouse_action(mouse),
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}

/// Esc typed quickly before a key reaches us as Alt+key; pasar binds no Alt keys, so it is
/// read as what the user typed: Esc, then the key.
fn escape_prefix(event: &Event) -> Option<Key> {
    match event {
        Event::Key(key)
            if key.kind == KeyEventKind::Press && key.modifiers.contains(KeyModifiers::ALT) =>
        {
            Some(Key::plain(KeyCode::Esc))
        }
        _ => None,
    }
}

fn mouse_action(mouse: &MouseEvent) -> Option<Action> {
    let (column, row) = (mouse.column, mouse.row);
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
        MouseEventKind::ScrollDown => Some(Action::Scroll {
            column,
            row,
            lines: WHEEL_LINES,
        }),
        MouseEventKind::ScrollUp => Some(Action::Scroll {
            column,
            row,
            lines: -WHEEL_LINES,
        }),
        _ => None,
    }
}

/// SIGTERM, SIGHUP (the terminal went away) and SIGINT end the loop like `q`; once the
/// terminal is restored, pasar ends by the signal ([`end_by_signal`]).
///
/// A busy tracker (a long search, a terminal gone away leaving the input reader spinning)
/// may not look at the flag soon; if the loop has not ended shortly after the signal,
/// this thread restores what it can and ends pasar the same way, so the exit status is
/// the same idle or busy.
fn watch_signals(stop: Arc<AtomicI32>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            stop.store(signal, Ordering::Relaxed);
            std::thread::sleep(Duration::from_millis(500));
            // `try_restore`, not `restore`: with the terminal gone, `restore` would report
            // its failure on stderr, and that write panics instead of exiting.
            let _ = execute!(stdout(), DisableMouseCapture);
            let _ = ratatui::try_restore();
            end_by_signal(signal);
        }
    });
    Ok(())
}

/// For the end-to-end tests, with the `test-hooks` feature: `PASAR_ABORT_AFTER_DRAW`
/// aborts as running out of memory does, and `PASAR_STALL_AFTER_DRAW=SECONDS` keeps the
/// loop busy that long, as a long search would.
fn abort_or_stall_if_asked() {
    if !cfg!(feature = "test-hooks") {
        return;
    }
    if std::env::var_os("PASAR_ABORT_AFTER_DRAW").is_some() {
        std::process::abort();
    }
    let stall = std::env::var("PASAR_STALL_AFTER_DRAW").ok();
    if let Some(seconds) = stall.and_then(|s| s.parse().ok()) {
        std::thread::sleep(Duration::from_secs(seconds));
    }
}

/// For the end-to-end tests, with the `test-hooks` feature: a reload's result is handed
/// over only the seconds `PASAR_SLOW_RELOAD` says after the files were read, as a big
/// dataset's would be.
fn delay_if_asked(variable: &str) {
    if !cfg!(feature = "test-hooks") {
        return;
    }
    let seconds = std::env::var(variable).ok().and_then(|s| s.parse().ok());
    if let Some(seconds) = seconds {
        std::thread::sleep(Duration::from_secs_f64(seconds));
    }
}

/// Lets the end-to-end tests check what a panic does: built with the `test-hooks` feature
/// (as `cargo test` builds it), the tracker panics after drawing when
/// `PASAR_PANIC_AFTER_DRAW` is set, and in a reload with `PASAR_PANIC_ON_RELOAD`. The
/// binary a user builds or installs never does.
fn panic_if_asked(variable: &str) {
    if cfg!(feature = "test-hooks") && std::env::var_os(variable).is_some() {
        panic!("{variable} is set");
    }
}
