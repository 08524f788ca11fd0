import GRDB
import HopModel

// MARK: - Booking a whole list

// `B` on a plan line's list of people books everyone on the list as shown (its grade, filter and
// order) who is not on the line yet, in the list's order, until the line's places are taken: one
// transaction, the list's ids read from one statement as a cursor (never the list in memory),
// each booking saved and change-logged as a single one is. A person with any booking on the line
// (booked, completed, or cancelled) is passed over: a cancellation is somebody's decision, which
// `e` on that person undoes one at a time. Its undo takes back exactly those bookings, or none.

extension Store {
    /// What booking everyone on `query`'s list (on its `bookingLine`) would do: who is on the
    /// list, who of them is on the line already, and the line's places.
    public func bookingListCount(_ query: PeopleQuery) throws(StoreError) -> BookingListCount {
        try read { db in
            let line = try Self.listLine(db, query)
            let counts = try PeopleSQL(db, query).count(db, onLine: line.key)
            return BookingListCount(onList: counts.onList, onLine: counts.onLine, places: line.places, taken: line.taken,
                                    skillName: line.skillName, offerTitle: line.offerTitle)
        }
    }

    /// Books everyone on `query`'s list not on its `bookingLine` yet, in the list's order, on
    /// `date`, until the line's places are taken, in one write. Refuses, writing nothing, when no
    /// place is left or nobody on the list can be booked.
    public func book(everyoneOn query: PeopleQuery, date: Day, by user: String) throws(StoreError) -> BookingBatch {
        try write(by: user) { w in
            let line = try Self.listLine(w.db, query)
            var left = line.places - line.taken
            var seen = 0
            func refusal(onList: Int, onLine: Int) -> StoreError {
                let count = BookingListCount(onList: onList, onLine: onLine, places: line.places, taken: line.places - left,
                                             skillName: line.skillName, offerTitle: line.offerTitle)
                return StoreError.invalid(field: "Nobody booked", reason: count.refusal ?? "nobody on the list can be booked")
            }
            guard left > 0 else { throw refusal(onList: 0, onLine: 0) }
            let onLine = try w.db.cachedStatement(sql: """
                SELECT 1 FROM booking WHERE plan_id = ? AND skill_id = ? AND offer_id = ? AND staff_id = ?
                """)
            let member = try w.db.cachedStatement(sql: "SELECT 1 FROM staff_profession WHERE staff_id = ? AND profession_id = ?")
            var first: Booking?
            var last: Booking?
            var count = 0
            var staffIdSum: Int64 = 0
            // Nothing the list's statement reads is written meanwhile (bookings and the change log
            // only), so the cursor stays valid.
            try PeopleSQL(w.db, query).forEachIdInOrder(w.db) { id in
                seen += 1
                let key = line.key
                guard try Bool.fetchOne(onLine, arguments: [key.planId, key.skillId, key.offerId, id]) != true else { return true }
                guard try Bool.fetchOne(member, arguments: [id, line.professionId]) == true else {
                    throw StoreError.invalid(field: "Staff member", reason: "not a member of the profession whose plan it is")
                }
                let saved = try w.save(Booking(line: key, staffId: id, booked: date)) { _ in line.professionId }
                first = first ?? saved
                last = saved
                count += 1
                staffIdSum += id
                left -= 1
                return left > 0
            }
            guard let first, let last else { throw refusal(onList: seen, onLine: seen) }
            return BookingBatch(line: line.key, booked: date, firstId: first.id, lastId: last.id, count: count, staffIdSum: staffIdSum,
                                skillName: line.skillName, offerTitle: line.offerTitle, places: line.places, placesLeft: left)
        }
    }

    /// Takes back every booking one `book(everyoneOn:)` made (its undo), each change-logged, or
    /// none when one of them was changed or deleted since (a conflict naming it).
    public func deleteBookings(_ batch: BookingBatch, by user: String) throws(StoreError) {
        try write(by: user) { w in
            let l = batch.line
            let same = "plan_id = ? AND skill_id = ? AND offer_id = ? AND booked = ? AND status = 'booked' AND version = 1"
            let arguments: StatementArguments = [batch.firstId, batch.lastId, l.planId, l.skillId, l.offerId, batch.booked.iso]
            // The same number of unchanged bookings, of the same people: an id the batch freed
            // and SQLite gave a later booking does not pass for one of them.
            let unchanged = try Row.fetchOne(w.db, sql: "SELECT COUNT(*), TOTAL(staff_id) FROM booking WHERE id BETWEEN ? AND ? AND \(same)",
                                             arguments: arguments)
            let count: Int = unchanged?[0] ?? 0, sum: Double = unchanged?[1] ?? 0
            guard count == batch.count, Int64(sum) == batch.staffIdSum else {
                let changed = try Booking.fetchAll(w.db, sql: """
                    SELECT \(Booking.selection) FROM booking WHERE id BETWEEN ? AND ? AND NOT (\(same)) ORDER BY id LIMIT 1
                    """, arguments: arguments).first
                throw StoreError.conflict(kind: .booking, recordId: String(changed?.id ?? batch.firstId),
                                          current: changed.map { .booking($0) })
            }
            let professionId = try RowID.fetchOne(w.db, sql: "SELECT profession_id FROM development_plan WHERE id = ?",
                                                  arguments: [l.planId])
            // One row at a time from a cursor: each deletion is change-logged with the record.
            let rows = try Row.fetchCursor(w.db, sql: """
                SELECT \(Booking.selection) FROM booking WHERE id BETWEEN ? AND ? AND \(same) ORDER BY id
                """, arguments: arguments)
            while let row = try rows.next() {
                try w.log(.delete, before: try Booking(row: row), after: nil as Booking?, professionId: professionId)
            }
            try w.db.execute(sql: "DELETE FROM booking WHERE id BETWEEN ? AND ? AND \(same)", arguments: arguments)
        }
    }

    /// The line a booking list books on: its plan's profession, places and bookings taking one,
    /// and its names; refused when the list has no line, or the plan no such line or another
    /// profession.
    static func listLine(_ db: Database, _ query: PeopleQuery) throws -> ListLine {
        guard let key = query.bookingLine else {
            throw StoreError.invalid(field: "Line", reason: "the list is not a plan line's: nobody can be booked from it")
        }
        guard let plan = try DevelopmentPlanRows.fetch(db, id: key.planId) else {
            throw StoreError.missing(kind: .developmentPlan, recordId: String(key.planId))
        }
        let lines = plan.lines.filter { $0.skillId == key.skillId && $0.offerId == key.offerId }
        guard !lines.isEmpty else {
            throw StoreError.invalid(field: "Line", reason: "the \(DevelopmentPlan.yearLabel(plan.year)) plan has no line "
                                     + "for skill \(key.skillId) on offer \(key.offerId)")
        }
        guard plan.professionId == query.professionId else {
            throw StoreError.invalid(field: "List", reason: "the list is another profession's than the plan's")
        }
        let taken = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM booking WHERE plan_id = ? AND skill_id = ? AND offer_id = ? AND status <> 'cancelled'
            """, arguments: [key.planId, key.skillId, key.offerId]) ?? 0
        let skill = try String.fetchOne(db, sql: "SELECT name FROM skill WHERE id = ?", arguments: [key.skillId]) ?? "?"
        let title = try String.fetchOne(db, sql: "SELECT title FROM learning_offer WHERE id = ?", arguments: [key.offerId]) ?? "?"
        return ListLine(key: key, professionId: plan.professionId, places: lines.reduce(0) { $0 + $1.places }, taken: taken,
                        skillName: skill, offerTitle: title)
    }

    /// A plan line as booking a list reads it.
    struct ListLine {
        let key: PlanLineKey
        let professionId: RowID
        let places: Int
        let taken: Int
        let skillName: String
        let offerTitle: String
    }
}
