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
            found = (row[0], row[1])
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
/// row takes a stored record with the same key, the identical one if there is one, so that two
/// identical stored records match two rows (an export read back changes nothing). Rows for one
/// person are matched together while they are consecutive, as exports and HR extracts list them.
struct PersonRecords<Key: Hashable, Value> {
    private var staffId: RowID?
    private var stored: [Key: [(id: RowID, value: Value)]] = [:]

    enum Match: Equatable {
        case unchanged
        case changed(RowID)
        case new
    }

    /// Reads the person's records with `fetch` unless they are the person already loaded.
    mutating func load(_ staffId: RowID, _ fetch: () throws -> [(key: Key, id: RowID, value: Value)]) rethrows {
        guard self.staffId != staffId else { return }
        stored.removeAll(keepingCapacity: true)
        for record in try fetch() { stored[record.key, default: []].append((record.id, record.value)) }
        self.staffId = staffId
    }

    /// The stored record this row stands for (`isSame` says whether a stored one already holds
    /// the row's values), taken so that no later row matches it again.
    mutating func match(_ key: Key, isSame: (Value) -> Bool) -> Match {
        guard var candidates = stored[key], !candidates.isEmpty else { return .new }
        defer { stored[key] = candidates }
        if let same = candidates.firstIndex(where: { isSame($0.value) }) {
            candidates.remove(at: same)
            return .unchanged
        }
        return .changed(candidates.removeFirst().id)
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
    ])
}
