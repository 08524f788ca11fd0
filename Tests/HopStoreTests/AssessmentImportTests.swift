import Foundation
import HopModel
import Testing
@testable import HopStore

@Suite("Importing assessments")
struct AssessmentImportTests {
    /// A small generated store: CS000001 is in Operational Delivery (scale of four levels).
    private func store() throws -> Store {
        let store = try inMemoryStore()
        try CivilServiceData.write(into: store, staff: 100, seed: 3, today: today)
        return store
    }

    private func run(_ store: Store, _ text: String, dryRun: Bool = false, limit: Int = 50) throws -> ImportOutcome {
        try store.importAssessments(reading: { CSVReader(bytes: Array(text.utf8)) }, file: "audit.csv", dryRun: dryRun,
                                    errorLimit: limit)
    }

    /// The problems an import reports, as the user reads them.
    private func problems(_ store: Store, _ text: String, limit: Int = 50) throws -> [String] {
        do {
            _ = try run(store, text, limit: limit)
            return []
        } catch let failure as ImportFailure {
            return failure.problems.listed.map(\.description)
        }
    }

    @Test func insertsThenLeavesUnchangedThenUpdates() throws {
        let store = try store()
        let before = try rawInt(store, "SELECT COUNT(*) FROM assessment")
        // Given a spreadsheet's file: BOM, CRLF, aliases in the header, UK dates, a profession column
        let file = "\u{FEFF}Staff No.,PROFESSION,Skill,Level,Assessment date,Assessed by\r\n"
            + "CS000001,,Customer service,3,01/03/2025,Line manager\r\n"
            + "CS000001,pol,Legislation,2,2025-03-02,panel\r\n"
            + ",,,,,\r\n"
        // When imported, again, and with one level changed
        let first = try run(store, file)
        let second = try run(store, file)
        let third = try run(store, file.replacingOccurrences(of: "Legislation,2", with: "Legislation,4"))
        // Then two are inserted, then unchanged, then one updated; blank rows are skipped
        #expect(first == ImportOutcome(inserted: 2, updated: 0, unchanged: 0, skipped: 1))
        #expect(second == ImportOutcome(inserted: 0, updated: 0, unchanged: 2, skipped: 1))
        #expect(third == ImportOutcome(inserted: 0, updated: 1, unchanged: 1, skipped: 1))
        #expect(try rawInt(store, "SELECT COUNT(*) FROM assessment") == before + 2)
        #expect(try store.verifySummaries().isEmpty)
    }

    /// A person's rows for one skill and date with other levels, one of them given twice: each
    /// row is kept (the last counting as the latest), none overwrites another, whether the
    /// person's rows follow one another or not.
    @Test func rowsForOneSkillAndDateAreEachKeptInWhateverOrderTheyCome() throws {
        let results = try importInBothOrders(
            .assessments, header: "Staff number,Profession,Skill,Level,Date,Source",
            stored: "CS000001,OPD,Customer service,1,2025-05-01,self",
            mine: ["CS000001,OPD,Customer service,2,2025-05-01,self", "CS000001,OPD,Customer service,3,2025-05-01,panel",
                   "CS000001,OPD,Customer service,2,2025-05-01,self"],
            others: ["CS000002,OPD,Customer service,2,2025-05-01,self", "CS000002,OPD,Customer service,3,2025-05-02,self"]) { store in
            try store.writer.read { db in
                try String.fetchAll(db, sql: """
                    SELECT level || ' ' || source FROM assessment
                    WHERE staff_id = (SELECT id FROM staff WHERE staff_number = 'CS000001') AND date = '2025-05-01'
                    ORDER BY id
                    """)
            }
        }
        // The stored level 1 takes the first row's 2; the other two rows are added, the last latest
        for result in results {
            #expect(result.outcome == ImportOutcome(inserted: 4, updated: 1, unchanged: 0, skipped: 0))
            #expect(result.records == ["2 self", "3 panel", "2 self"])
        }
    }

    @Test func everyProblemIsListedWithLineAndColumnAndNothingIsWritten() throws {
        let store = try store()
        let before = try fingerprint(store)
        let file = """
            Staff number,Skill,Level,Date,Source
            CS000001,Customer service,3,2025-01-01,self
            CS000001,Customer service,5,31/02/2025,boss
            XX999,Customer service,1,2025-01-01,self
            CS000001,Knitting,one,2025-13-01,panel
            CS000001,Customer service
            CS000001,Customer service,2,2025-01-01,self
            """
        #expect(try problems(store, file) == [
            "audit.csv:3:3: level 5 is above OPD's maximum 4; expected 1 to 4",
            "audit.csv:3:4: date \"31/02/2025\" does not exist; expected a day of the calendar",
            "audit.csv:3:5: source in this cell is not known; expected self, line manager or panel",
            "audit.csv:4:1: unknown staff number \"XX999\"; expected someone already in the store (import staff first)",
            "audit.csv:5:2: no skill of that name in OPD (Operational Delivery); expected one of: case management; customer service; decision making; digital channels; leading teams; operational planning; performance data; process improvement; resilience planning; risk and compliance",
            "audit.csv:5:3: level in this cell is not a whole number; expected 1 to the top of the profession's scale",
            "audit.csv:5:4: date \"2025-13-01\" does not exist; expected a day of the calendar",
            "audit.csv:6:0: 2 fields; expected 5, as in the header",
        ])
        // All or nothing: the valid rows before and after the bad ones were not written either
        #expect(try fingerprint(store) == before)
    }

    @Test func headerProblemsNameTheExpectedColumns() throws {
        let store = try store()
        let problems = try problems(store, "Staff number,Skil,Level,Date,Source,Level\nCS000001,x,1,2025-01-01,self\n")
        #expect(problems.count == 3)
        #expect(problems[0].hasPrefix("audit.csv:1:2: unknown column here; expected one of: Staff number, Profession, Skill"))
        #expect(problems[1] == "audit.csv:1:6: column \"Level\" repeats column 3 (Level); expected each column once")
        #expect(problems[2].hasPrefix("audit.csv:1:0: missing column \"Skill\""))
        #expect(try self.problems(store, "")[0].hasPrefix("audit.csv:1:0: the file is empty"))
        #expect(try run(store, "Staff number,Skill,Level,Date,Source\r\n") == ImportOutcome())
    }

    @Test func anUnclosedQuoteStopsTheImportAtItsLine() throws {
        let store = try store()
        let before = try fingerprint(store)
        #expect(try problems(store, "Staff number,Skill,Level,Date,Source\nCS000001,\"Customer service,3,2025-01-01,self\n") == [
            "audit.csv:2:2: a quoted field opened here is never closed; expected a closing quote (\")",
        ])
        #expect(try fingerprint(store) == before)
    }

    @Test func problemsPastTheLimitAreCountedNotListed() throws {
        let store = try store()
        let rows = (1...5).map { _ in "NOBODY,Customer service,1,2025-01-01,self" }.joined(separator: "\n")
        do {
            _ = try run(store, "Staff number,Skill,Level,Date,Source\n" + rows, limit: 2)
            Issue.record("expected the import to fail")
        } catch let failure as ImportFailure {
            #expect(failure.problems.listed.count == 2)
            #expect(failure.problems.total == 5)
            #expect(failure.description.contains("... and 3 more problems (5 in all)"))
            #expect(failure.description.hasSuffix("Nothing was imported: the store is unchanged. Correct the file and run the import again."))
        }
    }

    @Test func aDryRunCountsButWritesNothing() throws {
        let store = try store()
        let before = try fingerprint(store)
        let outcome = try run(store, "Staff number,Skill,Level,Date,Source\nCS000001,Customer service,2,2024-05-05,self\n",
                              dryRun: true)
        #expect(outcome.inserted == 1)
        #expect(try fingerprint(store) == before)
    }

    @Test func exportedAssessmentsImportBackUnchanged() throws {
        let store = try store()
        var csv = ""
        try store.exportAssessments { csv += $0 }
        let count = try rawInt(store, "SELECT COUNT(*) FROM assessment")
        let outcome = try run(store, csv)
        #expect(outcome.inserted == 0 && outcome.updated == 0)
        #expect(outcome.unchanged == count)
    }
}
