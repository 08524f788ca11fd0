import Testing
import HopModel
import TerminalUI
@testable import HopApp

/// The skills list: new, edit with required levels per grade, filter, delete with a question
/// naming what goes with it, and undo of an edit.
@Suite struct SkillListTests {
    func start(store: FakeStore = FakeStore()) -> (Runtime, MemoryBackend, FakeStore) {
        let state = Fixtures.professionState()
        let backend = MemoryBackend(size: state.size)
        let runtime = Runtime(state: state, backend: backend, theme: .monochrome, client: store, today: { Fixtures.today })
        runtime.start()
        runtime.handle(.key(.char("s")))
        runtime.render()
        return (runtime, backend, store)
    }

    @Test func listShowsRequiredLevelsPerGradeAt80x24() {
        let (runtime, backend, _) = start()
        #expect(runtime.state.screen == .skills)
        let lines = backend.screen.trimmedLines
        #expect(lines[1].contains("Skills of Policy"))
        #expect(lines[2] == "│Skill                          AA   AO   EO  HEO  SEO   G7   G6 SCS1 SCS2 SCS3│")
        #expect(lines[3] == "│Drafting                        -    -    -    -    -   L2    -    -    -    -│")
        #expect(lines[4] == "│Using evidence                  -    -    -    -   L2   L3    -    -    -    -│")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func newSkillWithRequiredLevelsIsSavedInOneChange() {
        let (runtime, _, store) = start()
        keys([.char("n")] + text("Negotiation") + [.tab, .tab, .tab, .tab] + [.backspace] + text("9") + [.ctrl("s")], runtime)
        // HEO's level 9 is outside the 1-4 scale: the message says so beside the field.
        #expect(runtime.state.form?.fields[4].error == "must be 0 to 4")
        keys([.backspace] + text("2") + [.ctrl("s")], runtime)
        #expect(runtime.state.form == nil)
        guard case .saveSkill(let skill, let requirements)? = store.applied.last else { Issue.record("no save"); return }
        #expect(skill.name == "Negotiation")
        #expect(requirements.count == 10)
        #expect(requirements.filter { $0.level > 0 }.map(\.gradeId) == [4])
        #expect(runtime.state.skillRows.map(\.name) == ["Drafting", "Negotiation", "Using evidence"])
        // Undo removes the new skill.
        keys([.char("u")], runtime)
        #expect(runtime.state.skillRows.map(\.name) == ["Drafting", "Using evidence"])
    }

    @Test func editThenUndoRestoresNameAndLevels() {
        let (runtime, _, store) = start()
        keys([.down, .enter], runtime)  // Using evidence
        #expect(runtime.state.form?.title == "Skill: Using evidence")
        #expect(runtime.state.form?.field("Need at G7")?.value == "3")
        keys([.end] + text(" and data") + [.tab, .tab, .tab, .tab, .tab, .tab, .backspace] + text("4") + [.ctrl("s")], runtime)
        #expect(store.professions[0].skills.first { $0.id == 10 }?.name == "Using evidence and data")
        #expect(store.professions[0].requirements.first { $0.skillId == 10 && $0.gradeId == 6 }?.level == 4)
        keys([.char("u")], runtime)
        #expect(store.professions[0].skills.first { $0.id == 10 }?.name == "Using evidence")
        #expect(store.professions[0].requirements.first { $0.skillId == 10 && $0.gradeId == 6 }?.level == 3)
        #expect(store.professions[0].requirements.filter { $0.skillId == 10 && $0.level > 0 }.count == 2)
    }

    @Test func filterNarrowsAndEscClearsThenLeaves() {
        let (runtime, _, _) = start()
        keys([.char("/")] + text("evid"), runtime)
        #expect(runtime.state.skillRows.map(\.name) == ["Using evidence"])
        keys([.enter], runtime)
        #expect(!runtime.state.skillList.editingFilter)
        keys([.escape], runtime)
        #expect(runtime.state.skillRows.count == 2)
        #expect(runtime.state.screen == .skills)
        keys([.escape], runtime)
        #expect(runtime.state.screen == .profession)
    }

    @Test func deleteAsksNamingWhatGoesWithItAndCanBeDeclined() {
        let (runtime, backend, store) = start()
        keys([.down, .char("d")], runtime)
        let screen = backend.screen.lines.joined()
        #expect(screen.contains("Delete the skill \"Using evidence\", its required levels at 2 grades"))
        #expect(screen.contains("(15 members assessed)"))
        keys([.char("n")], runtime)
        #expect(runtime.state.skillList.pendingDelete == nil)
        #expect(store.applied.isEmpty)
        keys([.char("d"), .char("y")], runtime)
        #expect(runtime.state.skillRows.map(\.name) == ["Drafting"])
        #expect(runtime.state.notice?.hasSuffix("This change cannot be undone.") == true)
        keys([.char("u")], runtime)
        #expect(runtime.state.status == "Nothing to undo: no change has been made in this session.")
    }
}
