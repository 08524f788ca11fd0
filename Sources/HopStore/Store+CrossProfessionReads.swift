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
enum MovementFacts {
    static func fetch(_ db: Database, only professionId: RowID?, today: Day) throws -> [RowID: [MovementFact]] {
        let year = MovementReport.lastYear(today), quarter = MovementReport.quarter(containing: today)
        var facts: [RowID: [MovementFact]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT staff_id, from_profession_id, to_profession_id, start_date, end_date FROM movement
            WHERE kind = 'profession' AND start_date BETWEEN ? AND ?
            ORDER BY start_date, id
            """, arguments: [year.lowerBound.iso, year.upperBound.iso]) {
            let fact = MovementFact(staffId: try row.value(at: 0), type: .profession, fromProfessionId: try row.value(at: 1), toProfessionId: try row.value(at: 2),
                                    start: try row.day(at: 3, "start_date"), end: try row.optionalDay(at: 4, "end_date"))
            for id in Set([fact.fromProfessionId, fact.toProfessionId].compactMap { $0 })
            where professionId == nil || professionId == id {
                facts[id, default: []].append(fact)
            }
        }
        // Movements first (few, found by kind), then each one's professions by primary key:
        // CROSS JOIN keeps SQLite from walking a large profession's members instead.
        let onlyClause = professionId == nil ? "" : "AND sp.profession_id = ?"
        var arguments: StatementArguments = [year.lowerBound.iso, quarter.lowerBound.iso]
        if let professionId { arguments += [professionId] }
        for row in try Row.fetchAll(db, sql: """
            SELECT sp.profession_id, m.staff_id, m.kind, m.start_date, m.end_date
            FROM movement m CROSS JOIN staff_profession sp ON sp.staff_id = m.staff_id
            WHERE m.kind IN ('secondment-out', 'loan-out', 'job-shadowing', 'return')
              AND (m.kind = 'return' OR m.start_date >= ? OR m.end_date IS NULL OR m.end_date >= ?) \(onlyClause)
            ORDER BY m.start_date, m.id
            """, arguments: arguments) {
            facts[try row.value(at: 0), default: []].append(MovementFact(
                staffId: try row.value(at: 1), type: try row.decoded(at: 2, "kind", as: MovementType.self),
                start: try row.day(at: 3, "start_date"), end: try row.optionalDay(at: 4, "end_date")))
        }
        return facts
    }
}
