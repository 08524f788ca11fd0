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

    /// `--screen member --member NUMBER` shows that member's records, in their primary
    /// profession unless --profession names another of theirs; an unknown number, or a
    /// profession that is not theirs, is refused by name.
    @Test func aMemberChosenByStaffNumber() throws {
        let list = try snapshot(["--screen", "members", "--profession", "POL"])
        let numbers = list.output.split(separator: "\n").compactMap { line in
            line.split(separator: "│").first?.split(separator: " ").first.map(String.init)
        }.filter { $0.hasPrefix("DFA") }
        let number = try #require(numbers.dropFirst(2).first)
        let first = try snapshot(["--screen", "member", "--profession", "POL"])
        let chosen = try snapshot(["--screen", "member", "--member", number, "--profession", "POL"])
        #expect(chosen.status == 0, "\(chosen.error)")
        #expect(chosen.output.contains("(\(number))"), "\(chosen.output)")
        #expect(!first.output.contains("(\(number))"))
        // Without --profession: the member's primary profession.
        let primary = try snapshot(["--screen", "member", "--member", number.lowercased()])
        #expect(primary.status == 0 && primary.output.contains("(\(number))"), "\(primary.error)")
        let unknown = try snapshot(["--screen", "member", "--member", "NOPE123"])
        #expect(unknown.status == 1 && unknown.error.contains("No member with staff number \"NOPE123\""), "\(unknown.error)")
        let elsewhere = try snapshot(["--screen", "member", "--member", number, "--profession", "DETH"])
        #expect(elsewhere.status == 1 && elsewhere.error.contains("\(number) is not a member of Data Ethics (DETH)"), "\(elsewhere.error)")
        let misplaced = try snapshot(["--screen", "members", "--member", number])
        #expect(misplaced.status != 0 && misplaced.error.contains("--member goes with --screen member"))
    }
}
