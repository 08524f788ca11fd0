import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

@Suite("The register of business-critical posts: writes, conflicts, people leaving, CSV, collation")
struct SuccessionStoreTests {
    /// A store with one profession and four members at G6/G7.
    struct World {
        let store: Store
        let basics: Basics
        let policy: Profession
        let people: [StaffMember]

        init() throws {
            let store = try inMemoryStore()
            let basics = try Basics.write(into: store)
            let policy = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
            people = try (1...4).map { n in
                try store.addStaff("S\(n)", grade: basics.grade(n == 1 ? "G6" : "G7"), department: basics.department.id,
                                   professions: [policy.id])
            }
            (self.store, self.basics, self.policy) = (store, basics, policy)
        }

        func post(_ title: String, holder: Int? = 0, successors: [(Int, Readiness)] = []) -> CriticalPost {
            CriticalPost(professionId: policy.id, departmentId: basics.department.id, gradeId: basics.grade("G6"),
                         title: title, holderId: holder.map { people[$0].id }, risk: .high, headInvolved: true,
                         successors: successors.map { Successor(staffId: people[$0.0].id, readiness: $0.1, action: "Shadow") })
        }
    }

    func logged(_ store: Store) throws -> [String] {
        try store.writer.read { try String.fetchAll($0, sql: "SELECT action FROM change_log WHERE table_name = 'critical_post' ORDER BY id") }
    }

    @Test func aPostWithItsSuccessorsIsSavedVersionedLoggedAndCheckedForConflicts() throws {
        let w = try World()
        let added = try w.store.saveCriticalPost(w.post("Head of Policy", successors: [(1, .readyNow), (2, .threeYearsOrMore)]), by: user)
        #expect(added.id != 0 && added.version == 1)
        #expect(try w.store.criticalPosts(professionId: w.policy.id) == [added])
        var edited = added
        edited.successors = [Successor(staffId: w.people[2].id, readiness: .oneToTwoYears), added.successors[0]]
        edited.holderId = nil
        let saved = try w.store.saveCriticalPost(edited, by: user)
        // The order of successors is kept, the holder gone: a vacancy.
        #expect(try w.store.criticalPosts() == [saved])
        #expect(saved.version == 2 && saved.isVacant && saved.successors.map(\.staffId) == [w.people[2].id, w.people[1].id])
        #expect(throws: StoreError.conflict(kind: .criticalPost, recordId: String(added.id), current: .criticalPost(saved))) {
            try w.store.saveCriticalPost(added, by: user)
        }
        // The change log holds the successors with the post.
        let after = try w.store.writer.read { try String.fetchOne($0, sql: "SELECT after FROM change_log WHERE table_name = 'critical_post' ORDER BY id DESC") }
        #expect(after?.contains("\"successors\":[{\"staff_id\":\(w.people[2].id),\"readiness\":\"1-2-years\",\"action\":\"\"}") == true)
        try w.store.deleteCriticalPost(id: saved.id, expectedVersion: saved.version, by: user)
        #expect(try w.store.criticalPosts().isEmpty)
        #expect(try rawInt(w.store, "SELECT COUNT(*) FROM successor") == 0)
        #expect(try logged(w.store) == ["insert", "update", "delete"])
    }

    @Test(arguments: [
        (CriticalPostCase.blankTitle, "Post title"),
        (.holderAsSuccessor, "Successor"),
        (.successorTwice, "Successor"),
    ])
    func invalidPostsAreRefusedAndChangeNothing(kind: CriticalPostCase, field: String) throws {
        let w = try World()
        let before = try fingerprint(w.store)
        let post: CriticalPost
        switch kind {
        case .blankTitle: post = w.post("  ")
        case .holderAsSuccessor: post = w.post("Head", holder: 1, successors: [(1, .readyNow)])
        case .successorTwice: post = w.post("Head", successors: [(1, .readyNow), (1, .oneToTwoYears)])
        }
        #expect {
            try w.store.saveCriticalPost(post, by: user)
        } throws: { error in
            guard case StoreError.invalid(let named, _) = error else { return false }
            return named == field
        }
        #expect(try fingerprint(w.store) == before)
    }

    enum CriticalPostCase: Sendable { case blankTitle, holderAsSuccessor, successorTwice }

    /// One limit per field (`FieldLimit`), as for every other record: the title and a
    /// successor's development action took any length from a write, an import or a restore.
    @Test func aTitleOrActionOverItsLimitIsRefusedByAWriteAndAnImport() throws {
        let w = try World()
        let before = try fingerprint(w.store)
        let long = { (count: Int) in String(repeating: "x", count: count) }
        var titled = w.post(long(101))
        #expect(throws: StoreError.invalid(field: "Post title", reason: "101 characters; expected at most 100")) {
            try w.store.saveCriticalPost(titled, by: user)
        }
        var acted = w.post("Head of Policy", successors: [(1, .readyNow)])
        acted.successors[0].action = long(201)
        #expect(throws: StoreError.invalid(field: "Development action", reason: "201 characters; expected at most 200")) {
            try w.store.saveCriticalPost(acted, by: user)
        }
        #expect(try fingerprint(w.store) == before)
        // At the limit both are saved.
        titled.title = long(100)
        acted.successors[0].action = long(200)
        _ = try w.store.saveCriticalPost(titled, by: user)
        _ = try w.store.saveCriticalPost(acted, by: user)
        // An import names the cell.
        let file = Self.header + "\nPOL,DFA," + long(101) + ",G6,S1,high,yes,S2,ready now,\n"
            + "POL,DFA,Deputy,G6,S1,high,yes,S2,ready now," + long(201) + "\n"
        let imported = try fingerprint(w.store)
        #expect(try importText(w.store, file) == [
            "posts.csv:2:3: 101 characters; expected at most 100 (Post title)",
            "posts.csv:3:10: 201 characters; expected at most 200 (Development action)",
            "Nothing was imported: the store is unchanged. Correct the file and run the import again.",
        ])
        #expect(try fingerprint(w.store) == imported)
    }

    /// A title or action stored longer (before the limits) is kept while left as it is, as a
    /// form keeps a field the user did not change; a change to another long value is refused.
    @Test func aTitleOrActionStoredOverItsLimitIsKeptWhileLeftAsItIs() throws {
        let w = try World()
        let saved = try w.store.saveCriticalPost(w.post("Head of Policy", successors: [(1, .readyNow)]), by: user)
        let (title, action) = (String(repeating: "t", count: 500), String(repeating: "a", count: 5000))
        try rawWrite(w.store, "UPDATE critical_post SET title = ? WHERE id = ?", [title, saved.id])
        try rawWrite(w.store, "UPDATE successor SET action = ? WHERE post_id = ?", [action, saved.id])
        var post = try #require(try w.store.criticalPosts().first)
        post.risk = .low
        post.successors.append(Successor(staffId: w.people[2].id, readiness: .oneToTwoYears))
        let kept = try w.store.saveCriticalPost(post, by: user)
        #expect(kept.title == title && kept.successors[0].action == action && kept.risk == .low)
        var changed = kept
        changed.successors[0].action = action + "b"
        #expect(throws: StoreError.invalid(field: "Development action", reason: "5001 characters; expected at most 200")) {
            try w.store.saveCriticalPost(changed, by: user)
        }
        changed = kept
        changed.title = title + "u"
        #expect(throws: StoreError.invalid(field: "Post title", reason: "501 characters; expected at most 100")) {
            try w.store.saveCriticalPost(changed, by: user)
        }
        #expect(try w.store.criticalPosts() == [kept])
    }

    @Test func oneTitlePerProfessionAndDepartment() throws {
        let w = try World()
        _ = try w.store.saveCriticalPost(w.post("Head of Policy"), by: user)
        #expect(throws: StoreError.duplicate(kind: .criticalPost, field: "post title (one per profession and department)")) {
            try w.store.saveCriticalPost(w.post("Head of Policy", holder: nil), by: user)
        }
    }

    @Test func aPersonLeavingVacatesTheirPostAndLeavesTheSuccessorLists() throws {
        let w = try World()
        let held = try w.store.saveCriticalPost(w.post("Head of Policy", holder: 0, successors: [(1, .readyNow)]), by: user)
        let other = try w.store.saveCriticalPost(w.post("Deputy", holder: 2, successors: [(0, .readyNow), (3, .oneToTwoYears)]), by: user)
        try w.store.deleteStaff(id: w.people[0].id, expectedVersion: w.people[0].version, by: user)
        let posts = try w.store.criticalPosts()
        #expect(posts.map(\.version) == [held.version + 1, other.version + 1])
        #expect(posts[0].isVacant && posts[0].successors.map(\.staffId) == [w.people[1].id])
        #expect(posts[1].holderId == w.people[2].id && posts[1].successors.map(\.staffId) == [w.people[3].id])
        #expect(try logged(w.store) == ["insert", "insert", "update", "update"])
    }

    @Test func aDepartmentOrGradeWithPostsCannotBeDeleted() throws {
        let w = try World()
        let empty = try w.store.saveDepartment(Department(code: "DFB", name: "Other"), by: user)
        var post = w.post("Head", holder: nil)
        post.departmentId = empty.id
        post.gradeId = w.basics.grade("SCS3")
        _ = try w.store.saveCriticalPost(post, by: user)
        #expect(throws: StoreError.invalid(field: "Department", reason: "DFB has 1 critical post on the succession register; move or remove them first")) {
            try w.store.deleteDepartment(id: empty.id, expectedVersion: empty.version, by: user)
        }
        let grade = w.basics.grades["SCS3"]!
        #expect(throws: StoreError.invalid(field: "Grade", reason: "1 critical post is at SCS3; change their grade first")) {
            try w.store.deleteGrade(id: grade.id, expectedVersion: grade.version, by: user)
        }
    }

    // MARK: - CSV

    static let header = "Profession,Department,Post,Grade,Holder,Risk of loss,Head of Profession involved,Successor,Readiness,Development action"

    func importText(_ store: Store, _ text: String, dryRun: Bool = false) throws -> [String] {
        try importMessages(store, .criticalPosts, CSVReader(bytes: Array(text.utf8)), file: "posts.csv", dryRun: dryRun)
    }

    func export(_ store: Store) throws -> [String] {
        var lines: [String] = []
        try store.exportCSV(.criticalPosts) { lines.append($0) }
        return lines
    }

    @Test func importGathersRowsByPostAndExportReadsBack() throws {
        let w = try World()
        let file = [
            Self.header,
            "POL,DFA,Head of Policy,G6,S1,high,yes,S2,ready now,Acting up",
            "pol,Department for Fictional Affairs,Deputy head,G7,vacant,Low,no,,,",
            "POL,DFA,Head of Policy,G6,S1,High,Yes,S3,3+ years,",
        ].joined(separator: "\n") + "\n"
        #expect(try importText(w.store, file) == ["2 inserted, 0 updated, 0 unchanged, 0 skipped"])
        let posts = try w.store.criticalPosts()
        #expect(posts.map(\.title) == ["Head of Policy", "Deputy head"])
        #expect(posts[0].holderId == w.people[0].id && posts[0].risk == .high && posts[0].headInvolved)
        #expect(posts[0].successors == [Successor(staffId: w.people[1].id, readiness: .readyNow, action: "Acting up"),
                                        Successor(staffId: w.people[2].id, readiness: .threeYearsOrMore)])
        #expect(posts[1].isVacant && posts[1].risk == .low && !posts[1].headInvolved && posts[1].successors.isEmpty)
        let exported = try export(w.store)
        #expect(exported == [
            Self.header + "\r\n",
            "POL,DFA,Head of Policy,G6,S1,High,yes,S2,Ready now,Acting up\r\n",
            "POL,DFA,Head of Policy,G6,S1,High,yes,S3,3+ years,\r\n",
            "POL,DFA,Deputy head,G7,,Low,no,,,\r\n",
        ])
        // Read back: nothing changes. A file naming one post again replaces its successors.
        #expect(try importText(w.store, exported.joined()) == ["0 inserted, 0 updated, 2 unchanged, 0 skipped"])
        #expect(try importText(w.store, Self.header + "\nPOL,DFA,Deputy head,G7,S4,medium,no,S2,1-2 years,\n")
                == ["0 inserted, 1 updated, 0 unchanged, 0 skipped"])
        let deputy = try #require(try w.store.criticalPosts().last)
        #expect(deputy.holderId == w.people[3].id && deputy.version == 2
                && deputy.successors == [Successor(staffId: w.people[1].id, readiness: .oneToTwoYears)])
        #expect(try w.store.criticalPosts().first == posts[0])
    }

    @Test func everyProblemIsListedWithWhereAndNothingIsWritten() throws {
        let w = try World()
        let before = try fingerprint(w.store)
        let file = [
            Self.header,
            "POL,DFA,Head of Policy,G6,S1,severe,maybe,S1,soon,",
            "XYZ,DFA,,G6,S9,high,yes,,ready now,",
            "POL,DFA,Deputy,G7,S2,high,yes,S3,ready now,",
            "POL,DFA,Deputy,G7,S2,low,yes,S4,ready now,",
            "POL,DFA,Deputy,G7,S2,high,yes,S3,1-2 years,",
        ].joined(separator: "\n") + "\n"
        #expect(try importText(w.store, file) == [
            "posts.csv:2:6: risk of loss in this cell is not one of high, medium, low",
            "posts.csv:2:7: expected yes or no (must the Head of Profession be involved in recruitment?)",
            "posts.csv:2:9: readiness in this cell; expected ready now, 1-2 years or 3+ years",
            "posts.csv:2:8: the successor is the post's holder; expected someone else",
            "posts.csv:3:1: unknown profession \"XYZ\"; expected a profession code or name: POL",
            "posts.csv:3:3: no post title; expected the title of the critical post",
            "posts.csv:3:5: unknown staff number \"S9\"; expected someone already in the store (import staff first)",
            "posts.csv:3:8: a readiness or development action but no successor; expected the successor's staff number",
            "posts.csv:5:0: this post's grade, holder, risk or Head of Profession cell differs from line 4; expected every row of a post to agree",
            "posts.csv:6:8: this successor is already named for the post; expected each successor once",
            "Nothing was imported: the store is unchanged. Correct the file and run the import again.",
        ])
        #expect(try fingerprint(w.store) == before)
    }

    @Test func theDemoHasARegisterForEveryProfessionWithEveryReadiness() throws {
        let store = try inMemoryStore()
        try DemoData.write(into: store, seed: DemoData.defaultSeed, today: today, scale: 0.2)
        let posts = try store.criticalPosts()
        #expect(Set(posts.map(\.professionId)) == Set(try store.professions().map(\.id)))
        #expect(posts.contains(where: \.isVacant) && posts.contains { $0.successors.isEmpty })
        #expect(Set(posts.flatMap { $0.successors.map(\.readiness) }) == Set(Readiness.allCases))
    }

    // MARK: - Collation

    @Test func collationCopiesPostsWithTheirPeopleAndRefusesOneInTwoStores() throws {
        let folder = try TemporaryDirectory()
        func make(_ name: String, department: String, staff: String) throws -> String {
            let path = folder.file(name)
            let store = try Store.open(path: path, mode: .createIfMissing, clock: fixedClock)
            let basics = try Basics.write(into: store)
            var dept = basics.department
            dept.code = department
            dept = try store.saveDepartment(dept, by: user)
            let policy = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
            let holder = try store.addStaff(staff + "1", grade: basics.grade("G6"), department: dept.id, professions: [policy.id])
            let next = try store.addStaff(staff + "2", grade: basics.grade("G7"), department: dept.id, professions: [policy.id])
            _ = try store.saveCriticalPost(CriticalPost(professionId: policy.id, departmentId: dept.id, gradeId: basics.grade("G6"),
                                                        title: "Head of Policy", holderId: holder.id, risk: .high,
                                                        successors: [Successor(staffId: next.id, readiness: .readyNow)]), by: user)
            return path
        }
        let a = try make("a.sqlite", department: "DFA", staff: "A"), b = try make("b.sqlite", department: "DFB", staff: "B")
        _ = try Store.collate([a, b], into: folder.file("all.sqlite"), clock: fixedClock)
        let all = try Store.open(path: folder.file("all.sqlite"), mode: .readOnly)
        let holders = try all.writer.read { try String.fetchAll($0, sql: """
            SELECT d.code || ' ' || h.staff_number || ' ' || s.staff_number FROM critical_post c
            JOIN department d ON d.id = c.department_id JOIN staff h ON h.id = c.holder_id
            JOIN successor o ON o.post_id = c.id JOIN staff s ON s.id = o.staff_id ORDER BY d.code
            """) }
        #expect(holders == ["DFA A1 A2", "DFB B1 B2"])
        let c = try make("c.sqlite", department: "DFA", staff: "C")
        #expect(throws: CollationError.conflicts([
            "critical post \"Head of Policy\" of profession POL in department DFA is in both \(a) and \(c); each post must come from one store"])) {
            _ = try Store.collate([a, c], into: folder.file("ac.sqlite"), clock: fixedClock)
        }
    }
}
