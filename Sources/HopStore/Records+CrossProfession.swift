import GRDB
import HopModel

// Row mappings of the v3 records (see `MappedRecord`).

extension Movement: VersionedRecord {
    static let kind = RecordKind.movement
    static let keyColumns = ["id"]
    static let valueColumns = ["staff_id", "kind", "from_post", "to_post", "from_profession_id", "to_profession_id",
                               "from_department_id", "to_department_id", "organisation", "sector", "start_date",
                               "end_date", "note"]

    init(row: Row) throws {
        let sector: String? = row["sector"]
        guard sector == nil || Sector(rawValue: sector!) != nil else {
            throw StoreError.invalid(field: "sector", reason: "unknown stored value")
        }
        self.init(id: row["id"], staffId: row["staff_id"], type: try row.decoded("kind", as: MovementType.self),
                  fromPost: row["from_post"], toPost: row["to_post"], fromProfessionId: row["from_profession_id"],
                  toProfessionId: row["to_profession_id"], fromDepartmentId: row["from_department_id"],
                  toDepartmentId: row["to_department_id"], organisation: row["organisation"],
                  sector: sector.flatMap(Sector.init(rawValue:)), start: try row.day("start_date"),
                  end: try row.optionalDay("end_date"), note: row["note"], version: row["version"])
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] {
        [staffId.databaseValue, type.rawValue.databaseValue, fromPost.databaseValue, toPost.databaseValue,
         fromProfessionId.databaseValue, toProfessionId.databaseValue, fromDepartmentId.databaseValue,
         toDepartmentId.databaseValue, organisation.databaseValue, sector?.rawValue.databaseValue ?? .null,
         start.databaseValue, end?.databaseValue ?? .null, note.databaseValue]
    }
    mutating func didInsert(rowID: RowID) { id = rowID }
    var stored: StoredRecord { .movement(self) }
}

extension DepartmentalLead: VersionedRecord {
    static let kind = RecordKind.departmentalLead
    static let keyColumns = ["id"]
    static let valueColumns = ["profession_id", "department_id", "name", "email", "phone"]

    init(row: Row) throws {
        self.init(id: row["id"], professionId: row["profession_id"], departmentId: row["department_id"],
                  name: row["name"], email: row["email"], phone: row["phone"], version: row["version"])
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] {
        [professionId.databaseValue, departmentId.databaseValue, name.databaseValue, email.databaseValue,
         phone.databaseValue]
    }
    mutating func didInsert(rowID: RowID) { id = rowID }
    var stored: StoredRecord { .departmentalLead(self) }
}
