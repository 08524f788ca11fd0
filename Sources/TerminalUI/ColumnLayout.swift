/// What a table column asks for: at least `min` cells, `preferred` when there is room for
/// every column's preference, then a `share` of what is left over (columns with share 0 stop
/// at their preference), never more than `max`. A column's header is never cut: `min` is
/// raised to the header's width (and `max` with it); `preferred` never passes `max`.
public struct ColumnSpec: Sendable, Equatable {
    public var header: String
    public var min: Int
    public var preferred: Int
    public var share: Int
    public var max: Int?
    public var alignRight: Bool

    public init(_ header: String, min: Int, preferred: Int? = nil, share: Int = 0, max: Int? = nil, alignRight: Bool = false) {
        let floor = Swift.max(min, DisplayWidth.of(header))
        self.header = header
        self.min = floor
        let ceiling = max.map { Swift.max(floor, $0) }
        self.preferred = Swift.min(Swift.max(floor, preferred ?? floor), ceiling ?? Int.max)
        self.share = Swift.max(0, share)
        self.max = ceiling
        self.alignRight = alignRight
    }

    /// A column of one width whatever the room: figures, codes, dates.
    public static func fixed(_ header: String, _ width: Int, alignRight: Bool = true) -> ColumnSpec {
        ColumnSpec(header, min: width, alignRight: alignRight)
    }

    /// A right-aligned column of figures as wide as the widest of them (and at least `min`), so
    /// that a count of the whole civil service ("329,579") is never cut where one department's
    /// ("4,812") fits.
    public static func figures(_ header: String, min: Int, values: [String]) -> ColumnSpec {
        fixed(header, Swift.max(min, values.map(DisplayWidth.of).max() ?? 0))
    }

    /// A column that grows no wider than its longest value (`values`), so the room a wide
    /// terminal gives goes to the columns that can use it, and the rest stays at the right.
    public static func text(_ header: String, min: Int, preferred: Int, share: Int = 1, values: [String]) -> ColumnSpec {
        ColumnSpec(header, min: min, preferred: preferred, share: share, max: values.map(DisplayWidth.of).max() ?? 0)
    }

    var ceiling: Int { max ?? Int.max }
}

/// Shares a width among columns, one gap cell between neighbours:
///
/// 1. every column gets its `min`; when the mins alone do not fit, the columns with a share
///    give up width (the rightmost first, down to one cell), then the columns that still do
///    not fit are dropped from the right (width 0);
/// 2. the room left raises every column towards its `preferred` width, the columns with a
///    share in proportion to it, then the others left to right;
/// 3. what is left after that goes to the columns with a share, in proportion, up to their
///    `max`. Whatever no column may take stays blank at the right, unless `fill` asks for it
///    to go to the columns with a share past their `max` (a table spread over a wide screen).
///
/// Proportions are whole cells: each round hands out `room × share / total` rounded down,
/// then single cells to the largest shares first (leftmost on a tie), so the result is exact
/// and the same every time.
public enum ColumnLayout {
    public static func widths(_ specs: [ColumnSpec], width: Int, gap: Int = 1, fill: Bool = false) -> [Int] {
        guard !specs.isEmpty else { return [] }
        let room = Swift.max(0, width - gap * (specs.count - 1))
        var widths = specs.map(\.min)
        var over = widths.reduce(0, +) - room
        if over > 0 {
            // Text columns give way first, from the right, down to one cell.
            for i in specs.indices.reversed() where specs[i].share > 0 && over > 0 {
                let give = Swift.min(over, widths[i] - 1)
                widths[i] -= give; over -= give
            }
            // Then columns that cannot fit go, from the right (their gap with them).
            var i = specs.count - 1
            while over > 0, i >= 0 {
                over -= widths[i] + (i > 0 ? gap : 0)
                widths[i] = 0
                i -= 1
            }
            return widths
        }
        var left = -over
        left = grow(&widths, specs: specs, room: left) { specs[$0].preferred }
        for i in specs.indices where specs[i].share == 0 && left > 0 {
            let give = Swift.min(left, specs[i].preferred - widths[i])
            widths[i] += give; left -= give
        }
        left = grow(&widths, specs: specs, room: left) { specs[$0].ceiling }
        if fill { _ = grow(&widths, specs: specs, room: left) { _ in Int.max } }
        return widths
    }

    /// The `Column`s for a table `width` cells wide.
    public static func columns(_ specs: [ColumnSpec], width: Int, gap: Int = 1, fill: Bool = false) -> [Column] {
        zip(specs, widths(specs, width: width, gap: gap, fill: fill)).map { Column($0.header, width: $1, alignRight: $0.alignRight) }
    }

    /// One line of cells padded to their columns (a cut cell ends in "…"), a space between
    /// neighbours; dropped columns (width 0) are left out.
    public static func line(_ cells: [String], _ columns: [Column], ascii: Bool = false) -> String {
        zip(cells, columns).filter { $1.width > 0 }
            .map { TextFitting.pad($0, to: $1.width, alignRight: $1.alignRight, ascii: ascii) }
            .joined(separator: " ")
    }

    /// The cells of a row that do not fit their columns, with their headers: what a detail
    /// line under a table shows whole for the selected row.
    public static func cutCells(_ cells: [String], _ columns: [Column]) -> [(header: String, text: String)] {
        zip(cells, columns).compactMap { text, column in
            DisplayWidth.of(text) > column.width && !text.isEmpty ? (column.header, text) : nil
        }
    }

    /// "Header: whole value" for each cut cell of the selected row, joined; nil when nothing
    /// was cut.
    public static func detail(_ cells: [String], _ columns: [Column]) -> String? {
        let cut = cutCells(cells, columns)
        guard !cut.isEmpty else { return nil }
        return cut.map { ($0.header.isEmpty ? "" : $0.header + ": ") + $0.text }.joined(separator: " · ")
    }

    /// Hands `room` to the columns with a share in proportion, each up to `limit(i)`; returns
    /// what none of them could take.
    private static func grow(_ widths: inout [Int], specs: [ColumnSpec], room: Int,
                             limit: (Int) -> Int) -> Int {
        var room = room
        while room > 0 {
            let open = specs.indices.filter { specs[$0].share > 0 && widths[$0] < limit($0) }
            guard !open.isEmpty else { break }
            let total = open.reduce(0) { $0 + specs[$1].share }
            var handed = 0
            for i in open {
                let give = Swift.min(room * specs[i].share / total, limit(i) - widths[i])
                widths[i] += give; handed += give
            }
            room -= handed
            if handed == 0 {
                // Less than one cell each: single cells, largest share first.
                let order = open.sorted { specs[$0].share != specs[$1].share ? specs[$0].share > specs[$1].share : $0 < $1 }
                for i in order where room > 0 && widths[i] < limit(i) {
                    widths[i] += 1; room -= 1
                }
            }
        }
        return room
    }
}
