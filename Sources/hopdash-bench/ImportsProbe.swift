import ArgumentParser
import Foundation

extension Bench {
    /// Every table's import against sqlite3's `.import` of the same CSV plus one index (issue
    /// 18's goal: within 2x). The store's four extracts are imported in turn into a copy of it
    /// emptied of staff (which takes their records with them; departments, frameworks and the
    /// catalogue stay), as a department loads its people into a new store.
    struct Imports: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time the import of every table against sqlite3's .import plus one index and print the ratios.")
        @Option(help: "The store whose extracts are imported (hopdash generate --staff N).") var store: String
        @Option(help: ArgumentHelp("Where the extracts and the stores imported into are kept.", valueName: "folder"))
        var work: String = ".bench/imports"
        @Option(help: "Runs of each import (figures are medians).") var runs: Int = 1

        func run() throws {
            let tools = try Tools()
            report(try Machine.describe())
            report(try ImportsProbe.measure(tools, store: store, work: work, runs: runs))
        }
    }
}

enum ImportsProbe {
    /// The tables in the order a new store takes them, with the columns sqlite3's one index is on.
    static let tables: [(name: String, index: String)] = [
        ("staff", "\"Staff number\""),
        ("assessments", "\"Staff number\", \"Skill\", \"Date\""),
        ("cpd", "\"Staff number\", \"Date\""),
        ("qualifications", "\"Staff number\""),
    ]

    /// What takes the staff out, and with them every record of theirs.
    static let emptying = """
        PRAGMA foreign_keys = ON; DELETE FROM booking; DELETE FROM follow_up; DELETE FROM successor;
        UPDATE critical_post SET holder_id = NULL; DELETE FROM staff;
        """

    static func measure(_ tools: Tools, store: String, work: String, runs: Int) throws -> String {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        func csv(_ table: String) -> String { "\(work)/\(table).csv" }
        for (table, _) in tables where !FileManager.default.fileExists(atPath: csv(table)) {
            log("exporting \(table)")
            try Child.check([tools.hopdash, "export", "--store", store, "--table", table, "--out", csv(table)])
        }
        var ours: [String: [Double]] = [:], theirs: [String: [Double]] = [:], rows: [String: String] = [:]
        let target = "\(work)/emptied.sqlite", scratch = "\(work)/sqlite3.sqlite"
        for run in 1...max(1, runs) {
            for path in [target, target + "-wal", target + "-shm"] { try? FileManager.default.removeItem(atPath: path) }
            try FileManager.default.copyItem(atPath: store, toPath: target)
            try Child.check([tools.sqlite3, target, emptying])
            for (table, index) in tables {
                log("run \(run) of \(runs): \(table)")
                let result = try Child.check([tools.hopdash, "import", table, csv(table), "--store", target])
                ours[table, default: []].append(result.seconds)
                // "Assessments: 5276513 inserted, ..."
                rows[table] = result.output.split(separator: "\n").last { $0.contains(" inserted") }
                    .flatMap { $0.split(separator: ":").last?.split(separator: " ").first }.map(String.init) ?? "?"
                try? FileManager.default.removeItem(atPath: scratch)
                let sqlite = try Child.check([tools.sqlite3, scratch, ".mode csv", ".import \(csv(table)) t",
                                              "CREATE INDEX t_index ON t(\(index))"])
                theirs[table, default: []].append(sqlite.seconds)
            }
        }
        try? FileManager.default.removeItem(atPath: scratch)
        func f(_ value: Double) -> String { String(format: "%.2f", value) }
        var lines = [
            "Imports into `\((store as NSString).lastPathComponent)` emptied of staff, in turn; sqlite3 `.import` of the same "
                + "CSV into a new file and one index; wall time, medians of \(runs):",
            "",
            "| table | rows | hopdash | sqlite3 | ratio | goal |",
            "| --- | ---: | ---: | ---: | ---: | --- |",
        ]
        for (table, _) in tables {
            let a = Statistics.median(ours[table] ?? []), b = Statistics.median(theirs[table] ?? [])
            lines.append("| \(table) | \(rows[table] ?? "?") | \(f(a)) s | \(f(b)) s | \(f(a / b))x | ≤ 2x: \(a <= 2 * b ? "met" : "missed") |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
