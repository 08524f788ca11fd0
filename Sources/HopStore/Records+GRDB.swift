import GRDB
import HopModel

// How each record maps to its table row (see `MappedRecord`). Column names are the schema's.

extension Department: VersionedRecord {
    static let kind = RecordKind.department
    static let keyColumns = ["id"]
    static let valueColumns = ["code", "name", "is_devolved"]

    init(row: Row) throws {
        try self.init(id: row.value("id"), code: row.value("code"), name: row.value("name"),
                      isDevolved: row.value("is_devolved"), version: row.value("version"))
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
        try self.init(id: row.value("id"), code: row.value("code"), name: row.value("name"), rank: row.value("rank"),
                      version: row.value("version"))
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
        try self.init(id: row.value("id"), code: row.value("code"), name: row.value("name"),
                      headName: row.value("head_name"), headEmail: row.value("head_email"),
                      headPhone: row.value("head_phone"), isNew: row.value("is_new"),
                      scaleLabels: row.stringList("scale_labels"), version: row.value("version"))
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
        try self.init(id: row.value("id"), professionId: row.value("profession_id"), name: row.value("name"),
                      version: row.value("version"))
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
        try self.init(skillId: row.value("skill_id"), gradeId: row.value("grade_id"), level: row.value("level"))
    }

    var keyValues: [DatabaseValue] { [skillId.databaseValue, gradeId.databaseValue] }
    var values: [DatabaseValue] { [level.databaseValue] }
}

extension StaffMember: VersionedRecord {
    static let kind = RecordKind.staff
    static let keyColumns = ["id"]
    static let valueColumns = ["staff_number", "name", "grade_id", "department_id", "post", "joined_profession",
                               "fte_hundredths"]

    init(row: Row) throws {
        let hundredths: Int? = try row.value("fte_hundredths")
        let fte = try hundredths.map(FullTimeEquivalent.stored)
        try self.init(id: row.value("id"), staffNumber: row.value("staff_number"), name: row.value("name"),
                      gradeId: row.value("grade_id"), departmentId: row.value("department_id"), post: row.value("post"),
                      joinedProfession: row.optionalDay("joined_profession"), fte: fte, version: row.value("version"))
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] {
        [staffNumber.databaseValue, name.databaseValue, gradeId.databaseValue, departmentId.databaseValue,
         post.databaseValue, joinedProfession?.databaseValue ?? .null, fte?.hundredths.databaseValue ?? .null]
    }
    mutating func didInsert(rowID: RowID) { id = rowID }
    var stored: StoredRecord { .staff(self) }
}

extension StaffProfession: MappedRecord {
    static let kind = RecordKind.staffProfession
    static let keyColumns = ["staff_id", "profession_id"]
    static let valueColumns = ["is_primary"]

    init(row: Row) throws {
        try self.init(staffId: row.value("staff_id"), professionId: row.value("profession_id"),
                      isPrimary: row.value("is_primary"))
    }

    var keyValues: [DatabaseValue] { [staffId.databaseValue, professionId.databaseValue] }
    var values: [DatabaseValue] { [isPrimary.databaseValue] }
}

extension SkillAssessment: VersionedRecord {
    static let kind = RecordKind.assessment
    static let keyColumns = ["id"]
    static let valueColumns = ["staff_id", "skill_id", "level", "date", "source"]

    init(row: Row) throws {
        try self.init(id: row.value("id"), staffId: row.value("staff_id"), skillId: row.value("skill_id"),
                      level: row.value("level"), date: row.day("date"),
                      source: row.decoded("source", as: AssessmentSource.self), version: row.value("version"))
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
        try self.init(professionId: row.value("profession_id"), hoursPerCycle: row.value("hours_per_cycle"),
                      cycleStartMonth: row.value("cycle_start_month"), countedTypes: types,
                      version: row.value("version"))
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
        try self.init(professionId: row.value("profession_id"), gradeId: row.value("grade_id"),
                      qualification: row.value("qualification"))
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
        try self.init(id: row.value("id"), staffId: row.value("staff_id"), date: row.day("date"),
                      minutes: row.value("minutes"), type: row.decoded("type", as: CPDActivityType.self),
                      title: row.value("title"), note: row.value("note"), version: row.value("version"))
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
    static let valueColumns = ["staff_id", "qualification", "date", "expires"]

    init(row: Row) throws {
        try self.init(id: row.value("id"), staffId: row.value("staff_id"), qualification: row.value("qualification"),
                      date: row.day("date"), expires: row.optionalDay("expires"), version: row.value("version"))
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] {
        [staffId.databaseValue, qualification.databaseValue, date.databaseValue, expires?.databaseValue ?? .null]
    }
    mutating func didInsert(rowID: RowID) { id = rowID }
    var stored: StoredRecord { .qualificationHeld(self) }
}

extension ChecklistEntry: VersionedRecord {
    static let kind = RecordKind.checklistEntry
    static let keyColumns = ["profession_id", "item_id"]
    static let valueColumns = ["status", "owner", "due", "evidence", "updated"]

    init(row: Row) throws {
        try self.init(professionId: row.value("profession_id"), itemId: row.value("item_id"),
                      status: row.decoded("status", as: ChecklistStatus.self), owner: row.value("owner"),
                      due: row.optionalDay("due"), evidence: row.value("evidence"), updated: row.optionalDay("updated"),
                      version: row.value("version"))
    }

    var keyValues: [DatabaseValue] { [professionId.databaseValue, itemId.databaseValue] }
    var values: [DatabaseValue] {
        [status.rawValue.databaseValue, owner.databaseValue, due?.databaseValue ?? .null, evidence.databaseValue,
         updated?.databaseValue ?? .null]
    }
    var stored: StoredRecord { .checklistEntry(self) }
}

extension MaturityAssessment: VersionedRecord {
    static let kind = RecordKind.maturityAssessment
    static let keyColumns = ["id"]
    static let valueColumns = ["profession_id", "area", "level", "date", "assessor", "rationale"]

    init(row: Row) throws {
        try self.init(id: row.value("id"), professionId: row.value("profession_id"), area: row.value("area"),
                      level: row.value("level"), date: row.day("date"), assessor: row.value("assessor"),
                      rationale: row.value("rationale"), version: row.value("version"))
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] {
        [professionId.databaseValue, area.databaseValue, level.databaseValue, date.databaseValue,
         assessor.databaseValue, rationale.databaseValue]
    }
    mutating func didInsert(rowID: RowID) { id = rowID }
    var stored: StoredRecord { .maturityAssessment(self) }
}

extension ChangeLogEntry {
    static let selection = "id, at, user, table_name, record_id, action, profession_id, before, after"

    init(row: Row) throws {
        try self.init(id: row.value("id"), at: row.value("at"), user: row.value("user"), table: row.value("table_name"),
                      recordId: row.value("record_id"), action: row.value("action"),
                      professionId: row.value("profession_id"), before: row.value("before"), after: row.value("after"))
    }
}
