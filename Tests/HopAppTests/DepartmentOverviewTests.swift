import Foundation
import Testing
import HopModel
import TerminalUI
import HopStore
@testable import HopApp

/// The overview by department (v): each department's figures for its own staff.
@Suite struct DepartmentOverviewTests {
    /// The test store with six of Policy's grade-6 members (13-18: four assessed, two not) moved
    /// to the Welsh Government; the Department for Anything keeps the other twelve and all of
    /// Data Ethics.
    func store() throws -> Store {
        let store = TestStore.make()
        for id in RowID(13)...18 {
            var member = try #require(try store.staffMember(id: id))
            member.departmentId = 2
            _ = try store.saveStaff(member, by: "someone.else")
        }
        return store
    }

    @Test func departmentsSideBySideAt80x24() throws {
        let app = DemoApp(size: Size(width: 80, height: 24), store: try store())
        app.press(.toggleDepartments)
        // DFA: Policy's 5 of 12 on CPD (Data Ethics sets no requirement), 7 of 17 latest levels
        // below, 11 of 24 members assessed; WG: Policy's six alone, whose 4 of 6 assessed is
        // withheld (it would say 2 were never assessed), and the rest with it.
        #expect(app.backend.screen.trimmedLines == [
            " hopdash · Overview · 2 departments                                  1 Oct 2026",
            "┌ ▶ Departments compared ──────────────────────────────────────────────────────┐",
            "│Department                   Staff Profs         CPD       Below      Assessed│",
            "│DFA Department for Anything     24     2         42%         41%           46%│",
            "│WG Welsh Government              6     1         n/a         n/a           n/a│",
        ] + Array(repeating: "│                                                                              │", count: 15) + [
            "│CPD: completed or on track · Below: latest levels under the required level    │",
            "│Assessed: members with an assessment · own staff only · <5, n/a: too few      │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "v/Esc Professions  o Overview  ? Help  q/Ctrl-C Quit",
        ], "\n\(app.backend.screen.picture)")
    }

    /// A wide terminal: the names keep their own width, and the room left goes to a bar beside
    /// each share, one width for all three; a share withheld has no bar.
    @Test func aWideTerminalGivesTheSharesBars() throws {
        let app = DemoApp(size: Size(width: 200, height: 60), store: try store())
        app.press(.toggleDepartments)
        let lines = app.backend.screen.trimmedLines
        let dfa = try #require(lines.first { $0.contains("DFA Department for Anything") })
        let wg = try #require(lines.first { $0.contains("WG Welsh Government") })
        #expect(dfa.hasPrefix("│DFA Department for Anything     24     2 "), "\(dfa)")
        let bars = dfa.split(separator: " ").filter { $0.contains("█") || $0.contains("░") }
        #expect(bars.count == 3 && Set(bars.map(\.count)).count == 1, "\(dfa)")
        #expect(bars.first.map { $0.filter { $0 == "█" }.count } == Int((5.0 / 12 * Double(bars[0].count)).rounded()))
        #expect(!wg.contains("█") && !wg.contains("░") && wg.contains("n/a"), "\(wg)")
    }

    /// For a screen reader the shares keep their figures' width: no bars, and no blank run
    /// for it to read across before each figure.
    @Test func aScreenReaderGetsTheFiguresCloseTogether() throws {
        let app = DemoApp(size: Size(width: 200, height: 60), store: try store(), screenReader: true)
        app.press(.toggleDepartments)
        let dfa = try #require(app.backend.screen.trimmedLines.first { $0.contains("DFA Department for Anything") })
        #expect(dfa.trimmingCharacters(in: .whitespaces).hasSuffix("24     2   42%   41%      46%"), "\(dfa)")
    }

    @Test func aShareHasABarOnlyWithRoomAndAFigure() {
        let symbols = Symbols(unicode: true)
        #expect(DepartmentOverview.share(.shown(Ratio(5, of: 12)), bar: 12, symbols) == "█████░░░░░░░  42%")
        #expect(DepartmentOverview.share(.shown(Ratio(5, of: 12)), bar: 7, symbols) == "42%")
        #expect(DepartmentOverview.share(.withheld, bar: 12, symbols) == "n/a")
        #expect(DepartmentOverview.share(.shown(Ratio(1, of: 1)), bar: 8, Symbols(unicode: false)) == "######## 100%")
        #expect(DepartmentOverview.share(.shown(Ratio(5, of: 12)), bar: 12, Symbols(unicode: true, words: true)) == "42%")
    }

    @Test func vLoadsDepartmentsOnceAndGoesBack() throws {
        var state = Fixtures.loadedState()
        #expect(Reducer.reduce(&state, .command(.toggleDepartments)) == [.loadDepartments])
        #expect(state.overview.byDepartment)
        let departments = try store().departmentData(today: Fixtures.today)
        _ = Reducer.reduce(&state, .departmentsLoaded(departments))
        #expect(state.overview.departments.map(\.code) == ["DFA", "WG"])
        #expect(Reducer.reduce(&state, .command(.toggleDepartments)) == [])
        #expect(!state.overview.byDepartment)
        #expect(Reducer.reduce(&state, .command(.toggleDepartments)) == [])
        // A change in the store makes the figures stale: the comparison's are read again, the
        // professions' when they are shown (StartPlaceTests).
        #expect(Reducer.reduce(&state, .storeChanged) == [.loadDepartments])
    }

    @Test func kioskCannotReachTheDepartmentView() throws {
        let state = Fixtures.state(in: .overview, mode: .kiosk)
        #expect(Keymap.resolve(try #require(Keymap.key(for: .toggleDepartments, in: .overview)), state: state) == nil)
    }
}
