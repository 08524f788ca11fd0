import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs another program and reports its wall time, CPU time and peak memory (the kernel's
/// figures for that child alone, from `wait4`), so that each measured operation has its own.
struct Child {
    struct Result {
        var seconds: Double
        /// User and system CPU: steadier than wall time on a shared machine.
        var cpuSeconds: Double
        var peakKB: Int
        var status: Int32
        var output: String
    }

    /// Runs `arguments[0]` (a path, or a name found on PATH) with stdin from `input` (or
    /// /dev/null), stdout and stderr to a temporary file that is returned as `output`.
    static func run(_ arguments: [String], input: String? = nil) throws -> Result {
        let executable = arguments[0].contains("/") ? arguments[0] : try which(arguments[0])
        let outputPath = NSTemporaryDirectory() + "hopdash-bench-\(getpid())-\(UUID().uuidString).out"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(executable): error \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        func cpu(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return Result(seconds: seconds, cpuSeconds: cpu(usage.ru_utime) + cpu(usage.ru_stime), peakKB: Int(usage.ru_maxrss),
                      status: (status >> 8) & 0xff, output: output)
    }

    /// Like `run`, but a failure is an error quoting the program's output.
    @discardableResult
    static func check(_ arguments: [String], input: String? = nil) throws -> Result {
        let result = try run(arguments, input: input)
        guard result.status == 0 else {
            throw BenchError("\(arguments.joined(separator: " ")) failed (\(result.status)):\n\(result.output)")
        }
        return result
    }

    static func which(_ name: String) throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
            return "\(folder)/\(name)"
        }
        throw BenchError("\(name) is not on PATH")
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
