import Foundation
import GRDB

extension Store {
    /// How many problems a refused restore lists before saying "and N more".
    static let restoreProblemLimit = 20

    /// Builds a new store at `path` from a JSON export (see docs/FORMAT.md).
    ///
    /// The file is read a row at a time (`JSONPullReader`): memory stays the same whatever its
    /// size. All or nothing: the store is built in a temporary file in the same folder, checked
    /// (every row well-formed and within the store's rules, every reference resolved,
    /// summaries rebuilt), then moved into place; an existing `path` is never
    /// replaced. Every table and column of the file's schema must be in the file. A file from an
    /// older schema is restored into this build's layout, the tables and columns added since
    /// left empty or at their defaults: what migrating it would give, since every migration so
    /// far only adds (a migration that changes rows must restore into the old layout, then
    /// migrate). The change log and `last_change` are the file's own: restoring adds no entry,
    /// so that exporting the restored store gives the same bytes.
    ///
    /// `progress` is called now and then with the rows read so far and the share of the file's
    /// bytes read (0 to 1).
    public static func restore(fromJSON file: String, to path: String, clock: @escaping Clock = { Date() },
                               progress: ((_ rows: Int, _ fraction: Double) -> Void)? = nil) throws {
        guard !StoreFiles.exists(path) else { throw JSONStoreError.exists(path: path) }
        let reader: JSONPullReader
        do { reader = try JSONPullReader(path: file) } catch {
            throw JSONStoreError.unreadable(file: file, reason: "cannot be read (\(SystemErrorText.describe(error)))")
        }
        let header: JSONStoreHeader
        do { header = try JSONStoreHeader.read(reader) } catch { throw restoreError(error, file: file) }
        try StoreFiles.build(beside: path, purpose: "restoring") { temporary in
            let store = try Store.open(path: temporary, mode: .createIfMissing, clock: clock)
            try store.load(reader, header, file: file, progress: progress)
        }
    }

    /// Loads every table in one transaction, each row checked as it goes in (`JSONRestoreLoader`);
    /// then the foreign keys, and the summaries rebuilt.
    private func load(_ reader: JSONPullReader, _ header: JSONStoreHeader, file: String,
                      progress: ((_ rows: Int, _ fraction: Double) -> Void)?) throws {
        let fileLayout = try JSONStoreLayout.read(schemaVersion: header.schemaVersion)
        var failure: (any Error)?
        do {
            try write(by: "hopdash", stampsLastChange: false) { w in
                let db = w.db
                try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                let loader = try JSONRestoreLoader(reader: reader, db: db, fileLayout: fileLayout, progress: progress)
                do {
                    try loader.loadTables(schemaVersion: header.schemaVersion)
                    try header.readRest(reader)
                    progress?(loader.rowsRead, 1)
                } catch {
                    failure = Self.restoreError(error, file: file)
                    throw error
                }
                try loader.checkReferences()
                guard loader.problems.isEmpty else {
                    failure = JSONStoreError.invalid(file: file, problems: loader.problems, more: loader.more)
                    throw failure!
                }
                // Rebuilt from the records, not verified again: a verification recomputes the same
                // statements, and was a third of a restore's time (decision 106).
                try Summary.rebuild(db)
            }
        } catch {
            throw failure ?? error
        }
    }

    /// A reading error as the restore reports it; an error of the store is passed on as it is.
    private static func restoreError(_ error: any Error, file: String) -> any Error {
        switch error {
        case let error as JSONPullReader.SyntaxError: JSONStoreError.unreadable(file: file, reason: "not valid JSON (\(error))")
        case let refusal as JSONStoreHeader.Refusal: JSONStoreError.refused(file: file, reason: refusal.reason)
        case let invalid as JSONStoreHeader.Invalid: JSONStoreError.invalid(file: file, problems: [invalid.problem], more: 0)
        case _ where SystemErrorText.isFileSystemError(error):
            JSONStoreError.unreadable(file: file, reason: "cannot be read (\(SystemErrorText.describe(error)))")
        default: error
        }
    }
}
