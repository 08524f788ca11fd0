import Foundation
import HopModel

/// What a reader of one published output can work out: every figure it prints, the sums that
/// hold between them by their meaning (members = completed + on track + behind + none logged,
/// members = assessed at all + never assessed, a skill's assessed ≤ members assessed at all,
/// ...), "<5" as 0 to 4, "[c]" as at least 5, a printed percentage or bar length as the range of
/// counts that round to it. `solve` propagates bounds through all of it and then probes each
/// value of every small range, so a cell it calls pinned is one value in every consistent
/// reading. Written apart from `DisclosureTable`, which it checks.
struct DisclosureAttack {
    static let unbounded = 1 << 40
    let rule: Suppression
    private(set) var names: [String] = []
    private var index: [String: Int] = [:]
    private var lo: [Int] = [], hi: [Int] = []
    private var sums: [(Int, [Int])] = []
    /// round(scale × x / base) = value.
    private var shares: [(x: Int, base: Int, value: Int, scale: Int)] = []
    /// Cells printed as "<5" or "[c]".
    private(set) var hidden: Set<String> = []
    /// Text that should have been a figure and was not.
    private(set) var unreadable: [String] = []

    init(rule: Suppression) { self.rule = rule }

    @discardableResult
    mutating func variable(_ name: String) -> Int {
        if let i = index[name] { return i }
        names.append(name); lo.append(0); hi.append(Self.unbounded)
        index[name] = names.count - 1
        return names.count - 1
    }

    mutating func restrict(_ name: String, _ low: Int, _ high: Int) {
        let i = variable(name)
        lo[i] = max(lo[i], low); hi[i] = min(hi[i], high)
    }

    /// A figure that should have been there and could not be read.
    mutating func unreadableFigure(_ what: String) { unreadable.append(what) }

    /// A printed count: "1,234", "<5" or "[c]".
    mutating func count(_ name: String, _ text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text == rule.label {
            restrict(name, 0, rule.threshold - 1); hidden.insert(name)
        } else if text == Suppression.withheldLabel {
            restrict(name, rule.threshold, Self.unbounded); hidden.insert(name)
        } else if let n = Int(text.replacingOccurrences(of: ",", with: "")) {
            restrict(name, n, n)
        } else {
            unreadable.append("\(name): \(text)")
        }
    }

    /// A printed percentage of `base` ("47%"), or "n/a" (nothing learnt).
    mutating func share(_ name: String, of base: String, _ text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard text != FigureText.withheld else { return }
        guard text.hasSuffix("%"), let p = Int(text.dropLast()) else { unreadable.append("\(name): \(text)"); return }
        proportion(name, of: base, p, scale: 100)
    }

    /// round(scale × name / base) = value: a percentage (scale 100) or a bar's length.
    mutating func proportion(_ name: String, of base: String, _ value: Int, scale: Int) {
        let x = variable(name), b = variable(base)
        restrict(base, 1, Self.unbounded)
        shares.append((x, b, value, scale))
    }

    mutating func sum(_ total: String, _ parts: [String]) {
        sums.append((variable(total), parts.map { variable($0) }))
    }

    /// `whole` ≥ `part`.
    mutating func atLeast(_ whole: String, _ part: String) { sum(whole, [part, "\(part) ≤ \(whole)"]) }

    /// Bounds through every relation until nothing changes; false when nothing fits.
    func propagate(_ lo: inout [Int], _ hi: inout [Int]) -> Bool {
        let u = Self.unbounded
        func ceilDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? (a + b - 1) / b : -((-a) / b) }
        for _ in 0..<2_000 {
            var changed = false
            func raise(_ i: Int, _ v: Int) { if v > lo[i] { lo[i] = v; changed = true } }
            func lower(_ i: Int, _ v: Int) { if v < hi[i] { hi[i] = v; changed = true } }
            for (total, parts) in sums {
                let minimum = parts.reduce(0) { $0 + lo[$1] }
                let openParts = parts.filter { hi[$0] >= u }
                raise(total, minimum)
                if openParts.isEmpty { lower(total, parts.reduce(0) { $0 + hi[$1] }) }
                for p in parts {
                    if hi[total] < u { lower(p, hi[total] - (minimum - lo[p])) }
                    let othersOpen = openParts.contains { $0 != p }
                    if !othersOpen {
                        let others = parts.reduce(0) { $1 == p ? $0 : $0 + hi[$1] }
                        raise(p, lo[total] - others)
                    }
                }
            }
            for s in shares {
                let twice = 2 * s.scale
                // (2v - 1) base ≤ 2 scale x ≤ (2v + 1) base
                if s.value > 0 { raise(s.x, ceilDiv((2 * s.value - 1) * lo[s.base], twice)) }
                if hi[s.base] < u { lower(s.x, (2 * s.value + 1) * hi[s.base] / twice) }
                if s.value > 0 && hi[s.x] < u { lower(s.base, twice * hi[s.x] / (2 * s.value - 1)) }
                raise(s.base, ceilDiv(twice * lo[s.x], 2 * s.value + 1))
            }
            if zip(lo, hi).contains(where: { $0 > $1 }) { return false }
            if !changed { return true }
        }
        return true
    }

    struct Finding: CustomStringConvertible {
        var name: String
        var value: Int
        var printedHidden: Bool
        var description: String { "\(name) = \(value)\(printedHidden ? " (printed as withheld)" : "")" }
    }

    /// Each cell's range (after probing); nil when the figures read contradict each other.
    func ranges() -> [String: ClosedRange<Int>]? {
        var lo = self.lo, hi = self.hi
        guard propagate(&lo, &hi) else { return nil }
        var result: [String: ClosedRange<Int>] = [:]
        for i in names.indices {
            var low = lo[i], high = hi[i]
            if low < high && high < Self.unbounded && high - low <= 400 {
                func fits(_ v: Int) -> Bool {
                    var l = lo, h = hi
                    l[i] = v; h[i] = v
                    return propagate(&l, &h)
                }
                guard let first = (low...high).first(where: fits) else { return nil }
                low = first
                high = (low...high).reversed().first(where: fits)!
            }
            result[names[i]] = low...high
        }
        return result
    }

    /// Pinned cells that must not be: every one printed as withheld, and any other named figure
    /// (a derived one such as "behind or none logged") pinned below the threshold. The slacks of
    /// "at most" relations are not figures the outputs stand for (see docs/PRIVACY.md).
    func leaks() -> [Finding]? {
        guard let ranges = ranges() else { return nil }
        return names.compactMap { name in
            let range = ranges[name]!
            guard range.count == 1 else { return nil }
            if hidden.contains(name) { return Finding(name: name, value: range.lowerBound, printedHidden: true) }
            if range.lowerBound < rule.threshold && !isShownExactly(name) && !name.contains(" ≤ ") {
                return Finding(name: name, value: range.lowerBound, printedHidden: false)
            }
            return nil
        }
    }

    /// Printed as a figure: its bounds were one value before any propagation.
    func isShownExactly(_ name: String) -> Bool {
        guard let i = index[name] else { return false }
        return lo[i] == hi[i]
    }

    func contains(_ name: String) -> Bool { index[name] != nil }
}
