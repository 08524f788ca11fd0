import Foundation

/// Drives the real binary inside a detached tmux session on a private tmux server.
/// Waits poll the screen until text appears or a deadline passes; never a fixed sleep.
final class Tmux {
    let socket = "hopdash-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    let session = "e2e"

    /// Starts `command` (run by sh) in a `width`×`height` window. NO_COLOR is unset unless
    /// `environment` sets it: the test runner may export it, which would turn colour off in every
    /// pane and make a check that colour is off prove nothing.
    init(_ command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        let exports = "unset NO_COLOR\n" + environment.map { "export \($0.key)='\($0.value)'\n" }.joined()
        let script = try Paths.temporaryDirectory() + "/run.sh"
        try (exports + command + "\nsleep 30\n").write(toFile: script, atomically: true, encoding: .utf8)
        // system() rather than Process: the tmux server this starts inherits the client's
        // descriptors, and waiting on them (or on Foundation's reaper) can hang the test.
        let status = system("tmux -L \(socket) new-session -d -s \(session) -x \(width) -y \(height) 'sh \(script)' >/dev/null 2>&1")
        guard status == 0 else { throw TmuxError.couldNotStart(status) }
        try tmux(["set-option", "-t", session, "remain-on-exit", "on"])
    }

    enum TmuxError: Error { case couldNotStart(Int32), noSuchChild(String, String) }

    deinit { _ = try? tmux(["kill-server"]) }

    func send(_ keys: String...) throws { try send(keys: keys) }

    func send(keys: [String]) throws { try tmux(["send-keys", "-t", session] + keys) }

    /// Sends literal text (no key-name interpretation).
    func type(_ text: String) throws { try tmux(["send-keys", "-t", session, "-l", text]) }

    /// Pastes `text` as a terminal does: tmux's paste-buffer brackets it (ESC[200~ ... ESC[201~)
    /// when the program has asked for bracketed paste, and sends each line break as CR.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "e2e-paste", text])
        try tmux(["paste-buffer", "-p", "-d", "-b", "e2e-paste", "-t", session])
    }

    /// Sends `signal` to the process named `name` that the pane's shell started: only what this
    /// test started, found by its parent's id, never by a pattern other processes could match.
    func signal(_ signal: String, child name: String) throws {
        let shell = try tmux(["display-message", "-p", "-t", session, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let child = try Shell.run("/usr/bin/env", ["pgrep", "-P", shell, "-x", name]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !child.isEmpty, !child.contains("\n") else { throw TmuxError.noSuchChild(name, child) }
        try Shell.run("/usr/bin/env", ["kill", "-\(signal)", child])
    }

    /// Copies everything the pane's program writes, byte for byte, to `file` from now on.
    func pipe(to file: String) throws {
        try tmux(["pipe-pane", "-o", "-t", session, "cat >> '\(file)'"])
    }

    /// Writes `bytes` to the pane's terminal as if another program had: the screen shows them
    /// over whatever hopdash drew, without hopdash knowing.
    func writeToTerminal(_ bytes: String) throws {
        let tty = try tmux(["display-message", "-p", "-t", session, "#{pane_tty}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard let handle = FileHandle(forWritingAtPath: tty) else { throw TmuxError.noSuchChild("tty", tty) }
        handle.write(Data(bytes.utf8))
        try handle.close()
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    func screen(escapes: Bool = false) -> String {
        (try? tmux(["capture-pane", "-p", "-t", session] + (escapes ? ["-e"] : []))) ?? ""
    }

    /// Where the pane's cursor is, and whether the program shows it.
    func cursor() -> (x: Int, y: Int, visible: Bool)? {
        let fields = ((try? tmux(["display-message", "-p", "-t", session, "#{cursor_x} #{cursor_y} #{cursor_flag}"])) ?? "")
            .split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard fields.count == 3 else { return nil }
        return (fields[0], fields[1], fields[2] == 1)
    }

    /// Polls until `condition` holds; returns false at the deadline.
    @discardableResult
    func waitUntil(seconds: Double = 15, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return false
    }

    /// Polls until `text` is on screen; returns false at the deadline.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 15) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if screen().contains(text) { return true }
            usleep(50_000)
        }
        return false
    }

    /// Polls until `text` is gone.
    @discardableResult
    func waitForAbsence(_ text: String, seconds: Double = 15) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if !screen().contains(text) { return true }
            usleep(50_000)
        }
        return false
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try Shell.run("/usr/bin/env", ["tmux", "-L", socket] + arguments).output
    }
}

enum Shell {
    struct Result { var status: Int32; var output: String; var error: String }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardInput = FileHandle.nullDevice
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                      error: String(decoding: errData, as: UTF8.self))
    }
}

/// Paths of the package and the built binary, found from this file's location.
enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The hopdash binary beside the test bundle (SwiftPM builds every product for `swift test`).
    static var binary: String { product("hopdash") }

    /// The reliability tests' editing process (`Sources/hopdash-stress`).
    static var stress: String { product("hopdash-stress") }

    private static func product(_ name: String) -> String {
        let candidates = [Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(name).path,
                          packageRoot + "/.build/debug/" + name]
        for path in candidates where FileManager.default.isExecutableFile(atPath: path) { return path }
        return candidates.last!
    }

    /// A fresh folder holding a demo store dated 2026-10-01: (folder, store path).
    static func demoStore() throws -> (directory: String, store: String) {
        let directory = try temporaryDirectory()
        let store = directory + "/demo.sqlite"
        let created = try Shell.run(binary, ["init", "--demo", "--store", store, "--today", "2026-10-01"])
        guard created.status == 0 else { throw SetupError(message: created.error) }
        return (directory, store)
    }

    struct SetupError: Error { let message: String }

    /// A fresh private folder for one test.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "hopdash-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
