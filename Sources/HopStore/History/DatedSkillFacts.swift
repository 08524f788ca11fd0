import GRDB
import HopModel

/// Per profession, what `sum_skill_level` and `sum_membership` would hold on each of several
/// days if the store kept only the assessments of one table dated on or before the day: each
/// member's latest level per skill as of the day (by date, then id), and per grade the members
/// and those with any assessment of the profession's skills by then.
///
/// One ordered pass over the assessments (the staff-skill-date index) serves every day: an
/// import of an old audit spanning two years works out eight quarter ends, and computing each
/// as its own query scanned every assessment eight times (four tenths of such an import).
enum DatedSkillFacts {
    struct Facts: Equatable {
        var levels: [SkillLevelCount] = []
        var membership: [GradeMembership] = []
    }

    /// Where the assessments are read: the store's, or the import's copy of the touched people's
    /// assessments before it; each through its index in the pass's order.
    enum Source {
        case store, before

        var table: String { self == .store ? "main.assessment" : "temp.history_before" }
        var index: String { self == .store ? "assessment_by_staff" : "history_before_by_staff" }
    }

    /// `onlyTouched` keeps the people in `temp.history_staff`.
    static func facts(_ db: Database, from source: Source, onlyTouched: Bool, asOf days: [Day]) throws -> [Day: [RowID: Facts]] {
        onlyTouched ? try facts(db, from: source, asOf: [], touchedAsOf: days).touched
            : try facts(db, from: source, asOf: days, touchedAsOf: []).everyone
    }

    /// The facts of everyone as of `days` and of the people in `temp.history_staff` only as of
    /// `touchedDays`, from one pass: an import that fills in past quarters and moves a day
    /// kept live needs both, and each pass over a million assessments costs about a second.
    static func facts(_ db: Database, from source: Source, asOf days: [Day], touchedAsOf touchedDays: [Day])
        throws -> (everyone: [Day: [RowID: Facts]], touched: [Day: [RowID: Facts]]) {
        let everyoneDays = Set(days), touchedOnly = Set(touchedDays)
        let days = everyoneDays.union(touchedOnly).sorted()
        guard let last = days.last else { return ([:], [:]) }
        let isos = days.map(\.iso)
        let forEveryone = days.map(everyoneDays.contains), forTouched = days.map(touchedOnly.contains)
        // Everyone's assessments are read when any day counts everyone; the touched people's
        // alone otherwise, and then each row says whether its person is one of them.
        let touchedFilter = "a.staff_id IN (SELECT staff_id FROM temp.history_staff)"
        let (touchedColumn, condition) = everyoneDays.isEmpty ? ("1", "AND \(touchedFilter)")
            : touchedOnly.isEmpty ? ("0", "") : (touchedFilter, "")
        // Per day: (profession, skill, grade, level) → members; (profession, grade) → assessed.
        var everyone = Tally(days: days.count), touched = Tally(days: days.count)
        // The person being read: per profession of theirs, the grade and first assessment date.
        var person: RowID = -1, personTouched = false
        var firstDates: [RowID: (grade: RowID, date: String)] = [:]
        func flushPerson() {
            for (profession, first) in firstDates {
                for (i, iso) in isos.enumerated() where first.date <= iso {
                    let key = GradeKey(profession: profession, grade: first.grade)
                    if forEveryone[i] { everyone.assessed[i][key, default: 0] += 1 }
                    if forTouched[i] && personTouched { touched.assessed[i][key, default: 0] += 1 }
                }
            }
            firstDates = [:]
        }
        // The (person, skill) being read: its assessments' dates and levels, oldest first.
        var pair: (staff: RowID, skill: RowID, profession: RowID, grade: RowID) = (-1, -1, 0, 0)
        var history: [(date: String, level: Int)] = []
        func flushPair() {
            guard !history.isEmpty else { return }
            var next = 0
            for (i, iso) in isos.enumerated() {
                while next < history.count, history[next].date <= iso { next += 1 }
                guard next > 0 else { continue }
                let key = LevelKey(profession: pair.profession, skill: pair.skill, grade: pair.grade, level: history[next - 1].level)
                if forEveryone[i] { everyone.levels[i][key, default: 0] += 1 }
                if forTouched[i] && personTouched { touched.levels[i][key, default: 0] += 1 }
            }
            history = []
        }
        // Only members of the skill's profession count, as the summaries' own join keeps them.
        // The assessments are read through their index in the order asked for, the others
        // looked up from each: left to itself, SQLite's planner started from the skills and
        // sorted every assessment (1.55 s against 0.47 s for 1,034,184 assessments).
        try Row.fetchCursor(db, sql: """
            SELECT a.staff_id, a.skill_id, a.level, a.date, k.profession_id, s.grade_id, \(touchedColumn)
            FROM \(source.table) a INDEXED BY \(source.index)
            CROSS JOIN skill k ON k.id = a.skill_id
            CROSS JOIN staff_profession sp ON sp.staff_id = a.staff_id AND sp.profession_id = k.profession_id
            CROSS JOIN staff s ON s.id = a.staff_id
            WHERE a.date <= ? \(condition)
            ORDER BY a.staff_id, a.skill_id, a.date, a.id
            """, arguments: [last.iso]).forEach { row in
            let staff: RowID = try row.value(at: 0), skill: RowID = try row.value(at: 1)
            let level: Int = try row.value(at: 2), date: String = try row.value(at: 3)
            let profession: RowID = try row.value(at: 4), grade: RowID = try row.value(at: 5)
            if staff != pair.staff || skill != pair.skill {
                flushPair()
                pair = (staff, skill, profession, grade)
            }
            if staff != person {
                flushPerson()
                person = staff
                personTouched = try row.value(at: 6)
            }
            history.append((date, level))
            if let first = firstDates[profession], first.date <= date { return }
            firstDates[profession] = (grade, date)
        }
        flushPair()
        flushPerson()

        func result(_ tally: Tally, _ counted: [Bool], onlyTouched: Bool) throws -> [Day: [RowID: Facts]] {
            guard counted.contains(true) else { return [:] }
            let members = onlyTouched ? "WHERE sp.staff_id IN (SELECT staff_id FROM temp.history_staff)" : ""
            var memberCounts: [(GradeKey, Int)] = []
            try Row.fetchCursor(db, sql: """
                SELECT sp.profession_id, s.grade_id, COUNT(*) FROM staff_profession sp JOIN staff s ON s.id = sp.staff_id
                \(members) GROUP BY sp.profession_id, s.grade_id
                """).forEach { row in
                memberCounts.append((GradeKey(profession: try row.value(at: 0), grade: try row.value(at: 1)), try row.value(at: 2)))
            }
            var result: [Day: [RowID: Facts]] = [:]
            for (i, day) in days.enumerated() where counted[i] {
                var facts: [RowID: Facts] = [:]
                for (key, count) in tally.levels[i].sorted(by: { $0.key < $1.key }) {
                    facts[key.profession, default: Facts()].levels.append(
                        SkillLevelCount(skillId: key.skill, gradeId: key.grade, level: key.level, count: count))
                }
                for (key, count) in memberCounts {
                    facts[key.profession, default: Facts()].membership.append(
                        GradeMembership(gradeId: key.grade, members: count, assessed: tally.assessed[i][key] ?? 0))
                }
                result[day] = facts
            }
            return result
        }
        return (try result(everyone, forEveryone, onlyTouched: false), try result(touched, forTouched, onlyTouched: true))
    }

    /// What one population's days count, day by day.
    private struct Tally {
        var levels: [[LevelKey: Int]]
        var assessed: [[GradeKey: Int]]

        init(days: Int) {
            levels = Array(repeating: [:], count: days)
            assessed = Array(repeating: [:], count: days)
        }
    }

    private struct LevelKey: Hashable, Comparable {
        let profession: RowID, skill: RowID, grade: RowID, level: Int
        static func < (a: LevelKey, b: LevelKey) -> Bool {
            (a.profession, a.skill, a.grade, a.level) < (b.profession, b.skill, b.grade, b.level)
        }
    }

    private struct GradeKey: Hashable {
        let profession: RowID, grade: RowID
    }
}
