import Testing
import HopModel
import HopStore
import TerminalUI
import HopStoreAdapter
@testable import HopApp

/// Marking a forum date from the overview: a form with today filled in, saved as a record,
/// undone like any other change.
@Suite struct ForumDateMarkingTests {
    @Test func theOverviewMarksTodayAndUndoTakesItBack() throws {
        let store = TestStore.make()
        let app = DemoApp(size: Size(width: 80, height: 24), store: store)
        app.press(.markForumDate)
        let form = try #require(app.runtime.state.form)
        #expect(form.title == "Mark a forum date")
        #expect(form.fields.map(\.value) == [DemoApp.today.iso, "Forum"])
        #expect(app.screen.joined(separator: "\n").contains("Mark a forum date"))
        // The title is changed, and saved
        app.press(.nextField)
        for _ in 0..<"Forum".count { app.send(.backspace) }
        app.type("Autumn seminar")
        app.press(.saveForm)
        #expect(app.runtime.state.form == nil)
        #expect(try store.forumDates().map(\.label) == ["\(DemoApp.today.iso) Autumn seminar"])
        app.press(.undo)
        #expect(try store.forumDates().isEmpty)
    }

    @Test func aDayThatDoesNotExistIsRefusedAtItsField() throws {
        let store = TestStore.make()
        let app = DemoApp(size: Size(width: 80, height: 24), store: store)
        app.press(.markForumDate)
        for _ in 0..<10 { app.send(.backspace) }
        app.type("2026-02-31")
        app.press(.saveForm)
        let form = try #require(app.runtime.state.form)
        #expect(form.fields[0].error != nil)
        #expect(try store.forumDates().isEmpty)
    }
}
