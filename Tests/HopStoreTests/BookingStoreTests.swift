import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

/// Booking people on a plan's lines, by hand: `PlanStoreTests.World` has Drafting required at 3
/// for G7 (S0, S1, S2 assessed at 1; S4 at 3) and at 2 for HEO (S3 at 1). Its accepted proposal
/// is 2 places on the course (7 hours, reaches 3) and 1 on the workshop (3 hours, reaches 2).
@Suite("Bookings: places honoured, one per person and line, completion logs CPD, undo, plan kept, export")
struct BookingStoreTests {
    struct World {
        let base: PlanStoreTests.World
        let plan: DevelopmentPlan
        let staff: [RowID]
        var store: Store { base.store }
        var course: PlanLineKey { PlanLineKey(planId: plan.id, skillId: base.drafting.id, offerId: base.course.id) }
        var workshop: PlanLineKey { PlanLineKey(planId: plan.id, skillId: base.drafting.id, offerId: base.workshop.id) }

        init(store: Store? = nil) throws {
            base = try PlanStoreTests.World(store: store)
            let proposal = try base.store.proposePlan(professionId: base.policy.id)
            plan = try base.store.saveDevelopmentPlan(DevelopmentPlan(professionId: base.policy.id, year: 2025, lines: proposal.lines),
                                                      by: user)
            staff = try base.store.writer.read { try RowID.fetchAll($0, sql: "SELECT id FROM staff ORDER BY staff_number") }
        }

        func progress() throws -> [SkillOffer: LineProgress] {
            try store.planWorkbench(professionId: base.policy.id, year: 2025).progress
        }

        /// Minutes of CPD the summaries count for the profession (what the CPD pane shows).
        func cpdMinutes() throws -> Int {
            try rawInt(store, "SELECT IFNULL(SUM(minutes), 0) FROM sum_cpd_type WHERE profession_id = ?", [base.policy.id])
        }
    }

    func invalid(_ error: any Error) -> (field: String, reason: String)? {
        guard case StoreError.invalid(let field, let reason) = error else { return nil }
        return (field, reason)
    }

    @Test func placesAreHonouredSayingHowManyAreLeftAndACancellationFreesOne() throws {
        let w = try World()
        let first = try w.store.book(staffId: w.staff[0], on: w.course, date: day("2025-06-01"), by: user)
        let second = try w.store.book(staffId: w.staff[1], on: w.course, date: day("2025-06-01"), by: user)
        #expect(first.version == 1 && first.status == .booked)
        let before = try fingerprint(w.store)
        let refused = #expect(throws: StoreError.self) {
            try w.store.book(staffId: w.staff[2], on: w.course, date: day("2025-06-02"), by: user)
        }
        #expect(refused.flatMap(invalid)?.field == "Places")
        #expect(refused.flatMap(invalid)?.reason == "none left on the line for \"Drafting course\": 0 of 2 left, 2 taken by bookings")
        #expect(try fingerprint(w.store) == before)
        #expect(try w.progress()[SkillOffer(skillId: w.base.drafting.id, offerId: w.base.course.id)] == LineProgress(booked: 2))

        var cancelled = second
        cancelled.status = .cancelled
        cancelled = try w.store.saveBooking(cancelled, by: user)
        _ = try w.store.book(staffId: w.staff[2], on: w.course, date: day("2025-06-02"), by: user)
        // Booking the cancelled person again would take a third place.
        var again = cancelled
        again.status = .booked
        #expect(throws: StoreError.self) { try w.store.saveBooking(again, by: user) }
        let line = try #require(try w.progress()[SkillOffer(skillId: w.base.drafting.id, offerId: w.base.course.id)])
        #expect(line == LineProgress(booked: 2, cancelled: 1))
        #expect(line.placesLeft(of: 2) == 0)
    }

    @Test func aPersonIsBookedOncePerLineAndOnlyIfAMemberOnALineOfThePlan() throws {
        let w = try World()
        _ = try w.store.book(staffId: w.staff[3], on: w.workshop, date: day("2025-06-01"), by: user)
        let outsider = try w.store.saveStaff(StaffMember(staffNumber: "X1", name: "Outsider", gradeId: 1, departmentId: 1), by: user)
        let before = try fingerprint(w.store)
        let twice = #expect(throws: StoreError.self) {
            try w.store.book(staffId: w.staff[3], on: w.workshop, date: day("2025-06-05"), by: user)
        }
        #expect(twice.flatMap(invalid)?.reason == "this person is already on this line (booked 2025-06-01); a person is booked once per line")
        let notMember = #expect(throws: StoreError.self) {
            try w.store.book(staffId: outsider.id, on: w.course, date: day("2025-06-01"), by: user)
        }
        #expect(notMember.flatMap(invalid)?.field == "Staff member")
        let noLine = #expect(throws: StoreError.self) {
            try w.store.book(staffId: w.staff[0], on: PlanLineKey(planId: w.plan.id, skillId: w.base.drafting.id, offerId: 999),
                             date: day("2025-06-01"), by: user)
        }
        #expect(noLine.flatMap(invalid)?.field == "Line")
        #expect(try fingerprint(w.store) == before)
        // The same person may be on another line.
        _ = try w.store.book(staffId: w.staff[3], on: w.course, date: day("2025-06-01"), by: user)
    }

    @Test func completionLogsExactlyOneCPDActivityWithTheOffersHoursAndMovesTheCPDFigure() throws {
        // Each write reads the clock once: a second a write, so that one write is one time.
        let ticks = Ticks()
        let w = try World(store: Store.inMemory(clock: { ticks.next() }))
        _ = try w.store.saveCPDRequirement(CPDRequirement(professionId: w.base.policy.id, hoursPerCycle: 30), by: user)
        let booking = try w.store.book(staffId: w.staff[0], on: w.course, date: day("2025-06-01"), by: user)
        let activitiesBefore = try rawInt(w.store, "SELECT COUNT(*) FROM cpd_activity")
        let minutesBefore = try w.cpdMinutes()
        let done = try w.store.completeBooking(booking, on: day("2025-06-10"), by: user)
        #expect(try rawInt(w.store, "SELECT COUNT(*) FROM cpd_activity") == activitiesBefore + 1)
        #expect(done.activity == CPDActivity(id: done.activity.id, staffId: w.staff[0], date: day("2025-06-10"), minutes: 420,
                                             type: .course, title: "Drafting course", note: "Development plan 2025-26: Drafting",
                                             version: 1))
        #expect(done.booking.status == .completed && done.booking.completed == day("2025-06-10"))
        #expect(done.booking.cpdActivityId == done.activity.id && done.booking.version == 2)
        #expect(try w.cpdMinutes() == minutesBefore + 420)
        #expect(try w.store.verifySummaries().isEmpty)
        // One write: the activity and the booking logged together.
        let logged = try w.store.writer.read {
            try Row.fetchAll($0, sql: "SELECT at, table_name, action FROM change_log ORDER BY id DESC LIMIT 2")
        }
        #expect(logged.map { $0[1] as String } == ["booking", "cpd_activity"])
        #expect(Set(logged.map { $0[0] as String }).count == 1)
        #expect(try rawInt(w.store, "SELECT COUNT(DISTINCT at) FROM change_log WHERE at >= ?", [logged[0][0] as String]) == 1)
        // Completed, still below (assessed at 1): nothing closed yet; re-assessed at 3: closed.
        let key = SkillOffer(skillId: w.base.drafting.id, offerId: w.base.course.id)
        #expect(try w.progress()[key] == LineProgress(completed: 1, closed: 0))
        // (Assessed on the day after the World's assessments, so that it is the latest.)
        _ = try w.store.addAssessment(SkillAssessment(staffId: w.staff[0], skillId: w.base.drafting.id, level: 3,
                                                      date: day("2025-06-16"), source: .panel), by: user)
        #expect(try w.progress()[key] == LineProgress(completed: 1, closed: 1))
        // Completing twice, or before the day booked, is refused.
        let twice = #expect(throws: StoreError.self) { try w.store.completeBooking(done.booking, on: day("2025-06-12"), by: user) }
        #expect(twice.flatMap(invalid)?.reason == "already completed on 2025-06-10")
        let other = try w.store.book(staffId: w.staff[1], on: w.course, date: day("2025-06-05"), by: user)
        let early = #expect(throws: StoreError.self) { try w.store.completeBooking(other, on: day("2025-06-04"), by: user) }
        #expect(early.flatMap(invalid)?.reason == "before the day it was booked (2025-06-05)")
        #expect(try rawInt(w.store, "SELECT COUNT(*) FROM cpd_activity") == activitiesBefore + 1)
    }

    @Test func undoingACompletionRemovesItsActivityOrRefusesWhenTheActivityWasEdited() throws {
        let w = try World()
        _ = try w.store.saveCPDRequirement(CPDRequirement(professionId: w.base.policy.id, hoursPerCycle: 30), by: user)
        let booking = try w.store.book(staffId: w.staff[0], on: w.course, date: day("2025-06-01"), by: user)
        let minutesBefore = try w.cpdMinutes()
        let done = try w.store.completeBooking(booking, on: day("2025-06-10"), by: user)
        #expect(try w.cpdMinutes() == minutesBefore + 420)
        let reopened = try w.store.reopenBooking(done.booking, by: user)
        #expect(reopened.status == .booked && reopened.completed == nil && reopened.cpdActivityId == nil)
        #expect(try w.store.writer.read { try CPDActivity.fetch($0, key: [done.activity.id]) } == nil)
        #expect(try w.cpdMinutes() == minutesBefore)
        #expect(try w.store.verifySummaries().isEmpty)

        let again = try w.store.completeBooking(reopened, on: day("2025-06-12"), by: user)
        var edited = again.activity
        edited.minutes = 480
        _ = try w.store.updateCPDActivity(edited, by: user)
        let before = try fingerprint(w.store)
        let refused = #expect(throws: StoreError.self) { try w.store.reopenBooking(again.booking, by: user) }
        #expect(refused.flatMap(invalid)?.reason == "the activity this completion logged (2025-06-12) has been edited since, "
                + "so the completion and the activity stay as they are")
        #expect(try fingerprint(w.store) == before)
        // A booking not completed is deleted (the undo of booking); a completed one is not.
        #expect(throws: StoreError.self) { try w.store.deleteBooking(id: again.booking.id, expectedVersion: again.booking.version, by: user) }
        let other = try w.store.book(staffId: w.staff[1], on: w.course, date: day("2025-06-05"), by: user)
        try w.store.deleteBooking(id: other.id, expectedVersion: other.version, by: user)
        // An undo of that deletion puts it back with its id.
        var back = other
        back.version = 0
        #expect(try w.store.saveBooking(back, by: user).id == other.id)
        // A stale version is a conflict.
        var stale = other
        stale.status = .cancelled
        stale.version = 7
        #expect(throws: StoreError.conflict(kind: .booking, recordId: String(other.id), current: .booking(other))) {
            try w.store.saveBooking(stale, by: user)
        }
    }

    @Test func aPlanKeepsItsBookedLinesAndPlacesAndIsNotDeletedWithBookings() throws {
        let w = try World()
        _ = try w.store.book(staffId: w.staff[0], on: w.course, date: day("2025-06-01"), by: user)
        _ = try w.store.book(staffId: w.staff[1], on: w.course, date: day("2025-06-01"), by: user)
        let before = try fingerprint(w.store)
        var withoutLine = w.plan
        withoutLine.lines.removeAll { $0.offerId == w.base.course.id }
        let removed = #expect(throws: StoreError.self) { try w.store.saveDevelopmentPlan(withoutLine, by: user) }
        #expect(removed.flatMap(invalid)?.reason == "the line for Drafting on \"Drafting course\" has 2 bookings and stays on the plan")
        var fewer = w.plan
        fewer.lines[0].places = 1
        let cut = #expect(throws: StoreError.self) { try w.store.saveDevelopmentPlan(fewer, by: user) }
        #expect(cut.flatMap(invalid)?.reason == "1 on \"Drafting course\" for Drafting, where bookings take 2")
        var twice = w.plan
        twice.lines.append(twice.lines[1])
        let duplicate = #expect(throws: StoreError.self) { try w.store.saveDevelopmentPlan(twice, by: user) }
        #expect(duplicate.flatMap(invalid)?.field == "Lines")
        let deleted = #expect(throws: StoreError.self) {
            try w.store.deleteDevelopmentPlan(id: w.plan.id, expectedVersion: w.plan.version, by: user)
        }
        #expect(deleted.flatMap(invalid)?.reason == "the 2025-26 plan has 2 bookings and is kept")
        #expect(try fingerprint(w.store) == before)
        // The workshop line has no bookings: it may go.
        var lighter = w.plan
        lighter.lines.removeAll { $0.offerId == w.base.workshop.id }
        #expect(try w.store.saveDevelopmentPlan(lighter, by: user).lines.count == 1)
    }

    @Test func aPersonsBookingsAreReadWithWhatTheyAreOn() throws {
        let w = try World()
        let booking = try w.store.book(staffId: w.staff[3], on: w.workshop, date: day("2025-06-01"), by: user)
        #expect(try w.store.bookings(staffId: w.staff[3]) == [
            BookingRow(booking: booking, planYear: 2025, professionId: w.base.policy.id, skillName: "Drafting",
                       offerTitle: "Drafting workshop", level: 2, minutes: 180, type: .seminar),
        ])
        #expect(try w.store.bookings(staffId: w.staff[0]).isEmpty)
    }

    @Test func bookingsAreExportedAndRestoredAndARestoreChecksThem() throws {
        let w = try World()
        let booking = try w.store.book(staffId: w.staff[0], on: w.course, date: day("2025-06-01"), by: user)
        _ = try w.store.completeBooking(booking, on: day("2025-06-10"), by: user)
        _ = try w.store.book(staffId: w.staff[3], on: w.workshop, date: day("2025-06-02"), by: user)
        let folder = try TemporaryDirectory()
        let exported = try exportJSON(w.store)
        let source = folder.file("in.json")
        try Data(exported.utf8).write(to: URL(fileURLWithPath: source))
        try Store.restore(fromJSON: source, to: folder.file("new.sqlite"), clock: fixedClock)
        let restored = try Store.open(path: folder.file("new.sqlite"), mode: .readOnly)
        #expect(try exportJSON(restored) == exported)

        // A completion day before the booking's, and a third booking on a line of one place.
        let early = exported.replacingOccurrences(of: "\"2025-06-10\",", with: "\"2025-05-10\",")
        #expect(early != exported)
        try Data(early.utf8).write(to: URL(fileURLWithPath: source))
        var message = ""
        do { try Store.restore(fromJSON: source, to: folder.file("bad.sqlite"), clock: fixedClock) } catch { message = "\(error)" }
        #expect(message.contains("tables.booking.rows[0]: Completed: before the day it was booked (2025-06-01)"), "\(message)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("bad.sqlite")))
    }
}

/// A clock a second further on at every reading.
final class Ticks: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds = 0.0

    func next() -> Date {
        lock.withLock {
            seconds += 1
            return Date(timeIntervalSince1970: 1_750_000_000 + seconds)
        }
    }
}
