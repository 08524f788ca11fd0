-- The naive per-profession aggregate (Sources/hopdash-bench/NaiveWay.swift) computed by DuckDB
-- from hopdash's CSV extracts (staff, assessments, cpd) and the small reference tables the
-- script extracts with sqlite3 (professions, requirements, cpd_requirements). ${TODAY} is the day.
WITH staff AS (SELECT * FROM read_csv('staff.csv', header = true, all_varchar = true)),
members AS (
    SELECT "Staff number" AS sn, "Grade" AS grade, "Profession" AS prof FROM staff
    UNION ALL
    SELECT sn, grade, trim(other) AS prof FROM (
        SELECT "Staff number" AS sn, "Grade" AS grade, unnest(string_split("Other professions", ';')) AS other
        FROM staff WHERE coalesce("Other professions", '') <> '')
),
latest AS (
    SELECT "Staff number" AS sn, "Profession" AS prof, "Skill" AS skill, CAST("Level" AS INTEGER) AS level,
           row_number() OVER (PARTITION BY "Staff number", "Profession", "Skill" ORDER BY "Date" DESC, line DESC) AS recency
    FROM (SELECT *, row_number() OVER () AS line FROM read_csv('assessments.csv', header = true, all_varchar = true))
),
req AS (SELECT * FROM read_csv('requirements.csv', header = true, columns = {'prof': 'VARCHAR', 'skill': 'VARCHAR', 'grade': 'VARCHAR', 'level': 'INTEGER'})),
gaps AS (
    SELECT l.prof, count(*) AS assessed, sum(CASE WHEN l.level < q.level THEN 1 ELSE 0 END) AS below,
           avg(CASE WHEN l.level < q.level THEN q.level - l.level END) AS shortfall
    FROM latest l
    JOIN members m ON m.sn = l.sn AND m.prof = l.prof
    JOIN req q ON q.prof = l.prof AND q.skill = l.skill AND q.grade = m.grade AND q.level > 0
    WHERE l.recency = 1
    GROUP BY l.prof
),
cycle AS (
    SELECT prof, hours, string_split(types, ';') AS types,
           date_trunc('month', DATE '${TODAY}') - to_months(CAST((month(DATE '${TODAY}') - start_month + 12) % 12 AS INTEGER)) AS start
    FROM read_csv('cpd_requirements.csv', header = true,
                  columns = {'prof': 'VARCHAR', 'hours': 'INTEGER', 'start_month': 'INTEGER', 'types': 'VARCHAR'})
),
activity AS (
    SELECT "Staff number" AS sn, CAST("Date" AS DATE) AS day, CAST("Minutes" AS INTEGER) AS minutes,
           -- the CSV carries the types' labels; the requirement counts their stored names
           CASE "Type" WHEN 'Seminar or workshop' THEN 'seminar' ELSE lower(replace("Type", ' ', '-')) END AS type
    FROM read_csv('cpd.csv', header = true, all_varchar = true)
),
logged AS (
    SELECT m.prof, m.sn, c.hours, coalesce(sum(a.minutes), 0) AS minutes
    FROM members m JOIN cycle c ON c.prof = m.prof
    LEFT JOIN activity a ON a.sn = m.sn AND a.day >= c.start AND a.day <= DATE '${TODAY}' AND list_contains(c.types, a.type)
    GROUP BY m.prof, m.sn, c.hours
),
cpd AS (
    SELECT prof, count(*) AS members, sum(CASE WHEN minutes >= hours * 60 THEN 1 ELSE 0 END) AS completed,
           sum(CASE WHEN minutes = 0 THEN 1 ELSE 0 END) AS none_logged
    FROM logged GROUP BY prof
)
SELECT p.code, g.assessed, g.below, round(g.shortfall, 2), c.members, c.completed, c.none_logged
FROM read_csv('professions.csv', header = true, columns = {'code': 'VARCHAR', 'name': 'VARCHAR'}) p
LEFT JOIN gaps g ON g.prof = p.code LEFT JOIN cpd c ON c.prof = p.code
ORDER BY p.name;
