import Testing
import HopModel
import TerminalUI
@testable import HopApp

/// The staff form's working-pattern fields: the day they joined the profession and their
/// full-time equivalent, both optional.
@Suite struct StaffFormTests {
    let grades = [Grade(id: 1, code: "EO", name: "Executive Officer", rank: 3)]
    let departments = [Department(id: 1, code: "CS", name: "Civil Service")]

    func form(_ member: StaffMember) -> Form { StaffForm.make(member, grades: grades, departments: departments) }

    func setting(_ form: Form, _ label: String, to text: String) -> Form {
        var form = form
        let index = form.fields.firstIndex { $0.label == label }!
        form.fields[index].input = TextField(text, maxLength: 10)
        return form
    }

    @Test func showsAndReadsBothFields() {
        let member = StaffMember(id: 7, staffNumber: "N1", name: "Abe", gradeId: 1, departmentId: 1,
                                 joinedProfession: Day(iso: "2025-05-20"), fte: FullTimeEquivalent(hundredths: 60))
        let shown = form(member)
        #expect(shown.fields.map(\.label).suffix(2) == ["Joined", "FTE"])
        #expect(shown.fields.map(\.value).suffix(2) == ["2025-05-20", "0.6"])
        let edited = setting(setting(shown, "FTE", to: "0.8"), "Joined", to: "2024-01-02")
        let read = StaffForm.member(edited, base: member, grades: grades, departments: departments)
        #expect(read.fte?.hundredths == 80 && read.joinedProfession == Day(iso: "2024-01-02"))
    }

    @Test func blankMeansFullTimeAndTheWholeCycle() {
        let member = StaffMember(id: 7, staffNumber: "N1", name: "Abe", gradeId: 1, departmentId: 1,
                                 joinedProfession: Day(iso: "2025-05-20"), fte: FullTimeEquivalent(hundredths: 60))
        let cleared = setting(setting(form(member), "FTE", to: " "), "Joined", to: "")
        #expect(cleared.fields.allSatisfy { $0.validationError() == nil })
        let read = StaffForm.member(cleared, base: member, grades: grades, departments: departments)
        #expect(read.fte == nil && read.joinedProfession == nil)
    }

    @Test func anUnreadableFullTimeEquivalentIsRefusedBesideTheField() {
        for bad in ["1.5", "0", "half", "0.333"] {
            let field = setting(form(StaffMember(staffNumber: "N1", name: "Abe", gradeId: 1, departmentId: 1)), "FTE", to: bad)
                .fields.first { $0.label == "FTE" }!
            #expect(field.validationError() == "must be 0.01 to 1, or blank", "\(bad)")
        }
    }
}
