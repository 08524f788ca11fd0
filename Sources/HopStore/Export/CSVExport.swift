import GRDB
import HopModel

extension CSVTable {
    /// The header an export writes: columns the import reads, so that export then import
    /// round-trips (CPD time in minutes, which are exact, rather than hours).
    public var exportedColumns: [String] {
        switch self {
        case .staff: StaffCSV.columns.map(\.title)
        case .assessments: AssessmentCSV.columns.map(\.title)
        case .cpd: CPDCSV.exportedColumns.map { CPDCSV.columns[$0.rawValue].title }
        case .qualifications: QualificationCSV.columns.map(\.title)
        case .criticalPosts: CriticalPostCSV.columns.map(\.title)
        case .learningOffers: LearningOfferCSV.columns.map(\.title)
        }
    }

    /// The table whose rows an export walks (its lines are these rows, or for critical posts and
    /// learning offers one a successor or skill), counted for the share done.
    var storeTable: String {
        switch self {
        case .staff: "staff"
        case .assessments: "assessment"
        case .cpd: "cpd_activity"
        case .qualifications: "qualification_held"
        case .criticalPosts: "critical_post"
        case .learningOffers: "learning_offer"
        }
    }

    /// One row per record, a text column per exported column, people's records grouped by
    /// person (as an import matches them) and in the order they were added.
    var exportSQL: String {
        switch self {
        case .staff:
            """
            SELECT s.staff_number, s.name, g.code, d.code, s.post,
                   (SELECT p.code FROM staff_profession sp JOIN profession p ON p.id = sp.profession_id
                    WHERE sp.staff_id = s.id AND sp.is_primary),
                   (SELECT group_concat(code, '\(StaffCSV.separator) ') FROM (
                        SELECT p.code FROM staff_profession sp JOIN profession p ON p.id = sp.profession_id
                        WHERE sp.staff_id = s.id AND NOT sp.is_primary ORDER BY p.code)),
                   s.joined_profession,
                   CASE WHEN s.fte_hundredths IS NULL THEN NULL WHEN s.fte_hundredths = 100 THEN '1'
                        ELSE rtrim(printf('0.%02d', s.fte_hundredths), '0') END
            FROM staff s
            JOIN grade g ON g.id = s.grade_id
            JOIN department d ON d.id = s.department_id
            ORDER BY s.id
            """
        case .assessments:
            """
            SELECT s.staff_number, p.code, k.name, CAST(a.level AS TEXT), a.date, a.source
            FROM assessment a
            JOIN staff s ON s.id = a.staff_id
            JOIN skill k ON k.id = a.skill_id
            JOIN profession p ON p.id = k.profession_id
            ORDER BY a.id
            """
        case .cpd:
            """
            SELECT s.staff_number, c.date, CAST(c.minutes AS TEXT),
                   CASE c.type \(CPDActivityType.allCases.map { "WHEN '\($0.rawValue)' THEN '\($0.label)'" }
                                   .joined(separator: " ")) END,
                   c.title, c.note
            FROM cpd_activity c
            JOIN staff s ON s.id = c.staff_id
            ORDER BY c.staff_id, c.id
            """
        case .qualifications:
            """
            SELECT s.staff_number, q.qualification, q.date, q.expires
            FROM qualification_held q
            JOIN staff s ON s.id = q.staff_id
            ORDER BY q.staff_id, q.id
            """
        case .criticalPosts:
            // One line per successor; a post without one gets a line with the successor's cells blank.
            """
            SELECT p.code, d.code, c.title, g.code, COALESCE(h.staff_number, ''),
                   CASE c.risk \(LossRisk.allCases.map { "WHEN '\($0.rawValue)' THEN '\($0.label)'" }.joined(separator: " ")) END,
                   CASE c.head_involved WHEN 1 THEN 'yes' ELSE 'no' END,
                   COALESCE(s.staff_number, ''),
                   CASE o.readiness \(Readiness.allCases.map { "WHEN '\($0.rawValue)' THEN '\($0.label)'" }.joined(separator: " "))
                       ELSE '' END,
                   COALESCE(o.action, '')
            FROM critical_post c
            JOIN profession p ON p.id = c.profession_id
            JOIN department d ON d.id = c.department_id
            JOIN grade g ON g.id = c.grade_id
            LEFT JOIN staff h ON h.id = c.holder_id
            LEFT JOIN successor o ON o.post_id = c.id
            LEFT JOIN staff s ON s.id = o.staff_id
            ORDER BY c.id, o.position
            """
        case .learningOffers:
            // One line per skill; an offer without one gets a line with the skill's cells blank.
            // Hours as "H:MM" and cost as "pounds.pence", which read back exactly.
            """
            SELECT COALESCE(p.code, 'shared'), o.title, o.provider,
                   CASE o.kind \(CPDActivityType.allCases.map { "WHEN '\($0.rawValue)' THEN '\($0.label)'" }.joined(separator: " ")) END,
                   printf('%d:%02d', o.minutes / 60, o.minutes % 60),
                   printf('%d.%02d', o.cost_pence / 100, o.cost_pence % 100),
                   CAST(o.places AS TEXT),
                   COALESCE(k.name, ''), COALESCE(CAST(s.level AS TEXT), ''),
                   CASE WHEN o.profession_id IS NULL THEN COALESCE(kp.code, '') ELSE '' END
            FROM learning_offer o
            LEFT JOIN profession p ON p.id = o.profession_id
            LEFT JOIN offer_skill s ON s.offer_id = o.id
            LEFT JOIN skill k ON k.id = s.skill_id
            LEFT JOIN profession kp ON kp.id = k.profession_id
            ORDER BY o.id, s.skill_id
            """
        }
    }
}

extension Store {
    /// Every record of `table` as CSV that `importCSV` reads back (header first, then one line
    /// per record), handed to `emit` a line at a time: streamed from a cursor in one read
    /// transaction, never held whole.
    ///
    /// `progress`, when given, hears the records written so far and their share of the table's
    /// rows every few thousand records and once at the end. Returns the number of records.
    @discardableResult
    public func exportCSV(_ table: CSVTable, progress: ProgressReport? = nil, _ emit: (String) throws -> Void) throws -> Int {
        try exportCSV(table, blocksOf: 0, progress: progress) { try emit(String(decoding: $0, as: UTF8.self)) }
    }

    /// `exportCSV` handing on UTF-8 in blocks of at least `block` bytes, each ending at a line's end.
    @discardableResult
    public func exportCSV(_ table: CSVTable, blocksOf block: Int, progress: ProgressReport? = nil,
                          _ write: ([UInt8]) throws -> Void) throws -> Int {
        // `write`'s failures (a full disk) are passed on as they are, not as the store's.
        try readPassingOwnErrors { db in
            var counter = try progress.map {
                ProgressCounter(total: try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.storeTable)") ?? 0, report: $0)
            }
            var out = ExportBuffer(block: block)
            out.append(CSVWriter.line(table.exportedColumns))
            try out.endRow(write)
            let rows = try ExportRows(db, sql: table.exportSQL)
            let columns = rows.columnCount
            var written = 0
            while try rows.next() {
                for column in 0..<columns {
                    if column > 0 { out.append(",") }
                    if rows.kind(column) != .null { out.appending { CSVWriter.appendField(rows.text(column), to: &$0) } }
                }
                out.append("\r\n")
                written += 1
                try out.endRow(write)
                counter?.add()
            }
            try out.flush(write)
            counter?.end()
            return written
        }
    }

    /// `exportCSV(.assessments, emit)`.
    public func exportAssessments(_ emit: (String) throws -> Void) throws {
        try exportCSV(.assessments, emit)
    }
}
