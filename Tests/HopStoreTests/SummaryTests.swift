import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

/// A tiny store whose dashboard figures can be counted by hand.
///
/// Profession P (skills S1, S2; CPD 30 h from April, counting courses and seminars) and
/// profession Q (skill T1, no CPD requirement). Staff:
/// - a: EO, in P (primary) and Q
/// - b: EO, in P
/// - c: AO, in P, never assessed
/// - d: AO, in Q only (their assessment of S1 and their course are not P's)
struct HandCounted {
    let store: Store
    let basics: Basics
    let p: Profession, q: Profession
    let s1: Skill, s2: Skill, t1: Skill
    let a: StaffMember, b: StaffMember, c: StaffMember, d: StaffMember
    let latestOfAOnS2: SkillAssessment

    init() throws {
        store = try inMemoryStore()
        basics = try Basics.write(into: store)
        p = try store.saveProfession(Profession(code: "P", name: "Profession P"), by: user)
        q = try store.saveProfession(Profession(code: "Q", name: "Profession Q"), by: user)
        s1 = try store.saveSkill(Skill(professionId: p.id, name: "S1"), by: user)
        s2 = try store.saveSkill(Skill(professionId: p.id, name: "S2"), by: user)
        t1 = try store.saveSkill(Skill(professionId: q.id, name: "T1"), by: user)
        _ = try store.saveCPDRequirement(CPDRequirement(professionId: p.id, hoursPerCycle: 30, cycleStartMonth: 4,
                                                        countedTypes: [.course, .seminar]), by: user)
        let department = basics.department.id
        a = try store.addStaff("A", grade: basics.grade("EO"), department: department, professions: [p.id, q.id])
        b = try store.addStaff("B", grade: basics.grade("EO"), department: department, professions: [p.id])
        c = try store.addStaff("C", grade: basics.grade("AO"), department: department, professions: [p.id])
        d = try store.addStaff("D", grade: basics.grade("AO"), department: department, professions: [q.id])

        // a on S1: 2 then 3 (latest 3). a on S2: two on one day, the later id (4) wins.
        _ = try store.assess(a, s1, level: 2, on: "2024-01-01")
        _ = try store.assess(a, s1, level: 3, on: "2024-06-01")
        _ = try store.assess(a, s2, level: 1, on: "2024-03-01")
        latestOfAOnS2 = try store.assess(a, s2, level: 4, on: "2024-03-01")
        _ = try store.assess(b, s1, level: 2, on: "2024-05-01")
        _ = try store.assess(d, s1, level: 4, on: "2024-05-01")
        _ = try store.assess(a, t1, level: 2, on: "2024-05-01")

        // CPD in the cycle from 2025-04-01: a 120 course + 60 seminar (+ mentoring, not
        // counted; a course on 31 March is last cycle's), b 90 seminar, c 180 course.
        _ = try store.logCPD(a, .course, minutes: 120, on: "2025-04-01")
        _ = try store.logCPD(a, .seminar, minutes: 60, on: "2025-05-10")
        _ = try store.logCPD(a, .mentoring, minutes: 90, on: "2025-05-11")
        _ = try store.logCPD(a, .course, minutes: 30, on: "2025-03-31")
        _ = try store.logCPD(b, .seminar, minutes: 90, on: "2025-06-01")
        _ = try store.logCPD(c, .course, minutes: 180, on: "2025-04-02")
        _ = try store.logCPD(d, .course, minutes: 600, on: "2025-05-01")
    }

    func grade(_ code: String) -> RowID { basics.grade(code) }
}

@Suite("Summaries give the dashboard's figures without scanning records")
struct SummaryTests {
    /// P's CPD cycle 1 Apr 2025 - 31 Mar 2026 (30 h), the one containing `today`.
    let cycle2025 = CPDRule(requirement: CPDRequirement(professionId: 1, hoursPerCycle: 30), cycleYear: 2025, today: today)

    @Test func professionFiguresMatchHandCounts() throws {
        // Given the hand-counted store
        let f = try HandCounted()
        // When reading P's dashboard data on 15 June 2025
        let data = try f.store.professionData(id: f.p.id, today: today)
        // Then membership, latest levels and this cycle's CPD are as counted by hand; a (last
        // assessed 2024-06-01) and b (2024-05-01) were both last assessed before 2024-06-15, the
        // audit cycle's start
        #expect(Set(data.membership) == [
            GradeMembership(gradeId: f.grade("EO"), members: 2, assessed: 2, auditOverdue: 2),
            GradeMembership(gradeId: f.grade("AO"), members: 1, assessed: 0),
        ])
        #expect(data.memberCount == 3)
        #expect(Set(data.levelCounts) == [
            SkillLevelCount(skillId: f.s1.id, gradeId: f.grade("EO"), level: 3, count: 1),
            SkillLevelCount(skillId: f.s1.id, gradeId: f.grade("EO"), level: 2, count: 1),
            SkillLevelCount(skillId: f.s2.id, gradeId: f.grade("EO"), level: 4, count: 1),
        ])
        #expect(data.cpdCycleYear == 2025)
        // (90 and 180 minutes cover 18 and 36 of the cycle's 365 days, both short of the 76
        // gone: one bin of the behind, with the fewer days)
        #expect(cycle2025.coveredDays(minutes: 90) == 18 && cycle2025.coveredDays(minutes: 180) == 36)
        #expect(data.cpdCoverage == [CPDCoverageBin(coveredDays: 18, staff: 3)])
        #expect(CPDReport(data: data, today: today)?.counts == [.completed: 0, .onTrack: 0, .behind: 3, .noneLogged: 0])
        #expect(data.cpdTypeTotals == [
            CPDTypeTotal(type: .course, minutes: 300, activities: 2),
            CPDTypeTotal(type: .seminar, minutes: 150, activities: 2),
        ])
        #expect(try f.store.verifySummaries().isEmpty)
    }

    @Test func professionWithoutCPDRequirementHasNoCPDFigures() throws {
        // Given the hand-counted store
        let f = try HandCounted()
        // When reading Q's data
        let data = try f.store.professionData(id: f.q.id, today: today)
        // Then a (EO, assessed on T1 on 2024-05-01: overdue) and d (AO, only assessed on P's
        // skill) count; no CPD
        #expect(Set(data.membership) == [
            GradeMembership(gradeId: f.grade("EO"), members: 1, assessed: 1, auditOverdue: 1),
            GradeMembership(gradeId: f.grade("AO"), members: 1, assessed: 0),
        ])
        #expect(data.levelCounts == [SkillLevelCount(skillId: f.t1.id, gradeId: f.grade("EO"), level: 2, count: 1)])
        #expect(data.cpdCycleYear == nil && data.cpdCoverage.isEmpty && data.cpdTypeTotals.isEmpty)
    }

    @Test func lastYearsCycleIsNotMixedIn() throws {
        // Given the hand-counted store
        let f = try HandCounted()
        // When reading P's data on 31 March 2025, the last day of the previous cycle
        let data = try f.store.professionData(id: f.p.id, today: day("2025-03-31"))
        // Then only a's course of that day counts
        #expect(data.cpdCycleYear == 2024)
        let cycle2024 = CPDRule(requirement: CPDRequirement(professionId: f.p.id, hoursPerCycle: 30), cycleYear: 2024,
                                today: day("2025-03-31"))
        #expect(data.cpdCoverage == [CPDCoverageBin(cycle2024, minutes: 30, staff: 1)])
    }

    @Test func writesMoveTheFigures() throws {
        // Given the hand-counted store
        let f = try HandCounted()
        // When b is promoted to HEO, a's latest S2 assessment is deleted, c joins Q instead
        // of P, and P starts counting mentoring
        var b = try #require(try f.store.staffMember(id: f.b.id))
        b.gradeId = f.grade("HEO")
        _ = try f.store.saveStaff(b, by: user)
        try f.store.deleteAssessment(id: f.latestOfAOnS2.id, expectedVersion: 1, by: user)
        _ = try f.store.setStaffProfessions(staffId: f.c.id, expectedVersion: f.c.version, [(f.q.id, true)], by: user)
        var cpd = try #require(try f.store.cpdRequirement(professionId: f.p.id))
        cpd.countedTypes.insert(.mentoring)
        _ = try f.store.saveCPDRequirement(cpd, by: user)
        // Then the figures follow
        let data = try f.store.professionData(id: f.p.id, today: today)
        // (a and b both still last assessed over the audit cycle ago, b now at HEO)
        #expect(Set(data.membership) == [
            GradeMembership(gradeId: f.grade("EO"), members: 1, assessed: 1, auditOverdue: 1),
            GradeMembership(gradeId: f.grade("HEO"), members: 1, assessed: 1, auditOverdue: 1),
        ])
        #expect(Set(data.levelCounts) == [
            SkillLevelCount(skillId: f.s1.id, gradeId: f.grade("EO"), level: 3, count: 1),
            SkillLevelCount(skillId: f.s1.id, gradeId: f.grade("HEO"), level: 2, count: 1),
            SkillLevelCount(skillId: f.s2.id, gradeId: f.grade("EO"), level: 1, count: 1),
        ])
        // (90 and 270 minutes: 18 and 54 days, both behind)
        #expect(data.cpdCoverage == [CPDCoverageBin(cycle2025, minutes: 90, staff: 2)])
        #expect(CPDReport(data: data, today: today)?.counts == [.completed: 0, .onTrack: 0, .behind: 2, .noneLogged: 0])
        #expect(try f.store.verifySummaries().isEmpty)
    }

    @Test func dashboardReadsNeverTouchStaffAssessmentsOrCPD() throws {
        // Given the hand-counted store, tracing every statement
        let f = try HandCounted()
        let statements = StatementLog()
        f.store.writer.writeWithoutTransaction { db in
            db.trace { statements.append($0.description) }
        }
        // When reading every profession's dashboard data
        _ = try f.store.allProfessionData(today: today)
        _ = try f.store.professionData(id: f.p.id, today: today)
        // Then no statement reads the big tables
        let forbidden = try Regex(#"\b(staff|assessment|cpd_activity|qualification_held)\b"#)
        #expect(!statements.all.isEmpty)
        for sql in statements.all {
            #expect(sql.contains(forbidden) == false, "dashboard read touched a record table: \(sql)")
        }
    }

    @Test func allProfessionDataMatchesOneAtATime() throws {
        // Given the hand-counted store
        let f = try HandCounted()
        // When reading all professions at once
        let all = try f.store.allProfessionData(today: today)
        // Then it is each profession's data, by name
        #expect(all == [try f.store.professionData(id: f.p.id, today: today),
                        try f.store.professionData(id: f.q.id, today: today)])
    }

    @Test func verificationReportsTamperedSummaries() throws {
        // Given correct summaries
        let f = try HandCounted()
        #expect(try f.store.verifySummaries().isEmpty)
        // When one count is changed, one row removed and one invented
        try rawWrite(f.store, "UPDATE sum_skill_level SET n = n + 1 WHERE skill_id = ? AND level = 3", [f.s1.id])
        try rawWrite(f.store, "DELETE FROM sum_membership WHERE profession_id = ? AND grade_id = ?", [f.q.id, f.grade("AO")])
        try rawWrite(f.store, "INSERT INTO sum_cpd_cover VALUES (?, 2025, 0, 999, 1)", [f.p.id])
        // Then each difference is reported
        let differences = try f.store.verifySummaries()
        #expect(differences.count == 4, "\(differences)")
        #expect(differences.contains { $0.hasPrefix("sum_skill_level: stored row") && $0.contains("n 2") })
        #expect(differences.contains { $0.hasPrefix("sum_skill_level: the records give") && $0.contains("n 1") })
        #expect(differences.contains { $0.hasPrefix("sum_membership: the records give") })
        #expect(differences.contains { $0.hasPrefix("sum_cpd_cover: stored row") && $0.contains("covered_days 999") })
        // And a rebuild repairs them
        try f.store.rebuildSummaries()
        #expect(try f.store.verifySummaries().isEmpty)
    }
}

/// Statements seen by a trace (the trace runs on the database's own queue).
final class StatementLog: @unchecked Sendable {
    private let lock = NSLock()
    private var statements: [String] = []

    func append(_ sql: String) { lock.withLock { statements.append(sql) } }
    var all: [String] { lock.withLock { statements } }
}
