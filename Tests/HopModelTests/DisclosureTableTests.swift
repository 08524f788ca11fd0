import Testing
@testable import HopModel

/// Secondary suppression (`DisclosureTable`): hand-worked tables, and random small tables whose
/// every consistent completion is enumerated by brute force, independently of the rule's own
/// propagation: no hidden cell may be left with one possible value.
@Suite struct DisclosureTableTests {
    let rule = Suppression()

    /// Members = (completed + on track) + (behind + none logged), compliance printed as a share.
    func cpd(_ completed: Int, _ onTrack: Int, _ behind: Int, _ none: Int) -> (DisclosureTable, [Int]) {
        var table = DisclosureTable()
        let m = table.cell(completed + onTrack + behind + none, .published(cost: 10))
        let compliant = table.cell(completed + onTrack, .published(cost: 1))
        let rest = table.cell(behind + none, .derived)
        let cells = [completed, onTrack, behind, none].map { table.cell($0) }
        table.sum(m, of: [compliant, rest])
        table.sum(compliant, of: [cells[0], cells[1]])
        table.sum(rest, of: [cells[2], cells[3]])
        return (table, [m, compliant, rest] + cells)
    }

    @Test func theDemosDataEthicsLeakIsClosed() throws {
        // 17 members: completed 4, on track 4, behind 8, none 1. Primary suppression alone
        // showed 47% compliant (8), so the two "<5" were 4 and 4, and none = 17 - 8 - 8 = 1.
        let (table, i) = cpd(4, 4, 8, 1)
        let states = table.protect(rule)
        #expect(states[i[0]] == .shown && states[i[5]] == .shown)
        #expect(states[i[1]] == .withheld, "the compliance share goes: it pins the two <5 at 4")
        #expect([i[3], i[4], i[6]].allSatisfy { states[$0] == .small })
        let ranges = try #require(table.ranges(states, rule))
        #expect(ranges[i[3]] == 1...4 && ranges[i[4]] == 1...4 && ranges[i[6]] == 1...4)
    }

    @Test func oneSmallCellBesideItsTotalTakesTheNextSmallestWithIt() throws {
        // 30 = 20 + 6 + 3 + 1: with 30 and 26 compliant shown, behind or none logged is 4,
        // a small figure worked out; withholding compliance alone still leaves it 20 + 6.
        let (table, i) = cpd(20, 6, 3, 1)
        let states = table.protect(rule)
        let ranges = try #require(table.ranges(states, rule))
        for index in i where states[index] == .small || states[index] == .withheld {
            #expect(ranges[index].count >= 2, "cell \(index) pinned to \(ranges[index])")
        }
        #expect(states[i[0]] == .shown && states[i[3]] == .shown, "members and the largest group stay")
    }

    @Test func aLargeTableStaysWhole() {
        let (table, _) = cpd(120, 40, 35, 60)
        #expect(table.protect(rule).allSatisfy { $0 == .shown || $0 == .unprinted })
    }

    @Test func everythingSmallNeedsNothingMore() {
        let (table, i) = cpd(1, 0, 2, 1)
        let states = table.protect(rule)
        #expect(!states.contains(.withheld))
        #expect(i.filter { states[$0] == .small }.count == 6)
    }

    @Test func figuresThatDoNotAddUpFailClosed() {
        // 10 = 12 + 1 cannot hold, so no range can be trusted: cells are withheld (smallest
        // first) until what is shown is consistent and the small cell has its five values.
        var table = DisclosureTable()
        let total = table.cell(10), big = table.cell(12), small = table.cell(1)
        table.sum(total, of: [big, small])
        #expect(table.protect(rule) == [.withheld, .shown, .small])
    }

    @Test func withAThresholdOfOneOnlyZeroIsHidden() {
        let (table, i) = cpd(4, 0, 8, 1)
        let states = table.protect(Suppression(threshold: 1))
        #expect(states[i[4]] == .small && !states.contains(.withheld))
    }

    /// A random tree: a total over 2-3 groups, each either a leaf or 2-3 leaves of its own.
    struct Random: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    struct Tree {
        var table = DisclosureTable()
        /// Leaves' indices, and for each sum its total and parts.
        var leaves: [Int] = []
        var groups: [(total: Int, parts: [Int])] = []
    }

    static func randomTree(_ random: inout Random) -> Tree {
        var tree = Tree()
        let groupCount = Int.random(in: 2...3, using: &random)
        var groupValues: [[Int]] = []
        for _ in 0..<groupCount {
            let parts = Bool.random(using: &random) ? 1 : Int.random(in: 2...3, using: &random)
            groupValues.append((0..<parts).map { _ in Int.random(in: 0...(Bool.random(using: &random) ? 4 : 9), using: &random) })
        }
        let total = tree.table.cell(groupValues.joined().reduce(0, +), .published(cost: Int.random(in: 1...10, using: &random)))
        var top: [Int] = []
        for values in groupValues {
            if values.count == 1 {
                let leaf = tree.table.cell(values[0], .published(cost: Int.random(in: 1...3, using: &random)))
                tree.leaves.append(leaf); top.append(leaf)
                continue
            }
            let role: DisclosureTable.Role = Bool.random(using: &random) ? .derived : .published(cost: Int.random(in: 1...3, using: &random))
            let group = tree.table.cell(values.reduce(0, +), role)
            let leaves = values.map { tree.table.cell($0, .published(cost: Int.random(in: 1...3, using: &random))) }
            tree.table.sum(group, of: leaves)
            tree.groups.append((group, leaves))
            tree.leaves += leaves; top.append(group)
        }
        tree.table.sum(total, of: top)
        tree.groups.append((total, top))
        return tree
    }

    /// Every value each cell takes in some table consistent with what `states` shows: leaves
    /// enumerated (hidden ones over 0..<t or t...cap), sums checked against what is shown.
    static func consistentValues(_ tree: Tree, _ states: [DisclosureTable.State], _ t: Int, cap: Int) -> [Set<Int>]? {
        let cells = tree.table.cells
        let domains: [[Int]] = tree.leaves.map { leaf in
            switch states[leaf] {
            case .shown: [cells[leaf].value]
            case .small: Array(0..<t)
            case .withheld, .unprinted: Array(t...cap)
            }
        }
        guard domains.reduce(1, { $0 * $1.count }) <= 300_000 else { return nil }
        var seen = [Set<Int>](repeating: [], count: cells.count)
        var values = [Int](repeating: 0, count: cells.count)
        func fits(_ index: Int) -> Bool {
            switch states[index] {
            case .shown: values[index] == cells[index].value
            case .small: values[index] < t
            case .withheld: values[index] >= t
            case .unprinted: true
            }
        }
        func visit(_ k: Int) {
            if k == tree.leaves.count {
                // Groups are listed inner first, the total last.
                for group in tree.groups {
                    precondition(group.parts.allSatisfy { $0 < values.count }, "\(group) \(values.count) \(tree.leaves)")
                    values[group.total] = group.parts.reduce(0) { $0 + values[$1] }
                    guard fits(group.total) else { return }
                }
                for index in cells.indices where tree.leaves.contains(index) || tree.groups.contains(where: { $0.total == index }) {
                    seen[index].insert(values[index])
                }
                return
            }
            for v in domains[k] {
                values[tree.leaves[k]] = v
                visit(k + 1)
            }
        }
        visit(0)
        return seen
    }

    @Test(arguments: [3, 5]) func randomSmallTablesLeaveEveryHiddenCellAtLeastTwoValues(threshold: Int) {
        var random = Random(state: UInt64(threshold) * 7919)
        let rule = Suppression(threshold: threshold)
        var checked = 0, secondary = 0
        for _ in 0..<400 {
            let tree = Self.randomTree(&random)
            let states = tree.table.protect(rule)
            guard let seen = Self.consistentValues(tree, states, threshold, cap: threshold + 10) else { continue }
            checked += 1
            if states.contains(.withheld) { secondary += 1 }
            for (index, cell) in tree.table.cells.enumerated() {
                let mustHide = states[index] == .small || states[index] == .withheld
                    || (states[index] == .unprinted && cell.role == .derived && cell.value < threshold)
                guard mustHide else { continue }
                #expect(seen[index].contains(cell.value), "the true table is consistent")
                #expect(seen[index].count >= 2, "cell \(index) (\(cell.value)) pinned: \(tree.table.cells.map(\.value)) \(states)")
            }
            // Every printed cell below the threshold is hidden.
            for (index, cell) in tree.table.cells.enumerated() {
                if case .published = cell.role, cell.value < threshold { #expect(states[index] == .small) }
            }
        }
        // The brute force covered most tables, and the rule had work to do in many of them.
        #expect(checked >= 300)
        #expect(secondary >= 40, "\(secondary) of \(checked) needed secondary suppression")
    }

    @Test func withoutSecondarySuppressionTheBruteForceFindsPins() {
        // The checker itself: primary suppression alone leaves the Data Ethics cells pinned.
        var tree = Tree()
        let m = tree.table.cell(17, .published(cost: 10))
        let compliant = tree.table.cell(8, .published(cost: 1))
        let leaves = [4, 4].map { tree.table.cell($0) }
        let rest = tree.table.cell(9, .derived)
        let others = [8, 1].map { tree.table.cell($0) }
        tree.table.sum(compliant, of: leaves)
        tree.table.sum(rest, of: others)
        tree.table.sum(m, of: [compliant, rest])
        tree.leaves = leaves + others
        tree.groups = [(compliant, leaves), (rest, others), (m, [compliant, rest])]
        var primary = tree.table.cells.map { $0.value < 5 ? DisclosureTable.State.small : .shown }
        primary[rest] = .unprinted
        let seen = Self.consistentValues(tree, primary, 5, cap: 20)!
        #expect(seen[leaves[0]] == [4] && seen[others[1]] == [1])
    }
}
