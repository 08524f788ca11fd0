import ArgumentParser
import Foundation
import HopModel
import HopStore

/// `swift run -c release hopdash-bench`: hopdash at 1,000 to 510,000 staff beside the naive
/// way, as Markdown tables (see docs/PERFORMANCE.md).
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hopdash-bench",
        abstract: "Measure hopdash on generated stores of several sizes, beside sqlite3 doing the same naively.",
        discussion: """
        For each size: open + first frame (overview and largest profession, headless through the real \
        renderer), keypress-to-frame latency over a scripted navigation, an edit committed with the \
        summary refreshed, import of the assessments CSV, peak memory of each process; beside them \
        sqlite3's GROUP BY over the raw rows and its .import of the same CSV. Stores, CSVs and \
        import-ready copies are generated once and kept in --cache. Needs sqlite3 (and tmux for --idle-seconds).
        """,
        subcommands: [Run.self, Probe.self, People.self, Screens.self, Imports.self, History.self, Verify.self, NaiveSQL.self, Plan.self],
        defaultSubcommand: Run.self)

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run the benchmark (the default).")

        @Option(help: "Staff counts, comma-separated.")
        var sizes: String = "1000,10000,100000,510000"

        @Option(help: "Runs per measurement (figures are medians).")
        var runs: Int = 3

        @Option(help: "Runs of the two imports (default: --runs); slow at 510,000.")
        var importRuns: Int?

        @Option(help: "Edits timed per dashboard run.")
        var edits: Int = 20

        @Option(help: ArgumentHelp("Where generated stores and CSVs are kept between runs.", valueName: "folder"))
        var cache: String = ".bench"

        @Option(help: "Seed for the generated stores.")
        var seed: UInt64 = 2010

        @Option(help: ArgumentHelp("The day stores are generated and viewed as of.", valueName: "YYYY-MM-DD"))
        var today: String = "2026-06-01"

        @Option(help: "Run the dashboard under tmux this long on the largest store and report its CPU and bytes written (0: skip).")
        var idleSeconds: Int = 0

        func validate() throws {
            guard DayParser.day(today) != nil else { throw ValidationError("--today must be \(DayParser.forms)") }
            guard parsedSizes != nil else { throw ValidationError("--sizes must be numbers separated by commas") }
            guard runs >= 1, edits >= 1 else { throw ValidationError("--runs and --edits must be at least 1") }
        }

        var parsedSizes: [Int]? {
            let sizes = sizes.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            return sizes.allSatisfy { $0 != nil && $0! > 0 } ? sizes.map { $0! } : nil
        }

        func run() throws {
            let tools = try Tools()
            try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
            report(try Machine.describe())
            var largestStore: String?
            for size in parsedSizes! {
                let fixture = try Fixture.prepare(staff: size, seed: seed, today: today, cache: cache, tools: tools)
                let measured = try Measurement.take(fixture, runs: runs, importRuns: importRuns ?? runs,
                                                    edits: edits, today: today, tools: tools)
                report(measured.table)
                log("\(size) staff: lists of people")
                report(try Child.check([tools.bench, "people", "--store", fixture.store, "--today", today]).output)
                largestStore = fixture.store
            }
            if idleSeconds > 0, let largestStore {
                report(try Idle.measure(store: largestStore, seconds: idleSeconds, tools: tools))
            }
        }
    }

    /// One dashboard run, in its own process; prints a JSON `ProbeResult`.
    struct Probe: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Internal: one measured dashboard process.",
                                                        shouldDisplay: false)
        @Option var store: String
        @Option var today: String
        @Option var edits: Int = 20

        func run() throws {
            let result = try DashboardProbe.run(store: store, today: DayParser.day(today)!, edits: edits)
            let data = try JSONEncoder().encode(result)
            print(String(decoding: data, as: UTF8.self))
        }
    }
}

extension Bench {
    /// Recomputes every summary of a (generated) store and compares: prints the differences.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that a store's summaries match its records (slow on a large store).")
        @Option var store: String

        func run() throws {
            let start = DispatchTime.now().uptimeNanoseconds
            let differences = try Store.open(path: store, mode: .readOnly).verifySummaries()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            differences.prefix(20).forEach { report($0) }
            report("\(store): \(differences.count) differences between summaries and records (\(String(format: "%.1f", seconds)) s)")
            if !differences.isEmpty { throw ExitCode.failure }
        }
    }
}

extension Bench {
    /// The naive aggregate as SQL on stdout, for `scripts/bench-peers.sh` to give sqlite3.
    struct NaiveSQL: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "naive-sql",
            abstract: "Print the naive per-profession aggregate (the sqlite3 side of the comparison) as SQL.")
        @Option(help: "The day the CPD cycle is taken from (YYYY-MM-DD).") var today: String

        func run() throws {
            guard Day(iso: today) != nil else { throw ValidationError("--today \(today): expected YYYY-MM-DD") }
            print(NaiveWay.aggregateSQL(today: today))
        }
    }
}

/// The programs the benchmark runs: hopdash and this benchmark from the same build folder, and sqlite3.
struct Tools {
    let hopdash: String
    let bench: String
    let sqlite3: String

    init() throws {
        bench = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        hopdash = (bench as NSString).deletingLastPathComponent + "/hopdash"
        guard FileManager.default.isExecutableFile(atPath: hopdash) else {
            throw BenchError("\(hopdash) is missing: build it first (swift build -c release)")
        }
        sqlite3 = try Child.which("sqlite3")
    }
}

/// The machine, so that figures are never read without it.
enum Machine {
    static func describe() throws -> String {
        let uname = try Child.check(["uname", "-a"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let cpus = ProcessInfo.processInfo.activeProcessorCount
        let model = ((try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? "")
            .split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last!.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        let memory = ProcessInfo.processInfo.physicalMemory / 1_048_576
        let sqlite = try Child.check(["sqlite3", "--version"]).output.split(separator: " ").first ?? "?"
        return """
            # hopdash-bench

            - machine: `\(uname)`
            - CPUs: \(cpus) (nproc), \(model); memory \(memory) MiB
            - sqlite3 CLI \(sqlite)

            """
    }
}
