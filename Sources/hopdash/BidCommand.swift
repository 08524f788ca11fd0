import ArgumentParser
import Foundation
import HopModel
import HopStore

extension Hopdash {
    /// The funding bid (principle 5.8) from a profession's development plan for a year.
    struct Bid: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a profession's funding bid for a year from its development plan, as Markdown, HTML or CSV.",
            discussion: """
            The bid costs the year's development plan (the plan kept on the plan screen, P on a profession's \
            dashboard): by skill in priority order with the offers under each, by offer and by quarter, the gap \
            each line closes, and the totals. With no plan kept for the year it is hopdash's proposal, labelled \
            as such at the top.

            Aggregates only, never a name or staff number, with the forum report's rules for small numbers: a count \
            of people below --suppress-below shows as "<5" and one from which a small count could be worked out as \
            [c]. A line for fewer people is bid at one place less than the threshold ("<5 (bid 4)"), so that its \
            cost does not say how many. The store is opened read-only. --out files are created readable by their \
            owner only.
            """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, html, csv }

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("The profession (its code).", valueName: "code"))
        var profession: String

        @Option(help: ArgumentHelp("The plan's year: the financial year starting in April of Y (2026 is 2026-27). "
                                   + "Default: the year containing --today.", valueName: "Y"))
        var year: Int?

        @Option(help: "markdown, html (one self-contained file) or csv.")
        var format: Format = .markdown

        @Option(help: ArgumentHelp("Write to this file (mode 0600; a terminal, device or pipe is written through; - is standard output) instead of standard output.", valueName: "file"), completion: .file())
        var out: String?

        @Option(help: ArgumentHelp("Counts below N show as \"<N\".", valueName: "N"))
        var suppressBelow: Int = Suppression.defaultThreshold

        @Option(help: ArgumentHelp("The day whose year is the default (YYYY-MM-DD or DD/MM/YYYY). Default: today.", valueName: "date"))
        var today: String?

        func validate() throws {
            guard suppressBelow >= 1 else { throw ValidationError("--suppress-below must be 1 or more.") }
            if let year, !DevelopmentPlan.years.contains(year) {
                throw ValidationError("--year \(year) is out of range: plan years run from \(DevelopmentPlan.years.lowerBound) "
                                      + "to \(DevelopmentPlan.years.upperBound).")
            }
            try DayOption.validate(today, option: "--today")
            if let out, out.isEmpty { throw ValidationError("--out needs a file name.") }
        }

        func run() throws {
            let path = try storeOptions.resolvedPath()
            let target = try OutputTarget.resolve(out, store: path)
            guard FileManager.default.fileExists(atPath: path) else {
                throw UserFacingError("No store at \(path). Give --store PATH, or create one with 'hopdash init'.")
            }
            let day = today.flatMap(DayParser.day) ?? Day.today()
            let planYear = year ?? DevelopmentPlan.year(containing: day)
            let bid: FundingBid
            do {
                let store = try Store.open(path: path, mode: .readOnly)
                let professions = try store.professions()
                let match = try ProfessionCode.find(profession, in: professions, code: \.code, path: path)
                let workbench = try store.planWorkbench(professionId: match.id, year: planYear)
                bid = FundingBid(workbench: workbench, professionName: match.name, professionCode: match.code,
                                 rule: Suppression(threshold: suppressBelow))
            } catch let error as UserFacingError {
                throw error
            } catch {
                throw UserFacingError("\(error)")
            }
            let text = switch format {
            case .markdown: BidMarkdown.render(bid)
            case .html: BidHTML.render(bid)
            case .csv: BidCSV.render(bid)
            }
            if bid.basis == .proposal {
                FileHandle.standardError.write(Data("""
                    No development plan is kept for \(bid.professionCode) \(DevelopmentPlan.yearLabel(planYear)): the bid is \
                    hopdash's proposal, labelled as such. Accept it on the plan screen (P on the dashboard) to bid for a plan.

                    """.utf8))
            }
            let replaced = try target.write(text: text)
            guard case .file(let out) = target else { return }
            let absolute = URL(fileURLWithPath: out).standardizedFileURL.path
            FileHandle.standardError.write(Data("""
                Wrote the \(format.rawValue) funding bid (\(bid.professionCode) \(DevelopmentPlan.yearLabel(planYear))) to \
                \(absolute)\(replaced ? ", replacing the file that was there" : ""), readable by you only.

                """.utf8))
        }
    }
}
