import Foundation
import GRDB
import HopModel
@testable import HopStore

import Testing

/// What the store says when its file is pulled from under it or holds values no hopdash wrote.
@Suite struct FileFaultTests {
    @Test(arguments: ["deleted", "replaced"])
    func aWriteToAStoreDeletedOrReplacedSinceOpeningIsRefused(what: String) throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        let store = try Store.open(path: path, mode: .createIfMissing, clock: fixedClock)
        _ = try store.saveDepartment(Department(code: "DFA", name: "Fictional Affairs"), by: user)
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

    @Test func diskAndInputOutputFailuresHavePlainMessages() {
        #expect(StoreError.diskFull(path: "/s.sqlite").description
            == "The disk holding the store at /s.sqlite is full; nothing was changed. Free some space and try again.")
        #expect(StoreError.ioError(path: "/s.sqlite").description
            == "The store at /s.sqlite could not be read or written (the disk may be full, failing or gone); nothing was changed.")
        #expect(StoreError.wrapping(DatabaseError(resultCode: .SQLITE_FULL), path: "/s.sqlite") == .diskFull(path: "/s.sqlite"))
        #expect(StoreError.wrapping(DatabaseError(resultCode: .SQLITE_IOERR_WRITE), path: "/s.sqlite") == .ioError(path: "/s.sqlite"))
    }
}
