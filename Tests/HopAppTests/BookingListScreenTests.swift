import Testing
import HopModel
import HopStore
import TerminalUI
@testable import HopApp

/// `B` on a plan line's list through the real runtime over the real store. Policy's kept plan has
/// one line: 4 places on the Evidence course for Using evidence, whose list (below the
/// requirement, by name) is Member 0002, 0003, 0007, 0008, 0009, 0010 (`PeopleListTests`).
/// `b` books Member 0002 first; `B` then asks, and books the next three by name.
@Suite struct BookingListScreenTests {
    func world() throws -> (Store, DemoApp, PlanLineKey) {
        let store = TestStore.make()
        let offer = try store.saveLearningOffer(LearningOffer(professionId: 1, title: "Evidence course", provider: "College",
                                                              minutes: 360, costPence: 40_000, places: 10,
                                                              skills: [OfferSkill(skillId: 10, level: 4)]), by: "tester")
        let plan = try store.saveDevelopmentPlan(DevelopmentPlan(professionId: 1, year: DevelopmentPlan.year(containing: DemoApp.today),
                                                                 lines: [PlanLine(skillId: 10, offerId: offer.id, places: 4, quarter: 1)]),
                                                 by: "tester")
        let app = DemoApp(size: Size(width: 80, height: 24), store: store)
        app.open("POL")
        app.press(.show(.plan), .show(.people))
        return (store, app, PlanLineKey(planId: plan.id, skillId: 10, offerId: offer.id))
    }

    /// The line's bookings as "staff number status", by staff number.
    func booked(_ store: Store, _ line: PlanLineKey) throws -> [String] {
        try (1...18).flatMap { n -> [String] in
            guard let member = try store.staffMember(number: String(format: "S%04d", n)) else { return [] }
            return try store.bookings(staffId: member.id).filter { $0.booking.line == line }
                .map { "\(member.staffNumber) \($0.booking.status.label)" }
        }
    }

    @Test func bAsksWithTheNumbersBooksTheNextInTheListsOrderAndUndoTakesThemAllBack() throws {
        let (store, app, line) = try world()
        #expect(app.runtime.state.peopleList.total == 6)
        app.press(.bookSelected)
        #expect(try booked(store, line) == ["S0002 booked"])

        // Asked first, saying the numbers: 3 of 4 places left, 6 on the list, so 3 not booked.
        app.press(.bookList)
        #expect(Keymap.scopes(for: app.runtime.state) == [.bookListPrompt])
        let question = "Book 3 people on Using evidence: Evidence course (3 of 4 places left; 6 on the list, "
            + "3 already on the line or not reached)?"
        #expect(app.runtime.state.peopleList.confirmingBookList?.question == question)
        #expect(app.screen.contains { $0.contains("Book 3 people on Using evidence: Evidence course (3 of 4 places") })
        // No: nothing is booked.
        app.press(.cancelBookList)
        #expect(app.runtime.state.status == "Nobody booked.")
        #expect(try booked(store, line) == ["S0002 booked"])

        // Yes: the next three by name, the rows and the places in place.
        app.press(.bookList, .confirmBookList)
        #expect(app.runtime.state.notice == "Booked 3 people on Using evidence: Evidence course; 0 of 4 places left. u undoes.")
        #expect(try booked(store, line) == ["S0002 booked", "S0003 booked", "S0007 booked", "S0008 booked"])
        let rows = (0..<6).compactMap { app.runtime.state.peopleList.window.row(at: $0) }
        #expect(rows.map { $0.booking?.status } == [.booked, .booked, .booked, .booked, nil, nil])
        #expect(app.screen.contains { $0.contains("places 4 of 4 taken, 0 left") })

        // Again: no place is left, said at once; nothing asked, nothing booked.
        app.press(.bookList)
        #expect(app.runtime.state.peopleList.confirmingBookList == nil)
        #expect(app.runtime.state.status == "Nobody booked: no place is left on Using evidence: Evidence course (4 of 4 taken).")

        // Undo: the three go in one step; the one booked with b stays.
        app.press(.undo)
        #expect(try booked(store, line) == ["S0002 booked"])
        #expect(app.runtime.state.notice == "Undone. Now: booking of 3 people on Using evidence: Evidence course taken back.")
        #expect(app.screen.contains { $0.contains("places 1 of 4 taken, 3 left") })
        #expect(app.runtime.state.peopleList.window.row(at: 1)?.booking == nil)
    }

    @Test func theUndoIsRefusedSayingWhyWhenOneOfTheBookingsChanged() throws {
        let (store, app, line) = try world()
        app.press(.bookList, .confirmBookList)
        #expect(try booked(store, line) == ["S0002 booked", "S0003 booked", "S0007 booked", "S0008 booked"])
        // Someone cancels Member 0007's booking meanwhile.
        let member = try #require(try store.staffMember(number: "S0007"))
        var booking = try #require(try store.bookings(staffId: member.id).first?.booking)
        booking.status = .cancelled
        _ = try store.saveBooking(booking, by: "someone.else")
        app.press(.undo)
        #expect(app.runtime.state.status == "Cannot undo booking 4 people on Using evidence: Evidence course: one of them is now "
                + "cancelled (booked \(DemoApp.today.iso)). Nothing was changed.")
        #expect(try booked(store, line) == ["S0002 booked", "S0003 booked", "S0007 cancelled", "S0008 booked"])
        #expect(app.runtime.state.undoStack.isEmpty)
    }

    @Test func bIsAMutatingKeyThatShowsNamesOnTheBookingListOnly() throws {
        let binding = try #require(PeopleFeature.bindings.first { $0.command == .bookList })
        #expect(binding.scope == .bookingList && binding.mutates && binding.showsNames)
        let (_, app, _) = try world()
        #expect(app.screen.contains { $0.contains("· B book all ·") })
    }
}
