/// The same figures the naive way, with the `sqlite3` command-line tool on the same file: no
/// summaries, one GROUP BY over the raw rows, and a plain `.import` of the same CSV.
enum NaiveWay {
    /// The dashboard's aggregates for every profession straight from the rows: per skill, the
    /// latest assessment of each member against the level required at their grade (assessed,
    /// below, mean shortfall), and per profession each member's counted CPD minutes in the
    /// cycle containing `today` against the requirement.
    static func aggregateSQL(today: String) -> String {
        """
        WITH latest AS (
            SELECT a.staff_id, a.skill_id, a.level,
                   ROW_NUMBER() OVER (PARTITION BY a.staff_id, a.skill_id ORDER BY a.date DESC, a.id DESC) AS recency
            FROM assessment a
        ),
        gaps AS (
            SELECT k.profession_id, COUNT(*) AS assessed, SUM(l.level < q.level) AS below,
                   AVG(CASE WHEN l.level < q.level THEN q.level - l.level END) AS shortfall
            FROM latest l
            JOIN skill k ON k.id = l.skill_id
            JOIN staff_profession sp ON sp.staff_id = l.staff_id AND sp.profession_id = k.profession_id
            JOIN staff s ON s.id = l.staff_id
            JOIN skill_requirement q ON q.skill_id = l.skill_id AND q.grade_id = s.grade_id AND q.level > 0
            WHERE l.recency = 1
            GROUP BY k.profession_id
        ),
        cycle AS (
            SELECT profession_id, hours_per_cycle, counted_types,
                   date('\(today)', 'start of month',
                        '-' || ((CAST(strftime('%m', '\(today)') AS INTEGER) - cycle_start_month + 12) % 12) || ' months') AS start
            FROM cpd_requirement
        ),
        logged AS (
            SELECT sp.profession_id, sp.staff_id, c.hours_per_cycle,
                   COALESCE((SELECT SUM(a.minutes) FROM cpd_activity a
                             WHERE a.staff_id = sp.staff_id AND a.date >= c.start AND a.date <= '\(today)'
                               AND a.type IN (SELECT value FROM json_each(c.counted_types))), 0) AS minutes
            FROM staff_profession sp JOIN cycle c ON c.profession_id = sp.profession_id
        ),
        cpd AS (
            SELECT profession_id, COUNT(*) AS members, SUM(minutes >= hours_per_cycle * 60) AS completed,
                   SUM(minutes = 0) AS none_logged
            FROM logged GROUP BY profession_id
        )
        SELECT p.code, g.assessed, g.below, round(g.shortfall, 2), c.members, c.completed, c.none_logged
        FROM profession p LEFT JOIN gaps g ON g.profession_id = p.id LEFT JOIN cpd c ON c.profession_id = p.id
        ORDER BY p.name;
        """
    }

    /// `.import` of the CSV into a plain table, then the index a lookup by person would need.
    static func importScript(csv: String) -> String {
        """
        .mode csv
        .import '\(csv)' assessment_csv
        CREATE INDEX assessment_csv_by_staff ON assessment_csv("Staff number", "Skill", "Date");

        """
    }
}
