import GRDB
import HopModel

/// One write in progress: its connection, who makes it and when. Every write appends what it
/// changed to `change_log` through it (principle 3.2: corporate memory).
struct WriteContext {
    let db: Database
    let user: String
    /// When the write happened (ISO 8601, UTC).
    let at: String
    /// An import's check: on a read-only connection, counting what it would write, writing nothing.
    var checkOnly = false

    enum Action: String {
        case insert, update, delete
        /// A set of rows replaced as a whole (memberships, qualification requirements).
        case replace
        case bulkLoad = "bulk-load"
    }

    func log(_ kind: RecordKind, recordId: String, action: Action, professionId: RowID?,
             before: String?, after: String?) throws {
        try log(table: kind.table, recordId: recordId, action: action, professionId: professionId,
                before: before, after: after)
    }

    func log(table: String, recordId: String, action: Action, professionId: RowID?,
             before: String?, after: String?) throws {
        try db.cachedStatement(sql: """
            INSERT INTO change_log (at, user, table_name, record_id, action, profession_id, before, after)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [at, user, table, recordId, Store.loggingUndo ? "undo" : action.rawValue, professionId,
                                   before, after])
    }

    func log<R: MappedRecord>(_ action: Action, before: R?, after: R?, professionId: RowID?) throws {
        guard let recordId = (after ?? before)?.recordId else { return }
        try log(R.kind, recordId: recordId, action: action, professionId: professionId,
                before: before?.loggedJSON, after: after?.loggedJSON)
    }

    // MARK: - Versioned records

    /// The record as it is now, provided nobody changed it since the caller read it at
    /// `expectedVersion`; otherwise `StoreError.conflict` with what is there now.
    func current<R: VersionedRecord>(_ type: R.Type, key: [any DatabaseValueConvertible], expectedVersion: Int) throws -> R {
        guard let current = try R.fetch(db, key: key) else {
            throw StoreError.conflict(kind: R.kind, recordId: R.recordId(key.map { $0.databaseValue }), current: nil)
        }
        guard current.version == expectedVersion else {
            throw StoreError.conflict(kind: R.kind, recordId: current.recordId, current: current.stored)
        }
        return current
    }

    /// Inserts a new record (version 0, or id 0) or updates the stored one if it is still at
    /// `record.version`, its texts within their limits (`Validate.limits`); logs the change (filed under `professionId(saved)`) and returns the
    /// record as saved.
    @discardableResult
    func save<R: VersionedRecord>(_ record: R, professionId: (R) -> RowID?) throws -> R {
        var saved = record
        let current = try R.fetch(db, key: record.keyValues)
        try Validate.limits(record, stored: current)
        guard let current else {
            guard record.version == 0 else {
                throw StoreError.conflict(kind: R.kind, recordId: record.recordId, current: nil)
            }
            saved.didInsert(rowID: try record.insert(db))
            saved.version = 1
            try log(.insert, before: nil, after: saved, professionId: professionId(saved))
            return saved
        }
        guard current.version == record.version else {
            throw StoreError.conflict(kind: R.kind, recordId: current.recordId, current: current.stored)
        }
        try record.update(db)
        saved.version += 1
        try log(.update, before: current, after: saved, professionId: professionId(saved))
        return saved
    }

    /// Deletes a record read by `current(_:key:expectedVersion:)` and logs it.
    func delete<R: MappedRecord>(_ record: R, professionId: RowID?) throws {
        try R.delete(db, key: record.keyValues)
        try log(.delete, before: record, after: nil, professionId: professionId)
    }

    // MARK: - Lookups shared by writes

    func require<R: MappedRecord>(_ type: R.Type, id: RowID) throws -> R {
        guard let record = try R.fetch(db, key: [id]) else {
            throw StoreError.missing(kind: R.kind, recordId: String(id))
        }
        return record
    }

    /// The profession a staff member's changes are filed under in the change log: their
    /// primary one, if any.
    func primaryProfession(ofStaff staffId: RowID) throws -> RowID? {
        try RowID.fetchOne(db.cachedStatement(sql: """
            SELECT profession_id FROM staff_profession WHERE staff_id = ? AND is_primary
            """), arguments: [staffId])
    }

    /// Throws `duplicate` if another row of the table already has `value` in `column`.
    func requireUnique(_ kind: RecordKind, column: String, value: String, exceptId id: RowID, field: String,
                       within scope: (column: String, value: RowID)? = nil) throws {
        var sql = "SELECT 1 FROM \(kind.table) WHERE \(column) = ? AND id <> ?"
        var arguments: StatementArguments = [value, id]
        if let scope {
            sql += " AND \(scope.column) = ?"
            arguments += [scope.value]
        }
        if try Bool.fetchOne(db.cachedStatement(sql: sql + " LIMIT 1"), arguments: arguments) == true {
            throw StoreError.duplicate(kind: kind, field: field)
        }
    }
}
