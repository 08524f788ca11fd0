import GRDB
import HopModel

extension Store {
    /// Every assessment as CSV that `importAssessments` reads back (header first, then one
    /// line per assessment in id order), handed to `emit` a line at a time: streamed from a
    /// cursor in one read transaction, never held whole.
    public func exportAssessments(_ emit: (String) throws -> Void) throws {
        try read { db in
            try emit(CSVWriter.line(AssessmentCSV.columns.map(\.title)))
            let rows = try Row.fetchCursor(db, sql: """
                SELECT s.staff_number, p.code, k.name, a.level, a.date, a.source
                FROM assessment a
                JOIN staff s ON s.id = a.staff_id
                JOIN skill k ON k.id = a.skill_id
                JOIN profession p ON p.id = k.profession_id
                ORDER BY a.id
                """)
            while let row = try rows.next() {
                try emit(CSVWriter.line([row[0], row[1], row[2], String(row[3] as Int), row[4], row[5]]))
            }
        }
    }
}
