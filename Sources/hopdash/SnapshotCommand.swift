import ArgumentParser
import Foundation
import HopApp
import HopModel
import HopStore
import HopStoreAdapter
import TerminalUI

extension Hopdash {
    /// Prints exactly the text a screen would show, without a terminal.
    struct Snapshot: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a screen as plain text, for tests, handouts and benchmarks.",
            discussion: "Renders through the same code as the terminal, headless. Trailing spaces are trimmed. The store is opened read-only.")

        enum ScreenName: String, ExpressibleByArgument, CaseIterable { case overview, departments, profession }
        enum PaneName: String, ExpressibleByArgument, CaseIterable {
            case maturity, skills, cpd, checklist
            var pane: Pane {
                switch self {
                case .maturity: .maturity
                case .skills: .skills
                case .cpd: .cpd
                case .checklist: .checklist
                }
            }
        }

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: "Which screen: overview, departments (the overview by department) or profession.")
        var screen: ScreenName = .overview

        @Option(help: ArgumentHelp("Profession code for --screen profession (default: the first by name).", valueName: "code"))
        var profession: String?

        @Option(help: "Show this pane full screen: maturity, skills, cpd or checklist.")
        var pane: PaneName?

        @Option(help: ArgumentHelp("Screen size in cells, up to \(Snapshot.largest.width)x\(Snapshot.largest.height).", valueName: "WxH"))
        var size: String = "80x24"

        /// The largest screen drawn: well past any real terminal, a few tens of megabytes of cells.
        static let largest = Size(width: 1000, height: 500)

        @Flag(help: "Draw with ASCII only, as on a terminal whose locale is not UTF-8.")
        var ascii = false

        @Option(help: ArgumentHelp("Render as of this day (YYYY-MM-DD or DD/MM/YYYY). Default: today.", valueName: "date"))
        var today: String?

        func validate() throws {
            guard let parsed = Size(parsing: size) else { throw ValidationError("--size \"\(size)\" is not WIDTHxHEIGHT, for example 80x24.") }
            guard parsed.width <= Self.largest.width, parsed.height <= Self.largest.height else {
                throw ValidationError("--size \(size) is larger than hopdash draws: at most \(Self.largest.width) columns "
                                      + "and \(Self.largest.height) rows.")
            }
            try DayOption.validate(today, option: "--today")
            if pane != nil && screen != .profession { throw ValidationError("--pane goes with --screen profession.") }
        }

        func run() throws {
            let settings = try Configuration.settings(.init(store: storeOptions.store))
            let path = settings.store.value
            let store: Store
            do { store = try Store.open(path: path, mode: .readOnly) } catch { throw UserFacingError("\(error)") }
            let size = Size(parsing: size)!
            let day = today.flatMap(DayParser.day) ?? Day.today()
            let backend = MemoryBackend(size: size)
            var state = AppState(mode: .interactive, screen: .overview, size: size, today: day,
                                 framework: Framework.embedded, storeDescription: path)
            // The hint bar shows the keys in force, as the terminal would.
            state.bindings = settings.bindings
            let runtime = Runtime(state: state, backend: backend, theme: ascii ? Theme.monochrome.ascii() : .monochrome,
                                  client: StoreAdapter(store, user: OSUser.name), today: { day })
            runtime.start()
            if screen == .profession {
                let rows = runtime.state.overview.visibleRows
                guard let row = profession.map({ code in rows.first { $0.code.caseInsensitiveCompare(code) == .orderedSame } })
                        ?? rows.first else {
                    let codes = rows.map(\.code).joined(separator: ", ")
                    throw UserFacingError("No profession with code \"\(profession ?? "")\" in \(path). Codes: \(codes.isEmpty ? "none" : codes).")
                }
                runtime.dispatch(.showProfession(row.professionId, pane: pane?.pane))
            }
            if screen == .departments { runtime.dispatch(.command(.toggleDepartments)) }
            if let status = runtime.state.status { throw UserFacingError(status) }
            let frame = runtime.render()
            for line in frame.trimmedLines { print(line) }
        }
    }
}
