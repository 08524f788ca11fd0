import GRDB
import HopModel

/// Staff members looked up by staff number for rows about them (assessments, CPD,
/// qualifications), remembering the last one: files list a person's rows together.
struct StaffLookup {
    typealias Found = (id: RowID, primary: RowID?)
    private var last: (number: String, found: Found?)?

    /// The staff member with this number and their primary profession.
    mutating func find(_ number: String, _ db: Database) throws -> Found? {
        if let last, last.number == number { return last.found }
        var found: Found?
        if !number.isEmpty, let row = try GRDB.Row.fetchOne(db.cachedStatement(sql: """
            SELECT s.id, sp.profession_id FROM staff s
            LEFT JOIN staff_profession sp ON sp.staff_id = s.id AND sp.is_primary
            WHERE s.staff_number = ?
            """), arguments: [number]) {
            found = (try row.value(at: 0), try row.value(at: 1))
        }
        last = (number, found)
        return found
    }

    /// The staff member a row's staff number names, or nil after reporting a blank or unknown one.
    mutating func require(_ field: (text: String, column: Int), line: Int, _ db: Database,
                          _ problems: inout ImportProblems) throws -> Found? {
        let found = try find(field.text, db)
        if field.text.isEmpty {
            problems.add(line: line, column: field.column, "no staff number; expected the staff number of someone in the store")
        } else if found == nil {
            problems.add(line: line, column: field.column,
                         "unknown staff number \(ImportValues.quoted(field.text, identifier: true)); expected someone already in the store (import staff first)")
        }
        return found
    }
}

/// Named records (grades, departments, professions) found by code or by name, ignoring case
/// and punctuation, as people type them in spreadsheets.
struct NamedLookup {
    private var byName: [String: RowID] = [:]
    /// Codes in the store's order, for messages.
    let codes: [String]

    init(_ entries: [(id: RowID, code: String, name: String)]) {
        codes = entries.map(\.code)
        // Names first, so that a code always wins over another record's name.
        for entry in entries { byName[CSVColumn.normalised(entry.name)] = entry.id }
        for entry in entries { byName[CSVColumn.normalised(entry.code)] = entry.id }
    }

    func find(_ text: String) -> RowID? {
        byName[CSVColumn.normalised(text)]
    }

    /// "AA, AO, ..." (all of them, or the first `limit` and how many more).
    func expected(limit: Int = 30) -> String {
        let shown = codes.prefix(limit).joined(separator: ", ")
        return codes.count > limit ? shown + " and \(codes.count - limit) more" : shown
    }
}

/// One person's stored records of one kind, matched against the file's rows about them: each
/// row takes a stored record with the same key, the identical one if there is one (else the
/// latest, by id), so that two identical stored records match two rows (an export read back
/// changes nothing) and a row beyond the stored ones with its key is added.
///
/// A record a row of this import has taken (left unchanged, updated or inserted) is never
/// matched again, even when the person's rows are not consecutive and their records are read
/// again inside the import's transaction: the order of a file's rows does not change what it
/// does. Records the import inserts are known by id (the import's write transaction holds the
/// store, so every id from its first insert on is its own); a stored record a row updated or
/// left unchanged costs one id in memory (`taken`), the one thing here that grows with the file.
struct PersonRecords<Key: Hashable, Value> {
    private var staffId: RowID?
    private var stored: [Key: [(id: RowID, value: Value)]] = [:]
    private var taken: Set<RowID> = []
    /// The id of this import's first insert: it and every later id are records it added.
    private var firstInserted: RowID?

    private func isTaken(_ id: RowID) -> Bool {
        taken.contains(id) || firstInserted.map { id >= $0 } == true
    }

    /// Reads the person's records with `fetch` (in id order, oldest first) unless they are the
    /// person already loaded, leaving out those earlier rows of this import took.
    mutating func load(_ staffId: RowID, _ fetch: () throws -> [(key: Key, id: RowID, value: Value)]) rethrows {
        guard self.staffId != staffId else { return }
        stored.removeAll(keepingCapacity: true)
        for record in try fetch() where !isTaken(record.id) {
            stored[record.key, default: []].append((record.id, record.value))
        }
        self.staffId = staffId
    }

    /// Saves one row: leaves the stored record it stands for as it is when `isSame` says that
    /// record already holds the row's values, else `update`s it; with no stored record left for
    /// the key, `insert`s the row (which returns the new record's id). Counts it in `outcome`.
    /// Unless `writing` (an import's check), only counts: the stored records still match as
    /// they would in the write, since a record the import inserts is never matched again.
    mutating func save(_ key: Key, isSame: (Value) -> Bool, _ outcome: inout ImportOutcome, writing: Bool = true,
                       update: (RowID) throws -> Void, insert: () throws -> RowID) rethrows {
        if var candidates = stored[key], !candidates.isEmpty {
            let index = candidates.firstIndex(where: { isSame($0.value) })
            let id = candidates.remove(at: index ?? candidates.count - 1).id
            stored[key] = candidates
            taken.insert(id)
            if index != nil {
                outcome.unchanged += 1
            } else {
                if writing { try update(id) }
                outcome.updated += 1
            }
        } else {
            // Checking, no id is used: none stored is at or above the largest.
            let id = writing ? try insert() : RowID.max
            if firstInserted == nil { firstInserted = id }
            outcome.inserted += 1
        }
    }
}

/// Change-log entries for records an import updates: the before and after of each, as an edit
/// from a form would leave, so that nothing an import overwrites is lost from the history.
enum ImportLog {
    /// Applies `change` to the stored record with this id, writes it (bumping its version) and
    /// logs it.
    static func update<R: VersionedRecord>(_ type: R.Type, id: RowID, _ w: WriteContext, professionId: RowID?,
                                           _ change: (inout R) -> Void) throws {
        guard let before = try R.fetch(w.db, key: [id]) else { return }
        var after = before
        change(&after)
        try after.update(w.db)
        after.version += 1
        try w.log(.update, before: before, after: after, professionId: professionId)
    }
}

/// Columns several imports share.
enum ImportColumns {
    static let staffNumber = CSVColumn("Staff number", aliases: [
        "staff no", "staff id", "employee number", "employee no", "employee id", "personnel number",
    ], limit: .staffNumber)
}
