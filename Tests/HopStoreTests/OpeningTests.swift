import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

@Suite("Opening, creating and refusing stores")
struct OpeningTests {
    @Test func migratesAnEmptyStoreToTheCurrentSchema() throws {
        // Given a new in-memory store
        let store = try inMemoryStore()
        // Then every table exists and user_version names the schema
        let tables = try store.writer.read { try String.fetchSet($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        for kind in RecordKind.allCases { #expect(tables.contains(kind.table), "missing \(kind.table)") }
        for table in ["sum_membership", "sum_skill_level", "sum_cpd_cover", "sum_cpd_type", "change_log", "store_meta", "access_log"] {
            #expect(tables.contains(table), "missing \(table)")
        }
        #expect(try rawInt(store, "PRAGMA user_version") == Schema.version)
        #expect(try store.professions().isEmpty)
        #expect(try store.lastChange() == nil)
    }

    @Test func missingStoreIsNotCreatedUnlessAsked() throws {
        // Given a path with nothing there
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        // When opening it for editing or reading
        #expect(throws: StoreError.notFound(path: path)) { try Store.open(path: path) }
        #expect(throws: StoreError.notFound(path: path)) { try Store.open(path: path, mode: .readOnly) }
        // Then no file appeared
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func createdStoreIsReadableByItsOwnerOnly() throws {
        // Given a path two missing folders deep
        let directory = try TemporaryDirectory()
        let path = directory.file("data/hopdash/store.sqlite")
        // When creating the store and writing to it
        let store = try Store.open(path: path, mode: .createIfMissing, clock: fixedClock)
        _ = try store.saveDepartment(Department(code: "DFA", name: "Fictional Affairs"), by: user)
        // Then the folders are 0700 and the database, its WAL and shared-memory files are 0600
        #expect(try permissions(directory.file("data")) == 0o700)
        #expect(try permissions(directory.file("data/hopdash")) == 0o700)
        #expect(try permissions(path) == 0o600)
        #expect(try permissions(path + "-wal") == 0o600)
        #expect(try permissions(path + "-shm") == 0o600)
    }

    @Test func editingConnectionIsConfiguredForSafety() throws {
        // Given a store on disk
        let directory = try TemporaryDirectory()
        let store = try Store.open(path: directory.file("store.sqlite"), mode: .createIfMissing)
        // Then it is in WAL mode with full syncs and foreign keys
        let settings = try store.writer.writeWithoutTransaction { db in
            try (String.fetchOne(db, sql: "PRAGMA journal_mode"), Int.fetchOne(db, sql: "PRAGMA synchronous"),
                 Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(settings.0 == "wal")
        #expect(settings.1 == 2, "synchronous should be FULL (2)")
        #expect(settings.2 == 1)
    }

    @Test func reopenedStoreKeepsItsRecords() throws {
        // Given a store with a department, closed
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        do {
            let store = try Store.open(path: path, mode: .createIfMissing)
            _ = try store.saveDepartment(Department(code: "DFA", name: "Fictional Affairs"), by: user)
        }
        // When reopening it, for editing and read-only
        let editing = try Store.open(path: path)
        let reading = try Store.open(path: path, mode: .readOnly)
        // Then the department is there
        #expect(try editing.departments().map(\.code) == ["DFA"])
        #expect(try reading.departments().map(\.code) == ["DFA"])
    }

    @Test func closingLeavesEverythingInTheStoreFile() throws {
        // Given a store with a committed edit, released
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        do {
            let store = try Store.open(path: path, mode: .createIfMissing)
            _ = try store.saveDepartment(Department(code: "DFA", name: "Fictional Affairs"), by: user)
        }
        // Then the write-ahead log was checkpointed into the file and removed, so the store
        // file alone holds every acknowledged edit
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        let copy = directory.file("copy.sqlite")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        #expect(try Store.open(path: copy, mode: .readOnly).departments().map(\.code) == ["DFA"])
    }

    @Test func newerSchemaIsRefusedAndLeftByteForByte() throws {
        // Given a store that a newer hopdash has marked with the next schema
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        do {
            let store = try Store.open(path: path, mode: .createIfMissing)
            _ = try store.saveDepartment(Department(code: "DFA", name: "Fictional Affairs"), by: user)
        }
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { try $0.execute(sql: "PRAGMA user_version = \(Schema.version + 1)") }
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // When opening it, for editing or read-only
        let expected = StoreError.newerSchema(path: path, found: Schema.version + 1, known: Schema.version)
        #expect(throws: expected) { try Store.open(path: path) }
        #expect(throws: expected) { try Store.open(path: path, mode: .readOnly) }
        // Then the message says why and that nothing changed, and the file is untouched
        #expect(expected.description.contains("newer hopdash (schema \(Schema.version + 1); this build knows up to \(Schema.version)); not opened, nothing changed"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func unknownMigrationIsRefused() throws {
        // Given a store with a migration this build does not know
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        _ = try Store.open(path: path, mode: .createIfMissing)
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // When opening it
        #expect {
            try Store.open(path: path)
        } throws: { error in
            guard case StoreError.newerSchema = error else { return false }
            return true
        }
        // Then it is untouched
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func fileThatIsNotADatabaseGivesAClearError() throws {
        // Given a text file where the store should be
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.txt")
        let text = Data(String(repeating: "These are meeting notes, not a database.\n", count: 200).utf8)
        try text.write(to: URL(fileURLWithPath: path))
        // When opening it
        let error = #expect(throws: StoreError.self) { try Store.open(path: path) }
        // Then the error says so, and the file is unchanged
        #expect(error == .notADatabase(path: path))
        #expect(error?.description.contains("is not a hopdash store") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == text)
    }

    @Test func readOnlyStoreRefusesWrites() throws {
        // Given a store opened read-only
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        _ = try Store.open(path: path, mode: .createIfMissing)
        let store = try Store.open(path: path, mode: .readOnly)
        // When writing through the API, and with raw SQL under it
        #expect(throws: StoreError.readOnly(path: path)) {
            try store.saveDepartment(Department(code: "DFA", name: "Fictional Affairs"), by: user)
        }
        let raw = #expect(throws: DatabaseError.self) {
            try store.writer.writeWithoutTransaction {
                try $0.execute(sql: "INSERT INTO department (code, name) VALUES ('X', 'Y')")
            }
        }
        // Then SQLite itself refused, and nothing was written
        #expect(raw?.resultCode == .SQLITE_READONLY)
        #expect(try store.isReadOnly && store.departments().isEmpty)
    }

    @Test func anEmptyFileIsNotAStoreInAnyMode() throws {
        // Given an empty file hopdash did not create
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        // Then every mode gives the same answer and the file stays empty
        for mode in [Store.OpenMode.readOnly, .readWrite, .createIfMissing] {
            #expect(throws: StoreError.emptyFile(path: path)) { try Store.open(path: path, mode: mode) }
        }
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue == 0)
    }

    @Test func dataVersionSeesCommitsFromOtherConnections() throws {
        // Given two editors of one store
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        let kiosk = try Store.open(path: path, mode: .createIfMissing)
        let editor = try Store.open(path: path)
        let first = try kiosk.dataVersion()
        // When the other one saves
        _ = try editor.saveDepartment(Department(code: "DFA", name: "Fictional Affairs"), by: user)
        let second = try kiosk.dataVersion()
        // And when this one saves
        _ = try kiosk.saveDepartment(Department(code: "WG", name: "Welsh Government", isDevolved: true), by: user)
        let third = try kiosk.dataVersion()
        // Then each commit changed the number
        #expect(first != second)
        #expect(second != third)
        #expect(try kiosk.departments().count == 2)
    }

    @Test func dataVersionOfAnInMemoryStoreChangesWithEachWrite() throws {
        // Given an in-memory store
        let store = try inMemoryStore()
        let first = try store.dataVersion()
        // When a write happens
        _ = try store.saveDepartment(Department(code: "DFA", name: "Fictional Affairs"), by: user)
        // Then the number changed, and reading does not change it
        let second = try store.dataVersion()
        _ = try store.departments()
        #expect(first != second)
        #expect(try store.dataVersion() == second)
    }
}
