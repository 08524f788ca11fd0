import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

/// Development plans and their bookings through collation: a plan the inputs agree on is written
/// once with each input's bookings on it; a plan that differs, or bookings that together overfill
/// a line, are conflicts and nothing is written. Two departments' stores are `BookingStoreTests.World`
/// (plan for 2025-26: 2 places on the Drafting course, 1 on the workshop), the second with its staff
/// renumbered (B-S0 ...) so that each person is in one input.
@Suite struct CollatedPlanTests {
    let folder: TemporaryDirectory

    init() throws { folder = try TemporaryDirectory() }

    func world(_ name: String, renumber: Bool) throws -> BookingStoreTests.World {
        let store = try Store.open(path: folder.file(name), mode: .createIfMissing, clock: fixedClock)
        let world = try BookingStoreTests.World(store: store)
        if renumber { try rawWrite(store, "UPDATE staff SET staff_number = 'B-' || staff_number") }
        return world
    }

    func conflicts(_ files: [String]) -> [String] {
        do {
            _ = try Store.collate(files, into: folder.file("c.sqlite"), clock: fixedClock)
            return []
        } catch CollationError.conflicts(let found) { return found } catch { return ["\(error)"] }
    }

    @Test func aPlanTheInputsAgreeOnIsWrittenOnceWithEveryonesBookings() throws {
        let a = try world("a.sqlite", renumber: false), b = try world("b.sqlite", renumber: true)
        _ = try a.store.book(staffId: a.staff[0], on: a.course, date: day("2025-06-01"), by: user)
        _ = try b.store.book(staffId: b.staff[1], on: b.course, date: day("2025-06-02"), by: user)
        _ = try b.store.book(staffId: b.staff[3], on: b.workshop, date: day("2025-06-03"), by: user)
        _ = try Store.collate([a.store.path, b.store.path], into: folder.file("c.sqlite"), clock: fixedClock)
        let c = try Store.open(path: folder.file("c.sqlite"), mode: .readOnly)
        let lines = try c.writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT p.year || ' ' || k.name || ' ' || o.title || ' ' || l.places || ' Q' || l.quarter
                FROM development_plan p JOIN plan_line l ON l.plan_id = p.id JOIN skill k ON k.id = l.skill_id
                JOIN learning_offer o ON o.id = l.offer_id ORDER BY l.position
                """)
        }
        #expect(try rawInt(c, "SELECT COUNT(*) FROM development_plan") == 1)
        #expect(lines == (try a.store.writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT p.year || ' ' || k.name || ' ' || o.title || ' ' || l.places || ' Q' || l.quarter
                FROM development_plan p JOIN plan_line l ON l.plan_id = p.id JOIN skill k ON k.id = l.skill_id
                JOIN learning_offer o ON o.id = l.offer_id ORDER BY l.position
                """)
        }))
        #expect(lines.count == 2)
        let bookings = try c.writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT s.staff_number || ' ' || o.title || ' ' || b.status FROM booking b JOIN staff s ON s.id = b.staff_id
                JOIN learning_offer o ON o.id = b.offer_id JOIN development_plan p ON p.id = b.plan_id ORDER BY s.staff_number
                """)
        }
        #expect(bookings == ["B-S1 Drafting course booked", "B-S3 Drafting workshop booked", "S0 Drafting course booked"])
    }

    @Test func aPlanThatDiffersIsAConflictAndNothingIsWritten() throws {
        let a = try world("a.sqlite", renumber: false), b = try world("b.sqlite", renumber: true)
        try rawWrite(b.store, "UPDATE plan_line SET places = 3 WHERE offer_id = ?", [b.base.course.id])
        let found = conflicts([a.store.path, b.store.path])
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("development plan of profession POL for 2025-26 differs between") == true, "\(found)")
        #expect(found.first?.contains("Drafting on learning offer \"Drafting course\" by College of profession POL, 3 places") == true,
                "\(found)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("c.sqlite")))
    }

    @Test func bookingsThatTogetherOverfillALineAreAConflict() throws {
        let a = try world("a.sqlite", renumber: false), b = try world("b.sqlite", renumber: true)
        for world in [a, b] {
            _ = try world.store.book(staffId: world.staff[0], on: world.course, date: day("2025-06-01"), by: user)
            _ = try world.store.book(staffId: world.staff[1], on: world.course, date: day("2025-06-01"), by: user)
        }
        #expect(conflicts([a.store.path, b.store.path]) == [
            "development plan of profession POL for 2025-26: Drafting on learning offer \"Drafting course\" by College of "
                + "profession POL has 2 places but the stores book 4 between them; cancel bookings first"])
        #expect(!FileManager.default.fileExists(atPath: folder.file("c.sqlite")))
    }
}
