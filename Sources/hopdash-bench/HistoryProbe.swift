import ArgumentParser
import Foundation
import HopApp
import HopModel
import HopStore
import HopStoreAdapter
import TerminalUI

extension Bench {
    /// The history of one figure over five years: a copy of the store (the original is never
    /// opened for writing) gets a forum date marked each quarter for five years, each mark
    /// keeping every profession's figures in its own transaction, then the largest profession's
    /// skills gap is read back over the five years.
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time marking a forum date (every profession's figures kept) and reading one figure's five years.")
        @Option(help: "The store; it is copied first and the copy removed after.") var store: String
        @Option var today: String = "2026-06-01"
        @Option(help: "Runs of the read (figures are medians).") var runs: Int = 20

        func run() throws {
            report(try HistoryProbe.measure(store: store, today: Day(iso: today)!, runs: runs))
        }
    }
}

enum HistoryProbe {
    static func measure(store original: String, today: Day, runs: Int) throws -> String {
        func ms(_ body: () throws -> Void) rethrows -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        }
        let copy = NSTemporaryDirectory() + "hopdash-bench-history-\(getpid()).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) } }
        try FileManager.default.copyItem(atPath: original, toPath: copy)
        var opening = 0.0
        var store: Store!
        // Opening for writing upgrades the copy's layout (and keeps the last quarter end's figures on the first write).
        opening = try ms { store = try Store.open(path: copy, mode: .readWrite, clock: { Date() }) }
        let days = (1...20).map { today.adding(months: -3 * $0) }.reversed()
        var marks: [Double] = []
        for day in days {
            marks.append(try ms { _ = try store.saveForumDate(ForumDate(date: day, title: "Bench"), by: "bench") })
        }
        let all = try store.allProfessionData(today: today)
        guard let largest = all.max(by: { $0.memberCount < $1.memberCount }) else { throw BenchError("\(original) has no professions") }
        let since = today.adding(months: -60)
        var reads: [Double] = []
        var points = 0
        for _ in 0..<runs {
            reads.append(try ms { points = try store.history(professionId: largest.profession.id, figure: .skillsGap, since: since).count })
        }
        // The chart: the whole profession's history read (what the dashboard reads for its
        // sparklines), then `t` on the skills pane and the frame drawn, at 80x24 and 200x60.
        var historyReads: [Double] = []
        for _ in 0..<runs {
            historyReads.append(try ms { _ = try store.professionHistory(professionId: largest.profession.id) })
        }
        var charts: [Size: [Double]] = [:]
        let sizes = [Size(width: 80, height: 24), Size(width: 200, height: 60)]
        for size in sizes {
            let state = AppState(mode: .interactive, screen: .overview, size: size, today: today, framework: .embedded,
                                 storeDescription: copy)
            let runtime = Runtime(state: state, backend: MemoryBackend(size: size), theme: .color,
                                  client: StoreAdapter(store, user: "hopdash-bench"), today: { today })
            runtime.start()
            runtime.dispatch(.showProfession(largest.profession.id, pane: nil))
            runtime.handle(.key(.char("2")))
            runtime.render()
            for _ in 0..<runs {
                charts[size, default: []].append(ms {
                    runtime.handle(.key(.char("t")))
                    runtime.render()
                })
                guard runtime.state.screen == .history else { throw BenchError("t did not open the history chart") }
                runtime.handle(.key(.escape))
                runtime.render()
            }
        }
        func f(_ values: [Double]) -> String { String(format: "%.1f ms", Statistics.median(values)) }
        func m(_ values: [Double]) -> String { String(format: "%.1f ms", values.max() ?? 0) }
        let chartRows = sizes.map { size in
            "| its chart drawn at \(size.width)x\(size.height) (t on the skills pane, one frame), \(runs) draws | \(f(charts[size]!)) | \(m(charts[size]!)) |"
        }.joined(separator: "\n")
        return """
            History of \(largest.profession.name) (\(largest.memberCount) members), \(all.count) professions:

            | measurement | median | max |
            | --- | ---: | ---: |
            | open (and upgrade) the copy | \(String(format: "%.0f ms", opening)) | |
            | mark a forum date: every profession's figures kept in its transaction (20 marks) | \(f(marks)) | \(String(format: "%.1f ms", marks.max() ?? 0)) |
            | skills gap over five years (\(points) points), \(runs) reads | \(f(reads)) | \(String(format: "%.1f ms", reads.max() ?? 0)) |
            | every figure of the profession kept, with the forum dates (the dashboard's sparklines), \(runs) reads | \(f(historyReads)) | \(m(historyReads)) |
            \(chartRows)

            """
    }
}
