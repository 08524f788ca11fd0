/// A table column: header, width in cells, alignment.
public struct Column: Sendable {
    public var header: String
    public var width: Int
    public var alignRight: Bool

    public init(_ header: String, width: Int, alignRight: Bool = false) {
        self.header = header; self.width = width; self.alignRight = alignRight
    }
}

/// One table cell's text and optional style (the row style applies otherwise).
public struct TableCell: Sendable {
    public var text: String
    public var style: Style?

    public init(_ text: String, style: Style? = nil) { self.text = text; self.style = style }
}

/// A scrolling table with a header row and an optional selected row. The caller keeps the
/// scroll offset in state; `visibleOffset` tells what offset keeps the selection on screen.
public struct Table: Sendable {
    public var columns: [Column]
    public var rows: [[TableCell]]
    public var selected: Int?
    public var offset: Int
    public var showHeader: Bool

    public init(columns: [Column], rows: [[TableCell]], selected: Int? = nil, offset: Int = 0, showHeader: Bool = true) {
        self.columns = columns; self.rows = rows; self.selected = selected; self.offset = offset
        self.showHeader = showHeader
    }

    /// Rows that fit under the header in `height` lines.
    public static func bodyHeight(_ height: Int, showHeader: Bool = true) -> Int { max(0, height - (showHeader ? 1 : 0)) }

    /// The offset that keeps `selected` visible, starting from `offset`.
    public static func visibleOffset(selected: Int, offset: Int, bodyHeight: Int, count: Int) -> Int {
        guard bodyHeight > 0, count > 0 else { return 0 }
        var o = min(max(0, offset), max(0, count - bodyHeight))
        if selected < o { o = selected }
        if selected >= o + bodyHeight { o = selected - bodyHeight + 1 }
        return max(0, o)
    }

    public func render(in rect: Rect, buffer: inout Buffer, theme: Theme) {
        guard !rect.isEmpty else { return }
        var y = rect.y
        let ascii = !theme.unicode
        if showHeader {
            var x = rect.x
            for column in columns where x < rect.maxX && column.width > 0 {
                let w = min(column.width, rect.maxX - x)
                buffer.write(TextFitting.pad(column.header, to: w, alignRight: column.alignRight, ascii: ascii),
                             x: x, y: y, style: theme.title.with(foreground: theme.title.foreground), clip: rect)
                x += column.width + 1
            }
            y += 1
        }
        let body = Table.bodyHeight(rect.height, showHeader: showHeader)
        let start = min(max(0, offset), max(0, rows.count - 1))
        for (i, row) in rows.dropFirst(start).prefix(body).enumerated() {
            let index = start + i
            let isSelected = index == selected
            // A table with a selection is a list: its rows can be clicked and a reader follows them.
            if selected != nil {
                buffer.map.row(index, at: Rect(x: rect.x, y: y + i, width: rect.width, height: 1), selected: isSelected)
            }
            var x = rect.x
            // A dropped column (width 0) takes no cells and no gap, as `ColumnLayout.line` leaves it out.
            for (c, column) in columns.enumerated() where x < rect.maxX && column.width > 0 {
                let cell = c < row.count ? row[c] : TableCell("")
                let w = min(column.width, rect.maxX - x)
                var style = cell.style ?? theme.text
                if isSelected { style = style.reversed() }
                buffer.write(TextFitting.pad(cell.text, to: w, alignRight: column.alignRight, ascii: ascii),
                             x: x, y: y + i, style: style, clip: rect)
                if isSelected, c < columns.count - 1, x + column.width < rect.maxX {
                    buffer.write(" ", x: x + column.width, y: y + i, style: theme.selection, clip: rect)
                }
                x += column.width + 1
            }
        }
        // Scroll hints so a long list says there is more, in text (a reader hears the rows).
        guard !theme.screenReader else { return }
        let sym = Symbols(theme)
        if start > 0, showHeader {
            buffer.write(sym.up, x: rect.maxX - 1, y: rect.y, style: theme.muted)
        }
        if start + body < rows.count {
            buffer.write(sym.down, x: rect.maxX - 1, y: rect.maxY - 1, style: theme.muted)
        }
    }
}
