import Foundation
import Testing

/// `hopdash snapshot` prints every screen and overlay the terminal shows, at any size, and
/// folds to ASCII under a locale that is not UTF-8 as the terminal does.
@Suite(.serialized) struct SnapshotEndToEndTests {
    static let screens = ["overview", "departments", "profession", "members", "member", "skills", "movements", "setup",
                          "directory", "seminar", "changes", "help", "form", "kiosk"]
    let store: String

    init() throws {
        store = try Paths.demoStore().store
    }

    func snapshot(_ arguments: [String], environment: [String: String]? = nil) throws -> Shell.Result {
        try Shell.run(Paths.binary, ["snapshot", "--store", store, "--today", "2026-10-01"] + arguments, environment: environment)
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func everyScreenPrintsAtItsSize(width: Int, height: Int) throws {
        var seen: Set<String> = []
        for screen in Self.screens {
            let result = try snapshot(["--screen", screen, "--size", "\(width)x\(height)"])
            #expect(result.status == 0, "\(screen): \(result.error)")
            let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == height, "\(screen)")
            #expect(lines.allSatisfy { $0.count <= width }, "\(screen)")
            // Each screen is its own picture, not the overview again.
            #expect(seen.insert(result.output).inserted, "\(screen) printed what another screen printed")
        }
    }

    @Test func kioskSlidesByNumber() throws {
        let first = try snapshot(["--screen", "kiosk", "--slide", "1"])
        let third = try snapshot(["--screen", "kiosk", "--slide", "3"])
        #expect(first.status == 0 && third.status == 0)
        #expect(first.output != third.output)
        let past = try snapshot(["--screen", "kiosk", "--slide", "99"])
        #expect(past.status != 0 && past.error.contains("the kiosk has"), "\(past.error)")
        let misplaced = try snapshot(["--slide", "2"])
        #expect(misplaced.status != 0 && misplaced.error.contains("--slide goes with --screen kiosk"), "\(misplaced.error)")
    }

    /// Under LANG=C the output is ASCII, as the terminal would draw it; UTF-8 otherwise.
    @Test func aLocaleThatIsNotUTF8PrintsASCII() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C"
        environment["LC_ALL"] = "C"
        for screen in ["profession", "kiosk", "help"] {
            let folded = try snapshot(["--screen", screen], environment: environment)
            #expect(folded.status == 0, "\(folded.error)")
            #expect(folded.output.unicodeScalars.allSatisfy { $0.isASCII }, "\(screen):\n\(folded.output)")
            if screen != "kiosk" {  // the kiosk's overview slide has no box
                #expect(folded.output.contains("+--") || folded.output.contains("-+"), "\(screen): box drawing as +-|")
            }
        }
        environment["LC_ALL"] = "C.UTF-8"
        let unicode = try snapshot(["--screen", "profession"], environment: environment)
        #expect(unicode.output.contains("─"))
        // --ascii forces it whatever the locale; a cut mark is three dots, a check mark "+", the
        // selected figure's mark ">".
        let forced = try snapshot(["--screen", "profession", "--pane", "cpd", "--ascii"], environment: environment)
        #expect(forced.output.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(forced.output.contains("+>Completed"), "\(forced.output)")
        #expect(forced.output.contains("! Behind"), "\(forced.output)")
    }
}
