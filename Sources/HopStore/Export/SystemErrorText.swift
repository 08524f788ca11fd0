import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file system's errors (Foundation's `NSCocoaErrorDomain` and POSIX ones) in plain words
/// for a message, never their raw description ("Error Domain=NSCocoaErrorDomain Code=640").
public enum SystemErrorText {
    /// Whether `error` comes from the file system rather than from hopdash's own checks.
    public static func isFileSystemError(_ error: any Error) -> Bool {
        let domain = (error as NSError).domain
        return domain == NSCocoaErrorDomain || domain == NSPOSIXErrorDomain
    }

    /// What went wrong, as a clause: "the disk is full", "permission denied".
    public static func describe(_ error: any Error) -> String {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return plain(errno: Int32(error.code)) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return plain(errno: Int32(underlying.code))
        }
        guard error.domain == NSCocoaErrorDomain else { return "\(error.localizedDescription)" }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileWriteOutOfSpace: return "the disk is full"
        case .fileWriteVolumeReadOnly: return "the disk is read-only"
        case .fileWriteNoPermission, .fileReadNoPermission: return "permission denied"
        case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or folder"
        case .fileWriteFileExists: return "a file of that name exists"
        default: return "the system refused it (file error \(error.code))"
        }
    }

    private static func plain(errno code: Int32) -> String {
        code == ENOSPC ? "the disk is full" : String(cString: strerror(code))
    }
}
