import GRDB

/// The tables a JSON export holds, read from the store's own schema (`sqlite_master` and
/// `PRAGMA table_info`), so that a table or a column added by a migration is exported and
/// restored with no change here.
///
/// Every table is exported except those in `excludedTables` (derived or not ours): the
/// summaries (`sum_…`), which restore rebuilds from the records, GRDB's list of applied
/// migrations, and SQLite's own tables.
struct JSONStoreLayout {
    struct Column: Equatable {
        enum Kind: Equatable { case integer, real, text }
        var name: String
        var kind: Kind
        var isNullable: Bool
    }

    struct Table {
        var name: String
        /// In declaration order.
        var columns: [Column]
        /// The primary key's columns in key order; rows are exported in this order.
        var primaryKey: [String]
    }

    /// Sorted by name.
    var tables: [Table]

    static func isExcluded(_ table: String) -> Bool {
        table.hasPrefix("sum_") || table.hasPrefix("sqlite_") || table == "grdb_migrations"
    }

    static func read(_ db: Database) throws -> JSONStoreLayout {
        let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        var tables: [Table] = []
        for name in names where !isExcluded(name) {
            var columns: [Column] = []
            var keyed: [(position: Int, name: String)] = []
            for row in try Row.fetchAll(db, sql: "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid",
                                        arguments: [name]) {
                let column: String = row["name"]
                let type: String = row["type"]
                let kind: Column.Kind
                switch type.uppercased() {
                case "INTEGER", "INT": kind = .integer
                case "REAL": kind = .real
                case "TEXT": kind = .text
                default: throw JSONStoreError.unsupportedColumn(table: name, column: column, type: type)
                }
                let pk: Int = row["pk"]
                // A primary key column is never null, whatever its declaration says.
                columns.append(Column(name: column, kind: kind, isNullable: row["notnull"] == 0 && pk == 0))
                if pk > 0 { keyed.append((pk, column)) }
            }
            let primaryKey = keyed.sorted { $0.position < $1.position }.map(\.name)
            tables.append(Table(name: name, columns: columns, primaryKey: primaryKey.isEmpty ? ["rowid"] : primaryKey))
        }
        return JSONStoreLayout(tables: tables)
    }

    /// The layout of schema `version` (1 up to `Schema.version`), as its migrations build it.
    static func read(schemaVersion version: Int) throws -> JSONStoreLayout {
        let queue = try DatabaseQueue(configuration: Store.configuration(readOnly: false))
        try Schema.migrator.migrate(queue, upTo: Schema.migrator.migrations[version - 1])
        return try queue.read(read)
    }

    func table(_ name: String) -> Table? {
        tables.first { $0.name == name }
    }
}
