import ArgumentParser
import Foundation
import HopModel
import HopStore

extension Bench {
    /// Proposing a profession's development plan: the gaps read from the below-requirement
    /// summary and the greedy proposal over its catalogue, timed end to end through `Store`.
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time proposing a profession's development plan (goal: under 1 s at 510,000 staff), and its funding bid.",
            discussion: """
            Opens the store for writing (an older store is migrated first: give a copy), then proposes --runs times, \
            then builds the year's funding bid (the plan screen's read and the bid with its disclosure control) --runs times.
            """)

        @Option(help: ArgumentHelp("A generated store (a copy: it is migrated if older).", valueName: "path"))
        var store: String

        @Option(help: "The profession's code.")
        var profession: String = "OPD"

        @Option(help: "Proposals timed (the figure is the median).")
        var runs: Int = 5

        func run() throws {
            let opened = try Store.open(path: store, mode: .readWrite)
            guard let found = try opened.professions().first(where: { $0.code == profession }) else {
                throw ValidationError("no profession \(profession) in \(store)")
            }
            var seconds: [Double] = []
            var proposal = PlanProposal(lines: [], unmet: [])
            for _ in 0..<max(1, runs) {
                let started = Date()
                proposal = try opened.proposePlan(professionId: found.id)
                seconds.append(Date().timeIntervalSince(started))
            }
            var bidSeconds: [Double] = []
            var bid: FundingBid?
            let year = DevelopmentPlan.year(containing: Day.today())
            for _ in 0..<max(1, runs) {
                let started = Date()
                bid = FundingBid(workbench: try opened.planWorkbench(professionId: found.id, year: year), professionName: found.name,
                                 professionCode: found.code, rule: Suppression())
                bidSeconds.append(Date().timeIntervalSince(started))
            }
            let gaps = try opened.skillGaps(professionId: found.id)
            let figures = PlanFigures(lines: proposal.lines, offers: try opened.learningOffers(professionId: found.id), gaps: gaps)
            let staff = try opened.staffCount(professionId: nil)
            let median = seconds.sorted()[seconds.count / 2]
            print("""
                | development plan proposed | staff | \(profession) below requirement | lines | gaps closed | unmet | median | goal |
                |---|---:|---:|---:|---:|---:|---:|---|
                | \(found.name) | \(FigureText.count(staff)) | \(FigureText.count(figures.gapPeople)) | \(proposal.lines.count) | \(FigureText.count(figures.closed)) | \(proposal.unmet.count) | \(String(format: "%.0f ms", median * 1000)) | under 1 s: \(median < 1 ? "met" : "NOT met") |

                | funding bid \(DevelopmentPlan.yearLabel(year)) | skills | lines | total | median |
                |---|---:|---:|---:|---:|
                | \(bid.map { $0.basis == .proposal ? "proposal" : "kept plan" } ?? "-") | \(bid?.skills.count ?? 0) | \(bid?.lines.count ?? 0) | \(BidWording.money(bid?.total.costPence)) | \(String(format: "%.0f ms", bidSeconds.sorted()[bidSeconds.count / 2] * 1000)) |
                """)
        }
    }
}
