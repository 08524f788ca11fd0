import CNcurses

/// The process's signal dispositions while a `CursesTerminal` runs.
///
/// The handlers themselves are C (`hop_sig_*` in `shim.h`): they only set flags or, for crash
/// signals, restore the terminal with async-signal-safe calls, run the previous handler (the
/// Swift runtime's backtracer prints its report on the restored screen) and die of the signal.
/// While the screen is ours, stderr goes to a temporary file that is copied back to the terminal
/// on stop, exit or crash, so a "Fatal error: ..." line is not lost with the alternate screen. This file is the
/// ONLY Swift file that calls `hop_sig_*`: the flags are `static` variables in a header, so
/// every object file that used them would get its own copy.
///
/// | signal | normal | locked down |
/// |---|---|---|
/// | SIGTERM, SIGHUP | quit flag | quit flag |
/// | SIGINT | quit flag | ignored |
/// | SIGTSTP | suspend counter; the loop stops the process | ignored |
/// | SIGQUIT | like a crash: restore, die with a core (works even if the loop hangs); left alone if already ignored | ignored |
/// | SIGCONT | continue counter; the loop repaints | same |
/// | SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP | restore terminal, run the previous handler, die of the signal | same |
/// | SIGWINCH | ncurses' own handler; `get_wch` returns `KEY_RESIZE` | same |
/// | SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGPIPE, SIGXCPU, SIGXFSZ, SIGSYS, SIGPOLL, SIGSTKFLT, SIGPWR, real-time signals, when at their default action | as a crash: restore the terminal, die of the signal | same |
///
/// No handler uses `SA_RESTART`, so a signal cuts `get_wch`'s wait short and the loop sees the
/// flag at once (when the signal lands on the thread waiting in `get_wch`; otherwise within the
/// poll timeout).
enum CursesSignals {
    /// Saves the terminal modes of `fd` for the crash handler. Call before `newterm`.
    static func saveTerminalModes(fd: Int32) { hop_sig_save_termios(fd) }

    /// Installs the handlers. Call before `newterm`, so ncurses adds none of its own for
    /// SIGINT, SIGTERM and SIGTSTP. Also registers the `atexit` safety net (once per process).
    static func install(lockedDown: Bool) { hop_sig_install(lockedDown ? 1 : 0) }

    /// Puts back the dispositions that were in place before `install`.
    static func uninstall() { hop_sig_uninstall() }

    /// Precomputes the bytes the crash handler writes (needs `newterm`'s terminfo).
    static func prepareRestoreSequence() { hop_sig_prepare_restore_sequence() }

    /// While active, a crash or `exit` restores the terminal.
    static func setActive(_ active: Bool) { hop_sig_set_active(active ? 1 : 0) }

    /// Points fd 2 at a temporary file while the screen is ours (only if fd 2 is a terminal).
    static func captureStderr() { hop_sig_capture_stderr() }

    /// Points fd 2 back at the terminal and prints what was captured. A crash or `exit` does
    /// this too.
    static func releaseStderr() { hop_sig_release_stderr() }

    /// Bounds the captured output (a kiosk may run for weeks).
    static func trimStderr(limit: Int) { hop_sig_trim_stderr(limit) }

    /// Called when `get_wch` failed: a hung-up terminal sets the quit flag, as SIGHUP would.
    static func noteHangup() { hop_sig_note_hangup() }

    static var quitRequested: Bool { hop_sig_quit_requested() != 0 }
    static var suspendCount: Int { Int(hop_sig_suspends()) }
    static var continueCount: Int { Int(hop_sig_continues()) }

    /// Stops the process with the default SIGTSTP action (the caller has called `endwin`);
    /// returns once it is continued, with the flag-setting handler back in place.
    static func stopProcess() { hop_sig_stop_process() }
}
