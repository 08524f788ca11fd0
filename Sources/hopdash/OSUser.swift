import Foundation

/// The login name of whoever runs hopdash: the change log's "who" unless `--user` says otherwise.
enum OSUser {
    static var name: String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }
}
