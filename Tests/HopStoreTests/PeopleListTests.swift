import Foundation
import HopModel
import Testing
@testable import HopStore

@Suite("Lists of the people behind a figure")
struct PeopleListTests {
    /// Profession A: Analysis required at 2 (EO) and 3 (HEO), Writing at 2 (HEO only); 12 CPD
    /// hours a cycle from April (on 15 June, 76 of 365 days gone: 149.9 minutes due); Cert X
    /// mandatory at HEO. Five members, each hand-placed, and one non-member.
    struct Fixture {
        let store: Store
        let basics: Basics
        let a: Profession
        let analysis: Skill
        let writing: Skill
        var people: [String: StaffMember] = [:]

        init() throws {
            store = try inMemoryStore()
            basics = try Basics.write(into: store)
            a = try store.saveProfession(Profession(code: "A", name: "Profession A"), by: user)
            let b = try store.saveProfession(Profession(code: "B", name: "Profession B"), by: user)
            let eo = basics.grade("EO"), heo = basics.grade("HEO")
            analysis = try store.saveSkill(Skill(professionId: a.id, name: "Analysis"), requirements: [(eo, 2), (heo, 3)], by: user)
            writing = try store.saveSkill(Skill(professionId: a.id, name: "Writing"), requirements: [(eo, 0), (heo, 2)], by: user)
            _ = try store.saveCPDRequirement(CPDRequirement(professionId: a.id, hoursPerCycle: 12, cycleStartMonth: 4), by: user)
            _ = try store.setQualificationRequirements(professionId: a.id, [(heo, "Cert X")], by: user)
            let department = basics.department.id
            func add(_ number: String, _ grade: RowID, _ professions: [RowID]) throws -> StaffMember {
                try store.addStaff(number, grade: grade, department: department, professions: professions)
            }
            let p1 = try add("P1", eo, [a.id]), p2 = try add("P2", eo, [a.id]), p3 = try add("P3", heo, [a.id])
            let p4 = try add("P4", heo, [a.id]), p5 = try add("P5", heo, [b.id, a.id])
            _ = try add("Q1", eo, [b.id])
            // P1: latest Analysis 1 (an older 2 does not count); 60 minutes: behind.
            _ = try store.assess(p1, analysis, level: 2, on: "2024-01-01")
            _ = try store.assess(p1, analysis, level: 1, on: "2025-01-10")
            _ = try store.logCPD(p1, .course, minutes: 60, on: "2025-05-01")
            // P2: Analysis 3, last assessed over a year ago; 200 minutes: on track.
            _ = try store.assess(p2, analysis, level: 3, on: "2023-05-01")
            _ = try store.logCPD(p2, .course, minutes: 200, on: "2025-04-02")
            // P3: never assessed, no CPD, no Cert X.
            // P4: Analysis 2 of 3, Writing 2 of 2; 800 minutes: completed; holds Cert X.
            _ = try store.assess(p4, analysis, level: 2, on: "2025-03-01")
            _ = try store.assess(p4, writing, level: 2, on: "2025-03-01")
            _ = try store.logCPD(p4, .seminar, minutes: 800, on: "2025-06-01")
            _ = try store.addQualificationHeld(QualificationHeld(staffId: p4.id, qualification: "Cert X", date: day("2020-01-01")), by: user)
            // P5: Analysis 1 of 3 over a year ago; CPD only in the last cycle: none logged.
            _ = try store.assess(p5, analysis, level: 1, on: "2024-02-01")
            _ = try store.logCPD(p5, .course, minutes: 100, on: "2025-03-31")
            people = ["P1": p1, "P2": p2, "P3": p3, "P4": p4, "P5": p5]
        }

        func query(_ who: PeopleCriterion, grade: String? = nil) -> PeopleQuery {
            PeopleQuery(professionId: a.id, criterion: who, gradeId: grade.map(basics.grade), today: today)
        }

        /// The whole list, read `size` at a time.
        func list(_ query: PeopleQuery, size: Int = 2) throws -> [PersonRow] {
            var rows: [PersonRow] = []
            var anchor = PeoplePageAnchor.first
            while true {
                let page = try store.peoplePage(query, anchor: anchor, limit: size)
                rows += page
                guard page.count == size, let last = page.last else { return rows }
                anchor = .after(last)
            }
        }

        func numbers(_ who: PeopleCriterion, grade: String? = nil) throws -> [String] {
            try list(query(who, grade: grade)).map(\.staffNumber)
        }

        var dashboard: ProfessionDashboard {
            get throws { ProfessionDashboard(data: try store.professionData(id: a.id, today: today), framework: .embedded, today: today) }
        }
    }

    @Test func eachListHoldsExactlyTheHandPlacedPeople() throws {
        let f = try Fixture()
        #expect(try f.numbers(.neverAssessed) == ["P3"])
        #expect(try f.numbers(.auditOverdue) == ["P2", "P5"])
        #expect(try f.numbers(.below(skill: "Analysis")) == ["P1", "P4", "P5"])
        #expect(try f.numbers(.below(skill: "Analysis"), grade: "HEO") == ["P4", "P5"])
        #expect(try f.numbers(.below(skill: "Writing")).isEmpty)
        #expect(try f.numbers(.cpd(.completed)) == ["P4"])
        #expect(try f.numbers(.cpd(.onTrack)) == ["P2"])
        #expect(try f.numbers(.cpd(.behind)) == ["P1"])
        #expect(try f.numbers(.cpd(.noneLogged)) == ["P3", "P5"])
        #expect(try f.numbers(.qualificationMissing(nil)) == ["P3", "P5"])
        #expect(try f.numbers(.qualificationMissing("Cert X"), grade: "EO").isEmpty)
    }

    @Test func theValueSaysWhatPutEachPersonThere() throws {
        let f = try Fixture()
        #expect(try f.list(f.query(.below(skill: "Analysis"))).map(\.value) == ["1 of 2", "2 of 3", "1 of 3"])
        #expect(try f.list(f.query(.cpd(.behind))).map(\.value) == ["1.0 (2.5)"])
        #expect(try f.list(f.query(.auditOverdue)).map(\.value) == ["2023-05-01", "2024-02-01"])
        #expect(try f.list(f.query(.qualificationMissing(nil))).map(\.value) == ["Cert X", "Cert X"])
        let row = try #require(try f.store.peoplePage(f.query(.neverAssessed), limit: 10).first)
        #expect([row.name, row.grade, row.department, row.post] == ["Person P3", "HEO", f.basics.department.name, ""])
    }

    /// The count on the dashboard equals the list's length, for every figure that has a list.
    @Test func everyFigureCountsItsList() throws {
        let f = try Fixture()
        let dashboard = try f.dashboard
        let cpd = try #require(dashboard.cpd)
        #expect(try f.store.peopleCount(f.query(.neverAssessed)) == dashboard.skills.neverAssessed)
        for category in CPDReport.Category.allCases {
            #expect(try f.store.peopleCount(f.query(.cpd(category))) == cpd.counts[category], "\(category)")
        }
        for row in dashboard.skills.rows {
            #expect(try f.store.peopleCount(f.query(.below(skill: row.skill.name))) == row.below, "\(row.skill.name)")
            for (grade, cell) in zip(dashboard.skills.grades, row.cells) {
                #expect(try f.list(f.query(.below(skill: row.skill.name), grade: grade.code)).count == cell.below,
                        "\(row.skill.name) \(grade.code)")
            }
        }
    }

    @Test func pagesFollowEachOtherBothWaysInEverySortOrder() throws {
        let f = try Fixture()
        // Twenty more never-assessed members, some sharing a name, across grades
        for n in 1...20 {
            _ = try f.store.saveStaff(StaffMember(staffNumber: "N\(100 + n)", name: n % 4 == 0 ? "Same Name" : "Name \(25 - n)",
                                                  gradeId: f.basics.grade(["EO", "HEO", "G7"][n % 3]),
                                                  departmentId: f.basics.department.id), by: user)
            let staff = try #require(try f.store.staffPage(professionId: nil, filter: "N\(100 + n)", limit: 1).first)
            _ = try f.store.setStaffProfessions(staffId: staff.id, expectedVersion: staff.version, [(f.a.id, true)], by: user)
        }
        for sort in PeopleSortColumn.allCases {
            for descending in [false, true] {
                var query = f.query(.neverAssessed)
                query.sort = sort
                query.descending = descending
                let whole = try f.store.peoplePage(query, limit: 100)
                #expect(whole.count == 21)
                #expect(try f.store.peopleCount(query) == 21)
                // Forwards, three at a time
                #expect(try f.list(query, size: 3) == whole, "\(sort) \(descending)")
                // Backwards from the end, four at a time
                var backwards: [PersonRow] = []
                var page = try f.store.peoplePage(query, anchor: .last, limit: 4)
                while let first = page.first {
                    backwards = page + backwards
                    page = try f.store.peoplePage(query, anchor: .before(first), limit: 4)
                }
                #expect(backwards == whole, "\(sort) \(descending)")
                // In the order asked for, ties by name then id
                let expected = whole.sorted { a, b in
                    func key(_ r: PersonRow) -> String {
                        switch sort {
                        case .name: ""
                        case .staffNumber: r.staffNumber
                        case .grade: String(format: "%04d", r.gradeRank)
                        case .department: r.department
                        case .value: String(r.valueKey)
                        }
                    }
                    let ka = (key(a), a.name, a.id), kb = (key(b), b.name, b.id)
                    return descending ? ka > kb : ka < kb
                }
                #expect(whole == expected, "\(sort) \(descending)")
            }
        }
    }

    @Test func aFilterNarrowsTheList() throws {
        let f = try Fixture()
        var query = f.query(.below(skill: "Analysis"))
        query.filter = "p5"
        #expect(try f.list(query).map(\.staffNumber) == ["P5"])
        #expect(try f.store.peopleCount(query) == 1)
    }

    @Test func namesAreCheckedAgainstTheStore() throws {
        let f = try Fixture()
        func refusal(_ code: String, _ who: PeopleCriterion, grade: String? = nil) -> String {
            do {
                _ = try f.store.peopleQuery(professionCode: code, who: who, gradeCode: grade, today: today)
                return "accepted"
            } catch { return error.description }
        }
        #expect(refusal("A", .below(skill: "No such skill")).contains("its skills: Analysis, Writing"))
        #expect(refusal("A", .neverAssessed, grade: "G99").contains("AA, AO, EO, HEO, SEO, G7, G6, SCS1, SCS2, SCS3"))
        #expect(refusal("Z", .neverAssessed).contains("codes: A, B"))
        #expect(refusal("A", .qualificationMissing("Cert Y")).contains("it requires: Cert X"))
        #expect(refusal("B", .cpd(.behind)).contains("no CPD requirement"))
        // Names are matched ignoring case and read back as stored
        let query = try f.store.peopleQuery(professionCode: "a", who: .below(skill: "analysis"), gradeCode: "heo", today: today)
        #expect(query.criterion == .below(skill: "Analysis") && query.gradeId == f.basics.grade("HEO"))
    }

    @Test func theWhoVocabularyParses() throws {
        #expect(try PeopleCriterion.parse("never-assessed") == .neverAssessed)
        #expect(try PeopleCriterion.parse("below:Data analysis") == .below(skill: "Data analysis"))
        #expect(try PeopleCriterion.parse("CPD:On-Track") == .cpd(.onTrack))
        #expect(try PeopleCriterion.parse("cpd:none") == .cpd(.noneLogged))
        #expect(try PeopleCriterion.parse("qualification-missing") == .qualificationMissing(nil))
        #expect(try PeopleCriterion.parse("qualification-missing:Cert X") == .qualificationMissing("Cert X"))
        for criterion: PeopleCriterion in [.neverAssessed, .auditOverdue, .below(skill: "S"), .cpd(.behind), .qualificationMissing("Q")] {
            #expect(try PeopleCriterion.parse(criterion.text) == criterion)
        }
        for bad in ["everyone", "below", "below:", "cpd", "cpd:late"] {
            #expect(throws: PeopleCriterionError.self) { try PeopleCriterion.parse(bad) }
        }
    }

    @Test func theAccessLogKeepsWhoWhenWhichAndHowManyButNoNames() throws {
        let f = try Fixture()
        let before = try f.store.lastChange()
        let entry = try f.store.recordAccess(AccessLogEntry(professionCode: "A", list: "below:Analysis", people: 3, format: "csv"), by: "hop")
        _ = try f.store.recordAccess(AccessLogEntry(professionCode: "B", list: "never-assessed", people: 0, format: "markdown"), by: "hop")
        let log = try f.store.accessLog(limit: 10)
        #expect(log.map(\.list) == ["never-assessed", "below:Analysis"])
        #expect(log.last == entry && entry.user == "hop" && entry.at == "2025-06-15T10:00:00Z" && entry.people == 3)
        #expect(try f.store.accessLog(professionCode: "a", limit: 10).map(\.id) == [entry.id])
        // Recording an export changes no record
        #expect(try f.store.lastChange() == before)
    }
}
