import Foundation
import Testing

/// The People list in the real binary under tmux, on the demo store: from the overview to
/// Policy's "never assessed" and Enter, the list holds as many people as the figure; x writes
/// it to a 0600 file and a shows the access log's entry; the kiosk reaches no list of people,
/// no export and no log with any key.
@Suite(.serialized) struct PeopleScreenEndToEndTests {
    let directory: String
    let store: String

    init() throws {
        (directory, store) = try Paths.demoStore()
    }

    /// The dashboard in a pane, its exit status to `status`.
    func dashboard(width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws -> Tmux {
        let command = "cd \(directory); \(Paths.binary) --store \(store); echo exit=$? > \(directory)/status; echo finished"
        return try Tmux(command, width: width, height: height, environment: environment)
    }

    /// "N never assessed" on Policy's skills pane, as `snapshot` prints it.
    func neverAssessed() throws -> Int {
        let screen = try Shell.run(Paths.binary, ["snapshot", "--store", store, "--screen", "profession", "--profession", "POL",
                                                  "--size", "120x40"]).output
        let line = try #require(screen.split(separator: "\n").first { $0.contains(" never assessed") })
        let before = line.components(separatedBy: " never assessed")[0]
        return try #require(Int(before.split(separator: " ").last.map(String.init) ?? ""))
    }

    /// Overview, Policy, its skills pane full screen, to "never assessed" (the row after the last
    /// skill, before "not assessed in 12 months"), Enter.
    func openNeverAssessed(_ tmux: Tmux) throws {
        #expect(tmux.waitFor("Cross-profession overview"), "\(tmux.screen())")
        try tmux.send("/")
        try tmux.type("Policy")
        try tmux.send("Enter", "Enter")
        #expect(tmux.waitFor("1 Maturity"), "\(tmux.screen())")
        try tmux.send("2", "Enter", "End", "Up")
        #expect(tmux.waitUntil { tmux.screen().split(separator: "\n").contains { $0.contains("Never assessed") && $0.contains("▸") } },
                "\(tmux.screen())")
        try tmux.send("Enter")
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func neverAssessedListsAsManyPeopleAsTheFigure(width: Int, height: Int) throws {
        let never = try neverAssessed()
        #expect(never > 0)
        let tmux = try dashboard(width: width, height: height, environment: ["NO_COLOR": "1"])
        try openNeverAssessed(tmux)
        #expect(tmux.waitFor("Never assessed: \(never) people"), "\(tmux.screen())")
        #expect(tmux.screen().contains("1 of \(never)"), "\(tmux.screen())")
        for column in ["Name", "Staff no.", "Grade", "Department", "Post", "Assessed"] {
            #expect(tmux.screen().contains(column), "\(column)")
        }
        // The end of the list is one key away, and says so.
        try tmux.send("End")
        #expect(tmux.waitFor("\(never) of \(never)"), "\(tmux.screen())")
        try tmux.send("Escape", "q")
        #expect(tmux.waitFor("finished"), "\(tmux.screen())")
    }

    /// The CSV files of lists of people in the folder the dashboard runs in.
    func exports() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("POL-") && $0.hasSuffix(".csv") }.sorted()
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func xWritesAPrivateFileAndTheAccessLogShowsWhoTookIt(width: Int, height: Int) throws {
        let never = try neverAssessed()
        let tmux = try dashboard(width: width, height: height, environment: ["NO_COLOR": "1", "HOPDASH_USER": "hop.tester"])
        try openNeverAssessed(tmux)
        #expect(tmux.waitFor("Never assessed: \(never) people"), "\(tmux.screen())")
        try tmux.send("x")
        // The whole path, at 80 columns wrapped above the footer (spaces aside: the lines' ends)
        let said = "Wrote\(never)peopleto\(directory)/POL-never-assessed-".replacingOccurrences(of: " ", with: "")
        #expect(tmux.waitUntil {
            tmux.screen().split(separator: "\n").suffix(3).joined().replacingOccurrences(of: " ", with: "").contains(said)
        }, "\(tmux.screen())")
        let files = try exports()
        #expect(files.count == 1, "\(files)")
        let path = directory + "/" + (files.first ?? "")
        let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == never + 1)
        #expect(lines.first?.hasPrefix("Name,Staff number,Grade,Department,Post") == true)

        try tmux.send("a")
        #expect(tmux.waitFor("POL's lists of people taken out of the tool"), "\(tmux.screen())")
        #expect(tmux.waitFor("1 of 1 export"), "\(tmux.screen())")
        let row = tmux.screen().split(separator: "\n").first { $0.contains("hop.tester") }
        #expect(row?.contains("POL") == true && row?.contains("Never assessed") == true && row?.contains(" \(never) ") == true,
                "\(tmux.screen())")
        // No name from the file is on the log's screen.
        let firstName = lines.dropFirst().first.map { String($0.split(separator: ",")[0]) } ?? "?"
        #expect(!tmux.screen().contains(firstName), "\(firstName)")
        // The command line reads the same entry.
        let log = try Shell.run(Paths.binary, ["access-log", "--store", store]).output
        #expect(log.contains("hop.tester") && log.contains("never-assessed") && log.contains("\(never)"), "\(log)")

        try tmux.send("Escape")
        #expect(tmux.waitFor("Never assessed: \(never) people"), "\(tmux.screen())")
        try tmux.send("Escape", "q")
        #expect(tmux.waitFor("finished"), "\(tmux.screen())")
    }

    /// `f` on the list: a form, saved; the "Followed up" column shows it; `u` takes it back.
    @Test(arguments: [(80, 24), (200, 60)])
    func fRecordsAFollowUpTheColumnShowsItAndUUndoesIt(width: Int, height: Int) throws {
        let never = try neverAssessed()
        let tmux = try dashboard(width: width, height: height, environment: ["NO_COLOR": "1", "HOPDASH_USER": "hop.tester"])
        try openNeverAssessed(tmux)
        #expect(tmux.waitFor("Never assessed: \(never) people"), "\(tmux.screen())")
        #expect(tmux.screen().contains("Followed up"), "\(tmux.screen())")
        try tmux.send("f")
        #expect(tmux.waitFor("Follow-up of "), "\(tmux.screen())")
        try tmux.type("asked to do the audit")
        try tmux.send("C-s")
        #expect(tmux.waitFor("Saved: follow-up"), "\(tmux.screen())")
        let today = Self.today()
        // The first row (the selected person) shows the day, and at 200 columns the reason too.
        let shown = width >= 200 ? "\(today) asked to do the audit" : today
        #expect(tmux.waitFor(shown), "\(tmux.screen())")
        // The row shows it once the list's page is read again (the status line may say the day first).
        func firstRow() -> String { tmux.screen().split(separator: "\n").dropFirst(3).first.map(String.init) ?? "" }
        #expect(tmux.waitUntil { firstRow().contains(today) }, "\(tmux.screen())")
        try tmux.send("u")
        #expect(tmux.waitFor("Undone."), "\(tmux.screen())")
        // The list is read again after the undo: the day leaves the first rows.
        #expect(tmux.waitUntil { !tmux.screen().split(separator: "\n").dropFirst(3).prefix(3).contains { $0.contains(today) } },
                "\(tmux.screen())")
        try tmux.send("Escape", "q")
        #expect(tmux.waitFor("finished"), "\(tmux.screen())")
    }

    /// The day as the dashboard has it (local time), as YYYY-MM-DD.
    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    @Test func theKioskReachesNoListOfPeopleWithAnyKey() throws {
        let command = "cd \(directory); \(Paths.binary) kiosk --store \(store) --screens professions --professions POL --interval 600; echo finished"
        let tmux = try Tmux(command)
        #expect(tmux.waitFor("Policy"), "\(tmux.screen())")
        // Every key the dashboard uses on the way to a list, and every printable one but the
        // exit sequence's letters.
        let keys = ["Enter", "Tab", "BTab", "Escape", "Up", "Down", "Left", "Right", "Home", "End", "PageUp", "PageDown"]
            + "abcdefghjklmnorsvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/[]?".map { String($0) }
        for key in keys {
            try tmux.send(key)
            // Pause and blank toggle: each twice, so the screen shows again.
            if key == "b" { try tmux.send("b") }
        }
        // Then a key whose effect shows: once paused, the kiosk has read every key before it.
        try tmux.send("p")
        #expect(tmux.waitFor("PAUSED (p resumes)"), "\(tmux.screen())")
        let screen = tmux.screen()
        #expect(!screen.contains("Never assessed:") && !screen.contains("Below requirement in") && !screen.contains("Staff no."),
                "\(screen)")
        #expect(!screen.contains("DFA0"), "a staff number shows: \(screen)")
        // x and a were among the keys: no list was written, and the log screen never showed.
        #expect(try exports().isEmpty)
        #expect(!screen.contains("lists of people taken out of the tool"))
    }
}
