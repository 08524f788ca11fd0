import ArgumentParser
import Foundation
import HopModel
import HopStore

extension Bench {
    /// Lists of people behind the largest profession's figures, in a process of its own (so that
    /// its peak memory is the list's): the first page, a page from the end, and the whole list
    /// streamed, for "below" the skill with the most people below and for CPD "behind".
    struct People: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time the first and last pages, and a whole export, of the largest profession's lists of people.")
        @Option var store: String
        @Option var today: String = "2026-06-01"
        @Option(help: "Runs per page (figures are medians).") var runs: Int = 5
        @Option(help: "People a page.") var page: Int = 50

        func run() throws {
            report(try PeopleProbe.measure(store: store, today: Day(iso: today)!, runs: runs, page: page))
        }
    }
}

enum PeopleProbe {
    static func measure(store path: String, today: Day, runs: Int, page: Int) throws -> String {
        func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
        func ms(_ body: () throws -> Void) rethrows -> Double {
            let start = now()
            try body()
            return Double(now() - start) / 1e6
        }
        let store = try Store.open(path: path, mode: .readOnly)
        let all = try store.allProfessionData(today: today)
        guard let largest = all.max(by: { $0.memberCount < $1.memberCount }) else { throw BenchError("\(path) has no professions") }
        let skills = SkillGapReport(data: largest)
        guard let gap = skills.rows.max(by: { $0.below < $1.below }) else { throw BenchError("\(largest.profession.code) has no skills") }
        let cpd = CPDReport(data: largest, today: today)
        var lines = [
            "People lists of \(largest.profession.name) (\(largest.memberCount) members), pages of \(page), medians of \(runs) runs:",
            "",
            "| list | people | first page | last page | next page after the 10th | whole list streamed |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        var criteria: [(PeopleCriterion, Int)] = [(.below(skill: gap.skill.name), gap.below)]
        if let cpd { criteria.append((.cpd(.behind), cpd.counts[.behind] ?? 0)) }
        for (criterion, figure) in criteria {
            let query = PeopleQuery(professionId: largest.profession.id, criterion: criterion, today: today)
            var first: [Double] = [], last: [Double] = [], middle: [Double] = []
            var tenth: PersonRow?
            var anchor = PeoplePageAnchor.first
            for _ in 0..<10 {
                guard let row = try store.peoplePage(query, anchor: anchor, limit: page).last else { break }
                tenth = row
                anchor = .after(row)
            }
            for _ in 0..<runs {
                first.append(try ms { _ = try store.peoplePage(query, anchor: .first, limit: page) })
                last.append(try ms { _ = try store.peoplePage(query, anchor: .last, limit: page) })
                if let tenth { middle.append(try ms { _ = try store.peoplePage(query, anchor: .after(tenth), limit: page) }) }
            }
            var streamed = 0
            let whole = try ms { streamed = try store.forEachPerson(query) { _ in } }
            guard streamed == figure else {
                throw BenchError("\(criterion.text): the list holds \(streamed) people but the dashboard counts \(figure)")
            }
            func f(_ values: [Double]) -> String { values.isEmpty ? "n/a" : String(format: "%.1f ms", Statistics.median(values)) }
            lines.append("| `\(criterion.text)` | \(streamed) | \(f(first)) | \(f(last)) | \(f(middle)) | \(String(format: "%.2f s", whole / 1000)) |")
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        lines.append("")
        lines.append("Peak memory of the process: \(usage.ru_maxrss / 1024) MB.")
        return lines.joined(separator: "\n") + "\n"
    }
}
