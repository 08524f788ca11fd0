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
            }
        }
    }
}
