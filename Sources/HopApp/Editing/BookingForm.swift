import HopModel

/// The form that moves a booking on: its status (booked, completed, cancelled) and the day it
/// was completed. Completing logs the offer as the person's CPD activity and then offers a
/// re-assessment of the skill (`reassessment`); setting a completed booking back to booked takes
/// that activity back.
enum BookingForm {
    static let statusField = 0
    static let completedField = 1

    static func make(_ row: BookingRow, who: String, today: Day) -> Form {
        Form(title: "Booking of \(who): \(row.offerTitle) for \(row.skillName), plan \(DevelopmentPlan.yearLabel(row.planYear))",
             subject: .booking(row), fields: fields(row.booking, today: today))
    }

    static func fields(_ b: Booking, today: Day) -> [FormField] {
        let statuses = BookingStatus.allCases
        return [
            FormField("Status", .choice(statuses.map(\.label)), choice: statuses.firstIndex(of: b.status) ?? 0),
            FormField("Completed on", .date(required: false), text: (b.completed ?? max(today, b.booked)).iso, maxLength: 10),
        ]
    }

    static func status(_ form: Form) -> BookingStatus {
        let statuses = BookingStatus.allCases
        return statuses.indices.contains(form.fields[statusField].choice) ? statuses[form.fields[statusField].choice] : .booked
    }

    /// What the store would refuse, said on the field: (field index, message).
    static func crossCheck(_ form: Form, base: Booking) -> (Int, String)? {
        let new = status(form)
        switch (base.status, new) {
        case (.completed, .completed):
            return (statusField, "completed on \(base.completed?.iso ?? "?") already; booked takes the completion back")
        case (.completed, .cancelled):
            return (statusField, "set it back to booked first (that takes back its CPD activity)")
        case (.cancelled, .completed):
            return (statusField, "book the person again first (booked), then complete")
        case (.booked, .booked), (.cancelled, .cancelled):
            return (statusField, "it is \(new.label) already")
        case (.booked, .completed):
            guard let day = form.fields[completedField].date else { return (completedField, "the day it was completed") }
            if day < base.booked { return (completedField, "before the day it was booked (\(base.booked.iso))") }
            return nil
        default:
            return nil
        }
    }

    static func change(_ form: Form, row: BookingRow) -> Change {
        var booking = row.booking
        switch (booking.status, status(form)) {
        case (.booked, .completed):
            return .completeBooking(booking, on: form.fields[completedField].date ?? booking.booked, level: row.level)
        case (.completed, _):
            return .reopenBooking(booking)
        case (_, let new):
            booking.status = new
            return .saveBooking(booking)
        }
    }

    /// After a booking completed from a form: the assessment form for the skill, proposing the
    /// level the offer brings a learner to on the day of completion; Esc leaves the completion
    /// and its CPD activity saved and says so. nil when the skill is not the open profession's.
    static func reassessment(_ booking: Booking, on date: Day, level: Int?, _ state: AppState) -> Form? {
        guard let data = state.profession?.dashboard?.data, let level,
              let skill = data.skills.first(where: { $0.id == booking.skillId }) else { return nil }
        let scaleMax = data.profession.scaleMax
        var form = AssessmentForm.make(SkillAssessment(staffId: booking.staffId, skillId: skill.id, level: min(level, scaleMax),
                                                       date: date, source: .lineManager),
                                       skills: data.skills, scaleMax: scaleMax)
        form.title = "Re-assess \(skill.name) after completing? (Esc: not now)"
        form.cancelNotice = "Not re-assessed: the completion and its CPD activity stay saved."
        return form
    }
}
