import Foundation

/// The diagnostics log: one line per event, `hopdash.log` in its folder, readable by its owner
/// only, rotated by size. Callers pass ids, codes, counts and error texts, never a name or a
/// record's contents: the log is for support, and staff records are personal data.
///
///     2026-12-02T14:50:01Z pid=4242 error save.failed origin=form reason="The store ... is read-only."
///
/// Several processes may append to one log (O_APPEND keeps lines whole); whichever finds it full
/// rotates it (`hopdash.log.1` is the newest old one, up to `keep` of them), and a process whose
/// file was rotated away opens the new one before its next line.
public final class DiagnosticsLog: @unchecked Sendable {
    public let path: String
    public let level: LogLevel
    private let maxBytes: Int
    private let keep: Int
    private let now: () -> Date
    private let lock = NSLock()
    private var descriptor: Int32 = -1

    public static let fileName = "hopdash.log"

    /// Opens (creating) `directory/hopdash.log`; the folder is created 0700 and the file 0600.
    /// Throws when it cannot be written: the caller decides whether that matters.
    public init(directory: String, level: LogLevel, maxBytes: Int = 1 << 20, keep: Int = 3,
                now: @escaping () -> Date = { Date() }) throws {
        self.path = directory + "/" + Self.fileName
        self.level = level
        self.maxBytes = max(256, maxBytes)
        self.keep = max(1, keep)
        self.now = now
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        try open()
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    public struct CannotWrite: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "cannot write the diagnostics log \(path): \(reason)" }
    }

    private func open() throws {
        let fd = Foundation.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CannotWrite(path: path, reason: String(cString: strerror(errno))) }
        // A file that was there before keeps owner-only access whatever it had.
        fchmod(fd, 0o600)
        descriptor = fd
    }

    /// Whether events of this level are written.
    public func records(_ level: LogLevel) -> Bool { level != .off && level <= self.level }

    /// Writes one line if `level` is recorded. Values are quoted when they hold spaces, and line
    /// breaks are written as `\n`, so that every event is one line.
    public func log(_ level: LogLevel, _ event: String, _ fields: [(String, String)] = []) {
        guard records(level) else { return }
        var line = now().ISO8601Format() + " pid=\(getpid()) \(level.rawValue) \(event)"
        for (key, value) in fields { line += " \(key)=" + Self.quoted(value) }
        line += "\n"
        lock.lock()
        defer { lock.unlock() }
        rotateIfNeeded(adding: line.utf8.count)
        guard descriptor >= 0 else { return }
        _ = line.withCString { write(descriptor, $0, strlen($0)) }
    }

    private func rotateIfNeeded(adding bytes: Int) {
        var mine = stat(), current = stat()
        guard descriptor >= 0, fstat(descriptor, &mine) == 0 else { return }
        // Another process rotated it: write to the new file.
        if stat(path, &current) != 0 || current.st_ino != mine.st_ino {
            close(descriptor)
            descriptor = -1
            try? open()
            return rotateIfNeeded(adding: bytes)
        }
        guard Int(mine.st_size) + bytes > maxBytes, mine.st_size > 0 else { return }
        unlink(path + ".\(keep)")
        for index in stride(from: keep - 1, through: 1, by: -1) { rename(path + ".\(index)", path + ".\(index + 1)") }
        rename(path, path + ".1")
        close(descriptor)
        descriptor = -1
        try? open()
    }

    static func quoted(_ value: String) -> String {
        let flat = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\r", with: "\\r")
        guard flat.isEmpty || flat.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) else { return flat }
        return "\"" + flat.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
