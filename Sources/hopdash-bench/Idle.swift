import Foundation

/// The real dashboard in a real (tmux) terminal, left alone: CPU time used and bytes written.
enum Idle {
    static func measure(store: String, seconds: Int, tools: Tools) throws -> String {
        let tmux = try Child.which("tmux")
        let socket = "hopdash-bench-\(getpid())"
        try Child.check([tmux, "-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "40",
                         "exec \(tools.hopdash) --store '\(store)'"])
        defer { _ = try? Child.run([tmux, "-L", socket, "kill-server"]) }
        let pid = try Child.check([tmux, "-L", socket, "list-panes", "-F", "#{pane_pid}"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines)
        Thread.sleep(forTimeInterval: 3)  // first frame drawn
        let before = try sample(pid)
        log("dashboard idle under tmux for \(seconds) s")
        Thread.sleep(forTimeInterval: Double(seconds))
        let after = try sample(pid)
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        let cpu = Double(after.cpuTicks - before.cpuTicks) / ticks
        return """
            ## Idle dashboard (real terminal: tmux 120x40, \(store))

            | measure | value | goal |
            |---|---:|---|
            | CPU time over \(seconds) s idle | \(String(format: "%.2f", cpu)) s (\(String(format: "%.3f", 100 * cpu / Double(seconds)))% of one core) | near zero |
            | bytes written to the terminal over \(seconds) s idle | \(after.bytesWritten - before.bytesWritten) | 0 |

            """
    }

    /// utime + stime (clock ticks) from /proc/PID/stat, and bytes written (`wchar`) from /proc/PID/io.
    private static func sample(_ pid: String) throws -> (cpuTicks: Int, bytesWritten: Int) {
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        // Fields after the command name (which is in parentheses and may hold spaces).
        let fields = stat[stat.range(of: ")")!.upperBound...].split(separator: " ")
        let cpu = Int(fields[11])! + Int(fields[12])!
        let io = try String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8)
        let wchar = io.split(separator: "\n").first { $0.hasPrefix("wchar:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
        return (cpu, wchar)
    }
}
