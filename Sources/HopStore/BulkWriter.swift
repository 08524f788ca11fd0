import GRDB
import HopModel

extension Store {
    /// Loads many records at once (demo data, the generator, imports): one transaction,
    /// cached prepared statements, no per-row summary upkeep; the summaries are rebuilt once
    /// at the end, and one change-log entry records what was loaded. Atomic: if `body` or
    /// anything else throws, nothing is written.
    ///
    /// Only database rules are checked (keys, references, value ranges in the schema); the
    /// caller is trusted for the rest.
    public func bulkLoad(by user: String = "hopdash", _ body: (BulkWriter) throws -> Void) throws {
        // The caller's own error is rethrown as it is, not translated into a StoreError.
        var callerError: (any Error)?
        do {
            try write(by: user) { w in
                let writer = BulkWriter(db: w.db)
                do { try body(writer) } catch { callerError = error; throw error }
                try Summary.rebuild(w.db)
                // Statistics for the query planner, bounded so that a huge store stays quick.
                try w.db.execute(sql: "PRAGMA analysis_limit = 1000; ANALYZE")
                let counts = RecordKind.allCases.compactMap { kind in
                    writer.counts[kind].map { (kind.table, $0.databaseValue) }
                }
                try w.log(table: "*", recordId: "*", action: .bulkLoad, professionId: nil, before: nil,
                          after: LoggedJSON.object(counts))
            }
        } catch {
            throw callerError ?? error
        }
    }
}

/// Inserts records inside `Store.bulkLoad`. Valid only during the call it is given to.
///
/// Each `insert` returns the new row's id. Records with a non-zero id keep it (imports).
public final class BulkWriter {
    let db: Database
    private(set) var counts: [RecordKind: Int] = [:]

    init(db: Database) { self.db = db }

    @discardableResult public func insert(_ department: Department) throws -> RowID { try add(department) }
    @discardableResult public func insert(_ grade: Grade) throws -> RowID { try add(grade) }
    @discardableResult public func insert(_ profession: Profession) throws -> RowID { try add(profession) }
    @discardableResult public func insert(_ skill: Skill) throws -> RowID { try add(skill) }
    public func insert(_ requirement: SkillRequirement) throws { try add(requirement) }
    @discardableResult public func insert(_ staff: StaffMember) throws -> RowID { try add(staff) }
    public func insert(_ membership: StaffProfession) throws { try add(membership) }
    @discardableResult public func insert(_ assessment: SkillAssessment) throws -> RowID { try add(assessment) }
    public func insert(_ requirement: CPDRequirement) throws { try add(requirement) }
    public func insert(_ requirement: QualificationRequirement) throws { try add(requirement) }
    @discardableResult public func insert(_ activity: CPDActivity) throws -> RowID { try add(activity) }
    @discardableResult public func insert(_ qualification: QualificationHeld) throws -> RowID { try add(qualification) }
    public func insert(_ entry: ChecklistEntry) throws { try add(entry) }
    @discardableResult public func insert(_ assessment: MaturityAssessment) throws -> RowID { try add(assessment) }

    @discardableResult
    private func add<R: MappedRecord>(_ record: R) throws -> RowID {
        counts[R.kind, default: 0] += 1
        return try record.insert(db)
    }
}
