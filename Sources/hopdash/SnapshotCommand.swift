import ArgumentParser
import Foundation
import HopApp
import HopModel
import HopStore
import HopStoreAdapter
import TerminalCurses
import TerminalUI

extension Hopdash {
    /// Prints exactly the text a screen would show, without a terminal.
    struct Snapshot: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a screen as plain text, for tests, handouts and benchmarks.",
            discussion: "Renders through the same code as the terminal, headless. Trailing spaces are trimmed. The store is opened read-only.")

        enum ScreenName: String, ExpressibleByArgument, CaseIterable {
            case overview, departments, profession, members, member, people, skills, movements, setup, directory, seminar,
                 changes, help, form, kiosk

            /// Screens of one profession (the first by name unless --profession names one, or
            /// the member's primary profession with --member).
            var needsProfession: Bool { [.profession, .members, .member, .people, .skills, .movements, .form].contains(self) }
        }
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

        @Option(help: ArgumentHelp("""
            Which screen: overview, departments (the overview by department), profession, members (a profession's), \
            member (a member's records: --member's, else the first member's), people (the people behind the first figure of the pane --pane names, \
            skills by default: those below requirement in the skill with the largest gap), skills, movements, setup, directory, seminar, changes (recent changes), \
            help (the help overlay), form (the profession's details form) or kiosk (with --slide).
            """, valueName: "screen"))
        var screen: ScreenName = .overview

        @Option(help: ArgumentHelp("Kiosk slide number for --screen kiosk, from 1, in the order the kiosk shows them (overview, seminar, each profession).",
                                   valueName: "n"))
        var slide: Int = 1

        @Option(help: ArgumentHelp("Profession code for --screen profession (default: the first by name).", valueName: "code"))
        var profession: String?

        @Option(help: ArgumentHelp("Staff number of the member for --screen member (default: the profession's first member); "
                                   + "the profession is the member's primary one unless --profession names another of theirs.",
                                   valueName: "staff-number"))
        var member: String?

        @Option(help: "Show this pane full screen: maturity, skills, cpd or checklist (with --screen people: skills or cpd).")
        var pane: PaneName?

        @Option(help: ArgumentHelp("Screen size in cells, up to \(Snapshot.largest.width)x\(Snapshot.largest.height).", valueName: "WxH"))
        var size: String = "80x24"

        /// The largest screen drawn: well past any real terminal, a few tens of megabytes of cells.
        static let largest = Size(width: 1000, height: 500)

        @Flag(help: "Draw with ASCII only, as on a terminal whose locale is not UTF-8 (the default under such a locale, LANG=C for one).")
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
            if pane != nil && screen != .profession && screen != .people {
                throw ValidationError("--pane goes with --screen profession or people.")
            }
            if screen == .people, let pane, pane != .skills && pane != .cpd {
                throw ValidationError("--screen people lists the people behind a figure of the skills or cpd pane.")
            }
            if slide < 1 { throw ValidationError("--slide \(slide) is not a slide: they are numbered from 1.") }
            if slide != 1 && screen != .kiosk { throw ValidationError("--slide goes with --screen kiosk.") }
            if member != nil && screen != .member { throw ValidationError("--member goes with --screen member.") }
        }

        func run() throws {
            let settings = try Configuration.settings(.init(store: storeOptions.store))
            let path = settings.store.value
            let store: Store
            do { store = try Store.open(path: path, mode: .readOnly) } catch { throw UserFacingError("\(error)") }
            let size = Size(parsing: size)!
            let day = today.flatMap(DayParser.day) ?? Day.today()
            let backend = MemoryBackend(size: size)
            var state = AppState(mode: screen == .kiosk ? .kiosk : .interactive, screen: .overview, size: size, today: day,
                                 framework: Framework.embedded, storeDescription: path)
            if screen == .kiosk { state.kiosk = KioskState(options: KioskOptions(showSeminar: true)) }
            // The dashboard and the comparison open as `hopdash --open` opens them: their first
            // frame reads what it shows (the professions' rows follow it in the terminal).
            if screen == .departments { state.open(at: .departments) }
            if screen == .profession {
                state.open(at: .profession(try ProfessionCode.profession(profession, in: store, path: path).id, pane: pane?.pane))
            }
            // The hint bar shows the keys in force, as the terminal would.
            state.bindings = settings.bindings
            // A locale that is not UTF-8 folds to ASCII here as the terminal would.
            let useAscii = ascii || !CursesTerminal.localeIsUTF8()
            let runtime = Runtime(state: state, backend: backend, theme: useAscii ? Theme.monochrome.ascii() : .monochrome,
                                  client: StoreAdapter(store, user: OSUser.name), today: { day })
            runtime.start()
            let chosen = try member.map { try Self.member($0, in: store, path: path) }
            if screen.needsProfession && screen != .profession {
                let rows = runtime.state.overview.visibleRows
                let code = profession ?? chosen.flatMap { chosen in
                    rows.first { $0.professionId == chosen.professions.first { $0.isPrimary }?.professionId }?.code
                }
                if let chosen, let code, let row = rows.first(where: { $0.code.caseInsensitiveCompare(code) == .orderedSame }),
                   !chosen.professions.contains(where: { $0.professionId == row.professionId }) {
                    let theirs = chosen.professions.compactMap { p in rows.first { $0.professionId == p.professionId }?.code }
                    throw UserFacingError("Staff number \(chosen.member.staffNumber) is not a member of \(row.name) (\(row.code)); "
                                          + "their professions: \(theirs.isEmpty ? "none" : theirs.joined(separator: ", ")).")
                }
                guard let row = try code.map({ try ProfessionCode.find($0, in: rows, code: \.code, path: path) }) ?? rows.first else {
                    throw UserFacingError("\(path) has no profession to show.")
                }
                runtime.dispatch(.showProfession(row.professionId, pane: screen == .people ? (pane?.pane ?? .skills) : pane?.pane))
            }
            try open(screen, runtime, member: chosen?.member)
            if let status = runtime.state.status { throw UserFacingError(status) }
            let frame = runtime.render()
            for line in frame.trimmedLines { print(line) }
        }

        /// The member with exactly this staff number, and their professions; a clear refusal
        /// for an unknown one.
        static func member(_ number: String, in store: Store, path: String) throws -> (member: StaffMember, professions: [StaffProfession]) {
            let wanted = number.trimmingCharacters(in: .whitespaces)
            do {
                var anchor: StaffPageAnchor = .first
                while true {
                    let page = try store.staffPage(professionId: nil, filter: wanted, anchor: anchor, limit: 200)
                    if let found = page.first(where: { $0.staffNumber.caseInsensitiveCompare(wanted) == .orderedSame }) {
                        return (found, try store.staffProfessions(staffId: found.id))
                    }
                    guard page.count == 200, let last = page.last else { break }
                    anchor = .after(last)
                }
            } catch { throw UserFacingError("\(error)") }
            throw UserFacingError("No member with staff number \"\(SafeText.line(number))\" in \(path).")
        }

        /// Goes from the overview (or the profession) to `screen` as the keys would.
        private func open(_ screen: ScreenName, _ runtime: Runtime, member: StaffMember?) throws {
            switch screen {
            case .overview, .profession, .departments: break
            case .members: runtime.dispatch(.command(.show(.staff)))
            case .member:
                runtime.dispatch(.command(.show(.staff)))
                if let member {
                    // The list filtered to the staff number, then down to the member (the
                    // filter also matches names and longer numbers).
                    runtime.dispatch(.command(.startFilter))
                    for character in member.staffNumber { runtime.handle(.key(.char(character))) }
                    runtime.dispatch(.command(.closeOverlay))
                    for _ in 0..<runtime.state.staffList.total where runtime.state.staffList.selected?.id != member.id {
                        runtime.dispatch(.command(.down))
                    }
                    guard runtime.state.staffList.selected?.id == member.id else {
                        throw UserFacingError("Staff number \(member.staffNumber) could not be found in the members list.")
                    }
                }
                guard runtime.state.staffList.selected != nil else { throw UserFacingError("The profession has no members to show.") }
                runtime.dispatch(.command(.show(.member)))
            case .people:
                runtime.dispatch(.command(.show(.people)))
                guard runtime.state.screen == .people else { throw UserFacingError("The pane has no figure about people to list.") }
            case .skills: runtime.dispatch(.command(.show(.skills)))
            case .movements: runtime.dispatch(.command(.show(.movements)))
            case .setup: runtime.dispatch(.command(.show(.setup)))
            case .directory: runtime.dispatch(.command(.show(.directory)))
            case .seminar: runtime.dispatch(.command(.show(.seminar)))
            case .changes: runtime.dispatch(.command(.show(.recentChanges)))
            case .help: runtime.dispatch(.command(.showHelp))
            case .form: runtime.dispatch(.command(.editProfession))
            case .kiosk:
                let slides = runtime.state.kiosk.slides.count
                guard slide <= slides else { throw UserFacingError("--slide \(slide): the kiosk has \(slides) slides.") }
                for _ in 1..<slide { runtime.dispatch(.command(.nextSlide)) }
            }
        }
    }
}
