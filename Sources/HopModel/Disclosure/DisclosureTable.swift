/// Secondary (complementary) suppression over one table of counts of people.
///
/// A table is a set of cells, each a count of people, and sums that tie them together
/// ("members = completed + on track + behind + none logged"). After primary suppression (every
/// published count below the threshold), a reader still knows every shown cell, that a "<5"
/// cell is 0 to 4, that a "[c]" cell (withheld to protect another) is at least the threshold,
/// and every sum. `protect` hides further cells, cheapest first, until each hidden cell has at
/// least two values consistent with all of that.
///
/// The ranges are computed by propagating bounds through the sums to a fixed point. The tables
/// built here are trees (two sums share at most one cell, and no chain of sums comes back to
/// where it started), and on such a network of sums over whole-number intervals, propagation
/// gives exactly the values some consistent table takes, so the check is exact, not hopeful.
public struct DisclosureTable: Hashable, Sendable {
    /// How a cell reaches the reader.
    public enum Role: Hashable, Sendable {
        /// Printed (as a count, or as the numerator or base of a printed share): suppressed
        /// below the threshold, and withheld to protect others. `cost` orders what is withheld
        /// first: a share alone costs less than a count printed with its share.
        case published(cost: Int)
        /// Printed nowhere, but follows from printed cells (people behind or with none logged,
        /// when members and compliance are shown). Hidden unless it follows from what is shown;
        /// when small, it must not follow.
        case derived
        /// Unknown to the reader and not protected: a slack that turns "at most" into a sum.
        case free
    }

    public enum State: Hashable, Sendable {
        case shown
        /// Below the threshold: printed as "<5".
        case small
        /// Withheld so that a small cell cannot be worked out: printed as "[c]".
        case withheld
        /// Not printed (a derived or free cell hidden).
        case unprinted
    }

    public struct Cell: Hashable, Sendable {
        public var value: Int
        public var role: Role
        /// The least the reader knows the cell holds whatever is printed (a plan's line has at
        /// least one place, so a "<5" line is 1 to 4): the start of its range, not a sum.
        public var floor: Int = 0
    }

    public private(set) var cells: [Cell] = []
    /// Each sum: the total's index and its parts' indices.
    public private(set) var sums: [[Int]] = []

    public init() {}

    /// Adds a cell and returns its index.
    @discardableResult
    public mutating func cell(_ value: Int, _ role: Role = .published(cost: 2), floor: Int = 0) -> Int {
        cells.append(Cell(value: max(0, value), role: role, floor: max(0, min(floor, value))))
        return cells.count - 1
    }

    /// `total` = the sum of `parts`.
    public mutating func sum(_ total: Int, of parts: [Int]) { sums.append([total] + parts) }

    /// `whole` ≥ `part`, as `whole` = `part` + a free slack.
    public mutating func atLeast(_ whole: Int, _ part: Int) {
        sum(whole, of: [part, cell(cells[whole].value - cells[part].value, .free)])
    }

    /// An upper bound that stands for "no bound": far above any count, far below overflow.
    public static let unbounded = 1 << 40

    /// Each cell's state under `rule`: primary suppression, then the fewest further cells
    /// (cheapest, then smallest) until no hidden cell is pinned to one value.
    public func protect(_ rule: Suppression) -> [State] {
        let t = rule.threshold
        var states = cells.map { cell -> State in
            switch cell.role {
            case .published: cell.value < t ? .small : .shown
            case .derived, .free: .unprinted
            }
        }
        func key(_ index: Int) -> (Int, Int, Int) {
            guard case .published(let cost) = cells[index].role else { return (0, cells[index].value, index) }
            return (cost, cells[index].value, index)
        }
        while true {
            let pinned = pinnedCells(states, rule)
            guard !pinned.isEmpty else { return states }
            let near = Set(sums.filter { !Set($0).isDisjoint(with: pinned) }.flatMap { $0 })
            func candidates(_ scope: (Int) -> Bool) -> [Int] {
                cells.indices.filter { states[$0] == .shown && scope($0) }
            }
            let pool = candidates(near.contains).isEmpty ? candidates { _ in true } : candidates(near.contains)
            guard let next = pool.min(by: { key($0) < key($1) }) else { return states }
            states[next] = .withheld
        }
    }

    /// Hidden cells that must not be pinned (every printed one, and small derived ones) but are.
    /// Figures that do not add up (which the store's summaries should never give) fail closed:
    /// every hidden cell counts as pinned, so shown cells are withheld until none is left.
    func pinnedCells(_ states: [State], _ rule: Suppression) -> Set<Int> {
        // Below 2, "<1" is exactly zero: there is nothing a further cell could protect.
        guard rule.threshold >= 2 else { return [] }
        guard let domains = ranges(states, rule) else {
            return Set(cells.indices.filter { states[$0] == .small || states[$0] == .withheld })
        }
        var pinned = Set<Int>()
        for (index, cell) in cells.enumerated() where domains[index].lowerBound == domains[index].upperBound {
            switch states[index] {
            case .small, .withheld: pinned.insert(index)
            case .unprinted where cell.role == .derived && cell.value < rule.threshold: pinned.insert(index)
            default: break
            }
        }
        return pinned
    }

    /// The values each cell can take given what `states` shows; nil if nothing fits (which the
    /// true values always do).
    public func ranges(_ states: [State], _ rule: Suppression) -> [ClosedRange<Int>]? {
        let t = rule.threshold
        var lo = [Int](repeating: 0, count: cells.count), hi = [Int](repeating: Self.unbounded, count: cells.count)
        for (index, cell) in cells.enumerated() {
            lo[index] = cell.floor
            switch states[index] {
            case .shown: lo[index] = cell.value; hi[index] = cell.value
            case .small: hi[index] = t - 1
            case .withheld: lo[index] = max(t, cell.floor)
            case .unprinted: break
            }
        }
        var changed = true
        var rounds = 0
        while changed && rounds < 10_000 {
            changed = false
            rounds += 1
            for sum in sums {
                let total = sum[0], parts = sum.dropFirst()
                let partsLo = parts.reduce(0) { $0 + lo[$1] }
                let open = parts.filter { hi[$0] >= Self.unbounded }.count
                let boundedHi = parts.reduce(0) { hi[$1] >= Self.unbounded ? $0 : $0 + hi[$1] }
                func raise(_ i: Int, _ v: Int) { if v > lo[i] { lo[i] = v; changed = true } }
                // Bounds far above any count stay unbounded, so that "no bound minus 5" is not a bound.
                func lower(_ i: Int, _ v: Int) { if v < hi[i] && v < Self.unbounded / 2 { hi[i] = v; changed = true } }
                raise(total, partsLo)
                if open == 0 { lower(total, boundedHi) }
                for part in parts {
                    // The most the other parts can hold: unbounded if any other part is.
                    let selfOpen = hi[part] >= Self.unbounded
                    if open - (selfOpen ? 1 : 0) == 0 { raise(part, lo[total] - (boundedHi - (selfOpen ? 0 : hi[part]))) }
                    lower(part, hi[total] - (partsLo - lo[part]))
                }
                if sum.contains(where: { lo[$0] > hi[$0] }) { return nil }
            }
        }
        return cells.indices.map { lo[$0]...hi[$0] }
    }
}
