import Foundation
import HopModel
import HopStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command's `--out` writes, decided before anything is written.
///
/// A regular file (after symbolic links) or a new name is replaced whole through `PrivateFile`
/// (0600); a character device (a terminal, `/dev/null`) or a FIFO is written through, never
/// replaced; `-`, `/dev/stdout` and `/dev/stderr` (also as `/dev/fd/1`, `/proc/self/fd/2`...)
/// are the process's own descriptors. Anything else is refused, and so is any name or file that
/// is the store, its `-wal`, `-shm` or `-journal`: nothing but a regular file is ever replaced,
/// and never the store.
enum OutputTarget: Equatable {
    case descriptor(Int32)
    case device(String)
    case file(String)

    /// Standard output when `path` is nil or "-". `store` is the store the command reads.
    static func resolve(_ path: String?, store: String?) throws -> OutputTarget {
        guard let path, path != "-" else { return .descriptor(STDOUT_FILENO) }
        guard !path.isEmpty else { throw UserFacingError("--out needs a file name (or - for standard output).") }
        if let descriptor = standardDescriptor(path) { return .descriptor(descriptor) }
        var link = stat()
        guard lstat(path, &link) == 0 else {
            guard errno == ENOENT else {
                // A name under a file: say which part of the path is not a folder.
                let folder = (path as NSString).deletingLastPathComponent
                if errno == ENOTDIR { throw failure(path, "\(folder) is not a folder (a file is on its path)") }
                throw failure(path, String(cString: strerror(errno)))
            }
            do { _ = try PrivateFile.folder(of: path) } catch { throw UserFacingError("\(error)") }
            if let store { try guardStore(store, path, identity: nil) }
            return .file(path)
        }
        let isLink = (link.st_mode & S_IFMT) == S_IFLNK
        var target = stat()
        guard stat(path, &target) == 0 else {
            throw failure(path, isLink ? "it is a symbolic link to something that does not exist" : String(cString: strerror(errno)))
        }
        if let store { try guardStore(store, path, identity: target) }
        switch target.st_mode & S_IFMT {
        case S_IFREG: return .file(isLink ? StoreGuard.resolvedPath(path) : path)
        case S_IFCHR, S_IFIFO: return .device(path)
        case S_IFDIR: throw failure(path, "it is a folder")
        default:
            throw failure(path, "it is neither a file, a terminal, a character device nor a pipe, "
                          + "and hopdash replaces nothing but regular files")
        }
    }

    /// Streams what `body` writes; returns whether a regular file was replaced.
    @discardableResult
    func write(_ body: (FileHandle) throws -> Void) throws -> Bool {
        switch self {
        case .descriptor(let descriptor):
            try Self.streaming("standard output") { try body(FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)) }
            return false
        case .device(let path):
            let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard descriptor >= 0 else { throw Self.failure(path, String(cString: strerror(errno))) }
            defer { close(descriptor) }
            try Self.streaming(path) { try body(FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)) }
            return false
        case .file(let path):
            do { return try PrivateFile.write(to: path, body) } catch let error as PrivateFile.Failure {
                throw UserFacingError("\(error)")
            }
        }
    }

    /// Runs `body`, a write to `name`, giving a failure of the file system (a full disk) in words.
    private static func streaming(_ name: String, _ body: () throws -> Void) throws {
        do { try body() } catch where SystemErrorText.isFileSystemError(error) {
            throw UserFacingError("Could not finish writing to \(name): \(SystemErrorText.describe(error)).")
        }
    }

    /// Writes `text` with every control character but line breaks and tabs replaced
    /// (`SafeText.lines`); returns whether a regular file was replaced.
    @discardableResult
    func write(text: String) throws -> Bool {
        try write { try $0.write(contentsOf: Data(SafeText.lines(text).utf8)) }
    }

    /// The descriptor `path` names when it is the process's standard output or error.
    static func standardDescriptor(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1": STDOUT_FILENO
        case "/dev/stderr", "/dev/fd/2", "/proc/self/fd/2": STDERR_FILENO
        default: nil
        }
    }

    /// Refuses `path` when it names or is the store or one of its files (`StoreGuard`).
    static func guardStore(_ store: String, _ path: String, identity: stat?) throws {
        do { try StoreGuard(store: store).check(path, identity: identity) } catch {
            throw UserFacingError("\(error) Choose another --out.")
        }
    }

    static func failure(_ path: String, _ reason: String) -> UserFacingError {
        UserFacingError("Cannot write \(path): \(reason); nothing was written.")
    }
}
