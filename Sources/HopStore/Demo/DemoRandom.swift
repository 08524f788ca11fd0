/// SplitMix64: a tiny generator whose sequence for a seed is the same on every platform and
/// Swift version. (The standard library promises neither for its random APIs, and demo data
/// must be reproducible from its seed.) Not for anything secret.
struct DemoRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform over `range` (the modulo bias is negligible for the small ranges used here).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % span)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) / Double(UInt64(1) << 53)
    }

    mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

    /// An index drawn with probability proportional to its weight.
    mutating func index(weights: [Double]) -> Int {
        var remaining = unit() * weights.reduce(0, +)
        for (index, weight) in weights.enumerated() {
            remaining -= weight
            if remaining < 0 { return index }
        }
        return weights.indices.last(where: { weights[$0] > 0 }) ?? 0
    }

    /// A number of minutes in `range`, rounded down to a multiple of `step`.
    mutating func minutes(_ range: ClosedRange<Int>, step: Int = 30) -> Int {
        max(step, int(range) / step * step)
    }
}
