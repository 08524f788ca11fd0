import ArgumentParser
import Foundation

extension Bench {
    /// The first frame of the overview, a profession's dashboard and the department comparison,
    /// each a whole `hopdash snapshot` process (open, read, draw, print) as a user would run it,
    /// on a large store and on small ones, with the ratio between them (the goal: within 1.5x).
    struct Screens: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time whole-process first frames on a large store against small ones and print the ratios.")
        @Option(help: "The large store (510,000 staff).") var store: String
        @Option(help: "The small store (the demo).") var demo: String
        @Option(help: ArgumentHelp("Another small store: one department's staff with the large store's professions "
                                   + "(hopdash generate --staff 5000 --seed S), so that the ratio says what the staff alone cost.",
                                   valueName: "path"))
        var sameProfessions: String?
        @Option(help: "Profession code for the profession screen (in every store).") var profession: String = "OPD"
        @Option var today: String = "2026-06-01"
        @Option(help: "Processes per screen and store, alternating (figures are medians).") var runs: Int = 7

        func run() throws {
            let tools = try Tools()
            report(try ScreensProbe.measure(hopdash: tools.hopdash, large: store, small: [demo] + (sameProfessions.map { [$0] } ?? []),
                                            profession: profession, today: today, runs: runs))
        }
    }
}

enum ScreensProbe {
    static func measure(hopdash: String, large: String, small: [String], profession: String, today: String,
                        runs: Int) throws -> String {
        let screens: [(String, [String])] = [
            ("overview", ["--screen", "overview"]),
            ("profession \(profession)", ["--screen", "profession", "--profession", profession]),
            ("departments", ["--screen", "departments"]),
        ]
        func name(_ path: String) -> String { (path as NSString).lastPathComponent }
        var lines = [
            "Whole-process first frames (`hopdash snapshot --size 120x40 --today \(today)`), medians of \(runs) processes "
                + "per store, the stores alternating; wall time, then CPU (user and system, steadier on a shared machine):",
            "",
            "| screen | \(name(large)) | against | there | ratio, wall | ratio, CPU | goal (CPU) |",
            "| --- | ---: | --- | ---: | ---: | ---: | --- |",
        ]
        func f(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
        for (screen, arguments) in screens {
            var wall: [String: [Double]] = [:], cpu: [String: [Double]] = [:]
            for _ in 0..<runs {
                for path in [large] + small {
                    let result = try Child.check([hopdash, "snapshot", "--store", path, "--size", "120x40", "--today", today]
                                                 + arguments)
                    wall[path, default: []].append(result.seconds * 1000)
                    cpu[path, default: []].append(result.cpuSeconds * 1000)
                }
            }
            let bigWall = Statistics.median(wall[large] ?? []), bigCPU = Statistics.median(cpu[large] ?? [])
            for path in small {
                let littleWall = Statistics.median(wall[path] ?? []), littleCPU = Statistics.median(cpu[path] ?? [])
                let ratio = bigCPU / littleCPU
                lines.append("| \(screen) | \(f(bigWall, 1)) ms, CPU \(f(bigCPU, 1)) ms | \(name(path)) | \(f(littleWall, 1)) ms, "
                             + "CPU \(f(littleCPU, 1)) ms | \(f(bigWall / littleWall, 2))x | \(f(ratio, 2))x | "
                             + "≤ 1.5x: \(ratio <= 1.5 ? "met" : "missed") |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
