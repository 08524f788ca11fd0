/// What the runtime needs from a terminal. The ncurses backend implements it for real; the
/// in-memory backend implements it for tests and headless snapshots.
public protocol TerminalBackend: AnyObject {
    /// Current size in cells.
    var size: Size { get }
    /// Waits up to `timeoutMilliseconds` for input (negative: forever). `.tick` on timeout.
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent
    /// Applies the given cell changes and flushes them to the terminal in one write.
    func draw(_ changes: [CellChange], cursor: (x: Int, y: Int)?)
    /// Forgets what is on screen so the next frame is drawn in full (after suspend/resume).
    func invalidate()
}
