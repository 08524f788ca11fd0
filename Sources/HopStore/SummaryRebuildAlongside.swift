import Dispatch
import GRDB
import HopModel

extension Summary {
    /// What a second connection computes in `rebuildAll(_:alongside:)`: summaries split by
    /// department, whose rows are bounded by departments, professions, grades, skills and days
    /// rather than by staff, so that handing them over costs little memory. Between them about
    /// half of a rebuild's time at 510,000 staff (docs/PERFORMANCE.md, "Generate on two cores").
    static let computedAlongside: [Summary] = [.departmentSkillLevel, .departmentCPDCoverage, .departmentMembership,
                                                .departmentQualificationHeld, .departmentQualificationMembers]

    /// Rebuilds every summary from records already committed, on two cores: `reader` (another
    /// connection to the same file, seeing the committed records) computes `computedAlongside`
    /// while `db` rebuilds the others; `db` then writes what `reader` found and sums the
    /// per-profession summaries over those splits. The result is `rebuild(db)`'s.
    ///
    /// `db` must be inside a write transaction begun after the records were committed.
    static func rebuildAll(_ db: Database, alongside reader: DatabasePool) throws {
        let alongside = AlongsideContributions(computedAlongside, reader)
        // Whatever this connection's part does, the other's read ends before this returns.
        defer { alongside.wait() }
        let derived = computedAlongside.map(\.perProfession)
        try rebuild(db, allCases.filter { !computedAlongside.contains($0) && !derived.contains($0) })
        for (summary, rows) in try alongside.result() {
            try db.execute(sql: "DELETE FROM \(summary.table)")
            let placeholders = Array(repeating: "?", count: summary.keyColumns.count + summary.countColumns.count)
            let insert = try db.makeStatement(sql: """
                INSERT INTO \(summary.table) (\(summary.columns)) VALUES (\(placeholders.joined(separator: ", ")))
                """)
            for row in rows { try insert.execute(arguments: StatementArguments(row)) }
        }
        for summary in derived { try summary.sumOverDepartments(db) }
    }
}

/// The rows of some summaries' contributions of everyone, computed on a reading connection
/// on a thread of their own.
private final class AlongsideContributions: @unchecked Sendable {
    // Written by the reading thread before `done` is signalled; read only after waiting for it.
    private var rows: [(Summary, [[DatabaseValue]])] = []
    private var failure: (any Error)?
    private let done = DispatchSemaphore(value: 0)
    private var waited = false

    init(_ summaries: [Summary], _ reader: DatabasePool) {
        DispatchQueue.global().async { [self] in
            do {
                rows = try reader.read { db in
                    try summaries.map { summary in
                        let (sql, arguments) = summary.contribution(.everyone)
                        let found = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                            .map { Array($0.databaseValues) }
                        return (summary, try Array(found))
                    }
                }
            } catch {
                failure = error
            }
            done.signal()
        }
    }

    /// Waits until the reading is over (once; later calls return at once).
    func wait() {
        guard !waited else { return }
        done.wait()
        waited = true
    }

    func result() throws -> [(Summary, [[DatabaseValue]])] {
        wait()
        if let failure { throw failure }
        return rows
    }
}
