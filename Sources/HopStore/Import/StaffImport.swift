import GRDB
import HopModel

/// `hopdash import staff`: an HR extract of post-holders, upserted by staff number.
///
/// Columns: staff number; name; grade (its code or name); department (its code or name);
/// post (optional); profession, the primary one (optional, a code or name); other professions
/// (optional, up to two codes or names separated by ";"); joined profession (optional, the day
/// they joined it); FTE (optional, their full-time equivalent, 0.01 to 1). A column the file
/// lacks leaves that field as stored: without either profession column, memberships are left
/// alone; with one, each row's professions become exactly those named (none, if both cells are
/// blank). A blank joined-profession or FTE cell means the whole cycle and full time.
public enum StaffCSV {
    public static let columns = [
        ImportColumns.staffNumber,
        CSVColumn("Name", aliases: ["full name", "staff name", "employee name"], limit: .staffName),
        CSVColumn("Grade", aliases: ["grade code", "band"]),
        CSVColumn("Department", aliases: ["department code", "dept", "organisation"]),
        CSVColumn("Post", aliases: ["post title", "job title", "role"], isRequired: false, limit: .post),
        CSVColumn("Profession", aliases: ["primary profession", "profession code"], isRequired: false),
        CSVColumn("Other professions", aliases: ["secondary professions", "additional professions"], isRequired: false),
        CSVColumn("Joined profession", aliases: ["date joined profession", "joined", "profession start date"],
                  isRequired: false),
        CSVColumn("FTE", aliases: ["full-time equivalent", "full time equivalent", "working pattern"], isRequired: false),
    ]
    enum Column: Int { case staff, name, grade, department, post, profession, others, joined, fte }

    /// How "Other professions" separates its codes.
    public static let separator: Character = ";"
}

/// The row-by-row work of a staff import, inside the import's transaction.
struct StaffImporter: RowImporter {
    static let columns = StaffCSV.columns
    static let table = RecordKind.staff.table
    /// Grades and memberships feed every summary.
    static let summaries = Summary.allCases
    /// A row changes its own person's figures only, found by number: stored or new.
    static func concerns(_ row: Row) -> RowConcerns { .staffNumber(row.number) }
    /// Read by lists and search by name, never by the import (which finds people by number).
    static let deferredIndexes = ["staff_by_name"]

    let w: WriteContext
    let grades: NamedLookup
    let departments: NamedLookup
    let professions: NamedLookup
    /// The line each staff number was first seen on: one number per person in memory, so
    /// that a repeat can name the earlier line.
    private var seen: [String: Int] = [:]

    /// New staff and their memberships, several to a statement (decision 109); nil while
    /// checking, which writes nothing.
    private let newStaff: BatchedInsert?, newMemberships: BatchedInsert?
    /// A stored staff member by number.
    private static let storedSQL = "SELECT \(StaffMember.selection) FROM staff WHERE staff_number = ?"

    init(_ w: WriteContext) throws {
        self.w = w
        newStaff = w.checkOnly ? nil : try BatchedInsert(w.db, for: StaffMember.self)
        newMemberships = try newStaff.map { try BatchedInsert(w.db, for: StaffProfession.self, after: $0) }
        grades = NamedLookup(try GRDB.Row.fetchAll(w.db, sql: "SELECT id, code, name FROM grade ORDER BY rank")
            .map { ($0[0], $0[1], $0[2]) })
        departments = NamedLookup(try GRDB.Row.fetchAll(w.db, sql: "SELECT id, code, name FROM department ORDER BY code")
            .map { ($0[0], $0[1], $0[2]) })
        professions = NamedLookup(try GRDB.Row.fetchAll(w.db, sql: "SELECT id, code, name FROM profession ORDER BY code")
            .map { ($0[0], $0[1], $0[2]) })
    }

    struct Row {
        var number: String
        var name: String
        var gradeId: RowID
        var departmentId: RowID
        /// Nil: the file has no Post column.
        var post: String?
        /// The primary first; nil: the file has neither profession column.
        var professions: [RowID]?
        /// Outer nil: the file has no such column; inner nil: a blank cell.
        var joined: Day??
        var fte: FullTimeEquivalent??
    }

    mutating func parse(_ record: CSVRecord, _ header: CSVHeader, _ problems: inout ImportProblems) throws -> Row? {
        let before = problems.total
        func field(_ column: StaffCSV.Column) -> (text: String, column: Int)? {
            header.field(column.rawValue, of: record)
        }
        func problem(_ at: (text: String, column: Int)?, _ message: String) {
            problems.add(line: record.line, column: at?.column ?? 0, message)
        }
        let number = field(.staff)!
        if number.text.isEmpty {
            problem(number, "no staff number; expected the person's staff number")
        } else if let earlier = seen[number.text] {
            problem(number, "duplicate staff number \(ImportValues.quoted(number.text, identifier: true)), already on line \(earlier); expected each person once")
        } else {
            seen[number.text] = record.line
        }
        let name = field(.name)!
        if name.text.isEmpty { problem(name, "no name; expected the person's name") }
        let grade = field(.grade)!
        let gradeId = grades.find(grade.text)
        if gradeId == nil {
            problem(grade, (grade.text.isEmpty ? "no grade" : "unknown grade \(ImportValues.quoted(grade.text, identifier: true))")
                    + "; expected one of \(grades.expected())")
        }
        let department = field(.department)!
        let departmentId = departments.find(department.text)
        if departmentId == nil {
            problem(department, (department.text.isEmpty ? "no department" : "unknown department \(ImportValues.quoted(department.text, identifier: true))")
                    + "; expected a department code or name: \(departments.expected())")
        }
        let professions = parseProfessions(field(.profession), field(.others), problem)
        var joined: Day?? = nil
        if let cell = field(.joined) {
            if cell.text.isEmpty {
                joined = .some(nil)
            } else {
                switch ImportValues.day(cell.text) {
                case .success(let day): joined = .some(day)
                case .failure(let message): problem(cell, "joined profession: " + message.description)
                }
            }
        }
        var fte: FullTimeEquivalent?? = nil
        if let cell = field(.fte) {
            if cell.text.isEmpty {
                fte = .some(nil)
            } else if let value = FullTimeEquivalent(text: cell.text) {
                fte = .some(value)
            } else {
                problem(cell, "FTE \(ImportValues.quoted(cell.text)) cannot be read; expected \(FullTimeEquivalent.expected)")
            }
        }
        guard problems.total == before, let gradeId, let departmentId, let professions else { return nil }
        return Row(number: number.text, name: name.text, gradeId: gradeId, departmentId: departmentId,
                   post: field(.post)?.text, professions: professions.stated, joined: joined, fte: fte)
    }

    /// What a row says about a person's professions.
    private enum Professions {
        /// The file has neither profession column.
        case unstated
        /// Exactly these, the primary first.
        case stated([RowID])

        var stated: [RowID]? {
            if case .stated(let ids) = self { ids } else { nil }
        }
    }

    /// The row's professions; nil after reporting a problem.
    private func parseProfessions(_ primary: (text: String, column: Int)?, _ others: (text: String, column: Int)?,
                                  _ problem: ((text: String, column: Int)?, String) -> Void) -> Professions? {
        guard primary != nil || others != nil else { return .unstated }
        var ids: [RowID] = []
        var ok = true
        func add(_ text: String, _ at: (text: String, column: Int)?) {
            guard let id = professions.find(text) else {
                problem(at, "unknown profession \(ImportValues.quoted(text, identifier: true)); expected a profession code or name: \(professions.expected())")
                ok = false
                return
            }
            if ids.contains(id) {
                problem(at, "profession \(ImportValues.quoted(text, identifier: true)) is named twice; expected each of a person's professions once")
                ok = false
            }
            ids.append(id)
        }
        if let primary, !primary.text.isEmpty { add(primary.text, primary) }
        let otherNames = (others?.text ?? "").split(separator: StaffCSV.separator).map { String($0).trimmingSpaces }
            .filter { !$0.isEmpty }
        if !otherNames.isEmpty, primary?.text.isEmpty ?? true {
            problem(primary ?? others, "other professions but no primary profession; expected the primary one in a Profession column")
            ok = false
        }
        for name in otherNames { add(name, others) }
        if ids.count > StaffProfession.maximumPerStaff {
            problem(others, "\(ids.count) professions; expected at most \(StaffProfession.maximumPerStaff) (one primary, two others)")
            ok = false
        }
        return ok ? .stated(ids) : nil
    }

    mutating func save(_ row: Row, _ outcome: inout ImportOutcome) throws {
        let db = w.db
        let memberships = row.professions.map { ids in
            Set(ids.enumerated().map { StaffProfession(staffId: 0, professionId: $1, isPrimary: $0 == 0) })
        }
        // A staff number is in a file once (`parse`), so a new one is never among those held.
        guard let stored = try GRDB.Row.fetchOne(db.cachedStatement(sql: Self.storedSQL), arguments: [row.number])
            .map(StaffMember.init(row:)) else {
            outcome.inserted += 1
            guard let newStaff, let newMemberships else { return }
            let staffId = try newStaff.add(StaffMember(staffNumber: row.number, name: row.name, gradeId: row.gradeId,
                                                       departmentId: row.departmentId, post: row.post ?? "",
                                                       joinedProfession: row.joined ?? nil, fte: row.fte ?? nil))
            for var membership in memberships ?? [] {
                membership.staffId = staffId
                try newMemberships.add(keyed: membership)
            }
            return
        }
        var updated = stored
        updated.name = row.name
        updated.gradeId = row.gradeId
        updated.departmentId = row.departmentId
        if let post = row.post { updated.post = post }
        if let joined = row.joined { updated.joinedProfession = joined }
        if let fte = row.fte { updated.fte = fte }
        let storedMemberships = try GRDB.Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(StaffProfession.selection) FROM staff_profession WHERE staff_id = ? ORDER BY profession_id
            """), arguments: [stored.id]).map(StaffProfession.init(row:))
        let newMemberships = memberships.map { Set($0.map { StaffProfession(staffId: stored.id, professionId: $0.professionId,
                                                                              isPrimary: $0.isPrimary) }) }
        let membershipsChanged = newMemberships.map { $0 != Set(storedMemberships) } ?? false
        guard updated != stored || membershipsChanged else {
            outcome.unchanged += 1
            return
        }
        outcome.updated += 1
        guard !w.checkOnly else { return }
        try updated.update(db)
        updated.version += 1
        let primary = (newMemberships ?? Set(storedMemberships)).first(where: \.isPrimary)?.professionId
        if updated.name != stored.name || updated.gradeId != stored.gradeId || updated.departmentId != stored.departmentId
            || updated.post != stored.post || updated.joinedProfession != stored.joinedProfession || updated.fte != stored.fte {
            try w.log(.update, before: stored, after: updated, professionId: primary)
        }
        if membershipsChanged, let newMemberships {
            try db.execute(sql: "DELETE FROM staff_profession WHERE staff_id = ?", arguments: [stored.id])
            let ordered = newMemberships.sorted { $0.professionId < $1.professionId }
            for membership in ordered { try membership.insert(db) }
            try w.log(.staffProfession, recordId: String(stored.id), action: .replace, professionId: primary,
                      before: LoggedJSON.array(storedMemberships), after: LoggedJSON.array(ordered))
        }
    }

    /// The memberships' flush writes the staff they name first.
    mutating func flush() throws { try newMemberships?.flush() }
}
