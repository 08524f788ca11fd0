import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

/// Forum and seminar dates: records like any other (versioned, change-logged, exported,
/// restored, collated).
@Suite struct ForumDateTests {
    func logged(_ store: Store) throws -> [String] {
        try store.writer.read {
            try String.fetchAll($0, sql: "SELECT action FROM change_log WHERE table_name = 'forum_date' ORDER BY id")
        }
    }

    @Test func markedCorrectedAndDeletedAtTheirVersion() throws {
        let store = try inMemoryStore()
        let marked = try store.saveForumDate(ForumDate(date: day("2025-03-12"), title: "Spring forum"), by: user)
        #expect(marked.id != 0 && marked.version == 1)
        var corrected = marked
        corrected.date = day("2025-03-13")
        let saved = try store.saveForumDate(corrected, by: user)
        #expect(saved.version == 2)
        _ = try store.saveForumDate(ForumDate(date: day("2024-11-20"), title: ""), by: user)
        #expect(try store.forumDates().map(\.label) == ["2024-11-20", "2025-03-13 Spring forum"])
        #expect(try store.forumDates().last(onOrBefore: day("2025-03-12"))?.label == "2024-11-20")
        // A stale copy is refused with what is stored now, and changes nothing
        #expect(throws: StoreError.conflict(kind: .forumDate, recordId: String(marked.id), current: .forumDate(saved))) {
            try store.deleteForumDate(id: marked.id, expectedVersion: marked.version, by: user)
        }
        try store.deleteForumDate(id: saved.id, expectedVersion: saved.version, by: user)
        #expect(try store.forumDates().map(\.label) == ["2024-11-20"])
        #expect(try logged(store) == ["insert", "update", "insert", "delete"])
    }

    @Test func theLastForumComesWithTheFiguresKeptOnItsDate() throws {
        let store = try inMemoryStore()
        #expect(try store.lastForum(onOrBefore: day("2025-06-01")) == nil)
        _ = try store.saveForumDate(ForumDate(date: day("2024-11-20"), title: "Autumn"), by: user)
        _ = try store.saveForumDate(ForumDate(date: day("2025-03-12"), title: "Spring"), by: user)
        // The latest on or before the day, with exactly the figures `figures(on:)` gives for its date.
        let spring = try #require(try store.lastForum(onOrBefore: day("2025-06-01")))
        #expect(spring.forum.label == "2025-03-12 Spring")
        #expect(spring.figures == (try store.figures(on: day("2025-03-12"))))
        #expect(try store.lastForum(onOrBefore: day("2025-03-11"))?.forum.label == "2024-11-20 Autumn")
        #expect(try store.lastForum(onOrBefore: day("2024-11-19")) == nil)
    }

    @Test func aTitleOverItsLimitIsRefusedAndNothingIsWritten() throws {
        let store = try inMemoryStore()
        let long = String(repeating: "x", count: FieldLimit.forumTitle.characters + 1)
        #expect(throws: StoreError.self) { try store.saveForumDate(ForumDate(date: today, title: long), by: user) }
        #expect(try store.forumDates().isEmpty)
        #expect(try logged(store).isEmpty)
    }

    @Test func exportedRestoredAndCollatedOnce() throws {
        let folder = try TemporaryDirectory()
        let paths = [folder.file("a.sqlite"), folder.file("b.sqlite")]
        for path in paths {
            let store = try Store.open(path: path, mode: .createIfMissing, clock: fixedClock)
            _ = try store.saveForumDate(ForumDate(date: day("2025-03-12"), title: "Spring forum"), by: user)
        }
        _ = try Store.open(path: paths[1], mode: .readWrite, clock: fixedClock)
            .saveForumDate(ForumDate(date: day("2025-05-01"), title: "Seminar"), by: user)
        // Export then restore keeps the dates as they were
        let json = try exportJSON(try Store.open(path: paths[1], mode: .readOnly))
        #expect(json.contains("\"forum_date\": {"))
        try json.write(toFile: folder.file("b.json"), atomically: false, encoding: .utf8)
        try Store.restore(fromJSON: folder.file("b.json"), to: folder.file("r.sqlite"), clock: fixedClock)
        #expect(try Store.open(path: folder.file("r.sqlite"), mode: .readOnly).forumDates().map(\.label)
                == ["2025-03-12 Spring forum", "2025-05-01 Seminar"])
        // Collation: the meeting both stores marked is one meeting
        _ = try Store.collate(paths, into: folder.file("c.sqlite"), clock: fixedClock)
        #expect(try Store.open(path: folder.file("c.sqlite"), mode: .readOnly).forumDates().map(\.label)
                == ["2025-03-12 Spring forum", "2025-05-01 Seminar"])
    }
}
