import Foundation
import HopApp
import HopModel
import HopStore
import HopStoreAdapter
import Testing
import TerminalUI

/// Undo over a real store: every change either has an inverse or says before and after it is
/// made that it has none; the notice never promises what `u` cannot do.
@Suite struct UndoRuntimeTests {
    let runtimes = FeatureRuntimeTests()

    @Test func aNewProfessionIsUndoneByDeletingIt() throws {
        let (runtime, _, store) = try runtimes.runtime()
        let before = try store.allProfessionData(today: FeatureRuntimeTests.today).count
        try runtimes.press(.newRecord, runtime)
        for c in "ZZT" { runtime.handle(.key(.char(c))) }
        try runtimes.press(.nextField, runtime)
        for c in "Zither Tuning" { runtime.handle(.key(.char(c))) }
        try runtimes.press(.saveForm, runtime)
        #expect(runtime.state.notice?.hasSuffix("u undoes.") == true)
        #expect(try store.allProfessionData(today: FeatureRuntimeTests.today).count == before + 1)
        try runtimes.press(.undo, runtime)
        #expect(runtime.state.notice?.hasPrefix("Undone.") == true, "\(runtime.state.status ?? "")")
        #expect(try store.allProfessionData(today: FeatureRuntimeTests.today).count == before)
    }

    @Test func aDeleteThatCannotBeUndoneSaysSoAndLeavesTheUndoHistoryAlone() throws {
        let (runtime, _, _) = try runtimes.runtime()
        try runtimes.press(.open, runtime)
        try runtimes.press(.focusPane(.checklist), runtime)
        try runtimes.press(.open, runtime)
        try runtimes.press(.cycleStatus, runtime)
        #expect(runtime.state.undoStack.count == 1)
        try runtimes.press(.back, runtime)
        try runtimes.press(.show(.skills), runtime)
        try runtimes.press(.deleteSelected, runtime)
        #expect(runtime.render().lines.joined().contains("u cannot bring them back"), "the question says so first")
        try runtimes.press(.confirmDelete, runtime)
        #expect(runtime.state.notice?.hasSuffix("This change cannot be undone.") == true)
        #expect(runtime.state.undoStack.count == 1, "u still undoes the checklist change")
    }

    @Test func onlyTheDeletesThatTakeOtherRecordsWithThemHaveNoInverse() {
        let skill = Skill(id: 3, professionId: 1, name: "Drafting", version: 2)
        let member = StaffMember(id: 4, staffNumber: "S4", name: "Sam", gradeId: 1, departmentId: 1, version: 1)
        let grade = Grade(id: 5, code: "G7", name: "Grade 7", rank: 1, version: 1)
        let cannot: [Change] = [.deleteSkill(skill), .deleteStaff(member), .deleteGrade(grade),
                                .deleteProfession(id: 1, version: 1, name: "Policy")]
        for change in cannot {
            #expect(!change.isUndoable)
            #expect(AppliedChange(change: change, before: nil, after: nil, origin: .quick).inverse == nil)
        }
        // Creating each of them is undone by deleting it again.
        let created: [(Change, EditableRecord)] = [
            (.saveSkill(Skill(professionId: 1, name: "Drafting"), requirements: []), .skill(skill, requirements: [])),
            (.addStaff(member, professionId: 1), .staff(member)),
            (.saveGrade(Grade(code: "G7", name: "Grade 7", rank: 1)), .grade(grade)),
            (.saveProfession(Profession(code: "POL", name: "Policy")), .profession(Profession(id: 1, code: "POL", name: "Policy"))),
        ]
        for (change, saved) in created {
            #expect(change.isUndoable)
            #expect(AppliedChange(change: change, before: nil, after: saved, origin: .form).inverse != nil, "\(change)")
        }
    }
}
