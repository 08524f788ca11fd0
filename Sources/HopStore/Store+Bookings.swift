import GRDB
import HopModel

// MARK: - Bookings

// A person booked on a development plan's line: versioned, change-logged under the plan's
// profession, exported and restored like every record. Completing a booking logs the offer as
// the person's CPD activity through the same write as any CPD activity, in the same
// transaction; taking the completion back removes that activity, unless it was changed since.

extension Store {
    /// Books a member of the plan's profession on one of its lines, if a place is left.
    public func book(staffId: RowID, on line: PlanLineKey, date: Day, by user: String) throws(StoreError) -> Booking {
        try saveBooking(Booking(line: line, staffId: staffId, booked: date), by: user)
    }

    /// Adds a booking (id 0; or, at version 0, one taken back by an undo, with its id) or changes
    /// one at its version: its day, or its status between booked and cancelled. A booking that
    /// takes a place (new, or booked again after a cancellation) needs one left on its line.
    /// Completing goes through `completeBooking`, taking a completion back through `reopenBooking`.
    public func saveBooking(_ booking: Booking, by user: String) throws(StoreError) -> Booking {
        try validated { try Validate.booking(booking) }
        return try write(by: user) { w in
            let plan = try w.requireBookable(booking)
            let current = try Booking.fetch(w.db, key: [booking.id])
            if let current {
                guard current.version == booking.version else {
                    throw StoreError.conflict(kind: .booking, recordId: current.recordId, current: .booking(current))
                }
                guard current.line == booking.line, current.staffId == booking.staffId else {
                    throw StoreError.invalid(field: "Booking", reason: "a booking cannot move to another line or person")
                }
                guard current.status != .completed else {
                    throw StoreError.invalid(field: "Status", reason: "the booking is completed: undoing the completion "
                                             + "(u) takes it back with its CPD activity")
                }
            }
            guard booking.status != .completed else {
                throw StoreError.invalid(field: "Status", reason: "completing a booking logs its CPD activity: "
                                         + "mark it completed with its day instead")
            }
            if let other = try Booking.fetchAll(w.db, sql: """
                SELECT \(Booking.selection) FROM booking WHERE plan_id = ? AND skill_id = ? AND offer_id = ? AND staff_id = ? AND id <> ?
                """, arguments: [booking.planId, booking.skillId, booking.offerId, booking.staffId, booking.id]).first {
                throw StoreError.invalid(field: "Booking", reason: "this person is already on this line (\(other.text)); "
                                         + "a person is booked once per line")
            }
            if booking.status.takesPlace, current?.status.takesPlace != true {
                try w.requirePlaceLeft(on: booking.line, excluding: booking.id)
            }
            return try w.save(booking) { _ in plan.professionId }
        }
    }

    /// Marks a booking completed on `date` and logs the offer (its kind, length and title) as the
    /// person's CPD activity on that day, in one write.
    public func completeBooking(_ booking: Booking, on date: Day, by user: String) throws(StoreError) -> BookingCompletion {
        try write(by: user) { w in
            let current = try w.current(Booking.self, key: [booking.id], expectedVersion: booking.version)
            switch current.status {
            case .booked: break
            case .completed:
                throw StoreError.invalid(field: "Status", reason: "already completed on \(current.completed?.iso ?? "?")")
            case .cancelled:
                throw StoreError.invalid(field: "Status", reason: "the booking is cancelled: book the person again first")
            }
            guard date >= current.booked else {
                throw StoreError.invalid(field: "Completed", reason: "before the day it was booked (\(current.booked.iso))")
            }
            let plan = try w.requireBookable(current)
            guard let offer = try LearningOfferRows.fetch(w.db, id: current.offerId) else {
                throw StoreError.missing(kind: .learningOffer, recordId: String(current.offerId))
            }
            let (skill, _) = try w.requireSkill(current.skillId)
            let activity = CPDActivity(staffId: current.staffId, date: date, minutes: offer.minutes, type: offer.type,
                                       title: offer.title,
                                       note: "Development plan \(DevelopmentPlan.yearLabel(plan.year)): \(skill.name)")
            try Validate.cpdActivity(activity)
            let logged = try w.saveCPDActivity(activity)
            var done = current
            done.status = .completed
            done.completed = date
            done.cpdActivityId = logged.id
            return BookingCompletion(booking: try w.save(done) { _ in plan.professionId }, activity: logged)
        }
    }

    /// Takes a completion back (its undo): the booking is booked again and the CPD activity the
    /// completion logged is deleted, or nothing changes when that activity was edited or
    /// deleted since.
    public func reopenBooking(_ booking: Booking, by user: String) throws(StoreError) -> Booking {
        try write(by: user) { w in
            let current = try w.current(Booking.self, key: [booking.id], expectedVersion: booking.version)
            guard current.status == .completed else {
                throw StoreError.invalid(field: "Status", reason: "the booking is \(current.status.label), not completed")
            }
            guard let activityId = current.cpdActivityId, let activity = try CPDActivity.fetch(w.db, key: [activityId]) else {
                throw StoreError.invalid(field: "CPD activity", reason: "the activity this completion logged has been deleted "
                                         + "since, so the completion stays as it is")
            }
            guard activity.version == 1 else {
                throw StoreError.invalid(field: "CPD activity", reason: "the activity this completion logged (\(activity.date.iso)) "
                                         + "has been edited since, so the completion and the activity stay as they are")
            }
            let plan = try w.requireBookable(current)
            var reopened = current
            reopened.status = .booked
            reopened.completed = nil
            reopened.cpdActivityId = nil
            // The booking first: deleting the activity would otherwise clear its link unlogged.
            let saved = try w.save(reopened) { _ in plan.professionId }
            try w.deleteCPDActivity(id: activity.id, expectedVersion: activity.version)
            return saved
        }
    }

    /// Deletes a booking that is not completed (the undo of booking someone).
    public func deleteBooking(id: RowID, expectedVersion: Int, by user: String) throws(StoreError) {
        try write(by: user) { w in
            let current = try w.current(Booking.self, key: [id], expectedVersion: expectedVersion)
            guard current.status != .completed else {
                throw StoreError.invalid(field: "Booking", reason: "a completed booking is not deleted: undoing its completion "
                                         + "first takes back its CPD activity")
            }
            let profession = try RowID.fetchOne(w.db, sql: "SELECT profession_id FROM development_plan WHERE id = ?",
                                                arguments: [current.planId])
            try w.delete(current, professionId: profession)
        }
    }

    /// One booking as stored.
    public func booking(id: RowID) throws(StoreError) -> Booking? {
        try read { db in try Booking.fetch(db, key: [id]) }
    }

    /// A person's bookings with what each is on, latest plan year first, then as booked.
    public func bookings(staffId: RowID) throws(StoreError) -> [BookingRow] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(Booking.allColumns.map { "k." + $0 }.joined(separator: ", ")),
                       p.year, p.profession_id, s.name, o.title, os.level, o.minutes, o.kind
                FROM booking k JOIN development_plan p ON p.id = k.plan_id JOIN skill s ON s.id = k.skill_id
                JOIN learning_offer o ON o.id = k.offer_id
                LEFT JOIN offer_skill os ON os.offer_id = k.offer_id AND os.skill_id = k.skill_id
                WHERE k.staff_id = ? ORDER BY p.year DESC, k.booked DESC, k.id DESC
                """, arguments: [staffId])
            return try rows.map { row in
                let n = Booking.allColumns.count
                return BookingRow(booking: try Booking(row: row), planYear: try row.value(at: n),
                                  professionId: try row.value(at: n + 1), skillName: try row.value(at: n + 2),
                                  offerTitle: try row.value(at: n + 3), level: try row.value(at: n + 4),
                                  minutes: try row.value(at: n + 5), type: try row.decoded(at: n + 6, "kind", as: CPDActivityType.self))
            }
        }
    }
}

enum BookingReads {
    /// A plan's bookings by line: booked, completed, cancelled, and the completed whose person
    /// is no longer below their grade's requirement in the skill (read from `sum_below`).
    static func progress(_ db: Database, plan: DevelopmentPlan) throws -> [SkillOffer: LineProgress] {
        var progress: [SkillOffer: LineProgress] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT k.skill_id, k.offer_id, k.status, COUNT(*),
                   SUM(k.status = 'completed' AND NOT EXISTS (
                       SELECT 1 FROM sum_below b WHERE b.skill_id = k.skill_id AND b.staff_id = k.staff_id AND b.profession_id = ?))
            FROM booking k WHERE k.plan_id = ? GROUP BY k.skill_id, k.offer_id, k.status
            """, arguments: [plan.professionId, plan.id]) {
            let key = SkillOffer(skillId: try row.value(at: 0), offerId: try row.value(at: 1))
            let count: Int = try row.value(at: 3)
            var line = progress[key] ?? LineProgress()
            switch try row.decoded(at: 2, "status", as: BookingStatus.self) {
            case .booked: line.booked += count
            case .completed: line.completed += count; line.closed += try row.value(at: 4)
            case .cancelled: line.cancelled += count
            }
            progress[key] = line
        }
        return progress
    }

    /// Bookings on each of a plan's lines: (all, taking a place), by skill and offer.
    static func counts(_ db: Database, planId: RowID) throws -> [SkillOffer: (all: Int, taken: Int)] {
        var counts: [SkillOffer: (all: Int, taken: Int)] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT skill_id, offer_id, COUNT(*), SUM(status <> 'cancelled') FROM booking WHERE plan_id = ? GROUP BY skill_id, offer_id
            """, arguments: [planId]) {
            counts[SkillOffer(skillId: try row.value(at: 0), offerId: try row.value(at: 1))] = (try row.value(at: 2), try row.value(at: 3))
        }
        return counts
    }
}

extension WriteContext {
    /// The plan a booking is on, provided the plan has its line and the person is a member of
    /// the plan's profession.
    func requireBookable(_ booking: Booking) throws -> DevelopmentPlan {
        guard let plan = try DevelopmentPlanRows.fetch(db, id: booking.planId) else {
            throw StoreError.missing(kind: .developmentPlan, recordId: String(booking.planId))
        }
        guard plan.lines.contains(where: { $0.skillId == booking.skillId && $0.offerId == booking.offerId }) else {
            throw StoreError.invalid(field: "Line", reason: "the \(DevelopmentPlan.yearLabel(plan.year)) plan has no line "
                                     + "for skill \(booking.skillId) on offer \(booking.offerId)")
        }
        try requireStaff(booking.staffId)
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM staff_profession WHERE staff_id = ? AND profession_id = ?",
                                arguments: [booking.staffId, plan.professionId]) == true else {
            throw StoreError.invalid(field: "Staff member", reason: "not a member of the profession whose plan it is")
        }
        return plan
    }

    /// Throws, saying how many places are left, when the line's places are all taken by other
    /// bookings.
    func requirePlaceLeft(on line: PlanLineKey, excluding bookingId: RowID) throws {
        let places = try Int.fetchOne(db, sql: """
            SELECT SUM(places) FROM plan_line WHERE plan_id = ? AND skill_id = ? AND offer_id = ?
            """, arguments: [line.planId, line.skillId, line.offerId]) ?? 0
        let taken = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM booking WHERE plan_id = ? AND skill_id = ? AND offer_id = ? AND status <> 'cancelled' AND id <> ?
            """, arguments: [line.planId, line.skillId, line.offerId, bookingId]) ?? 0
        guard taken < places else {
            let title = try String.fetchOne(db, sql: "SELECT title FROM learning_offer WHERE id = ?", arguments: [line.offerId]) ?? "?"
            throw StoreError.invalid(field: "Places", reason: "none left on the line for \"\(title)\": 0 of \(places) "
                                     + "left, \(taken) taken by bookings")
        }
    }

    /// A plan saved over one with bookings keeps every line that has bookings, with at least
    /// the places they take.
    func requireBookedLinesKept(_ plan: DevelopmentPlan, offers: [RowID: LearningOffer]) throws {
        guard plan.id != 0 else { return }
        let counts = try BookingReads.counts(db, planId: plan.id)
        guard !counts.isEmpty else { return }
        let places = Dictionary(plan.lines.map { ($0.skillOffer, $0.places) }, uniquingKeysWith: +)
        for (key, count) in counts.sorted(by: { ($0.key.skillId, $0.key.offerId) < ($1.key.skillId, $1.key.offerId) }) {
            let skill = try String.fetchOne(db, sql: "SELECT name FROM skill WHERE id = ?", arguments: [key.skillId]) ?? "?"
            let title = try offers[key.offerId]?.title
                ?? String.fetchOne(db, sql: "SELECT title FROM learning_offer WHERE id = ?", arguments: [key.offerId]) ?? "?"
            guard let kept = places[key] else {
                throw StoreError.invalid(field: "Lines", reason: "the line for \(skill) on \"\(title)\" has \(count.all) "
                                         + "booking\(count.all == 1 ? "" : "s") and stays on the plan")
            }
            guard kept >= count.taken else {
                throw StoreError.invalid(field: "Places", reason: "\(kept) on \"\(title)\" for \(skill), where bookings "
                                         + "take \(count.taken)")
            }
        }
    }
}

extension Validate {
    /// A completed booking has its day, on or after the day it was booked; others have none and
    /// no CPD activity.
    static func booking(_ b: Booking) throws {
        if b.status == .completed {
            guard let completed = b.completed else {
                throw StoreError.invalid(field: "Completed", reason: "a completed booking needs the day it was completed")
            }
            guard completed >= b.booked else {
                throw StoreError.invalid(field: "Completed", reason: "before the day it was booked (\(b.booked.iso))")
            }
        } else {
            guard b.completed == nil, b.cpdActivityId == nil else {
                throw StoreError.invalid(field: "Completed", reason: "only a completed booking has a completion day or CPD activity")
            }
        }
    }
}

extension Booking: VersionedRecord {
    static let kind = RecordKind.booking
    static let keyColumns = ["id"]
    static let valueColumns = ["plan_id", "skill_id", "offer_id", "staff_id", "booked", "status", "completed", "cpd_activity_id"]
    init(row: Row) throws {
        try self.init(id: row.value("id"),
                      line: PlanLineKey(planId: row.value("plan_id"), skillId: row.value("skill_id"), offerId: row.value("offer_id")),
                      staffId: row.value("staff_id"), booked: row.day("booked"),
                      status: row.decoded("status", as: BookingStatus.self), completed: row.optionalDay("completed"),
                      cpdActivityId: row.value("cpd_activity_id"), version: row.value("version"))
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] {
        [planId.databaseValue, skillId.databaseValue, offerId.databaseValue, staffId.databaseValue, booked.databaseValue,
         status.rawValue.databaseValue, completed?.databaseValue ?? .null, cpdActivityId?.databaseValue ?? .null]
    }
    mutating func didInsert(rowID: RowID) { id = rowID }
    var stored: StoredRecord { .booking(self) }
}
