import Foundation
import GRDB
import HopModel
@testable import HopStore

import Testing

/// What the store says when its file is pulled from under it or holds values no hopdash wrote.
@Suite struct FileFaultTests {
    /// A store in a new folder with one saved department, so its `-wal` exists.
    func storeWithJournal() throws -> (TemporaryDirectory, String, Store) {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        let store = try Store.open(path: path, mode: .createIfMissing, clock: fixedClock)
        _ = try store.saveDepartment(Department(code: "DFA", name: "Fictional Affairs"), by: user)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        return (directory, path, store)
    }

    @Test(arguments: ["deleted", "replaced"])
    func aWriteToAStoreDeletedOrReplacedSinceOpeningIsRefused(what: String) throws {
        let (directory, path, store) = try storeWithJournal()
        if what == "deleted" {
            for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        } else {
            _ = try Store.open(path: directory.file("other.sqlite"), mode: .createIfMissing)
            #expect(rename(directory.file("other.sqlite"), path) == 0)
        }
        #expect(throws: StoreError.moved(path: path)) {
            try store.saveDepartment(Department(code: "DFB", name: "Other Affairs"), by: user)
        }
        #expect(StoreError.moved(path: path).description
            == "The store at \(path) was deleted, moved or replaced while open; nothing was saved. Open it again.")
    }

    @Test(arguments: ["deleted", "replaced"])
    func aWriteAfterTheJournalWasDeletedOrReplacedIsRefused(what: String) throws {
        let (directory, path, store) = try storeWithJournal()
        if what == "deleted" {
            #expect(unlink(path + "-wal") == 0)
        } else {
            #expect(FileManager.default.createFile(atPath: directory.file("other-wal"), contents: Data()))
            #expect(rename(directory.file("other-wal"), path + "-wal") == 0)
        }
        #expect(throws: StoreError.journalMoved(path: path)) {
            try store.saveDepartment(Department(code: "DFB", name: "Other Affairs"), by: user)
        }
        #expect(StoreError.journalMoved(path: path).description.contains("(\(path)-wal was deleted or replaced while open); nothing was saved"))
    }

    /// The check at the start of a write leaves the transaction itself open: a `-wal` deleted or
    /// replaced (or the store deleted) after the write's statements and before its COMMIT was
    /// committed into and reported saved. The files are pulled from inside the transaction (the
    /// store's hook between the statements and the check before COMMIT), so the moment is exact.
    @Test(arguments: ["journal deleted", "journal replaced", "store deleted"])
    func filesPulledDuringAWriteTransactionAreCaughtBeforeCommit(what: String) throws {
        let (directory, path, store) = try storeWithJournal()
        defer { withExtendedLifetime(directory) {} }  // the folder outlives every write below
        let pulled = Counter()
        store.hooks.beforeNextCommit = {
            // The statements ran: the new department is in the transaction.
            pulled.add()
            switch what {
            case "journal deleted":
                unlink(path + "-wal")
            case "journal replaced":
                unlink(path + "-wal")
                _ = FileManager.default.createFile(atPath: path + "-wal", contents: Data())
            default:
                for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
            }
        }
        let expected = what == "store deleted" ? StoreError.moved(path: path) : StoreError.journalMoved(path: path)
        #expect(throws: expected) {
            try store.saveDepartment(Department(code: "DFB", name: "Other Affairs"), by: user)
        }
        #expect(pulled.value == 1)
        // And the next write is refused at its start, as before.
        #expect(throws: expected) {
            try store.saveDepartment(Department(code: "DFC", name: "Third Affairs"), by: user)
        }
    }

    @Test func aStoredValueNoHopdashWritesIsReportedAsDamageNamingTheStore() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        let store = try Store.open(path: path, mode: .createIfMissing, clock: fixedClock)
        _ = try Basics.write(into: store)
        let profession = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
        _ = try store.saveCPDRequirement(CPDRequirement(professionId: profession.id, hoursPerCycle: 30), by: user)
        try rawWrite(store, "UPDATE cpd_requirement SET counted_types = '[\"juggling\"]'")
        let expected = StoreError.damagedValue(path: path, column: "counted_types", reason: "unknown stored activity type")
        #expect(throws: expected) { try store.professionData(id: profession.id, today: today) }
        #expect(expected.description == "The store at \(path) holds a value hopdash cannot read "
            + "(counted_types: unknown stored activity type); it may be damaged. Restore it from a backup.")
    }

    @Test func aNullWhereTheLayoutAllowsNoneIsDamageNotACrash() throws {
        // Given a skill whose profession reads as NULL, as a damaged page can make it (the
        // NOT NULL constraint is taken out of the stored schema to write one)
        let folder = try TemporaryDirectory()
        let path = folder.file("store.sqlite")
        do {
            let store = try Store.open(path: path, mode: .createIfMissing, clock: fixedClock)
            let profession = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
            _ = try store.saveSkill(Skill(professionId: profession.id, name: "Drafting"), by: user)
        }
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA writable_schema = ON")
            try db.execute(sql: """
                UPDATE sqlite_master SET sql = replace(sql, 'profession_id INTEGER NOT NULL', 'profession_id INTEGER')
                WHERE name = 'skill'
                """)
        }
        try queue.close()
        try DatabaseQueue(path: path).write { try $0.execute(sql: "UPDATE skill SET profession_id = NULL") }
        // When it is read, the store reports damage, naming itself, instead of stopping the process
        let store = try Store.open(path: path, mode: .readOnly)
        #expect {
            try store.allProfessionData(today: today)
        } throws: { error in
            guard case StoreError.damagedValue(let where_, _, _) = error else { return false }
            return where_ == path
        }
    }

    @Test func diskAndInputOutputFailuresHavePlainMessages() {
        #expect(StoreError.diskFull(path: "/s.sqlite").description
            == "The disk holding the store at /s.sqlite is full; nothing was changed. Free some space and try again.")
        #expect(StoreError.ioError(path: "/s.sqlite").description
            == "The store at /s.sqlite could not be read or written (the disk may be full, failing or gone); nothing was changed.")
        #expect(StoreError.wrapping(DatabaseError(resultCode: .SQLITE_FULL), path: "/s.sqlite") == .diskFull(path: "/s.sqlite"))
        #expect(StoreError.wrapping(DatabaseError(resultCode: .SQLITE_IOERR_WRITE), path: "/s.sqlite") == .ioError(path: "/s.sqlite"))
    }
}

/// Counts calls from a closure the store runs.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
}
