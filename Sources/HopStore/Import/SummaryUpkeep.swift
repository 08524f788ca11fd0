import GRDB
import HopModel

/// How an import's write keeps the summaries its rows feed exact, and the table's indexes, at a
/// cost that follows the people the file names rather than the store.
///
/// The rows are held (checked, not yet written) in batches of `rowsHeld`. Before a batch is
/// written, the contributions of the people it names for the first time are subtracted, one
/// statement per summary for the whole batch; after the last batch, everyone's named is added
/// back (as an edit keeps them, `Summary.maintaining`). So a file about a department's 20,000
/// people costs index look-ups on their records, whatever the size of the store, and a person's
/// rows may come in any order. When the file names more than half of the store's staff, or a
/// row that can change anyone's figures, the summaries are instead rebuilt once at the end by
/// set-based SQL over every record, which is then the cheaper way (rebuilding after some
/// people were subtracted is still exact: a rebuild reads only the records).
///
/// A file of more than `rowsHeld` rows is a large load: the indexes the import does not read
/// itself (`deferredIndexes`, none keyed by person) are dropped before its rows are written and
/// created once at the end, one sort instead of a million scattered inserts, and the page cache
/// is raised while the rows are written, so that the pages they fill stay in memory instead of
/// spilling into the write-ahead log mid-transaction and being read back. (It is set back before
/// the indexes and summaries are built: SQLite's sorts take as much memory as the cache, and
/// several run at once.) The caller restores the cache size if the import fails.
enum ImportLoad {
    /// About 5 MB of rows at most (a task local, so that tests can make a large load of a few rows).
    @TaskLocal static var rowsHeld = 50_000
}

/// Whose figures saving one imported row can change.
enum RowConcerns {
    /// One stored person's.
    case staff(RowID)
    /// One person's, by staff number: someone stored, or someone the row adds.
    case staffNumber(String)
    /// Perhaps anyone's.
    case anyone
}

/// The write pass's side of `ImportLoad`: the rows held, the people whose figures are out of the
/// summaries, the indexes dropped.
struct SummaryUpkeep<Row> {
    /// The page cache while a large load writes its rows, in KiB (2 MB otherwise).
    static var largeLoadCacheKiB: Int { 32_768 }

    /// The write's database; nil while checking (nothing is kept).
    let db: Database?
    let summaries: [Summary]
    let deferredIndexes: [String]
    let concerns: (Row) -> RowConcerns
    /// The store's staff before the import: more than half of them named means a rebuild.
    private let staffCount: Int
    private var held: [Row] = []
    /// People the held rows name whose contributions are still in the summaries.
    private var heldPeople = NamedPeople()
    /// People whose contributions are out of the summaries until `finish` adds them back.
    private var out = NamedPeople()
    /// False once the summaries are to be rebuilt whole at the end.
    private var perPerson = true
    /// The indexes dropped for a large load and their definitions, created again at the end.
    private var dropped: [(name: String, sql: String)] = []
    /// The cache size before a large load raised it; nil: no large load so far.
    private var cacheSize: Int?

    init(_ db: Database?, _ summaries: [Summary], deferring indexes: [String], concerns: @escaping (Row) -> RowConcerns) throws {
        self.db = db
        self.summaries = db == nil ? [] : summaries
        deferredIndexes = db == nil ? [] : indexes
        self.concerns = concerns
        staffCount = try db.flatMap { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM staff") } ?? 0
    }

    /// Takes a checked row: held, and written with `save` in its batch.
    mutating func add(_ row: Row, save: (Row) throws -> Void) throws {
        guard db != nil, !(summaries.isEmpty && deferredIndexes.isEmpty) else { return try save(row) }
        if perPerson {
            switch concerns(row) {
            case .staff(let id): if !out.ids.contains(id) { heldPeople.ids.insert(id) }
            case .staffNumber(let number): if !out.numbers.contains(number) { heldPeople.numbers.insert(number) }
            case .anyone: perPerson = false
            }
        }
        held.append(row)
        if held.count >= ImportLoad.rowsHeld {
            if cacheSize == nil { try beginLargeLoad() }
            try writeHeld(save)
        }
    }

    /// After the last row: the rest written (and `flush`ed: rows an importer holds to insert
    /// several to a statement), the dropped indexes created again, and the people named added
    /// back to the summaries, or every summary rebuilt.
    mutating func finish(save: (Row) throws -> Void, flush: () throws -> Void) throws {
        guard let db else { return }
        try writeHeld(save)
        try flush()
        if let cacheSize { try db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
        if !dropped.isEmpty {
            // Created again, with the planner's statistics (dropping an index drops its rows of
            // `sqlite_stat1`), sampled as a load's are (`BulkWriter.finish`).
            let limit = try Int.fetchOne(db, sql: "PRAGMA analysis_limit") ?? 0
            try db.execute(sql: "PRAGMA analysis_limit = 1000")
            for (name, sql) in dropped {
                try db.execute(sql: sql)
                try db.execute(sql: "ANALYZE \(name)")
            }
            try db.execute(sql: "PRAGMA analysis_limit = \(limit)")
            dropped = []
        }
        if perPerson {
            // The people the rows added have ids now, and contribute for the first time.
            try Summary.apply(summaries, sign: 1, forStaff: try out.storedIds(db), db)
        } else {
            try Summary.rebuild(db, summaries)
        }
    }

    /// Writes the held rows, first taking the people they name for the first time out of the
    /// summaries (or, past half the store's staff, giving per-person upkeep up for a rebuild).
    private mutating func writeHeld(_ save: (Row) throws -> Void) throws {
        if perPerson, let db, !heldPeople.isEmpty {
            if (out.count + heldPeople.count) * 2 > staffCount {
                perPerson = false
            } else {
                try Summary.apply(summaries, sign: -1, forStaff: try heldPeople.storedIds(db), db)
                out.formUnion(heldPeople)
            }
        }
        heldPeople = NamedPeople()
        let rows = held
        held = []
        for row in rows { try save(row) }
    }

    private mutating func beginLargeLoad() throws {
        guard let db else { return }
        cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size")
        try db.execute(sql: "PRAGMA cache_size = -\(Self.largeLoadCacheKiB)")
        dropped += try Store.dropIndexes(deferredIndexes, db)
    }
}

/// People an import names, by id or by staff number.
private struct NamedPeople {
    var ids: Set<RowID> = []
    var numbers: Set<String> = []

    var count: Int { ids.count + numbers.count }
    var isEmpty: Bool { ids.isEmpty && numbers.isEmpty }

    mutating func formUnion(_ other: NamedPeople) {
        ids.formUnion(other.ids)
        numbers.formUnion(other.numbers)
    }

    /// Their ids as `db` holds them now; a number no one stored has holds none.
    func storedIds(_ db: Database) throws -> [RowID] {
        var found = Array(ids)
        let statement = try db.cachedStatement(sql: "SELECT id FROM staff WHERE staff_number = ?")
        for number in numbers {
            if let id = try RowID.fetchOne(statement, arguments: [number]) { found.append(id) }
        }
        return found
    }
}
