/// A centred box drawn over whatever is beneath; returns its inner area.
public struct Modal: Sendable {
    public var title: String
    public var width: Int
    public var height: Int

    public init(title: String, width: Int, height: Int) {
        self.title = title; self.width = width; self.height = height
    }

    public func frame(in area: Rect) -> Rect {
        let w = min(width, area.width), h = min(height, area.height)
        return Rect(x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h)
    }

    @discardableResult
    public func render(in area: Rect, buffer: inout Buffer, theme: Theme) -> Rect {
        let rect = frame(in: area)
        buffer.fill(rect)
        return Block(title: title, focused: true).render(in: rect, buffer: &buffer, theme: theme)
    }
}

/// The one-line key hint bar at the bottom of the screen: `q Quit  ? Help ...`.
public struct HelpBar: Sendable {
    public var items: [(key: String, label: String)]

    public init(items: [(key: String, label: String)]) { self.items = items }

    public func render(in rect: Rect, buffer: inout Buffer, theme: Theme) {
        guard !rect.isEmpty else { return }
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme.text)
        var x = rect.x
        for item in items {
            let needed = DisplayWidth.of(item.key) + 1 + DisplayWidth.of(item.label) + 2
            if x + needed > rect.maxX { break }
            x += buffer.write(item.key, x: x, y: rect.y, style: theme.helpKey.reversed(), clip: rect)
            x += buffer.write(" " + item.label + "  ", x: x, y: rect.y, style: theme.text, clip: rect)
        }
    }
}
