import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

/// The department comparison reads summaries split by department, kept in each write's
/// transaction: after every kind of write they equal their recomputation from the records, and
/// each department's figures are its own staff's.
@Suite struct DepartmentSummaryTests {
    let folder: TemporaryDirectory

    init() throws { folder = try TemporaryDirectory() }

    /// Members per department, profession and grade, and staff per department, counted from
    /// the records here, beside what `departmentData` reads.
    static func check(_ store: Store, _ label: String) throws {
        #expect(try store.verifySummaries() == [], "\(label)")
        let counted = try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.department_id, sp.profession_id, s.grade_id, COUNT(*) AS n FROM staff_profession sp
                JOIN staff s ON s.id = sp.staff_id GROUP BY 1, 2, 3
                """).map { "\($0[0] as RowID)/\($0[1] as RowID)/\($0[2] as RowID): \($0[3] as Int)" }
        }
        let staff = try store.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT department_id, COUNT(*) FROM staff GROUP BY 1")
                .map { ($0[0] as RowID, $0[1] as Int) })
        }
        let departments = try store.departmentData(today: today)
        var read: [String] = []
        for department in departments {
            #expect(department.staff == staff[department.department.id] ?? 0, "\(label): staff of \(department.department.code)")
            for profession in department.professions {
                for grade in profession.membership where grade.members > 0 {
                    read.append("\(department.department.id)/\(profession.profession.id)/\(grade.gradeId): \(grade.members)")
                }
            }
        }
        #expect(read.sorted() == counted.sorted(), "\(label)")
        // The departments' figures add up to each profession's
        let whole = try store.allProfessionData(today: today)
        for profession in whole {
            let parts: [ProfessionData] = departments.compactMap { department in
                department.professions.first { $0.profession.id == profession.profession.id }
            }
            let members: Int = parts.map(\.memberCount).reduce(0, +)
            let assessedParts: Int = parts.flatMap(\.levelCounts).map(\.count).reduce(0, +)
            let assessedWhole: Int = profession.levelCounts.map(\.count).reduce(0, +)
            #expect(members == profession.memberCount, "\(label): \(profession.profession.code)")
            #expect(assessedParts == assessedWhole, "\(label): \(profession.profession.code)")
            let qualified: [Int] = [\QualificationGradeCount.members, \.missingOne, \.expiring].map { figure in
                parts.flatMap(\.qualificationGrades).map { $0[keyPath: figure] }.reduce(0, +)
            }
            let qualifiedWhole: [Int] = [\QualificationGradeCount.members, \.missingOne, \.expiring].map { figure in
                profession.qualificationGrades.map { $0[keyPath: figure] }.reduce(0, +)
            }
            #expect(qualified == qualifiedWhole, "\(label): \(profession.profession.code) qualifications")
            // Holders of each qualification: the comparison shows none (its read leaves them
            // out), so the split summary's valid holders are added up here.
            #expect(parts.allSatisfy { $0.qualificationHoldings.isEmpty && $0.cpdTypeTotals.isEmpty })
            let heldByDepartment = try store.read { db in
                try Int.fetchOne(db, sql: """
                    SELECT COALESCE(SUM(s.n), 0) FROM sum_dept_qual_held s
                    JOIN qualification_requirement r ON r.profession_id = s.profession_id AND r.grade_id = s.grade_id
                         AND r.qualification = s.qualification
                    WHERE s.profession_id = ? AND s.expires >= ?
                    """, arguments: [profession.profession.id, today.iso]) ?? 0
            }
            #expect(heldByDepartment == profession.qualificationHoldings.map(\.holders).reduce(0, +),
                    "\(label): \(profession.profession.code)")
        }
    }

    private func demoStore(_ name: String, department: Department, seed: UInt64) throws -> Store {
        let store = try Store.open(path: folder.file(name), mode: .createIfMissing, clock: fixedClock)
        try store.bulkLoad(by: "demo") { writer in
            var generator = DemoGenerator(writer: writer, random: DemoRandom(seed: seed), today: today, department: department)
            try generator.run(DemoProfession.all, headcounts: DemoProfession.all.map { max(3, $0.headcount / 40) })
        }
        return store
    }

    @Test func everyKindOfWriteKeepsTheDepartmentFiguresEqualToTheRecords() throws {
        // Collate: two departments' stores in one
        let a = try demoStore("a.sqlite", department: Department(code: "DFA", name: "Department for Fictional Affairs"), seed: 1)
        let b = try demoStore("b.sqlite", department: Department(code: "DFB", name: "Department for Fabled Business"), seed: 1)
        _ = try Store.collate([a.path, b.path], into: folder.file("c.sqlite"), clock: fixedClock)
        let store = try Store.open(path: folder.file("c.sqlite"), clock: fixedClock)
        try Self.check(store, "collated")
        let departments = try store.departments()
        #expect(departments.count == 2)
        let profession = try #require(try store.professions().first)
        let member = try #require(try store.staffPage(professionId: profession.id, limit: 1).first)
        let other = try #require(departments.first { $0.id != member.departmentId })
        // Edit: a member moves department, changes grade and working pattern
        var moved = member
        moved.departmentId = other.id
        moved = try store.saveStaff(moved, by: user)
        try Self.check(store, "moved department")
        let grades = try store.grades()
        moved.gradeId = try #require(grades.first { $0.id != moved.gradeId }).id
        moved.fte = FullTimeEquivalent(hundredths: 60)
        moved = try store.saveStaff(moved, by: user)
        try Self.check(store, "grade and pattern changed")
        // Undo: the move back, written as an undo is
        var back = moved
        back.departmentId = member.departmentId
        back = try Store.undoing { () throws(StoreError) -> StaffMember in try store.saveStaff(back, by: user) }
        try Self.check(store, "undone")
        // Add: a new member of staff, with and without a profession; their records
        let added = try store.addStaff(StaffMember(staffNumber: "NEW1", name: "New Person", gradeId: grades[0].id,
                                                   departmentId: other.id), professionId: profession.id, by: user)
        let loner = try store.saveStaff(StaffMember(staffNumber: "NEW2", name: "No Profession", gradeId: grades[0].id,
                                                    departmentId: other.id), by: user)
        try Self.check(store, "added")
        let skill = try #require(try store.skills(professionId: profession.id).first)
        var assessment = try store.addAssessment(SkillAssessment(staffId: added.id, skillId: skill.id, level: 1, date: today,
                                                                 source: .selfAssessed), by: user)
        let activity = try store.addCPDActivity(CPDActivity(staffId: added.id, date: today, minutes: 90, type: .course,
                                                            title: "A course"), by: user)
        try Self.check(store, "records added")
        assessment.level = 2
        assessment = try store.updateAssessment(assessment, by: user)
        try Self.check(store, "assessment edited")
        // Delete: records, then people
        try store.deleteAssessment(id: assessment.id, expectedVersion: assessment.version, by: user)
        try store.deleteCPDActivity(id: activity.id, expectedVersion: activity.version, by: user)
        try Self.check(store, "records deleted")
        let current = try #require(try store.staffMember(id: added.id))
        try store.deleteStaff(id: current.id, expectedVersion: current.version, by: user)
        try store.deleteStaff(id: loner.id, expectedVersion: loner.version, by: user)
        try Self.check(store, "people deleted")
        // Import: the store's own assessments read back (updates nothing, rebuilds the summaries)
        var csv = ""
        try store.exportCSV(.assessments) { csv += $0 }
        _ = try store.importCSV(.assessments, reading: { CSVReader(bytes: Array(csv.utf8)) }, file: "assessments.csv")
        try Self.check(store, "imported")
    }

    @Test func aStoreThatIsNotCollatedHasOneDepartmentWithEveryFigure() throws {
        let store = try demoStore("one.sqlite", department: DemoData.department, seed: 3)
        let departments = try store.departmentData(today: today)
        #expect(departments.count == 1)
        let department = try #require(departments.first)
        #expect(department.staff == (try store.staffCount(professionId: nil)))
        // Every figure but those the comparison shows none of, as the overview's read: the
        // movements, each qualification's holders and CPD hours by type
        let whole = try store.allProfessionData(today: today)
        #expect(whole.contains { !$0.movements.isEmpty } && whole.contains { !$0.qualificationHoldings.isEmpty }
                && whole.contains { !$0.cpdTypeTotals.isEmpty })
        #expect(department.professions == whole.map {
            var data = $0
            data.movements = []
            data.qualificationHoldings = []
            data.cpdTypeTotals = []
            return data
        })
        #expect(department.professions == (try store.allProfessionData(today: today, forOverview: true)))
    }

    /// The comparison reads each split summary as ranges of its key (department, profession,
    /// ...). An index on the profession alone (schema 19) holds the same columns in another
    /// order; the planner chose it, with the planner's statistics or without, and then looked
    /// up each row's count in the table.
    @Test func theDepartmentSummariesAreReadThroughTheirKeys() throws {
        let store = try demoStore("plan.sqlite", department: DemoData.department, seed: 5)
        let split: [Summary] = [.departmentMembership, .departmentSkillLevel, .departmentCPDCoverage, .departmentCPDTypes,
                                .departmentQualificationHeld, .departmentQualificationMembers]
        for summary in split {
            let count = summary.countColumns[0]
            let plan = try store.read { db in
                try Row.fetchAll(db, sql: """
                    EXPLAIN QUERY PLAN SELECT SUM(\(count)) FROM \(summary.table) WHERE department_id = 1 AND profession_id = 2
                    """).map { $0["detail"] as String }.joined()
            }
            #expect(plan.contains("USING PRIMARY KEY (department_id=? AND profession_id=?)"), "\(summary.table): \(plan)")
        }
    }
}
