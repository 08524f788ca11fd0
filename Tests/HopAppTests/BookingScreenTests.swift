import Testing
import HopModel
import HopStore
import TerminalUI
@testable import HopApp

/// Booking through the real runtime over the real store: Enter on a kept plan's line lists the
/// people below the requirement in its skill, b books the one selected, e completes the booking
/// (a CPD activity appears in their records) and offers the re-assessment, whose Esc says the
/// completion stays; the plan's progress moves; undo takes the completion back.
@Suite struct BookingScreenTests {
    /// Policy's catalogue with one offer of two places reaching level 4 in both skills.
    func store() throws -> Store {
        let store = TestStore.make()
        _ = try store.saveLearningOffer(LearningOffer(professionId: 1, title: "Evidence course", provider: "College", minutes: 360,
                                                      costPence: 40_000, places: 2,
                                                      skills: [OfferSkill(skillId: 10, level: 4), OfferSkill(skillId: 11, level: 4)]),
                                        by: "tester")
        return store
    }

    func cpdCount(_ store: Store, _ staffId: RowID) throws -> Int { try store.cpdActivities(staffId: staffId).count }

    @Test func aPersonIsBookedCompletedReassessedAndThePlansProgressMoves() throws {
        let store = try store()
        let app = DemoApp(size: Size(width: 80, height: 24), store: store)
        app.open("POL")
        app.press(.show(.plan))
        // A proposal is not booked on: it says how to keep it.
        app.press(.show(.people))
        #expect(app.runtime.state.screen == .plan)
        #expect(app.runtime.state.status == "The plan is only proposed: a keeps it, then people can be booked on its lines.")
        app.press(.acceptProposal)
        let plan = try #require(app.runtime.state.plan.workbench?.plan)
        let line = plan.lines[0]
        #expect(app.screen.contains { $0.contains("Booked 0 · done 0 · places left") })
        app.press(.show(.people))
        #expect(app.runtime.state.screen == .people)
        #expect(app.screen[1].contains("Booking on Evidence course (L4)"))
        let person = try #require(app.runtime.state.peopleList.selected)
        let activities = try cpdCount(store, person.id)
        app.press(.bookSelected)
        #expect(app.runtime.state.notice?.hasPrefix("Saved: booking booked ") == true)
        let booked = try #require(app.runtime.state.peopleList.selected?.booking)
        #expect(booked.status == .booked && booked.staffId == person.id && booked.line.offerId == line.offerId)
        #expect(app.screen.contains { $0.contains("places 1 of \(line.places) taken") })
        // Twice: refused, saying what to do instead.
        app.press(.bookSelected)
        #expect(app.runtime.state.status?.contains("is on this line already (booked ") == true)

        // Completed: the form's status, then save; the CPD activity is logged and the assessment
        // form proposes the level the offer brings.
        app.press(.editSelected)
        #expect(app.runtime.state.form?.subject == .booking(try #require(PeopleFeature.bookingRow(booked, app.runtime.state))))
        app.send(.right)
        app.press(.saveForm)
        #expect(try cpdCount(store, person.id) == activities + 1)
        let logged = try #require(try store.cpdActivities(staffId: person.id).first { $0.title == "Evidence course" })
        #expect(logged.minutes == 360 && logged.type == .course && logged.date == app.runtime.state.today)
        let reassess = try #require(app.runtime.state.form)
        #expect(reassess.title.hasPrefix("Re-assess "))
        #expect(reassess.field("Level")?.value == "4")
        app.press(.cancelForm)
        #expect(app.runtime.state.form == nil)
        #expect(app.runtime.state.notice == "Not re-assessed: the completion and its CPD activity stay saved.")
        #expect(try cpdCount(store, person.id) == activities + 1)
        #expect(app.runtime.state.peopleList.selected?.booking?.status == .completed)

        // Back on the plan: the line's progress.
        app.press(.back)
        #expect(app.runtime.state.screen == .plan)
        let places = plan.lines.reduce(0) { $0 + $1.places }
        #expect(app.screen.contains { $0.contains("Booked 0 · done 1 · places left \(places - 1) ") })

        // Undo takes the completion back with its activity.
        app.press(.undo)
        #expect(try cpdCount(store, person.id) == activities)
        #expect(app.screen.contains { $0.contains("Booked 1 · done 0") })
    }

    @Test func aFullLineRefusesAndChangesNothing() throws {
        let store = try store()
        let app = DemoApp(size: Size(width: 80, height: 24), store: store)
        app.open("POL")
        app.press(.show(.plan), .acceptProposal)
        let plan = try #require(app.runtime.state.plan.workbench?.plan)
        // The line with fewest places: fill them, then one more.
        let index = try #require(plan.lines.indices.min { plan.lines[$0].places < plan.lines[$1].places })
        for _ in 0..<index { app.press(.down) }
        app.press(.show(.people))
        for _ in 0..<plan.lines[index].places {
            app.press(.bookSelected)
            app.press(.down)
        }
        let taken = { try store.planWorkbench(professionId: 1, year: plan.year).totalProgress.progress.taken }
        let before = try taken()
        #expect(before == plan.lines[index].places)
        app.press(.bookSelected)
        #expect(app.runtime.state.status?.hasPrefix("Not saved. Places: 0 of ") == true)
        #expect(try taken() == before)
    }

    @Test func aPersonsRecordsListTheirBookings() throws {
        let store = try store()
        let app = DemoApp(size: Size(width: 80, height: 24), store: store)
        app.open("POL")
        app.press(.show(.plan), .acceptProposal, .show(.people), .bookSelected, .show(.member))
        for _ in 0..<MemberSection.bookings.rawValue { app.press(.nextPane) }
        #expect(app.runtime.state.member?.section == .bookings)
        #expect(app.screen.contains { $0.contains("booked") && $0.contains("Evidence course: ") })
    }
}
