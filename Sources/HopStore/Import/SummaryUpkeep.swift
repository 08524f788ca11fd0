import GRDB
import HopModel

/// How an import's write keeps the summaries its rows feed exact, and the table's indexes, at a
/// cost that follows the file rather than the store.
///
/// The rows are held (checked, not yet written: `SummaryUpkeep`) until `rowsHeld` have come. A
/// file that ends first is small: the contributions of the people it names are subtracted in one statement per
/// summary, its rows are written, and the contributions are added back (as an edit keeps them,
/// `Summary.maintaining`), so a 100-row file costs index look-ups on those people's records
/// whatever the size of the store. A file with more rows than that, one that names most of the
/// store's staff, or rows that can change anyone's figures (a staff import: grades and
/// memberships) has the summaries rebuilt once at the end by set-based SQL over every record,
/// which is then the cheaper way; and a file of more than `rowsHeld` rows is a large load: the
/// indexes the import does not read itself (`deferredIndexes`) are dropped before its rows are
/// written and created once at the end, one sort instead of a million scattered inserts, and the
/// page cache is raised while the rows are written, so that the pages they fill stay in memory
/// instead of spilling into the write-ahead log mid-transaction and being read back. (It is set
/// back before the indexes and summaries are built: SQLite's sorts take as much memory as the
/// cache, and several run at once.) The caller restores the cache size if the import fails.
enum ImportLoad {
    /// About 5 MB of rows at most; a file of up to this many rows is kept per person (a task
    /// local, so that tests can make a large load of a few rows).
    @TaskLocal static var rowsHeld = 50_000
}

/// The write pass's side of `ImportLoad`: the rows held, the people they name, the indexes
/// dropped.
struct SummaryUpkeep<Row> {
    /// The page cache while a large load writes its rows, in KiB (2 MB otherwise).
    static var largeLoadCacheKiB: Int { 32_768 }

    /// The write's database; nil while checking (nothing is kept).
    let db: Database?
    let summaries: [Summary]
    let deferredIndexes: [String]
    /// The staff member whose records a row changes; nil when a row may change any summary.
    let staffId: (Row) -> RowID?
    private var held: [Row] = []
    private var people: [RowID] = []
    private var seen: Set<RowID> = []
    /// Rows are held, not yet written: no large load so far.
    private var holding: Bool
    /// Every row held names the one staff member whose records it changes.
    private var perPerson = true
    /// The indexes dropped for a large load and their definitions, created again at the end.
    private var dropped: [(name: String, sql: String)] = []
    /// The cache size before a large load raised it.
    private var cacheSize: Int?

    init(_ db: Database?, _ summaries: [Summary], deferring indexes: [String], staffId: @escaping (Row) -> RowID?) {
        self.db = db
        self.summaries = db == nil ? [] : summaries
        deferredIndexes = db == nil ? [] : indexes
        self.staffId = staffId
        holding = !(self.summaries.isEmpty && deferredIndexes.isEmpty)
    }

    /// Takes a checked row: held, or written with `save` once the load is known to be large.
    mutating func add(_ row: Row, save: (Row) throws -> Void) throws {
        guard holding else { return try save(row) }
        if let id = staffId(row) {
            if seen.insert(id).inserted { people.append(id) }
        } else {
            perPerson = false
        }
        held.append(row)
        if held.count >= ImportLoad.rowsHeld {
            holding = false
            try beginLargeLoad()
            try saveHeld(save)
        }
    }

    /// After the last row: the held rows written between subtracting and adding back their
    /// people's contributions, or the dropped indexes created and every summary rebuilt.
    mutating func finish(save: (Row) throws -> Void) throws {
        guard let db else { return }
        if holding, perPerson, try people.count * 2 <= Int.fetchOne(db, sql: "SELECT COUNT(*) FROM staff") ?? 0 {
            let rows = held
            held = []
            try Summary.maintaining(summaries, forStaff: people, db) {
                for row in rows { try save(row) }
            }
            return
        }
        try saveHeld(save)
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
        try Summary.rebuild(db, summaries)
    }

    private mutating func saveHeld(_ save: (Row) throws -> Void) throws {
        let rows = held
        held = []
        people = []
        seen = []
        for row in rows { try save(row) }
    }

    private mutating func beginLargeLoad() throws {
        guard let db else { return }
        cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size")
        try db.execute(sql: "PRAGMA cache_size = -\(Self.largeLoadCacheKiB)")
        dropped += try Store.dropIndexes(deferredIndexes, db)
    }
}
