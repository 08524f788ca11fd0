import GRDB
import HopModel

// MARK: - The learning catalogue

extension Store {
    /// A profession's offers and the shared ones (every offer with nil), each with its skills,
    /// in the order they were added.
    public func learningOffers(professionId: RowID? = nil) throws(StoreError) -> [LearningOffer] {
        try read { db in try LearningOfferRows.fetch(db, professionId: professionId) }
    }

    /// Adds (id 0) or updates (at its version) an offer with its skills as a whole.
    public func saveLearningOffer(_ offer: LearningOffer, by user: String) throws(StoreError) -> LearningOffer {
        try validated { try Validate.learningOffer(offer) }
        return try write(by: user) { w in try w.saveLearningOffer(offer) }
    }

    public func deleteLearningOffer(id: RowID, expectedVersion: Int, by user: String) throws(StoreError) {
        try write(by: user) { w in
            let current = try w.currentLearningOffer(id: id, expectedVersion: expectedVersion)
            if let year = try Int.fetchOne(w.db, sql: """
                SELECT p.year FROM plan_line l JOIN development_plan p ON p.id = l.plan_id WHERE l.offer_id = ? ORDER BY p.year LIMIT 1
                """, arguments: [id]) {
                throw StoreError.invalid(field: "Learning offer", reason: "\"\(current.title)\" is on the \(DevelopmentPlan.yearLabel(year)) "
                                         + "development plan; take it off the plan first")
            }
            try LearningOffer.delete(w.db, key: current.keyValues)
            try w.log(.learningOffer, recordId: String(id), action: .delete, professionId: current.professionId,
                      before: LearningOfferRows.json(current), after: nil)
        }
    }

    /// A profession's catalogue with the skills its offers name, in one read: what the
    /// catalogue screen shows.
    public func learningCatalogue(professionId: RowID) throws(StoreError) -> LearningCatalogue {
        try read { db in
            let offers = try LearningOfferRows.fetch(db, professionId: professionId)
            var skills: [RowID: Skill] = [:]
            for skill in try Skill.fetchAll(db, sql: """
                SELECT \(Skill.selection) FROM skill WHERE profession_id = ?
                   OR id IN (SELECT skill_id FROM offer_skill WHERE offer_id IN
                             (SELECT id FROM learning_offer WHERE profession_id IS NULL))
                """, arguments: [professionId]) {
                skills[skill.id] = skill
            }
            var codes: [RowID: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, code FROM profession") { codes[row[0]] = row[1] }
            return LearningCatalogue(professionId: professionId, offers: offers, skills: skills, professionCodes: codes)
        }
    }
}

extension WriteContext {
    /// The offer with its skills as stored now, provided it is still at `expectedVersion`.
    func currentLearningOffer(id: RowID, expectedVersion: Int) throws -> LearningOffer {
        guard let current = try LearningOfferRows.fetch(db, id: id) else {
            throw StoreError.conflict(kind: .learningOffer, recordId: String(id), current: nil)
        }
        guard current.version == expectedVersion else {
            throw StoreError.conflict(kind: .learningOffer, recordId: String(id), current: .learningOffer(current))
        }
        return current
    }

    /// Inserts (version 0) or updates the offer and replaces its skills; logs the offer as a
    /// whole. Checks what `Validate.learningOffer` cannot: its profession and skills exist, a
    /// profession's offer develops that profession's skills only, each level is on the skill's
    /// scale, and no other offer of the profession (or shared) has its title and provider.
    @discardableResult
    func saveLearningOffer(_ offer: LearningOffer) throws -> LearningOffer {
        if let professionId = offer.professionId { _ = try requireProfession(professionId) }
        for skill in offer.skills {
            let (found, scaleMax) = try requireSkill(skill.skillId)
            if let professionId = offer.professionId, found.professionId != professionId {
                throw StoreError.invalid(field: "Skill", reason: "\"\(found.name)\" is another profession's skill; "
                                         + "an offer shared by every profession may develop it")
            }
            try Validate.level(skill.level, scaleMax: scaleMax, "Level of \(found.name)")
        }
        if try Bool.fetchOne(db, sql: """
            SELECT 1 FROM learning_offer WHERE IFNULL(profession_id, 0) = ? AND title = ? AND provider = ? AND id <> ?
            """, arguments: [offer.professionId ?? 0, offer.title, offer.provider, offer.id]) == true {
            throw StoreError.duplicate(kind: .learningOffer, field: "title and provider (one offer each per profession, or shared)")
        }
        var saved = offer
        saved.skills.sort { $0.skillId < $1.skillId }
        let before = offer.id == 0 ? nil : try LearningOfferRows.fetch(db, id: offer.id)
        try Validate.limits(offer, stored: before)
        if let before {
            guard before.version == offer.version else {
                throw StoreError.conflict(kind: .learningOffer, recordId: String(offer.id), current: .learningOffer(before))
            }
            try offer.update(db)
            saved.version += 1
        } else {
            guard offer.version == 0 else {
                throw StoreError.conflict(kind: .learningOffer, recordId: String(offer.id), current: nil)
            }
            saved.id = try offer.insert(db)
            saved.version = 1
        }
        try LearningOfferRows.replaceSkills(db, saved)
        try log(.learningOffer, recordId: String(saved.id), action: before == nil ? .insert : .update,
                professionId: saved.professionId, before: before.map(LearningOfferRows.json),
                after: LearningOfferRows.json(saved))
        return saved
    }
}

extension Validate {
    /// A title and provider, time and money within bounds, each skill named once.
    static func learningOffer(_ offer: LearningOffer) throws {
        try notBlank(offer.title, "Offer title")
        try notBlank(offer.provider, "Provider")
        try range(offer.minutes, 1...minutesInAYear, "Minutes")
        try range(offer.costPence, 0...OfferBounds.maxCostPence, "Cost per person (pence)")
        try range(offer.places, 0...OfferBounds.maxPlaces, "Places a year")
        guard offer.skills.count <= OfferBounds.maxSkills else {
            throw StoreError.invalid(field: "Skills", reason: "at most \(OfferBounds.maxSkills) per offer")
        }
        guard Set(offer.skills.map(\.skillId)).count == offer.skills.count else {
            throw StoreError.invalid(field: "Skills", reason: "the same skill is named twice")
        }
        for skill in offer.skills where skill.level < 1 {
            throw StoreError.invalid(field: "Level", reason: "\(skill.level) is below 1")
        }
    }
}
