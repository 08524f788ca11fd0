import GRDB
import HopModel

extension Store {
    /// Every department with its professions' figures counting only its own staff, by
    /// department name, for comparing departments (a collated store).
    ///
    /// One read transaction, so every department's figures are of the same moment. The
    /// professions, skills and rules are read once; each department's figures come from the
    /// summaries split by department (kept in every write transaction like the per-profession
    /// ones), so the comparison costs a few index ranges per department, whatever the number
    /// of staff. No movements: the comparison shows none.
    public func departmentData(today: Day) throws(StoreError) -> [DepartmentData] {
        try read { db in
            let departments = try Store.departments(db)
            let staff = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT department_id, staff FROM sum_dept_staff").map {
                (try $0.value(at: 0) as RowID, try $0.value(at: 1) as Int)
            })
            let all = ProfessionFilter(id: nil)
            let frame = try ProfessionFrame.fetch(db, only: all)
            return try departments.map { department in
                // The comparison's figures are the overview's: no hours by type, no holders.
                let summaries = try SummaryRows.fetch(db, only: all, today: today, department: department.id,
                                                      cpdRequirements: frame.cpdRequirements, forOverview: true)
                return DepartmentData(department: department, staff: staff[department.id] ?? 0,
                                      professions: frame.data(summaries: summaries, today: today))
            }
        }
    }
}
