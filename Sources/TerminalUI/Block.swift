/// A bordered box with a title. Returns the inner area for the content.
public struct Block: Sendable {
    public var title: String
    public var focused: Bool
    public var footer: String

    public init(title: String, focused: Bool = false, footer: String = "") {
        self.title = title; self.focused = focused; self.footer = footer
    }

    @discardableResult
    public func render(in rect: Rect, buffer: inout Buffer, theme: Theme) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let sym = Symbols(theme)
        let style = focused ? theme.focusedBorder : theme.border
        let inner = rect.inset(by: 1)
        if !title.isEmpty { buffer.map.boxTitle(title, focused: focused) }
        buffer.write(sym.topLeft, x: rect.x, y: rect.y, style: style)
        buffer.write(sym.topRight, x: rect.maxX - 1, y: rect.y, style: style)
        buffer.write(sym.bottomLeft, x: rect.x, y: rect.maxY - 1, style: style)
        buffer.write(sym.bottomRight, x: rect.maxX - 1, y: rect.maxY - 1, style: style)
        for x in (rect.x + 1)..<(rect.maxX - 1) {
            buffer.write(sym.horizontal, x: x, y: rect.y, style: style)
            buffer.write(sym.horizontal, x: x, y: rect.maxY - 1, style: style)
        }
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.write(sym.vertical, x: rect.x, y: y, style: style)
            buffer.write(sym.vertical, x: rect.maxX - 1, y: y, style: style)
        }
        buffer.fill(inner)
        // For a screen reader the title is the frame's first line (the renderer puts it there).
        if !title.isEmpty, rect.width > 4, !theme.screenReader {
            // A focused pane is marked by text too (the ▶ marker), not by colour alone.
            let marker = focused ? sym.selected + " " : ""
            let label = TextFitting.truncate(" \(marker)\(title) ", to: rect.width - 2, ascii: !theme.unicode)
            buffer.write(label, x: rect.x + 1, y: rect.y, style: focused ? theme.focusedBorder.bolded() : theme.title)
        }
        if !footer.isEmpty, rect.width > 4 {
            let label = TextFitting.truncate(" \(footer) ", to: rect.width - 2, ascii: !theme.unicode)
            buffer.write(label, x: rect.maxX - 1 - DisplayWidth.of(label), y: rect.maxY - 1, style: theme.muted)
        }
        return inner
    }
}
