import Foundation
import GRDB

extension Store {
    /// A consistent copy of the store file at `source` into a new file at `path` (0600), taken
    /// with SQLite's online backup API while editors may be saving: every page copied inside one
    /// read transaction, so the copy is that transaction's snapshot, never a
    /// file copy of an open database; as fast as sqlite3's `.backup` (`VACUUM INTO`, used before,
    /// rebuilt every table and index: twice as slow at 510,000 staff). Written under
    /// a temporary name in the same folder and then given its name; an existing `path` is never
    /// replaced, and a folder that does not exist is refused, not created.
    ///
    /// The store is read through a read-only connection and never changed. A store of an older
    /// layout is copied as it is, so that a copy can be kept before this build upgrades it (on
    /// its next opening for editing); a store written by a newer hopdash, or a file that is not
    /// a hopdash store, is refused. Returns the copied store's layout version.
    ///
    /// The pages are copied in steps of `pagesPerStep`, all inside the one read transaction (so
    /// the copy is still one snapshot); `progress` hears the pages copied and their share after
    /// each step.
    @discardableResult
    public static func backup(storeAt source: String, to path: String, pagesPerStep: Int32 = 4_096,
                              progress: ProgressReport? = nil) throws -> Int {
        guard StoreFiles.exists(source) else { throw StoreError.notFound(path: source) }
        guard !StoreFiles.exists(path) else { throw JSONStoreError.exists(path: path) }
        let folder = StoreFiles.parent(of: path)
        guard folder.isEmpty || StoreFiles.isFolder(folder) else {
            throw StoreError.cannotCreate(path: path, reason: "the folder \(folder) does not exist")
        }
        try StoreFiles.checkOpenable(source)
        let queue: DatabaseQueue
        let state: Schema.State
        do {
            queue = try DatabaseQueue(path: StoreFiles.readingLocation(source), configuration: configuration(readOnly: true))
            state = try queue.read(Schema.state)
        } catch {
            throw StoreError.wrapping(error, path: source)
        }
        // A file with none of hopdash's migrations is not a store, whatever its user_version says.
        guard !state.appliedMigrations.isEmpty else { throw StoreError.notAStore(path: source) }
        if state.isNewer { throw StoreError.newerSchema(path: source, found: state.found, known: Schema.version) }
        guard state.isWholeLayout else { throw StoreError.notAStore(path: source) }
        try StoreFiles.build(beside: path, purpose: "backup") { temporary in
            do {
                try copyPages(of: queue, into: temporary, pagesPerStep: pagesPerStep, progress: progress)
            } catch let error as DatabaseError where [.SQLITE_FULL, .SQLITE_IOERR].contains(error.resultCode) {
                // The store is only read: a write that failed is the copy's, on its own disk.
                throw StoreError.outputFull(path: path)
            } catch {
                throw StoreError.wrapping(error, path: source)
            }
        }
        return state.found
    }

    /// Copies every page of the store `queue` reads into a new file at `temporary` (created
    /// 0600 first, so that the copy is never readable by others), inside one read transaction:
    /// the copy is that transaction's snapshot. The backup's copy, and collation's start.
    static func copyPages(of queue: DatabaseQueue, into temporary: String, pagesPerStep: Int32 = 4_096,
                          progress: ProgressReport? = nil) throws {
        try StoreFiles.createPrivately(temporary)
        // Closed (at the end of this function) before the copy takes its name.
        let copy = try DatabaseQueue(path: temporary)
        try copy.writeWithoutTransaction { destination in
            try queue.read { db in
                // A first read opens the snapshot: without it every step would take its
                // own, and SQLite would start the copy again after each save in between.
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_schema")
                try db.backup(to: destination, pagesPerStep: pagesPerStep) { step in
                    progress?(step.completedPageCount, step.totalPageCount > 0
                              ? Double(step.completedPageCount) / Double(step.totalPageCount) : nil)
                }
            }
        }
    }
}
