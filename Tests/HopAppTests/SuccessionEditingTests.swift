import Testing
import HopModel
import HopStore
import TerminalUI
@testable import HopApp

/// The succession register kept from the keyboard, through the real runtime over the real store:
/// posts and successors added, edited and removed as versioned, logged, undoable saves of the
/// post; staff numbers looked up, one nobody has said beside its field.
@Suite struct SuccessionEditingTests {
    func start(_ store: Store, size: Size = Size(width: 80, height: 24)) -> DemoApp {
        let app = DemoApp(size: size, store: store)
        app.open("POL")
        app.press(.show(.succession))
        return app
    }

    func posts(_ store: Store) throws -> [CriticalPost] { try store.criticalPosts(professionId: 1) }

    /// Adds "Head of Policy" held by `holder` through the form.
    func addPost(_ app: DemoApp, holder: String) {
        app.press(.newRecord)
        app.type("Head of Policy")
        app.press(.nextField, .nextField, .nextField)
        app.type(holder)
        app.press(.saveForm)
    }

    @Test func aPostAndAReadyNowSuccessorAreAddedAndCoverageMoves() throws {
        let store = TestStore.make()
        let app = start(store)
        #expect(app.screen.contains { $0.contains("Succession: no critical posts on the register yet.") })
        // A staff number nobody has is said beside its field; nothing is saved.
        addPost(app, holder: "S9999")
        #expect(app.runtime.state.form?.field("Holder (staff no., blank: vacant)")?.error == "no one has staff number S9999")
        #expect(try posts(store).isEmpty)
        app.press(.cancelForm, .confirmDiscard)
        addPost(app, holder: "S0001")
        #expect(app.runtime.state.form == nil)
        let added = try #require(try posts(store).first)
        #expect(added.title == "Head of Policy" && added.holderId == 1 && added.version == 1 && added.successors.isEmpty)
        #expect(app.screen.contains { $0.contains("Member 0001") })
        #expect(app.screen.contains { $0.contains("1 critical post, 0% with a successor ready now") })
        // A successor, ready now (the first readiness), with a development action.
        app.press(.nextPane, .newRecord)
        app.type("S0002")
        app.press(.nextField, .nextField)
        app.type("Acting up")
        app.press(.saveForm)
        let withSuccessor = try #require(try posts(store).first)
        #expect(withSuccessor.successors == [Successor(staffId: 2, readiness: .readyNow, action: "Acting up")])
        #expect(withSuccessor.version == 2)
        #expect(app.screen.contains { $0.contains("1 critical post, 100% with a successor ready now") })
        #expect(app.screen.contains { $0.contains("1. Member 0002 (S0002) · Ready now · Acting up") })
        // Undo takes the successor off again, at the version saved.
        app.press(.undo)
        #expect(try posts(store).first?.successors == [])
        #expect(app.screen.contains { $0.contains("0% with a successor ready now") })
        let log = try store.changeLog(kind: .criticalPost, recordId: String(added.id)).map(\.action)
        #expect(log.count == 3)
    }

    @Test func aSuccessorIsEditedAndRemovedOnlyAfterAskingAndThePostDeletedAndPutBack() throws {
        let store = TestStore.make()
        let post = try store.saveCriticalPost(CriticalPost(professionId: 1, departmentId: 1, gradeId: 6, title: "Chief analyst",
                                                           holderId: 3, risk: .high,
                                                           successors: [Successor(staffId: 4, readiness: .threeYearsOrMore),
                                                                        Successor(staffId: 5, readiness: .oneToTwoYears)]),
                                              by: "someone")
        let app = start(store)
        #expect(app.screen.contains { $0.contains("Chief analyst") && $0.contains("Member 0003") && $0.contains("1-2 years") })
        // The second successor becomes ready now.
        app.press(.nextPane, .down, .editSelected)
        #expect(app.runtime.state.form?.field("Staff number")?.value == "S0005")
        app.press(.nextField)
        app.type("R")
        app.press(.saveForm)
        #expect(try posts(store).first?.successors.map(\.readiness) == [.threeYearsOrMore, .readyNow])
        // Removing asks; n keeps, y removes.
        app.press(.deleteSelected)
        #expect(app.screen.contains { $0.contains("Take Member 0005 off Chief analyst?") })
        app.press(.cancelDelete)
        #expect(try posts(store).first?.successors.count == 2)
        app.press(.deleteSelected, .confirmDelete)
        #expect(try posts(store).first?.successors.map(\.staffId) == [4])
        // Back to the posts: deleting the post asks too, and undo puts it back whole.
        app.press(.back, .deleteSelected)
        #expect(app.screen.contains { $0.contains("Delete the critical post Chief analyst") })
        app.press(.confirmDelete)
        #expect(try posts(store).isEmpty)
        app.press(.undo)
        let back = try #require(try posts(store).first)
        #expect(back.title == "Chief analyst" && back.holderId == 3 && back.successors.map(\.staffId) == [4])
        let actions = try store.changeLog(kind: .criticalPost, recordId: String(post.id)).map { "\($0.action)" }
        #expect(actions.count == 5, "\(actions)")
    }

    @Test func theFormAndItsCounterFitAt80x24And200x60() throws {
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            let app = start(TestStore.make(), size: size)
            app.press(.newRecord)
            app.type("Head of Policy")
            #expect(app.screen.count == size.height)
            #expect(app.screen.allSatisfy { DisplayWidth.of($0) <= size.width })
            #expect(app.screen.contains { $0.contains("Post title: 14/100 characters") }, "\(app.screen.joined(separator: "\n"))")
            #expect(app.screen.contains { $0.contains("HoP involved") })
        }
    }
}
