//! Leaving the terminal usable when pasar dies without unwinding.
//!
//! A panic unwinds through ratatui's hook, and a signal reaches the tracker's loop; but
//! running out of memory (`memory allocation of N bytes failed`), a stack overflow or any
//! other `abort` ends the process at once, and used to leave the shell in raw mode, on the
//! alternate screen, with mouse reporting on. All of those end in SIGABRT, so a handler
//! for it puts back what the tracker changed, with only what a signal handler may do:
//! `write` of fixed bytes and `tcsetattr` with modes saved before raw mode. The process
//! then goes on to die by SIGABRT as before, so its exit status does not change.

use std::sync::OnceLock;

/// Mouse reporting off (every mode crossterm turns on), the normal screen back, the
/// cursor shown: what `DisableMouseCapture`, `LeaveAlternateScreen` and `Show` write.
pub const RESTORE: &[u8] =
    b"\x1b[?1006l\x1b[?1015l\x1b[?1003l\x1b[?1002l\x1b[?1000l\x1b[?1049l\x1b[?25h";

/// The terminal's modes before raw mode, read once by [`arm`].
static SAVED: OnceLock<libc::termios> = OnceLock::new();

/// Saves the terminal's modes and installs the SIGABRT handler; call before raw mode.
///
/// Does nothing when stdout is not a terminal. Safe to call more than once: the modes
/// saved first (the user's own) are the ones put back.
pub fn arm() {
    // SAFETY: tcgetattr writes into the zeroed termios we own and reads nothing else.
    let mut modes: libc::termios = unsafe { std::mem::zeroed() };
    if unsafe { libc::tcgetattr(libc::STDOUT_FILENO, &mut modes) } != 0 {
        return;
    }
    if SAVED.set(modes).is_err() {
        return;
    }
    // SAFETY: the handler only calls `write` and `tcsetattr`, both async-signal-safe, on
    // data that never changes after `SAVED` was set above.
    let _ = unsafe { signal_hook::low_level::register(libc::SIGABRT, restore_now) };
}

/// Puts the terminal back; callable from a signal handler.
pub fn restore_now() {
    // SAFETY: `write` of a static buffer and `tcsetattr` with a termios that was fully
    // initialised by tcgetattr are async-signal-safe and touch no Rust state.
    unsafe {
        let _ = libc::write(libc::STDOUT_FILENO, RESTORE.as_ptr().cast(), RESTORE.len());
        if let Some(modes) = SAVED.get() {
            let _ = libc::tcsetattr(libc::STDOUT_FILENO, libc::TCSANOW, modes);
        }
    }
}
