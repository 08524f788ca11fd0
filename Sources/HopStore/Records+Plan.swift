import GRDB
import HopModel

// Row mappings of the development plans (v17). A plan's row holds its profession and year; its
// lines are `plan_line` rows, read and written beside it by `DevelopmentPlanRows`.

extension DevelopmentPlan: VersionedRecord {
    static let kind = RecordKind.developmentPlan
    static let keyColumns = ["id"]
    static let valueColumns = ["profession_id", "year"]

    /// The row alone: `lines` is empty until `DevelopmentPlanRows.fetch` fills it.
    init(row: Row) throws {
        try self.init(id: row.value("id"), professionId: row.value("profession_id"), year: row.value("year"),
                      version: row.value("version"))
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] { [professionId.databaseValue, year.databaseValue] }
    mutating func didInsert(rowID: RowID) { id = rowID }
    var stored: StoredRecord { .developmentPlan(self) }
}

/// A plan's lines in `plan_line`, and the plan as one JSON object for the change log.
enum DevelopmentPlanRows {
    static func fetch(_ db: Database, where condition: String, arguments: StatementArguments = []) throws -> [DevelopmentPlan] {
        var plans = try DevelopmentPlan.fetchAll(db, sql: """
            SELECT \(DevelopmentPlan.selection) FROM development_plan WHERE \(condition) ORDER BY id
            """, arguments: arguments)
        guard !plans.isEmpty else { return plans }
        let index = Dictionary(uniqueKeysWithValues: plans.enumerated().map { ($1.id, $0) })
        for row in try Row.fetchAll(db, sql: """
            SELECT plan_id, skill_id, offer_id, places, quarter FROM plan_line
            WHERE plan_id IN (SELECT id FROM development_plan WHERE \(condition)) ORDER BY plan_id, position
            """, arguments: arguments) {
            guard let at = index[try row.value(at: 0)] else { continue }
            plans[at].lines.append(PlanLine(skillId: try row.value(at: 1), offerId: try row.value(at: 2),
                                            places: try row.value(at: 3), quarter: try row.value(at: 4)))
        }
        return plans
    }

    static func fetch(_ db: Database, id: RowID) throws -> DevelopmentPlan? {
        try fetch(db, where: "id = ?", arguments: [id]).first
    }

    static func fetch(_ db: Database, professionId: RowID, year: Int) throws -> DevelopmentPlan? {
        try fetch(db, where: "profession_id = ? AND year = ?", arguments: [professionId, year]).first
    }

    /// Writes `plan`'s lines in place of whatever the plan had.
    static func replaceLines(_ db: Database, _ plan: DevelopmentPlan) throws {
        try db.cachedStatement(sql: "DELETE FROM plan_line WHERE plan_id = ?").execute(arguments: [plan.id])
        try insertLines(db, plan)
    }

    static func insertLines(_ db: Database, _ plan: DevelopmentPlan) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO plan_line (plan_id, position, skill_id, offer_id, places, quarter) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (position, line) in plan.lines.enumerated() {
            try insert.execute(arguments: [plan.id, position + 1, line.skillId, line.offerId, line.places, line.quarter])
        }
    }

    /// The plan's columns, then its lines as a list of objects.
    static func json(_ plan: DevelopmentPlan) -> String {
        let lines = "[" + plan.lines.map { l in
            LoggedJSON.object([("skill_id", l.skillId.databaseValue), ("offer_id", l.offerId.databaseValue),
                               ("places", l.places.databaseValue), ("quarter", l.quarter.databaseValue)])
        }.joined(separator: ",") + "]"
        return String(plan.loggedJSON.dropLast()) + ",\"lines\":" + lines + "}"
    }
}
