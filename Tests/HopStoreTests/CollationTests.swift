import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

/// Several departments' stores in one: totals add up, and disagreements are refused whole.
@Suite struct CollationTests {
    let folder: TemporaryDirectory

    init() throws { folder = try TemporaryDirectory() }

    @Test func twoDepartmentsAddUp() throws {
        let a = try demoStore("a.sqlite", department: Department(code: "DFA", name: "Department for Fictional Affairs"), seed: 1)
        let b = try demoStore("b.sqlite", department: Department(code: "DFB", name: "Department for Fabled Business"), seed: 1)
        let summary = try Store.collate([a.path, b.path], into: folder.file("c.sqlite"), clock: fixedClock)
        let c = try Store.open(path: folder.file("c.sqlite"), mode: .readOnly)

        let expectedStaff = try a.staffCount(professionId: nil) + b.staffCount(professionId: nil)
        #expect(summary.staff == expectedStaff)
        #expect(try c.staffCount(professionId: nil) == expectedStaff)
        #expect(try Set(c.departments().map(\.code)) == ["DFA", "DFB"])
        #expect(try c.professions().count == a.professions().count)
        for profession in try c.professions() {
            let inA = try a.professions().first { $0.code == profession.code }!
            let inB = try b.professions().first { $0.code == profession.code }!
            #expect(try c.staffCount(professionId: profession.id)
                    == a.staffCount(professionId: inA.id) + b.staffCount(professionId: inB.id))
        }
        // Every kind of record the inputs hold reaches the collated store (the seminar planner's
        // settings excepted: they belong to the new store), so a record table added later and
        // forgotten by collation fails here.
        for kind in RecordKind.allCases where kind != .seminarSetting {
            if try rawInt(a, "SELECT COUNT(*) FROM \(kind.table)") > 0 {
                #expect(try rawInt(c, "SELECT COUNT(*) FROM \(kind.table)") > 0, "\(kind.table) was not collated")
            }
        }
        for table in ["movement", "departmental_lead"] {
            #expect(try rawInt(a, "SELECT COUNT(*) FROM \(table)") > 0, "the demo has no \(table) rows to collate")
        }
        // Both inputs come from one seed, so each profession's maturity history is the same in
        // both: history is kept once, not doubled.
        #expect(try rawInt(c, "SELECT COUNT(*) FROM maturity_assessment") == rawInt(a, "SELECT COUNT(*) FROM maturity_assessment"))
        for table in ["assessment", "cpd_activity", "qualification_held", "movement", "departmental_lead"] {
            #expect(try rawInt(c, "SELECT COUNT(*) FROM \(table)") == rawInt(a, "SELECT COUNT(*) FROM \(table)") + rawInt(b, "SELECT COUNT(*) FROM \(table)"))
        }
        // Each department keeps its own people.
        #expect(try rawInt(c, "SELECT COUNT(*) FROM staff s JOIN department d ON d.id = s.department_id WHERE d.code = 'DFB'")
                == b.staffCount(professionId: nil))
        // A movement keeps its person, and a lead their department, across the renumbering.
        let movedInB = "SELECT COUNT(*) FROM movement m JOIN staff s ON s.id = m.staff_id "
            + "JOIN department d ON d.id = s.department_id WHERE d.code = 'DFB'"
        #expect(try rawInt(c, movedInB) == rawInt(b, "SELECT COUNT(*) FROM movement"))
        #expect(try rawInt(c, "SELECT COUNT(*) FROM departmental_lead l JOIN department d ON d.id = l.department_id WHERE d.code = 'DFB'")
                == rawInt(b, "SELECT COUNT(*) FROM departmental_lead"))
        #expect(try c.verifySummaries().isEmpty)
        #expect(try permissions(folder.file("c.sqlite")) == 0o600)

        // Each department's figures in the collated store are its own store's summaries.
        let departments = try c.departmentData(today: today)
        for (code, original) in [("DFA", a), ("DFB", b)] {
            let department = try #require(departments.first { $0.department.code == code })
            #expect(department.staff == (try original.staffCount(professionId: nil)))
            let own = try original.allProfessionData(today: today)
            for data in department.professions {
                let mine = try #require(own.first { $0.profession.code == data.profession.code })
                #expect(data.memberCount == mine.memberCount)
                #expect(data.membership.map(\.assessed) == mine.membership.map(\.assessed))
                #expect(data.levelCounts.map(\.count) == mine.levelCounts.map(\.count))
                #expect(data.cpdCoverage == mine.cpdCoverage)
            }
        }
    }

    /// The input with the most people is the collated store's start, whatever its place in the
    /// list: the figures do not depend on the order, its logs and seminar settings are not
    /// carried over, and its summaries are kept and the others' people added to them (a summary
    /// row planted in it survives), unless the others are more than half the staff, when every
    /// summary is rebuilt from the records (the planted row goes).
    @Test func theLargestInputIsTheStartAndTheOrderChangesNothing() throws {
        let small = try demoStore("a.sqlite", department: Department(code: "DFA", name: "Department for Fictional Affairs"), seed: 1)
        let large = try demoStore("b.sqlite", department: Department(code: "DFB", name: "Department for Fabled Business"), seed: 1,
                                  scale: 10)
        let third = try demoStore("d.sqlite", department: Department(code: "DFD", name: "Department for Dreamt Development"), seed: 1,
                                  scale: 10)
        #expect(try large.staffCount(professionId: nil) > small.staffCount(professionId: nil))
        // One catalogue for all (the demo sizes an offer's places by the headcount).
        for store in [small, large, third] { try rawWrite(store, "UPDATE learning_offer SET places = 1000") }
        try rawWrite(large, "INSERT INTO access_log (at, user, profession_code, list, people, format) VALUES ('2025-05-01T09:00:00Z', 'hop', 'POL', 'below', 3, 'csv')")
        try rawWrite(large, "INSERT INTO seminar_setting (id, group_count) VALUES (1, 4)")
        let plant = "INSERT INTO sum_below (skill_id, staff_id, level, required, profession_id, n) SELECT id, 999999, 1, 2, profession_id, 1 FROM skill LIMIT 1"
        try rawWrite(large, plant)
        try Store.collate([small.path, large.path], into: folder.file("c1.sqlite"), clock: fixedClock)
        try Store.collate([large.path, small.path], into: folder.file("c2.sqlite"), clock: fixedClock)
        try Store.collate([small.path, large.path, third.path], into: folder.file("c3.sqlite"), clock: fixedClock)
        let c1 = try Store.open(path: folder.file("c1.sqlite"), mode: .readWrite)
        let c2 = try Store.open(path: folder.file("c2.sqlite"), mode: .readWrite)
        let c3 = try Store.open(path: folder.file("c3.sqlite"), mode: .readOnly)
        let planted = "SELECT COUNT(*) FROM sum_below WHERE staff_id = 999999"
        #expect(try rawInt(c1, planted) == 1 && rawInt(c2, planted) == 1)
        #expect(try rawInt(c3, planted) == 0)
        #expect(try c3.verifySummaries().isEmpty)
        let figures = { (store: Store) throws -> [String] in
            try store.allProfessionData(today: today).map { data in
                "\(data.profession.code) \(data.memberCount) \(data.levelCounts.map(\.count)) \(data.cpdCoverage) "
                    + "\(data.membership.map(\.assessed))"
            }.sorted()
        }
        #expect(try figures(c1) == figures(c2))
        for c in [c1, c2] {
            try rawWrite(c, "DELETE FROM sum_below WHERE staff_id = 999999")
            #expect(try c.verifySummaries().isEmpty)
            #expect(try c.staffCount(professionId: nil) == small.staffCount(professionId: nil) + large.staffCount(professionId: nil))
            #expect(try rawInt(c, "SELECT COUNT(*) FROM change_log") == 1)
            #expect(try rawInt(c, "SELECT COUNT(*) FROM access_log") == 0)
            #expect(try rawInt(c, "SELECT COUNT(*) FROM seminar_setting") == 0)
            #expect(try c.writer.read { try String.fetchOne($0, sql: "SELECT value FROM store_meta WHERE key = 'history_through'") }
                    == today.previousQuarterEnd.iso)
            #expect(try permissions(c.path) == 0o600)
        }
    }

    @Test func aChecklistItemDoneInOneStoreAndChangedInAnotherIsRefusedNotDropped() throws {
        // As found: one department's "done" gave way to another's newer "in progress".
        let a = try handBuiltStore("a.sqlite", department: "DFA", [("C01", .done, "Sam Owner", day("2025-05-01"))])
        let b = try handBuiltStore("b.sqlite", department: "DFB", [("C01", .inProgress, "Sam Owner", day("2025-06-01"))])
        let error = try refusal([a.path, b.path])
        #expect(error.contains("checklist item C01 of profession POL differs between \(a.path) (updated 2025-05-01) and "
                               + "\(b.path) (updated 2025-06-01): status Done vs In progress"), "\(error)")
        #expect(error.contains("make the stores agree"))
    }

    @Test func everyFieldOfAChecklistEntryCounts() throws {
        let a = try handBuiltStore("a.sqlite", department: "DFA", [("C01", .done, "Sam Owner", day("2025-05-01"))])
        let b = try handBuiltStore("b.sqlite", department: "DFB", [("C01", .done, "Kim Other", day("2025-05-01"))])
        let error = try refusal([a.path, b.path])
        #expect(error.contains("owner \"Sam Owner\" vs \"Kim Other\""), "\(error)")
        #expect(!error.contains("status"))
    }

    @Test func checklistEntriesThatAgreeAreKeptOnceAndOthersAllKept() throws {
        let a = try handBuiltStore("a.sqlite", department: "DFA", [("C01", .done, "Sam Owner", day("2025-05-01")),
                                                                   ("C02", .inProgress, "", day("2025-05-02"))])
        // C01 alike (saved again later, saying the same), C03 only here.
        let b = try handBuiltStore("b.sqlite", department: "DFB", [("C01", .done, "Sam Owner", day("2025-06-01")),
                                                                   ("C03", .notApplicable, "", day("2025-06-02"))])
        let summary = try Store.collate([a.path, b.path], into: folder.file("c.sqlite"), clock: fixedClock)
        #expect(summary.checklistItemsShared == 1)
        let c = try Store.open(path: folder.file("c.sqlite"), mode: .readOnly)
        let profession = try #require(try c.professions().first { $0.code == "POL" })
        let entries = try c.checklist(professionId: profession.id)
        let byItem = Dictionary(uniqueKeysWithValues: entries.map { ($0.itemId, $0) })
        #expect(byItem["C01"]?.status == .done)
        #expect(byItem["C01"]?.updated == day("2025-06-01"))
        #expect(byItem["C02"]?.status == .inProgress)
        #expect(byItem["C03"]?.status == .notApplicable)
        #expect(try rawInt(c, "SELECT COUNT(*) FROM checklist_entry") == 3)
    }

    @Test func demoStoresWhoseChecklistsDifferAreRefused() throws {
        let a = try demoStore("a.sqlite", department: DemoData.department, seed: 1)
        let b = try demoStore("b.sqlite", department: Department(code: "DFB", name: "Department for Fabled Business"), seed: 1)
        let profession = try #require(try b.professions().first)
        let entry = try #require(try b.checklist(professionId: profession.id).first)
        var changed = entry
        changed.evidence = "Reviewed by the board"
        _ = try b.saveChecklistEntry(changed, on: day("2030-01-01"), by: user)
        let error = try refusal([a.path, b.path])
        #expect(error.contains("checklist item \(entry.itemId) of profession \(profession.code) differs"))
        #expect(error.contains("evidence differs"))
    }

    @Test func sameStaffNumbersAreRefusedListingEach() throws {
        let a = try demoStore("a.sqlite", department: DemoData.department, seed: 1)
        let b = try demoStore("b.sqlite", department: Department(code: "DFB", name: "Department for Fabled Business"), seed: 1)
        // One person in both, under another department; another in both under the same.
        let first: String = try #require(try a.writer.read { try String.fetchOne($0, sql: "SELECT staff_number FROM staff ORDER BY id") })
        try rawWrite(b, "UPDATE staff SET staff_number = ? WHERE id = 1", [first])
        let error = try refusal([a.path, b.path, a.path])
        #expect(error.contains("staff number \(first) is in department DFA in \(a.path) but in department DFB in \(b.path)"))
        #expect(error.contains("is in both \(a.path) and \(a.path) (department DFA)"))
    }

    @Test func differentFrameworksAreRefused() throws {
        let a = try demoStore("a.sqlite", department: DemoData.department, seed: 1)
        let b = try demoStore("b.sqlite", department: Department(code: "DFB", name: "Department for Fabled Business"), seed: 1)
        let profession = try #require(try b.professions().first)
        try rawWrite(b, "UPDATE profession SET scale_labels = '[\"Low\",\"High\"]' WHERE id = ?", [profession.id])
        let skill = try #require(try b.skills(professionId: profession.id).first)
        try rawWrite(b, "UPDATE skill_requirement SET level = level + 1 WHERE skill_id = ? AND grade_id = (SELECT id FROM grade WHERE code = 'G7')", [skill.id])
        let error = try refusal([a.path, b.path])
        #expect(error.contains("profession \(profession.code): the proficiency scale is"))
        #expect(error.contains("2 levels (Low, High) in \(b.path)"))
        #expect(error.contains("profession \(profession.code): skill \"\(skill.name)\" at grade G7 requires level"))
    }

    // MARK: - Helpers

    /// The demo at a small scale, for another department (its staff numbers start with its code).
    private func demoStore(_ name: String, department: Department, seed: UInt64, scale: Int = 20) throws -> Store {
        let store = try Store.open(path: folder.file(name), mode: .createIfMissing, clock: fixedClock)
        try store.bulkLoad(by: "demo") { writer in
            var generator = DemoGenerator(writer: writer, random: DemoRandom(seed: seed), today: today, department: department)
            try generator.run(DemoProfession.all, headcounts: DemoProfession.all.map { max(3, $0.headcount / scale) })
        }
        return store
    }

    /// A store made by hand: one department, the profession POL, and the checklist entries given
    /// (item, status, owner, day saved).
    private func handBuiltStore(_ name: String, department code: String,
                                _ entries: [(String, ChecklistStatus, String, Day)]) throws -> Store {
        let store = try Store.open(path: folder.file(name), mode: .createIfMissing, clock: fixedClock)
        _ = try store.saveDepartment(Department(code: code, name: "Department \(code)"), by: user)
        let profession = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
        for (item, status, owner, saved) in entries {
            let current = try store.checklist(professionId: profession.id).first { $0.itemId == item }
            var entry = current ?? ChecklistEntry(professionId: profession.id, itemId: item)
            entry.status = status
            entry.owner = owner
            _ = try store.saveChecklistEntry(entry, on: saved, by: user)
        }
        return store
    }

    private func refusal(_ inputs: [String]) throws -> String {
        var message = ""
        do { _ = try Store.collate(inputs, into: folder.file("c.sqlite"), clock: fixedClock) } catch { message = "\(error)" }
        #expect(message.hasPrefix("The stores cannot be collated"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("c.sqlite")))
        return message
    }
}
