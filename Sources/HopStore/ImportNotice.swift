import Foundation
import HopModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Word, left beside the store while an import holds it for writing, of who is importing and
/// since when (`.NAME.importing`: the process, the user, the time), so that an editor whose
/// save waits past the busy timeout is told why and for how long rather than only "busy".
///
/// A notice whose process has ended (an import killed part way) is ignored and replaced.
/// Writing one is best effort: an import goes ahead without it (a read-only folder).
struct ImportNotice {
    let file: String

    static func path(beside store: String) -> String {
        let folder = StoreFiles.parent(of: store)
        return (folder.isEmpty ? "" : folder + "/") + "." + (store as NSString).lastPathComponent + ".importing"
    }

    /// Leaves the notice (0600: it names the user); nil if it could not be written.
    static func post(beside store: String, user: String, at date: Date) -> ImportNotice? {
        let file = path(beside: store)
        let temporary = file + "-\(getpid())"
        let text = "\(getpid())\n\(SafeText.line(user))\n\(Store.timestamp(date))\n"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, StoreFiles.fileMode)
        guard descriptor >= 0 else { return nil }
        let bytes = Array(text.utf8)
        let written = write(descriptor, bytes, bytes.count)
        close(descriptor)
        guard written == bytes.count, rename(temporary, file) == 0 else {
            unlink(temporary)
            return nil
        }
        return ImportNotice(file: file)
    }

    /// Removes the notice, if it is still this process's.
    func remove() {
        if Self.read(file)?.pid == getpid() { unlink(file) }
    }

    /// "USER has been importing since HH:MM" (local time), if a running import left word.
    static func holder(beside store: String, timeZone: TimeZone = .current) -> String? {
        guard let notice = read(path(beside: store)), kill(notice.pid, 0) == 0 || errno == EPERM else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: notice.since)
        let time = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        return "\(notice.user) has been importing into it since \(time)"
    }

    private static func read(_ file: String) -> (pid: pid_t, user: String, since: Date)? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 3, let pid = pid_t(lines[0]), pid > 0, let since = Store.date(fromTimestamp: lines[2]) else { return nil }
        return (pid, lines[1], since)
    }
}
