import GRDB
import HopModel

// MARK: - Reads: movements, the directory, the seminar plan

extension Store {
    /// A staff member's movements, newest first.
    public func movements(staffId: RowID) throws(StoreError) -> [Movement] {
        try read { db in
            try Movement.fetchAll(db, sql: """
                SELECT \(Movement.selection) FROM movement WHERE staff_id = ? ORDER BY start_date DESC, id DESC
                """, arguments: [staffId])
        }
    }

    /// Every profession's head and departmental leads, by profession name then department name.
    public func directory() throws(StoreError) -> Directory {
        try read { db in
            let professions = try Profession.fetchAll(db, sql: "SELECT \(Profession.selection) FROM profession ORDER BY name, id")
            let departments = Dictionary(uniqueKeysWithValues: try Department.fetchAll(
                db, sql: "SELECT \(Department.selection) FROM department").map { ($0.id, $0.name) })
            let leads = try DepartmentalLead.fetchAll(db, sql: "SELECT \(DepartmentalLead.selection) FROM departmental_lead")
            let byProfession = Dictionary(grouping: leads.map { DirectoryLead(lead: $0, department: departments[$0.departmentId] ?? "") },
                                          by: \.lead.professionId)
            return Directory(entries: professions.map { p in
                DirectoryEntry(profession: p, leads: (byProfession[p.id] ?? []).sorted {
                    ($0.department.lowercased(), $0.lead.id) < ($1.department.lowercased(), $1.lead.id)
                })
            })
        }
    }

    /// The seminar planner's settings; the defaults (version 0) when none were saved.
    public func seminarSettings() throws(StoreError) -> SeminarSettings {
        try read { db in try SeminarSettingsRow.fetch(db) ?? SeminarSettings() }
    }
}

/// The movements each profession's figures need (see `MovementReport`): profession moves
/// into or out of it in the last twelve months, and its members' placements that run now,
/// started in the last twelve months or end from the start of this quarter, with every return.
/// Read from the movement summary (`Summary.movements`), where each is already filed under the
/// professions it concerns: a range of its key by kind and date, not a look-up of each
/// person's professions.
enum MovementFacts {
    static func fetch(_ db: Database, only professionId: RowID?, today: Day) throws -> [RowID: [MovementFact]] {
        let year = MovementReport.lastYear(today), quarter = MovementReport.quarter(containing: today)
        let onlyClause = professionId == nil ? "" : "AND profession_id = ?"
        let only: StatementArguments = professionId.map { [$0] } ?? []
        var facts: [RowID: [MovementFact]] = [:]
        try Row.fetchCursor(db, sql: """
            SELECT profession_id, staff_id, from_profession_id, to_profession_id, start_date, end_date FROM sum_movement
            WHERE kind = 'profession' AND start_date BETWEEN ? AND ? \(onlyClause)
            ORDER BY start_date, movement_id, profession_id
            """, arguments: [year.lowerBound.iso, year.upperBound.iso] + only).forEach { row in
            let from: RowID = try row.value(at: 2), to: RowID = try row.value(at: 3)
            facts[try row.value(at: 0), default: []].append(MovementFact(
                staffId: try row.value(at: 1), type: .profession, fromProfessionId: from == 0 ? nil : from,
                toProfessionId: to == 0 ? nil : to, start: try row.day(at: 4, "start_date"), end: try end(row, at: 5)))
        }
        try Row.fetchCursor(db, sql: """
            SELECT profession_id, staff_id, kind, start_date, end_date FROM sum_movement
            WHERE kind IN ('secondment-out', 'loan-out', 'job-shadowing', 'return')
              AND (kind = 'return' OR start_date >= ? OR end_date = '' OR end_date >= ?) \(onlyClause)
            ORDER BY start_date, movement_id
            """, arguments: [year.lowerBound.iso, quarter.lowerBound.iso] + only).forEach { row in
            facts[try row.value(at: 0), default: []].append(MovementFact(
                staffId: try row.value(at: 1), type: try row.decoded(at: 2, "kind", as: MovementType.self),
                start: try row.day(at: 3, "start_date"), end: try end(row, at: 4)))
        }
        return facts
    }

    /// The summary stores an open end as ''.
    private static func end(_ row: Row, at index: Int) throws -> Day? {
        let text: String = try row.value(at: index)
        return text.isEmpty ? nil : try row.day(at: index, "end_date")
    }
}
