import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creating a store's file so that only its owner can read it (staff records are personal data).
///
/// The empty database file is created here with mode 0600 before SQLite first opens it; SQLite
/// then creates the `-wal` and `-shm` files with the same mode as the database file, which
/// `makePrivate` sets to 0600 on every opening. Nothing
/// here opens a file that SQLite has open (closing such a handle would drop SQLite's locks).
enum StoreFiles {
    static let directoryMode: mode_t = 0o700
    static let fileMode: mode_t = 0o600

    /// Device and inode of the file at a path: which file it is, whatever its name.
    struct Identity: Equatable, Sendable {
        var device: UInt64
        var inode: UInt64

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// Refuses, before SQLite sees it, a path that is not a regular file (opening a FIFO would
    /// wait for a writer for ever) or, unless hopdash has just created it, an empty file.
    static func checkOpenable(_ path: String, createdHere: Bool = false) throws(StoreError) {
        var info = stat()
        guard stat(path, &info) == 0 else { return }   // missing: SQLite's own message
        let kind: String? = switch info.st_mode & S_IFMT {
        case S_IFREG: nil
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFDIR: "a folder"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
        if let kind { throw .notAFile(path: path, kind: kind) }
        if info.st_size == 0 && !createdHere { throw .emptyFile(path: path) }
    }

    /// Makes the store and the `-wal` and `-shm` beside it owner-only (SQLite creates those two
    /// with the store's own mode, so a 0644 store would share its journal with everyone). A file
    /// this user does not own is refused when `editing`, with why; a reader leaves it as it is.
    static func makePrivate(_ path: String, editing: Bool) throws(StoreError) {
        for file in [path, path + "-wal", path + "-shm"] {
            var info = stat()
            guard stat(file, &info) == 0, info.st_mode & 0o077 != 0 else { continue }
            if info.st_uid == geteuid(), chmod(file, fileMode) == 0 { continue }
            guard editing else { continue }
            let mode = String(info.st_mode & 0o777, radix: 8)
            throw .cannotOpen(path: path, reason: "\(file) is readable by others (mode \(mode)) and this user cannot make it "
                              + "owner-only; its owner can, with chmod 600, before anyone edits it")
        }
    }

    /// Where a reader opens the store at `path`: the path itself, or, in a folder this user
    /// cannot write (a read-only share) and with no write-ahead log beside it to be read, a
    /// SQLite URI opening it as immutable. SQLite would otherwise have to create the `-shm`
    /// file there, and fail. Immutable means no locks and no change detection: an editor
    /// elsewhere saving into the file is not seen (and, mid-save, could be read half-written).
    static func readingLocation(_ path: String) -> String {
        guard !folderIsWritable(path) else { return path }
        var info = stat()
        if stat(path + "-wal", &info) == 0, info.st_size > 0 { return path }
        // Characters a URI gives a meaning to are escaped; the rest of the path is as it is.
        var escaped = ""
        for character in path {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3F"
            case "#": escaped += "%23"
            default: escaped.append(character)
            }
        }
        // "file:" with an absolute path must begin "file:///" or "file:/"; a relative one is kept relative.
        return "file:" + escaped + "?immutable=1"
    }

    /// Whether this user may create files in the folder holding `path` (a read-only mount says no, even to root).
    static func folderIsWritable(_ path: String) -> Bool {
        let folder = parent(of: path)
        return access(folder.isEmpty ? "." : folder, W_OK) == 0
    }

    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Creates the missing parent directories (0700) and an empty database file (0600).
    static func createPrivately(_ path: String) throws(StoreError) {
        try createMissingDirectories(for: path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
        if descriptor < 0 {
            // Created by someone else in the meantime: theirs to protect, and SQLite will open it.
            if errno == EEXIST { return }
            throw .cannotCreate(path: path, reason: systemError())
        }
        defer { close(descriptor) }
        // The umask can only have removed bits; make the mode exact.
        if fchmod(descriptor, fileMode) != 0 {
            throw .cannotCreate(path: path, reason: systemError())
        }
    }

    static func createMissingDirectories(for path: String) throws(StoreError) {
        var missing: [String] = []
        var directory = parent(of: path)
        while !directory.isEmpty, !exists(directory) {
            missing.append(directory)
            directory = parent(of: directory)
        }
        for directory in missing.reversed() {
            if mkdir(directory, directoryMode) != 0, errno != EEXIST {
                throw .cannotCreate(path: path, reason: "could not create the folder \(directory): \(systemError())")
            }
            _ = chmod(directory, directoryMode)
        }
    }

    /// The directory part of a path: "" for a bare file name, "/" for a file at the root.
    static func parent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
