import GRDB
import HopModel

// How each record maps to its table row (see `MappedRecord`). Column names are the schema's.

extension Department: VersionedRecord {
    static let kind = RecordKind.department
    static let keyColumns = ["id"]
    static let valueColumns = ["code", "name", "is_devolved"]

    init(row: Row) throws {
        self.init(id: row["id"], code: row["code"], name: row["name"], isDevolved: row["is_devolved"],
                  version: row["version"])
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] { [code.databaseValue, name.databaseValue, isDevolved.databaseValue] }
    mutating func didInsert(rowID: RowID) { id = rowID }
    var stored: StoredRecord { .department(self) }
}

extension Grade: VersionedRecord {
    static let kind = RecordKind.grade
    static let keyColumns = ["id"]
    static let valueColumns = ["code", "name", "rank"]

    init(row: Row) throws {
        self.init(id: row["id"], code: row["code"], name: row["name"], rank: row["rank"], version: row["version"])
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] { [code.databaseValue, name.databaseValue, rank.databaseValue] }
    mutating func didInsert(rowID: RowID) { id = rowID }
    var stored: StoredRecord { .grade(self) }
}

extension Profession: VersionedRecord {
    static let kind = RecordKind.profession
    static let keyColumns = ["id"]
    static let valueColumns = ["code", "name", "head_name", "head_email", "head_phone", "is_new", "scale_labels"]

    init(row: Row) throws {
        self.init(id: row["id"], code: row["code"], name: row["name"], headName: row["head_name"],
                  headEmail: row["head_email"], headPhone: row["head_phone"], isNew: row["is_new"],
                  scaleLabels: try row.stringList("scale_labels"), version: row["version"])
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] {
        [code.databaseValue, name.databaseValue, headName.databaseValue, headEmail.databaseValue,
         headPhone.databaseValue, isNew.databaseValue, JSONList.encode(scaleLabels).databaseValue]
    }
    mutating func didInsert(rowID: RowID) { id = rowID }
    var stored: StoredRecord { .profession(self) }
}

extension Skill: VersionedRecord {
    static let kind = RecordKind.skill
    static let keyColumns = ["id"]
    static let valueColumns = ["profession_id", "name"]

    init(row: Row) throws {
        self.init(id: row["id"], professionId: row["profession_id"], name: row["name"], version: row["version"])
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] { [professionId.databaseValue, name.databaseValue] }
    mutating func didInsert(rowID: RowID) { id = rowID }
    var stored: StoredRecord { .skill(self) }
}

extension SkillRequirement: MappedRecord {
    static let kind = RecordKind.skillRequirement
    static let keyColumns = ["skill_id", "grade_id"]
    static let valueColumns = ["level"]

    init(row: Row) throws {
        self.init(skillId: row["skill_id"], gradeId: row["grade_id"], level: row["level"])
    }

    var keyValues: [DatabaseValue] { [skillId.databaseValue, gradeId.databaseValue] }
    var values: [DatabaseValue] { [level.databaseValue] }
}

extension StaffMember: VersionedRecord {
    static let kind = RecordKind.staff
    static let keyColumns = ["id"]
    static let valueColumns = ["staff_number", "name", "grade_id", "department_id", "post"]

    init(row: Row) throws {
        self.init(id: row["id"], staffNumber: row["staff_number"], name: row["name"], gradeId: row["grade_id"],
                  departmentId: row["department_id"], post: row["post"], version: row["version"])
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] {
        [staffNumber.databaseValue, name.databaseValue, gradeId.databaseValue, departmentId.databaseValue,
         post.databaseValue]
    }
    mutating func didInsert(rowID: RowID) { id = rowID }
    var stored: StoredRecord { .staff(self) }
}

extension StaffProfession: MappedRecord {
    static let kind = RecordKind.staffProfession
    static let keyColumns = ["staff_id", "profession_id"]
    static let valueColumns = ["is_primary"]

    init(row: Row) throws {
        self.init(staffId: row["staff_id"], professionId: row["profession_id"], isPrimary: row["is_primary"])
    }

    var keyValues: [DatabaseValue] { [staffId.databaseValue, professionId.databaseValue] }
    var values: [DatabaseValue] { [isPrimary.databaseValue] }
}

extension SkillAssessment: VersionedRecord {
    static let kind = RecordKind.assessment
    static let keyColumns = ["id"]
    static let valueColumns = ["staff_id", "skill_id", "level", "date", "source"]

    init(row: Row) throws {
        self.init(id: row["id"], staffId: row["staff_id"], skillId: row["skill_id"], level: row["level"],
                  date: try row.day("date"), source: try row.decoded("source", as: AssessmentSource.self),
                  version: row["version"])
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] {
        [staffId.databaseValue, skillId.databaseValue, level.databaseValue, date.databaseValue,
         source.rawValue.databaseValue]
    }
    mutating func didInsert(rowID: RowID) { id = rowID }
    var stored: StoredRecord { .assessment(self) }
}

extension CPDRequirement: VersionedRecord {
    static let kind = RecordKind.cpdRequirement
    static let keyColumns = ["profession_id"]
    static let valueColumns = ["hours_per_cycle", "cycle_start_month", "counted_types"]

    init(row: Row) throws {
        var types = Set<CPDActivityType>()
        for raw in try row.stringList("counted_types") {
            guard let type = CPDActivityType(rawValue: raw) else {
                throw StoredValueError(column: "counted_types", reason: "unknown stored activity type")
            }
            types.insert(type)
        }
        self.init(professionId: row["profession_id"], hoursPerCycle: row["hours_per_cycle"],
                  cycleStartMonth: row["cycle_start_month"], countedTypes: types, version: row["version"])
    }

    var keyValues: [DatabaseValue] { [professionId.databaseValue] }
    var values: [DatabaseValue] {
        [hoursPerCycle.databaseValue, cycleStartMonth.databaseValue, JSONList.encode(countedTypeCodes).databaseValue]
    }
    /// The counted types in a fixed order, so that equal sets are stored as equal text.
    var countedTypeCodes: [String] { countedTypes.map(\.rawValue).sorted() }
    var stored: StoredRecord { .cpdRequirement(self) }
}

extension QualificationRequirement: MappedRecord {
    static let kind = RecordKind.qualificationRequirement
    static let keyColumns = ["profession_id", "grade_id", "qualification"]
    static let valueColumns: [String] = []

    init(row: Row) throws {
        self.init(professionId: row["profession_id"], gradeId: row["grade_id"], qualification: row["qualification"])
    }

    var keyValues: [DatabaseValue] {
        [professionId.databaseValue, gradeId.databaseValue, qualification.databaseValue]
    }
    var values: [DatabaseValue] { [] }
}

extension CPDActivity: VersionedRecord {
    static let kind = RecordKind.cpdActivity
    static let keyColumns = ["id"]
    static let valueColumns = ["staff_id", "date", "minutes", "type", "title", "note"]

    init(row: Row) throws {
        self.init(id: row["id"], staffId: row["staff_id"], date: try row.day("date"), minutes: row["minutes"],
                  type: try row.decoded("type", as: CPDActivityType.self), title: row["title"], note: row["note"],
                  version: row["version"])
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] {
        [staffId.databaseValue, date.databaseValue, minutes.databaseValue, type.rawValue.databaseValue,
         title.databaseValue, note.databaseValue]
    }
    mutating func didInsert(rowID: RowID) { id = rowID }
    var stored: StoredRecord { .cpdActivity(self) }
}

extension QualificationHeld: VersionedRecord {
    static let kind = RecordKind.qualificationHeld
    static let keyColumns = ["id"]
    static let valueColumns = ["staff_id", "qualification", "date"]

    init(row: Row) throws {
        self.init(id: row["id"], staffId: row["staff_id"], qualification: row["qualification"],
                  date: try row.day("date"), version: row["version"])
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] { [staffId.databaseValue, qualification.databaseValue, date.databaseValue] }
    mutating func didInsert(rowID: RowID) { id = rowID }
    var stored: StoredRecord { .qualificationHeld(self) }
}

extension ChecklistEntry: VersionedRecord {
    static let kind = RecordKind.checklistEntry
    static let keyColumns = ["profession_id", "item_id"]
    static let valueColumns = ["status", "owner", "due", "evidence", "updated"]

    init(row: Row) throws {
        self.init(professionId: row["profession_id"], itemId: row["item_id"],
                  status: try row.decoded("status", as: ChecklistStatus.self), owner: row["owner"],
                  due: try row.optionalDay("due"), evidence: row["evidence"], updated: try row.optionalDay("updated"),
                  version: row["version"])
    }

    var keyValues: [DatabaseValue] { [professionId.databaseValue, itemId.databaseValue] }
    var values: [DatabaseValue] {
        [status.rawValue.databaseValue, owner.databaseValue, due?.databaseValue ?? .null, evidence.databaseValue,
         updated?.databaseValue ?? .null]
    }
    var stored: StoredRecord { .checklistEntry(self) }
}

extension MaturityAssessment: MappedRecord {
    static let kind = RecordKind.maturityAssessment
    static let keyColumns = ["id"]
    static let valueColumns = ["profession_id", "area", "level", "date", "assessor", "rationale"]

    init(row: Row) throws {
        self.init(id: row["id"], professionId: row["profession_id"], area: row["area"], level: row["level"],
                  date: try row.day("date"), assessor: row["assessor"], rationale: row["rationale"])
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] {
        [professionId.databaseValue, area.databaseValue, level.databaseValue, date.databaseValue,
         assessor.databaseValue, rationale.databaseValue]
    }
    mutating func didInsert(rowID: RowID) { id = rowID }
}

extension ChangeLogEntry {
    static let selection = "id, at, user, table_name, record_id, action, profession_id, before, after"

    init(row: Row) {
        self.init(id: row["id"], at: row["at"], user: row["user"], table: row["table_name"],
                  recordId: row["record_id"], action: row["action"], professionId: row["profession_id"],
                  before: row["before"], after: row["after"])
    }
}
