import Foundation
import GRDB

extension Store {
    /// A consistent copy of the store at `path` (0600), taken with SQLite's `VACUUM INTO`
    /// while editors may be saving: the copy is one read transaction's snapshot, compacted,
    /// never a file copy of an open database. Written under a temporary name in the same
    /// folder and then given its name; an existing `path` is never replaced.
    public func backup(to path: String) throws {
        guard !StoreFiles.exists(path) else { throw JSONStoreError.exists(path: path) }
        let folder = StoreFiles.parent(of: path)
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).backup-\(UUID().uuidString)"
        defer { StoreFiles.remove(temporary) }
        // Created empty and 0600 first, so that the copy is never readable by others.
        try StoreFiles.createPrivately(temporary)
        do {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "VACUUM INTO ?", arguments: [temporary])
            }
        } catch {
            throw StoreError.wrapping(error, path: self.path)
        }
        try StoreFiles.publish(temporary, as: path)
    }
}
