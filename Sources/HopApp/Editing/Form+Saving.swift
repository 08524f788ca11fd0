import HopModel

/// What saving a form writes, and how a conflict is resolved, per subject.
extension Form {
    /// The write this form's (valid) values ask for.
    var change: Change {
        switch subject {
        case .checklistEntry(let base):
            .saveChecklistEntry(ChecklistForm.entry(self, base: base))
        case .maturityAssessment(let professionId, let area):
            .addMaturityAssessment(MaturityForm.assessment(self, professionId: professionId, area: area))
        }
    }

    /// The record as it was when the form opened (nil for a new one).
    var before: EditableRecord? {
        switch subject {
        case .checklistEntry(let base): .checklistEntry(base)
        case .maturityAssessment: nil
        }
    }

    /// Reload: drop what was typed and show the record as it is now.
    mutating func reload(current: EditableRecord?) {
        switch subject {
        case .checklistEntry(let base):
            var entry = ChecklistEntry(professionId: base.professionId, itemId: base.itemId)
            if case .checklistEntry(let stored)? = current { entry = stored }
            reset(subject: .checklistEntry(entry), fields: ChecklistForm.fields(entry))
        case .maturityAssessment:
            prompt = nil
        }
    }

    /// Overwrite: keep what was typed, and save it on top of the version there now.
    mutating func rebase(current: EditableRecord?) {
        switch subject {
        case .checklistEntry(var base):
            if case .checklistEntry(let stored)? = current { base = stored } else { base.version = 0 }
            subject = .checklistEntry(base)
        case .maturityAssessment:
            break
        }
        prompt = nil
    }
}
