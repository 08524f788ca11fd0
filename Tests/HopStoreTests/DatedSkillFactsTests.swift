import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

/// The skill facts as of several days from one ordered pass (`DatedSkillFacts`) equal, day by
/// day, what one query per day works out (the summaries' own SQL restricted to the day, kept
/// here as the reference), and as of a day after every assessment, the live summaries.
@Suite struct DatedSkillFactsTests {
    /// The reference: each member's latest level per skill as of `day`, and per grade the
    /// members and those with any assessment of the profession's skills by then.
    static func reference(_ db: Database, onlyTouched: Bool, asOf day: Day) throws -> [RowID: DatedSkillFacts.Facts] {
        let touched = onlyTouched ? " AND a.staff_id IN (SELECT staff_id FROM temp.history_staff)" : ""
        let members = onlyTouched ? "WHERE sp.staff_id IN (SELECT staff_id FROM temp.history_staff)" : ""
        var facts: [RowID: DatedSkillFacts.Facts] = [:]
        for row in try Row.fetchAll(db, sql: """
            WITH latest AS (
                SELECT p.staff_id, p.skill_id,
                       (SELECT b.level FROM assessment b
                        WHERE b.staff_id = p.staff_id AND b.skill_id = p.skill_id AND b.date <= ?1
                        ORDER BY b.date DESC, b.id DESC LIMIT 1) AS level
                FROM (SELECT DISTINCT a.staff_id, a.skill_id FROM assessment a WHERE a.date <= ?1\(touched)) p
            )
            SELECT k.profession_id, r.skill_id, s.grade_id, r.level, COUNT(*)
            FROM latest r
            JOIN skill k ON k.id = r.skill_id
            JOIN staff_profession sp ON sp.staff_id = r.staff_id AND sp.profession_id = k.profession_id
            JOIN staff s ON s.id = r.staff_id
            GROUP BY k.profession_id, r.skill_id, s.grade_id, r.level
            """, arguments: [day.iso]) {
            facts[row[0], default: .init()].levels.append(SkillLevelCount(skillId: row[1], gradeId: row[2], level: row[3], count: row[4]))
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT sp.profession_id, s.grade_id, COUNT(*),
                   SUM(EXISTS (SELECT 1 FROM assessment a JOIN skill k ON k.id = a.skill_id
                               WHERE a.staff_id = sp.staff_id AND k.profession_id = sp.profession_id AND a.date <= ?1))
            FROM staff_profession sp JOIN staff s ON s.id = sp.staff_id
            \(members)
            GROUP BY sp.profession_id, s.grade_id
            """, arguments: [day.iso]) {
            facts[row[0], default: .init()].membership.append(GradeMembership(gradeId: row[1], members: row[2], assessed: row[3]))
        }
        return facts
    }

    /// The demo store, with a second and third assessment of some people's skills on the same
    /// day as their latest (the tie goes to the larger id) and one before their first.
    func store() throws -> Store {
        let store = try Store.inMemory(clock: fixedClock)
        try DemoData.writeDemo(into: store, seed: DemoData.defaultSeed, today: today)
        try store.writer.write { db in
            try db.execute(sql: """
                INSERT INTO assessment (staff_id, skill_id, level, date, source)
                SELECT staff_id, skill_id, 1 + (level % 4), date, source FROM assessment WHERE id % 7 = 0;
                INSERT INTO assessment (staff_id, skill_id, level, date, source)
                SELECT staff_id, skill_id, 4, '2019-01-01', source FROM assessment WHERE id % 11 = 0;
                """)
        }
        return store
    }

    @Test func everyDayFromOnePassEqualsItsOwnQuery() throws {
        let store = try store()
        let days = ["2019-01-01", "2023-12-31", "2024-06-30", "2025-03-31", "2025-09-30", "2026-03-31"].map(day)
        try store.read { db in
            let all = try DatedSkillFacts.facts(db, from: .store, onlyTouched: false, asOf: days)
            #expect(all.count == days.count)
            for day in days {
                let expected = try Self.reference(db, onlyTouched: false, asOf: day)
                #expect(all[day] == expected, "\(day.iso)")
            }
            // Some days hold levels, and the days differ from each other
            #expect(Set(days.map { all[$0]?.values.map(\.levels.count).reduce(0, +) ?? 0 }).count > 2)
        }
    }

    /// Marks every `n`th staff member (by id) as written by an import (`temp.history_staff`).
    static func touch(every n: Int, _ db: Database) throws {
        try db.execute(sql: """
            CREATE TEMP TABLE history_staff (staff_id INTEGER PRIMARY KEY);
            INSERT INTO temp.history_staff SELECT id FROM staff WHERE id % ? = 0;
            """, arguments: [n])
    }

    @Test func onlyTheTouchedPeopleWhenAsked() throws {
        let store = try store()
        let days = ["2024-06-30", "2026-03-31"].map(day)
        try store.writer.write { db in
            try Self.touch(every: 5, db)
            let touched = try DatedSkillFacts.facts(db, from: .store, onlyTouched: true, asOf: days)
            for day in days {
                #expect(touched[day] == (try Self.reference(db, onlyTouched: true, asOf: day)), "\(day.iso)")
            }
            let everyone = try DatedSkillFacts.facts(db, from: .store, onlyTouched: false, asOf: days)
            #expect(touched != everyone)
        }
    }

    /// One pass asked for everyone's days and the touched people's days gives each what its
    /// own pass gives, a day asked for both included.
    @Test func everyoneAndTheTouchedFromOnePass() throws {
        let store = try store()
        let everyoneDays = ["2023-12-31", "2025-03-31", "2026-03-31"].map(day)
        let touchedDays = ["2024-06-30", "2026-03-31"].map(day)
        try store.writer.write { db in
            try Self.touch(every: 3, db)
            let both = try DatedSkillFacts.facts(db, from: .store, asOf: everyoneDays, touchedAsOf: touchedDays)
            #expect(both.everyone == (try DatedSkillFacts.facts(db, from: .store, onlyTouched: false, asOf: everyoneDays)))
            #expect(both.touched == (try DatedSkillFacts.facts(db, from: .store, onlyTouched: true, asOf: touchedDays)))
            #expect(Set(both.everyone.keys) == Set(everyoneDays) && Set(both.touched.keys) == Set(touchedDays))
            for day in touchedDays {
                #expect(both.touched[day] == (try Self.reference(db, onlyTouched: true, asOf: day)), "\(day.iso)")
            }
            #expect(both.touched[day("2026-03-31")] != both.everyone[day("2026-03-31")])
        }
    }

    /// As of a day after every assessment, the facts are the live summaries.
    @Test func afterEveryAssessmentTheyAreTheSummaries() throws {
        let store = try store()
        try store.rebuildSummaries()
        let data = try store.allProfessionData(today: today)
        try store.read { db in
            let facts = try DatedSkillFacts.facts(db, from: .store, onlyTouched: false, asOf: [day("2099-12-31")])[day("2099-12-31")] ?? [:]
            for profession in data {
                let own = facts[profession.profession.id] ?? .init()
                #expect(own.levels == profession.levelCounts.filter { $0.count > 0 }, "\(profession.profession.code)")
                #expect(own.membership.map { [Int($0.gradeId), $0.members, $0.assessed] }
                        == profession.membership.filter { $0.members > 0 }.map { [Int($0.gradeId), $0.members, $0.assessed] },
                        "\(profession.profession.code)")
            }
        }
    }
}
