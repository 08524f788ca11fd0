/// What a frame's cells mean, recorded while it is drawn: the areas a click can focus, the list
/// rows a click can select, the selected row (where a screen reader's cursor belongs) and the
/// title of what has focus. Widgets and screens declare these as they draw; the runtime keeps
/// the map with the last frame and asks it what lies under the pointer. Pure values, so hit
/// testing is a function of the frame alone.
public struct FrameMap: Hashable, Sendable {
    /// An area a click focuses (a dashboard pane), named by the screen that drew it.
    public struct Region: Hashable, Sendable {
        public var id: String
        public var rect: Rect
    }

    /// One drawn list row: its index in the list it belongs to and where it is on screen. `list`
    /// names the list when a screen shows a second one beside its main list (nil: the main one).
    public struct Row: Hashable, Sendable {
        public var index: Int
        public var rect: Rect
        public var list: String?
    }

    /// What lies under a point: the innermost region and the list row, either or both, and the
    /// list the row belongs to (nil: the screen's main list).
    public struct Hit: Hashable, Sendable {
        public var region: String?
        public var row: Int?
        public var list: String?

        public init(region: String?, row: Int?, list: String? = nil) { self.region = region; self.row = row; self.list = list }
    }

    public private(set) var regions: [Region] = []
    public private(set) var rows: [Row] = []
    /// The selected row as drawn (the last one declared selected).
    public private(set) var selection: Rect?
    /// The title of the box that has focus (a modal's, once one is drawn), else of the first box.
    public private(set) var title: String?

    public init() {}

    /// Declares an area a click focuses. Later regions lie on top of earlier ones.
    public mutating func region(_ id: String, _ rect: Rect) {
        regions.append(Region(id: id, rect: rect))
    }

    /// Declares a list row drawn at `rect`, and whether it is the selected one; `list` names a
    /// second list on the screen (nil: its main list).
    public mutating func row(_ index: Int, at rect: Rect, selected: Bool, list: String? = nil) {
        rows.append(Row(index: index, rect: rect, list: list))
        if selected { selection = rect }
    }

    /// Records a box's title: the last focused box's (a modal over a screen), else the first box's.
    public mutating func boxTitle(_ text: String, focused: Bool) {
        if focused {
            title = text
        } else if title == nil {
            title = text
        }
    }

    /// A modal covers the screen: what lay beneath can be neither clicked nor selected.
    public mutating func coverAll() {
        regions = []
        rows = []
        selection = nil
    }

    /// What lies at (x, y).
    public func hit(x: Int, y: Int) -> Hit {
        let region = regions.last { $0.rect.contains(x: x, y: y) }?.id
        let row = rows.last { $0.rect.contains(x: x, y: y) }
        return Hit(region: region, row: row?.index, list: row?.list)
    }
}
