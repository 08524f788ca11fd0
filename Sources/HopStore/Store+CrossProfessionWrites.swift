import GRDB
import HopModel

// MARK: - Writes: movements, departmental leads, the seminar plan

// Movements are a person's records: filed in the change log under their primary profession.
// Each write moves the person's rows of the movement summary in the same transaction.

extension Store {
    /// Adds (id 0) or updates (at its version) a staff member's movement.
    public func saveMovement(_ movement: Movement, by user: String) throws(StoreError) -> Movement {
        try validated { try Validate.movement(movement) }
        return try write(by: user) { w in
            try w.requireStaff(movement.staffId)
            for id in [movement.fromProfessionId, movement.toProfessionId].compactMap({ $0 }) { _ = try w.requireProfession(id) }
            for id in [movement.fromDepartmentId, movement.toDepartmentId].compactMap({ $0 }) { try w.requireDepartment(id) }
            if movement.id != 0 {
                let current = try w.current(Movement.self, key: [movement.id], expectedVersion: movement.version)
                guard current.staffId == movement.staffId else {
                    throw StoreError.invalid(field: "Staff member", reason: "a movement cannot move to another person")
                }
            }
            let profession = try w.primaryProfession(ofStaff: movement.staffId)
            return try Summary.maintaining([.movements], forStaff: [movement.staffId], w.db) {
                try w.save(movement) { _ in profession }
            }
        }
    }

    public func deleteMovement(id: RowID, expectedVersion: Int, by user: String) throws(StoreError) {
        try write(by: user) { w in
            let current = try w.current(Movement.self, key: [id], expectedVersion: expectedVersion)
            let profession = try w.primaryProfession(ofStaff: current.staffId)
            try Summary.maintaining([.movements], forStaff: [current.staffId], w.db) {
                try w.delete(current, professionId: profession)
            }
        }
    }

    /// Adds (id 0) or updates a profession's lead in a department: one per department.
    public func saveDepartmentalLead(_ lead: DepartmentalLead, by user: String) throws(StoreError) -> DepartmentalLead {
        try validated {
            try Validate.departmentalLead(lead)
        }
        return try write(by: user) { w in
            _ = try w.requireProfession(lead.professionId)
            try w.requireDepartment(lead.departmentId)
            if try Bool.fetchOne(w.db, sql: """
                SELECT 1 FROM departmental_lead WHERE profession_id = ? AND department_id = ? AND id <> ?
                """, arguments: [lead.professionId, lead.departmentId, lead.id]) == true {
                throw StoreError.duplicate(kind: .departmentalLead, field: "department (one lead per department)")
            }
            return try w.save(lead) { $0.professionId }
        }
    }

    public func deleteDepartmentalLead(id: RowID, expectedVersion: Int, by user: String) throws(StoreError) {
        try write(by: user) { w in
            let current = try w.current(DepartmentalLead.self, key: [id], expectedVersion: expectedVersion)
            try w.delete(current, professionId: current.professionId)
        }
    }

    /// Replaces the seminar plan's settings (number of groups and pins) as a whole, at the
    /// version read (0 when none was saved yet).
    public func saveSeminarSettings(_ settings: SeminarSettings, by user: String) throws(StoreError) -> SeminarSettings {
        try validated {
            try Validate.range(settings.groups, SeminarSettings.groupRange, "Groups")
            for group in settings.locks.values { try Validate.range(group + 1, 1...settings.groups, "Pinned group") }
        }
        return try write(by: user) { w in
            for id in settings.locks.keys.sorted() { _ = try w.requireProfession(id) }
            let before = try SeminarSettingsRow.fetch(w.db)
            guard (before?.version ?? 0) == settings.version else {
                throw StoreError.conflict(kind: .seminarSetting, recordId: "1", current: before.map { .seminarSettings($0) })
            }
            try w.db.execute(sql: """
                INSERT INTO seminar_setting (id, group_count) VALUES (1, ?)
                ON CONFLICT (id) DO UPDATE SET group_count = excluded.group_count, version = version + 1
                """, arguments: [settings.groups])
            try w.db.execute(sql: "DELETE FROM seminar_lock")
            for (profession, group) in settings.locks.sorted(by: { $0.key < $1.key }) {
                try w.db.execute(sql: "INSERT INTO seminar_lock (profession_id, group_number) VALUES (?, ?)",
                                 arguments: [profession, group + 1])
            }
            var saved = settings
            saved.version = (before?.version ?? 0) + 1
            try w.log(.seminarSetting, recordId: "1", action: .replace, professionId: nil,
                      before: before.map(SeminarSettingsRow.json), after: SeminarSettingsRow.json(saved))
            return saved
        }
    }
}

/// `seminar_setting` and `seminar_lock` read as one `SeminarSettings`.
enum SeminarSettingsRow {
    static func fetch(_ db: Database) throws -> SeminarSettings? {
        guard let row = try Row.fetchOne(db, sql: "SELECT group_count, version FROM seminar_setting WHERE id = 1") else {
            return nil
        }
        var locks: [RowID: Int] = [:]
        for lock in try Row.fetchAll(db, sql: "SELECT profession_id, group_number FROM seminar_lock") {
            locks[lock[0]] = (lock[1] as Int) - 1
        }
        return SeminarSettings(groups: try row.value(at: 0), locks: locks, version: try row.value(at: 1))
    }

    /// For the change log: groups, pins (profession id → group number from 1) and version.
    static func json(_ settings: SeminarSettings) -> String {
        let locks = settings.locks.sorted { $0.key < $1.key }.map { (String($0.key), ($0.value + 1).databaseValue) }
        return LoggedJSON.object([("group_count", settings.groups.databaseValue),
                                  ("locks", LoggedJSON.object(locks).databaseValue),
                                  ("version", settings.version.databaseValue)])
    }
}

extension Validate {
    /// What each kind of movement must say, and dates in order.
    static func movement(_ m: Movement) throws {
        if let end = m.end, end < m.start {
            throw StoreError.invalid(field: "End", reason: "\(end.iso) is before the start, \(m.start.iso)")
        }
        switch m.type {
        case .post:
            try notBlank(m.toPost, "To post")
        case .profession:
            guard m.fromProfessionId != nil || m.toProfessionId != nil else {
                throw StoreError.invalid(field: "To profession", reason: "a profession move needs a profession it leaves or joins")
            }
            if m.fromProfessionId == m.toProfessionId {
                throw StoreError.invalid(field: "To profession", reason: "must differ from the profession it leaves")
            }
        case .department:
            guard m.toDepartmentId != nil else {
                throw StoreError.invalid(field: "To department", reason: "a department move needs the department joined")
            }
            if m.fromDepartmentId == m.toDepartmentId {
                throw StoreError.invalid(field: "To department", reason: "must differ from the department it leaves")
            }
        case .secondment, .loan, .shadowing:
            try notBlank(m.organisation, "Organisation")
            guard m.sector != nil else {
                throw StoreError.invalid(field: "Sector", reason: "a placement needs the host organisation's sector")
            }
        case .returned:
            break
        }
    }
}
