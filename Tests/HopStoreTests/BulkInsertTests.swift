import Foundation
import GRDB
import Testing
@testable import HopStore

/// The bulk loads' insert binds each value through SQLite's C API: what goes in must be what
/// GRDB's own binding would store, and a refused row must be reported as GRDB reports it.
@Suite struct BulkInsertTests {
    func table() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, note TEXT, n REAL, b BLOB) STRICT
                """)
        }
        return queue
    }

    @Test func everyKindOfValueIsStoredAsGRDBStoresIt() throws {
        let queue = try table()
        let rows: [[DatabaseValue]] = [
            ["".databaseValue, "".databaseValue, 0.5.databaseValue, Data([0, 1, 2]).databaseValue],
            ["a\u{0}b".databaseValue, "é 日本".databaseValue, .null, Data().databaseValue],
            ["c".databaseValue, .null, (-2.25).databaseValue, .null],
        ]
        try queue.write { db in
            let insert = try BulkInsert(db, sql: "INSERT INTO t (id, code, note, n, b) VALUES (?, ?, ?, ?, ?)")
            for (i, row) in rows.enumerated() { try insert.run([(i + 1).databaseValue], row) }
            for (i, row) in rows.enumerated() {
                try db.execute(sql: "INSERT INTO t (id, code, note, n, b) VALUES (?, ?, ?, ?, ?)",
                               arguments: StatementArguments([(i + 11).databaseValue] + row.enumerated().map { $0 == 0 ? "g\(i)".databaseValue : $1 }))
            }
        }
        try queue.read { db in
            for i in 1...3 {
                let ours = try Row.fetchOne(db, sql: "SELECT note, typeof(note), n, b, typeof(b) FROM t WHERE id = ?", arguments: [i])
                let theirs = try Row.fetchOne(db, sql: "SELECT note, typeof(note), n, b, typeof(b) FROM t WHERE id = ?", arguments: [i + 10])
                #expect(ours == theirs, "row \(i)")
            }
            // The empty text is text, not NULL; the NUL inside a code is kept
            #expect(try String.fetchOne(db, sql: "SELECT typeof(code) || length(code) FROM t WHERE id = 1") == "text0")
            #expect(try Int.fetchOne(db, sql: "SELECT length(CAST(code AS BLOB)) FROM t WHERE id = 2") == 3)
        }
    }

    @Test func aRefusedRowIsReportedWithItsConstraintAndTheStatementStaysUsable() throws {
        let queue = try table()
        try queue.write { db in
            let insert = try BulkInsert(db, sql: "INSERT INTO t (id, code) VALUES (?, ?)")
            try insert.run([1.databaseValue], ["x".databaseValue])
            do {
                try insert.run([2.databaseValue], ["x".databaseValue])
                Issue.record("a second code x was inserted")
            } catch let error as DatabaseError {
                #expect(error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE)
                #expect(error.message?.contains("t.code") == true, "\(error)")
                #expect(error.sql == "INSERT INTO t (id, code) VALUES (?, ?)")
            }
            try insert.run([3.databaseValue], ["y".databaseValue])
            #expect(try String.fetchAll(db, sql: "SELECT code FROM t ORDER BY id") == ["x", "y"])
        }
    }
}
