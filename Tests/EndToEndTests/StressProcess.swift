import Foundation

/// The long versions of the reliability tests run only under `HOPDASH_LONG=1`.
enum Reliability {
    static let long = ProcessInfo.processInfo.environment["HOPDASH_LONG"] == "1"
}

/// A running `hopdash-stress` whose stdout is collected as it arrives, so that a test can tell
/// which edits it had acknowledged (`saved W-i`) at the moment it was killed.
final class StressProcess: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var output = Data()
    private var errors = Data()

    init(_ arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: Paths.stress)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        out.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self else { return }
            self.lock.lock(); self.output.append(data); self.lock.unlock()
        }
        err.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self else { return }
            self.lock.lock(); self.errors.append(data); self.lock.unlock()
        }
        try process.run()
    }

    var stdout: String { lock.lock(); defer { lock.unlock() }; return String(decoding: output, as: UTF8.self) }
    var stderr: String { lock.lock(); defer { lock.unlock() }; return String(decoding: errors, as: UTF8.self) }

    /// Edits acknowledged so far: complete `saved` lines only.
    var acknowledged: Int {
        stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().filter { $0.hasPrefix("saved ") }.count
    }

    /// Polls until it has acknowledged `count` edits or has ended; false at the deadline.
    func waitFor(acknowledged count: Int, seconds: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if acknowledged >= count { return true }
            if !process.isRunning { return false }
            usleep(10_000)
        }
        return false
    }

    /// Kills it with SIGKILL and waits for it; then reads whatever it had written.
    func kill() -> Int {
        _ = Foundation.kill(process.processIdentifier, SIGKILL)
        return finish()
    }

    /// Waits for it to end and for its pipes to drain; returns its termination status.
    @discardableResult
    func finish() -> Int {
        process.waitUntilExit()
        // The handlers may still hold the last bytes: drain until both pipes reach end of file.
        for pipe in [process.standardOutput, process.standardError] {
            guard let handle = (pipe as? Pipe)?.fileHandleForReading else { continue }
            handle.readabilityHandler = nil
            let rest = handle.readDataToEndOfFile()
            lock.lock()
            if pipe as AnyObject === process.standardOutput as AnyObject { output.append(rest) } else { errors.append(rest) }
            lock.unlock()
        }
        return Int(process.terminationStatus)
    }

    /// `hopdash-stress` run to completion: (status, stdout, stderr).
    static func run(_ arguments: [String]) throws -> Shell.Result {
        try Shell.run(Paths.stress, arguments)
    }

    /// `hopdash-stress verify`: edits committed per writer, and every problem found.
    static func verify(store: String, writers: [String]) throws -> (committed: [String: Int], problems: [String]) {
        let result = try run(["verify", "--store", store, "--writers", writers.joined(separator: ",")])
        var committed: [String: Int] = [:]
        var problems = result.status == 0 ? [] : ["verify failed (\(result.status)): \(result.error)"]
        for line in result.output.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.first == "committed", words.count == 3, let n = Int(words[2]) { committed[String(words[1])] = n }
            if line.hasPrefix("problem: ") { problems.append(String(line)) }
        }
        return (committed, problems)
    }

    /// A fresh folder holding a small store made by `hopdash-stress init`.
    static func freshStore() throws -> (directory: String, store: String) {
        let directory = try Paths.temporaryDirectory()
        let store = directory + "/stress.sqlite"
        let created = try run(["init", "--store", store])
        guard created.status == 0 else { throw Paths.SetupError(message: created.error) }
        return (directory, store)
    }
}
