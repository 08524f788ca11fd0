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

#endif
