import Testing
import HopModel
import TerminalUI
@testable import HopApp

/// From the members list, one member's assessments, CPD activities and qualifications.
@Suite struct MemberRecordsTests {
    func start() -> (Runtime, MemoryBackend, FakeStore) {
        let store = FakeStore()
        let state = Fixtures.professionState()
        let backend = MemoryBackend(size: state.size)
        let runtime = Runtime(state: state, backend: backend, theme: .monochrome, client: store, today: { Fixtures.today })
        runtime.start()
        keys([.char("m"), .char("r")], runtime)
        return (runtime, backend, store)
    }

    @Test func recordsAreShownBySection() {
        let (runtime, backend, _) = start()
        #expect(runtime.state.screen == .member)
        var lines = backend.screen.trimmedLines
        #expect(lines[1].contains("Member 0001 (S0001)"))
        #expect(lines.contains { $0.contains("2026-03-01  Using evidence") && $0.contains("L2") && $0.contains("Line manager") })
        keys([.tab], runtime)
        lines = backend.screen.trimmedLines
        #expect(lines.contains { $0.contains("2026-05-01  1.5") && $0.contains("Evidence seminar") })
        keys([.tab], runtime)
        #expect(backend.screen.lines.contains { $0.contains("None recorded. Press n to add one.") })
        keys([.escape], runtime)
        #expect(runtime.state.screen == .staff)
    }

    @Test func recordAnAuditResultEditItAndUndo() {
        let (runtime, _, store) = start()
        keys([.char("n"), .char("D"), .tab, .backspace] + text("3") + [.ctrl("s")], runtime)
        let added = store.records[1]?.assessments.first
        #expect(added?.skillId == 11)
        #expect(added?.level == 3)
        #expect(added?.date == Fixtures.today)
        #expect(runtime.state.member?.records?.assessments.count == 2)
        keys([.char("u")], runtime)
        #expect(store.records[1]?.assessments.count == 1)
        keys([.enter, .tab, .backspace] + text("4") + [.ctrl("s")], runtime)
        #expect(store.records[1]?.assessments.first?.level == 4)
        keys([.char("u")], runtime)
        #expect(store.records[1]?.assessments.first?.level == 2)
    }

    @Test func professionsUpToThreeWithOnePrimaryAndUndo() {
        let (runtime, backend, store) = start()
        keys([.char("p")], runtime)
        #expect(runtime.state.form?.field("Profession 1")?.value == "Policy")
        #expect(runtime.state.form?.field("Profession 2")?.value == "(none)")
        keys([.tab, .char("P"), .ctrl("s")], runtime)
        #expect(runtime.state.form?.field("Profession 2")?.error == "listed twice")
        #expect(backend.screen.lines.contains { $0.contains("listed twice") })
        keys([.char("D"), .tab, .tab, .char("P"), .ctrl("s")], runtime)  // "P" moves Primary on to Profession 2
        #expect(runtime.state.form == nil)
        #expect(store.records[1]?.memberships == [StaffProfession(staffId: 1, professionId: 1, isPrimary: false),
                                                  StaffProfession(staffId: 1, professionId: 2, isPrimary: true)])
        #expect(runtime.state.member?.member.version == 2, "the screen's copy of the member follows the saved version")
        keys([.char("u")], runtime)
        #expect(store.records[1]?.memberships == [StaffProfession(staffId: 1, professionId: 1, isPrimary: true)])
        // The member's other details can still be edited: their version was kept current.
        keys([.escape, .enter, .tab, .end, .char("!"), .ctrl("s")], runtime)
        #expect(runtime.state.form == nil)
        #expect(store.staff[0].name == "Member 0001!")
    }

    @Test func logCPDAndAQualificationThenDeleteAndUndoTheDelete() {
        let (runtime, backend, store) = start()
        keys([.tab, .char("n"), .tab, .backspace] + text("2") + [.tab, .backspace, .backspace] + text("30")
             + [.tab, .char("m"), .tab] + text("Mentoring a new starter") + [.ctrl("s")], runtime)
        let logged = store.records[1]?.activities.first
        #expect(logged?.minutes == 150)
        #expect(logged?.type == .mentoring)
        #expect(logged?.title == "Mentoring a new starter")
        keys([.tab, .char("n")] + text("Chartered Institute exam") + [.enter, .enter], runtime)
        #expect(store.records[1]?.qualifications.map(\.qualification) == ["Chartered Institute exam"])
        keys([.char("d")], runtime)
        #expect(backend.screen.lines.joined().contains("Delete the qualification \"Chartered Institute exam\"?"))
        keys([.char("y")], runtime)
        #expect(store.records[1]?.qualifications.isEmpty == true)
        keys([.char("u")], runtime)
        #expect(store.records[1]?.qualifications.map(\.qualification) == ["Chartered Institute exam"])
    }

    @Test func aQualificationHeldIsCorrectedAndUndone() {
        let (runtime, _, store) = start()
        keys([.tab, .tab, .char("n")] + text("CIPD L5") + [.enter, .enter], runtime)
        #expect(store.records[1]?.qualifications.map(\.qualification) == ["CIPD L5"])
        keys([.char("e")], runtime)
        #expect(runtime.state.form?.title == "Qualification held")
        keys([.end, .backspace, .backspace] + text("Level 5") + [.ctrl("s")], runtime)
        #expect(runtime.state.form == nil)
        #expect(store.records[1]?.qualifications.map(\.qualification) == ["CIPD Level 5"])
        #expect(store.records[1]?.qualifications.first?.version == 2)
        keys([.char("u")], runtime)
        #expect(store.records[1]?.qualifications.map(\.qualification) == ["CIPD L5"])
    }
}
