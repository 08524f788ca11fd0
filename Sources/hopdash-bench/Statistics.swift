/// Medians and percentiles by the nearest-rank method: every figure is one that was measured.
enum Statistics {
    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }

    static func median(_ values: [Double]) -> Double { percentile(values, 50) }
}
