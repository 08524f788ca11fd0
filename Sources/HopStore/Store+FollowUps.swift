import GRDB
import HopModel

// MARK: - Follow-ups

// A follow-up records that a person on a list of people (`PeopleCriterion`) was followed up.
// It is a person's record like a movement, filed in the change log under the profession whose
// list it came from: versioned, change-logged, exported. A mark of a whole list writes one
// follow-up a person in one transaction, streaming the list's ids from one statement (never
// the whole list in memory).

extension Store {
    /// Marks one person as followed up for being on `query`'s list. They must be a member of
    /// the list's profession (the list may have changed since they were seen on it).
    public func markFollowedUp(staffId: RowID, on query: PeopleQuery, reason: String, note: String = "", date: Day,
                               by user: String) throws(StoreError) -> FollowUp {
        try saveFollowUp(FollowUp(staffId: staffId, professionId: query.professionId, list: query.criterion.text,
                                  reason: reason, date: date, note: note), by: user)
    }

    /// Marks everyone on `query`'s list (its grade and filter included) as followed up, in one
    /// write; nil when the list is empty (nothing written).
    public func markFollowedUp(everyoneOn query: PeopleQuery, reason: String, note: String = "", date: Day,
                               by user: String) throws(StoreError) -> FollowUpBatch? {
        let template = FollowUp(staffId: 0, professionId: query.professionId, list: query.criterion.text, reason: reason,
                                date: date, note: note)
        try validated {
            try Validate.limits(template)
            try Validate.followUp(template)
        }
        return try write(by: user) { w in
            _ = try w.requireProfession(query.professionId)
            // Nothing the list's statement reads is written meanwhile, so the cursor stays valid.
            var batch: FollowUpBatch?
            try PeopleSQL(w.db, query).forEachId(w.db) { id in
                var followUp = template
                followUp.staffId = id
                let saved = try w.save(followUp) { $0.professionId }
                batch = FollowUpBatch(template: template, firstId: batch?.firstId ?? saved.id, lastId: saved.id,
                                      count: (batch?.count ?? 0) + 1)
            }
            return batch
        }
    }

    /// Adds (id 0) or updates (at its version) one follow-up.
    public func saveFollowUp(_ followUp: FollowUp, by user: String) throws(StoreError) -> FollowUp {
        try validated { try Validate.followUp(followUp) }
        return try write(by: user) { w in
            try w.requireStaff(followUp.staffId)
            _ = try w.requireProfession(followUp.professionId)
            guard try Bool.fetchOne(w.db, sql: "SELECT 1 FROM staff_profession WHERE staff_id = ? AND profession_id = ?",
                                    arguments: [followUp.staffId, followUp.professionId]) == true else {
                throw StoreError.invalid(field: "Staff member", reason: "not a member of the profession whose list it is")
            }
            if followUp.id != 0 {
                let current = try w.current(FollowUp.self, key: [followUp.id], expectedVersion: followUp.version)
                guard current.staffId == followUp.staffId else {
                    throw StoreError.invalid(field: "Staff member", reason: "a follow-up cannot move to another person")
                }
            }
            return try w.save(followUp) { $0.professionId }
        }
    }

    public func deleteFollowUp(id: RowID, expectedVersion: Int, by user: String) throws(StoreError) {
        try write(by: user) { w in
            let current = try w.current(FollowUp.self, key: [id], expectedVersion: expectedVersion)
            try w.delete(current, professionId: current.professionId)
        }
    }

    /// Takes back a whole list's mark (its undo): every follow-up it wrote, each change-logged,
    /// or none when one of them was changed or deleted since (a conflict naming it).
    public func deleteFollowUps(_ batch: FollowUpBatch, by user: String) throws(StoreError) {
        try write(by: user) { w in
            let t = batch.template
            let same = "profession_id = ? AND list = ? AND reason = ? AND date = ? AND note = ?"
            let arguments: StatementArguments = [batch.firstId, batch.lastId, t.professionId, t.list, t.reason, t.date.iso, t.note]
            let unchanged = try Int.fetchOne(w.db, sql: """
                SELECT COUNT(*) FROM follow_up WHERE id BETWEEN ? AND ? AND \(same) AND version = 1
                """, arguments: arguments) ?? 0
            guard unchanged == batch.count else {
                let changed = try FollowUp.fetchAll(w.db, sql: """
                    SELECT \(FollowUp.selection) FROM follow_up WHERE id BETWEEN ? AND ? AND NOT (\(same) AND version = 1)
                    ORDER BY id LIMIT 1
                    """, arguments: arguments).first
                throw StoreError.conflict(kind: .followUp, recordId: String(changed?.id ?? batch.firstId),
                                          current: changed.map { .followUp($0) })
            }
            // One row at a time from a cursor: each deletion is change-logged with the record.
            let rows = try Row.fetchCursor(w.db, sql: """
                SELECT \(FollowUp.selection) FROM follow_up WHERE id BETWEEN ? AND ? ORDER BY id
                """, arguments: [batch.firstId, batch.lastId])
            while let row = try rows.next() {
                let followUp = try FollowUp(row: row)
                try w.log(.delete, before: followUp, after: nil, professionId: followUp.professionId)
            }
            try w.db.execute(sql: "DELETE FROM follow_up WHERE id BETWEEN ? AND ?", arguments: [batch.firstId, batch.lastId])
        }
    }

    /// One person's follow-ups, latest first.
    public func followUps(staffId: RowID) throws(StoreError) -> [FollowUp] {
        try read { db in
            try FollowUp.fetchAll(db, sql: """
                SELECT \(FollowUp.selection) FROM follow_up WHERE staff_id = ? ORDER BY date DESC, id DESC
                """, arguments: [staffId])
        }
    }

    /// For each list of the profession that anyone was followed up for in the last
    /// `FollowUp.countedMonths` up to `today`: how many members were, and how many of them are
    /// still on it ("followed up, not yet improved"), by the list's text. Reads the people
    /// followed up only.
    public func followUpProgress(professionId: RowID, today: Day) throws(StoreError) -> [String: FollowUpProgress] {
        try read { db in try Self.followUpProgress(db, professionId: professionId, today: today) }
    }

    static func followUpProgress(_ db: Database, professionId: RowID, today: Day) throws -> [String: FollowUpProgress] {
        let window = FollowUpWindow(today: today)
        var progress: [String: FollowUpProgress] = [:]
        let lists = try Row.fetchAll(db, sql: """
            SELECT f.list, COUNT(DISTINCT f.staff_id) FROM follow_up f
            JOIN staff_profession sp ON sp.staff_id = f.staff_id AND sp.profession_id = f.profession_id
            WHERE f.profession_id = ? AND f.date > ? AND f.date <= ? GROUP BY f.list ORDER BY f.list
            """, arguments: [professionId, window.after.iso, window.today.iso])
        for row in lists {
            let list: String = row[0]
            // A list that no longer parses or names a skill since removed has no figure.
            guard let criterion = try? PeopleCriterion.parse(list) else { continue }
            let query = PeopleQuery(professionId: professionId, criterion: criterion, today: today)
            guard let sql = try? PeopleSQL(db, query, followedUpIn: window) else { continue }
            progress[list] = FollowUpProgress(followedUp: row[1], stillOnList: try sql.count(db))
        }
        return progress
    }
}

/// The follow-ups the dashboard counts: dated after `after` and not after `today`.
struct FollowUpWindow {
    let today: Day
    var after: Day { today.adding(months: -FollowUp.countedMonths) }
}

extension Validate {
    static func followUp(_ f: FollowUp) throws {
        try notBlank(f.reason, "Reason")
        do { _ = try PeopleCriterion.parse(f.list) } catch {
            throw StoreError.invalid(field: "List", reason: error.description)
        }
    }
}

extension FollowUp: VersionedRecord {
    static let kind = RecordKind.followUp
    static let keyColumns = ["id"]
    static let valueColumns = ["staff_id", "profession_id", "list", "reason", "date", "note"]

    init(row: Row) throws {
        try self.init(id: row.value("id"), staffId: row.value("staff_id"), professionId: row.value("profession_id"),
                      list: row.value("list"), reason: row.value("reason"), date: row.day("date"), note: row.value("note"),
                      version: row.value("version"))
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] {
        [staffId.databaseValue, professionId.databaseValue, list.databaseValue, reason.databaseValue, date.databaseValue,
         note.databaseValue]
    }
    mutating func didInsert(rowID: RowID) { id = rowID }
    var stored: StoredRecord { .followUp(self) }
    var limitedTexts: [LimitedText] {
        [LimitedText("list", list, .followUpList), LimitedText("reason", reason, .followUpReason), LimitedText("note", note, .note)]
    }
}
