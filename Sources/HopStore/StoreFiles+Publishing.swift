import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Making a new store file (a restore, a collation, a backup) whole or not at all.
extension StoreFiles {
    /// Builds a new file at `path`: `body` writes it under a temporary name in the same folder
    /// (`.NAME.PURPOSE-PID-UUID`, so that an interrupted build is recognisable, and its process
    /// known) and must have closed it when it returns; the file is then published under `path`
    /// (0600, never replacing a file that exists). On any failure the temporary file and its
    /// SQLite companions are removed; those left by a build whose process was killed are
    /// removed by the next build beside the same path. A message never names the temporary
    /// file, which the user never sees: a store error about it is told about `path`.
    @discardableResult
    static func build<T>(beside path: String, purpose: String, _ body: (_ temporary: String) throws -> T) throws -> T {
        let folder = parent(of: path)
        let name = (path as NSString).lastPathComponent
        removeAbandonedBuilds(in: folder, of: name)
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(purpose)-\(getpid())-\(UUID().uuidString)"
        defer { remove(temporary) }
        do {
            // A store opened in `body` is closed when it returns: its WAL has been checkpointed
            // into the file and removed, so the file alone is the whole store.
            let result = try body(temporary)
            try publish(temporary, as: path)
            return result
        } catch let error as StoreError {
            throw error.replacingPath(temporary, with: path)
        }
    }

    /// Removes the temporary files of builds beside `name` whose process has ended (killed part
    /// way, so that its `defer` never ran). A build still running keeps its files.
    static func removeAbandonedBuilds(in folder: String, of name: String) {
        let prefix = ".\(name)."
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) {
            // PURPOSE-PID-UUID, then maybe -wal, -shm or -journal.
            let parts = entry.dropFirst(prefix.count).split(separator: "-")
            guard parts.count >= 7, let pid = Int32(parts[1]), pid > 0, UUID(uuidString: parts[2...6].joined(separator: "-")) != nil
            else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                unlink((folder.isEmpty ? "" : folder + "/") + entry)
            }
        }
    }

    /// Removes a store file and its SQLite companions, if present.
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    /// Gives a finished, closed store file (or backup) its final name, 0600, never replacing
    /// a file that exists: a hard link fails if the name is taken, then the temporary name goes.
    static func publish(_ temporary: String, as path: String) throws {
        guard chmod(temporary, fileMode) == 0 else {
            throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        if link(temporary, path) != 0 {
            if errno == EEXIST { throw JSONStoreError.exists(path: path) }
            throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        unlink(temporary)
    }
}
