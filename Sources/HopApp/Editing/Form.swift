import HopModel
import TerminalUI

/// What a form edits, with the record as read when the form opened (its version is the one
/// the save is checked against).
public enum FormSubject: Hashable, Sendable {
    case checklistEntry(ChecklistEntry)
    /// An assessment of one area of a profession's maturity (id 0 for a new one).
    case maturityAssessment(MaturityAssessment)
    /// A skill (id 0 for a new one) with its requirements, over the profession's grade ladder.
    case skill(Skill, requirements: [SkillRequirement], grades: [Grade], scaleMax: Int)
    case staff(StaffMember, grades: [Grade], departments: [Department])
    /// A new member of the profession `professionId`.
    case newStaff(StaffMember, grades: [Grade], departments: [Department], professionId: RowID)
    case profession(Profession)
    /// Version 0 when the profession has none yet.
    case cpdRequirement(CPDRequirement)
    /// A member's assessment (id 0 for a new one), over the open profession's skills.
    case assessment(SkillAssessment, skills: [Skill])
    case cpdActivity(CPDActivity)
    case qualificationHeld(QualificationHeld)
    case department(Department)
    case grade(Grade)
    /// A member's professions, picked from `professions` (ids in the order the choices list them).
    case memberships(StaffMember, professions: [RowID])
    /// A profession's mandatory qualifications as read, over the grade ladder.
    case qualificationRequirements(professionId: RowID, current: [QualificationRequirement], grades: [Grade])
    /// A member's movement (id 0 for a new one), with the lists its choices pick from.
    case movement(Movement, professions: [NamedID], departments: [NamedID])
    case departmentalLead(DepartmentalLead, professions: [NamedID], departments: [NamedID])
    /// A critical post (id 0 for a new one); `holder`: the holder's staff number as known.
    case criticalPost(CriticalPost, departments: [NamedID], grades: [NamedID], holder: StaffRef?)
    /// One successor of a critical post (`index` nil: a new one); `person`: their staff number as known.
    case successor(CriticalPost, index: Int?, person: StaffRef?)
    /// A forum or seminar date (id 0: marking a new one).
    case forumDate(ForumDate)
    /// A new follow-up (`template`'s reason, date and note from the form): for the person it
    /// names, or, with `list`, for everyone on that list (`people` of them when asked).
    case followUp(FollowUp, list: PeopleQuery?, people: Int)
    /// A learning offer (id 0 for a new one), with the open profession's skills and levels.
    case learningOffer(LearningOffer, choices: OfferChoices)
    /// One line of a development plan (`index` nil: a new one); the plan id 0 while only proposed.
    case planLine(DevelopmentPlan, index: Int?, choices: PlanLineChoices)
    /// A person's booking on a plan's line, with what it is on.
    case booking(BookingRow)
}

/// A question the form waits on before anything else.
public enum FormPrompt: Hashable, Sendable {
    /// Esc with unsaved changes.
    case discardChanges
    /// The record changed in the store since the form opened; `current` is what is there now.
    case conflict(current: EditableRecord?)
}

/// A form over a record: typed fields, one focused, validated on save.
public struct Form: Hashable, Sendable {
    public var title: String
    public var subject: FormSubject
    public var fields: [FormField]
    public var focus = 0
    public var prompt: FormPrompt?
    /// Why the last save failed; the form stays open with what was typed.
    public var failure: String?
    /// What the status line says when the form is closed without saving (nil: nothing).
    public var cancelNotice: String?
    /// Field values when the form opened (or was reloaded): what "changed" is measured from.
    public private(set) var initialValues: [String]
    /// The fields as they were when the form opened (or was reloaded).
    public private(set) var initialFields: [FormField]

    public init(title: String, subject: FormSubject, fields: [FormField]) {
        self.title = title; self.subject = subject; self.fields = fields
        self.initialValues = fields.map(\.value)
        self.initialFields = fields
    }

    public var hasChanges: Bool { fields.map(\.value) != initialValues }

    public var isOnLastField: Bool { focus == fields.count - 1 }

    public mutating func moveFocus(by delta: Int) {
        guard !fields.isEmpty else { return }
        focus = (focus + delta + fields.count) % fields.count
    }

    /// Sets every field's message; on errors focuses the first invalid field. True when valid.
    public mutating func validate() -> Bool {
        for i in fields.indices { fields[i].error = fields[i].validationError() }
        if case .memberships = subject, let (index, message) = MembershipForm.crossCheck(self) {
            fields[index].error = message
        }
        if case .booking(let row) = subject, fields.allSatisfy({ $0.error == nil }),
           let (index, message) = BookingForm.crossCheck(self, base: row.booking) {
            fields[index].error = message
        }
        if case .learningOffer = subject, fields.allSatisfy({ $0.error == nil }),
           let (index, message) = LearningOfferForm.crossCheck(self) {
            fields[index].error = message
        }
        if let first = fields.firstIndex(where: { $0.error != nil }) {
            focus = first
            return false
        }
        return true
    }

    /// Replaces the fields (after reloading the record) and makes them the new baseline.
    public mutating func reset(subject: FormSubject, fields: [FormField]) {
        self.subject = subject
        self.fields = fields
        self.initialValues = fields.map(\.value)
        self.initialFields = fields
        focus = min(focus, max(0, fields.count - 1))
        prompt = nil
        failure = nil
    }

    public func field(_ label: String) -> FormField? { fields.first { $0.label == label } }

    /// A staff number typed into the form that must be looked up before saving, with its field.
    public var unresolvedStaffNumber: (number: String, field: Int)? {
        switch subject {
        case .criticalPost(_, _, _, let holder):
            CriticalPostForm.unresolved(self, holder: holder).map { ($0, CriticalPostForm.holderField) }
        case .successor(_, _, let person):
            SuccessorForm.unresolved(self, person: person).map { ($0, 0) }
        default: nil
        }
    }

    /// The form once `number` is found to be `member`'s (nil: nobody's, said beside the field).
    public mutating func resolve(_ number: String, as member: StaffMember?) {
        guard let (typed, field) = unresolvedStaffNumber, typed == number else { return }
        guard let member else {
            fields[field].error = "no one has staff number \(number)"
            focus = field
            return
        }
        let ref = StaffRef(number: number, id: member.id)
        switch subject {
        case .criticalPost(let post, let departments, let grades, _):
            subject = .criticalPost(post, departments: departments, grades: grades, holder: ref)
        case .successor(let post, let index, _):
            subject = .successor(post, index: index, person: ref)
        default: break
        }
    }
}
