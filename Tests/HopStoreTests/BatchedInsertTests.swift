import Foundation
import GRDB
import Testing
@testable import HopStore

/// An import's new rows go in several to a statement: each keeps the id it was promised, the
/// table holds what was added once flushed (and every full statement's worth before), and a
/// refused row is reported as SQLite reports it.
@Suite struct BatchedInsertTests {
    func table() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, note TEXT,
                                kind TEXT NOT NULL CHECK (kind IN ('a', 'b'))) STRICT;
                INSERT INTO t (id, code, kind) VALUES (7, 'first', 'a');
                """)
        }
        return queue
    }

    @Test func rowsKeepTheirIdsAndGoInAStatementAtATime() throws {
        let queue = try table()
        let count = BatchedInsert.rowsPerStatement * 2 + 5
        try queue.write { db in
            let insert = try BatchedInsert(db, table: "t", columns: ["code", "note", "kind"])
            var ids: [Int64] = []
            for i in 0..<count {
                ids.append(try insert.add(["c\(i)".databaseValue, i % 3 == 0 ? .null : "n\(i)".databaseValue,
                                           (i % 2 == 0 ? "a" : "b").databaseValue]))
            }
            // The next ids after the largest, in order.
            #expect(ids == Array(8..<Int64(8 + count)))
            // Two statements' worth are written; the last five wait for `flush`.
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM t") == 1 + BatchedInsert.rowsPerStatement * 2)
            try insert.flush()
            try insert.flush()
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM t") == 1 + count)
            for (i, id) in ids.enumerated() {
                let row = try #require(try Row.fetchOne(db, sql: "SELECT code, note, kind FROM t WHERE id = ?", arguments: [id]))
                #expect(row[0] as String == "c\(i)")
                #expect(row[1] as String? == (i % 3 == 0 ? nil : "n\(i)"))
                #expect(row[2] as String == (i % 2 == 0 ? "a" : "b"))
            }
        }
    }

    @Test func aRefusedRowIsReportedWithItsConstraintAndItsStatementWritesNothing() throws {
        let queue = try table()
        try queue.write { db in
            let insert = try BatchedInsert(db, table: "t", columns: ["code", "note", "kind"])
            _ = try insert.add(["x".databaseValue, .null, "a".databaseValue])
            _ = try insert.add(["y".databaseValue, .null, "c".databaseValue])
            do {
                try insert.flush()
                Issue.record("a row of kind c was inserted")
            } catch let error as DatabaseError {
                #expect(error.extendedResultCode == .SQLITE_CONSTRAINT_CHECK)
                #expect(error.message?.contains("kind IN") == true, "\(error)")
            }
            #expect(try String.fetchAll(db, sql: "SELECT code FROM t ORDER BY id") == ["first"])
        }
    }
}
