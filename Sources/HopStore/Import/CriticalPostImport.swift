import GRDB
import HopModel

/// `hopdash import critical-posts`: the register of business-critical posts.
///
/// One row per successor: profession, department, post title and grade (codes or names); the
/// holder's staff number (blank, or "vacant", for a vacant post); risk of loss (high, medium,
/// low); whether the Head of Profession must be involved in recruitment (yes or no); the
/// successor's staff number, readiness (ready now, 1-2 years, 3+ years) and development action.
/// A post with no successor has one row with the successor's cells blank. A post is known by
/// profession, department and title; every row of a post must agree on the post's cells, and
/// its rows together are its successors, which replace the stored ones. Posts the file does not
/// name are left as they are.
public enum CriticalPostCSV {
    public static let columns = [
        CSVColumn("Profession", aliases: ["profession code"]),
        CSVColumn("Department", aliases: ["department code", "dept"]),
        CSVColumn("Post", aliases: ["post title", "critical post", "job title"], limit: .criticalPostTitle),
        CSVColumn("Grade", aliases: ["grade code", "band"]),
        CSVColumn("Holder", aliases: ["current holder", "post holder", "holder staff number"]),
        CSVColumn("Risk of loss", aliases: ["risk", "loss risk"]),
        CSVColumn("Head of Profession involved", aliases: ["hop involved", "head involved", "hop in recruitment"]),
        CSVColumn("Successor", aliases: ["successor staff number"]),
        CSVColumn("Readiness", aliases: ["successor readiness"]),
        CSVColumn("Development action", aliases: ["action", "development"], isRequired: false, limit: .developmentAction),
    ]
    enum Column: Int { case profession, department, post, grade, holder, risk, head, successor, readiness, action }

    static func risk(_ text: String) -> LossRisk? {
        LossRisk.allCases.first { CSVColumn.normalised($0.rawValue) == CSVColumn.normalised(text) }
    }

    static func readiness(_ text: String) -> Readiness? {
        let name = CSVColumn.normalised(text)
        return Readiness.allCases.first { [$0.rawValue, $0.label].map(CSVColumn.normalised).contains(name) }
            ?? (["3yearsormore", "3years"].contains(name) ? .threeYearsOrMore : nil)
    }

    static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "y", "true", "1": true
        case "no", "n", "false", "0": false
        default: nil
        }
    }
}

/// The row-by-row work of a critical-posts import: rows are checked and gathered by post,
/// then each post is written as a whole at the end (`finish`).
struct CriticalPostImporter: RowImporter {
    static let columns = CriticalPostCSV.columns
    static let table = RecordKind.criticalPost.table
    /// No summary counts critical posts.
    static let summaries: [Summary] = []

    let w: WriteContext
    let grades: NamedLookup
    let departments: NamedLookup
    let professions: NamedLookup
    private var staff = StaffLookup()

    struct Key: Hashable {
        var professionId: RowID
        var departmentId: RowID
        var title: String
    }

    /// What a post's rows must agree on, the line that first said it, and its successors so far.
    private struct Seen {
        var line: Int
        var post: CriticalPost
    }
    private var seen: [Key: Seen] = [:]
    private var order: [Key] = []

    typealias Row = Key

    init(_ w: WriteContext) throws {
        self.w = w
        let lookup = { (sql: String) in NamedLookup(try GRDB.Row.fetchAll(w.db, sql: sql).map { ($0[0], $0[1], $0[2]) }) }
        grades = try lookup("SELECT id, code, name FROM grade ORDER BY rank")
        departments = try lookup("SELECT id, code, name FROM department ORDER BY code")
        professions = try lookup("SELECT id, code, name FROM profession ORDER BY code")
    }

    mutating func parse(_ record: CSVRecord, _ header: CSVHeader, _ problems: inout ImportProblems) throws -> Row? {
        let before = problems.total
        func field(_ column: CriticalPostCSV.Column) -> (text: String, column: Int)? {
            header.field(column.rawValue, of: record)
        }
        func problem(_ at: (text: String, column: Int)?, _ message: String) {
            problems.add(line: record.line, column: at?.column ?? 0, message)
        }
        func named(_ column: CriticalPostCSV.Column, _ lookup: NamedLookup, _ noun: String) -> RowID? {
            let cell = field(column)!
            let id = lookup.find(cell.text)
            if id == nil {
                problem(cell, (cell.text.isEmpty ? "no \(noun)" : "unknown \(noun) \(ImportValues.quoted(cell.text, identifier: true))")
                        + "; expected a \(noun) code or name: \(lookup.expected())")
            }
            return id
        }
        func person(_ column: CriticalPostCSV.Column) throws -> RowID? {
            let cell = field(column)!
            guard let found = try staff.find(cell.text, w.db) else {
                problem(cell, "unknown staff number \(ImportValues.quoted(cell.text, identifier: true)); "
                        + "expected someone already in the store (import staff first)")
                return nil
            }
            return found.id
        }
        let professionId = named(.profession, professions, "profession")
        let departmentId = named(.department, departments, "department")
        let gradeId = named(.grade, grades, "grade")
        let title = field(.post)!
        if title.text.isEmpty { problem(title, "no post title; expected the title of the critical post") }
        let holderCell = field(.holder)!
        let isVacant = holderCell.text.isEmpty || holderCell.text.lowercased() == "vacant"
        let holder = isVacant ? nil : try person(.holder)
        let riskCell = field(.risk)!
        let risk = CriticalPostCSV.risk(riskCell.text)
        if risk == nil {
            problem(riskCell, "risk of loss \(ImportValues.quoted(riskCell.text, identifier: true, otherwise: "in this cell")) "
                    + "is not one of high, medium, low")
        }
        let headCell = field(.head)!
        let head = CriticalPostCSV.yesNo(headCell.text)
        if head == nil { problem(headCell, "expected yes or no (must the Head of Profession be involved in recruitment?)") }
        let successorCell = field(.successor)!, readinessCell = field(.readiness)!
        let action = field(.action)?.text ?? ""
        var successor: Successor?
        if successorCell.text.isEmpty {
            if !readinessCell.text.isEmpty || !action.isEmpty {
                problem(successorCell, "a readiness or development action but no successor; expected the successor's staff number")
            }
        } else {
            let id = try person(.successor)
            let readiness = CriticalPostCSV.readiness(readinessCell.text)
            if readiness == nil {
                problem(readinessCell, (readinessCell.text.isEmpty ? "no readiness" : "readiness \(ImportValues.quoted(readinessCell.text))")
                        + "; expected ready now, 1-2 years or 3+ years")
            }
            if let id, id == holder {
                problem(successorCell, "the successor is the post's holder; expected someone else")
            }
            if let id, let readiness { successor = Successor(staffId: id, readiness: readiness, action: action) }
        }
        guard problems.total == before, let professionId, let departmentId, let gradeId, let risk, let head else { return nil }
        let key = Key(professionId: professionId, departmentId: departmentId, title: title.text)
        let post = CriticalPost(professionId: professionId, departmentId: departmentId, gradeId: gradeId, title: title.text,
                                holderId: holder, risk: risk, headInvolved: head)
        if var earlier = seen[key] {
            var bare = earlier.post
            bare.successors = []
            if bare != post {
                problem(nil, "this post's grade, holder, risk or Head of Profession cell differs from line \(earlier.line); "
                        + "expected every row of a post to agree")
                return nil
            }
            if let successor {
                if earlier.post.successors.contains(where: { $0.staffId == successor.staffId }) {
                    problem(successorCell, "this successor is already named for the post; expected each successor once")
                    return nil
                }
                earlier.post.successors.append(successor)
            }
            seen[key] = earlier
        } else {
            var first = post
            first.successors = successor.map { [$0] } ?? []
            seen[key] = Seen(line: record.line, post: first)
            order.append(key)
        }
        return key
    }

    /// Rows are gathered by `parse`; the posts are written once every row is known.
    mutating func save(_ row: Row, _ outcome: inout ImportOutcome) throws {}

    mutating func finish(_ outcome: inout ImportOutcome) throws {
        for key in order {
            var post = seen[key]!.post
            if let stored = try CriticalPostRows.fetch(w.db, where: "profession_id = ? AND department_id = ? AND title = ?",
                                                       arguments: [key.professionId, key.departmentId, key.title]).first {
                post.id = stored.id
                post.version = stored.version
                if post == stored { outcome.unchanged += 1; continue }
                outcome.updated += 1
                // The check pass counts what the write pass will do, and writes nothing.
                guard !w.checkOnly else { continue }
                try w.saveCriticalPost(post)
            } else {
                outcome.inserted += 1
                guard !w.checkOnly else { continue }
                post.id = try post.insert(w.db)
                try CriticalPostRows.insertSuccessors(w.db, post)
            }
        }
    }
}
