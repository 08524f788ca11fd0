import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

/// Every list of people, in every order, against a reference computed here from the records by
/// the lists' definitions (plain SQL over every member, sorted in Swift): the same people, the
/// same values, the same order, read a page at a time either way and streamed whole. The lists
/// read summaries and take shortcuts for speed; this is what they must still equal.
@Suite("Lists of people equal their definition")
struct PeopleListReferenceTests {
    static let generated: Store = {
        let store = try! Store.inMemory(clock: fixedClock)
        try! CivilServiceData.write(into: store, staff: 600, seed: 11, today: today)
        return store
    }()

    /// The reference row: what the list shows and the keys it sorts by.
    struct Expected: Equatable, CustomStringConvertible {
        var staffNumber: String, name: String, id: RowID, gradeRank: Int, department: String, value: String, valueKey: Int64
        var description: String { "\(staffNumber) \(value)" }
    }

    /// The reference list of `query`, from `unsorted` (its people in any order) when given.
    static func reference(_ store: Store, _ query: PeopleQuery, unsorted: [Expected]? = nil) throws -> [Expected] {
        let result = try unsorted ?? people(store, query)
        return result.sorted { a, b in
            func key(_ e: Expected) -> [String] {
                let sort: [String] = switch query.sort {
                case .name: []
                case .staffNumber: [e.staffNumber]
                case .grade: [String(format: "%06d", e.gradeRank)]
                case .department: [e.department]
                case .value: [String(format: "%020lld", e.valueKey + 1_000_000_000)]
                }
                return sort + [e.name, String(format: "%012d", e.id)]
            }
            // Names compare as SQLite's BINARY collation does: by UTF-8 bytes.
            let ka = key(a).map { Array($0.utf8) }, kb = key(b).map { Array($0.utf8) }
            let less = ka.lexicographicallyPrecedes(kb) { $0.lexicographicallyPrecedes($1) }
            return query.descending ? (ka != kb && !less) : less
        }
    }

    /// The people on `query`'s list, in no particular order.
    static func people(_ store: Store, _ query: PeopleQuery) throws -> [Expected] {
        let members = """
            SELECT s.id, s.name, s.staff_number, g.rank AS grade_rank, d.name AS department, s.grade_id, s.joined_profession,
                   s.fte_hundredths
            FROM staff_profession sp JOIN staff s ON s.id = sp.staff_id JOIN grade g ON g.id = s.grade_id
            JOIN department d ON d.id = s.department_id
            WHERE sp.profession_id = ?
            """
        let rows = try store.read { db in try Row.fetchAll(db, sql: members, arguments: [query.professionId]) }
        var result: [Expected] = []
        for row in rows {
            let id: RowID = row["id"]
            let gradeId: RowID = row["grade_id"]
            if let grade = query.gradeId, grade != gradeId { continue }
            if !query.filter.isEmpty {
                let name: String = row["name"], number: String = row["staff_number"]
                guard name.lowercased().contains(query.filter.lowercased())
                        || number.lowercased().contains(query.filter.lowercased()) else { continue }
            }
            guard let (value, key) = try value(store, query, staffId: id, gradeId: gradeId, row: row) else { continue }
            result.append(Expected(staffNumber: row["staff_number"], name: row["name"], id: id, gradeRank: row["grade_rank"],
                                   department: row["department"], value: value, valueKey: key))
        }
        return result
    }

    /// Whether the member is on the list, with the value shown and the value's sort key.
    static func value(_ store: Store, _ query: PeopleQuery, staffId: RowID, gradeId: RowID,
                      row: Row) throws -> (String, Int64)? {
        try store.read { db -> (String, Int64)? in
            switch query.criterion {
            case .below(let skill):
                let skillId = try RowID.fetchOne(db, sql: "SELECT id FROM skill WHERE profession_id = ? AND name = ?",
                                                 arguments: [query.professionId, skill])!
                guard let level = try Int.fetchOne(db, sql: """
                        SELECT level FROM assessment WHERE staff_id = ? AND skill_id = ? ORDER BY date DESC, id DESC LIMIT 1
                        """, arguments: [staffId, skillId]),
                      let required = try Int.fetchOne(db, sql: "SELECT level FROM skill_requirement WHERE skill_id = ? AND grade_id = ?",
                                                      arguments: [skillId, gradeId]),
                      level < required else { return nil }
                return ("\(level) of \(required)", Int64(required - level))
            case .neverAssessed:
                let assessed = try Bool.fetchOne(db, sql: """
                    SELECT EXISTS (SELECT 1 FROM assessment a JOIN skill k ON k.id = a.skill_id
                                   WHERE a.staff_id = ? AND k.profession_id = ?)
                    """, arguments: [staffId, query.professionId]) ?? false
                return assessed ? nil : ("never", Int64(0))
            case .cpd(let category):
                let requirement = try CPDRequirement.fetch(db, key: [query.professionId])!
                let year = requirement.cycleYear(containing: query.today)
                let start = requirement.cycleStart(year: year), end = requirement.cycleEnd(year: year)
                let types = Set(requirement.countedTypes.map(\.rawValue))
                let minutes = try Row.fetchAll(db, sql: "SELECT minutes, type, date FROM cpd_activity WHERE staff_id = ?",
                                               arguments: [staffId])
                    .filter { types.contains($0["type"]) && ($0["date"] as String) >= start.iso && ($0["date"] as String) <= end.iso }
                    .reduce(0) { $0 + ($1["minutes"] as Int) }
                let rule = CPDRule(requirement: requirement, cycleYear: year, today: query.today)
                let joined = (row["joined_profession"] as String?).flatMap(Day.init(iso:))
                let fte = (row["fte_hundredths"] as Int?).flatMap { FullTimeEquivalent(hundredths: $0) }
                guard rule.category(minutes: minutes, joined: joined, fte: fte) == category else { return nil }
                let length = start.days(until: end) + 1
                let elapsed = min(length, max(0, start.days(until: query.today) + 1))
                let due = Double(requirement.hoursPerCycle * 60) * Double(elapsed) / Double(length) / 60
                // Formatted as SQLite's printf rounds (half away from zero), as the list is
                let text = try String.fetchOne(db, sql: "SELECT printf('%.1f (%.1f)', ? / 60.0, ?)", arguments: [minutes, due])!
                return (text, Int64(minutes))
            default:
                Issue.record("no reference for \(query.criterion)")
                return nil
            }
        }
    }

    /// The list read forwards `size` at a time, backwards `size` at a time, and streamed.
    static func readings(_ store: Store, _ query: PeopleQuery, size: Int) throws -> [[PersonRow]] {
        var forwards: [PersonRow] = [], anchor = PeoplePageAnchor.first
        while true {
            let page = try store.peoplePage(query, anchor: anchor, limit: size)
            forwards += page
            guard page.count == size, let last = page.last else { break }
            anchor = .after(last)
        }
        var backwards: [PersonRow] = []
        var page = try store.peoplePage(query, anchor: .last, limit: size)
        while let first = page.first {
            backwards = page + backwards
            page = try store.peoplePage(query, anchor: .before(first), limit: size)
        }
        var streamed: [PersonRow] = []
        try store.forEachPerson(query, pageSize: size) { streamed += $0 }
        return [forwards, backwards, streamed]
    }

    static func check(_ store: Store, _ query: PeopleQuery, size: Int = 7, unsorted: [Expected]? = nil,
                      _ label: String) throws {
        let expected = try reference(store, query, unsorted: unsorted)
        for reading in try readings(store, query, size: size) {
            let got = reading.map {
                Expected(staffNumber: $0.staffNumber, name: $0.name, id: $0.id, gradeRank: $0.gradeRank,
                         department: $0.department, value: $0.value, valueKey: $0.valueKey)
            }
            #expect(got == expected, "\(label)")
        }
        #expect(try store.peopleCount(query) == expected.count, "\(label)")
    }

    /// The largest profession and its skills, by name.
    static func largest(_ store: Store) throws -> (ProfessionData, [String]) {
        let data = try store.allProfessionData(today: today).max { $0.memberCount < $1.memberCount }!
        return (data, data.skills.map(\.name).sorted())
    }

    @Test func everyListInEveryOrderEqualsItsDefinition() throws {
        let store = Self.generated
        let (data, skills) = try Self.largest(store)
        var criteria: [PeopleCriterion] = [.neverAssessed] + CPDReport.Category.allCases.map { .cpd($0) }
        criteria += skills.prefix(3).map { .below(skill: $0) }
        var nonEmpty = 0
        for criterion in criteria {
            let unsorted = try Self.people(store, PeopleQuery(professionId: data.profession.id, criterion: criterion, today: today))
            if !unsorted.isEmpty { nonEmpty += 1 }
            for sort in PeopleSortColumn.allCases {
                for descending in [false, true] {
                    let query = PeopleQuery(professionId: data.profession.id, criterion: criterion, sort: sort,
                                            descending: descending, today: today)
                    try Self.check(store, query, size: 9, unsorted: unsorted, "\(criterion.text) \(sort) \(descending)")
                }
            }
        }
        // Then the comparison was not of empty lists
        #expect(nonEmpty >= criteria.count - 1)
    }

    @Test func aGradeAndAFilterNarrowTheListAsDefined() throws {
        let store = Self.generated
        let (data, skills) = try Self.largest(store)
        for grade in data.grades.prefix(4) {
            for criterion in [PeopleCriterion.below(skill: skills[0]), .cpd(.behind)] {
                let query = PeopleQuery(professionId: data.profession.id, criterion: criterion, gradeId: grade.id, today: today)
                try Self.check(store, query, size: 3, "\(criterion.text) \(grade.code)")
            }
        }
        let filtered = PeopleQuery(professionId: data.profession.id, criterion: .below(skill: skills[1]), filter: "an", today: today)
        #expect(try Self.reference(store, filtered).count > 0)
        try Self.check(store, filtered, size: 2, "filter")
    }

    /// After every kind of write that can move someone onto or off a "below" list, the list
    /// still equals its definition (and the summaries their recomputation).
    @Test func belowListsFollowEveryWrite() throws {
        let store = try inMemoryStore()
        try CivilServiceData.write(into: store, staff: 200, seed: 3, today: today)
        let (data, skills) = try Self.largest(store)
        let skill = try #require(data.skills.first { $0.name == skills[0] })
        let query = PeopleQuery(professionId: data.profession.id, criterion: .below(skill: skill.name), today: today)
        func check(_ label: String) throws {
            try Self.check(store, query, label)
            #expect(try store.verifySummaries() == [], "\(label)")
        }
        try check("as generated")
        let before = try store.peopleCount(query)
        // A requirement raised at every grade puts more people below; lowered, fewer
        for grade in data.grades { try store.setSkillRequirement(skillId: skill.id, gradeId: grade.id, level: data.profession.scaleMax, by: user) }
        try check("requirement raised")
        #expect(try store.peopleCount(query) > before)
        for grade in data.grades { try store.setSkillRequirement(skillId: skill.id, gradeId: grade.id, level: 1, by: user) }
        try check("requirement lowered")
        #expect(try store.peopleCount(query) == 0)
        for grade in data.grades { try store.setSkillRequirement(skillId: skill.id, gradeId: grade.id, level: 3, by: user) }
        try check("requirement at 3")
        // A new latest assessment, its edit and its deletion
        let someone = try #require(try store.peoplePage(query, limit: 1).first)
        let added = try store.addAssessment(SkillAssessment(staffId: someone.id, skillId: skill.id, level: 4, date: today, source: .panel),
                                            by: user)
        try check("assessed above")
        #expect(try store.peoplePage(query, limit: 1000).contains { $0.id == someone.id } == false)
        var edited = added
        edited.level = 1
        edited = try store.updateAssessment(edited, by: user)
        try check("assessment edited")
        try store.deleteAssessment(id: edited.id, expectedVersion: edited.version, by: user)
        try check("assessment deleted")
        // A change of grade, of professions, and the member's deletion
        let member = try #require(try store.staffMember(id: someone.id))
        var promoted = member
        promoted.gradeId = try #require(data.grades.first { $0.id != member.gradeId }).id
        promoted = try store.saveStaff(promoted, by: user)
        try check("grade changed")
        promoted = try store.setStaffProfessions(staffId: promoted.id, expectedVersion: promoted.version, [], by: user)
        try check("left the profession")
        try store.deleteStaff(id: promoted.id, expectedVersion: promoted.version, by: user)
        try check("deleted")
        // The skill deleted: no rows left behind
        let current = try #require(try store.skills(professionId: data.profession.id).first { $0.id == skill.id })
        try store.deleteSkill(id: current.id, expectedVersion: current.version, by: user)
        #expect(try rawInt(store, "SELECT COUNT(*) FROM sum_below WHERE skill_id = ?", [skill.id]) == 0)
        #expect(try store.verifySummaries() == [])
    }
}
