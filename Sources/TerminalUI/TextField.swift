/// An editable line of text: the text and a cursor counted in grapheme clusters, so that an
/// accented letter, a CJK character or an emoji family is one step of the cursor and one
/// backspace. Drawn with horizontal scroll by display width; reports where the terminal cursor
/// belongs.
public struct TextField: Hashable, Sendable {
    public private(set) var text: String
    /// Clusters before the cursor (0...text.count).
    public private(set) var cursor: Int
    /// The most clusters the field accepts.
    public var maxLength: Int

    public init(_ text: String = "", maxLength: Int = 500) {
        self.text = String(text.prefix(maxLength))
        self.cursor = self.text.count
        self.maxLength = maxLength
    }

    private var cursorIndex: String.Index { text.index(text.startIndex, offsetBy: cursor) }

    /// Inserts at the cursor. Control characters are refused (they must never be stored and
    /// then reach a terminal).
    public mutating func insert(_ character: Character) {
        guard !character.unicodeScalars.contains(where: TextFitting.isUnsafe) else { return }
        guard text.count < maxLength else { return }
        let before = text.count
        text.insert(character, at: cursorIndex)
        // A combining mark joins the cluster before it: the count may not grow.
        cursor += text.count - before
    }

    public mutating func insert(_ string: String) { for c in string { insert(c) } }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
        cursor -= 1
    }

    public mutating func delete() {
        guard cursor < text.count else { return }
        text.remove(at: cursorIndex)
    }

    public mutating func left() { cursor = max(0, cursor - 1) }
    public mutating func right() { cursor = min(text.count, cursor + 1) }
    public mutating func home() { cursor = 0 }
    public mutating func end() { cursor = text.count }

    public mutating func setText(_ newText: String) {
        text = String(newText.prefix(maxLength))
        cursor = text.count
    }

    /// Applies an editing key; false when the key is not an editing key.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c): insert(c)
        case .backspace: backspace()
        case .delete, .ctrl("d"): delete()
        case .left, .ctrl("b"): left()
        case .right, .ctrl("f"): right()
        case .home, .ctrl("a"): home()
        case .end, .ctrl("e"): end()
        default: return false
        }
        return true
    }

    /// What fits in `width` columns and the cursor's column within it. The view scrolls only
    /// as far as needed to keep the cursor (and one cell for it at the end) visible.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        let view = window(width: width)
        return (view.text, view.cursorColumn)
    }

    /// The visible window, and whether text is hidden before it or after it.
    private func window(width: Int) -> (text: String, cursorColumn: Int, hiddenBefore: Bool, hiddenAfter: Bool) {
        guard width > 0 else { return ("", 0, false, false) }
        let clusters = Array(TextFitting.sanitize(text))
        let widths = clusters.map(DisplayWidth.of)
        // Sanitising can split a stored "\r\n" cluster in two; never index past the end.
        let cursor = min(self.cursor, clusters.count)
        // Start at 0 unless the text before the cursor plus the cursor cell overflows.
        var start = 0
        var used = widths[..<cursor].reduce(0, +) + 1
        while used > width && start < cursor {
            used -= widths[start]
            start += 1
        }
        var shown = "", column = 0, cursorColumn = 0, end = start
        for i in start..<clusters.count {
            if i == cursor { cursorColumn = column }
            if column + widths[i] > width { break }
            shown.append(clusters[i])
            column += widths[i]
            end = i + 1
        }
        if cursor == clusters.count { cursorColumn = column }
        return (shown, min(cursorColumn, width - 1), start > 0, end < clusters.count)
    }

    /// Draws the field on one row; returns where the terminal cursor belongs. Text hidden by
    /// the scroll is marked with "…" at that end (never over the cursor). A field without focus
    /// shows its start, ending in "…" when more follows.
    @discardableResult
    public func render(x: Int, y: Int, width: Int, style: Style, buffer: inout Buffer, focused: Bool = true) -> (x: Int, y: Int) {
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        guard focused else {
            buffer.write(text, x: x, y: y, style: style, maxWidth: width)
            return (x, y)
        }
        let view = window(width: width)
        let shownWidth = buffer.write(view.text, x: x, y: y, style: style, maxWidth: width)
        if view.hiddenBefore, view.cursorColumn > 0 {
            if DisplayWidth.of(buffer[x, y].text) == 2 { buffer[x + 1, y] = Cell(" ", style: style) }
            buffer[x, y] = Cell("…", style: style)
        }
        if view.hiddenAfter, shownWidth > 0, view.cursorColumn < shownWidth - 1 {
            buffer.markCut(before: x + shownWidth, y: y, from: x)
        }
        return (x + view.cursorColumn, y)
    }

    /// The text broken into rows of under `width` columns (by cluster; the last column is kept
    /// for the cursor), and the cursor's row and column: for multi-line notes.
    public func wrapped(width: Int) -> (lines: [String], cursorLine: Int, cursorColumn: Int) {
        guard width > 1 else { return ([""], 0, 0) }
        var lines: [String] = [""]
        var lineWidth = 0
        var cursorAt = (line: 0, column: 0)
        for (i, c) in TextFitting.sanitize(text).enumerated() {
            if i == cursor { cursorAt = (lines.count - 1, lineWidth) }
            let w = DisplayWidth.of(c)
            if lineWidth + w > width - 1 {
                lines.append("")
                lineWidth = 0
                if i == cursor { cursorAt = (lines.count - 1, 0) }
            }
            lines[lines.count - 1].append(c)
            lineWidth += w
        }
        if cursor >= text.count { cursorAt = (lines.count - 1, lineWidth) }
        return (lines, cursorAt.line, cursorAt.column)
    }
}
