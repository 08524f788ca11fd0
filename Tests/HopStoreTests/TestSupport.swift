import Foundation
import GRDB
import HopModel
@testable import HopStore

/// 2025-06-15T10:00:00Z: every test store's clock, so change-log stamps are predictable.
let fixedDate = Date(timeIntervalSince1970: 1_749_981_600)
let fixedClock: Store.Clock = { fixedDate }
let today = Day(year: 2025, month: 6, day: 15)!
let user = "tester"

func day(_ iso: String) -> Day { Day(iso: iso)! }

func inMemoryStore() throws -> Store {
    try Store.inMemory(clock: fixedClock)
}

/// A fresh directory under the system's temporary directory, removed when the test ends.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "hopstore-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }
}

/// Permission bits of a file or directory (e.g. 0o600).
func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as! NSNumber).intValue & 0o777
}

/// Runs raw SQL on a store, under the API (for tampering and inspection).
func rawWrite(_ store: Store, _ sql: String, _ arguments: StatementArguments = []) throws {
    try store.writer.write { try $0.execute(sql: sql, arguments: arguments) }
}

func rawInt(_ store: Store, _ sql: String, _ arguments: StatementArguments = []) throws -> Int {
    try store.writer.read { try Int.fetchOne($0, sql: sql, arguments: arguments) ?? 0 }
}

/// The grade ladder and one department: what every store starts with.
struct Basics {
    var department: Department
    var grades: [String: Grade]

    func grade(_ code: String) -> RowID { grades[code]!.id }

    static func write(into store: Store) throws -> Basics {
        let department = try store.saveDepartment(Department(code: "DFA", name: "Department for Fictional Affairs"), by: user)
        var grades: [String: Grade] = [:]
        for (rank, grade) in Grade.defaultLadder.enumerated() {
            grades[grade.code] = try store.saveGrade(Grade(code: grade.code, name: grade.name, rank: rank + 1), by: user)
        }
        return Basics(department: department, grades: grades)
    }
}

extension Store {
    /// A staff member with the given memberships (the first is primary).
    func addStaff(_ number: String, grade: RowID, department: RowID, professions: [RowID] = []) throws -> StaffMember {
        var staff = try saveStaff(StaffMember(staffNumber: number, name: "Person " + number, gradeId: grade,
                                              departmentId: department), by: user)
        if !professions.isEmpty {
            staff = try setStaffProfessions(staffId: staff.id, expectedVersion: staff.version,
                                            professions.enumerated().map { ($1, $0 == 0) }, by: user)
        }
        return staff
    }

    func assess(_ staff: StaffMember, _ skill: Skill, level: Int, on date: String) throws -> SkillAssessment {
        try addAssessment(SkillAssessment(staffId: staff.id, skillId: skill.id, level: level, date: day(date),
                                          source: .lineManager), by: user)
    }

    func logCPD(_ staff: StaffMember, _ type: CPDActivityType, minutes: Int, on date: String) throws -> CPDActivity {
        try addCPDActivity(CPDActivity(staffId: staff.id, date: day(date), minutes: minutes, type: type,
                                       title: type.label), by: user)
    }
}

/// Every row of every record table, as text in a fixed order: equal stores, equal fingerprints.
func fingerprint(_ store: Store) throws -> String {
    try store.writer.read { db in
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var rows = 0
        for table in RecordKind.allCases.map(\.table) + ["successor"] + Summary.allCases.map(\.table) {
            // The first three columns order every table (fewer where it has fewer).
            let order = (1...min(3, try db.columns(in: table).count)).map(String.init).joined(separator: ", ")
            for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(order)") {
                rows += 1
                for byte in row.description.utf8 {
                    hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
                }
            }
        }
        return "\(rows) rows, hash \(String(hash, radix: 16))"
    }
}

/// A store file at `path` (0600) written with only the first layout ("v1"), holding what `sql`
/// inserts: how a store made by an older build looks.
func writeVersion1Store(at path: String, _ sql: String) throws {
    try StoreFiles.createPrivately(path)
    let queue = try DatabaseQueue(path: path)
    try Schema.migrator.migrate(queue, upTo: "v1")
    try queue.write { try $0.execute(sql: sql) }
    try queue.close()
}
