import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing a file that only its owner can read (0600), whole or not at all: the bytes go to a
/// temporary file beside it, which is then renamed over the target, which must be a regular
/// file or nothing. The command line's `OutputTarget` and `x` on a list of people come here.
public enum PrivateFile {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Writes `data` to `path`; returns whether a file was already there (and is now replaced).
    @discardableResult
    public static func write(_ data: Data, to path: String) throws -> Bool {
        try write(to: path) { try $0.write(contentsOf: data) }
    }

    /// The folder `path` is to be written in ("." for a bare name), refused with a message when
    /// it does not exist: hopdash never creates folders for the files it writes.
    public static func folder(of path: String) throws -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(description: "Cannot write \(path): the folder \(directory) does not exist.")
        }
        return directory
    }

    /// Streams what `body` writes into `path`; returns whether a file was already there (and is
    /// now replaced). A directory, or a folder that does not exist, is refused with a message
    /// saying so; on any failure the target is left as it was. With `replacing` false the file
    /// takes its name only if nothing has it (a hard link, which fails when the name exists,
    /// rather than a rename): whatever appeared there meanwhile is left alone and nothing is written.
    @discardableResult
    public static func write(to path: String, replacing: Bool = true, _ body: (FileHandle) throws -> Void) throws -> Bool {
        var isDirectory: ObjCBool = false
        let existed = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if existed && isDirectory.boolValue { throw Failure(description: "Cannot write \(path): it is a folder.") }
        var there = stat()
        if !replacing && lstat(path, &there) == 0 {
            throw Failure(description: "Cannot write \(path): something of that name is already there, and is left as it is.")
        }
        let directory = try folder(of: path)
        let temporary = directory + "/." + (path as NSString).lastPathComponent + "." + UUID().uuidString + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw Failure(description: "Cannot write \(path): cannot create a file in the folder \(directory) "
                          + "(\(String(cString: strerror(errno)))); nothing was written.")
        }
        var failure: String?
        // The umask can only have removed bits; make the mode exact.
        if fchmod(descriptor, 0o600) != 0 { failure = String(cString: strerror(errno)) }
        if failure == nil {
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
            do { try body(handle) } catch {
                // A full disk arrives as Foundation's error 640: said in words. Anything else
                // (a store that could not be read) passes through as it is.
                guard SystemErrorText.isFileSystemError(error) else { close(descriptor); unlink(temporary); throw error }
                failure = SystemErrorText.describe(error)
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errno == ENOSPC ? "the disk is full" : String(cString: strerror(errno)) }
        close(descriptor)
        // Only a regular file is ever replaced: whatever appeared at the name since it was
        // chosen (a device, a pipe, a link, a folder) is left alone.
        var now = stat()
        if failure == nil, lstat(path, &now) == 0, (now.st_mode & S_IFMT) != S_IFREG {
            failure = "it is no longer a regular file, and hopdash replaces nothing else"
        }
        if failure == nil, replacing, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if failure == nil, !replacing {
            if link(temporary, path) != 0 {
                failure = errno == EEXIST ? "something of that name appeared meanwhile, and is left as it is"
                    : String(cString: strerror(errno))
            } else {
                unlink(temporary)
            }
        }
        if let failure {
            unlink(temporary)
            throw Failure(description: "Cannot write \(path): \(failure).")
        }
        return existed
    }
}
