import Foundation
import Testing
import HopModel
import HopStore
import HopStoreAdapter
import TerminalUI
@testable import HopApp

/// `x` on a list of people writes it to a file and the access log; `a` shows the log: who took
/// which list when, and how many people, never their names. The kiosk reaches neither. Over
/// the real store in memory, with the export folder a private one per test.
@Suite struct AccessLogTests {
    let folder: String
    let store: Store
    let app: DemoApp

    init() throws {
        folder = NSTemporaryDirectory() + "hopdash-access-log-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        store = TestStore.make()
        app = DemoApp(size: Size(width: 80, height: 24), store: store, client: DemoApp.adapter(store, exportingTo: folder))
        app.open("POL")
    }

    /// Policy's "CPD behind" list (S0001 to S0004, hand-placed in `TestStore`).
    func openBehind() {
        app.press(.focusPane(.cpd), .open, .down, .down, .show(.people))
        #expect(app.runtime.state.peopleList.figure?.criterion == .cpd(.behind))
    }

    func files() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder).sorted() }

    @Test func xWritesTheListAsShownAndSaysWhere() throws {
        openBehind()
        app.press(.reverseSort)
        app.press(.exportList)
        let name = "POL-cpd-behind-\(DemoApp.today.iso).csv"
        #expect(try files() == [name])
        let path = folder + "/" + name
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        // The order on the screen (reversed) is the file's.
        let rows = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.dropFirst().map { $0.split(separator: ",")[1] } == ["S0004", "S0003", "S0002", "S0001"])
        #expect(app.runtime.state.notice == "Wrote 4 people to \(path), readable by you only; in the access log (a).")
        // On screen whole, wrapped above the footer (the long path broken, not cut)
        let notice = try #require(app.runtime.state.notice)
        let wrapped = TextFitting.wrap(notice, width: app.runtime.state.size.width, breakingWords: true)
        #expect(wrapped.count > 1 && wrapped.count <= Renderer.messageLines)
        #expect(wrapped.joined().replacingOccurrences(of: " ", with: "") == notice.replacingOccurrences(of: " ", with: ""))
        #expect(app.screen.suffix(wrapped.count).map { $0.trimmingCharacters(in: .whitespaces) } == wrapped)
        // Again: a second file beside the first, which stays.
        app.press(.exportList)
        #expect(try files() == [name, "POL-cpd-behind-\(DemoApp.today.iso)-2.csv"].sorted())
    }

    @Test func aShowsWhoTookWhichListWhenAndHowManyThenEscGoesBack() throws {
        openBehind()
        app.press(.startFilter)
        app.type("000")
        app.press(.closeOverlay, .exportList)
        app.press(.show(.accessLog))
        #expect(app.runtime.state.screen == .accessLog)
        let entries = app.runtime.state.accessLog.entries
        #expect(entries.count == 1)
        let entry = try #require(entries.first)
        #expect([entry.user, entry.professionCode, entry.list, entry.format] == [DemoApp.user, "POL", "cpd:behind (filtered)", "csv"])
        #expect(entry.people == 4)
        let lines = app.screen
        #expect(lines.contains { $0.contains("When") && $0.contains("Who") && $0.contains("People") })
        let row = try #require(lines.first { $0.contains("2026-10-01 10:00 UTC") })
        #expect(row.contains(DemoApp.user) && row.contains("POL") && row.contains("CPD behind") && row.contains(" 4 "))
        #expect(lines.contains { $0.contains("1 of 1 export") })
        // The list's words cut in their column are shown whole below.
        #expect(lines.contains { $0.contains("List: CPD behind (filtered)") })
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        // No name of anyone on the list is on the screen.
        #expect(!lines.joined().contains("Member 000"))
        app.press(.back)
        #expect(app.runtime.state.screen == .people)
        #expect(app.runtime.state.peopleList.figure?.criterion == .cpd(.behind))
    }

    @Test func anEmptyLogSaysSoAndTheNewestComesFirst() throws {
        openBehind()
        app.press(.show(.accessLog))
        #expect(app.screen.contains { $0.contains("No list of POL's people has been exported.") })
        app.press(.back, .back)
        app.press(.up, .up, .show(.people))
        #expect(app.runtime.state.peopleList.figure?.criterion == .cpd(.completed))
        app.press(.exportList)
        openBehindFromList()
        app.press(.exportList, .show(.accessLog))
        #expect(app.runtime.state.accessLog.entries.map(\.list) == ["cpd:behind", "cpd:completed"])
        #expect(app.runtime.state.accessLog.selected?.list == "cpd:behind")
        app.press(.down)
        #expect(app.runtime.state.accessLog.selected?.list == "cpd:completed")
        // A click on the newest row selects it, as the keys do.
        let rows = Renderer.frame(app.runtime.state, theme: .monochrome).buffer.map.rows
        #expect(rows.map(\.index) == [0, 1])
        let newest = try #require(rows.first)
        app.runtime.handle(.mouse(MouseEvent(.press, x: newest.rect.x + newest.rect.width / 2, y: newest.rect.y)))
        #expect(app.runtime.state.accessLog.selected?.list == "cpd:behind")
    }

    /// The log opens on the open profession's exports, its header saying whose; `a` shows every
    /// profession's and back again.
    @Test func theOpenProfessionsExportsShowFirstAndAShowsEveryProfessions() throws {
        try store.recordAccess(AccessLogEntry(professionCode: "DETH", list: "never-assessed", people: 12, format: "csv"),
                               by: "sam.other")
        openBehind()
        app.press(.exportList, .show(.accessLog))
        #expect(app.runtime.state.accessLog.entries.map(\.professionCode) == ["POL"])
        #expect(app.screen.contains { $0.contains("POL's lists of people taken out of the tool") })
        #expect(app.screen.contains { $0.contains("1 of 1 export") })
        #expect(!app.screen.joined().contains("sam.other"))
        app.press(.toggleAccessLogProfessions)
        #expect(app.runtime.state.accessLog.entries.map(\.professionCode) == ["POL", "DETH"])
        #expect(app.screen.contains { $0.contains("Every profession's lists of people taken out of the tool") })
        #expect(app.screen.contains { $0.contains("sam.other") && $0.contains("DETH") })
        app.press(.toggleAccessLogProfessions)
        #expect(app.runtime.state.accessLog.entries.map(\.professionCode) == ["POL"])
        #expect(Keymap.bindings.contains { $0.command == .toggleAccessLogProfessions && $0.scope == .accessLog })
    }

    /// From one list back to the CPD pane and down to "behind".
    func openBehindFromList() {
        app.press(.back, .down, .down, .show(.people))
        #expect(app.runtime.state.peopleList.figure?.criterion == .cpd(.behind))
    }

    @Test func aFolderThatIsGoneIsSaidAndNothingIsLogged() throws {
        try FileManager.default.removeItem(atPath: folder)
        openBehind()
        app.press(.exportList)
        #expect(app.runtime.state.notice == nil)
        #expect(app.runtime.state.status == "Could not export the list: Cannot write the list in \(folder): the folder does not exist.")
        #expect(try store.accessLog(limit: 10).isEmpty)
    }

    @Test func anEmptyListIsNotExported() throws {
        openBehind()
        app.press(.startFilter)
        app.type("nobody has this")
        app.press(.closeOverlay)
        #expect(app.runtime.state.peopleList.total == 0)
        app.press(.exportList)
        #expect(app.runtime.state.status == "Nobody is on the list: nothing to export.")
        #expect(try files().isEmpty)
        #expect(try store.accessLog(limit: 10).isEmpty)
    }

    /// Both keys take names out of the tool or show who did: the kiosk has neither.
    @Test func theKioskCanUseNeitherKey() {
        let export = Keymap.bindings.filter { $0.command == .exportList }
        let log = Keymap.bindings.filter { $0.command == .show(.accessLog) }
        #expect(!export.isEmpty && !log.isEmpty)
        for binding in export + log {
            #expect(binding.revealsNames)
            #expect(binding.disabledReason(Fixtures.state(in: binding.scope, mode: .kiosk)) != nil)
        }
        #expect(export.allSatisfy { $0.mutates })
        #expect(Features.all.contains { $0.screen == .accessLog && $0.showsNames })
    }
}
