import HopModel

/// The demo's and the generator's development plans: each profession's proposal for the year
/// containing `today`, accepted as it stands. Written once the summaries are built (the proposal
/// reads the people below requirement), in one write.
enum DemoPlans {
    static func write(into store: Store, today: Day, by user: String) throws {
        let year = DevelopmentPlan.year(containing: today)
        try store.write(by: user) { w in
            for professionId in try RowID.fetchAll(w.db, sql: "SELECT id FROM profession ORDER BY id") {
                let proposal = PlanProposal.propose(gaps: try PlanReads.gaps(w.db, professionId: professionId),
                                                    offers: try LearningOfferRows.fetch(w.db, professionId: professionId))
                guard !proposal.lines.isEmpty else { continue }
                try w.saveDevelopmentPlan(DevelopmentPlan(professionId: professionId, year: year, lines: proposal.lines))
            }
        }
    }
}
