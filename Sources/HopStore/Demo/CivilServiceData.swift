import HopModel

/// A synthetic store the size and shape of the whole civil service (or any fraction of it),
/// for `hopdash generate` and the benchmark. The demo's generator writes it, so everything
/// follows from the seed: the same staff count, seed and day give the same store.
public enum CivilServiceData {
    public static let department = Department(code: "CS", name: "The Civil Service (synthetic)")

    /// Writes `staff` people into an empty `store`, spread over about thirty professions in the
    /// proportions of `DemoProfession.civilService`. Streams: commits every 50,000 rows and
    /// keeps nothing per person, so memory stays flat at any size; the summaries are rebuilt
    /// once at the end. Not atomic: on error the caller should delete the file.
    ///
    /// `progress` hears the people written and their share of `staff`; the summaries and plans
    /// written after the last person (a share of 1) are not counted.
    public static func write(into store: Store, staff: Int, seed: UInt64, today: Day,
                             progress: ProgressReport? = nil) throws {
        let specs = DemoProfession.civilService
        let counts = headcounts(total: staff, weights: specs.map(\.headcount))
        try store.streamLoad(by: "generate") { writer in
            var generator = DemoGenerator(writer: writer, random: DemoRandom(seed: seed), today: today,
                                          department: department)
            generator.progress = progress
            try generator.run(specs, headcounts: counts)
        }
        try DemoPlans.write(into: store, today: today, by: "generate")
    }

    /// The professions a generated store has, by code, largest first.
    public static var professionCodes: [String] {
        DemoProfession.civilService.sorted { $0.headcount > $1.headcount }.map(\.code)
    }

    /// `total` people shared in proportion to `weights` (largest remainders), each share at
    /// least `minimum` so that every profession exists; what the minimums add is taken from
    /// the largest share, so the sum is exactly `total` whenever `total` allows it.
    static func headcounts(total: Int, weights: [Int], minimum: Int = 3) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0, total > 0 else { return weights.map { _ in 0 } }
        var shares = weights.map { $0 * total / sum }
        let byRemainder = weights.indices.sorted {
            let (a, b) = (weights[$0] * total % sum, weights[$1] * total % sum)
            return a != b ? a > b : $0 < $1
        }
        for index in byRemainder.prefix(total - shares.reduce(0, +)) { shares[index] += 1 }
        shares = shares.map { max(minimum, $0) }
        let largest = shares.indices.max { shares[$0] < shares[$1] }!
        shares[largest] = max(minimum, shares[largest] - (shares.reduce(0, +) - total))
        return shares
    }
}
