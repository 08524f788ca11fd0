import GRDB
import HopModel

// MARK: - Development plans

extension Store {
    /// People below their grade's requirement per skill of the profession and required level,
    /// read from the below-requirement summary (`sum_below`), one skill's rows at a time.
    public func skillGaps(professionId: RowID) throws(StoreError) -> [SkillGap] {
        try read { db in try PlanReads.gaps(db, professionId: professionId) }
    }

    /// What hopdash proposes for the profession's year, from its gaps and catalogue.
    public func proposePlan(professionId: RowID) throws(StoreError) -> PlanProposal {
        try read { db in
            PlanProposal.propose(gaps: try PlanReads.gaps(db, professionId: professionId),
                                 offers: try LearningOfferRows.fetch(db, professionId: professionId))
        }
    }

    public func developmentPlan(professionId: RowID, year: Int) throws(StoreError) -> DevelopmentPlan? {
        try read { db in try DevelopmentPlanRows.fetch(db, professionId: professionId, year: year) }
    }

    /// The plan screen's year in one read: the plan kept, the proposal, gaps, offers and skills.
    public func planWorkbench(professionId: RowID, year: Int) throws(StoreError) -> PlanWorkbench {
        try read { db in
            let gaps = try PlanReads.gaps(db, professionId: professionId)
            let offers = try LearningOfferRows.fetch(db, professionId: professionId)
            var skills: [RowID: Skill] = [:]
            for skill in try Skill.fetchAll(db, sql: "SELECT \(Skill.selection) FROM skill WHERE profession_id = ?",
                                            arguments: [professionId]) {
                skills[skill.id] = skill
            }
            let plan = try DevelopmentPlanRows.fetch(db, professionId: professionId, year: year)
            return PlanWorkbench(professionId: professionId, year: year, plan: plan,
                                 proposal: PlanProposal.propose(gaps: gaps, offers: offers), gaps: gaps, offers: offers,
                                 skills: skills, progress: try plan.map { try BookingReads.progress(db, plan: $0) } ?? [:])
        }
    }

    /// Adds (id 0) or updates (at its version) a plan with its lines as a whole.
    public func saveDevelopmentPlan(_ plan: DevelopmentPlan, by user: String) throws(StoreError) -> DevelopmentPlan {
        try validated { try Validate.developmentPlan(plan) }
        return try write(by: user) { w in try w.saveDevelopmentPlan(plan) }
    }

    public func deleteDevelopmentPlan(id: RowID, expectedVersion: Int, by user: String) throws(StoreError) {
        try write(by: user) { w in
            guard let current = try DevelopmentPlanRows.fetch(w.db, id: id) else {
                throw StoreError.conflict(kind: .developmentPlan, recordId: String(id), current: nil)
            }
            guard current.version == expectedVersion else {
                throw StoreError.conflict(kind: .developmentPlan, recordId: String(id), current: .developmentPlan(current))
            }
            let bookings = try Int.fetchOne(w.db, sql: "SELECT COUNT(*) FROM booking WHERE plan_id = ?", arguments: [id]) ?? 0
            guard bookings == 0 else {
                throw StoreError.invalid(field: "Development plan", reason: "the \(DevelopmentPlan.yearLabel(current.year)) plan "
                                         + "has \(bookings) booking\(bookings == 1 ? "" : "s") and is kept")
            }
            try DevelopmentPlan.delete(w.db, key: current.keyValues)
            try w.log(.developmentPlan, recordId: String(id), action: .delete, professionId: current.professionId,
                      before: DevelopmentPlanRows.json(current), after: nil)
        }
    }
}

enum PlanReads {
    static func gaps(_ db: Database, professionId: RowID) throws -> [SkillGap] {
        var gaps: [SkillGap] = []
        let skills = try RowID.fetchAll(db, sql: "SELECT id FROM skill WHERE profession_id = ? ORDER BY id", arguments: [professionId])
        let statement = try db.cachedStatement(sql: """
            SELECT required, COUNT(*) FROM sum_below WHERE skill_id = ? AND profession_id = ? GROUP BY required ORDER BY required
            """)
        for skill in skills {
            for row in try Row.fetchAll(statement, arguments: [skill, professionId]) {
                gaps.append(SkillGap(skillId: skill, required: try row.value(at: 0), people: try row.value(at: 1)))
            }
        }
        return gaps
    }
}

extension WriteContext {
    /// Inserts (version 0) or updates the plan and replaces its lines; logs the plan as a whole.
    /// Checks what `Validate.developmentPlan` cannot: each line's skill is the profession's, its
    /// offer the profession's or shared and developing that skill, one line per skill and offer,
    /// no offer given more places than it has a year, and every line with bookings kept with at
    /// least the places they take.
    @discardableResult
    func saveDevelopmentPlan(_ plan: DevelopmentPlan) throws -> DevelopmentPlan {
        _ = try requireProfession(plan.professionId)
        var offers: [RowID: LearningOffer] = [:]
        for line in plan.lines {
            let (skill, _) = try requireSkill(line.skillId)
            guard skill.professionId == plan.professionId else {
                throw StoreError.invalid(field: "Skill", reason: "\"\(skill.name)\" is another profession's skill")
            }
            if offers[line.offerId] == nil {
                guard let offer = try LearningOfferRows.fetch(db, id: line.offerId) else {
                    throw StoreError.invalid(field: "Offer", reason: "no learning offer has id \(line.offerId)")
                }
                guard offer.professionId == nil || offer.professionId == plan.professionId else {
                    throw StoreError.invalid(field: "Offer", reason: "\"\(offer.title)\" is another profession's offer")
                }
                offers[line.offerId] = offer
            }
            let offer = offers[line.offerId]!
            guard offer.level(of: line.skillId) != nil else {
                throw StoreError.invalid(field: "Offer", reason: "\"\(offer.title)\" does not develop \(skill.name)")
            }
        }
        var seen = Set<SkillOffer>()
        for line in plan.lines where !seen.insert(line.skillOffer).inserted {
            let skill = try requireSkill(line.skillId).skill
            throw StoreError.invalid(field: "Lines", reason: "two lines for \(skill.name) on \"\(offers[line.offerId]!.title)\": "
                                     + "a plan has one line per skill and offer")
        }
        try requireBookedLinesKept(plan, offers: offers)
        for (id, places) in Dictionary(plan.lines.map { ($0.offerId, $0.places) }, uniquingKeysWith: +) {
            let offer = offers[id]!
            guard places <= offer.places else {
                throw StoreError.invalid(field: "Places", reason: "\(places) on \"\(offer.title)\", which has \(offer.places) a year")
            }
        }
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM development_plan WHERE profession_id = ? AND year = ? AND id <> ?",
                             arguments: [plan.professionId, plan.year, plan.id]) == true {
            throw StoreError.duplicate(kind: .developmentPlan, field: "year (one plan per profession and year)")
        }
        var saved = plan
        let before = plan.id == 0 ? nil : try DevelopmentPlanRows.fetch(db, id: plan.id)
        if let before {
            guard before.version == plan.version else {
                throw StoreError.conflict(kind: .developmentPlan, recordId: String(plan.id), current: .developmentPlan(before))
            }
            try plan.update(db)
            saved.version += 1
        } else {
            guard plan.version == 0 else {
                throw StoreError.conflict(kind: .developmentPlan, recordId: String(plan.id), current: nil)
            }
            saved.id = try plan.insert(db)
            saved.version = 1
        }
        try DevelopmentPlanRows.replaceLines(db, saved)
        try log(.developmentPlan, recordId: String(saved.id), action: before == nil ? .insert : .update,
                professionId: saved.professionId, before: before.map(DevelopmentPlanRows.json),
                after: DevelopmentPlanRows.json(saved))
        return saved
    }
}

extension Validate {
    /// A year hopdash knows, and each line's places and quarter in range.
    static func developmentPlan(_ plan: DevelopmentPlan) throws {
        try range(plan.year, DevelopmentPlan.years, "Year")
        guard plan.lines.count <= 1000 else { throw StoreError.invalid(field: "Lines", reason: "at most 1000 per plan") }
        for line in plan.lines {
            try range(line.places, 1...OfferBounds.maxPlaces, "Places")
            try range(line.quarter, 1...4, "Quarter")
        }
    }
}
