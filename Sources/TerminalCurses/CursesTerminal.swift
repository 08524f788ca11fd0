// TerminalCurses: the ncurses backend, and the only code in hopdash that touches the terminal.
//
// What it owns
// - Start-up: `setlocale(LC_ALL, "")`, refusing (by throwing, with nothing on screen) when stdin
//   or stdout is not a terminal or TERM is unset, empty, "dumb" or unknown to terminfo. It uses
//   `newterm`, which returns NULL, never `initscr`, which exits inside ncurses.
// - Terminal modes: cbreak (normal) or raw (locked down), no echo, keypad, nonl, Esc after 25 ms,
//   XON/XOFF off in both modes so Ctrl-S never freezes the screen, cursor hidden unless `draw`
//   is given a cursor position.
// - Input: `get_wch` decoded by `KeyDecoder` into `InputEvent`s; KEY_RESIZE becomes `.resize`.
//   Bracketed paste is on while the screen is ours: ncurses returns the markers as key codes
//   (`define_key`) and `BracketedPaste` gathers what lies between them into one `.paste`.
//   With `options.mouse` (never locked down), `mousemask` asks for first-button presses and the
//   wheel; KEY_MOUSE is read with `getmouse` and named by `MouseDecoder` as a `.mouse` event.
//   ncurses turns the terminal's mouse reporting off in `endwin` and back on when resumed; the
//   crash restore turns it off too.
// - Output: `draw` puts each changed cell with `setcchar` + `mvadd_wch` and flushes with exactly
//   one `wrefresh`; an empty change list writes nothing. Colour pairs are made lazily
//   (`CursesPalette`); with colour off none are made and no colour escape is ever sent.
// - Signals (see `CursesSignals`): handlers only set flags; `nextEvent` polls them. SIGTSTP is
//   honoured in the loop (endwin, stop, repaint on continue); crash signals restore the
//   terminal in the handler and die of the signal; `stop()`, `deinit` and an `atexit` hook
//   restore on the way out. While the screen is ours, stderr (when it is the terminal) goes to
//   a temporary file that is printed after the terminal is restored.
// - `bytesWritten`: exact bytes sent to the terminal, from the calling thread's write(2)
//   counter (/proc/thread-self/io) read around every ncurses call that may write. ncurses 6
//   writes its buffer with write(2) on fileno(output), so a FILE* of our own cannot observe it.
//   Where /proc is unavailable (not Linux) the count stays 0.
//
// One terminal at a time: ncurses and signal dispositions are process-wide. Call every method
// from one thread (the one running the app's loop).

import CNcurses
import TerminalUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct CursesOptions: Sendable {
    /// Draw in colour. False under NO_COLOR (any non-empty value); also ignored when the
    /// terminal has no colours (see `CursesTerminal.colorAvailable`).
    public var color: Bool
    /// Kiosk: raw mode; Ctrl-C, Ctrl-Z, Ctrl-\ and Ctrl-S arrive as ordinary keys and never stop,
    /// suspend or freeze the process; SIGINT, SIGQUIT and SIGTSTP are ignored.
    public var lockedDown: Bool
    /// Ask the terminal for mouse presses and the wheel. Never in the kiosk (`lockedDown`).
    public var mouse: Bool

    public init(color: Bool, lockedDown: Bool, mouse: Bool = false) {
        self.color = color
        self.lockedDown = lockedDown
        self.mouse = mouse && !lockedDown
    }

    public static func fromEnvironment(_ env: [String: String], lockedDown: Bool, mouse: Bool = false) -> CursesOptions {
        let noColor = !(env["NO_COLOR"] ?? "").isEmpty
        return CursesOptions(color: !noColor, lockedDown: lockedDown, mouse: mouse)
    }
}

public struct TerminalError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }

    static let advice = "Run it in a terminal emulator, or use 'hopdash snapshot' for plain text."

    static func unusable(term: String, reason: String = "") -> TerminalError {
        TerminalError(message: "hopdash needs a terminal that can move the cursor; TERM is \"\(term)\"\(reason). \(advice)")
    }
}

public final class CursesTerminal: TerminalBackend {
    public let options: CursesOptions
    /// True when the locale's codeset is UTF-8; otherwise the app should draw ASCII symbols.
    public let unicode: Bool
    /// `options.color` and the terminal has colours.
    public var colorAvailable: Bool { palette.isColor }
    /// SIGTERM or SIGHUP arrived (or SIGINT, when not locked down). Sticky.
    public var quitRequested: Bool { CursesSignals.quitRequested }
    /// Bytes ncurses has sent to the terminal so far: start-up, every frame, suspend/resume
    /// and `stop()` (not the captured stderr that `stop()` prints afterwards). Exact on Linux;
    /// stays 0 where /proc/thread-self/io is missing.
    public private(set) var bytesWritten: Int = 0

    private let screen: OpaquePointer
    private let palette: CursesPalette
    private var running = true
    private var cursorShown = false
    private var cursorAt: (x: Int, y: Int)?
    private var needsFullRepaint = false
    private var seenSuspends: Int
    private var seenContinues: Int
    /// Reused for each cell: a grapheme's scalars, NUL-terminated.
    private var wideBuffer: [wchar_t]
    /// Gathers a bracketed paste into one event.
    private var paste = BracketedPaste()

    nonisolated(unsafe) private static var active = false

    /// Whether the user's locale (LC_ALL, LC_CTYPE, LANG) is UTF-8, as `start` finds it: what
    /// draws without a terminal (`snapshot`) folds to ASCII when it is not, as the terminal does.
    public static func localeIsUTF8() -> Bool {
        setlocale(LC_ALL, "")
        return hop_codeset_is_utf8() != 0
    }

    // MARK: - Start and stop

    public static func start(options: CursesOptions, environment: [String: String]) throws(TerminalError) -> CursesTerminal {
        setlocale(LC_ALL, "")
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError(message: "hopdash needs a terminal, but its standard input or output is not one. \(TerminalError.advice)")
        }
        guard let term = environment["TERM"], !term.isEmpty else {
            throw TerminalError(message: "hopdash needs a terminal that can move the cursor; TERM is not set. \(TerminalError.advice)")
        }
        guard term != "dumb" else { throw TerminalError.unusable(term: term) }
        guard !active else {
            throw TerminalError(message: "hopdash already has the terminal open.")
        }

        CursesSignals.saveTerminalModes(fd: STDOUT_FILENO)
        CursesSignals.install(lockedDown: options.lockedDown)
        var written = 0
        let newScreen = counting(&written) { newterm(term, hop_stdout(), hop_stdin()) }
        guard let newScreen else {
            CursesSignals.uninstall()
            throw TerminalError.unusable(term: term, reason: ", which terminfo does not describe or ncurses cannot drive")
        }
        active = true
        set_term(newScreen)
        let window = hop_stdscr()
        counting(&written) {
            if options.lockedDown { _ = raw() } else { _ = cbreak() }
            _ = noecho()
            _ = nonl()
            _ = intrflush(window, false)
            _ = keypad(window, true)
            hop_define_paste_keys()
            _ = hop_tty_disable_flow_control(STDOUT_FILENO)
            _ = def_prog_mode()     // so endwin/refresh round trips keep IXON off
            _ = set_escdelay(25)
            _ = typeahead(-1)       // never abandon a refresh half-way because keys are waiting
            _ = scrollok(window, false)
            _ = leaveok(window, true)
            _ = curs_set(0)
            if options.mouse { hop_mouse_enable(1) }
        }
        let palette = counting(&written) { CursesPalette(enabled: options.color) }
        counting(&written) { setBracketedPaste(true) }
        CursesSignals.prepareRestoreSequence()
        CursesSignals.setActive(true)
        CursesSignals.captureStderr()
        let terminal = CursesTerminal(options: options, screen: newScreen, palette: palette,
                                      unicode: hop_codeset_is_utf8() != 0)
        terminal.bytesWritten = written
        return terminal
    }

    private init(options: CursesOptions, screen: OpaquePointer, palette: CursesPalette, unicode: Bool) {
        self.options = options
        self.screen = screen
        self.palette = palette
        self.unicode = unicode
        self.seenSuspends = CursesSignals.suspendCount
        self.seenContinues = CursesSignals.continueCount
        self.wideBuffer = Array(repeating: 0, count: Int(hop_ccharw_max()) + 1)
    }

    /// Restores the terminal (modes, cursor, main screen) and the signal dispositions.
    /// Idempotent. Call it before printing anything to stdout or stderr.
    public func stop() {
        guard running else { return }
        running = false
        counted { _ = endwin(); Self.setBracketedPaste(false) }
        CursesSignals.setActive(false)
        CursesSignals.releaseStderr()
        delscreen(screen)
        CursesSignals.uninstall()
        Self.active = false
    }

    deinit { stop() }

    // MARK: - TerminalBackend

    public var size: Size {
        guard running else { return Size(width: 0, height: 0) }
        return Size(width: Int(hop_cols()), height: Int(hop_lines()))
    }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent {
        guard running else { return .tick }
        CursesSignals.trimStderr(limit: 1 << 20)
        if let event = handleSignals() { return event }
        if quitRequested { return .tick }
        let window = hop_stdscr()
        // Waiting "forever" is done in one-second slices, so a signal that lands on another
        // thread (and so does not interrupt get_wch) is still seen within a second.
        let forever = timeoutMilliseconds < 0
        while true {
            // Mid-paste, the rest of it is waited for (up to two seconds of silence).
            let wait = paste.isCollecting ? 2000 : forever ? 1000 : Int32(clamping: timeoutMilliseconds)
            wtimeout(window, wait)
            var character: wint_t = 0
            let result = counted { wget_wch(window, &character) }
            if result == hop_ok() || result == hop_key_code_yes() {
                let decoded = KeyDecoder.decode(code: Int32(bitPattern: character), isKeyCode: result == hop_key_code_yes())
                switch paste.feed(decoded) {
                case .key(let key): return .key(key)
                case .paste(let text): return .paste(text)
                case .mouse:
                    var x: Int32 = 0, y: Int32 = 0, buttons: UInt = 0
                    if hop_get_mouse(&x, &y, &buttons) == 0,
                       let event = MouseDecoder.decode(x: Int(x), y: Int(y), buttons: buttons) { return .mouse(event) }
                    continue
                case .nothing: continue
                case .resize:
                    // The emulator may have reflowed the old contents: repaint everything.
                    invalidate()
                    return .resize(size)
                }
            }
            // ERR: timed out, a signal cut the wait short, or the terminal is gone.
            if case .paste(let text)? = paste.finish() { return .paste(text) }
            if let event = handleSignals() { return event }
            CursesSignals.noteHangup()
            if quitRequested || !forever { return .tick }
        }
    }

    public func draw(_ changes: [CellChange], cursor: (x: Int, y: Int)?) {
        guard running else { return }
        let current = size
        let wantedCursor = cursor.flatMap { c in
            c.x >= 0 && c.y >= 0 && c.x < current.width && c.y < current.height ? c : nil
        }
        let cursorChanged = wantedCursor?.x != cursorAt?.x || wantedCursor?.y != cursorAt?.y
        guard !changes.isEmpty || needsFullRepaint || cursorChanged else { return }

        for change in changes where change.x >= 0 && change.y >= 0
            && change.x < current.width && change.y < current.height {
            put(change.cell, x: change.x, y: change.y, width: current.width)
        }
        let window = hop_stdscr()
        if needsFullRepaint {
            _ = clearok(window, true)
            needsFullRepaint = false
        }
        if wantedCursor == nil && cursorShown {
            counted { _ = curs_set(0) }
            _ = leaveok(window, true)
            cursorShown = false
        }
        if let c = wantedCursor {
            _ = leaveok(window, false)
            _ = wmove(window, Int32(c.y), Int32(c.x))
        }
        counted { _ = wrefresh(window) }
        if wantedCursor != nil && !cursorShown {
            // After the refresh, so the cursor appears where it belongs, not where it was.
            counted { _ = curs_set(1) }
            cursorShown = true
        }
        cursorAt = wantedCursor
    }

    public func invalidate() {
        needsFullRepaint = true
    }

    // MARK: - Drawing

    private func put(_ cell: Cell, x: Int, y: Int, width: Int) {
        // The right half of a wide character: ncurses filled it when the left half was put.
        guard !cell.isContinuation else { return }
        var scalars = cell.text.unicodeScalars.makeIterator()
        guard var first = scalars.next() else { return }
        var substituted = false
        // Cells are sanitised upstream; never let a control character reach the terminal anyway.
        if first.value < 0x20 || (0x7F...0x9F).contains(first.value) { first = "?"; substituted = true }
        // A wide character cannot start in the last column.
        if x == width - 1 && DisplayWidth.of(scalar: first) == 2 { first = " "; substituted = true }
        let (attrs, pair) = palette.rendition(for: cell.style)
        let limit = wideBuffer.count - 1
        wideBuffer.withUnsafeMutableBufferPointer { buffer in
            buffer[0] = wchar_t(bitPattern: first.value)
            var count = 1
            if !substituted {
                // Combining scalars after the base, as many as a cchar_t holds.
                while count < limit, let next = scalars.next() {
                    buffer[count] = wchar_t(bitPattern: next.value)
                    count += 1
                }
            }
            buffer[count] = 0
            // Bottom-right cell: ncurses places it and returns ERR (it cannot wrap); harmless.
            _ = hop_put_cell(Int32(y), Int32(x), buffer.baseAddress, attrs, pair)
        }
    }

    // MARK: - Signals

    /// Acts on flags the handlers set since last time. Returns `.resize` after a repaint.
    private func handleSignals() -> InputEvent? {
        let suspends = CursesSignals.suspendCount
        if suspends != seenSuspends {
            seenSuspends = suspends
            if !options.lockedDown {
                suspend()
                seenContinues = CursesSignals.continueCount
                return .resize(size)
            }
        }
        let continues = CursesSignals.continueCount
        if continues != seenContinues {
            // Continued after a stop we did not arrange (SIGSTOP): the shell may have changed
            // the terminal modes and drawn over the screen.
            seenContinues = continues
            counted {
                Self.setBracketedPaste(true)
                _ = reset_prog_mode()
                _ = clearok(hop_stdscr(), true)
                _ = wrefresh(hop_stdscr())
            }
            return .resize(size)
        }
        return nil
    }

    /// Ctrl-Z: give the shell its terminal back, stop, and repaint in full when continued.
    private func suspend() {
        counted { _ = endwin(); Self.setBracketedPaste(false) }
        CursesSignals.stopProcess()
        counted {
            Self.setBracketedPaste(true)
            _ = clearok(hop_stdscr(), true)
            _ = wrefresh(hop_stdscr())   // leaves endwin: program modes back, whole screen drawn
        }
        needsFullRepaint = false
    }

    // MARK: - Bracketed paste

    /// Asks the terminal to bracket pasted text (ESC[?2004h), so a paste arrives as one event
    /// and never as keys; off (ESC[?2004l) on every way out: `stop`, suspend, and the crash and
    /// signal restore (`hop_sig_prepare_restore_sequence`). Terminals without the mode ignore it.
    private static func setBracketedPaste(_ on: Bool) {
        let sequence: StaticString = on ? "\u{1B}[?2004h" : "\u{1B}[?2004l"
        var done = 0
        while done < sequence.utf8CodeUnitCount {
            let n = write(STDOUT_FILENO, sequence.utf8Start + done, sequence.utf8CodeUnitCount - done)
            if n > 0 { done += n } else if n < 0 && errno == EINTR { continue } else { break }
        }
    }

    // MARK: - Counting output

    private func counted<T>(_ body: () -> T) -> T {
        Self.counting(&bytesWritten, body)
    }

    @discardableResult
    private static func counting<T>(_ total: inout Int, _ body: () -> T) -> T {
        let before = hop_thread_bytes_written()
        let result = body()
        let after = hop_thread_bytes_written()
        if before >= 0, after >= before { total += Int(after - before) }
        return result
    }
}
