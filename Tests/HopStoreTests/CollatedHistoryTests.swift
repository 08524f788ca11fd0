import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

/// Collation carries the inputs' figure histories (DECISIONS 87): counts about people added per
/// profession and day, the profession's own figures only where the inputs agree, and a day only
/// where every input listing the profession kept it. Worked out by hand.
@Suite struct CollatedHistoryTests {
    let folder: TemporaryDirectory

    init() throws { folder = try TemporaryDirectory() }

    /// A store with Policy and two skills, created in `order` (so their ids differ between
    /// stores), and its history rows as given: (figure code, skill name or nil, day, count, base, reason).
    func input(_ name: String, skills order: [String], history: [(String, String?, String, Int, Int, String)]) throws -> (Store, [String: RowID]) {
        let store = try Store.open(path: folder.file(name), mode: .createIfMissing, clock: fixedClock)
        _ = try Basics.write(into: store)
        let pol = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
        var skills: [String: RowID] = [:]
        for skill in order { skills[skill] = try store.saveSkill(Skill(professionId: pol.id, name: skill), requirements: [], by: user).id }
        for (figure, skill, day, count, base, reason) in history {
            let code = skill.map { "skill:\(skills[$0]!)" } ?? figure
            try rawWrite(store, """
                INSERT INTO figure_history (profession_id, figure, day, count, base, reason) VALUES (?, ?, ?, ?, ?, ?)
                """, [pol.id, code, day, count, base, reason])
        }
        return (store, skills)
    }

    @Test func peopleAreAddedTheProfessionsOwnFiguresKeptWhereTheyAgree() throws {
        let (a, _) = try input("a.sqlite", skills: ["Analysis", "Drafting"], history: [
            ("skills-gap", nil, "2025-03-31", 1, 4, "quarter"), ("", "Drafting", "2025-03-31", 1, 3, "quarter"),
            ("audit-coverage", nil, "2025-03-31", 4, 5, "quarter"), ("checklist", nil, "2025-03-31", 3, 16, "quarter"),
            ("maturity", nil, "2025-03-31", 6, 2, "quarter"), ("skills-gap", nil, "2024-12-31", 2, 4, "records"),
            ("cpd", nil, "2025-05-10", 3, 5, "forum"),
        ])
        let (b, _) = try input("b.sqlite", skills: ["Drafting", "Analysis"], history: [
            ("skills-gap", nil, "2025-03-31", 2, 6, "quarter"), ("", "Drafting", "2025-03-31", 2, 5, "quarter"),
            ("audit-coverage", nil, "2025-03-31", 6, 7, "quarter"), ("checklist", nil, "2025-03-31", 3, 16, "quarter"),
            ("maturity", nil, "2025-03-31", 8, 2, "quarter"), ("cpd", nil, "2025-05-10", 1, 2, "quarter"),
        ])
        _ = try Store.collate([a.path, b.path], into: folder.file("c.sqlite"), clock: fixedClock)
        let c = try Store.open(path: folder.file("c.sqlite"), mode: .readOnly)
        let pol = try #require(try c.professions().first { $0.code == "POL" })
        let drafting = try #require(try c.skills(professionId: pol.id).first { $0.name == "Drafting" })
        func history(_ figure: Figure) throws -> [String] {
            try c.history(professionId: pol.id, figure: figure, since: day("2024-01-01")).filter { $0.day < day("2025-07-01") }
                .map { "\($0.day.iso) \($0.value.count)/\($0.value.base) \($0.reason.rawValue)" }
        }
        // 1 of 4 and 2 of 6 below: 3 of 10. Drafting (a different id in each input): 1/3 + 2/5.
        #expect(try history(.skillsGap) == ["2025-03-31 3/10 quarter"])   // 31 Dec 2024: b kept nothing that day
        #expect(try history(.skillGap(skillId: drafting.id)) == ["2025-03-31 3/8 quarter"])
        #expect(try history(.auditCoverage) == ["2025-03-31 10/12 quarter"])
        #expect(try history(.checklist) == ["2025-03-31 3/16 quarter"])   // the same in both
        #expect(try history(.maturity).isEmpty)                              // 6/2 against 8/2: not combined
        #expect(try history(.cpdCompliance) == ["2025-05-10 4/7 forum"])     // a forum in one, kept in both
    }
}
