/// A terminal in memory: a queue of scripted events and the screen they produce.
/// Used by tests, headless snapshots and the benchmark.
public final class MemoryBackend: TerminalBackend {
    public private(set) var size: Size
    public private(set) var screen: Buffer
    public private(set) var drawCalls = 0
    public private(set) var cellsWritten = 0
    public private(set) var invalidations = 0
    /// Where the last draw put the terminal cursor (nil: hidden).
    public private(set) var cursor: (x: Int, y: Int)?
    private var queue: [InputEvent]

    public init(size: Size, events: [InputEvent] = []) {
        self.size = size
        self.screen = Buffer(size: size)
        self.queue = events
    }

    public func enqueue(_ events: [InputEvent]) { queue.append(contentsOf: events) }

    public var pendingEvents: Int { queue.count }

    public func resize(to newSize: Size) {
        size = newSize
        screen = Buffer(size: newSize)
        queue.append(.resize(newSize))
    }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent {
        queue.isEmpty ? .tick : queue.removeFirst()
    }

    public func draw(_ changes: [CellChange], cursor: (x: Int, y: Int)?) {
        drawCalls += 1
        self.cursor = cursor
        cellsWritten += changes.count
        for change in changes where change.x < screen.size.width && change.y < screen.size.height {
            screen[change.x, change.y] = change.cell
        }
    }

    public func invalidate() { invalidations += 1 }
}
