import Foundation
import GRDB
import HopModel
import HopStore

/// A kiosk-like reader beside the writers: the kiosk's own `FollowedStore` (read-only, following
/// the file) and, in one read transaction, the membership summaries against the member rows.
struct Reader {
    let path: String
    let today = Day(iso: "2026-10-01")!

    /// Reads until `stopFile` exists; returns how many rounds were read and what disagreed.
    func run(until stopFile: String) throws -> (rounds: Int, problems: [String]) {
        let followed = FollowedStore(path: path)
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        var rounds = 0
        var problems: [String] = []
        while !FileManager.default.fileExists(atPath: stopFile) && problems.count < 20 {
            do {
                for data in try followed.reading({ try $0.allProfessionData(today: today) }) {
                    problems += Reader.disagreements(in: data)
                }
                problems += try queue.read(Verifier.membershipDisagreements)
            } catch {
                problems.append("read failed: \(error)")
            }
            rounds += 1
        }
        return (rounds, problems)
    }

    /// Parts that exceed their totals in what a dashboard or kiosk slide is drawn from: per
    /// skill and grade, members by level may not outnumber the grade's assessed members, nor
    /// assessed its members.
    static func disagreements(in data: ProfessionData) -> [String] {
        var problems: [String] = []
        let membership = Dictionary(data.membership.map { ($0.gradeId, $0) }, uniquingKeysWith: { a, _ in a })
        for grade in membership.values where grade.assessed > grade.members {
            problems.append("\(data.profession.code) grade \(grade.gradeId): \(grade.assessed) assessed of \(grade.members)")
        }
        let byPart = Dictionary(grouping: data.levelCounts) { "\($0.skillId)/\($0.gradeId)" }
        for (part, counts) in byPart {
            let gradeId = counts[0].gradeId
            let total = counts.reduce(0) { $0 + $1.count }
            if total > membership[gradeId]?.assessed ?? 0 {
                problems.append("\(data.profession.code) skill/grade \(part): \(total) by level, \(membership[gradeId]?.assessed ?? 0) assessed")
            }
        }
        return problems
    }
}
