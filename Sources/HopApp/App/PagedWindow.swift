/// A window of a long list read from the store a page at a time (keyset pages found from a
/// neighbouring row, never by counting from the top), kept around the selection: at most
/// `maxRows` rows whatever the list's length. Positions count over the whole list.
public struct PagedWindow<Row: Hashable & Sendable>: Hashable, Sendable {
    /// Where a page starts, in the list's order.
    public enum Anchor: Hashable, Sendable {
        case first, last
        case after(Row), before(Row)
        /// From this row of the window on, itself included: rows read again in place.
        case from(Row)
    }

    /// The rows read: rows `start ..< start + rows.count` of the list.
    public private(set) var rows: [Row] = []
    public private(set) var start = 0
    /// How many rows the list holds in all.
    public var total = 0
    /// A page has been asked for and not yet arrived.
    public var loading = false
    /// Rows per read.
    public let pageSize: Int

    public init(pageSize: Int) { self.pageSize = pageSize }

    /// The most rows kept: pages beyond this are dropped from the far end.
    public var maxRows: Int { 4 * pageSize }
    public var end: Int { start + rows.count }

    public func row(at index: Int) -> Row? { rows.indices.contains(index - start) ? rows[index - start] : nil }

    /// Forgets the rows, to read the list again from the top.
    public mutating func reset() {
        rows = []
        start = 0
    }

    /// The page the selection needs next: the first or last after a jump out of the window,
    /// else the next once the selection comes within `margin` rows of either edge; nil when the
    /// window holds what is needed (or a page is already on its way).
    public func anchorNeeded(selected: Int, margin: Int) -> Anchor? {
        guard !loading, let first = rows.first, let last = rows.last else { return nil }
        if selected >= end + pageSize { return .last }
        if selected + pageSize < start { return .first }
        if selected + margin >= end, end < total { return .after(last) }
        if selected < start + margin, start > 0 { return .before(first) }
        return nil
    }

    /// Takes a page read from `anchor`; false when the window moved meanwhile and the page no
    /// longer joins it (it is dropped).
    public mutating func receive(_ page: [Row], from anchor: Anchor) -> Bool {
        loading = false
        let full = page.count == pageSize
        switch anchor {
        case .first:
            rows = page
            start = 0
        case .last:
            rows = page
            start = max(0, total - page.count)
        case .after(let row):
            guard row == rows.last else { return false }
            rows += page
            if !full { start = max(0, total - rows.count) }
            let excess = rows.count - maxRows
            if excess > 0 {
                rows.removeFirst(excess)
                start += excess
            }
        case .from(let row):
            // The rows from the anchor on, as read now (a change of data since): as many as the
            // window held from there, so that positions stay as they were.
            guard let i = rows.firstIndex(of: row) else { return false }
            let fresh = page.prefix(rows.count - i)
            rows.replaceSubrange(i..<(i + fresh.count), with: fresh)
        case .before(let row):
            guard row == rows.first else { return false }
            rows = page + rows
            start = full ? max(0, start - page.count) : 0
            let excess = rows.count - maxRows
            if excess > 0 { rows.removeLast(excess) }
        }
        return true
    }
}
