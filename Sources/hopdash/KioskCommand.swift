import ArgumentParser
import Foundation
import HopApp
import HopModel
import HopStore

extension Hopdash {
    /// The seminar screen: read-only, rotating, live, private, locked down.
    struct Kiosk: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the dashboard on a projector, unattended: read-only, rotating, live, aggregates only.",
            discussion: """
            Cycles through the cross-profession overview, what moved since the last forum date and each \
            profession's figures, showing edits \
            made elsewhere within seconds. Nothing can be changed from the kiosk: the store is opened \
            read-only and never created. No name or staff number is shown, and small numbers are \
            suppressed: a count below --suppress-below shows as "<5", a percentage or mean based on \
            fewer people is shown as n/a, and a figure from which a small one could be worked out as [c] \
            or n/a.

            Keys (a presenter's clicker): PageDown, Right or Space next slide; PageUp or Left previous; \
            p pause or resume; b blank the screen or show it again. Every other key is ignored; Ctrl-C, \
            Ctrl-Z, Ctrl-\\ and Ctrl-S do nothing.

            To stop the kiosk: \(KioskExit.description) (Esc, q, u, i, t, Enter, within \(Int(KioskExit.timeout)) seconds; a wrong key starts over). Or send it SIGTERM.
            """)

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("Seconds each slide stays up.", valueName: "seconds"))
        var interval: Int = 20

        @Option(help: ArgumentHelp("Which slides, comma-separated: overview, changes (what moved since the last forum date; "
                                   + "none while no date is marked), professions, seminar (the planner's working groups).",
                                   valueName: "list"))
        var screens: String = "overview,changes,professions"

        @Option(help: ArgumentHelp("Profession codes to show, comma-separated, in this order. Default: every profession by name.",
                                   valueName: "codes"))
        var professions: String?

        @Option(help: ArgumentHelp("Counts below N show as \"<N\"; percentages and means based on fewer than N people are not shown.",
                                   valueName: "N"))
        var suppressBelow: Int = Suppression.defaultThreshold

        @Option(help: ArgumentHelp("Show counts of people rounded to the nearest N, and shares worked out from the rounded counts, "
                                   + "so that one person joining or leaving between two showings is blurred. Default 1: exact.",
                                   valueName: "N"))
        var roundTo: Int = 1

        static let screenNames = ["overview", "changes", "professions", "seminar"]

        var screenList: [String] { list(screens).map { $0.lowercased() } }
        var codeList: [String] { list(professions ?? "") }

        func list(_ text: String) -> [String] {
            text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        func validate() throws {
            guard (2...86_400).contains(interval) else { throw ValidationError("--interval must be between 2 and 86400 seconds.") }
            guard suppressBelow >= 1 else { throw ValidationError("--suppress-below must be 1 or more.") }
            guard roundTo >= 1 else { throw ValidationError("--round-to must be 1 or more.") }
            let unknown = screenList.filter { !Self.screenNames.contains($0) }
            guard unknown.isEmpty, !screenList.isEmpty else {
                throw ValidationError("--screens takes a comma-separated list of: \(Self.screenNames.joined(separator: ", ")).")
            }
        }

        @OptionGroup var themeOptions: ThemeOptions
        @OptionGroup var logOptions: LogOptions

        func run() throws {
            let settings = try Configuration.settings(.init(store: storeOptions.store, theme: themeOptions.theme,
                                                            logLevel: logOptions.logLevel))
            Diagnostics.start(settings, command: "kiosk")
            let path = settings.store.value
            guard FileManager.default.fileExists(atPath: path) else {
                throw UserFacingError("No store at \(path). The kiosk never creates one; give --store PATH, or create it with 'hopdash init'.")
            }
            let today = Day.today()
            let followed = FollowedStore(path: path)
            let data: [ProfessionData]
            do { data = try followed.reading { try $0.allProfessionData(today: today) } } catch {
                Diagnostics.record(.error, "store.open-failed", ["path": path, "reason": "\(error)"])
                throw UserFacingError("\(error)")
            }
            Diagnostics.storeOpened(path, mode: "read-only")
            let known = Set(data.map { $0.profession.code.uppercased() })
            let missing = codeList.filter { !known.contains($0.uppercased()) }
            guard missing.isEmpty else {
                throw UserFacingError("No profession with code \(missing.joined(separator: ", ")) in \(path). Codes: \(data.map(\.profession.code).joined(separator: ", ")).")
            }
            let options = KioskOptions(interval: interval, showOverview: screenList.contains("overview"),
                                       showProfessions: screenList.contains("professions"),
                                       showSeminar: screenList.contains("seminar"), showChanges: screenList.contains("changes"),
                                       professionCodes: codeList,
                                       suppression: Suppression(threshold: suppressBelow, rounding: roundTo))
            var state = AppState(mode: .kiosk, screen: .overview, size: .init(width: 80, height: 24), today: today,
                                 framework: Framework.embedded, storeDescription: path)
            state.kiosk = KioskState(options: options)
            state.bindings = settings.bindings
            try TerminalSession.run(state: state, client: FollowedStoreAdapter(followed), createStore: nil,
                                    lockedDown: true, theme: settings.theme.value, pollMilliseconds: 500)
        }
    }
}
