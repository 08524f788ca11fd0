import Foundation
import GRDB
import HopModel

/// The SQLite store: every record the dashboard shows, and summaries that keep drawing cheap.
///
/// Open one with `Store.open(path:mode:)` (or `Store.inMemory()` in tests). Writes are
/// intention-named methods (`Store+…Writes.swift`), each one immediate transaction that
/// validates, bumps the record's version, keeps the summaries exact, appends to the change log
/// and stamps `last_change`. Reads are in `Store+Reads.swift`.
///
/// A read-write store is a WAL-mode `DatabasePool`; a read-only store (kiosk mode) is a
/// `DatabaseQueue` opened with SQLite's read-only flag, so that a write through it fails in
/// SQLite itself, not only in our code.
public final class Store: Sendable {
    public enum OpenMode: Sendable {
        /// Kiosk and reports: SQLite refuses every write.
        case readOnly
        /// Editing an existing store; a missing file is an error, never a new store.
        case readWrite
        /// Editing, creating the store (0600, in a 0700 folder) if it does not exist yet.
        case createIfMissing
    }

    public typealias Clock = @Sendable () -> Date

    /// The newest store layout this build knows (older stores are upgraded on opening for editing).
    public static var schemaVersion: Int { Schema.version }

    /// The store file, or ":memory:"; used in messages.
    public let path: String
    public let isReadOnly: Bool
    let writer: any DatabaseWriter
    /// A connection of its own on which `PRAGMA data_version` sees every other connection's
    /// commits, this process's and other processes'. Nil for in-memory stores.
    private let monitor: DatabaseQueue?
    /// Stamps the change log and `last_change`; injected so that tests are deterministic.
    let clock: Clock
    /// The file opened (nil in memory). A write checks that `path` still names it: SQLite
    /// would go on committing to a file deleted or replaced under it, and report every edit
    /// saved into a file nobody will open again.
    private let identity: StoreFiles.Identity?
    /// The write-ahead log this store's connections write into, once known (nil in memory and
    /// read-only). SQLite keeps writing into a `-wal` that was deleted or replaced under it, and
    /// every other process then opens a different one: the edits would be acknowledged and lost.
    private let journal = JournalIdentity()
    /// What runs inside a write transaction between its statements and the file check before
    /// COMMIT: the fault tests pull files there, at an exact moment.
    let hooks = WriteHooks()
    /// Whether the store is a file (not in memory).
    var isFileBacked: Bool { identity != nil }

    private init(path: String, isReadOnly: Bool, writer: any DatabaseWriter, monitor: DatabaseQueue?, clock: @escaping Clock) {
        self.path = path
        self.isReadOnly = isReadOnly
        self.writer = writer
        self.monitor = monitor
        self.clock = clock
        identity = monitor == nil ? nil : StoreFiles.Identity(path: path)
    }

    /// The read-only monitor closes first, so that the writer is the last connection to close:
    /// SQLite then checkpoints the WAL into the store file and removes it. (A read-only
    /// connection closing last would leave committed data in a `-wal` file beside the store,
    /// which a copy of the store file alone would miss.)
    deinit {
        try? monitor?.close()
    }

    // MARK: - Opening

    /// Opens the store at `path`.
    ///
    /// Before anything can change the file, its layout is read through a read-only connection:
    /// a store written by a newer hopdash is refused untouched, and a file that is not a
    /// SQLite database is reported as such. Then a read-write store is migrated to this
    /// build's layout.
    public static func open(path: String, mode: OpenMode = .readWrite,
                            clock: @escaping Clock = { Date() }) throws(StoreError) -> Store {
        do {
            var created = false
            if !StoreFiles.exists(path) {
                guard mode == .createIfMissing else { throw StoreError.notFound(path: path) }
                try StoreFiles.createPrivately(path)
                created = true
            }
            try StoreFiles.checkOpenable(path, createdHere: created)
            try StoreFiles.makePrivate(path, editing: mode != .readOnly)
            // A reader in a folder it cannot write (a read-only share) opens the file as
            // immutable: SQLite then needs no `-shm` beside it, and sees no later change.
            let location = mode == .readOnly ? StoreFiles.readingLocation(path) : path
            let state = try DatabaseQueue(path: location, configuration: configuration(readOnly: true))
                .read(Schema.state)
            if state.isNewer {
                throw StoreError.newerSchema(path: path, found: state.found, known: Schema.version)
            }
            switch mode {
            case .readOnly:
                guard state.isComplete else {
                    throw StoreError.needsUpgrade(path: path, found: state.found, known: Schema.version)
                }
                let queue = try DatabaseQueue(path: location, configuration: configuration(readOnly: true))
                return Store(path: path, isReadOnly: true, writer: queue, monitor: queue, clock: clock)
            case .readWrite, .createIfMissing:
                let pool = try DatabasePool(path: path, configuration: configuration(readOnly: false))
                // After GRDB's WAL set-up, which lowers it to NORMAL: FULL does not lose an
                // acknowledged edit on power loss.
                try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
                try Schema.migrator.migrate(pool)
                let monitor = try DatabaseQueue(path: path, configuration: configuration(readOnly: true))
                let store = Store(path: path, isReadOnly: false, writer: pool, monitor: monitor, clock: clock)
                store.journal.record(StoreFiles.Identity(path: path + "-wal"))
                return store
            }
        } catch {
            let error = StoreError.wrapping(error, path: path)
            // SQLite cannot open for writing a store whose folder it cannot write (the `-wal` and
            // `-shm` go there): said as what it is.
            if case .cannotOpen = error, mode != .readOnly, !StoreFiles.folderIsWritable(path) {
                throw StoreError.readOnly(path: path)
            }
            throw error
        }
    }

    /// Creates a new store at `path` (0600, missing folders 0700) and fills it with `fill`, under
    /// a temporary name beside it, linked into place only once complete and closed: a process
    /// killed part way leaves no store at `path` (an empty or half-filled one would be taken for
    /// the real thing ever after), and a file already there is never replaced.
    public static func create(path: String, filling fill: (Store) throws -> Void) throws {
        guard !StoreFiles.exists(path) else { throw JSONStoreError.exists(path: path) }
        try StoreFiles.createMissingDirectories(for: path)
        try StoreFiles.build(beside: path, purpose: "new") { temporary in
            try fill(try Store.open(path: temporary, mode: .createIfMissing))
        }
    }

    /// A private, empty, migrated store in memory, for tests and previews.
    public static func inMemory(clock: @escaping Clock = { Date() }) throws(StoreError) -> Store {
        let path = ":memory:"
        do {
            let queue = try DatabaseQueue(configuration: configuration(readOnly: false))
            try Schema.migrator.migrate(queue)
            return Store(path: path, isReadOnly: false, writer: queue, monitor: nil, clock: clock)
        } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }

    static func configuration(readOnly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.label = "hopdash.store"
        configuration.readonly = readOnly
        configuration.foreignKeysEnabled = true
        // A second editor waits for a save in progress instead of failing at once.
        configuration.busyMode = .timeout(5)
        // The CPD summaries count members by the rule itself (`CPDRuleSQL.coveredDays`).
        configuration.prepareDatabase { db in db.add(function: CPDRuleSQL.coveredDaysFunction) }
        return configuration
    }

    // MARK: - Change detection

    /// A number that changes whenever a commit reaches the store, from this process or another.
    /// Poll it (GRDB observation does not see other processes' commits) and re-read on change.
    public func dataVersion() throws(StoreError) -> Int {
        do {
            if let monitor {
                return try monitor.read { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
            }
            // In memory there is one connection and no other process: count its changes.
            return try writer.read { try Int.fetchOne($0, sql: "SELECT total_changes()") ?? 0 }
        } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }

    // MARK: - Access

    /// Runs a read in one short read transaction.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }

    /// A read whose body throws errors of its own (a refusal, a failed output): those pass
    /// through as they are; the database's are translated as `read` translates them.
    func readPassingOwnErrors<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch where StoreError.translates(error) {
            throw StoreError.wrapping(error, path: path)
        }
    }

    /// Runs one write as an immediate transaction: a second editor waits (busy timeout)
    /// instead of failing half-way. Stamps `last_change` (unless `stampsLastChange` is false:
    /// a restore keeps the exported store's own); on any error nothing is written.
    /// Refuses (`StoreError.moved`) once the file at `path` is no longer the one opened.
    func write<T>(by user: String, stampsLastChange: Bool = true,
                  _ body: (WriteContext) throws -> T) throws(StoreError) -> T {
        let now = clock()
        let at = Store.timestamp(now)
        do {
            return try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    try checkFilesAreTheOnesOpened()
                    // A restore (which keeps the exported store's own stamp) brings its history with it.
                    if stampsLastChange { try FigureHistory.keepQuarters(db, today: Day.today(now)) }
                    result = try body(WriteContext(db: db, user: user, at: at))
                    if stampsLastChange { try StoreMeta.touch(db, at: at) }
                    hooks.runBeforeCommit()
                    // Again just before COMMIT: a file pulled while the statements ran would
                    // otherwise be committed into and the edit reported saved.
                    try checkFilesAreTheOnesOpened()
                    return .commit
                }
                return result!
            }
        } catch {
            let error = StoreError.wrapping(error, path: path)
            // Held past the busy timeout: by an import, it may have said who and since when.
            if case .busy(let path, nil) = error, isFileBacked, let holder = ImportNotice.holder(beside: path) {
                throw StoreError.busy(path: path, holder: holder)
            }
            throw error
        }
    }

    /// Throws `moved` when `path` no longer names the file opened, `journalMoved` when its
    /// `-wal` is not the one this store writes into; nothing for a store in memory.
    private func checkFilesAreTheOnesOpened() throws {
        guard let identity else { return }
        if StoreFiles.Identity(path: path) != identity { throw StoreError.moved(path: path) }
        if !journal.isUnchanged(StoreFiles.Identity(path: path + "-wal")) { throw StoreError.journalMoved(path: path) }
    }

    /// ISO 8601 in UTC to the second, e.g. `2025-06-01T09:30:00Z`.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }

    /// The inverse of `timestamp`; nil for text that is not one.
    public static func date(fromTimestamp text: String) -> Date? {
        try? Date(text, strategy: Date.ISO8601FormatStyle())
    }
}

/// Which `-wal` file a store's connections write into: the first one seen (after opening, or
/// inside the first write transaction, when SQLite has surely made it), then compared before
/// every write.
final class JournalIdentity: @unchecked Sendable {
    private let lock = NSLock()
    private var known: StoreFiles.Identity?

    func record(_ identity: StoreFiles.Identity?) {
        lock.withLock { if known == nil { known = identity } }
    }

    /// Whether `current` is the journal first seen; a first sighting is recorded and passes.
    func isUnchanged(_ current: StoreFiles.Identity?) -> Bool {
        lock.withLock {
            guard let known else { known = current; return true }
            return current == known
        }
    }
}

/// A closure run once, inside the next write transaction, after its statements and before the
/// check that precedes COMMIT (`Store.hooks`): how the tests delete or replace a file during a
/// write deterministically. Nil, as in every real run, it does nothing.
final class WriteHooks: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: (@Sendable () -> Void)?

    var beforeNextCommit: (@Sendable () -> Void)? {
        get { lock.withLock { pending } }
        set { lock.withLock { pending = newValue } }
    }

    func runBeforeCommit() {
        let hook = lock.withLock { () -> (@Sendable () -> Void)? in
            defer { pending = nil }
            return pending
        }
        hook?()
    }
}

/// Small facts about the store as a whole, in `store_meta`.
enum StoreMeta {
    static let lastChangeKey = "last_change"

    static func touch(_ db: Database, at timestamp: String) throws {
        try db.cachedStatement(sql: """
            INSERT INTO store_meta (key, value) VALUES (?, ?)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """).execute(arguments: [lastChangeKey, timestamp])
    }

    static func lastChange(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM store_meta WHERE key = ?", arguments: [lastChangeKey])
    }
}
