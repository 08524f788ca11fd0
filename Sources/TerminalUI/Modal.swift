/// A centred box drawn over whatever is beneath; returns its inner area.
public struct Modal: Sendable {
    public var title: String
    public var width: Int
    public var height: Int
    /// Text in the bottom border (where the box is in a list, which keys page it).
    public var footer: String?

    public init(title: String, width: Int, height: Int, footer: String? = nil) {
        self.title = title; self.width = width; self.height = height; self.footer = footer
    }

    public func frame(in area: Rect) -> Rect {
        let w = min(width, area.width), h = min(height, area.height)
        return Rect(x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h)
    }

    @discardableResult
    public func render(in area: Rect, buffer: inout Buffer, theme: Theme) -> Rect {
        // For a screen reader the box fills the area: one thing on screen at a time.
        let rect = theme.screenReader ? area : frame(in: area)
        buffer.map.coverAll()
        buffer.fill(rect)
        return Block(title: title, focused: true, footer: footer ?? "").render(in: rect, buffer: &buffer, theme: theme)
    }
}

/// The one-line key hint bar at the bottom of the screen: `q Quit  ? Help ...`.
/// One key in the hint bar: the key, what it does, and its rank (lower is kept first).
public struct HintItem: Sendable, Equatable {
    public var key: String
    public var label: String
    public var rank: Int

    public init(key: String, label: String, rank: Int = 0) { self.key = key; self.label = label; self.rank = rank }

    var width: Int { DisplayWidth.of(key) + 1 + DisplayWidth.of(label) + 2 }
}

/// The key-hint line: as many items as fit, kept by rank (then by order), shown in order.
public struct HelpBar: Sendable {
    public var items: [HintItem]

    public init(items: [HintItem]) { self.items = items }

    /// The items that fit in `width` columns: by rank, lowest first, each that still fits;
    /// returned in their original order.
    public static func fitting(_ items: [HintItem], width: Int) -> [HintItem] {
        var room = width
        var kept = Set<Int>()
        for i in items.indices.sorted(by: { (items[$0].rank, $0) < (items[$1].rank, $1) }) where items[i].width <= room {
            kept.insert(i); room -= items[i].width
        }
        return items.indices.filter(kept.contains).map { items[$0] }
    }

    public func render(in rect: Rect, buffer: inout Buffer, theme: Theme) {
        guard !rect.isEmpty else { return }
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme.text)
        var x = rect.x
        for item in HelpBar.fitting(items, width: rect.width) {
            x += buffer.write(item.key, x: x, y: rect.y, style: theme.helpKey.reversed(), clip: rect)
            x += buffer.write(" " + item.label + "  ", x: x, y: rect.y, style: theme.text, clip: rect)
        }
    }
}
