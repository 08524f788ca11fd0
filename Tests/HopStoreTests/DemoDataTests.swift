import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

@Suite("Demo data")
struct DemoDataTests {
    /// One full demo store shared by the read-only checks below (building it takes a moment).
    static let demo: Store = {
        let store = try! Store.inMemory(clock: fixedClock)
        try! DemoData.writeDemo(into: store, seed: 42, today: today)
        return store
    }()

    @Test func sameSeedGivesTheSameStoreAndAnotherSeedDoesNot() throws {
        // Given a second store from the same seed, and one from another seed
        let again = try inMemoryStore()
        try DemoData.writeDemo(into: again, seed: 42, today: today)
        let other = try inMemoryStore()
        try DemoData.write(into: other, seed: 43, today: today, scale: 1)
        // Then the first matches row for row, the other does not, and building was quick
        #expect(try fingerprint(again) == fingerprint(Self.demo))
        #expect(try fingerprint(other) != fingerprint(Self.demo))
    }

    /// Two years of history: eight quarter ends for every profession, every line with a shape.
    @Test func everyProfessionHasTwoYearsOfHistoryWithAShape() throws {
        let store = Self.demo
        for profession in try store.professions() {
            for figure in [Figure.skillsGap, .checklist, .auditCoverage] {
                let history = try store.history(professionId: profession.id, figure: figure)
                #expect(history.map(\.day.iso) == ["2023-06-30", "2023-09-30", "2023-12-31", "2024-03-31", "2024-06-30",
                                                   "2024-09-30", "2024-12-31", "2025-03-31"], "\(profession.code) \(figure)")
                #expect(Set(history.map(\.value)).count > 1, "\(profession.code) \(figure) is flat")
            }
        }
    }

    @Test func summariesOfTheDemoVerify() throws {
        #expect(try Self.demo.verifySummaries().isEmpty)
    }

    @Test func professionsDifferInSizeAndMaturity() throws {
        // Given the demo
        let data = try Self.demo.allProfessionData(today: today)
        let byCode = Dictionary(uniqueKeysWithValues: data.map { ($0.profession.code, $0) })
        // Then there are nine professions from a dozen members to about three thousand
        #expect(data.count == 9)
        let staff = try Self.demo.staffCount(professionId: nil)
        #expect((4_500...5_500).contains(staff), "\(staff) staff")
        #expect((2_900...3_300).contains(byCode["OPD"]!.memberCount))
        #expect((12...20).contains(byCode["DETH"]!.memberCount))
        #expect(byCode["DETH"]!.profession.isNew)
        #expect(byCode["ECON"]!.profession.scaleMax == 3)
        #expect(byCode["DDAT"]!.profession.scaleLabels == ["Awareness", "Working", "Practitioner", "Expert"])
        // And mature professions have assessed more of their members than the new one
        func coverage(_ code: String) -> Double {
            let m = byCode[code]!.membership
            return Double(m.reduce(0) { $0 + $1.assessed }) / Double(m.reduce(0) { $0 + $1.members })
        }
        #expect(coverage("ECON") > coverage("DETH"))
        let members = data.reduce(0) { $0 + $1.memberCount }
        let assessed = data.reduce(0) { $0 + $1.membership.reduce(0) { $0 + $1.assessed } }
        #expect((0.8...0.95).contains(Double(assessed) / Double(members)), "\(assessed) of \(members) assessed")
        #expect(members > staff, "some staff belong to more than one profession")
    }

    @Test func everyProfessionHasRulesChecklistAndHistory() throws {
        for data in try Self.demo.allProfessionData(today: today) {
            let code = data.profession.code
            #expect((8...12).contains(data.skills.count), "\(code) skills")
            #expect(data.requirements.count == data.skills.count * data.grades.count)
            #expect(data.cpdRequirement != nil && !data.cpdCoverage.isEmpty, "\(code) CPD")
            #expect(data.checklist.map(\.itemId) == (1...17).map { String(format: "C%02d", $0) }, "\(code) checklist")
            for area in 1...5 {
                #expect(data.maturity.filter { $0.area == area }.count >= 3, "\(code) area \(area)")
            }
            #expect(data.profession.headEmail.hasSuffix("@dfa.example.org"))
            #expect(data.profession.headPhone.hasPrefix("020 7946 0"))
        }
    }

    @Test func checklistsHaveTheUsualProblems() throws {
        // Given every checklist entry of the demo
        let entries = try Self.demo.allProfessionData(today: today).flatMap(\.checklist)
        // Then some are overdue, some unowned, some not applicable and some done
        #expect(entries.contains { ($0.due ?? today) < today && ($0.status == .notStarted || $0.status == .inProgress) })
        #expect(entries.contains { $0.owner.isEmpty })
        #expect(entries.contains { $0.status == .notApplicable })
        #expect(entries.contains { $0.status == .done })
    }

    @Test func cpdMixesActivityTypes() throws {
        // Given the CPD of the demo's current cycles
        let types = Set(try Self.demo.allProfessionData(today: today).flatMap(\.cpdTypeTotals).map(\.type))
        // Then the seeds' kinds of learning are there
        for type in [CPDActivityType.secondment, .jobShadowing, .coaching, .mentoring, .actionLearning, .course] {
            #expect(types.contains(type), "no \(type)")
        }
    }

    @Test func bulkLoadIsAllOrNothing() throws {
        // Given an empty store
        let store = try inMemoryStore()
        struct Stop: Error {}
        // When a bulk load fails half-way
        #expect(throws: Stop.self) {
            try store.bulkLoad { writer in
                try writer.insert(DemoData.department)
                throw Stop()
            }
        }
        // Then nothing was written
        #expect(try store.departments().isEmpty)
        #expect(try store.changeLog(professionId: nil, limit: 10).isEmpty)
    }
}

@Suite("Demo data: movements and departmental leads")
struct DemoCrossProfessionTests {
    @Test func everyProfessionHasALeadAndMovementsOfEveryKindAreThere() throws {
        let store = DemoDataTests.demo
        let directory = try store.directory()
        #expect(directory.entries.count == 9)
        for entry in directory.entries {
            #expect(entry.leads.map(\.department) == ["Department for Fictional Affairs"], "\(entry.profession.code)")
            #expect(entry.leads.allSatisfy { $0.lead.email.hasSuffix("@dfa.example.org") && $0.lead.phone.hasPrefix("020 7946 0") })
        }
        let counts = try store.writer.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT kind, COUNT(*) FROM movement GROUP BY kind")
                .map { (row: Row) -> (String, Int) in (row[0], row[1]) })
        }
        // About one person in twenty-five moved once; some secondments and loans ended with a return.
        for kind in ["post", "profession", "secondment-out", "loan-out", "job-shadowing", "return"] {
            #expect((counts[kind] ?? 0) > 0, "no \(kind) in \(counts)")
        }
        #expect((120...280).contains(counts.values.reduce(0, +)), "\(counts)")
        // Everyone who moved profession joined their present primary profession
        let misplaced = try rawInt(store, """
            SELECT COUNT(*) FROM movement m LEFT JOIN staff_profession sp
              ON sp.staff_id = m.staff_id AND sp.profession_id = m.to_profession_id AND sp.is_primary
            WHERE m.kind = 'profession' AND sp.staff_id IS NULL
            """)
        #expect(misplaced == 0)
        // And the dashboards count some of them
        let reports = try store.allProfessionData(today: today).map {
            MovementReport(professionId: $0.profession.id, facts: $0.movements, cpdRequirement: $0.cpdRequirement, today: today)
        }
        #expect(reports.reduce(0) { $0 + $1.joiners } > 0)
        #expect(reports.reduce(0) { $0 + $1.awayNow } > 0)
    }
}
