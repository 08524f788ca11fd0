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
    /// The plan for a store's professions under its saved settings (or `groups` instead of the
    /// saved number): never more groups than professions, pins to groups that exist only.
    public static func plan(_ data: [ProfessionData], settings: SeminarSettings, groups: Int? = nil,
                            framework: Framework) -> SeminarPlan {
        let count = min(groups ?? settings.groups, max(1, data.count))
        return plan(data.map(SeminarProfession.init), groups: count, locks: settings.locks.filter { $0.value < count },
                    framework: framework)
    }

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
