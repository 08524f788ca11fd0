/// What a long task (generate, import, export, backup, restore, collate) tells its caller as it
/// goes: how many units (rows, people, pages) are done, and the share of the whole task done
/// (0 to 1) when it is known. Called on the task's own thread, often: keep it cheap.
public typealias ProgressReport = (_ done: Int, _ fraction: Double?) -> Void

/// Counts units done and reports every `every` units and once at the end, with the share of
/// `total` (none when the total is unknown or zero).
struct ProgressCounter {
    let total: Int
    let report: ProgressReport
    var every = 4_096
    private(set) var done = 0

    init(total: Int, report: @escaping ProgressReport) {
        self.total = total
        self.report = report
    }

    mutating func add(_ units: Int = 1) {
        let before = done / every
        done += units
        if done / every != before { report(done, share) }
    }

    /// The last report: everything counted.
    func end() { report(done, total > 0 ? 1 : nil) }

    private var share: Double? { total > 0 ? min(1, Double(done) / Double(total)) : nil }
}
