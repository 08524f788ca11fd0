#ifndef HOPDASH_CNCURSES_SHIM_H
#define HOPDASH_CNCURSES_SHIM_H

// Wide-character ncurses. These must be defined before curses.h is included.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <ncursesw/curses.h>

// Swift cannot import ncurses' function-like macros, and Swift 6 rejects its mutable
// globals as not concurrency-safe. Each is wrapped here as a static inline function.
static inline WINDOW *hop_stdscr(void) { return stdscr; }
static inline int hop_lines(void) { return LINES; }
static inline int hop_cols(void) { return COLS; }
static inline int hop_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline attr_t hop_a_bold(void) { return A_BOLD; }
static inline attr_t hop_a_reverse(void) { return A_REVERSE; }
static inline attr_t hop_a_underline(void) { return A_UNDERLINE; }
static inline attr_t hop_a_dim(void) { return A_DIM; }
static inline attr_t hop_a_normal(void) { return A_NORMAL; }
static inline int hop_key_resize(void) { return KEY_RESIZE; }
static inline int hop_key_code_yes(void) { return KEY_CODE_YES; }
// Key codes for the bracketed-paste markers ESC[200~ and ESC[201~ (define_key), above KEY_MAX.
static inline int hop_key_paste_start(void) { return KEY_MAX + 1; }
static inline int hop_key_paste_end(void) { return KEY_MAX + 2; }
/// Makes get_wch return the paste codes for the bracketed-paste markers.
static inline void hop_define_paste_keys(void) {
    define_key("\033[200~", hop_key_paste_start());
    define_key("\033[201~", hop_key_paste_end());
}
// The mouse: presses of the first button and the wheel (buttons 4 and 5), reported at once
// (no click interval, which would hold every press back). ncurses decodes whichever report
// format terminfo names for the terminal (X10 "\E[M", or SGR 1006 "\E[<" where kmous says so).
static inline int hop_key_mouse(void) { return KEY_MOUSE; }
static inline unsigned long hop_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline unsigned long hop_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline unsigned long hop_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline void hop_mouse_enable(int on) {
    mousemask(on ? (BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED) : 0, NULL);
    mouseinterval(0);
}
/// The pending mouse event: 0 with x, y and the button state, or -1.
static inline int hop_get_mouse(int *x, int *y, unsigned long *buttons) {
    MEVENT event;
    if (getmouse(&event) != OK) return -1;
    *x = event.x; *y = event.y; *buttons = (unsigned long)event.bstate;
    return 0;
}
static inline int hop_err(void) { return ERR; }
static inline int hop_ok(void) { return OK; }
static inline int hop_has_colors(void) { return has_colors() ? 1 : 0; }
static inline int hop_colors(void) { return COLORS; }

/// Sets one cell from a UTF-8-decoded wide string (one grapheme) with attributes and colour pair.
static inline int hop_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wch, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cc);
}

// ---------------------------------------------------------------------------------------------
// Additions for TerminalCurses. Everything below is plain C so that the parts that must be
// async-signal-safe (handlers, crash restore) never run Swift code.

#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <langinfo.h>
#include <poll.h>

static inline FILE *hop_stdout(void) { return stdout; }
static inline FILE *hop_stdin(void) { return stdin; }
static inline int hop_color_pairs(void) { return COLOR_PAIRS; }
static inline int hop_key_f(int n) { return KEY_F(n); }
static inline int hop_ccharw_max(void) { return CCHARW_MAX; }

/// 1 when the current locale's codeset (after setlocale) is UTF-8.
static inline int hop_codeset_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    if (cs == NULL) return 0;
    return (strcasecmp(cs, "UTF-8") == 0 || strcasecmp(cs, "UTF8") == 0) ? 1 : 0;
}

/// Bytes this thread has passed to write(2) so far (Linux /proc/thread-self/io "wchar"), or -1.
/// ncurses 6 flushes its own output buffer with write(2) on fileno(output), so a FILE* of our
/// own (fopencookie) cannot see its bytes; the calling thread's counter, read before and after
/// each ncurses call that may write, can.
static inline long long hop_thread_bytes_written(void) {
    int fd = open("/proc/thread-self/io", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    char buf[512];
    ssize_t n;
    do { n = read(fd, buf, sizeof buf - 1); } while (n < 0 && errno == EINTR);
    close(fd);
    if (n <= 0) return -1;
    buf[n] = 0;
    const char *p = strstr(buf, "wchar:");
    if (p == NULL) return -1;
    p += 6;
    while (*p == ' ') p++;
    long long v = 0;
    while (*p >= '0' && *p <= '9') { v = v * 10 + (*p - '0'); p++; }
    return v;
}

/// Turns off XON/XOFF output flow control so Ctrl-S never freezes the screen (it arrives as a key).
static inline int hop_tty_disable_flow_control(int fd) {
    struct termios t;
    if (tcgetattr(fd, &t) != 0) return -1;
    t.c_iflag &= ~(tcflag_t)IXON;
    return tcsetattr(fd, TCSANOW, &t);
}

// ---------------------------------------------------------------------------------------------
// Signals and emergency restore.
//
// STATIC STATE IN A HEADER: each object file that uses these functions gets its own copy of the
// state (hop_sig()). Call the hop_sig_* functions from ONE Swift file only (CursesSignals.swift),
// so that the handlers and the functions that read their flags share one copy.
//
// Discipline: handlers only set flags (quit, suspend and continue counters); the event loop
// polls them. Crash handlers restore the terminal with async-signal-safe calls only (write of
// a precomputed escape sequence, tcsetattr of the termios saved at start), put back the
// previous disposition and re-raise.

struct hop_sig_state {
    volatile sig_atomic_t quit_flag;
    volatile sig_atomic_t suspend_count;
    volatile sig_atomic_t continue_count;
    volatile sig_atomic_t active;
    volatile sig_atomic_t have_termios;
    volatile sig_atomic_t stderr_captured;
    int stderr_saved;       // the real fd 2, while captured
    int stderr_file;        // an unlinked temporary file that fd 2 points at, while captured
    int tty_fd;
    int atexit_registered;
    struct termios saved_termios;
    size_t restore_len;
    char restore_seq[1024];
    unsigned char installed[NSIG];
    struct sigaction previous[NSIG];
    char altstack[65536];
};

/// All the state, zero-initialised, in one function-local static. (File-scope static arrays
/// and structs without an initialiser came out of Swift's importer as undefined references at
/// link time; a static inside an emitted function is emitted with it.)
static inline struct hop_sig_state *hop_sig(void) {
    static struct hop_sig_state state;
    return &state;
}

static void hop_sig_on_quit(int sig) { (void)sig; hop_sig()->quit_flag = 1; }
static void hop_sig_on_suspend(int sig) { (void)sig; hop_sig()->suspend_count = hop_sig()->suspend_count + 1; }
static void hop_sig_on_continue(int sig) { (void)sig; hop_sig()->continue_count = hop_sig()->continue_count + 1; }

/// Async-signal-safe: leave the alternate screen, show the cursor, restore the saved termios.
static void hop_sig_restore_now(void) {
    if (!hop_sig()->active) return;
    hop_sig()->active = 0;
    size_t done = 0;
    while (done < hop_sig()->restore_len) {
        ssize_t n = write(hop_sig()->tty_fd, hop_sig()->restore_seq + done, hop_sig()->restore_len - done);
        if (n > 0) done += (size_t)n;
        else if (n < 0 && errno == EINTR) continue;
        else break;
    }
    if (hop_sig()->have_termios) tcsetattr(hop_sig()->tty_fd, TCSANOW, &hop_sig()->saved_termios);
}

/// While the screen is ours, fd 2 points at a temporary file, so stray diagnostics (a library's
/// warning, Swift's "Fatal error: ..." line, printed just before the trap) neither garble the
/// screen nor vanish with the alternate screen. Only when fd 2 is a terminal.
static inline void hop_sig_capture_stderr(void) {
    if (hop_sig()->stderr_captured || !isatty(2)) return;
    FILE *f = tmpfile();
    if (f == NULL) return;
    int file = fcntl(fileno(f), F_DUPFD_CLOEXEC, 3);
    fclose(f);
    if (file < 0) return;
    int saved = fcntl(2, F_DUPFD_CLOEXEC, 3);
    if (saved < 0) { close(file); return; }
    fflush(stderr);
    if (dup2(file, 2) < 0) { close(file); close(saved); return; }
    hop_sig()->stderr_file = file;
    hop_sig()->stderr_saved = saved;
    hop_sig()->stderr_captured = 1;
}

/// Async-signal-safe: points fd 2 back at the terminal and copies out what was captured.
static void hop_sig_release_stderr(void) {
    if (!hop_sig()->stderr_captured) return;
    hop_sig()->stderr_captured = 0;
    int file = hop_sig()->stderr_file, saved = hop_sig()->stderr_saved;
    dup2(saved, 2);
    close(saved);
    if (lseek(file, 0, SEEK_SET) == 0) {
        char buf[4096];
        for (;;) {
            ssize_t n = read(file, buf, sizeof buf);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) break;
            ssize_t done = 0;
            while (done < n) {
                ssize_t w = write(2, buf + done, (size_t)(n - done));
                if (w > 0) done += w;
                else if (w < 0 && errno == EINTR) continue;
                else break;
            }
        }
    }
    close(file);
}

/// Delivers `sig` with its default action: handler reset to SIG_DFL, signal unblocked, raised.
/// Async-signal-safe (sigaction, sigprocmask and raise only), for crash handlers and suspend.
static inline void hop_raise_with_default_action(int sig) {
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, NULL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
}

/// Keeps the captured output bounded in a long-running kiosk: past `limit` bytes, start over.
static inline void hop_sig_trim_stderr(long limit) {
    if (!hop_sig()->stderr_captured) return;
    off_t size = lseek(hop_sig()->stderr_file, 0, SEEK_END);
    if (size <= (off_t)limit) return;
    if (ftruncate(hop_sig()->stderr_file, 0) == 0) {
        lseek(hop_sig()->stderr_file, 0, SEEK_SET);   // shared with fd 2: the next write lands at 0
        static const char note[] = "[hopdash: earlier error output dropped]\n";
        ssize_t ignored = write(hop_sig()->stderr_file, note, sizeof note - 1);
        (void)ignored;
    }
}

/// Crash signals: restore the terminal, let the previous handler (the Swift runtime's
/// backtracer, when enabled) run with the original siginfo and context, then die of the signal
/// with its default action, whatever that handler did (it may return, e.g. after a `kill -SEGV`).
static void hop_sig_on_crash(int sig, siginfo_t *info, void *context) {
    hop_sig_restore_now();
    hop_sig_release_stderr();
    struct sigaction *previous = &hop_sig()->previous[sig];
    if (previous->sa_flags & SA_SIGINFO) {
        if (previous->sa_sigaction != NULL) previous->sa_sigaction(sig, info, context);
    } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN) {
        previous->sa_handler(sig);
    }
    hop_raise_with_default_action(sig);
    _exit(128 + sig);   // not reached: the default action of every crash signal terminates
}

static void hop_sig_atexit(void) { hop_sig_restore_now(); hop_sig_release_stderr(); }

static inline int hop_sig_replace(int sig, const struct sigaction *act) {
    struct sigaction old;
    if (sigaction(sig, act, &old) != 0) return -1;
    if (!hop_sig()->installed[sig]) { hop_sig()->previous[sig] = old; hop_sig()->installed[sig] = 1; }
    return 0;
}

/// A flag-setting handler (or SIG_IGN). Never SA_RESTART: get_wch must return early.
static inline int hop_sig_set(int sig, void (*handler)(int)) {
    struct sigaction act;
    memset(&act, 0, sizeof act);
    act.sa_handler = handler;
    sigemptyset(&act.sa_mask);
    act.sa_flags = 0;
    return hop_sig_replace(sig, &act);
}

static inline int hop_sig_set_crash(int sig) {
    struct sigaction act;
    memset(&act, 0, sizeof act);
    act.sa_sigaction = hop_sig_on_crash;
    sigemptyset(&act.sa_mask);
    act.sa_flags = SA_SIGINFO | SA_ONSTACK;
    return hop_sig_replace(sig, &act);
}

static inline int hop_sig_is_ignored(int sig) {
    struct sigaction current;
    return sigaction(sig, NULL, &current) == 0 && !(current.sa_flags & SA_SIGINFO)
        && current.sa_handler == SIG_IGN;
}

static inline int hop_sig_is_default(int sig) {
    struct sigaction current;
    return sigaction(sig, NULL, &current) == 0 && !(current.sa_flags & SA_SIGINFO)
        && current.sa_handler == SIG_DFL;
}

/// Installs every handler. Call before newterm, so ncurses sees our handlers and adds none of
/// its own for SIGINT, SIGTERM and SIGTSTP (it still installs its SIGWINCH handler).
static inline void hop_sig_install(int locked_down) {
    hop_sig()->quit_flag = 0;
    // An alternate stack so a stack overflow (SIGSEGV) can still restore the terminal.
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        stack_t ss;
        memset(&ss, 0, sizeof ss);
        ss.ss_sp = hop_sig()->altstack;
        ss.ss_size = sizeof hop_sig()->altstack;
        ss.ss_flags = 0;
        sigaltstack(&ss, NULL);
    }
    hop_sig_set(SIGTERM, hop_sig_on_quit);
    hop_sig_set(SIGHUP, hop_sig_on_quit);
    hop_sig_set(SIGINT, locked_down ? SIG_IGN : hop_sig_on_quit);
    if (locked_down) hop_sig_set(SIGQUIT, SIG_IGN);
    else if (!hop_sig_is_ignored(SIGQUIT)) hop_sig_set_crash(SIGQUIT);
    hop_sig_set(SIGTSTP, locked_down ? SIG_IGN : hop_sig_on_suspend);
    hop_sig_set(SIGCONT, hop_sig_on_continue);
    static const int crash[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
    for (size_t i = 0; i < sizeof crash / sizeof crash[0]; i++) hop_sig_set_crash(crash[i]);
    // Every other signal whose default action ends the process ends it the same way, terminal
    // restored first, unless something already ignores or handles it.
    static const int fatal[] = { SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGPIPE, SIGXCPU, SIGXFSZ, SIGSYS,
#ifdef SIGPOLL
        SIGPOLL,
#endif
#ifdef SIGSTKFLT
        SIGSTKFLT,
#endif
#ifdef SIGPWR
        SIGPWR,
#endif
    };
    for (size_t i = 0; i < sizeof fatal / sizeof fatal[0]; i++)
        if (hop_sig_is_default(fatal[i])) hop_sig_set_crash(fatal[i]);
#ifdef SIGRTMIN
    for (int sig = SIGRTMIN; sig <= SIGRTMAX; sig++)
        if (hop_sig_is_default(sig)) hop_sig_set_crash(sig);
#endif
    if (!hop_sig()->atexit_registered) { atexit(hop_sig_atexit); hop_sig()->atexit_registered = 1; }
}

/// Puts back every disposition that hop_sig_install replaced.
static inline void hop_sig_uninstall(void) {
    for (int sig = 1; sig < NSIG; sig++) {
        if (hop_sig()->installed[sig]) {
            sigaction(sig, &hop_sig()->previous[sig], NULL);
            hop_sig()->installed[sig] = 0;
        }
    }
}

/// Saves the terminal modes to restore on a crash (call before newterm changes them).
static inline void hop_sig_save_termios(int fd) {
    hop_sig()->tty_fd = fd;
    hop_sig()->have_termios = (tcgetattr(fd, &hop_sig()->saved_termios) == 0) ? 1 : 0;
}

/// Appends a terminfo string capability (after newterm), dropping "$<..>" padding.
static inline void hop_sig_append_capability(const char *name) {
    char *s = tigetstr(name);
    if (s == NULL || s == (char *)-1) return;
    for (const char *p = s; *p; p++) {
        if (p[0] == '$' && p[1] == '<') {
            const char *end = strchr(p, '>');
            if (end) { p = end; continue; }
        }
        if (hop_sig()->restore_len + 1 < sizeof hop_sig()->restore_seq)
            hop_sig()->restore_seq[hop_sig()->restore_len++] = *p;
    }
}

/// Precomputes what the crash handler writes: bracketed paste off, attributes off, cursor
/// visible, keypad local, leave the alternate screen.
static inline void hop_sig_prepare_restore_sequence(void) {
    hop_sig()->restore_len = 0;
    static const char paste_off[] = "\033[?2004l\033[?1000l\033[?1002l\033[?1006l";
    memcpy(hop_sig()->restore_seq, paste_off, sizeof paste_off - 1);
    hop_sig()->restore_len = sizeof paste_off - 1;
    hop_sig_append_capability("sgr0");
    hop_sig_append_capability("cnorm");
    hop_sig_append_capability("rmkx");
    hop_sig_append_capability("rmcup");
}

/// A terminal that went away without SIGHUP (e.g. under nohup) makes get_wch fail at once,
/// forever; treat a hung-up stdin like SIGHUP so the loop ends instead of spinning.
static inline void hop_sig_note_hangup(void) {
    struct pollfd p;
    p.fd = 0;
    p.events = POLLIN;
    p.revents = 0;
    if (poll(&p, 1, 0) == 1 && (p.revents & (POLLHUP | POLLERR | POLLNVAL))) hop_sig()->quit_flag = 1;
}

static inline void hop_sig_set_active(int active) { hop_sig()->active = active ? 1 : 0; }
static inline int hop_sig_quit_requested(void) { return hop_sig()->quit_flag ? 1 : 0; }
static inline long hop_sig_suspends(void) { return (long)hop_sig()->suspend_count; }
static inline long hop_sig_continues(void) { return (long)hop_sig()->continue_count; }

/// Stops the process the way the shell expects (default SIGTSTP action), after the caller has
/// called endwin. Returns when the process is continued, with our handler back in place.
static inline void hop_sig_stop_process(void) {
    hop_raise_with_default_action(SIGTSTP);
    struct sigaction act;
    memset(&act, 0, sizeof act);
    act.sa_handler = hop_sig_on_suspend;
    sigemptyset(&act.sa_mask);
    act.sa_flags = 0;
    sigaction(SIGTSTP, &act, NULL);
}

#endif
