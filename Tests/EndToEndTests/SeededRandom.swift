import Foundation

/// A small seeded generator (SplitMix64) for the random end-to-end runs. The seed is
/// HOPDASH_SEED when set, else fresh; it is printed, so a failing run can be replayed.
struct SeededRandom: RandomNumberGenerator {
    let seed: UInt64
    private var state: UInt64

    init(_ run: String) {
        let given = ProcessInfo.processInfo.environment["HOPDASH_SEED"].flatMap { UInt64($0) }
        seed = given ?? UInt64.random(in: 1...UInt64(UInt32.max))
        state = seed
        print("\(run): seed \(seed) (HOPDASH_SEED=\(seed) replays it)")
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
