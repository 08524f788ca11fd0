import GRDB
import HopModel
import Testing
@testable import HopStore

/// The CPD figures read from the coverage summary against a reference computed here from the
/// rows by `CPDRule` (each member's counted minutes in the cycle, their joining day and working
/// pattern), for every profession and department, on days across two cycles without any write
/// in between, after a seeded sequence of writes of every kind that moves them.
@Suite struct CPDCoverageReferenceTests {
    /// Per profession (and department, when given), members by CPD category on `day`.
    static func referenceCounts(_ store: Store, day: Day, department: RowID? = nil) throws -> [RowID: [CPDReport.Category: Int]] {
        try store.read { db in
            var counts: [RowID: [CPDReport.Category: Int]] = [:]
            let staff = Dictionary(uniqueKeysWithValues: try StaffMember.fetchAll(
                db, sql: "SELECT \(StaffMember.selection) FROM staff").map { ($0.id, $0) })
            for requirement in try CPDRequirement.fetchAll(db, sql: "SELECT \(CPDRequirement.selection) FROM cpd_requirement") {
                let cycleYear = requirement.cycleYear(containing: day)
                let rule = CPDRule(requirement: requirement, cycleYear: cycleYear, today: day)
                let members = try RowID.fetchAll(db, sql: "SELECT staff_id FROM staff_profession WHERE profession_id = ?",
                                                 arguments: [requirement.professionId])
                var tally: [CPDReport.Category: Int] = [.completed: 0, .onTrack: 0, .behind: 0, .noneLogged: 0]
                for id in members {
                    guard let member = staff[id], department == nil || member.departmentId == department else { continue }
                    var minutes = 0
                    for activity in try CPDActivity.fetchAll(db, sql: "SELECT \(CPDActivity.selection) FROM cpd_activity WHERE staff_id = ?",
                                                             arguments: [id])
                    where requirement.countedTypes.contains(activity.type)
                        && activity.date >= rule.cycleStart && activity.date <= rule.cycleEnd {
                        minutes += activity.minutes
                    }
                    tally[rule.category(minutes: minutes, joined: member.joinedProfession, fte: member.fte)]! += 1
                }
                counts[requirement.professionId] = tally
            }
            return counts
        }
    }

    /// Every profession's CPD counts, whole, one at a time and per department, equal the
    /// reference on days spread over two cycles.
    static func check(_ store: Store, _ label: String) throws {
        #expect(try store.verifySummaries() == [], "\(label)")
        let days = [today, today.adding(days: -100), today.adding(days: 1), today.adding(days: 77), today.adding(days: 200),
                    today.adding(months: 12), today.adding(days: 290)]
        for day in days {
            let reference = try referenceCounts(store, day: day)
            for data in try store.allProfessionData(today: day) {
                let counts = CPDReport(data: data, today: day)?.counts
                #expect(counts == reference[data.profession.id], "\(label), \(day.iso), \(data.profession.code)")
                let one = try store.professionData(id: data.profession.id, today: day)
                #expect(one.cpdCoverage == data.cpdCoverage, "\(label), \(day.iso), \(data.profession.code) alone")
            }
            for department in try store.departmentData(today: day) {
                let reference = try referenceCounts(store, day: day, department: department.department.id)
                for data in department.professions where data.cpdRequirement != nil {
                    #expect(CPDReport(data: data, today: day)?.counts == reference[data.profession.id],
                            "\(label), \(day.iso), \(department.department.code) \(data.profession.code)")
                }
            }
        }
    }

    @Test func randomWritesAndNewDaysKeepTheFiguresEqualToTheRows() throws {
        // Given a small demo store with joiners and part-time staff
        let store = try inMemoryStore()
        try DemoData.write(into: store, seed: 9, today: today, scale: 0.02)
        try Self.check(store, "generated")
        var writes = RandomWrites(store: store, random: DemoRandom(seed: 31))
        var random = DemoRandom(seed: 8)
        // When making a seeded sequence of writes, with a member's joining day and working
        // pattern changed every third one
        var patternsChanged = 0
        for step in 1...150 {
            if step == 100 { try writes.deleteProfession() } else { try writes.step() }
            if step % 3 == 0 {
                let staff = try store.staffPage(professionId: nil, limit: 100_000)
                var member = random.pick(staff)
                member.joinedProfession = random.chance(0.3) ? nil : today.adding(days: random.int(-500...200))
                member.fte = random.chance(0.3) ? nil : FullTimeEquivalent(hundredths: random.int(1...100))
                _ = try store.saveStaff(member, by: user)
                patternsChanged += 1
            }
            if step % 50 == 0 { try Self.check(store, "after \(step) writes") }
        }
        // Then every kind of write was made, and some members are in each category
        for kind in RandomWrites.Kind.allCases {
            #expect(writes.done[kind, default: 0] > 0, "no \(kind) was made")
        }
        #expect(patternsChanged == 50)
        let reports = try store.allProfessionData(today: today).compactMap { CPDReport(data: $0, today: today) }
        for category in CPDReport.Category.allCases {
            #expect(reports.contains { ($0.counts[category] ?? 0) > 0 }, "no one is \(category)")
        }
    }

    @Test func theSQLFunctionIsTheRule() throws {
        // Given a store connection, and a grid of cycles (a leap year, the last supported one),
        // requirements, minutes, start months and working patterns
        let store = try inMemoryStore()
        var compared = 0
        for (year, month) in [(2023, 4), (2024, 1), (2027, 9), (2999, 4), (1899, 4)] {
            for hours in [0, 1, 30, 35] {
                let rule = CPDRule(requirement: CPDRequirement(professionId: 1, hoursPerCycle: hours, cycleStartMonth: month),
                                   cycleYear: year, today: today)
                for minutes in [1, 29, 30, 899, 1800, 2101, 100_000] {
                    for startMonth in [0, 1, 5, 11, 12] {
                        for fte in [1, 37, 100] {
                            let sql = CPDRuleSQL.coveredDays(minutes: "?", cycleYear: "?", cycleStartMonth: "?", hoursPerCycle: "?",
                                                             startMonth: "?", fteHundredths: "?")
                            let fromSQL = try store.read { try Int.fetchOne($0, sql: "SELECT \(sql)",
                                                                             arguments: [minutes, year, month, hours, startMonth, fte]) }
                            // Then each is the rule's number
                            #expect(fromSQL == rule.coveredDays(minutes: minutes, startMonth: startMonth,
                                                                fte: FullTimeEquivalent(hundredths: fte)!))
                            compared += 1
                        }
                    }
                }
            }
        }
        #expect(compared == 5 * 4 * 7 * 5 * 3)
        // And a value the rule cannot take fails the statement rather than counting anyone
        for arguments: StatementArguments in [[60, 2025, 13, 30, 0, 100], [60, 2025, 4, 30, 0, 0], [60, 2025, 4, 30, 13, 100],
                                              [nil, 2025, 4, 30, 0, 100]] {
            #expect(throws: DatabaseError.self) {
                try store.writer.read { try Int.fetchOne($0, sql: "SELECT hopdash_cpd_covered_days(?, ?, ?, ?, ?, ?)",
                                                           arguments: arguments) }
            }
        }
    }
}
