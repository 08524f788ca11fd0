import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The store and the files SQLite keeps beside it, which no output may name or be: the command
/// line's `--out` and `x` on a list of people both ask here before writing.
public struct StoreGuard {
    public let store: String

    /// Why an output was refused: it names or is one of the store's files.
    public struct Refusal: Error, CustomStringConvertible {
        public let description: String
    }

    private static let parts = [("", "the store"), ("-wal", "the store's write-ahead log"),
                                ("-shm", "the store's shared-memory index"), ("-journal", "the store's rollback journal")]

    public init(store: String) { self.store = store }

    /// Refuses `path` when its name (folders and links resolved) is one of the store's files, or
    /// when `identity` (the output's own file) is one of them by device and inode (a hard link).
    public func check(_ path: String, identity: stat?) throws(Refusal) {
        let name = Self.absoluteName(path)
        let storeName = Self.absoluteName(store)
        for (suffix, what) in Self.parts {
            var sameFile = false
            if let identity {
                var part = stat()
                sameFile = stat(store + suffix, &part) == 0 && part.st_dev == identity.st_dev && part.st_ino == identity.st_ino
            }
            if sameFile || name == storeName + suffix {
                throw Refusal(description: "Refusing to write \(path): it is \(what) (\(store + suffix)), which the output "
                              + "would destroy; nothing was written.")
            }
        }
    }

    /// The absolute path with the folder's links resolved, and the file's own link too when it
    /// has one.
    public static func absoluteName(_ path: String) -> String {
        if let resolved = realPath(path) { return resolved }
        let folder = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        return resolvedPath(folder.isEmpty ? "." : folder) + "/" + base
    }

    /// `path` with every symbolic link resolved, or as given when it cannot be.
    public static func resolvedPath(_ path: String) -> String { realPath(path) ?? path }

    /// The absolute path without links, when `path` exists.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
