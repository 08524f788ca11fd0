import GRDB
import HopModel

extension Store {
    /// Every department with its professions' figures counting only its own staff, by
    /// department name, for comparing departments (a collated store).
    ///
    /// The summaries are kept per profession, not per department, so these figures are
    /// computed from the records with the summaries' own definitions: a pass over the
    /// assessments and CPD of everyone, like a summary rebuild. Read on request, not with
    /// every frame. A department holding every staff member (a store that is not collated)
    /// has exactly the summaries' figures, so they are read as they are, at no cost.
    public func departmentData(today: Day) throws(StoreError) -> [DepartmentData] {
        let departments = try departments()
        let everyone = try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM staff") ?? 0 }
        var result: [DepartmentData] = []
        for department in departments {
            let staff = try read { db in
                try RowID.fetchAll(db, sql: "SELECT id FROM staff WHERE department_id = ? ORDER BY id", arguments: [department.id])
            }
            let professions = try professionData(only: nil, today: today, staff: staff.count == everyone ? nil : .staff(staff))
            result.append(DepartmentData(department: department, staff: staff.count, professions: professions))
        }
        return result
    }
}
