import Foundation
import HopApp
import HopModel
import HopStore
import HopStoreAdapter
import TerminalUI

/// What one dashboard process measures, through the real render path over a `MemoryBackend`:
/// run in a child process of its own (`hopdash-bench probe`) so that its first frame starts
/// from a fresh process and its peak memory is its own.
struct ProbeResult: Codable {
    var overviewFirstFrameMs: Double
    var largestCode: String
    var largestFirstFrameMs: Double
    var keyMs: [Double]
    var editMs: [Double]
    /// The part of each edit spent committing (the rest is re-reading and drawing).
    var commitMs: [Double]
    /// Frames rendered again with nothing changed, and how many of them drew anything.
    var unchangedFrames: Int
    var unchangedFramesDrawn: Int
    var unchangedCellsWritten: Int
}

enum DashboardProbe {
    static let size = Size(width: 120, height: 40)

    /// Keys a user might press: panes, zoom, professions back and forth (each a store read),
    /// the overview and its sorting and scrolling.
    static let script: [Key] = {
        let dashboard: [Key] = [.tab, .tab, .tab, .tab, .backTab, .char("1"), .char("2"), .enter, .escape,
                                .char("3"), .enter, .escape, .char("4"), .down, .down, .up]
        let professions: [Key] = Array(repeating: .char("]"), count: 6) + Array(repeating: .char("["), count: 6)
        let overview: [Key] = [.char("o"), .down, .down, .down, .pageDown, .up, .char("s"), .char("s"), .char("r"),
                               .char("S"), .home, .end, .home, .enter]
        return Array(repeating: dashboard + professions + overview, count: 5).flatMap { $0 }
    }()

    static func run(store path: String, today: Day, edits: Int) throws -> ProbeResult {
        func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
        func ms(since start: UInt64) -> Double { Double(now() - start) / 1e6 }

        var start = now()
        let store = try Store.open(path: path, mode: .readWrite)
        let backend = MemoryBackend(size: size)
        let state = AppState(mode: .interactive, screen: .overview, size: size, today: today,
                             framework: Framework.embedded, storeDescription: path)
        let runtime = Runtime(state: state, backend: backend, theme: .color, client: StoreAdapter(store, user: "hopdash-bench"),
                              today: { today })
        runtime.start()
        runtime.render()
        let overviewMs = ms(since: start)
        guard let largest = runtime.state.overview.visibleRows.max(by: { $0.staff < $1.staff }) else {
            throw BenchError("\(path) has no professions")
        }

        start = now()
        runtime.dispatch(.showProfession(largest.professionId, pane: nil))
        runtime.render()
        let largestMs = ms(since: start)

        var keyMs: [Double] = []
        var unchanged = 0, unchangedDrawn = 0, unchangedCells = 0
        for key in script {
            start = now()
            runtime.handle(.key(key))
            runtime.render()
            keyMs.append(ms(since: start))
            // The same state again: nothing may reach the terminal.
            let (draws, cells) = (backend.drawCalls, backend.cellsWritten)
            runtime.render()
            unchanged += 1
            if backend.drawCalls != draws { unchangedDrawn += 1 }
            unchangedCells += backend.cellsWritten - cells
        }

        // Edits on the largest profession's dashboard: commit one assessment, then what the app
        // does after one's own save (the `saved` action and its refresh), and draw. Each is
        // deleted again (untimed) so that the cached store stays as generated.
        runtime.dispatch(.showProfession(largest.professionId, pane: nil))
        runtime.render()
        let people = try store.staffPage(professionId: largest.professionId, limit: max(1, edits))
        let skills = try store.skills(professionId: largest.professionId)
        guard !people.isEmpty, !skills.isEmpty else { throw BenchError("\(largest.code) has no staff or skills") }
        var editMs: [Double] = [], commitMs: [Double] = []
        for index in 0..<edits {
            let assessment = SkillAssessment(staffId: people[index % people.count].id,
                                             skillId: skills[index % skills.count].id,
                                             level: 1 + index % 3, date: today, source: .panel)
            start = now()
            let saved = try store.addAssessment(assessment, by: "bench")
            commitMs.append(ms(since: start))
            runtime.dispatch(.saved(AppliedChange(change: .saveAssessment(assessment), before: nil,
                                                  after: .assessment(saved), origin: .quick)))
            runtime.render()
            editMs.append(ms(since: start))
            try store.deleteAssessment(id: saved.id, expectedVersion: saved.version, by: "bench")
        }
        return ProbeResult(overviewFirstFrameMs: overviewMs, largestCode: largest.code, largestFirstFrameMs: largestMs,
                           keyMs: keyMs, editMs: editMs, commitMs: commitMs, unchangedFrames: unchanged,
                           unchangedFramesDrawn: unchangedDrawn, unchangedCellsWritten: unchangedCells)
    }
}
