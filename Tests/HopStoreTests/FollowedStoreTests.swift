import Foundation
import Testing
import HopModel
@testable import HopStore

/// The kiosk's read-only handle: follows its path through moves and replacements, recovers by
/// itself, and never writes.
@Suite struct FollowedStoreTests {
    /// A store with one department, its WAL checkpointed into the main file: a file that can
    /// be moved or copied on its own, as a backup would be. (A WAL-mode file moved without its
    /// "-wal" is another database; SQLite would read the stale WAL left at the old path.)
    func makeStore(_ path: String, department code: String) throws {
        let store = try Store.open(path: path, mode: .createIfMissing, clock: fixedClock)
        _ = try store.saveDepartment(Department(code: code, name: "Department \(code)"), by: user)
        try store.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    func departments(_ followed: FollowedStore) throws -> [String] {
        try followed.reading { try $0.departments() }.map(\.code)
    }

    /// A followed store of department DFA in `directory`, read once, then moved aside.
    func followedThenMovedAside(in directory: TemporaryDirectory) throws -> (path: String, aside: String, followed: FollowedStore) {
        let path = directory.file("store.sqlite")
        try makeStore(path, department: "DFA")
        let followed = FollowedStore(path: path)
        #expect(try departments(followed) == ["DFA"])
        let aside = directory.file("aside.sqlite")
        #expect(rename(path, aside) == 0)
        return (path, aside, followed)
    }

    @Test func aReplacedFileIsReopenedAndLooksChanged() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        try makeStore(path, department: "OLD")
        let followed = FollowedStore(path: path)
        #expect(try departments(followed) == ["OLD"])
        let version = try followed.dataVersion()
        // When another store is moved into its place (as a restored backup would be)
        let other = directory.file("other.sqlite")
        try makeStore(other, department: "NEW")
        #expect(rename(other, path) == 0)
        // Then the next read sees the new file, and the version says it changed
        #expect(try departments(followed) == ["NEW"])
        #expect(try followed.dataVersion() != version)
    }

    @Test func aMovedOrCorruptFileIsUnavailableUntilItIsBack() throws {
        // Moved away: unavailable, and nothing is created in its place
        let directory = try TemporaryDirectory()
        let (path, aside, followed) = try followedThenMovedAside(in: directory)
        #expect(throws: StoreError.notFound(path: path)) { try departments(followed) }
        #expect(!FileManager.default.fileExists(atPath: path))
        // Replaced by something that is not a store: still unavailable
        try Data(String(repeating: "not a database\n", count: 400).utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: (any Error).self) { try departments(followed) }
        // Back again: recovered without help
        #expect(rename(aside, path) == 0)
        #expect(try departments(followed) == ["DFA"])
    }

    /// A kiosk whose store was swapped for a FIFO froze in SQLite's open, waiting for a writer
    /// (and so ignored SIGTERM); an emptied file was read as "an older layout (schema 0)".
    @Test func aFIFOOrAnEmptyFileSwappedInIsUnavailableAtOnceAndTheStoreIsFollowedBack() throws {
        let directory = try TemporaryDirectory()
        let (path, aside, followed) = try followedThenMovedAside(in: directory)
        // A FIFO in its place: refused before SQLite would wait on it, nothing written into it
        #expect(mkfifo(path, 0o600) == 0)
        let fifo = #expect(throws: StoreError.self) { try departments(followed) }
        #expect(fifo?.description.contains("FIFO (named pipe)") == true, "\(String(describing: fifo))")
        // An empty file in its place: not a store, and left empty
        #expect(unlink(path) == 0)
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(throws: StoreError.emptyFile(path: path)) { try departments(followed) }
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue == 0)
        // The store back: followed again
        #expect(rename(aside, path) == 0)
        #expect(try departments(followed) == ["DFA"])
    }

    @Test func aWriteThroughTheKioskHandleFailsInSQLite() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        try makeStore(path, department: "DFA")
        let followed = FollowedStore(path: path)
        let raw = #expect(throws: (any Error).self) {
            try followed.reading { store in
                try store.writer.writeWithoutTransaction { try $0.execute(sql: "DELETE FROM department") }
            }
        }
        #expect("\(raw!)".contains("readonly") || "\(raw!)".contains("read-only"), "\(raw!)")
        #expect(try departments(followed) == ["DFA"])
    }
}
