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
        let sector: String? = try row.value("sector")
        guard sector == nil || Sector(rawValue: sector!) != nil else {
            throw StoreError.invalid(field: "sector", reason: "unknown stored value")
        }
        try self.init(id: row.value("id"), staffId: row.value("staff_id"),
                      type: row.decoded("kind", as: MovementType.self), fromPost: row.value("from_post"),
                      toPost: row.value("to_post"), fromProfessionId: row.value("from_profession_id"),
                      toProfessionId: row.value("to_profession_id"), fromDepartmentId: row.value("from_department_id"),
                      toDepartmentId: row.value("to_department_id"), organisation: row.value("organisation"),
                      sector: sector.flatMap(Sector.init(rawValue:)), start: row.day("start_date"),
                      end: row.optionalDay("end_date"), note: row.value("note"), version: row.value("version"))
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
        try self.init(id: row.value("id"), professionId: row.value("profession_id"),
                      departmentId: row.value("department_id"), name: row.value("name"), email: row.value("email"),
                      phone: row.value("phone"), version: row.value("version"))
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] {
        [professionId.databaseValue, departmentId.databaseValue, name.databaseValue, email.databaseValue,
         phone.databaseValue]
    }
    mutating func didInsert(rowID: RowID) { id = rowID }
    var stored: StoredRecord { .departmentalLead(self) }
}
