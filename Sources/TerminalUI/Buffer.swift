/// One terminal cell: a grapheme cluster and its style. A wide cluster occupies its cell and
/// the next, which holds `Cell.continuation`.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()
    /// Marks the right half of a wide character; drawn as nothing.
    public static let continuation = Cell("")

    public var isContinuation: Bool { text.isEmpty }
}

/// A full frame of cells. Screens render into a buffer; the runtime diffs it with the previous
/// frame and sends only the changes (an unchanged frame sends nothing).
public struct Buffer: Hashable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]
    /// What the cells mean: rows, clickable areas, the selection (see `FrameMap`).
    public var map = FrameMap()

    public init(size: Size) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var area: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < size.width && y < size.height }

    /// Writes `text` at (x, y), clipped to `clip` (default: the whole buffer) and to `maxWidth`
    /// columns. Text is sanitised first, so stored control characters never reach the terminal.
    /// Where anything but spaces is left out, the last column written shows "…" (`markCut`
    /// false leaves it out silently: pictures such as big digits, not text).
    /// Returns the number of columns written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain,
                               maxWidth: Int? = nil, clip: Rect? = nil, markCut: Bool = true) -> Int {
        let bounds = (clip ?? area).intersection(area)
        guard y >= bounds.y, y < bounds.maxY else { return 0 }
        let limit = min(bounds.maxX, maxWidth.map { x + $0 } ?? Int.max)
        var column = x
        let clean = TextFitting.sanitize(text)
        for index in clean.indices {
            // Each cluster whole, or its replacement whole (`DisplayWidth.drawable`).
            let (drawn, w) = DisplayWidth.drawable(clean[index])
            if w == 0 {
                // A lone zero-width cluster: attach to the previous cell if it is ours.
                if column > x, column - 1 >= bounds.x, column - 1 < limit {
                    let prev = self[column - 1, y]
                    if !prev.isContinuation { self[column - 1, y] = Cell(prev.text + drawn, style: prev.style) }
                }
                continue
            }
            if column + w > limit {
                if markCut, clean[index...].contains(where: { $0 != " " }) {
                    self.markCut(from: max(x, bounds.x), to: column, limit: limit, y: y, style: style)
                }
                break
            }
            if column >= bounds.x {
                clearWideOverlap(x: column, y: y)
                self[column, y] = Cell(drawn, style: style)
                if w == 2 {
                    clearWideOverlap(x: column + 1, y: y)
                    self[column + 1, y] = Cell(Cell.continuation.text, style: style)
                }
            }
            column += w
        }
        return column - x
    }

    /// Shows "…" in the last column of a run written from `start` up to `end` (exclusive) that
    /// had to stop before `limit`: in the free column when one is left, else over the last
    /// character written (both halves of a wide one).
    mutating func markCut(from start: Int, to end: Int, limit: Int, y: Int, style: Style) {
        if end < limit, end >= start, contains(x: end, y: y) {
            self[end, y] = Cell("…", style: style)
            return
        }
        guard end - 1 >= start, contains(x: end - 1, y: y) else { return }
        var at = end - 1
        if self[at, y].isContinuation, at - 1 >= start {
            self[at, y] = Cell(" ", style: self[at, y].style)
            at -= 1
        }
        self[at, y] = Cell("…", style: self[at, y].style)
    }

    /// Marks that text continued past column `x` - 1 on row `y` (a caller that writes a line in
    /// pieces and ran out of room before a piece): "…" replaces that column's character.
    public mutating func markCut(before x: Int, y: Int, from start: Int) {
        markCut(from: start, to: x, limit: x, y: y, style: contains(x: x - 1, y: y) ? self[x - 1, y].style : .plain)
    }

    /// Before overwriting a cell, blank the other half of any wide character it splits.
    private mutating func clearWideOverlap(x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        let cell = self[x, y]
        if cell.isContinuation, x > 0 {
            self[x - 1, y] = Cell(" ", style: self[x - 1, y].style)
        } else if DisplayWidth.of(cell.text) == 2, x + 1 < size.width {
            self[x + 1, y] = Cell(" ", style: self[x + 1, y].style)
        }
    }

    /// Fills a rectangle with a character and style. A wide character cut by the rectangle's
    /// edge loses its outside half too (as `write` does), so no row ends up wider or narrower
    /// than the terminal.
    public mutating func fill(_ rect: Rect, with text: String = " ", style: Style = .plain) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            clearWideOverlap(x: r.x, y: y)
            clearWideOverlap(x: r.maxX - 1, y: y)
            for x in r.x..<r.maxX { self[x, y] = Cell(text, style: style) }
        }
    }

    /// Applies a style to every cell in `rect`, keeping the text (for selection highlights).
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { self[x, y].style = transform(self[x, y].style) }
        }
    }

    /// The text of each row, trailing spaces kept: what a test compares with a picture.
    public var lines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width { line += self[x, y].text }
            return line
        }
    }

    /// The rows with trailing spaces removed: what `hopdash snapshot` prints and tests compare.
    public var trimmedLines: [String] {
        lines.map { line in String(line[..<(line.lastIndex { $0 != " " }.map(line.index(after:)) ?? line.startIndex)]) }
    }

    /// Rows between `|` bars, for failure messages.
    public var picture: String { lines.map { "|\($0)|" }.joined(separator: "\n") }

    /// The cells that differ from `previous` (all of them when sizes differ).
    public func changes(since previous: Buffer?) -> [CellChange] {
        var result: [CellChange] = []
        let full = previous == nil || previous!.size != size
        for y in 0..<size.height {
            for x in 0..<size.width {
                let cell = self[x, y]
                if full || previous![x, y] != cell { result.append(CellChange(x: x, y: y, cell: cell)) }
            }
        }
        return result
    }
}

public struct CellChange: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var cell: Cell

    public init(x: Int, y: Int, cell: Cell) { self.x = x; self.y = y; self.cell = cell }
}
