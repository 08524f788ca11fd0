import Testing
import HopModel
import TerminalUI
@testable import HopApp

/// One limit per field (`FieldLimit`): a form never cuts a value, saves a field the user left
/// alone exactly as read, and refuses only a changed value over the limit. Before, a staff
/// member whose name and post were 10,000 characters (from an import) was saved with both cut to
/// 80 when only the post was edited, and the typed character was dropped.
@Suite struct FormFieldLimitTests {
    let grades = [Grade(id: 1, code: "EO", name: "Executive Officer", rank: 1)]
    let departments = [Department(id: 1, code: "DFA", name: "Department for Fictional Affairs")]
    let long = String(repeating: "N", count: 10_000)

    @Test func aFieldLeftAloneIsSavedAsReadAndAChangedOneIsChecked() {
        let member = StaffMember(id: 7, staffNumber: "DFA000001", name: long, gradeId: 1, departmentId: 1,
                                 post: long, version: 3)
        var form = StaffForm.make(member, grades: grades, departments: departments)
        #expect(form.fields[1].input.text == long, "the form holds the whole name")
        #expect(form.fields.allSatisfy { $0.validationError() == nil }, "values as read pass, however long")

        let handled = form.fields[4].handle(.char("x"))
        #expect(handled)
        #expect(form.fields[4].input.text == long + "x", "the typed character is kept")
        #expect(form.fields[4].validationError() == "at most 80 characters")
        #expect(form.fields[4].counter == "10001/80")

        form.fields[4].input.setText("Analyst ")
        #expect(form.fields.allSatisfy { $0.validationError() == nil })
        #expect(form.fields[4].counter == "7/80")
        let saved = StaffForm.member(form, base: member, grades: grades, departments: departments)
        #expect(saved.name == long)
        #expect(saved.post == "Analyst")
    }

    /// Spaces around a stored value are the store's; only typed text is trimmed.
    @Test func untouchedTextKeepsItsSpaces() {
        let member = StaffMember(id: 7, staffNumber: "DFA000001", name: " Ann Example ", gradeId: 1, departmentId: 1)
        var form = StaffForm.make(member, grades: grades, departments: departments)
        form.fields[4].input.setText(" Analyst ")
        let saved = StaffForm.member(form, base: member, grades: grades, departments: departments)
        #expect(saved.name == " Ann Example ")
        #expect(saved.post == "Analyst")
    }

    /// A note takes any length as read; a changed one is checked (1000).
    @Test func notesAndListsHaveTheirLimitsToo() {
        var note = FormField("Note", .note(rows: 3), text: String(repeating: "a", count: 5000), limit: .note)
        #expect(note.validationError() == nil)
        let typed = note.handle(.char("b"))
        #expect(typed)
        #expect(note.validationError() == "at most 1000 characters")
        var levels = FormField("Levels", .list(2...10), text: "Aware, Working", limit: .levelName)
        levels.input.setText("Aware, " + String(repeating: "W", count: 41))
        #expect(levels.validationError() == "a name is over 40 characters")
    }
}
