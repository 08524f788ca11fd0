import Foundation
import Testing

/// The diagnostics log as commands write it: what they did, with counts and error texts, at the
/// level asked for, and never a name from the store, whatever the commands handled.
@Suite struct DiagnosticsLogEndToEndTests {
    let directory: String
    let store: String
    let stateHome: String
    var log: String { stateHome + "/hopdash/hopdash.log" }

    init() throws {
        (directory, store) = try Paths.demoStore()
        stateHome = directory + "/state"
    }

    var environment: [String: String] {
        ["HOME": directory, "XDG_STATE_HOME": stateHome, "XDG_CONFIG_HOME": directory + "/config", "PATH": "/usr/bin:/bin"]
    }

    func hopdash(_ arguments: String...) throws -> Shell.Result {
        try Shell.run(Paths.binary, arguments, environment: environment)
    }

    /// Every name the demo store holds: staff, heads of profession, departmental leads.
    func names() throws -> [String] {
        let sql = "SELECT name FROM staff UNION SELECT head_name FROM profession WHERE head_name <> '' "
            + "UNION SELECT name FROM departmental_lead"
        let result = try Shell.run("/usr/bin/env", ["sqlite3", store, sql])
        #expect(result.status == 0, "\(result.error)")
        return result.output.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    @Test func commandsAreLoggedWithCountsAndNoName() throws {
        let csv = directory + "/staff.csv"
        #expect(try hopdash("export", "--table", "staff", "--store", store, "--out", csv, "--log-level", "debug").status == 0)
        #expect(try hopdash("import", "staff", csv, "--store", store, "--log-level", "debug").status == 0)
        // A refused import whose rows hold names, a refused restore, a collation conflict.
        let staff = try String(contentsOfFile: csv, encoding: .utf8)
        let bad = directory + "/bad.csv"
        try (staff + "X9,Someone Unknown,NOGRADE,NODEPT,,,\r\n").write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(try hopdash("import", "staff", bad, "--store", store).status == 2)
        let json = directory + "/bad.json"
        try "{\"format\": \"hopdash-store\", \"name\": \"\(try names().first ?? "")\"".write(toFile: json, atomically: true, encoding: .utf8)
        #expect(try hopdash("restore", json, "--store", directory + "/restored.sqlite").status == 2)
        #expect(try hopdash("collate", store, store, "--into", directory + "/all.sqlite").status == 2)

        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.contains("info export.done format=csv table=staff out=\(csv) rows="), "\(text)")
        #expect(text.contains("unchanged="))
        #expect(text.contains("error import.refused table=staff file=\(bad) problems="))
        #expect(text.contains("error restore.refused file=\(json) code="))
        #expect(text.contains("error collate.refused inputs=2 conflicts="))
        #expect(text.contains("debug start command=export"))
        let mode = try FileManager.default.attributesOfItem(atPath: log)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let all = try names()
        #expect(all.count > 1000)
        let leaked = all.filter { text.contains($0) }
        #expect(leaked.isEmpty, "names in the log: \(leaked.prefix(5))")
    }

    @Test func theLevelDecidesWhatIsWritten() throws {
        func logged() -> String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }
        #expect(try hopdash("export", "--table", "cpd", "--store", store, "--log-level", "error").status == 0)
        #expect(!logged().contains("export.done"))
        var off = environment
        off["HOPDASH_LOG_LEVEL"] = "off"
        #expect(try Shell.run(Paths.binary, ["collate", store, store, "--into", directory + "/x.sqlite"], environment: off).status == 2)
        #expect(!logged().contains("collate"))
        #expect(try hopdash("export", "--table", "cpd", "--store", store).status == 0)
        #expect(try String(contentsOfFile: log, encoding: .utf8).contains("export.done format=csv table=cpd"))
    }

    /// Polls the log until it holds `text`; false at the deadline.
    func logEventually(contains text: String, seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let logged = try? String(contentsOfFile: log, encoding: .utf8), logged.contains(text) { return true }
            usleep(50_000)
        }
        return false
    }

    @Test func theDashboardLogsASaveAndASaveThatFailedWithWhy() throws {
        let tmux = try Tmux("\(Paths.binary) --store \(store) --log-level debug", environment: environment)
        // The first profession's checklist, full screen: Space saves the next status at once.
        try tmux.openFirstProfessionPane(4, titled: "Checklist", showing: "Esc: back")
        try tmux.send("Space")
        #expect(logEventually(contains: "debug save.done kind=saveChecklistEntry origin=quick"), "\(tmux.screen())")
        // The store taken away under the editor: the next save fails, and the log says why.
        #expect(rename(store, directory + "/aside.sqlite") == 0)
        try tmux.send("Space")
        #expect(logEventually(contains: "error save.failed origin=quick reason="), "\(tmux.screen())")
        try tmux.send("q")
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.contains("info store.opened path=\(store) mode=read-write"), "\(text)")
        #expect(text.contains("debug start command=dashboard"))
    }

    @Test func theKioskLogsItsStoreGoingAwayAndComingBack() throws {
        let tmux = try Tmux("\(Paths.binary) kiosk --store \(store)", environment: environment)
        #expect(tmux.waitFor("Cross-profession overview"), "\(tmux.screen())")
        let aside = directory + "/aside.sqlite"
        #expect(rename(store, aside) == 0)
        #expect(tmux.waitFor("DATA UNAVAILABLE SINCE", seconds: 5), "\(tmux.screen())")
        #expect(rename(aside, store) == 0)
        #expect(tmux.waitForAbsence("DATA UNAVAILABLE", seconds: 5), "\(tmux.screen())")
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.contains("info store.opened path=\(store) mode=read-only"), "\(text)")
        #expect(text.contains("error kiosk.data-unavailable reason="), "\(text)")
        #expect(text.contains("info kiosk.data-recovered unavailable-seconds="), "\(text)")
    }
}
