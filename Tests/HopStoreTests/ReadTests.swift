import HopModel
import Testing
@testable import HopStore

@Suite("Reading staff a page at a time")
struct ReadTests {
    /// Twenty-five staff named in reverse order of their numbers, some sharing a name;
    /// the even-numbered ones in profession A.
    struct Fixture {
        let store: Store
        let a: Profession

        init() throws {
            store = try inMemoryStore()
            let basics = try Basics.write(into: store)
            a = try store.saveProfession(Profession(code: "A", name: "Profession A"), by: user)
            for n in 1...25 {
                let name = n % 5 == 0 ? "Same Name" : "Person \(String(UnicodeScalar(UInt8(90 - n))))"
                var staff = try store.saveStaff(StaffMember(staffNumber: "DFA\(100 + n)", name: name,
                                                            gradeId: basics.grade("EO"), departmentId: basics.department.id),
                                                by: user)
                if n % 2 == 0 {
                    staff = try store.setStaffProfessions(staffId: staff.id, expectedVersion: staff.version, [(a.id, true)], by: user)
                }
            }
        }

        /// Every page of a listing, following the keyset.
        func allPages(professionId: RowID? = nil, filter: String = "", size: Int) throws -> [[StaffMember]] {
            var pages: [[StaffMember]] = []
            var last: StaffMember?
            while true {
                let page = try store.staffPage(professionId: professionId, filter: filter, after: last, limit: size)
                if page.isEmpty { return pages }
                pages.append(page)
                last = page.last
            }
        }
    }

    @Test func pagesFollowEachOtherByNameThenId() throws {
        // Given twenty-five staff
        let f = try Fixture()
        // When listing them seven at a time
        let pages = try f.allPages(size: 7)
        // Then the pages hold everyone once, in name then id order
        #expect(pages.map(\.count) == [7, 7, 7, 4])
        let everyone = pages.flatMap { $0 }
        #expect(Set(everyone.map(\.id)).count == 25)
        #expect(everyone.map { [$0.name, String($0.id)] } == everyone.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
            .map { [$0.name, String($0.id)] })
        #expect(try f.store.staffCount(professionId: nil) == 25)
    }

    @Test func pagesOfAProfessionAndOfAFilter() throws {
        // Given twenty-five staff, twelve of them in A
        let f = try Fixture()
        // When listing A's members, and filtering by name or by staff number
        let members = try f.allPages(professionId: f.a.id, size: 5).flatMap { $0 }
        let sameName = try f.allPages(filter: "same name", size: 2).flatMap { $0 }
        let byNumber = try f.allPages(filter: "dfa12", size: 100).flatMap { $0 }
        // Then each lists exactly who matches, and the counts agree
        #expect(members.count == 12)
        #expect(try f.store.staffCount(professionId: f.a.id) == 12)
        #expect(sameName.count == 5 && sameName.allSatisfy { $0.name == "Same Name" })
        #expect(try f.store.staffCount(professionId: nil, filter: "SAME") == 5)
        #expect(byNumber.map(\.staffNumber).sorted() == (120...125).map { "DFA\($0)" })
        #expect(try f.store.staffCount(professionId: f.a.id, filter: "same") == 2)
    }
}
