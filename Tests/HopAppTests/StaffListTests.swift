import Testing
import HopModel
import TerminalUI
@testable import HopApp

/// The members list: pages read from the store as the selection moves (never every row),
/// filter by the store, edit with undo, delete with a question naming what goes with them.
@Suite struct StaffListTests {
    func start(store: FakeStore = FakeStore()) -> (Runtime, MemoryBackend, FakeStore) {
        let state = Fixtures.professionState()
        let backend = MemoryBackend(size: state.size)
        let runtime = Runtime(state: state, backend: backend, theme: .monochrome, client: store, today: { Fixtures.today })
        runtime.start()
        keys([.char("m")], runtime)
        return (runtime, backend, store)
    }

    @Test func firstPageIsReadAndShownAt80x24() {
        let (runtime, backend, store) = start()
        #expect(runtime.state.screen == .staff)
        #expect(store.pageReads == [StaffPageRequest(professionId: 1, filter: "", anchor: .first)])
        #expect(runtime.state.staffList.rows.count == StaffPageRequest.limit)
        #expect(runtime.state.staffList.total == 250)
        let lines = backend.screen.trimmedLines
        #expect(lines[1].contains("Members of Policy"))
        #expect(lines[2].hasPrefix("│Staff no. Name"))
        #expect(lines[3].hasPrefix("│S0001     Member 0001"))
        #expect(lines[3].contains("DFA"))
        #expect(lines.contains { $0.contains("1 of 250") })
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func scrollingReadsTheNextPageAfterTheLastRowOnly() {
        let (runtime, _, store) = start()
        for _ in 0..<5 { keys([.pageDown], runtime) }
        #expect(store.pageReads.count == 2)
        guard case .after(let last) = store.pageReads[1].anchor else { Issue.record("not a next page"); return }
        #expect(last.name == "Member 0100")
        #expect(runtime.state.staffList.rows.count == 200)
        for _ in 0..<10 { keys([.pageDown], runtime) }
        #expect(runtime.state.staffList.rows.count == 250)
        #expect(runtime.state.staffList.windowEnd == runtime.state.staffList.total)
        #expect(store.pageReads.count == 3)
        #expect(runtime.state.staffList.selected?.name == "Member 0250")
    }

    @Test func filterIsAppliedByTheStoreAndEscClearsIt() {
        let (runtime, _, store) = start()
        keys([.char("/"), .char("0"), .char("1"), .char("2")], runtime)
        #expect(store.pageReads.last == StaffPageRequest(professionId: 1, filter: "012", anchor: .first))
        #expect(runtime.state.staffList.rows.map(\.name) == ["Member 0012", "Member 0120", "Member 0121", "Member 0122",
                                                             "Member 0123", "Member 0124", "Member 0125", "Member 0126",
                                                             "Member 0127", "Member 0128", "Member 0129"])
        keys([.enter, .escape], runtime)
        #expect(runtime.state.staffList.filter.isEmpty)
        #expect(runtime.state.staffList.total == 250)
        keys([.escape], runtime)
        #expect(runtime.state.screen == .profession)
    }

    @Test func editAMemberThenUndo() {
        let (runtime, _, store) = start()
        keys([.down, .enter], runtime)
        #expect(runtime.state.form?.title == "Staff member: Member 0002")
        #expect(runtime.state.form?.field("Grade")?.value == "EO Executive Officer")
        keys([.tab, .tab, .char("S"), .tab, .char("W"), .tab] + " (acting)".map { .char($0) } + [.ctrl("s")], runtime)
        let saved = store.staff[1]
        #expect(saved.gradeId == 5)             // "S" picks the next grade starting with S: SEO
        #expect(saved.departmentId == 2)
        #expect(saved.post == "Policy adviser (acting)")
        keys([.char("u")], runtime)
        #expect(store.staff[1].post == "Policy adviser")
        #expect(store.staff[1].gradeId == 3)
    }

    @Test func aNewMemberJoinsTheListAndUndoRemovesThem() {
        let (runtime, _, store) = start()
        keys([.char("n")] + "S9999".map { .char($0) } + [.tab] + "Aaron Aardvark".map { .char($0) } + [.tab, .char("G"), .ctrl("s")],
             runtime)
        #expect(runtime.state.form == nil)
        #expect(store.staff.last?.name == "Aaron Aardvark")
        #expect(store.staff.last?.gradeId == 6)  // "G" picks G7, the first grade starting with G
        #expect(runtime.state.staffList.rows.first?.name == "Aaron Aardvark")
        #expect(runtime.state.staffList.total == 251)
        keys([.char("u")], runtime)
        #expect(store.staff.count == 250)
    }

    @Test func savingDeepInTheListKeepsTheSelection() {
        let (runtime, _, store) = start()
        for _ in 0..<150 { keys([.down], runtime) }
        #expect(runtime.state.staffList.selected?.name == "Member 0151")
        keys([.enter, .tab, .tab, .tab, .tab, .end] + " (acting)".map { .char($0) } + [.ctrl("s")], runtime)
        #expect(store.staff[150].post == "Policy adviser (acting)")
        #expect(runtime.state.staffList.selected?.name == "Member 0151")
        #expect(runtime.state.staffList.selected?.post == "Policy adviser (acting)")
    }

    @Test func deleteAsksNamingWhatGoesWithThem() {
        let (runtime, backend, store) = start()
        keys([.char("d")], runtime)
        #expect(backend.screen.lines.joined().contains("Delete Member 0001 (S0001) with their professions, skill"))
        keys([.escape], runtime)
        #expect(store.staff.count == 250)
        keys([.char("d"), .char("y")], runtime)
        #expect(store.staff.count == 249)
        #expect(runtime.state.staffList.total == 249)
        #expect(runtime.state.staffList.rows.first?.name == "Member 0002")
    }

    @Test func endJumpsToTheLastMemberReadingOnlyTheLastPage() {
        let store = FakeStore()
        store.staff = (1...5_000).map { i in
            StaffMember(id: RowID(i), staffNumber: String(format: "S%05d", i), name: String(format: "Member %05d", i),
                        gradeId: RowID(i % 10 + 1), departmentId: 1, version: 1)
        }
        let (runtime, backend, _) = start(store: store)
        keys([.char("G")], runtime)
        #expect(store.pageReads.map(\.anchor).last == .last)
        #expect(store.pageReads.count <= 3)
        #expect(runtime.state.staffList.selected?.name == "Member 05000")
        #expect(backend.screen.trimmedLines.contains { $0.contains("5000 of 5000") })
        #expect(backend.screen.trimmedLines.contains { $0.contains("S05000    Member 05000") })
        keys([.home], runtime)
        #expect(store.pageReads.map(\.anchor).last == .first)
        #expect(runtime.state.staffList.selected?.name == "Member 00001")
    }

    @Test func scrollingTheWholeListKeepsABoundedWindowBothWays() {
        let store = FakeStore()
        store.staff = (1...2_000).map { i in
            StaffMember(id: RowID(i), staffNumber: String(format: "S%05d", i), name: String(format: "Member %05d", i),
                        gradeId: RowID(i % 10 + 1), departmentId: 1, version: 1)
        }
        let (runtime, _, _) = start(store: store)
        var largest = 0
        for step in 1...1_999 {
            keys([.down], runtime)
            largest = max(largest, runtime.state.staffList.rows.count)
            #expect(runtime.state.staffList.selected?.name == String(format: "Member %05d", step + 1))
        }
        for step in stride(from: 1_998, through: 0, by: -1) {
            keys([.up], runtime)
            largest = max(largest, runtime.state.staffList.rows.count)
            #expect(runtime.state.staffList.selected?.name == String(format: "Member %05d", step + 1))
        }
        #expect(largest == StaffListState.maxRows)
        #expect(runtime.state.staffList.windowStart == 0)
    }
}
