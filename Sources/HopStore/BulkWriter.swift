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
                try writer.finish(w)
            }
        } catch {
            throw callerError ?? error
        }
    }

    /// Loads more records than one transaction should hold (the generator at whole-civil-service
    /// scale): like `bulkLoad`, but commits every `rowsPerCommit` rows, so that the WAL and the
    /// page cache stay small, and rebuilds the summaries once, in the last transaction, on two
    /// connections when the store is a file.
    ///
    /// Not atomic: if anything throws, the batches already committed stay, and the summaries
    /// are not rebuilt. Use it only to fill a new store that the caller deletes on failure.
    ///
    /// The secondary indexes of the tables it fills (`streamDeferredIndexes`, none of them
    /// enforcing a rule) are dropped while the rows go in and created again, each with one
    /// sort, before the summaries are rebuilt: `body` must not read through them.
    public func streamLoad(by user: String = "hopdash", rowsPerCommit: Int = 50_000,
                           _ body: (BulkWriter) throws -> Void) throws {
        let at = Store.timestamp(clock())
        var callerError: (any Error)?
        do {
            try writer.writeWithoutTransaction { db in
                let writer = BulkWriter(db: db, rowsPerCommit: rowsPerCommit)
                try db.beginTransaction(.immediate)
                do {
                    let deferred = try Store.dropIndexes(Store.streamDeferredIndexes, db)
                    do { try body(writer) } catch { callerError = error; throw error }
                    for index in deferred { try db.execute(sql: index.sql) }
                    // The records are committed before the summaries are rebuilt, so that a
                    // second connection can compute some of them while this one does the rest.
                    try db.commit()
                    try db.beginTransaction(.immediate)
                    let context = WriteContext(db: db, user: user, at: at)
                    try writer.finish(context, rebuildingAlongside: self.writer as? DatabasePool)
                    try StoreMeta.touch(db, at: at)
                    try db.commit()
                } catch {
                    if db.isInsideTransaction { try? db.rollback() }
                    throw error
                }
            }
        } catch {
            throw callerError ?? StoreError.wrapping(error, path: path)
        }
    }
}

extension Store {
    /// The indexes a stream load defers: every secondary index of the staff, membership,
    /// assessment, CPD and qualification tables that enforces nothing (the unique ones stay).
    /// Inserting millions of rows into them in random key order was about a third of
    /// `generate`'s time.
    static let streamDeferredIndexes = ["staff_by_name", "staff_profession_by_profession", "assessment_by_staff",
                                        "assessment_by_skill", "cpd_activity_by_staff", "qualification_held_by_staff"]

    /// Drops those of `names` that exist and returns them with the statements that create them
    /// again (a stream load's and a large import's deferred indexes).
    static func dropIndexes(_ names: [String], _ db: Database) throws -> [(name: String, sql: String)] {
        var dropped: [(name: String, sql: String)] = []
        for name in names {
            guard let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
                                                arguments: [name]) else { continue }
            try db.execute(sql: "DROP INDEX \(name)")
            dropped.append((name, sql))
        }
        return dropped
    }
}

/// Inserts records inside `Store.bulkLoad`. Valid only during the call it is given to.
///
/// Each `insert` returns the new row's id. Records with a non-zero id keep it (imports).
public final class BulkWriter {
    let db: Database
    private(set) var counts: [RecordKind: Int] = [:]
    /// Commit and begin a new transaction after this many rows (nil: never, `bulkLoad`).
    private let rowsPerCommit: Int?
    private var rowsSinceCommit = 0
    /// Each record type's insert, prepared at its first row.
    private var inserts: [ObjectIdentifier: BulkInsert] = [:]

    init(db: Database, rowsPerCommit: Int? = nil) {
        self.db = db
        self.rowsPerCommit = rowsPerCommit
    }

    /// The end of every load: summaries rebuilt with set-based SQL, planner statistics, and
    /// one change-log entry saying how many rows of each kind were loaded.
    /// With `summariesOnlyFor`, the summaries were exact before the load for everyone but these
    /// people (new to the store), whose contributions are added instead (collation's start).
    /// With `rebuildingAlongside`, a connection that sees every record loaded (committed), the
    /// rebuild uses it too (`Summary.rebuildAll(_:alongside:)`).
    func finish(_ w: WriteContext, summariesOnlyFor added: [RowID]? = nil,
                rebuildingAlongside reader: DatabasePool? = nil) throws {
        if let added {
            try Summary.apply(Summary.allCases, sign: 1, forStaff: added, w.db)
        } else if let reader {
            try Summary.rebuildAll(w.db, alongside: reader)
        } else {
            try Summary.rebuild(w.db)
        }
        // Statistics for the query planner, bounded so that a huge store stays quick.
        try w.db.execute(sql: "PRAGMA analysis_limit = 1000; ANALYZE")
        let counts = RecordKind.allCases.compactMap { kind in
            self.counts[kind].map { (kind.table, $0.databaseValue) }
        }
        try w.log(table: "*", recordId: "*", action: .bulkLoad, professionId: nil, before: nil,
                  after: LoggedJSON.object(counts))
    }

    /// Counts rows of `kind` the load brings without inserting them (already in the store).
    func count(_ kind: RecordKind, _ rows: Int) { counts[kind, default: 0] += rows }

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
    @discardableResult public func insert(_ movement: Movement) throws -> RowID { try add(movement) }
    @discardableResult public func insert(_ lead: DepartmentalLead) throws -> RowID { try add(lead) }
    @discardableResult public func insert(_ forum: ForumDate) throws -> RowID { try add(forum) }
    @discardableResult public func insert(_ followUp: FollowUp) throws -> RowID { try add(followUp) }

    @discardableResult
    fileprivate func add<R: MappedRecord>(_ record: R) throws -> RowID {
        counts[R.kind, default: 0] += 1
        let insert: BulkInsert
        if let prepared = inserts[ObjectIdentifier(R.self)] {
            insert = prepared
        } else {
            insert = try BulkInsert(db, sql: R.insertSQL)
            inserts[ObjectIdentifier(R.self)] = insert
        }
        try insert.run(record.keyValues, record.values)
        let id = db.lastInsertedRowID
        if let rowsPerCommit {
            rowsSinceCommit += 1
            if rowsSinceCommit >= rowsPerCommit {
                try db.commit()
                try db.beginTransaction(.immediate)
                rowsSinceCommit = 0
            }
        }
        return id
    }
}

extension BulkWriter {
    /// A critical post with its successors.
    @discardableResult public func insert(_ post: CriticalPost) throws -> RowID {
        var saved = post
        saved.id = try add(post)
        try CriticalPostRows.insertSuccessors(db, saved)
        return saved.id
    }

    /// A development plan with its lines.
    @discardableResult public func insert(_ plan: DevelopmentPlan) throws -> RowID {
        var saved = plan
        saved.id = try add(plan)
        try DevelopmentPlanRows.insertLines(db, saved)
        return saved.id
    }

    @discardableResult public func insert(_ booking: Booking) throws -> RowID { try add(booking) }

    /// A learning offer with its skills.
    @discardableResult public func insert(_ offer: LearningOffer) throws -> RowID {
        var saved = offer
        saved.id = try add(offer)
        try LearningOfferRows.insertSkills(db, saved)
        return saved.id
    }
}
