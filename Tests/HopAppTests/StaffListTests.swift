import Testing
import HopModel
import HopStore
import HopStoreAdapter
import TerminalUI
@testable import HopApp

/// The members list: pages read from the store as the selection moves (never every row),
/// filter by the store, edit with undo, delete with a question naming what goes with them.
/// Over the real store in memory, with the pages asked of it noted.
@Suite struct StaffListTests {
    /// Policy's members list; Policy has 250 members, "Member 0001" to "Member 0250", unless
    /// `members` says otherwise.
    func start(members: Int = 250) -> (DemoApp, InstrumentedClient, Store) {
        let store = TestStore.make(extraPolicyMembers: members - TestStore.policyMembers)
        let recorder = InstrumentedClient(DemoApp.adapter(store))
        let app = DemoApp(size: Size(width: 80, height: 24), store: store, client: recorder)
        app.open("POL")
        app.press(.show(.staff))
        return (app, recorder, store)
    }

    func member(_ store: Store, _ id: RowID) throws -> StaffMember? { try store.staffMember(id: id) }

    @Test func firstPageIsReadAndShownAt80x24() {
        let (app, store, _) = start()
        #expect(app.runtime.state.screen == .staff)
        #expect(store.pageReads == [StaffPageRequest(professionId: 1, filter: "", anchor: .first)])
        #expect(app.runtime.state.staffList.rows.count == StaffPageRequest.limit)
        #expect(app.runtime.state.staffList.total == 250)
        let lines = app.screen
        #expect(lines[1].contains("Members of Policy"))
        #expect(lines[2].hasPrefix("│Staff no. Name"))
        #expect(lines[3].hasPrefix("│S0001     Member 0001"))
        #expect(lines[3].contains("DFA"))
        #expect(lines.contains { $0.contains("1 of 250") })
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func scrollingReadsTheNextPageAfterTheLastRowOnly() {
        let (app, store, _) = start()
        for _ in 0..<5 { app.press(.pageDown) }
        #expect(store.pageReads.count == 2)
        guard case .after(let last) = store.pageReads[1].anchor else { Issue.record("not a next page"); return }
        #expect(last.name == "Member 0100")
        #expect(app.runtime.state.staffList.rows.count == 200)
        for _ in 0..<10 { app.press(.pageDown) }
        #expect(app.runtime.state.staffList.rows.count == 250)
        #expect(app.runtime.state.staffList.windowEnd == app.runtime.state.staffList.total)
        #expect(store.pageReads.count == 3)
        #expect(app.runtime.state.staffList.selected?.name == "Member 0250")
    }

    @Test func filterIsAppliedByTheStoreAndEscClearsIt() {
        let (app, store, _) = start()
        app.press(.startFilter)
        app.type("012")
        #expect(store.pageReads.last == StaffPageRequest(professionId: 1, filter: "012", anchor: .first))
        #expect(app.runtime.state.staffList.rows.map(\.name) == ["Member 0012", "Member 0120", "Member 0121", "Member 0122",
                                                                 "Member 0123", "Member 0124", "Member 0125", "Member 0126",
                                                                 "Member 0127", "Member 0128", "Member 0129"])
        app.press(.closeOverlay, .back)
        #expect(app.runtime.state.staffList.filter.isEmpty)
        #expect(app.runtime.state.staffList.total == 250)
        app.press(.back)
        #expect(app.runtime.state.screen == .profession)
    }

    @Test func editAMemberThenUndo() throws {
        let (app, _, store) = start()
        for _ in 0..<21 { app.press(.down) }
        app.press(.editSelected)
        #expect(app.runtime.state.form?.title == "Staff member: Member 0022")
        #expect(app.runtime.state.form?.field("Grade")?.value == "EO Executive Officer")
        app.press(.nextField, .nextField)
        app.type("S")   // the next grade starting with S: SEO
        app.press(.nextField)
        app.type("W")   // Welsh Government
        app.press(.nextField)
        app.type(" (acting)")
        app.press(.saveForm)
        let saved = try #require(try member(store, 22))
        #expect(saved.gradeId == 5)
        #expect(saved.departmentId == 2)
        #expect(saved.post == "Policy adviser (acting)")
        app.press(.undo)
        #expect(try member(store, 22)?.post == "Policy adviser")
        #expect(try member(store, 22)?.gradeId == 3)
    }

    @Test func aNewMemberJoinsTheListAndUndoRemovesThem() throws {
        let (app, _, store) = start()
        app.press(.newRecord)
        app.type("S9999")
        app.press(.nextField)
        app.type("Aaron Aardvark")
        app.press(.nextField)
        app.type("G")   // G7, the first grade starting with G
        app.press(.saveForm)
        #expect(app.runtime.state.form == nil)
        let added = try #require(try store.staffPage(professionId: 1, filter: "Aaron", limit: 10).first)
        #expect(added.name == "Aaron Aardvark")
        #expect(added.gradeId == 6)
        #expect(app.runtime.state.staffList.rows.first?.name == "Aaron Aardvark")
        #expect(app.runtime.state.staffList.total == 251)
        app.press(.undo)
        #expect(try store.staffCount(professionId: 1) == 250)
        #expect(try store.staffPage(professionId: 1, filter: "Aaron", limit: 10).isEmpty)
    }

    @Test func savingDeepInTheListKeepsTheSelection() throws {
        let (app, _, store) = start()
        for _ in 0..<150 { app.press(.down) }
        #expect(app.runtime.state.staffList.selected?.name == "Member 0151")
        app.press(.editSelected, .nextField, .nextField, .nextField, .nextField)
        app.send(.end)
        app.type(" (acting)")
        app.press(.saveForm)
        #expect(try member(store, 151)?.post == "Policy adviser (acting)")
        #expect(app.runtime.state.staffList.selected?.name == "Member 0151")
        #expect(app.runtime.state.staffList.selected?.post == "Policy adviser (acting)")
    }

    @Test func deleteAsksNamingWhatGoesWithThem() throws {
        let (app, _, store) = start()
        app.press(.deleteSelected)
        #expect(app.backend.screen.lines.joined().contains("Delete Member 0001 (S0001) with their professions, skill"))
        app.press(.cancelDelete)
        #expect(try store.staffCount(professionId: 1) == 250)
        app.press(.deleteSelected, .confirmDelete)
        #expect(try store.staffCount(professionId: 1) == 249)
        #expect(try member(store, 1) == nil)
        #expect(app.runtime.state.staffList.total == 249)
        #expect(app.runtime.state.staffList.rows.first?.name == "Member 0002")
    }

    @Test func endJumpsToTheLastMemberReadingOnlyTheLastPage() {
        let (app, store, _) = start(members: 5_000)
        app.press(.bottom)
        #expect(store.pageReads.map(\.anchor).last == .last)
        #expect(store.pageReads.count <= 3)
        #expect(app.runtime.state.staffList.selected?.name == "Member 5000")
        #expect(app.screen.contains { $0.contains("5000 of 5000") })
        #expect(app.screen.contains { $0.contains("S5000     Member 5000") })
        app.press(.top)
        #expect(store.pageReads.map(\.anchor).last == .first)
        #expect(app.runtime.state.staffList.selected?.name == "Member 0001")
    }

    @Test func scrollingTheWholeListKeepsABoundedWindowBothWays() throws {
        let (app, _, _) = start(members: 2_000)
        let down = try #require(boundKey(.down, in: app.runtime.state))
        let up = try #require(boundKey(.up, in: app.runtime.state))
        var largest = 0
        for step in 1...1_999 {
            app.send(down)
            largest = max(largest, app.runtime.state.staffList.rows.count)
            #expect(app.runtime.state.staffList.selected?.name == String(format: "Member %04d", step + 1))
        }
        for step in stride(from: 1_998, through: 0, by: -1) {
            app.send(up)
            largest = max(largest, app.runtime.state.staffList.rows.count)
            #expect(app.runtime.state.staffList.selected?.name == String(format: "Member %04d", step + 1))
        }
        #expect(largest == StaffListState.maxRows)
        #expect(app.runtime.state.staffList.windowStart == 0)
    }
}
