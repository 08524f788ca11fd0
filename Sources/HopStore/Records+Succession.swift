import GRDB
import HopModel

// Row mappings of the v4 records (see `MappedRecord`). A critical post's row holds everything
// but its successors, which `CriticalPostRows` reads and writes beside it.

extension CriticalPost: VersionedRecord {
    static let kind = RecordKind.criticalPost
    static let keyColumns = ["id"]
    static let valueColumns = ["profession_id", "department_id", "grade_id", "title", "holder_id", "risk",
                               "head_involved"]

    /// The row alone: `successors` is empty until `CriticalPostRows.withSuccessors` fills it.
    init(row: Row) throws {
        try self.init(id: row.value("id"), professionId: row.value("profession_id"),
                      departmentId: row.value("department_id"), gradeId: row.value("grade_id"),
                      title: row.value("title"), holderId: row.value("holder_id"),
                      risk: row.decoded("risk", as: LossRisk.self), headInvolved: row.value("head_involved"),
                      version: row.value("version"))
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] {
        [professionId.databaseValue, departmentId.databaseValue, gradeId.databaseValue, title.databaseValue,
         holderId.databaseValue, risk.rawValue.databaseValue, headInvolved.databaseValue]
    }
    mutating func didInsert(rowID: RowID) { id = rowID }
    var stored: StoredRecord { .criticalPost(self) }
}

/// A critical post's successors in `successor`, and the post as one JSON object for the change log.
enum CriticalPostRows {
    /// Every post matching `condition` (SQL on `critical_post`, or nil for all) with its successors.
    static func fetch(_ db: Database, where condition: String? = nil, arguments: StatementArguments = []) throws -> [CriticalPost] {
        var posts = try CriticalPost.fetchAll(db, sql: """
            SELECT \(CriticalPost.selection) FROM critical_post \(condition.map { "WHERE " + $0 } ?? "") ORDER BY id
            """, arguments: arguments)
        guard !posts.isEmpty else { return posts }
        let index = Dictionary(uniqueKeysWithValues: posts.enumerated().map { ($1.id, $0) })
        let rows = condition == nil
            ? try Row.fetchAll(db, sql: "SELECT post_id, staff_id, readiness, action FROM successor ORDER BY post_id, position")
            : try Row.fetchAll(db, sql: """
                SELECT post_id, staff_id, readiness, action FROM successor
                WHERE post_id IN (SELECT id FROM critical_post WHERE \(condition!)) ORDER BY post_id, position
                """, arguments: arguments)
        for row in rows {
            guard let at = index[try row.value(at: 0)] else { continue }
            posts[at].successors.append(Successor(staffId: try row.value(at: 1),
                                                  readiness: try row.decoded(at: 2, "readiness", as: Readiness.self),
                                                  action: try row.value(at: 3)))
        }
        return posts
    }

    static func fetch(_ db: Database, id: RowID) throws -> CriticalPost? {
        try fetch(db, where: "id = ?", arguments: [id]).first
    }

    /// Writes `post`'s successors in place of whatever the post had.
    static func replaceSuccessors(_ db: Database, _ post: CriticalPost) throws {
        try db.cachedStatement(sql: "DELETE FROM successor WHERE post_id = ?").execute(arguments: [post.id])
        try insertSuccessors(db, post)
    }

    static func insertSuccessors(_ db: Database, _ post: CriticalPost) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO successor (post_id, staff_id, position, readiness, action) VALUES (?, ?, ?, ?, ?)
            """)
        for (position, successor) in post.successors.enumerated() {
            try insert.execute(arguments: [post.id, successor.staffId, position + 1, successor.readiness.rawValue,
                                           successor.action])
        }
    }

    /// The post's columns, then its successors as a list of objects.
    static func json(_ post: CriticalPost) -> String {
        let successors = "[" + post.successors.map { s in
            LoggedJSON.object([("staff_id", s.staffId.databaseValue), ("readiness", s.readiness.rawValue.databaseValue),
                               ("action", s.action.databaseValue)])
        }.joined(separator: ",") + "]"
        let row = post.loggedJSON
        return String(row.dropLast()) + ",\"successors\":" + successors + "}"
    }
}

/// The critical posts each profession's figures need (see `SuccessionCoverage`): a few per
/// profession, counted across every department.
enum CriticalPostFacts {
    static func fetch(_ db: Database, only professionId: RowID?) throws -> [RowID: [CriticalPostFact]] {
        var facts: [RowID: [CriticalPostFact]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT c.profession_id, c.department_id, c.holder_id IS NULL, c.risk, c.head_involved,
                   (SELECT group_concat(readiness) FROM successor WHERE post_id = c.id)
            FROM critical_post c \(professionId == nil ? "" : "WHERE c.profession_id = ?") ORDER BY c.id
            """, arguments: professionId.map { [$0] } ?? []) {
            let readiness = try ((row[5] as String?) ?? "").split(separator: ",").map { text in
                guard let value = Readiness(rawValue: String(text)) else {
                    throw StoredValueError(column: "readiness", reason: "unknown stored value")
                }
                return value
            }
            facts[try row.value(at: 0), default: []].append(CriticalPostFact(
                professionId: try row.value(at: 0), departmentId: try row.value(at: 1), isVacant: try row.value(at: 2),
                risk: try row.decoded(at: 3, "risk", as: LossRisk.self), headInvolved: try row.value(at: 4),
                readiness: readiness))
        }
        return facts
    }
}
