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
        try Store.backup(storeAt: path, to: folder.file("during.sqlite"))
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
        try Store.backup(storeAt: path, to: folder.file("after.sqlite"))
        let after = try Store.open(path: folder.file("after.sqlite"), mode: .readOnly)
        #expect(try exportJSON(after) == exportJSON(store))
        #expect(try rawInt(after, "SELECT COUNT(*) FROM cpd_activity") == writes)
    }

    /// Copied a page a step, the backup still holds one snapshot: a save made by another editor
    /// after the first step is not in the copy (SQLite would otherwise start again and take
    /// it), and progress counts the pages up to the whole file.
    @Test func aBackupInStepsIsOneSnapshotAndReportsItsPages() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("store.sqlite")
        let store = try Store.open(path: path, mode: .createIfMissing, clock: fixedClock)
        let basics = try Basics.write(into: store)
        let member = try store.addStaff("S1", grade: basics.grade("G7"), department: basics.department.id)
        let editor = try Store.open(path: path, mode: .readWrite, clock: fixedClock)
        var reports: [(pages: Int, share: Double?)] = []
        try Store.backup(storeAt: path, to: folder.file("copy.sqlite"), pagesPerStep: 1) { pages, share in
            if reports.isEmpty {
                _ = try? editor.addCPDActivity(CPDActivity(staffId: member.id, date: day("2025-05-01"), minutes: 30,
                                                           type: .course, title: "Course"), by: user)
            }
            reports.append((pages, share))
        }
        #expect(try rawInt(store, "SELECT COUNT(*) FROM cpd_activity") == 1)
        let copy = try Store.open(path: folder.file("copy.sqlite"), mode: .readOnly)
        #expect(try rawInt(copy, "SELECT COUNT(*) FROM cpd_activity") == 0)
        #expect(try rawString(copy, "PRAGMA integrity_check") == "ok")
        #expect(reports.count > 10)
        #expect(reports.map(\.pages) == (1...reports.count).map { $0 })
        #expect(reports.last?.share == 1)
    }

    @Test func anExistingFileIsNeverReplaced() throws {
        let folder = try TemporaryDirectory()
        _ = try Store.open(path: folder.file("store.sqlite"), mode: .createIfMissing, clock: fixedClock)
        try Data("precious".utf8).write(to: URL(fileURLWithPath: folder.file("backup.sqlite")))
        #expect(throws: JSONStoreError.exists(path: folder.file("backup.sqlite"))) {
            try Store.backup(storeAt: folder.file("store.sqlite"), to: folder.file("backup.sqlite"))
        }
        #expect(try String(contentsOfFile: folder.file("backup.sqlite"), encoding: .utf8) == "precious")
    }

    /// Like every file hopdash writes, a backup goes in a folder that exists; none is created.
    @Test func aMissingFolderIsRefusedNotCreated() throws {
        let folder = try TemporaryDirectory()
        _ = try Store.open(path: folder.file("store.sqlite"), mode: .createIfMissing, clock: fixedClock)
        let out = folder.file("missing/backup.sqlite")
        #expect(throws: StoreError.cannotCreate(path: out, reason: "the folder \(folder.file("missing")) does not exist")) {
            try Store.backup(storeAt: folder.file("store.sqlite"), to: out)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("missing")))
    }

    /// A store of an older layout is copied as it is, so that a copy can be kept before this
    /// build upgrades it; the store itself is left untouched.
    @Test func anOlderStoreIsCopiedAsItIs() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("old.sqlite")
        try writeVersion1Store(at: path, #"INSERT INTO profession (code, name, scale_labels) VALUES ('POL', 'Policy', '["A","B"]')"#)
        #expect(try Store.backup(storeAt: path, to: folder.file("backup.sqlite")) == 1)
        #expect(try permissions(folder.file("backup.sqlite")) == 0o600)
        for file in [path, folder.file("backup.sqlite")] {
            let queue = try DatabaseQueue(path: file)
            #expect(try queue.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == 1)
            #expect(try queue.read { try String.fetchAll($0, sql: "SELECT code FROM profession") } == ["POL"])
        }
        // The backup is a store this build upgrades like the original.
        let upgraded = try Store.open(path: folder.file("backup.sqlite"), mode: .readWrite, clock: fixedClock)
        #expect(try upgraded.professions().map(\.code) == ["POL"])
    }

    @Test func aNewerStoreIsRefused() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("store.sqlite")
        let store = try Store.open(path: path, mode: .createIfMissing, clock: fixedClock)
        try rawWrite(store, "PRAGMA user_version = \(Schema.version + 1)")
        #expect(throws: StoreError.newerSchema(path: path, found: Schema.version + 1, known: Schema.version)) {
            try Store.backup(storeAt: path, to: folder.file("backup.sqlite"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("backup.sqlite")))
    }

    @Test func aFileThatIsNoStoreIsRefused() throws {
        let folder = try TemporaryDirectory()
        let foreign = folder.file("foreign.sqlite")
        // Another program's database, with a user_version above ours: still not a hopdash store
        try DatabaseQueue(path: foreign).write { try $0.execute(sql: "CREATE TABLE t (a INTEGER); PRAGMA user_version = 42") }
        #expect(throws: StoreError.notAStore(path: foreign)) {
            try Store.backup(storeAt: foreign, to: folder.file("backup.sqlite"))
        }
        let text = folder.file("notes.txt")
        try Data("not a database, just some text that is long enough".utf8).write(to: URL(fileURLWithPath: text))
        #expect(throws: StoreError.notADatabase(path: text)) {
            try Store.backup(storeAt: text, to: folder.file("backup.sqlite"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["foreign.sqlite", "notes.txt"])
    }

    /// A build killed part way (its `defer` never ran) leaves `.NAME.PURPOSE-PID-UUID` files: the
    /// next build beside the same name removes those whose process has ended, and leaves a
    /// running one's and anything else alone.
    @Test func theTemporaryFilesOfAKilledBuildAreRemovedByTheNext() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("store.sqlite")
        do {
            let store = try Store.open(path: path, mode: .createIfMissing, clock: fixedClock)
            _ = try Basics.write(into: store)
        }
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let abandoned = folder.file(".backup.sqlite.backup-\(ended.processIdentifier)-\(UUID().uuidString)")
        let running = folder.file(".backup.sqlite.backup-\(getpid())-\(UUID().uuidString)")
        let other = folder.file(".backup.sqlite.notes")
        for file in [abandoned, abandoned + "-wal", running, other] {
            #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
        }
        try Store.backup(storeAt: path, to: folder.file("backup.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: abandoned))
        #expect(!FileManager.default.fileExists(atPath: abandoned + "-wal"))
        #expect(FileManager.default.fileExists(atPath: running))
        #expect(FileManager.default.fileExists(atPath: other))
        #expect(FileManager.default.fileExists(atPath: folder.file("backup.sqlite")))
    }

    /// An error about a store being built under a temporary name names the store's own path.
    @Test func aFailedBuildNamesThePathNotItsTemporaryFile() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("new.sqlite")
        #expect {
            try Store.create(path: path) { _ in throw StoreError.diskFull(path: "unused") }
        } throws: { $0 as? StoreError == .diskFull(path: "unused") }
        #expect {
            try StoreFiles.build(beside: path, purpose: "new") { temporary in throw StoreError.diskFull(path: temporary) }
        } throws: { $0 as? StoreError == .diskFull(path: path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}

private func rawString(_ store: Store, _ sql: String) throws -> String? {
    try store.writer.read { try String.fetchOne($0, sql: sql) }
}
