import Foundation
import Testing

/// The People list in the real binary under tmux, on the demo store: from the overview to
/// Policy's "never assessed" and Enter, the list holds as many people as the figure; the kiosk
/// reaches no list of people with any key.
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

    /// Overview, Policy, its skills pane full screen, up to "never assessed" (the row after the
    /// last skill), Enter.
    func openNeverAssessed(_ tmux: Tmux) throws {
        #expect(tmux.waitFor("Cross-profession overview"), "\(tmux.screen())")
        try tmux.send("/")
        try tmux.type("Policy")
        try tmux.send("Enter", "Enter")
        #expect(tmux.waitFor("1 Maturity"), "\(tmux.screen())")
        try tmux.send("2", "Enter", "End")
        #expect(tmux.waitFor("▸Audited"), "\(tmux.screen())")
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

    @Test func theKioskReachesNoListOfPeopleWithAnyKey() throws {
        let command = "\(Paths.binary) kiosk --store \(store) --screens professions --professions POL --interval 600; echo finished"
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
    }
}
