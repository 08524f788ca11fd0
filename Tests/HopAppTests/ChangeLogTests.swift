import Testing
import HopModel
import TerminalUI
import HopStore
@testable import HopApp

/// The change log overlay: for the profession, for the selected record; when, who, what,
/// before → after.
@Suite struct ChangeLogTests {
    let update = {
        var entry = ChangeLogEntry(id: 2, at: "2026-10-01T09:30:00Z", user: "jo.editor", table: "checklist_entry",
                                   recordId: "1/C01", action: "update", professionId: 1,
                                   before: #"{"profession_id":1,"item_id":"C01","owner":"Sam","status":"done","version":1}"#,
                                   after: #"{"profession_id":1,"item_id":"C01","owner":"Kim","status":"done","version":2}"#)
        entry.names = ["profession:1": "Policy (POL)"]
        return entry
    }()

    @Test func aLongHeadingWrapsWhatWasDoneBesideWhenAndWho() {
        // 36 columns of when and who, 20 left for what was done.
        func heading(_ width: Int) -> [String] {
            ChangeLogOverlay.headingLines(update, widths: ChangeLogOverlay.headingWidths([update], width: width), width: width)
        }
        let lines = heading(56)
        #expect(lines == ["2026-10-01 09:30:00 UTC  jo.editor  update checklist",
                          "                                    entry C01, Policy",
                          "                                    (POL)"])
        // Too narrow to keep them side by side: the whole heading wraps.
        #expect(heading(40).first == "2026-10-01 09:30:00 UTC jo.editor update")
    }

    @Test func whoIsAColumnAsWideAsTheLongestUserSoWhatWasDoneLinesUp() {
        var other = update
        other.user = "alexandra.longname"
        let widths = ChangeLogOverlay.headingWidths([update, other], width: 110)
        #expect(widths == [23, 18, 65])
        let first = ChangeLogOverlay.headingLines(update, widths: widths, width: 110)[0]
        let second = ChangeLogOverlay.headingLines(other, widths: widths, width: 110)[0]
        #expect(first.range(of: "update")?.lowerBound.utf16Offset(in: first) == 45)
        #expect(second.range(of: "update")?.lowerBound.utf16Offset(in: second) == 45)
    }

    @Test func linesSayWhenWhoWhatAndBeforeToAfter() {
        let lines = ChangeLogView.lines(update)
        #expect(lines.heading == "2026-10-01 09:30:00 UTC  jo.editor  update checklist entry C01, Policy (POL)")
        #expect(lines.detail == "owner: Sam → Kim")
        var insert = update
        insert.action = "insert"
        insert.before = nil
        #expect(ChangeLogView.lines(insert).detail == "item_id: C01; owner: Kim; profession: Policy (POL); status: done")
        var delete = update
        delete.after = nil
        #expect(ChangeLogView.lines(delete).detail.hasPrefix("was item_id: C01; owner: Sam"))
    }

    @Test func cOnTheDashboardShowsTheProfessionsLog() throws {
        var state = Fixtures.professionState()
        let effects = Reducer.reduce(&state, Keymap.resolve(try #require(boundKey(.showChangeLog, in: state)), state: state)!)
        #expect(effects == [.loadChangeLog(.profession(1))])
        _ = Reducer.reduce(&state, .changeLogLoaded([update]))
        guard case .changeLog(let view) = state.overlay else { Issue.record("no change log"); return }
        #expect(view.title == "Changes in Policy")
        #expect(view.entries == [update])
        _ = Reducer.reduce(&state, Keymap.resolve(try #require(boundKey(.closeOverlay, in: state)), state: state)!)
        #expect(state.overlay == nil)
    }

    @Test func cOnAChecklistItemShowsItsHistoryOnScreen() throws {
        let store = TestStore.make()
        // Jo gives C01 to Kim, then C02 changes too: only C01's history is shown for C01.
        var c01 = try #require(try store.checklist(professionId: 1).first { $0.itemId == "C01" })
        c01.owner = "Kim"
        _ = try store.saveChecklistEntry(c01, on: DemoApp.today, by: "jo.editor")
        var c02 = try #require(try store.checklist(professionId: 1).first { $0.itemId == "C02" })
        c02.owner = "Pat"
        _ = try store.saveChecklistEntry(c02, on: DemoApp.today, by: "pat.other")
        let app = DemoApp(size: Size(width: 80, height: 24), store: store)
        app.open("POL")
        app.press(.focusPane(.checklist), .open, .showChangeLog)
        let screen = app.screen.joined(separator: "\n")
        #expect(screen.contains("Changes to checklist item C01"))
        // The heading wraps inside the 80-column overlay; nothing of it is cut.
        #expect(screen.contains("2026-10-01 10:00:00 UTC  jo.editor  update checklist entry C01,"), "\(screen)")
        #expect(screen.contains("Policy (POL)"))
        #expect(screen.contains("owner: Sam Owner → Kim"))
        #expect(!screen.contains("pat.other") && !screen.contains("C02"), "another record's change is not in this one's log")
    }

    @Test func idsOfOtherRecordsAreShownAsTheirNames() {
        var entry = ChangeLogEntry(id: 3, at: "2026-10-01T09:30:00Z", user: "jo.editor", table: "assessment", recordId: "41",
                                   action: "update", professionId: 1,
                                   before: #"{"id":41,"staff_id":3566,"skill_id":7,"level":2,"version":1}"#,
                                   after: #"{"id":41,"staff_id":3566,"skill_id":7,"level":3,"version":2}"#)
        entry.names = ["staff:3566": "Ann Example (S001)"]
        let lines = ChangeLogView.lines(entry)
        #expect(lines.heading.hasSuffix("update assessment Ann Example (S001), skill #7"))
        #expect(lines.detail == "level: 2 → 3")
        entry.before = nil
        let inserted = ChangeLogView.lines(entry).detail
        #expect(inserted.contains("staff: Ann Example (S001)"))
        #expect(inserted.contains("skill: #7 (deleted)"))
        #expect(!inserted.contains("staff_id") && !inserted.contains("3566"))
    }

    @Test func anUndoIsLabelledUndo() {
        var undo = update
        undo.action = "undo"
        #expect(ChangeLogView.lines(undo).heading.hasSuffix("jo.editor  undo checklist entry C01, Policy (POL)"))
    }

    @Test func aLongValueIsShownWholeNotCut() {
        var state = Fixtures.professionState()
        _ = Reducer.reduce(&state, .command(.showChangeLog))
        let words = (1...300).map { String(format: "w%04d", $0) }
        var long = update
        long.after = #"{"profession_id":1,"item_id":"C01","owner":"Kim","status":"done","evidence":""# + words.joined(separator: " ")
            + #"","version":2}"#
        _ = Reducer.reduce(&state, .changeLogLoaded([long]))
        var seen = ""
        for _ in 0..<200 {
            seen += Renderer.frame(state, theme: .monochrome).0.lines.joined(separator: "\n")
            _ = Reducer.reduce(&state, .command(.down))
        }
        for word in words { #expect(seen.contains(word), "\(word) is never shown") }
    }
}
