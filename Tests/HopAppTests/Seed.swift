import Foundation

/// The seed of a random run: HOPDASH_SEED when set (to replay a run), else the run's own
/// default. Printed, so that any failing run can be replayed exactly.
enum Seed {
    static func value(_ run: String, default seed: UInt64) -> UInt64 {
        let chosen = ProcessInfo.processInfo.environment["HOPDASH_SEED"].flatMap { UInt64($0) } ?? seed
        print("\(run): seed \(chosen) (HOPDASH_SEED=\(chosen) replays it)")
        return chosen
    }
}
