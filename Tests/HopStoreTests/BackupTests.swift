import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

/// A backup taken while another connection saves is one consistent snapshot.
@Suite struct BackupTests {
    @Test func backupWhileAnotherConnectionWrites() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("store.sqlite")
        let store = try Store.open(path: path, mode: .createIfMissing, clock: fixedClock)
        let basics = try Basics.write(into: store)
        let member = try store.addStaff("S1", grade: basics.grade("G7"), department: basics.department.id)

        // Another connection (another editor) logs CPD, one transaction each, while the backup runs.
        let editor = try Store.open(path: path, mode: .readWrite, clock: fixedClock)
        let started = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let writes = 300
        Thread.detachNewThread {
            for index in 0..<writes {
                _ = try? editor.addCPDActivity(CPDActivity(staffId: member.id, date: day("2025-05-01"), minutes: 30 + index,
                                                           type: .course, title: "Course"), by: user)
                if index == 0 { started.signal() }
            }
            finished.signal()
        }
        started.wait()
        let reader = try Store.open(path: path, mode: .readOnly)
        try reader.backup(to: folder.file("during.sqlite"))
        finished.wait()

        let during = try Store.open(path: folder.file("during.sqlite"), mode: .readOnly)
        #expect(try rawString(during, "PRAGMA integrity_check") == "ok")
        #expect(try during.verifySummaries().isEmpty)
        // A snapshot: the activities it holds are exactly the first ones written, none half-way.
        let count = try rawInt(during, "SELECT COUNT(*) FROM cpd_activity")
        #expect(count >= 1)
        #expect(try rawInt(during, "SELECT COALESCE(MAX(id), 0) FROM cpd_activity") == count)
        #expect(try rawInt(during, "SELECT COUNT(*) FROM change_log WHERE table_name = 'cpd_activity'") == count)
        #expect(try permissions(folder.file("during.sqlite")) == 0o600)

        // Once the writes have stopped, a backup equals the store.
        try reader.backup(to: folder.file("after.sqlite"))
        let after = try Store.open(path: folder.file("after.sqlite"), mode: .readOnly)
        #expect(try exportJSON(after) == exportJSON(store))
        #expect(try rawInt(after, "SELECT COUNT(*) FROM cpd_activity") == writes)
    }

    @Test func anExistingFileIsNeverReplaced() throws {
        let folder = try TemporaryDirectory()
        let store = try Store.open(path: folder.file("store.sqlite"), mode: .createIfMissing, clock: fixedClock)
        try Data("precious".utf8).write(to: URL(fileURLWithPath: folder.file("backup.sqlite")))
        #expect(throws: JSONStoreError.exists(path: folder.file("backup.sqlite"))) {
            try store.backup(to: folder.file("backup.sqlite"))
        }
        #expect(try String(contentsOfFile: folder.file("backup.sqlite"), encoding: .utf8) == "precious")
    }
}

private func rawString(_ store: Store, _ sql: String) throws -> String? {
    try store.writer.read { try String.fetchOne($0, sql: sql) }
}
