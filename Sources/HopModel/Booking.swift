/// Where a booking stands. A place counts as taken while booked or completed; a cancelled
/// booking frees it.
public enum BookingStatus: String, CaseIterable, Sendable {
    case booked, completed, cancelled

    public var label: String { rawValue }

    /// Whether the booking takes one of its line's places.
    public var takesPlace: Bool { self != .cancelled }
}

/// A plan's line as bookings name it: the plan, and the skill and offer the line is for (a plan
/// holds one line per skill and offer).
public struct PlanLineKey: Hashable, Sendable {
    public var planId: RowID
    public var skillId: RowID
    public var offerId: RowID

    public init(planId: RowID, skillId: RowID, offerId: RowID) {
        self.planId = planId; self.skillId = skillId; self.offerId = offerId
    }
}

/// A person booked on one line of a development plan (a place on an offer to close a gap in a
/// skill). Completing it logs the offer as a CPD activity of the person (`cpdActivityId`), in
/// the same write. A person is booked at most once per line.
public struct Booking: Hashable, Sendable, Identifiable {
    public var id: RowID
    public var planId: RowID
    public var skillId: RowID
    public var offerId: RowID
    public var staffId: RowID
    /// The day the place was booked.
    public var booked: Day
    public var status: BookingStatus
    /// The day the offer was completed: set exactly when `status` is completed.
    public var completed: Day?
    /// The CPD activity the completion logged (nil before completion, or once that activity is
    /// deleted).
    public var cpdActivityId: RowID?
    public var version: Int

    public init(id: RowID = 0, line: PlanLineKey, staffId: RowID, booked: Day, status: BookingStatus = .booked,
                completed: Day? = nil, cpdActivityId: RowID? = nil, version: Int = 0) {
        self.id = id; self.planId = line.planId; self.skillId = line.skillId; self.offerId = line.offerId
        self.staffId = staffId; self.booked = booked; self.status = status; self.completed = completed
        self.cpdActivityId = cpdActivityId; self.version = version
    }

    public var line: PlanLineKey { PlanLineKey(planId: planId, skillId: skillId, offerId: offerId) }

    /// "booked 2026-12-03", "completed 2027-01-15", "cancelled (booked 2026-12-03)".
    public var text: String {
        switch status {
        case .booked: "booked \(booked.iso)"
        case .completed: "completed \(completed?.iso ?? "?")"
        case .cancelled: "cancelled (booked \(booked.iso))"
        }
    }
}

/// What completing a booking saved: the booking, now completed, and the CPD activity it logged.
public struct BookingCompletion: Hashable, Sendable {
    public var booking: Booking
    public var activity: CPDActivity

    public init(booking: Booking, activity: CPDActivity) { self.booking = booking; self.activity = activity }
}

/// One of a person's bookings as their records show it: the booking and what it is on.
public struct BookingRow: Hashable, Sendable, Identifiable {
    public var booking: Booking
    public var planYear: Int
    public var professionId: RowID
    public var skillName: String
    public var offerTitle: String
    /// The level the offer brings a learner to in the skill (nil if it no longer develops it).
    public var level: Int?
    /// The offer's length and kind: what completing it logs as CPD.
    public var minutes: Int
    public var type: CPDActivityType

    public init(booking: Booking, planYear: Int, professionId: RowID, skillName: String, offerTitle: String, level: Int?,
                minutes: Int, type: CPDActivityType) {
        self.booking = booking; self.planYear = planYear; self.professionId = professionId; self.skillName = skillName
        self.offerTitle = offerTitle; self.level = level; self.minutes = minutes; self.type = type
    }

    public var id: RowID { booking.id }
}

/// Where a plan line's bookings stand: places taken (booked, completed), cancelled, and of those
/// completed, the people now at the level their grade requires in the skill (the gap closed so far).
public struct LineProgress: Hashable, Sendable {
    public var booked = 0
    public var completed = 0
    public var cancelled = 0
    /// Completed, and no longer below their grade's requirement in the skill.
    public var closed = 0

    public init(booked: Int = 0, completed: Int = 0, cancelled: Int = 0, closed: Int = 0) {
        self.booked = booked; self.completed = completed; self.cancelled = cancelled; self.closed = closed
    }

    /// Places taken: booked or completed.
    public var taken: Int { booked + completed }

    public func placesLeft(of places: Int) -> Int { max(0, places - taken) }

    public static func + (a: LineProgress, b: LineProgress) -> LineProgress {
        LineProgress(booked: a.booked + b.booked, completed: a.completed + b.completed, cancelled: a.cancelled + b.cancelled,
                     closed: a.closed + b.closed)
    }
}

/// A skill and an offer: what identifies a line within its plan.
public struct SkillOffer: Hashable, Sendable {
    public var skillId: RowID
    public var offerId: RowID

    public init(skillId: RowID, offerId: RowID) { self.skillId = skillId; self.offerId = offerId }
}

extension PlanLine {
    public var skillOffer: SkillOffer { SkillOffer(skillId: skillId, offerId: offerId) }
}
