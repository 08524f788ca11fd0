import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

/// The forum report of the demo store, in both formats, against every personal detail the demo
/// holds: no staff member's name or number, no head of profession's name, email or phone, no
/// checklist owner or maturity assessor may appear.
@Suite("Forum report privacy")
struct ForumReportPrivacyTests {
    static let day = Day(iso: "2026-10-01")!

    static func strings(_ store: Store, _ sql: String) throws -> [String] {
        try store.writer.read { try String.fetchAll($0, sql: sql) }.filter { !$0.isEmpty }
    }

    @Test func noPersonalDetailOfTheDemoAppearsInEitherFormat() throws {
        let store = try Store.inMemory(clock: fixedClock)
        try DemoData.writeDemo(into: store, seed: DemoData.defaultSeed, today: Self.day)
        let dashboards = try store.allProfessionData(today: Self.day)
            .map { ProfessionDashboard(data: $0, framework: .embedded, today: Self.day) }
        let report = ForumReport(dashboards: dashboards, framework: .embedded, today: Self.day)
        let outputs = [MarkdownReport.render(report), HTMLReport.render(report)]
        let staffNames = try Self.strings(store, "SELECT DISTINCT name FROM staff")
        let personal = try staffNames
            + Self.strings(store, "SELECT staff_number FROM staff")
            + Self.strings(store, "SELECT head_name FROM profession UNION SELECT head_email FROM profession UNION SELECT head_phone FROM profession")
            + Self.strings(store, "SELECT DISTINCT owner FROM checklist_entry")
            + Self.strings(store, "SELECT DISTINCT assessor FROM maturity_assessment")
        // The demo is as expected: thousands of people, every profession's head, owners and assessors
        #expect(staffNames.count > 4_000)
        #expect(personal.count > staffNames.count * 2)
        for output in outputs {
            #expect(output.contains("Operational Delivery (OPD)"))
            let phrases = Self.phrases(output, longest: 5)
            let leaked = personal.filter { phrases.contains(Self.words($0).joined(separator: " ")) }
            #expect(leaked.isEmpty, "\(leaked.prefix(5))")
        }
        // The check itself finds a name where there is one
        #expect(Self.phrases("<td>x &amp; \(staffNames[0]).</td>", longest: 5).contains(Self.words(staffNames[0]).joined(separator: " ")))
    }

    /// Runs of letters and digits, lower case, after HTML's character references are decoded.
    static func words(_ text: String) -> [String] {
        let decoded = text.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
        return decoded.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// Every run of 1 to `longest` consecutive words, so that a name (or number, email, phone)
    /// is found as its words in a row, whatever punctuation or markup surrounds it.
    static func phrases(_ text: String, longest: Int) -> Set<String> {
        let all = words(text)
        var phrases = Set<String>()
        for start in all.indices {
            var phrase = ""
            for end in start..<min(all.count, start + longest) {
                phrase += (end == start ? "" : " ") + all[end]
                phrases.insert(phrase)
            }
        }
        return phrases
    }
}
