import Foundation
import Testing
import HopModel
@testable import HopStore
import TerminalUI
@testable import HopApp

/// An editor whose `-wal` vanishes while its save is in the store's transaction is refused and
/// told so: the form stays open with the store's words, and nothing says "Saved". Before the
/// check just before COMMIT, the edit was committed into the deleted journal and acknowledged.
@Suite struct JournalLostDuringSaveTests {
    @Test func aJournalDeletedDuringTheSaveIsRefusedAndTheEditorIsTold() throws {
        let folder = NSTemporaryDirectory() + "hopdash-journal-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/store.sqlite"
        let store = try TestStore.make(path: path)
        let app = DemoApp(size: Size(width: 80, height: 24), store: store)
        app.open("POL")
        app.press(.focusPane(.checklist), .open, .editSelected, .nextField)
        app.type("Kim")
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        // The journal goes after the save's statements ran, before its COMMIT.
        store.hooks.beforeNextCommit = { unlink(path + "-wal") }
        app.press(.saveForm)
        #expect(store.hooks.beforeNextCommit == nil, "the save reached the store's transaction")
        #expect(app.runtime.state.form?.failure?.contains("lost its journal") == true, "\(String(describing: app.runtime.state.form?.failure))")
        #expect(app.runtime.state.notice == nil)
        #expect(!app.screen.contains { $0.contains("Saved") })
        #expect(app.screen.contains { $0.contains("Not saved.") })
    }
}
