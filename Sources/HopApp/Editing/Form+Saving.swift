import HopModel

/// What saving a form writes, and how a conflict is resolved, per subject.
extension Form {
    /// The write this form's (valid) values ask for.
    var change: Change {
        switch subject {
        case .checklistEntry(let base):
            .saveChecklistEntry(ChecklistForm.entry(self, base: base))
        case .maturityAssessment(let base):
            .saveMaturityAssessment(MaturityForm.assessment(self, base: base))
        case .skill(let base, _, let grades, _):
            SkillForm.change(self, base: base, grades: grades)
        case .staff(let base, let grades, let departments):
            .saveStaff(StaffForm.member(self, base: base, grades: grades, departments: departments))
        case .newStaff(let base, let grades, let departments, let professionId):
            .addStaff(StaffForm.member(self, base: base, grades: grades, departments: departments), professionId: professionId)
        case .profession(let base):
            .saveProfession(ProfessionForm.profession(self, base: base))
        case .cpdRequirement(let base):
            .saveCPDRequirement(CPDRequirementForm.requirement(self, base: base))
        case .assessment(let base, let skills):
            .saveAssessment(AssessmentForm.assessment(self, base: base, skills: skills))
        case .cpdActivity(let base):
            .saveCPDActivity(CPDActivityForm.activity(self, base: base))
        case .qualificationHeld(let base):
            .saveQualification(QualificationForm.qualification(self, base: base))
        case .qualificationRequirements(let professionId, let current, let grades):
            .setQualificationRequirements(professionId: professionId,
                                          QualificationRequirementsForm.requirements(self, professionId: professionId, grades: grades),
                                          expected: current)
        case .department(let base):
            .saveDepartment(DepartmentForm.department(self, base: base))
        case .grade(let base):
            .saveGrade(GradeForm.grade(self, base: base))
        case .memberships(let member, let professions):
            .setMemberships(member, MembershipForm.memberships(self, member: member, professions: professions))
        case .movement(let base, let professions, let departments):
            .saveMovement(MovementForm.movement(self, base: base, professions: professions, departments: departments))
        case .departmentalLead(let base, let professions, let departments):
            .saveDepartmentalLead(DepartmentalLeadForm.lead(self, base: base, professions: professions, departments: departments))
        case .criticalPost(let base, let departments, let grades, let holder):
            .saveCriticalPost(CriticalPostForm.post(self, base: base, departments: departments, grades: grades, holder: holder))
        case .successor(let base, let index, let person):
            .saveCriticalPost(SuccessorForm.post(self, base: base, index: index, person: person))
        case .forumDate(let base):
            .saveForumDate(ForumDateForm.forum(self, base: base))
        case .followUp(let base, let list?, _):
            .markListFollowedUp(list, template: FollowUpForm.followUp(self, base: base))
        case .followUp(let base, nil, _):
            .saveFollowUp(FollowUpForm.followUp(self, base: base))
        case .learningOffer(let base, let choices):
            .saveLearningOffer(LearningOfferForm.offer(self, base: base, choices: choices))
        case .planLine(let base, let index, let choices):
            .saveDevelopmentPlan(PlanLineForm.plan(self, base: base, index: index, choices: choices))
        case .booking(let row):
            BookingForm.change(self, row: row)
        }
    }

    /// The record as it was when the form opened (nil for a new one).
    var before: EditableRecord? {
        switch subject {
        case .checklistEntry(let base): .checklistEntry(base)
        case .maturityAssessment(let base): base.id == 0 ? nil : .maturityAssessment(base)
        case .skill(let base, let requirements, _, _): base.id == 0 ? nil : .skill(base, requirements: requirements)
        case .staff(let base, _, _): .staff(base)
        case .newStaff: nil
        case .profession(let base): base.id == 0 ? nil : .profession(base)
        case .cpdRequirement(let base): base.version == 0 ? nil : .cpdRequirement(base)
        case .assessment(let base, _): base.id == 0 ? nil : .assessment(base)
        case .cpdActivity(let base): base.id == 0 ? nil : .cpdActivity(base)
        case .qualificationHeld(let base): base.id == 0 ? nil : .qualificationHeld(base)
        case .qualificationRequirements(let professionId, let current, _): .qualificationRequirements(professionId: professionId, current)
        case .department(let base): base.id == 0 ? nil : .department(base)
        case .grade(let base): base.id == 0 ? nil : .grade(base)
        case .memberships(let member, let professions):
            .memberships(member, MembershipForm.memberships(Form(title: "", subject: subject, fields: initialFields),
                                                            member: member, professions: professions))
        case .movement(let base, _, _): base.id == 0 ? nil : .movement(base)
        case .departmentalLead(let base, _, _): base.id == 0 ? nil : .departmentalLead(base)
        case .criticalPost(let base, _, _, _): base.id == 0 ? nil : .criticalPost(base)
        case .successor(let base, _, _): .criticalPost(base)
        case .forumDate(let base): base.id == 0 ? nil : .forumDate(base)
        case .followUp: nil
        case .learningOffer(let base, _): base.id == 0 ? nil : .learningOffer(base)
        case .planLine(let base, _, _): base.id == 0 ? nil : .developmentPlan(base)
        case .booking(let row): .booking(row.booking)
        }
    }

    /// Reload: drop what was typed and show the record as it is now.
    mutating func reload(current: EditableRecord?) {
        switch subject {
        case .checklistEntry(let base):
            var entry = ChecklistEntry(professionId: base.professionId, itemId: base.itemId)
            if case .checklistEntry(let stored)? = current { entry = stored }
            reset(subject: .checklistEntry(entry), fields: ChecklistForm.fields(entry))
        case .skill(let base, _, let grades, let scaleMax):
            guard case .skill(let stored, let requirements)? = current else {
                // Deleted meanwhile: nothing to reload; saving again creates it anew.
                var fresh = base
                fresh.id = 0; fresh.version = 0
                subject = .skill(fresh, requirements: [], grades: grades, scaleMax: scaleMax)
                prompt = nil
                return
            }
            reset(subject: .skill(stored, requirements: requirements, grades: grades, scaleMax: scaleMax),
                  fields: SkillForm.fields(stored, requirements: requirements, grades: grades, scaleMax: scaleMax))
        case .staff(_, let grades, let departments):
            guard case .staff(let stored)? = current else { prompt = nil; return }
            reset(subject: .staff(stored, grades: grades, departments: departments),
                  fields: StaffForm.fields(stored, grades: grades, departments: departments))
        case .profession:
            guard case .profession(let stored)? = current else { prompt = nil; return }
            reset(subject: .profession(stored), fields: ProfessionForm.fields(stored))
        case .cpdRequirement(let base):
            var stored = CPDRequirement(professionId: base.professionId, hoursPerCycle: 0)
            if case .cpdRequirement(let now)? = current { stored = now }
            reset(subject: .cpdRequirement(stored), fields: CPDRequirementForm.fields(stored))
        case .assessment(_, let skills):
            guard case .assessment(let stored)? = current else { prompt = nil; return }
            let scaleMax = fields.indices.contains(1) ? (fields[1].kindRange?.upperBound ?? 1) : 1
            reset(subject: .assessment(stored, skills: skills), fields: AssessmentForm.fields(stored, skills: skills, scaleMax: scaleMax))
        case .cpdActivity:
            guard case .cpdActivity(let stored)? = current else { prompt = nil; return }
            reset(subject: .cpdActivity(stored), fields: CPDActivityForm.fields(stored))
        case .maturityAssessment:
            guard case .maturityAssessment(let stored)? = current else { prompt = nil; return }
            reset(subject: .maturityAssessment(stored), fields: MaturityForm.fields(stored, levels: fields[0].options))
        case .department:
            guard case .department(let stored)? = current else { prompt = nil; return }
            reset(subject: .department(stored), fields: DepartmentForm.fields(stored))
        case .grade:
            guard case .grade(let stored)? = current else { prompt = nil; return }
            reset(subject: .grade(stored), fields: GradeForm.fields(stored))
        case .qualificationHeld:
            guard case .qualificationHeld(let stored)? = current else { prompt = nil; return }
            reset(subject: .qualificationHeld(stored), fields: QualificationForm.fields(stored))
        case .qualificationRequirements(let professionId, _, let grades):
            guard case .qualificationRequirements(_, let stored)? = current else { prompt = nil; return }
            reset(subject: .qualificationRequirements(professionId: professionId, current: stored, grades: grades),
                  fields: QualificationRequirementsForm.fields(stored, grades: grades))
        case .memberships(_, let professions):
            guard case .memberships(let stored, let list)? = current else { prompt = nil; return }
            // The choices list the professions' names in the order of `professions`.
            let named = zip(professions, fields[0].options.dropFirst()).map { (id: $0, name: $1) }
            reset(subject: .memberships(stored, professions: professions), fields: MembershipForm.fields(list, professions: named))
        case .movement(_, let professions, let departments):
            guard case .movement(let stored)? = current else { prompt = nil; return }
            reset(subject: .movement(stored, professions: professions, departments: departments),
                  fields: MovementForm.fields(stored, professions: professions, departments: departments))
        case .departmentalLead(_, let professions, let departments):
            guard case .departmentalLead(let stored)? = current else { prompt = nil; return }
            reset(subject: .departmentalLead(stored, professions: professions, departments: departments),
                  fields: DepartmentalLeadForm.fields(stored, professions: professions, departments: departments))
        case .criticalPost(_, let departments, let grades, let holder):
            guard case .criticalPost(let stored)? = current else { prompt = nil; return }
            let known = stored.holderId == holder?.id ? holder : nil
            reset(subject: .criticalPost(stored, departments: departments, grades: grades, holder: known),
                  fields: CriticalPostForm.fields(stored, departments: departments, grades: grades, holder: known))
        case .successor(_, let index, let person):
            guard case .criticalPost(let stored)? = current else { prompt = nil; return }
            let at = index.flatMap { stored.successors.indices.contains($0) ? $0 : nil }
            let known = at.map { stored.successors[$0].staffId } == person?.id ? person : nil
            reset(subject: .successor(stored, index: at, person: known), fields: SuccessorForm.fields(stored, index: at, person: known))
        case .forumDate:
            guard case .forumDate(let stored)? = current else { prompt = nil; return }
            reset(subject: .forumDate(stored), fields: ForumDateForm.fields(stored))
        case .learningOffer(_, let choices):
            guard case .learningOffer(let stored)? = current else { prompt = nil; return }
            reset(subject: .learningOffer(stored, choices: choices), fields: LearningOfferForm.fields(stored, choices: choices))
        case .planLine(_, let index, let choices):
            guard case .developmentPlan(let stored)? = current else { prompt = nil; return }
            let at = index.flatMap { stored.lines.indices.contains($0) ? $0 : nil }
            reset(subject: .planLine(stored, index: at, choices: choices), fields: PlanLineForm.fields(stored, index: at, choices: choices))
        case .booking(var row):
            guard case .booking(let stored)? = current else { prompt = nil; return }
            row.booking = stored
            reset(subject: .booking(row), fields: BookingForm.fields(stored, today: fields[BookingForm.completedField].date ?? stored.booked))
        case .newStaff, .followUp:
            prompt = nil
        }
    }

    /// Overwrite: keep what was typed, and save it on top of the version there now.
    mutating func rebase(current: EditableRecord?) {
        switch subject {
        case .checklistEntry(var base):
            if case .checklistEntry(let stored)? = current { base = stored } else { base.version = 0 }
            subject = .checklistEntry(base)
        case .skill(var base, var requirements, let grades, let scaleMax):
            if case .skill(let stored, let storedRequirements)? = current {
                base = stored
                requirements = storedRequirements
            } else {
                base.id = 0; base.version = 0
            }
            subject = .skill(base, requirements: requirements, grades: grades, scaleMax: scaleMax)
        case .staff(var base, let grades, let departments):
            // A member deleted meanwhile cannot be overwritten back: the store reports it again.
            if case .staff(let stored)? = current { base = stored }
            subject = .staff(base, grades: grades, departments: departments)
        case .profession(var base):
            if case .profession(let stored)? = current { base = stored }
            subject = .profession(base)
        case .cpdRequirement(var base):
            if case .cpdRequirement(let stored)? = current { base = stored } else { base.version = 0 }
            subject = .cpdRequirement(base)
        case .assessment(var base, let skills):
            if case .assessment(let stored)? = current { base = stored }
            subject = .assessment(base, skills: skills)
        case .cpdActivity(var base):
            if case .cpdActivity(let stored)? = current { base = stored }
            subject = .cpdActivity(base)
        case .maturityAssessment(var base):
            if case .maturityAssessment(let stored)? = current { base = stored }
            subject = .maturityAssessment(base)
        case .department(var base):
            if case .department(let stored)? = current { base = stored }
            subject = .department(base)
        case .grade(var base):
            if case .grade(let stored)? = current { base = stored }
            subject = .grade(base)
        case .qualificationHeld(var base):
            if case .qualificationHeld(let stored)? = current { base = stored }
            subject = .qualificationHeld(base)
        case .qualificationRequirements(let professionId, _, let grades):
            let stored: [QualificationRequirement]
            if case .qualificationRequirements(_, let now)? = current { stored = now } else { stored = [] }
            subject = .qualificationRequirements(professionId: professionId, current: stored, grades: grades)
        case .memberships(var member, let professions):
            if case .memberships(let stored, _)? = current { member = stored }
            subject = .memberships(member, professions: professions)
        case .movement(var base, let professions, let departments):
            // Deleted meanwhile: saving again adds it anew.
            if case .movement(let stored)? = current { base = stored } else { base.id = 0; base.version = 0 }
            subject = .movement(base, professions: professions, departments: departments)
        case .departmentalLead(var base, let professions, let departments):
            if case .departmentalLead(let stored)? = current { base = stored } else { base.id = 0; base.version = 0 }
            subject = .departmentalLead(base, professions: professions, departments: departments)
        case .criticalPost(var base, let departments, let grades, let holder):
            // Deleted meanwhile: saving again adds it anew.
            if case .criticalPost(let stored)? = current { base = stored } else { base.id = 0; base.version = 0 }
            subject = .criticalPost(base, departments: departments, grades: grades, holder: holder)
        case .successor(var base, let index, let person):
            // The successor typed goes onto the post as stored now (added last if its place is gone).
            if case .criticalPost(let stored)? = current { base = stored } else { base.id = 0; base.version = 0 }
            let at = index.flatMap { base.successors.indices.contains($0) ? $0 : nil }
            subject = .successor(base, index: at, person: person)
        case .forumDate(var base):
            if case .forumDate(let stored)? = current { base = stored } else { base.id = 0; base.version = 0 }
            subject = .forumDate(base)
        case .learningOffer(var base, let choices):
            // Deleted meanwhile: saving again adds it anew.
            if case .learningOffer(let stored)? = current { base = stored } else { base.id = 0; base.version = 0 }
            subject = .learningOffer(base, choices: choices)
        case .planLine(var base, let index, let choices):
            // The line typed goes onto the plan as stored now (added last if its place is gone).
            if case .developmentPlan(let stored)? = current { base = stored } else { base.id = 0; base.version = 0 }
            let at = index.flatMap { base.lines.indices.contains($0) ? $0 : nil }
            subject = .planLine(base, index: at, choices: choices)
        case .booking(var row):
            // Deleted meanwhile: the store reports it again.
            if case .booking(let stored)? = current { row.booking = stored }
            subject = .booking(row)
        case .newStaff, .followUp:
            break
        }
        prompt = nil
    }
}
