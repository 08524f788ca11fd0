/// A profession as the seminar planner sees it: its latest self-assessed level per area.
public struct SeminarProfession: Hashable, Sendable {
    public var id: RowID
    public var code: String
    public var name: String
    /// Area id → latest self-assessed level (1-5); areas never assessed are absent.
    public var levels: [Int: Int]
    /// The overall level: the mean of `levels` rounded half up; 1 (Initial) when none.
    public var level: Int

    public init(id: RowID, code: String, name: String, levels: [Int: Int]) {
        self.id = id; self.code = code; self.name = name; self.levels = levels
        let known = levels.values
        level = known.isEmpty ? 1 : Int((Double(known.reduce(0, +)) / Double(known.count) + 0.5).rounded(.down))
    }

    /// From an overview row, whose maturity is the latest level per area in framework order.
    public init(_ row: OverviewRow, framework: Framework) {
        var levels: [Int: Int] = [:]
        for (area, level) in zip(framework.areas.map(\.id), row.maturity) { levels[area] = level }
        self.init(id: row.professionId, code: row.code, name: row.name, levels: levels)
    }

    /// From a profession's data: the latest assessment per area wins (history is oldest first).
    public init(_ data: ProfessionData) {
        var levels: [Int: Int] = [:]
        for assessment in data.maturity { levels[assessment.area] = assessment.level }
        self.init(id: data.profession.id, code: data.profession.code, name: data.profession.name, levels: levels)
    }
}

public struct SeminarGroup: Hashable, Sendable {
    public var professions: [SeminarProfession]
    /// One line: who is strong where another is weak.
    public var explanation: String
}

/// Working groups for the Heads of Profession seminar (see `SeminarPlanner`).
public struct SeminarPlan: Hashable, Sendable {
    public var groups: [SeminarGroup]
    /// The professions pinned to their group by the organiser.
    public var locked: Set<RowID>

    /// The group (0-based) a profession is in.
    public func group(of id: RowID) -> Int? {
        groups.firstIndex { $0.professions.contains { $0.id == id } }
    }

    public var professionCount: Int { groups.reduce(0) { $0 + $1.professions.count } }

    private func member(_ p: SeminarProfession) -> String {
        "\(p.name) L\(p.level)" + (locked.contains(p.id) ? " (pinned)" : "")
    }

    /// The plan as plain text, a group to a paragraph: `hopdash seminar`'s output.
    public func textLines() -> [String] {
        var lines = ["Seminar working groups: \(professionCount) professions in \(groups.count) groups "
                     + "(L = latest self-assessed maturity, 1-5)"]
        for (i, group) in groups.enumerated() {
            lines.append("")
            lines.append("Group \(i + 1) (\(group.professions.count)): " + group.professions.map(member).joined(separator: " · "))
            lines.append("  " + group.explanation)
        }
        return lines
    }

    /// The plan as Markdown, for a report section: a heading, then a list item per group.
    public func markdownLines() -> [String] {
        var lines = ["## Seminar working groups", "",
                     "\(professionCount) professions in \(groups.count) groups, mixing more and less mature professions "
                     + "(L = latest self-assessed maturity, 1-5).", ""]
        for (i, group) in groups.enumerated() {
            lines.append("- **Group \(i + 1)**: " + group.professions.map(member).joined(separator: ", ")
                         + ". " + group.explanation + ".")
        }
        return lines
    }
}

/// Proposes working groups that mix maturity and spread strengths, deterministically:
///
/// 1. Professions are ordered by overall level (highest first), then name.
/// 2. Pinned professions go to their group; the rest are dealt in that order round the groups
///    and back (a snake draft), so that every group gets some of the most and least mature.
///    Group sizes differ by at most one unless pins force otherwise.
/// 3. Pairs of unpinned professions in different groups are swapped while a swap improves,
///    in order: the number of groups spanning at least two levels; the sum over groups and
///    areas of the group's best level in that area (someone strong in every area, in every
///    group); how close each group's mean level is to the overall mean.
public enum SeminarPlanner {
    public static func plan(_ professions: [SeminarProfession], groups: Int, locks: [RowID: Int] = [:],
                            framework: Framework) -> SeminarPlan {
        let count = max(1, groups)
        let sorted = professions.sorted { ($1.level, $0.name, $0.id) < ($0.level, $1.name, $1.id) }
        let pinned = sorted.map { p in locks[p.id].flatMap { (0..<count).contains($0) ? $0 : nil } }
        var assigned = [Int](repeating: -1, count: sorted.count)
        var sizes = [Int](repeating: 0, count: count)
        for (i, group) in pinned.enumerated() {
            if let group { assigned[i] = group; sizes[group] += 1 }
        }
        let capacity = capacities(total: sorted.count, pinnedPerGroup: sizes)
        var turn = 0
        for i in sorted.indices where assigned[i] < 0 {
            while true {
                let round = turn / count, step = turn % count
                let group = round % 2 == 0 ? step : count - 1 - step
                turn += 1
                if sizes[group] < capacity[group] { assigned[i] = group; sizes[group] += 1; break }
            }
        }
        improve(&assigned, sorted, pinned: pinned.map { $0 != nil }, groups: count)
        let result = (0..<count).map { g in
            let members = sorted.indices.filter { assigned[$0] == g }.map { sorted[$0] }
            return SeminarGroup(professions: members, explanation: explain(members, framework: framework))
        }
        return SeminarPlan(groups: result, locked: Set(sorted.indices.filter { pinned[$0] != nil }.map { sorted[$0].id }))
    }

    /// Balanced sizes; the larger ones go to the groups with most pins, and a group never
    /// holds fewer places than it has pins.
    static func capacities(total: Int, pinnedPerGroup: [Int]) -> [Int] {
        let count = pinnedPerGroup.count
        var capacity = [Int](repeating: total / count, count: count)
        let byPins = (0..<count).sorted { (pinnedPerGroup[$1], $0) < (pinnedPerGroup[$0], $1) }
        for g in byPins.prefix(total % count) { capacity[g] += 1 }
        return zip(capacity, pinnedPerGroup).map { max($0, $1) }
    }

    private static func improve(_ assigned: inout [Int], _ professions: [SeminarProfession], pinned: [Bool], groups: Int) {
        var best = score(assigned, professions, groups: groups)
        var improved = true
        var passes = 0
        while improved && passes < 100 {
            improved = false
            passes += 1
            for a in professions.indices where !pinned[a] {
                for b in professions.indices where b > a && !pinned[b] && assigned[a] != assigned[b] {
                    assigned.swapAt(a, b)
                    let candidate = score(assigned, professions, groups: groups)
                    if candidate > best { best = candidate; improved = true } else { assigned.swapAt(a, b) }
                }
            }
        }
    }

    struct Score: Comparable {
        var mixedGroups: Int
        var strengths: Int
        var balance: Int

        static func < (a: Score, b: Score) -> Bool {
            (a.mixedGroups, a.strengths, a.balance) < (b.mixedGroups, b.strengths, b.balance)
        }
    }

    static func score(_ assigned: [Int], _ professions: [SeminarProfession], groups: Int) -> Score {
        var levels = [Set<Int>](repeating: [], count: groups)
        var best = [[Int: Int]](repeating: [:], count: groups)
        var sums = [Int](repeating: 0, count: groups), sizes = [Int](repeating: 0, count: groups)
        for (i, p) in professions.enumerated() {
            let g = assigned[i]
            levels[g].insert(p.level)
            sums[g] += p.level
            sizes[g] += 1
            for (area, level) in p.levels { best[g][area] = max(best[g][area] ?? 0, level) }
        }
        let total = sums.reduce(0, +), n = professions.count
        return Score(
            mixedGroups: levels.filter { $0.count >= 2 }.count,
            strengths: best.reduce(0) { $0 + $1.values.reduce(0, +) },
            balance: -(0..<groups).reduce(0) { sum, g in
                let d = sums[g] * n - total * sizes[g]
                return sum + d * d
            })
    }

    /// "Finance (L4 in performance management) with Commercial (L1)": the area where the
    /// group's levels differ most, its strongest member there and the weakest.
    public static func explain(_ members: [SeminarProfession], framework: Framework) -> String {
        guard let first = members.first else { return "No professions" }
        guard members.count > 1 else { return "\(first.name) on its own" }
        var chosen: (area: Int, spread: Int)?
        for area in framework.areas.map(\.id) {
            let known = members.compactMap { $0.levels[area] }
            guard let high = known.max(), let low = known.min(), known.count >= 2 else { continue }
            if high - low > (chosen?.spread ?? 0) { chosen = (area, high - low) }
        }
        guard let (area, _) = chosen else {
            let assessed = members.filter { !$0.levels.isEmpty }
            return assessed.count < 2 ? "Too few maturity assessments to compare" : "Level with each other in every area: peers comparing approaches"
        }
        let areaName = framework.area(area)?.name.lowercased() ?? "area \(area)"
        let high = members.compactMap { $0.levels[area] }.max()!, low = members.compactMap { $0.levels[area] }.min()!
        let strong = members.first { $0.levels[area] == high }!
        let weak = members.filter { $0.levels[area] == low }
        let weakText = weak.prefix(2).map { "\($0.name) (L\(low))" }.joined(separator: ", ")
            + (weak.count > 2 ? " and \(weak.count - 2) more" : "")
        return "\(strong.name) (L\(high) in \(areaName)) with \(weakText)"
    }
}
