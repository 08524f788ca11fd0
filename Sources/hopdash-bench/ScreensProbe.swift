import ArgumentParser
import Foundation

extension Bench {
    /// The first frame of the overview, a profession's dashboard and the department comparison,
    /// each a whole `hopdash snapshot` process (open, read, draw, print) as a user would run it,
    /// on a large store and on a small one, with the ratio between them (the goal: within 1.5x).
    struct Screens: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time whole-process first frames on a large store against a small one and print the ratios.")
        @Option(help: "The large store (510,000 staff).") var store: String
        @Option(help: "The small store (the demo).") var demo: String
        @Option(help: "Profession code for the profession screen (in both stores).") var profession: String = "OPD"
        @Option var today: String = "2026-06-01"
        @Option(help: "Processes per screen and store, alternating (figures are medians).") var runs: Int = 7

        func run() throws {
            let tools = try Tools()
            report(try ScreensProbe.measure(hopdash: tools.hopdash, large: store, small: demo, profession: profession,
                                            today: today, runs: runs))
        }
    }
}

enum ScreensProbe {
    static func measure(hopdash: String, large: String, small: String, profession: String, today: String,
                        runs: Int) throws -> String {
        let screens: [(String, [String])] = [
            ("overview", ["--screen", "overview"]),
            ("profession \(profession)", ["--screen", "profession", "--profession", profession]),
            ("departments", ["--screen", "departments"]),
        ]
        var lines = [
            "Whole-process first frames (`hopdash snapshot --size 120x40 --today \(today)`), medians of \(runs) processes "
                + "per store, the two stores alternating:",
            "",
            "| screen | \((large as NSString).lastPathComponent) | \((small as NSString).lastPathComponent) | ratio | goal |",
            "| --- | ---: | ---: | ---: | --- |",
        ]
        for (name, arguments) in screens {
            var times: [String: [Double]] = [large: [], small: []]
            for _ in 0..<runs {
                for path in [large, small] {
                    let result = try Child.check([hopdash, "snapshot", "--store", path, "--size", "120x40", "--today", today]
                                                 + arguments)
                    times[path, default: []].append(result.seconds * 1000)
                }
            }
            let big = Statistics.median(times[large] ?? []), little = Statistics.median(times[small] ?? [])
            let ratio = big / little
            func f(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
            lines.append("| \(name) | \(f(big, 1)) ms | \(f(little, 1)) ms | \(f(ratio, 2))x | ≤ 1.5x: \(ratio <= 1.5 ? "met" : "missed") |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
