import GRDB
import HopModel

// Row mappings of the learning catalogue (v16). An offer's row holds everything but its skills,
// which `LearningOfferRows` reads and writes beside it.

extension LearningOffer: VersionedRecord {
    static let kind = RecordKind.learningOffer
    static let keyColumns = ["id"]
    static let valueColumns = ["profession_id", "title", "provider", "kind", "minutes", "cost_pence", "places"]

    /// The row alone: `skills` is empty until `LearningOfferRows.fetch` fills it.
    init(row: Row) throws {
        try self.init(id: row.value("id"), professionId: row.value("profession_id"), title: row.value("title"),
                      provider: row.value("provider"), type: row.decoded("kind", as: CPDActivityType.self),
                      minutes: row.value("minutes"), costPence: row.value("cost_pence"), places: row.value("places"),
                      version: row.value("version"))
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] {
        [professionId.databaseValue, title.databaseValue, provider.databaseValue, type.rawValue.databaseValue,
         minutes.databaseValue, costPence.databaseValue, places.databaseValue]
    }
    mutating func didInsert(rowID: RowID) { id = rowID }
    var stored: StoredRecord { .learningOffer(self) }
}

/// An offer's skills in `offer_skill`, and the offer as one JSON object for the change log.
enum LearningOfferRows {
    /// Every offer matching `condition` (SQL on `learning_offer`, or nil for all) with its skills,
    /// by id; an offer's skills in the order of their ids.
    static func fetch(_ db: Database, where condition: String? = nil, arguments: StatementArguments = []) throws -> [LearningOffer] {
        var offers = try LearningOffer.fetchAll(db, sql: """
            SELECT \(LearningOffer.selection) FROM learning_offer \(condition.map { "WHERE " + $0 } ?? "") ORDER BY id
            """, arguments: arguments)
        guard !offers.isEmpty else { return offers }
        let index = Dictionary(uniqueKeysWithValues: offers.enumerated().map { ($1.id, $0) })
        let rows = condition == nil
            ? try Row.fetchAll(db, sql: "SELECT offer_id, skill_id, level FROM offer_skill ORDER BY offer_id, skill_id")
            : try Row.fetchAll(db, sql: """
                SELECT offer_id, skill_id, level FROM offer_skill
                WHERE offer_id IN (SELECT id FROM learning_offer WHERE \(condition!)) ORDER BY offer_id, skill_id
                """, arguments: arguments)
        for row in rows {
            guard let at = index[try row.value(at: 0)] else { continue }
            offers[at].skills.append(OfferSkill(skillId: try row.value(at: 1), level: try row.value(at: 2)))
        }
        return offers
    }

    static func fetch(_ db: Database, id: RowID) throws -> LearningOffer? {
        try fetch(db, where: "id = ?", arguments: [id]).first
    }

    /// A profession's own offers and the shared ones (every offer with nil).
    static func fetch(_ db: Database, professionId: RowID?) throws -> [LearningOffer] {
        guard let professionId else { return try fetch(db) }
        return try fetch(db, where: "profession_id = ? OR profession_id IS NULL", arguments: [professionId])
    }

    /// Writes `offer`'s skills in place of whatever the offer had.
    static func replaceSkills(_ db: Database, _ offer: LearningOffer) throws {
        try db.cachedStatement(sql: "DELETE FROM offer_skill WHERE offer_id = ?").execute(arguments: [offer.id])
        try insertSkills(db, offer)
    }

    static func insertSkills(_ db: Database, _ offer: LearningOffer) throws {
        let insert = try db.cachedStatement(sql: "INSERT INTO offer_skill (offer_id, skill_id, level) VALUES (?, ?, ?)")
        for skill in offer.skills.sorted(by: { $0.skillId < $1.skillId }) {
            try insert.execute(arguments: [offer.id, skill.skillId, skill.level])
        }
    }

    /// The offer's columns, then its skills as a list of objects.
    static func json(_ offer: LearningOffer) -> String {
        let skills = "[" + offer.skills.sorted { $0.skillId < $1.skillId }.map { s in
            LoggedJSON.object([("skill_id", s.skillId.databaseValue), ("level", s.level.databaseValue)])
        }.joined(separator: ",") + "]"
        let row = offer.loggedJSON
        return String(row.dropLast()) + ",\"skills\":" + skills + "}"
    }
}
