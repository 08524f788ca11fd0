import GRDB
import HopModel

/// The demo's and the generator's development plans: each profession's proposal for the year
/// containing `today`, accepted as it stands. Written once the summaries are built (the proposal
/// reads the people below requirement), in one write that, like the bulk load before it, logs
/// nothing: the demo's records are its starting point, not anyone's changes.
enum DemoPlans {
    static func write(into store: Store, today: Day, by user: String) throws {
        let year = DevelopmentPlan.year(containing: today)
        try store.write(by: user, stampsLastChange: false) { w in
            for professionId in try RowID.fetchAll(w.db, sql: "SELECT id FROM profession ORDER BY id") {
                let proposal = PlanProposal.propose(gaps: try PlanReads.gaps(w.db, professionId: professionId),
                                                    offers: try LearningOfferRows.fetch(w.db, professionId: professionId))
                guard !proposal.lines.isEmpty else { continue }
                var plan = DevelopmentPlan(professionId: professionId, year: year, lines: proposal.lines)
                plan.id = try plan.insert(w.db)
                try DevelopmentPlanRows.insertLines(w.db, plan)
                try book(w.db, plan, today: today)
            }
        }
    }

    /// Some of each line's places booked, so a plan opens part-way through its year: half the
    /// places of a line whose quarter has begun (booked two weeks before it), a quarter of the
    /// places of one still to come (booked a week ago); the people are the first below in the
    /// line's skill by staff number. Nothing is completed: a completion is a CPD activity the
    /// person would have logged, and the demo's CPD records are its own.
    static func book(_ db: Database, _ plan: DevelopmentPlan, today: Day) throws {
        let below = try db.cachedStatement(sql: """
            SELECT DISTINCT b.staff_id, s.staff_number FROM sum_below b JOIN staff s ON s.id = b.staff_id
            WHERE b.skill_id = ? AND b.profession_id = ? AND b.staff_id NOT IN
                (SELECT staff_id FROM booking WHERE plan_id = ? AND skill_id = ?)
            ORDER BY s.staff_number LIMIT ?
            """)
        let yearStart = Day(year: plan.year, month: 4, day: 1)!
        for line in plan.lines {
            let quarterStart = yearStart.adding(months: 3 * (line.quarter - 1))
            let begun = quarterStart <= today
            let places = begun ? (line.places + 1) / 2 : line.places / 4
            guard places > 0 else { continue }
            let booked = begun ? max(yearStart, quarterStart.adding(days: -14)) : today.adding(days: -7)
            let key = PlanLineKey(planId: plan.id, skillId: line.skillId, offerId: line.offerId)
            let people = try RowID.fetchAll(below, arguments: [line.skillId, plan.professionId, plan.id, line.skillId, places])
            for staffId in people {
                _ = try Booking(line: key, staffId: staffId, booked: min(booked, today)).insert(db)
            }
        }
    }
}
