/// Which table a change-log member's id refers to ("staff_id" → "staff"): the store names those
/// rows for the change log (`ChangeLogEntry.names`), and the change log shows the names.
public enum ChangeLogReferences {
    public static func table(ofMember member: String) -> String? {
        switch member {
        case "staff_id": "staff"
        case "profession_id", "from_profession_id", "to_profession_id": "profession"
        case "skill_id": "skill"
        case "grade_id": "grade"
        case "department_id", "from_department_id", "to_department_id": "department"
        default: nil
        }
    }
}
