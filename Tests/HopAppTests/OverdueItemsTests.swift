import Foundation
import Testing
import HopModel
import HopStore
import HopStoreAdapter
import TerminalUI
@testable import HopApp

/// The checklist's overdue figure, on the full-screen checklist pane after its items: Enter lists
/// the overdue items by owner (owner, item, due date, days overdue), as many as the figure says;
/// `x` writes it to a 0600 file recorded in the access log; the kiosk reaches neither. Over the
/// real store in memory, with hand-placed entries.
@Suite struct OverdueItemsTests {
    let folder: String
    let store: Store
    let app: DemoApp

    /// Policy as `TestStore` has it (C02 overdue since 1 September, nobody owns it), and:
    /// C04 Ann Owner due 1 August, not started (61 days late); C05 "ann owner" due 20 September
    /// (11 days); C06 Bob Owner due 1 July, in progress (92 days); C07 Bob Owner due in December
    /// (not late); C08 Cat Owner due in June but done (not late).
    init() throws {
        folder = NSTemporaryDirectory() + "hopdash-overdue-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        store = TestStore.make()
        let entries = [("C04", "Ann Owner", "2026-08-01", ChecklistStatus.notStarted),
                       ("C05", "ann owner", "2026-09-20", .inProgress), ("C06", "Bob Owner", "2026-07-01", .inProgress),
                       ("C07", "Bob Owner", "2026-12-01", .notStarted), ("C08", "Cat Owner", "2026-06-01", .done)]
        for (item, owner, due, status) in entries {
            try store.saveChecklistEntry(ChecklistEntry(professionId: 1, itemId: item, status: status, owner: owner, due: Day(iso: due)),
                                         on: DemoApp.today, by: TestStore.user)
        }
        app = DemoApp(size: Size(width: 80, height: 24), store: store, client: DemoApp.adapter(store, exportingTo: folder))
        app.open("POL")
    }

    /// The full-screen checklist pane, its selection on the overdue figure (after the items).
    func selectFigure() {
        app.press(.focusPane(.checklist), .open, .bottom)
    }

    @Test func enterOnTheOverdueFigureListsTheItemsByOwnerAsManyAsItCounts() throws {
        selectFigure()
        #expect(app.screen.contains { $0.contains("▸") && $0.contains("late 4 overdue, 2 owners") })
        #expect(Keymap.scopes(for: app.runtime.state).first == .overdueFigure)
        app.press(.show(.overdueItems))
        #expect(app.runtime.state.screen == .overdueItems)
        let items = app.runtime.state.overdueItems
        // Ann's two (most overdue first), Bob's one, then the one nobody owns.
        #expect(items.map(\.itemId) == ["C04", "C05", "C06", "C02"])
        #expect(items.map(\.daysOverdue) == [61, 11, 92, 30])
        #expect(items.map(\.owner) == ["Ann Owner", "ann owner", "Bob Owner", ""])
        let lines = app.screen
        #expect(lines[1].contains("Overdue checklist items by owner: 4 items, 2 owners, 1 with none"))
        for column in ["Owner", "Item", "Due", "Days late", "Text"] { #expect(lines[2].contains(column), "\(column)") }
        #expect(lines[3].contains("Ann Owner") && lines[3].contains("C04") && lines[3].contains("61"))
        // The owner once a group: Ann's second row leaves the column blank.
        #expect(lines[4].contains("C05") && !lines[4].lowercased().contains("ann owner"))
        #expect(lines[6].contains("(no owner)") && lines[6].contains("C02"))
        #expect(lines.contains { $0.contains("1 of 4") })
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        app.press(.back)
        #expect(app.runtime.state.screen == .profession)
        // Above the figure, Enter still edits the selected item.
        app.press(.up)
        #expect(Keymap.scopes(for: app.runtime.state).first == .checklistPane)
    }

    @Test func xWritesAPrivateFileAndTheAccessLogCountsTheOwnersNotTheirNames() throws {
        selectFigure()
        app.press(.show(.overdueItems), .exportList)
        let name = "POL-checklist-overdue-\(DemoApp.today.iso).csv"
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [name])
        let path = folder + "/" + name
        let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
        let rows = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first == "Owner,Item,Due,Days overdue,Text")
        #expect(rows.dropFirst().map { $0.split(separator: ",").prefix(4).joined(separator: ",") }
                == ["Ann Owner,C04,2026-08-01,61", "ann owner,C05,2026-09-20,11", "Bob Owner,C06,2026-07-01,92",
                    "(no owner),C02,2026-09-01,30"])
        #expect(app.runtime.state.notice == "Wrote 4 items to \(path), readable by you only; in the access log.")
        let log = try store.accessLog(limit: 10)
        #expect(log.map(\.list) == [OverdueItems.listName] && log.first?.people == 2 && log.first?.professionCode == "POL")
        #expect(log.first?.listTitle == "Overdue checklist items by owner")
    }

    @Test func theKioskReachesNeitherTheListNorItsExport() {
        let open = Keymap.bindings.filter { $0.command == .show(.overdueItems) }
        let export = Keymap.bindings.filter { $0.command == .exportList && $0.scope == .overdueItems }
        #expect(!open.isEmpty && !export.isEmpty)
        for binding in open + export {
            #expect(binding.revealsNames)
            #expect(binding.disabledReason(Fixtures.state(in: binding.scope, mode: .kiosk)) != nil)
        }
        #expect(Features.all.contains { $0.screen == .overdueItems && $0.showsNames })
    }
}
