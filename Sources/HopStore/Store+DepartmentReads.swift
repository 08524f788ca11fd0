import GRDB
import HopModel

extension Store {
    /// Every department with its professions' figures counting only its own staff, by
    /// department name, for comparing departments (a collated store).
    ///
    /// Read from the summaries split by department (kept in every write transaction like the
    /// per-profession ones), so the comparison costs what the overview does per department,
    /// whatever the number of staff.
    public func departmentData(today: Day) throws(StoreError) -> [DepartmentData] {
        let departments = try departments()
        let staff = try read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT department_id, staff FROM sum_dept_staff").map {
                (try $0.value(at: 0) as RowID, try $0.value(at: 1) as Int)
            })
        }
        var result: [DepartmentData] = []
        for department in departments {
            let professions = try professionData(only: nil, today: today, department: department.id)
            result.append(DepartmentData(department: department, staff: staff[department.id] ?? 0, professions: professions))
        }
        return result
    }
}
