import HopModel

/// The inputs' figure histories, combined for the collated store (DECISIONS 87).
///
/// A figure about people (`Figure.countsPeople`: skills gaps, audit coverage, CPD compliance,
/// qualifications, joiners, leavers) is a count of a base over people, and each person is in
/// one input: the collated count and base on a day are the inputs' added. Checklist progress and
/// maturity are the profession's own, not its people's: the inputs' values on a day are carried
/// only when they agree. Either way a profession's figure on a day is carried only when every
/// input listing the profession kept figures that day (an input that kept none then would leave
/// its people out of the sum); an input that kept that day but not that figure (the profession
/// or the skill was not there yet, no CPD requirement) adds nothing.
struct CollatedHistory {
    struct Key: Hashable, Comparable {
        var profession: String
        var figure: Figure
        var day: Day

        static func < (a: Key, b: Key) -> Bool { (a.profession, a.day, a.figure) < (b.profession, b.day, b.figure) }
    }

    private var values: [Key: [(input: Int, value: Ratio, reason: HistoryReason)]] = [:]
    private var daysKept: [Int: Set<Day>] = [:]
    private var professions: [String: Set<Int>] = [:]

    /// Input `input` lists these professions (by code).
    mutating func list(input: Int, professions codes: [String]) {
        for code in codes { professions[code, default: []].insert(input) }
        daysKept[input] = daysKept[input] ?? []
    }

    mutating func add(input: Int, _ key: Key, _ value: Ratio, reason: HistoryReason) {
        daysKept[input, default: []].insert(key.day)
        values[key, default: []].append((input, value, reason))
    }

    /// Each carried figure with its value and why it was kept (a forum's over a quarter's over
    /// one worked out from records, when the inputs say different things).
    func combined() -> [(key: Key, value: Ratio, reason: HistoryReason)] {
        values.keys.sorted().compactMap { key in
            let kept = values[key]!
            let listing = professions[key.profession] ?? []
            guard listing.allSatisfy({ daysKept[$0]?.contains(key.day) == true }) else { return nil }
            let value: Ratio
            if key.figure.countsPeople {
                value = kept.reduce(Ratio(0, of: 0)) { Ratio($0.count + $1.value.count, of: $0.base + $1.value.base) }
            } else {
                guard let first = kept.first?.value,
                      kept.allSatisfy({ $0.value.count == first.count && $0.value.base == first.base }) else { return nil }
                value = first
            }
            let reasons = Set(kept.map(\.reason))
            let reason: HistoryReason = reasons.contains(.forum) ? .forum : reasons.contains(.quarter) ? .quarter : .records
            return (key, value, reason)
        }
    }
}
