import GRDB
import HopModel
import Testing
@testable import HopStore

/// Booking everyone on a plan line's list (`B`), by hand. Policy requires Drafting at 3 for G7;
/// five G7 members, added in the order Eve, Bob, Dan, Amy, Cat, are all assessed at 1, so all
/// five are on the line's list ("below:Drafting"), which by name reads Amy, Bob, Cat, Dan, Eve.
/// The 2025 plan has one line: 3 places on the Drafting course. Bob is booked on it already.
@Suite("Booking a whole list: in the list's order, as far as the places go, one write, undone whole")
struct BookingListStoreTests {
    struct World {
        let store: Store
        let line: PlanLineKey
        let professionId: RowID
        /// Staff ids by first name.
        let staff: [String: RowID]
        let bob: Booking

        init() throws {
            store = try inMemoryStore()
            let basics = try Basics.write(into: store)
            let policy = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
            let drafting = try store.saveSkill(Skill(professionId: policy.id, name: "Drafting"),
                                               requirements: [(basics.grade("G7"), 3)], by: user)
            var staff: [String: RowID] = [:]
            for (n, name) in ["Eve", "Bob", "Dan", "Amy", "Cat"].enumerated() {
                let added = try store.saveStaff(StaffMember(staffNumber: "S\(n)", name: name, gradeId: basics.grade("G7"),
                                                            departmentId: basics.department.id), by: user)
                _ = try store.setStaffProfessions(staffId: added.id, expectedVersion: added.version, [(policy.id, true)], by: user)
                _ = try store.addAssessment(SkillAssessment(staffId: added.id, skillId: drafting.id, level: 1, date: today,
                                                            source: .panel), by: user)
                staff[name] = added.id
            }
            let course = try store.saveLearningOffer(LearningOffer(professionId: policy.id, title: "Drafting course",
                                                                   provider: "College", minutes: 420, costPence: 60_000, places: 10,
                                                                   skills: [OfferSkill(skillId: drafting.id, level: 3)]), by: user)
            let plan = try store.saveDevelopmentPlan(DevelopmentPlan(professionId: policy.id, year: 2025, lines: [
                PlanLine(skillId: drafting.id, offerId: course.id, places: 3, quarter: 1),
            ]), by: user)
            line = PlanLineKey(planId: plan.id, skillId: drafting.id, offerId: course.id)
            professionId = policy.id
            self.staff = staff
            bob = try store.book(staffId: staff["Bob"]!, on: line, date: day("2025-06-01"), by: user)
        }

        func query(filter: String = "", descending: Bool = false) -> PeopleQuery {
            PeopleQuery(professionId: professionId, criterion: .below(skill: "Drafting"), filter: filter, sort: .name, descending: descending,
                        today: today, bookingLine: line)
        }

        /// The line's bookings as "name status booked-day version", by name.
        func bookings() throws -> [String] {
            try store.writer.read { db in
                try String.fetchAll(db, sql: """
                    SELECT s.name || ' ' || k.status || ' ' || k.booked || ' v' || k.version FROM booking k
                    JOIN staff s ON s.id = k.staff_id WHERE k.plan_id = ? AND k.skill_id = ? AND k.offer_id = ? ORDER BY s.name
                    """, arguments: [line.planId, line.skillId, line.offerId])
            }
        }

        /// The change log's rows for bookings, as "action name".
        func logged() throws -> [String] {
            try store.writer.read { db in
                try String.fetchAll(db, sql: """
                    SELECT action || ' ' || record_id FROM change_log WHERE table_name = 'booking' ORDER BY id
                    """)
            }
        }
    }

    func invalid(_ error: (any Error)?) -> String? {
        guard case StoreError.invalid(let field, let reason)? = error as? StoreError else { return nil }
        return "\(field): \(reason)"
    }

    @Test func theNextTwoInTheListsOrderAreBookedThenNoPlaceIsLeftAndUndoTakesExactlyThemBack() throws {
        let w = try World()
        // Asked first: 5 on the list, Bob on the line, 1 of 3 places taken: 2 to book.
        let count = try w.store.bookingListCount(w.query())
        #expect(count == BookingListCount(onList: 5, onLine: 1, places: 3, taken: 1, skillName: "Drafting",
                                          offerTitle: "Drafting course"))
        #expect(count.question == "Book 2 people on Drafting: Drafting course (2 of 3 places left; 5 on the list, "
                + "3 already on the line or not reached)?")

        // By name: Amy, then Bob (passed over: on the line), then Cat takes the last place.
        let batch = try w.store.book(everyoneOn: w.query(), date: day("2025-06-02"), by: user)
        #expect(batch.count == 2 && batch.places == 3 && batch.placesLeft == 0 && batch.lineName == "Drafting: Drafting course")
        #expect(batch.lastId == batch.firstId + 1)
        #expect(try w.bookings() == ["Amy booked 2025-06-02 v1", "Bob booked 2025-06-01 v1", "Cat booked 2025-06-02 v1"])
        // Each logged as a single booking is: Bob's, then Amy's and Cat's, by their ids.
        let bob = String(w.bob.id), amy = String(batch.firstId), cat = String(batch.lastId)
        #expect(try w.logged() == ["insert \(bob)", "insert \(amy)", "insert \(cat)"])
        #expect(try w.store.booking(id: batch.firstId)?.staffId == w.staff["Amy"])
        #expect(try w.store.booking(id: batch.lastId)?.staffId == w.staff["Cat"])

        // Again: no place is left; nothing changes.
        let before = try fingerprint(w.store)
        let refused = #expect(throws: StoreError.self) {
            try w.store.book(everyoneOn: w.query(), date: day("2025-06-03"), by: user)
        }
        #expect(invalid(refused) == "Nobody booked: no place is left on Drafting: Drafting course (3 of 3 taken)")
        #expect(try fingerprint(w.store) == before)

        // Undo: exactly Amy's and Cat's go, each logged.
        try w.store.deleteBookings(batch, by: user)
        #expect(try w.bookings() == ["Bob booked 2025-06-01 v1"])
        #expect(try w.logged() == ["insert \(bob)", "insert \(amy)", "insert \(cat)", "delete \(amy)", "delete \(cat)"])
    }

    @Test func theUndoIsRefusedChangingNothingWhenOneOfItsBookingsChangedSince() throws {
        let w = try World()
        let batch = try w.store.book(everyoneOn: w.query(), date: day("2025-06-02"), by: user)
        var cat = try #require(try w.store.booking(id: batch.lastId))
        cat.status = .cancelled
        cat = try w.store.saveBooking(cat, by: user)
        let before = try fingerprint(w.store)
        #expect(throws: StoreError.conflict(kind: .booking, recordId: String(cat.id), current: .booking(cat))) {
            try w.store.deleteBookings(batch, by: user)
        }
        #expect(try fingerprint(w.store) == before)
        #expect(try w.bookings() == ["Amy booked 2025-06-02 v1", "Bob booked 2025-06-01 v1", "Cat cancelled 2025-06-02 v2"])
    }

    @Test func theUndoIsRefusedWhenAFreedIdWentToAnotherPersonsBooking() throws {
        let w = try World()
        // Amy and Cat booked; Cat's booking (the last id) deleted; Dan booked the same day on
        // the same line takes the freed id, so the range again holds two unchanged bookings.
        let batch = try w.store.book(everyoneOn: w.query(), date: day("2025-06-02"), by: user)
        let cat = try #require(try w.store.booking(id: batch.lastId))
        try w.store.deleteBooking(id: cat.id, expectedVersion: cat.version, by: user)
        let dan = try w.store.book(staffId: w.staff["Dan"]!, on: w.line, date: day("2025-06-02"), by: user)
        #expect(dan.id == batch.lastId)
        let before = try fingerprint(w.store)
        #expect(throws: StoreError.self) { try w.store.deleteBookings(batch, by: user) }
        #expect(try fingerprint(w.store) == before)
        #expect(try w.bookings() == ["Amy booked 2025-06-02 v1", "Bob booked 2025-06-01 v1", "Dan booked 2025-06-02 v1"])
    }

    @Test func aCancelledPersonIsPassedOverTheSortIsHonouredAndNobodyToBookIsRefused() throws {
        let w = try World()
        var bob = w.bob
        bob.status = .cancelled
        bob = try w.store.saveBooking(bob, by: user)
        // Filtered to Bob alone: on the line (cancelled), so nobody to book, 3 places or not.
        let bobOnly = w.query(filter: "bob")
        #expect(try w.store.bookingListCount(bobOnly).refusal
                == "the 1 person on the list is on the line already (booked, completed or cancelled)")
        let before = try fingerprint(w.store)
        let refused = #expect(throws: StoreError.self) {
            try w.store.book(everyoneOn: bobOnly, date: day("2025-06-02"), by: user)
        }
        #expect(invalid(refused) == "Nobody booked: the 1 person on the list is on the line already "
                + "(booked, completed or cancelled)")
        #expect(try fingerprint(w.store) == before)

        // Reversed: Eve, Dan, Cat take the 3 places; Bob stays cancelled, Amy is not reached.
        let batch = try w.store.book(everyoneOn: w.query(descending: true), date: day("2025-06-02"), by: user)
        #expect(batch.count == 3 && batch.placesLeft == 0)
        #expect(try w.bookings() == ["Bob cancelled 2025-06-01 v2", "Cat booked 2025-06-02 v1", "Dan booked 2025-06-02 v1",
                                     "Eve booked 2025-06-02 v1"])
        #expect(try w.store.booking(id: batch.firstId)?.staffId == w.staff["Eve"])
    }
}
