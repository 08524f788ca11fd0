import ArgumentParser
import Foundation
import HopModel
import HopStore

extension Hopdash {
    /// The monthly report for the Heads of Profession forum, from the dashboard's own figures.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the Heads of Profession forum report as Markdown or a self-contained HTML page.",
            discussion: """
            For each profession: maturity per area with its trend, self-assessed beside evidenced; skills \
            gaps; CPD compliance; checklist progress with overdue and unowned items. With more than one \
            profession, a cross-profession summary and the shared issues come first: checklist items open \
            in several professions and skills gaps that recur across them.

            Aggregates only, never a name or staff number. Small numbers are suppressed as on the kiosk: \
            a count below --suppress-below shows as "<5", and a percentage or mean based on fewer people \
            as n/a; a figure from which a small one could be worked out shows as [c] or n/a. The store is opened read-only. --out files are created readable by their owner only.
            """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, html }

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("Only this profession (its code). Default: every profession, by name.", valueName: "code"))
        var profession: String?

        @Option(help: "markdown or html (one self-contained file with charts).")
        var format: Format = .markdown

        @Option(help: ArgumentHelp("Write to this file (mode 0600; a terminal, device or pipe is written through; - is standard output) instead of standard output.", valueName: "file"), completion: .file())
        var out: String?

        @Option(help: ArgumentHelp("Counts below N show as \"<N\"; percentages and means based on fewer than N people are not shown.",
                                   valueName: "N"))
        var suppressBelow: Int = Suppression.defaultThreshold

        @Option(help: ArgumentHelp("Show counts of people rounded to the nearest N, and shares worked out from the rounded counts, "
                                   + "so that one person joining or leaving between two showings is blurred. Default 1: exact.",
                                   valueName: "N"))
        var roundTo: Int = 1

        @Option(help: ArgumentHelp("Report as of this day (YYYY-MM-DD or DD/MM/YYYY). Default: today.", valueName: "date"))
        var today: String?

        func validate() throws {
            guard suppressBelow >= 1 else { throw ValidationError("--suppress-below must be 1 or more.") }
            guard roundTo >= 1 else { throw ValidationError("--round-to must be 1 or more.") }
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
            let framework = Framework.embedded
            var data: [ProfessionData]
            let seminar: SeminarSettings
            var lastForum: LastForum?
            var history: [RowID: [Figure: [HistoryPoint]]] = [:]
            do {
                let store = try Store.open(path: path, mode: .readOnly)
                data = try store.allProfessionData(today: day)
                seminar = try store.seminarSettings()
                // The latest forum on or before the report's day, with the figures kept when it was marked.
                lastForum = try store.lastForum(onOrBefore: day)
                // Two years of each charted figure, for the HTML report's charts.
                if format == .html {
                    for profession in data {
                        for figure in FigureTrend.figures {
                            history[profession.profession.id, default: [:]][figure] =
                                try store.history(professionId: profession.profession.id, figure: figure, since: day.adding(months: -24))
                        }
                    }
                }
            } catch {
                throw UserFacingError("\(error)")
            }
            if let profession {
                data = [try ProfessionCode.find(profession, in: data, code: \.profession.code, path: path)]
            }
            let dashboards = data.map { ProfessionDashboard(data: $0, framework: framework, today: day) }
            let report = ForumReport(dashboards: dashboards, framework: framework, today: day,
                                     suppression: Suppression(threshold: suppressBelow, rounding: roundTo),
                                     seminar: SeminarPlanner.plan(data, settings: seminar, framework: framework),
                                     lastForum: lastForum, history: history)
            let text = format == .html ? HTMLReport.render(report) : MarkdownReport.render(report)
            let replaced = try target.write(text: text)
            guard case .file(let out) = target else { return }
            let professions = report.professions.count
            let absolute = URL(fileURLWithPath: out).standardizedFileURL.path
            FileHandle.standardError.write(Data("""
                Wrote the \(format == .html ? "HTML" : "Markdown") report (\(professions) profession\(professions == 1 ? "" : "s"), \
                as of \(day.iso)) to \(absolute)\(replaced ? ", replacing the file that was there" : ""), readable by you only.

                """.utf8))
        }
    }
}
