import GRDB

/// The store's tables, created by migrations registered in code.
///
/// Every migration also sets `PRAGMA user_version` to its number, so that the layout version
/// can be read by any SQLite tool. A store whose version (or list of applied migrations) is
/// newer than this build knows is refused before anything can change it (see `Store.open`).
enum Schema {
    /// The newest layout this build knows: the number of the last migration.
    static let version = 20

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: records)
            try db.execute(sql: summaries)
            try db.execute(sql: history)
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        // Grades gain a row version, so that two editors of the ladder cannot overwrite
        // each other silently either.
        migrator.registerMigration("v2") { db in
            try db.execute(sql: "ALTER TABLE grade ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
            try db.execute(sql: "PRAGMA user_version = 2")
        }
        // Movements, departmental leads and the seminar planner's settings.
        migrator.registerMigration("v3") { db in
            try db.execute(sql: crossProfession)
            try db.execute(sql: "PRAGMA user_version = 3")
        }
        // Who took lists of named people out of the tool (never the names).
        migrator.registerMigration("v4") { db in
            try db.execute(sql: accessLog)
            try db.execute(sql: "PRAGMA user_version = 4")
        }
        // Staff gain the day they joined the profession and their full-time equivalent, and
        // the CPD histogram counts members by both, so that what they owe is pro-rated
        // (`CPDRule`). (The histogram was rebuilt here; v13 replaced it by `sum_cpd_cover`,
        // built there.)
        migrator.registerMigration("v5-staff-working-pattern") { db in
            try db.execute(sql: workingPattern)
            try db.execute(sql: "PRAGMA user_version = 5")
        }
        // The register of business-critical posts and their successors.
        migrator.registerMigration("v6-succession") { db in
            try db.execute(sql: succession)
            try db.execute(sql: "PRAGMA user_version = 6")
        }
        // The people below a skill's requirement and each member's CPD in a cycle, one row
        // each, kept with the summaries, so that a list of people is read from its own rows
        // (built from the records they summarise).
        migrator.registerMigration("v7-people-lists") { db in
            try db.execute(sql: peopleLists)
            try Summary.rebuild(db, [.below, .cpdMember])
            try db.execute(sql: "PRAGMA user_version = 7")
        }
        // Qualifications held gain the last day they are valid, and two summaries count who
        // holds the qualifications their profession makes mandatory at their grade.
        migrator.registerMigration("v8-qualification-expiry") { db in
            try db.execute(sql: qualificationCompliance)
            try Summary.rebuild(db, [.qualificationHeld, .qualificationMembers])
            try db.execute(sql: "PRAGMA user_version = 8")
        }
        // Maturity assessments gain a row version, so that one entered by mistake can be
        // corrected without overwriting someone else's correction of it.
        migrator.registerMigration("v9-maturity-version") { db in
            try db.execute(sql: "ALTER TABLE maturity_assessment ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
            try db.execute(sql: "PRAGMA user_version = 9")
        }
        // The dashboard's summaries split by department, and staff per department, so that
        // comparing departments reads summaries as the overview does (built from the records).
        migrator.registerMigration("v10-department-summaries") { db in
            try db.execute(sql: departmentSummaries)
            // The CPD one of them has been `sum_dept_cpd_cover` since v13, built there.
            try Summary.rebuild(db, Summary.departments.filter { $0 != .departmentCPDCoverage })
            try db.execute(sql: "PRAGMA user_version = 10")
        }
        // The movements each profession's movement figures count, under each profession they
        // concern, so that the figures are read by kind and date (built from the records).
        migrator.registerMigration("v11-movement-summaries") { db in
            try db.execute(sql: movementSummary)
            try Summary.rebuild(db, [.movements])
            try db.execute(sql: "PRAGMA user_version = 11")
        }
        // Dates the forum or a seminar met, marked so that figures have a history there.
        migrator.registerMigration("v12-forum-dates") { db in
            try db.execute(sql: forumDates)
            try db.execute(sql: "PRAGMA user_version = 12")
        }
        // The CPD histograms by exact minutes and working pattern give way to counts by the
        // days of the CPD year members' CPD covers (`CPDRule.coveredDays`), bounded by the
        // days of a cycle whatever the number of staff (built from the records).
        migrator.registerMigration("v13-cpd-coverage") { db in
            try db.execute(sql: cpdCoverage)
            try Summary.rebuild(db, [.cpdCoverage, .departmentCPDCoverage])
            try db.execute(sql: "PRAGMA user_version = 13")
        }
        // Each profession's figures on each quarter end and forum date, kept because records
        // edited in place (the checklist) cannot say later what they were.
        migrator.registerMigration("v14-figure-history") { db in
            try db.execute(sql: figureHistory)
            try db.execute(sql: "PRAGMA user_version = 14")
        }
        // That people on a list were followed up, so that the list shows each person's latest
        // and the dashboard how many of those followed up are still on it.
        migrator.registerMigration("v15-follow-ups") { db in
            try db.execute(sql: followUps)
            try db.execute(sql: "PRAGMA user_version = 15")
        }
        // The learning catalogue: offers (a profession's, or shared) and the skills each develops.
        migrator.registerMigration("v16-learning-catalogue") { db in
            try db.execute(sql: learningCatalogue)
            try db.execute(sql: "PRAGMA user_version = 16")
        }
        // Development plans: per profession and year, lines of places on offers closing skill gaps.
        migrator.registerMigration("v17-development-plan") { db in
            try db.execute(sql: developmentPlan)
            try db.execute(sql: "PRAGMA user_version = 17")
        }
        // People booked on a plan's lines, and the CPD activity each completion logged.
        migrator.registerMigration("v18-bookings") { db in
            try db.execute(sql: bookings)
            try db.execute(sql: "PRAGMA user_version = 18")
        }
        // Members by grade and the day of their latest assessment, so that "audit overdue" is a
        // figure read from a summary (built from the records).
        migrator.registerMigration("v19-last-assessed") { db in
            try db.execute(sql: lastAssessed)
            try Summary.rebuild(db, [.lastAssessed])
            try db.execute(sql: "PRAGMA user_version = 19")
        }
        // The summaries split by department lose their indexes on the profession alone. Each
        // held the table's key in another order, and the planner took it for the department
        // comparison's ranges (department, profession, ...) and then looked every row up in the
        // table for its count: three to five times the work of the key itself. A profession's
        // deletion or rebuild now scans these small tables instead.
        migrator.registerMigration("v20-department-summary-keys") { db in
            for table in ["membership", "skill_level", "cpd_type", "qual_held", "qual_member", "cpd_cover"] {
                try db.execute(sql: "DROP INDEX sum_dept_\(table)_by_profession")
            }
            try db.execute(sql: "PRAGMA user_version = 20")
        }
        return migrator
    }

    /// What an existing store says about its layout, read without changing anything.
    struct State {
        var userVersion: Int
        var appliedMigrations: [String]
        var hasUnknownMigrations: Bool
        var isComplete: Bool

        /// The layout version the store was written with.
        var found: Int { max(userVersion, appliedMigrations.count) }
        var isNewer: Bool { userVersion > Schema.version || hasUnknownMigrations }
        /// Whether the file holds a whole hopdash layout, current or older: its first migrations,
        /// in order, each complete, and nothing else. (An empty or foreign SQLite file has none.)
        var isWholeLayout: Bool {
            !appliedMigrations.isEmpty && !hasUnknownMigrations
                && Set(appliedMigrations) == Set(Schema.migrator.migrations.prefix(appliedMigrations.count))
                && userVersion == appliedMigrations.count
        }
    }

    static func state(_ db: Database) throws -> State {
        let migrator = self.migrator
        return try State(
            userVersion: Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
            appliedMigrations: migrator.appliedIdentifiers(db).sorted(),
            hasUnknownMigrations: migrator.hasBeenSuperseded(db),
            isComplete: migrator.hasCompletedMigrations(db))
    }

    // MARK: - Records

    /// Editable rows carry `version`, bumped by every write (optimistic concurrency).
    /// Days are `YYYY-MM-DD` text; JSON lists are text holding a JSON array.
    static let records = """
        CREATE TABLE department (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            is_devolved INTEGER NOT NULL DEFAULT 0 CHECK (is_devolved IN (0, 1)),
            version INTEGER NOT NULL DEFAULT 1
        ) STRICT;

        CREATE TABLE grade (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            rank INTEGER NOT NULL UNIQUE
        ) STRICT;

        CREATE TABLE profession (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            head_name TEXT NOT NULL DEFAULT '',
            head_email TEXT NOT NULL DEFAULT '',
            head_phone TEXT NOT NULL DEFAULT '',
            is_new INTEGER NOT NULL DEFAULT 0 CHECK (is_new IN (0, 1)),
            scale_labels TEXT NOT NULL CHECK (json_valid(scale_labels)),
            version INTEGER NOT NULL DEFAULT 1
        ) STRICT;

        CREATE TABLE skill (
            id INTEGER PRIMARY KEY,
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (profession_id, name)
        ) STRICT;

        CREATE TABLE skill_requirement (
            skill_id INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
            grade_id INTEGER NOT NULL REFERENCES grade(id),
            level INTEGER NOT NULL CHECK (level >= 0),
            PRIMARY KEY (skill_id, grade_id)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            staff_number TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            grade_id INTEGER NOT NULL REFERENCES grade(id),
            department_id INTEGER NOT NULL REFERENCES department(id),
            post TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1
        ) STRICT;
        -- Keyset pagination by (name, id): the index holds the rowid (= id) after the name.
        CREATE INDEX staff_by_name ON staff(name);

        CREATE TABLE staff_profession (
            staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            is_primary INTEGER NOT NULL CHECK (is_primary IN (0, 1)),
            PRIMARY KEY (staff_id, profession_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX staff_profession_by_profession ON staff_profession(profession_id, staff_id);
        CREATE UNIQUE INDEX staff_profession_one_primary ON staff_profession(staff_id) WHERE is_primary;

        CREATE TABLE assessment (
            id INTEGER PRIMARY KEY,
            staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
            skill_id INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
            level INTEGER NOT NULL CHECK (level >= 1),
            date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            source TEXT NOT NULL CHECK (source IN ('self', 'line-manager', 'panel')),
            version INTEGER NOT NULL DEFAULT 1
        ) STRICT;
        CREATE INDEX assessment_by_staff ON assessment(staff_id, skill_id, date, id);
        CREATE INDEX assessment_by_skill ON assessment(skill_id);

        CREATE TABLE cpd_requirement (
            profession_id INTEGER PRIMARY KEY REFERENCES profession(id) ON DELETE CASCADE,
            hours_per_cycle INTEGER NOT NULL CHECK (hours_per_cycle >= 0),
            cycle_start_month INTEGER NOT NULL CHECK (cycle_start_month BETWEEN 1 AND 12),
            counted_types TEXT NOT NULL CHECK (json_valid(counted_types)),
            version INTEGER NOT NULL DEFAULT 1
        ) STRICT;

        CREATE TABLE qualification_requirement (
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            grade_id INTEGER NOT NULL REFERENCES grade(id),
            qualification TEXT NOT NULL,
            PRIMARY KEY (profession_id, grade_id, qualification)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE cpd_activity (
            id INTEGER PRIMARY KEY,
            staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
            date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            minutes INTEGER NOT NULL CHECK (minutes > 0),
            type TEXT NOT NULL CHECK (type IN ('course', 'qualification-study', 'seminar', 'secondment',
                'job-shadowing', 'coaching', 'mentoring', 'action-learning', 'conference', 'self-study')),
            title TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1
        ) STRICT;
        CREATE INDEX cpd_activity_by_staff ON cpd_activity(staff_id, date);

        CREATE TABLE qualification_held (
            id INTEGER PRIMARY KEY,
            staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
            qualification TEXT NOT NULL,
            date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            version INTEGER NOT NULL DEFAULT 1
        ) STRICT;
        CREATE INDEX qualification_held_by_staff ON qualification_held(staff_id);

        CREATE TABLE checklist_entry (
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done', 'n/a')),
            owner TEXT NOT NULL DEFAULT '',
            due TEXT,
            evidence TEXT NOT NULL DEFAULT '',
            updated TEXT,
            version INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (profession_id, item_id)
        ) STRICT, WITHOUT ROWID;

        -- Append-only: every self-assessment is kept as history.
        CREATE TABLE maturity_assessment (
            id INTEGER PRIMARY KEY,
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            area INTEGER NOT NULL CHECK (area BETWEEN 1 AND 5),
            level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
            date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            assessor TEXT NOT NULL,
            rationale TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX maturity_assessment_by_area ON maturity_assessment(profession_id, area, date);
        """

    // MARK: - Working across professions (v3)

    /// Staff movements (posts, professions, departments, placements out and returns),
    /// departmental leads for the directory, and the seminar planner's settings and pins.
    static let crossProfession = """
        CREATE TABLE movement (
            id INTEGER PRIMARY KEY,
            staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('post', 'profession', 'department', 'secondment-out', 'loan-out',
                'job-shadowing', 'return')),
            from_post TEXT NOT NULL DEFAULT '',
            to_post TEXT NOT NULL DEFAULT '',
            from_profession_id INTEGER REFERENCES profession(id) ON DELETE SET NULL,
            to_profession_id INTEGER REFERENCES profession(id) ON DELETE SET NULL,
            from_department_id INTEGER REFERENCES department(id),
            to_department_id INTEGER REFERENCES department(id),
            organisation TEXT NOT NULL DEFAULT '',
            sector TEXT CHECK (sector IN ('civil-service', 'wider-public', 'private', 'voluntary', 'academic',
                'international')),
            start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            end_date TEXT CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            note TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1
        ) STRICT;
        CREATE INDEX movement_by_staff ON movement(staff_id, start_date);
        CREATE INDEX movement_by_kind ON movement(kind, start_date);

        CREATE TABLE departmental_lead (
            id INTEGER PRIMARY KEY,
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            department_id INTEGER NOT NULL REFERENCES department(id),
            name TEXT NOT NULL,
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (profession_id, department_id)
        ) STRICT;

        -- One row: the number of groups the planner proposes.
        CREATE TABLE seminar_setting (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            group_count INTEGER NOT NULL CHECK (group_count BETWEEN 1 AND 12),
            version INTEGER NOT NULL DEFAULT 1
        ) STRICT;

        -- Professions the organiser pinned to a group (numbered from 1).
        CREATE TABLE seminar_lock (
            profession_id INTEGER PRIMARY KEY REFERENCES profession(id) ON DELETE CASCADE,
            group_number INTEGER NOT NULL CHECK (group_number >= 1)
        ) STRICT;
        """

    // MARK: - Access log (v4)

    /// One row per list of named people exported; no foreign keys, so that it outlives the
    /// profession it names (by code). Holds no names: who exported, not who was listed.
    static let accessLog = """
        CREATE TABLE access_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            profession_code TEXT NOT NULL,
            list TEXT NOT NULL,
            people INTEGER NOT NULL CHECK (people >= 0),
            format TEXT NOT NULL
        ) STRICT;
        """

    // MARK: - Working pattern (v5)

    static let workingPattern = """
        ALTER TABLE staff ADD COLUMN joined_profession TEXT
            CHECK (joined_profession GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
        ALTER TABLE staff ADD COLUMN fte_hundredths INTEGER CHECK (fte_hundredths BETWEEN 1 AND 100);

        DROP TABLE sum_cpd_hist;
        CREATE TABLE sum_cpd_hist (
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            cycle_year INTEGER NOT NULL,
            minutes INTEGER NOT NULL,
            start_month INTEGER NOT NULL,
            fte_hundredths INTEGER NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (profession_id, cycle_year, minutes, start_month, fte_hundredths)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX sum_cpd_hist_empty ON sum_cpd_hist(n) WHERE n = 0;
        """

    // MARK: - Succession (v6)

    /// Business-critical posts (one title per profession and department) and their successors,
    /// kept in the order the register lists them. A post's holder leaving the store leaves the
    /// post vacant; a successor leaving it leaves the list.
    static let succession = """
        CREATE TABLE critical_post (
            id INTEGER PRIMARY KEY,
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            department_id INTEGER NOT NULL REFERENCES department(id),
            grade_id INTEGER NOT NULL REFERENCES grade(id),
            title TEXT NOT NULL,
            holder_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
            risk TEXT NOT NULL CHECK (risk IN ('high', 'medium', 'low')),
            head_involved INTEGER NOT NULL CHECK (head_involved IN (0, 1)),
            version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (profession_id, department_id, title)
        ) STRICT;

        CREATE TABLE successor (
            post_id INTEGER NOT NULL REFERENCES critical_post(id) ON DELETE CASCADE,
            staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 1),
            readiness TEXT NOT NULL CHECK (readiness IN ('ready-now', '1-2-years', '3-years-plus')),
            action TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (post_id, staff_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX successor_by_staff ON successor(staff_id);
        """

    // MARK: - The learning catalogue (v16)

    /// An offer belongs to one profession, or to none (shared by every profession); it is known
    /// by its profession (or none), title and provider. `offer_skill` rows are the skills it
    /// develops and the level each brings a learner to; they belong to the offer and are
    /// versioned and logged with it.
    static let learningCatalogue = """
        CREATE TABLE learning_offer (
            id INTEGER PRIMARY KEY,
            profession_id INTEGER REFERENCES profession(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            provider TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('course', 'qualification-study', 'seminar', 'secondment',
                'job-shadowing', 'coaching', 'mentoring', 'action-learning', 'conference', 'self-study')),
            minutes INTEGER NOT NULL CHECK (minutes > 0),
            cost_pence INTEGER NOT NULL CHECK (cost_pence >= 0),
            places INTEGER NOT NULL CHECK (places >= 0),
            version INTEGER NOT NULL DEFAULT 1
        ) STRICT;
        CREATE UNIQUE INDEX learning_offer_by_name ON learning_offer(IFNULL(profession_id, 0), title, provider);

        CREATE TABLE offer_skill (
            offer_id INTEGER NOT NULL REFERENCES learning_offer(id) ON DELETE CASCADE,
            skill_id INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
            level INTEGER NOT NULL CHECK (level >= 1),
            PRIMARY KEY (offer_id, skill_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX offer_skill_by_skill ON offer_skill(skill_id);
        """

    // MARK: - Development plans (v17)

    /// One plan per profession and (financial) year; `plan_line` rows are its lines in priority
    /// order, versioned and logged with the plan. An offer on a plan cannot be deleted (the
    /// store says which plan holds it); a skill's deletion takes its lines with it.
    static let developmentPlan = """
        CREATE TABLE development_plan (
            id INTEGER PRIMARY KEY,
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
            version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (profession_id, year)
        ) STRICT;

        CREATE TABLE plan_line (
            plan_id INTEGER NOT NULL REFERENCES development_plan(id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 1),
            skill_id INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
            offer_id INTEGER NOT NULL REFERENCES learning_offer(id),
            places INTEGER NOT NULL CHECK (places >= 1),
            quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
            PRIMARY KEY (plan_id, position)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX plan_line_by_offer ON plan_line(offer_id);
        CREATE INDEX plan_line_by_skill ON plan_line(skill_id);
        """

    // MARK: - Bookings (v18)

    /// A person booked on a plan's line (the plan, skill and offer: a plan holds one line per
    /// skill and offer), at most once per line. A plan or line with bookings cannot be removed,
    /// nor a line's places cut below those taken (the store says so); deleting a person, a
    /// skill or a profession takes their bookings with it. `cpd_activity_id` is the CPD activity a
    /// completion logged, cleared if that activity is deleted.
    static let bookings = """
        CREATE TABLE booking (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES development_plan(id) ON DELETE CASCADE,
            skill_id INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
            offer_id INTEGER NOT NULL REFERENCES learning_offer(id),
            staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
            booked TEXT NOT NULL CHECK (booked GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            status TEXT NOT NULL CHECK (status IN ('booked', 'completed', 'cancelled')),
            completed TEXT CHECK (completed GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            cpd_activity_id INTEGER REFERENCES cpd_activity(id) ON DELETE SET NULL,
            version INTEGER NOT NULL DEFAULT 1,
            CHECK ((status = 'completed') = (completed IS NOT NULL)),
            UNIQUE (plan_id, skill_id, offer_id, staff_id)
        ) STRICT;
        CREATE INDEX booking_by_staff ON booking(staff_id);
        CREATE INDEX booking_by_offer ON booking(offer_id);
        CREATE INDEX booking_by_skill ON booking(skill_id);
        CREATE INDEX booking_by_activity ON booking(cpd_activity_id) WHERE cpd_activity_id IS NOT NULL;
        """

    // MARK: - Last assessed (v19)

    /// Members by profession, grade and the day of their latest assessment of one of the
    /// profession's skills (`Summary.lastAssessed`); `n` is 0 only inside a write.
    static let lastAssessed = """
        CREATE TABLE sum_last_assessed (
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            grade_id INTEGER NOT NULL,
            last_date TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (profession_id, grade_id, last_date)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX sum_last_assessed_empty ON sum_last_assessed(n) WHERE n = 0;
        """

    // MARK: - Lists of people (v7)

    /// One row per member whose latest assessment of a skill is below what their grade
    /// requires (`Summary.below`), keyed by skill first, so that a list reads its skill's rows
    /// and nothing else; one per member with counted CPD in a cycle (`Summary.cpdMember`),
    /// keyed so that a member's total is one look-up. `n` is 1 at rest, 0 only inside a write.
    static let peopleLists = """
        CREATE TABLE sum_below (
            skill_id INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
            staff_id INTEGER NOT NULL,
            level INTEGER NOT NULL,
            required INTEGER NOT NULL,
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            n INTEGER NOT NULL,
            PRIMARY KEY (skill_id, staff_id, level, required, profession_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX sum_below_by_profession ON sum_below(profession_id);
        CREATE INDEX sum_below_empty ON sum_below(n) WHERE n = 0;

        CREATE TABLE sum_cpd_member (
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            cycle_year INTEGER NOT NULL,
            staff_id INTEGER NOT NULL,
            minutes INTEGER NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (profession_id, cycle_year, staff_id, minutes)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX sum_cpd_member_empty ON sum_cpd_member(n) WHERE n = 0;
        """

    // MARK: - Qualification compliance (v8)

    static let qualificationCompliance = """
        ALTER TABLE qualification_held ADD COLUMN expires TEXT
            CHECK (expires GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');

        CREATE TABLE sum_qual_held (
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            grade_id INTEGER NOT NULL,
            qualification TEXT NOT NULL,
            expires TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (profession_id, grade_id, qualification, expires)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX sum_qual_held_empty ON sum_qual_held(n) WHERE n = 0;

        CREATE TABLE sum_qual_member (
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            grade_id INTEGER NOT NULL,
            earliest TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (profession_id, grade_id, earliest)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX sum_qual_member_empty ON sum_qual_member(n) WHERE n = 0;
        """

    // MARK: - Department summaries (v10)

    /// `sum_membership`, `sum_skill_level`, `sum_cpd_hist`, `sum_cpd_type`, `sum_qual_held` and
    /// `sum_qual_member` with the staff member's department first in the key, and staff per
    /// department.
    static let departmentSummaries = """
        CREATE TABLE sum_dept_membership (
            department_id INTEGER NOT NULL REFERENCES department(id) ON DELETE CASCADE,
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            grade_id INTEGER NOT NULL,
            members INTEGER NOT NULL,
            assessed INTEGER NOT NULL,
            PRIMARY KEY (department_id, profession_id, grade_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX sum_dept_membership_by_profession ON sum_dept_membership(profession_id);
        CREATE INDEX sum_dept_membership_empty ON sum_dept_membership(members) WHERE members = 0;

        CREATE TABLE sum_dept_skill_level (
            department_id INTEGER NOT NULL REFERENCES department(id) ON DELETE CASCADE,
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            skill_id INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
            grade_id INTEGER NOT NULL,
            level INTEGER NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (department_id, profession_id, skill_id, grade_id, level)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX sum_dept_skill_level_by_profession ON sum_dept_skill_level(profession_id);
        CREATE INDEX sum_dept_skill_level_by_skill ON sum_dept_skill_level(skill_id);
        CREATE INDEX sum_dept_skill_level_empty ON sum_dept_skill_level(n) WHERE n = 0;

        CREATE TABLE sum_dept_cpd_hist (
            department_id INTEGER NOT NULL REFERENCES department(id) ON DELETE CASCADE,
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            cycle_year INTEGER NOT NULL,
            minutes INTEGER NOT NULL,
            start_month INTEGER NOT NULL,
            fte_hundredths INTEGER NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (department_id, profession_id, cycle_year, minutes, start_month, fte_hundredths)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX sum_dept_cpd_hist_by_profession ON sum_dept_cpd_hist(profession_id);
        CREATE INDEX sum_dept_cpd_hist_empty ON sum_dept_cpd_hist(n) WHERE n = 0;

        CREATE TABLE sum_dept_cpd_type (
            department_id INTEGER NOT NULL REFERENCES department(id) ON DELETE CASCADE,
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            cycle_year INTEGER NOT NULL,
            type TEXT NOT NULL,
            minutes INTEGER NOT NULL,
            activities INTEGER NOT NULL,
            PRIMARY KEY (department_id, profession_id, cycle_year, type)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX sum_dept_cpd_type_by_profession ON sum_dept_cpd_type(profession_id);
        CREATE INDEX sum_dept_cpd_type_empty ON sum_dept_cpd_type(activities) WHERE activities = 0;

        CREATE TABLE sum_dept_qual_held (
            department_id INTEGER NOT NULL REFERENCES department(id) ON DELETE CASCADE,
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            grade_id INTEGER NOT NULL,
            qualification TEXT NOT NULL,
            expires TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (department_id, profession_id, grade_id, qualification, expires)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX sum_dept_qual_held_by_profession ON sum_dept_qual_held(profession_id);
        CREATE INDEX sum_dept_qual_held_empty ON sum_dept_qual_held(n) WHERE n = 0;

        CREATE TABLE sum_dept_qual_member (
            department_id INTEGER NOT NULL REFERENCES department(id) ON DELETE CASCADE,
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            grade_id INTEGER NOT NULL,
            earliest TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (department_id, profession_id, grade_id, earliest)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX sum_dept_qual_member_by_profession ON sum_dept_qual_member(profession_id);
        CREATE INDEX sum_dept_qual_member_empty ON sum_dept_qual_member(n) WHERE n = 0;

        CREATE TABLE sum_dept_staff (
            department_id INTEGER PRIMARY KEY REFERENCES department(id) ON DELETE CASCADE,
            staff INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX sum_dept_staff_empty ON sum_dept_staff(staff) WHERE staff = 0;
        """

    // MARK: - Movement summary (v11)

    /// `Summary.movements`: keyed by kind and date first, as the figures read it.
    static let movementSummary = """
        CREATE TABLE sum_movement (
            kind TEXT NOT NULL,
            start_date TEXT NOT NULL,
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            staff_id INTEGER NOT NULL,
            movement_id INTEGER NOT NULL,
            from_profession_id INTEGER NOT NULL,
            to_profession_id INTEGER NOT NULL,
            end_date TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (kind, start_date, profession_id, staff_id, movement_id, from_profession_id, to_profession_id,
                         end_date)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX sum_movement_by_profession ON sum_movement(profession_id, kind, start_date);
        CREATE INDEX sum_movement_empty ON sum_movement(n) WHERE n = 0;
        """

    // MARK: - Forum dates (v12)

    /// Dates the Heads of Profession forum or a seminar met (any number a day, each with its title).
    static let forumDates = """
        CREATE TABLE forum_date (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            title TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1
        ) STRICT;
        CREATE INDEX forum_date_by_date ON forum_date(date);
        """

    // MARK: - CPD coverage (v13)

    static let cpdCoverage = """
        DROP TABLE sum_cpd_hist;
        DROP TABLE sum_dept_cpd_hist;
        CREATE TABLE sum_cpd_cover (
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            cycle_year INTEGER NOT NULL,
            start_month INTEGER NOT NULL,
            covered_days INTEGER NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (profession_id, cycle_year, start_month, covered_days)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX sum_cpd_cover_empty ON sum_cpd_cover(n) WHERE n = 0;
        CREATE TABLE sum_dept_cpd_cover (
            department_id INTEGER NOT NULL REFERENCES department(id) ON DELETE CASCADE,
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            cycle_year INTEGER NOT NULL,
            start_month INTEGER NOT NULL,
            covered_days INTEGER NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (department_id, profession_id, cycle_year, start_month, covered_days)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX sum_dept_cpd_cover_by_profession ON sum_dept_cpd_cover(profession_id);
        CREATE INDEX sum_dept_cpd_cover_empty ON sum_dept_cpd_cover(n) WHERE n = 0;
        """

    // MARK: - Figure history (v14)

    /// One profession's figure (`Figure.code`) on one day: a count of a base, and why it was
    /// kept (`HistoryReason`). Not a summary: what it holds cannot all be worked out again.
    static let figureHistory = """
        CREATE TABLE figure_history (
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            figure TEXT NOT NULL,
            day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            count INTEGER NOT NULL,
            base INTEGER NOT NULL CHECK (base >= 0),
            reason TEXT NOT NULL CHECK (reason IN ('quarter', 'forum', 'records')),
            PRIMARY KEY (profession_id, figure, day)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX figure_history_by_day ON figure_history(day);
        """

    // MARK: - Follow-ups (v15)

    /// A person followed up for being on a profession's list (`PeopleCriterion.text`). Read by
    /// person (their latest) and by profession and list (who is still on it).
    static let followUps = """
        CREATE TABLE follow_up (
            id INTEGER PRIMARY KEY,
            staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            list TEXT NOT NULL CHECK (list <> ''),
            reason TEXT NOT NULL CHECK (reason <> ''),
            date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            note TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1
        ) STRICT;
        CREATE INDEX follow_up_by_staff ON follow_up(staff_id, profession_id, date);
        CREATE INDEX follow_up_by_list ON follow_up(profession_id, list, date, staff_id);
        """

    // MARK: - Summaries

    /// Pre-aggregated figures, kept exact in the same transaction as every write (see
    /// `Summaries.swift`), so that drawing a dashboard never scans assessments or CPD.
    /// Each has a partial index holding only its empty rows (keyed on the count, so that
    /// `DELETE … WHERE n = 0` is an index search), so that pruning them after a write is cheap.
    static let summaries = """
        CREATE TABLE sum_membership (
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            grade_id INTEGER NOT NULL,
            members INTEGER NOT NULL,
            assessed INTEGER NOT NULL,
            PRIMARY KEY (profession_id, grade_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX sum_membership_empty ON sum_membership(members) WHERE members = 0;

        CREATE TABLE sum_skill_level (
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            skill_id INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
            grade_id INTEGER NOT NULL,
            level INTEGER NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (profession_id, skill_id, grade_id, level)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX sum_skill_level_by_skill ON sum_skill_level(skill_id);
        CREATE INDEX sum_skill_level_empty ON sum_skill_level(n) WHERE n = 0;

        CREATE TABLE sum_cpd_hist (
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            cycle_year INTEGER NOT NULL,
            minutes INTEGER NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (profession_id, cycle_year, minutes)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX sum_cpd_hist_empty ON sum_cpd_hist(n) WHERE n = 0;

        CREATE TABLE sum_cpd_type (
            profession_id INTEGER NOT NULL REFERENCES profession(id) ON DELETE CASCADE,
            cycle_year INTEGER NOT NULL,
            type TEXT NOT NULL,
            minutes INTEGER NOT NULL,
            activities INTEGER NOT NULL,
            PRIMARY KEY (profession_id, cycle_year, type)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX sum_cpd_type_empty ON sum_cpd_type(activities) WHERE activities = 0;
        """

    // MARK: - History and metadata

    /// The change log outlives the records it describes, so it has no foreign keys.
    static let history = """
        CREATE TABLE change_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            action TEXT NOT NULL,
            profession_id INTEGER,
            before TEXT,
            after TEXT
        ) STRICT;
        CREATE INDEX change_log_by_profession ON change_log(profession_id, id);
        CREATE INDEX change_log_by_record ON change_log(table_name, record_id);

        CREATE TABLE store_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;
        """
}
