import GRDB
import HopModel
import HopStore

/// Checks a store after writers were killed or ran side by side: which of each writer's edits
/// reached it, that each reached it whole, and that the store as a whole is sound.
struct Verifier {
    let path: String
    private let queue: DatabaseQueue

    init(path: String) throws {
        self.path = path
        // Opening for editing first recovers a WAL left by a killed writer, as the next hopdash would.
        _ = try Store.open(path: path, mode: .readWrite)
        queue = try DatabaseQueue(path: path)
    }

    struct Result {
        var committed = 0
        var problems: [String] = []
    }

    /// Writer W's edits in the store: they must be 0..<N with nothing missing in between, each
    /// with all its change-log rows and its record as the plan says.
    func check(writer: String) throws -> Result {
        try queue.read { db in
            var result = Result()
            var rows: [Int: [Row]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM change_log WHERE user LIKE ? ORDER BY id", arguments: ["\(writer)-%"]) {
                let user: String = row["user"]
                guard let index = Int(user.dropFirst(writer.count + 1)) else { continue }
                rows[index, default: []].append(row)
            }
            result.committed = (rows.keys.max() ?? -1) + 1
            let missing = (0..<result.committed).filter { rows[$0] == nil }
            if !missing.isEmpty { result.problems.append("\(writer): edits \(missing.prefix(5)) missing below later ones") }
            for (index, logged) in rows.sorted(by: { $0.key < $1.key }) {
                let kind = EditPlan.kind(index)
                if logged.count != kind.loggedRows {
                    result.problems.append("\(writer)-\(index) (\(kind)): \(logged.count) change-log rows, expected \(kind.loggedRows)")
                }
                if let problem = try checkRecord(db, writer: writer, index: index, logged: logged, committed: rows.count) {
                    result.problems.append("\(writer)-\(index) (\(kind)): \(problem)")
                }
            }
            return result
        }
    }

    private func checkRecord(_ db: Database, writer: String, index: Int, logged: [Row], committed: Int) throws -> String? {
        let user = EditPlan.user(writer, index)
        let recordId: String = logged[0]["record_id"]
        switch EditPlan.kind(index) {
        case .addStaff:
            guard let staff = try Row.fetchOne(db, sql: "SELECT s.id, s.name, g.rank FROM staff s JOIN grade g ON g.id = s.grade_id WHERE staff_number = ?",
                                               arguments: [EditPlan.staffNumber(writer, index)]) else { return "no staff row" }
            let memberships = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM staff_profession sp JOIN profession p ON p.id = sp.profession_id
                WHERE sp.staff_id = ? AND sp.is_primary = 1 AND p.code = ?
                """, arguments: [staff["id"] as Int64, EditPlan.professionCode(index)]) ?? 0
            if memberships != 1 { return "staff row without its membership" }
            let regrade = index + 5
            let (name, rank) = regrade < committed
                ? (EditPlan.renamed(writer, regrade), EditPlan.gradeRank(index) + 1)
                : ("Stress \(writer) \(index)", EditPlan.gradeRank(index))
            if staff["name"] as String != name || staff["rank"] as Int != rank {
                return "staff is \(staff["name"] as String) at rank \(staff["rank"] as Int), expected \(name) at \(rank)"
            }
        case .assess:
            if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM assessment WHERE id = ? AND level = ?",
                                arguments: [recordId, index % 4 + 1]) != 1 { return "assessment \(recordId) missing" }
        case .cpd:
            if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cpd_activity WHERE id = ? AND title = ?",
                                arguments: [recordId, "Course \(index)"]) != 1 { return "CPD activity \(recordId) missing" }
        case .checklist:
            if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM checklist_entry WHERE profession_id || '/' || item_id = ?",
                                arguments: [recordId]) != 1 { return "checklist entry \(recordId) missing" }
        case .maturity:
            if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM maturity_assessment WHERE assessor = ?", arguments: [user]) != 1 {
                return "not exactly one maturity assessment by \(user)"
            }
        case .regrade:
            break  // checked with the member's addStaff edit
        }
        return nil
    }

    /// The store as a whole: SQLite's integrity check, summaries equal to a recomputation,
    /// each checklist entry's owner is the user of its latest change-log row, and membership
    /// summaries equal the member rows.
    func checkStore() throws -> [String] {
        var problems: [String] = []
        let integrity = try queue.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
        if integrity != ["ok"] { problems.append("integrity_check: \(integrity.prefix(3).joined(separator: "; "))") }
        problems += try Store.open(path: path, mode: .readOnly).verifySummaries().map { "summaries: \($0)" }
        try queue.read { db in
            let owners = try Row.fetchAll(db, sql: """
                SELECT c.profession_id || '/' || c.item_id AS record, c.owner,
                       (SELECT user FROM change_log l WHERE l.table_name = 'checklist_entry'
                          AND l.record_id = c.profession_id || '/' || c.item_id ORDER BY l.id DESC LIMIT 1) AS logged
                FROM checklist_entry c
                """)
            for row in owners where row["owner"] as String != row["logged"] as String? ?? "" {
                problems.append("checklist \(row["record"] as String): owner \(row["owner"] as String), last logged by \(row["logged"] as String? ?? "nobody")")
            }
            problems += try Verifier.membershipDisagreements(db)
        }
        return problems
    }

    /// Professions whose `sum_membership` total differs from their member rows.
    static func membershipDisagreements(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: """
            SELECT p.code, (SELECT COALESCE(SUM(members), 0) FROM sum_membership m WHERE m.profession_id = p.id) AS summed,
                   (SELECT COUNT(*) FROM staff_profession sp WHERE sp.profession_id = p.id) AS counted
            FROM profession p
            """).compactMap { row in
            row["summed"] as Int == row["counted"] as Int ? nil
                : "\(row["code"] as String): sum_membership says \(row["summed"] as Int), member rows \(row["counted"] as Int)"
        }
    }
}
