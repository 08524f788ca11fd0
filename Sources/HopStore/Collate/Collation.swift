import Foundation
import GRDB
import HopModel

/// Why collation wrote nothing.
public enum CollationError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The inputs disagree; every disagreement found, naming the files.
    case conflicts([String])
    case needsInputs
    /// An input changed while it was being read (someone was editing it).
    case inputChanged(file: String)

    /// How many conflicts the message lists (all of them are in `conflicts`).
    static let shown = 50

    public var description: String {
        switch self {
        case .conflicts(let conflicts):
            "The stores cannot be collated (\(conflicts.count) conflict\(conflicts.count == 1 ? "" : "s")); nothing was written:\n"
                + conflicts.prefix(Self.shown).map { "  " + $0 }.joined(separator: "\n")
                + (conflicts.count > Self.shown ? "\n  … and \(conflicts.count - Self.shown) more" : "")
        case .needsInputs:
            "Name at least one store to collate."
        case .inputChanged(let file):
            "\(file) changed while it was being collated (someone is editing it); nothing was written. Try again when it is quiet."
        }
    }
}

/// What a collation wrote.
public struct CollationSummary: Equatable, Sendable {
    public var inputs: Int
    public var departments: Int
    public var professions: Int
    public var staff: Int
    /// Checklist items recorded alike in more than one input, written once.
    public var checklistItemsShared: Int
}

extension Store {
    /// One new store at `path` holding the records of every input (see docs/DECISIONS.md):
    /// departments kept distinct and matched by code, grades and professions matched by code,
    /// skills by profession and name. Refused as a whole, listing every conflict, when a staff
    /// number is in more than one input, or a profession's framework (scale, skills, required
    /// levels, CPD or qualification requirements), a department's name, a grade or a checklist
    /// item's entry (status, owner, due date, evidence) differs.
    /// Built under a temporary name in the same folder and moved into place (0600); an
    /// existing `path` is never replaced. The inputs are opened read-only.
    /// `progress` hears the people's records copied (staff and the records hanging off them, the
    /// bulk of the work) and their share of every input's, counted when the inputs are first read;
    /// the first report (none copied) comes as the copy starts, after the inputs have been read and
    /// checked, and the last (share 1) before the summaries are rebuilt, which cannot be counted.
    public static func collate(_ files: [String], into path: String, clock: @escaping Clock = { Date() },
                               progress: ProgressReport? = nil) throws -> CollationSummary {
        guard !files.isEmpty else { throw CollationError.needsInputs }
        guard !StoreFiles.exists(path) else { throw JSONStoreError.exists(path: path) }
        let inputs = try files.map(CollationInput.init(file:))
        let conflicts = conflicts(inputs)
        guard conflicts.isEmpty else { throw CollationError.conflicts(conflicts) }

        // The input with the most people's records is the collated store's start, copied page by
        // page (decision 105); the others are added to it.
        let base = inputs.indices.reduce(0) { inputs[$1].peopleRows > inputs[$0].peopleRows ? $1 : $0 }
        let ordered = [inputs[base]] + inputs.indices.filter { $0 != base }.map { inputs[$0] }
        return try StoreFiles.build(beside: path, purpose: "collating") { temporary in
            // None copied yet: the copy starts now (the inputs have been read and checked); the
            // first input's rows count as copied with its pages.
            progress?(0, inputs.contains { $0.peopleRows > 0 } ? 0 : nil)
            try copyPages(of: DatabaseQueue(path: StoreFiles.readingLocation(ordered[0].file),
                                            configuration: configuration(readOnly: true)), into: temporary)
            let store = try Store.open(path: temporary, mode: .createIfMissing, clock: clock)
            // Not `bulkLoad`: the copy's history is replaced by the inputs' combined, not kept for
            // the quarter first, and its summaries are kept for the people added, not rebuilt.
            return try store.write(by: "hopdash collate", stampsLastChange: false) { w in
                let writer = BulkWriter(db: w.db)
                let (summary, added) = try CollationWriter(writer: writer, inputs: ordered, progress: progress).write()
                try writer.finish(w, summariesOnlyFor: added)
                // As a new store's first write would have: the history is kept up to the last
                // quarter end (the inputs' combined above), and the store changed now.
                try w.db.execute(sql: "INSERT INTO store_meta (key, value) VALUES (?, ?)",
                                 arguments: [FigureHistory.throughKey, Day.today(clock()).previousQuarterEnd.iso])
                try StoreMeta.touch(w.db, at: w.at)
                return summary
            }
        }
    }

    /// Every disagreement between the inputs, each naming the files involved.
    static func conflicts(_ inputs: [CollationInput]) -> [String] {
        var conflicts: [String] = []
        var departments: [String: (Department, String)] = [:]
        var gradesByCode: [String: (Grade, String)] = [:]
        var gradesByRank: [Int: (Grade, String)] = [:]
        var frameworks: [String: (CollationFramework, String)] = [:]
        var staff: [String: (department: String, file: String)] = [:]
        var leads: [String: (DepartmentalLead, String)] = [:]
        var posts: [String: String] = [:]
        var checklist: [String: (ChecklistEntry, String)] = [:]
        var offers: [String: (content: String, file: String)] = [:]
        var plans: [String: (content: String, file: String, places: [String: Int])] = [:]
        var taken: [String: [String: Int]] = [:]   // plan key → line key → places booked across inputs
        for input in inputs {
            for department in input.departments.values.sorted(by: { $0.code < $1.code }) {
                if let (first, file) = departments[department.code] {
                    if first.name != department.name {
                        conflicts.append("department \(department.code): \"\(first.name)\" in \(file) but "
                                         + "\"\(department.name)\" in \(input.file)")
                    } else if first.isDevolved != department.isDevolved {
                        let devolved = { (d: Department) in d.isDevolved ? "devolved" : "not devolved" }
                        conflicts.append("department \(department.code): \(devolved(first)) in \(file) but "
                                         + "\(devolved(department)) in \(input.file)")
                    }
                } else { departments[department.code] = (department, input.file) }
            }
            for grade in input.grades.values.sorted(by: { $0.rank < $1.rank }) {
                if let (first, file) = gradesByCode[grade.code], first.rank != grade.rank || first.name != grade.name {
                    conflicts.append("grade \(grade.code): \"\(first.name)\" at rank \(first.rank) in \(file) but "
                                     + "\"\(grade.name)\" at rank \(grade.rank) in \(input.file)")
                } else if let (first, file) = gradesByRank[grade.rank], first.code != grade.code {
                    conflicts.append("grade rank \(grade.rank): \(first.code) in \(file) but \(grade.code) in \(input.file)")
                }
                gradesByCode[grade.code] = gradesByCode[grade.code] ?? (grade, input.file)
                gradesByRank[grade.rank] = gradesByRank[grade.rank] ?? (grade, input.file)
            }
            for profession in input.professions {
                let framework = input.frameworks[profession.code]!
                if let (first, file) = frameworks[profession.code] {
                    conflicts += first.differences(from: framework, profession: profession.code, file, input.file)
                } else { frameworks[profession.code] = (framework, input.file) }
            }
            for (number, department) in input.staffDepartments.sorted(by: { $0.key < $1.key }) {
                if let first = staff[number] {
                    conflicts.append(first.department == department
                        ? "staff number \(number) is in both \(first.file) and \(input.file) (department \(department)); "
                            + "each person's records must come from one store"
                        : "staff number \(number) is in department \(first.department) in \(first.file) but in "
                            + "department \(department) in \(input.file)")
                } else { staff[number] = (department, input.file) }
            }
            for lead in input.leads {
                let key = input.leadKey(lead)
                if let (first, file) = leads[key] {
                    if (first.name, first.email, first.phone) != (lead.name, lead.email, lead.phone) {
                        conflicts.append("departmental lead for \(key): one person in \(file) but another in \(input.file)")
                    }
                } else { leads[key] = (lead, input.file) }
            }
            for post in input.posts {
                let key = input.postKey(post)
                if let file = posts[key] {
                    conflicts.append("\(key) is in both \(file) and \(input.file); each post must come from one store")
                } else { posts[key] = input.file }
            }
            // A catalogue copied between departments' stores is one catalogue; an offer that says
            // something else in another store is a conflict (neither is dropped for the other).
            for offer in input.offers {
                let key = input.offerKey(offer), content = input.offerContent(offer)
                if let first = offers[key] {
                    if first.content != content {
                        conflicts.append("\(key) differs between \(first.file) (\(first.content)) and \(input.file) "
                                         + "(\(content)); the collated store holds one, so make the stores agree on it first")
                    }
                } else { offers[key] = (content, input.file) }
            }
            // A plan copied between departments' stores is one plan; a plan that says something else
            // for the same profession and year in another store is a conflict, as an offer's is.
            for plan in input.plans {
                let key = input.planKey(plan), content = input.planContent(plan)
                if let first = plans[key] {
                    if first.content != content {
                        conflicts.append("\(key) differs between \(first.file) (\(first.content)) and \(input.file) "
                                         + "(\(content)); the collated store holds one plan a profession and year, so make "
                                         + "the stores agree on it first")
                    }
                } else {
                    let places = Dictionary(plan.lines.map { (input.lineKey(skillId: $0.skillId, offerId: $0.offerId), $0.places) },
                                            uniquingKeysWith: +)
                    plans[key] = (content, input.file, places)
                }
            }
            // Each department books its own people; together they may not take more places than a line has.
            for booking in input.bookings where booking.status.takesPlace {
                guard let plan = input.plans.first(where: { $0.id == booking.planId }) else { continue }
                taken[input.planKey(plan), default: [:]][input.lineKey(skillId: booking.skillId, offerId: booking.offerId), default: 0] += 1
            }
            // One profession has one checklist: two inputs that say different things about an
            // item are a conflict (neither entry is dropped in favour of the other).
            for (key, entry) in input.checklist.sorted(by: { $0.key < $1.key }) {
                guard let (first, file) = checklist[key] else { checklist[key] = (entry, input.file); continue }
                let differences = CollationChecklistItem(entry: first).differences(from: entry)
                guard !differences.isEmpty else { continue }
                let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
                let updated = { (e: ChecklistEntry) in e.updated.map { " (updated \($0.iso))" } ?? "" }
                conflicts.append("checklist item \(parts.last ?? key) of profession \(parts.first ?? "?") differs between "
                                 + "\(file)\(updated(first)) and \(input.file)\(updated(entry)): "
                                 + differences.joined(separator: "; ")
                                 + "; the collated store holds one entry per item, so make the stores agree on it first")
            }
        }
        for (plan, lines) in taken.sorted(by: { $0.key < $1.key }) {
            for (line, booked) in lines.sorted(by: { $0.key < $1.key }) {
                let places = plans[plan]?.places[line] ?? 0
                if booked > places {
                    conflicts.append("\(plan): \(line) has \(places) place\(places == 1 ? "" : "s") but the stores book "
                                     + "\(booked) between them; cancel bookings first")
                }
            }
        }
        return conflicts
    }
}

/// Adds the inputs to the new store inside one transaction, mapping every reference by code
/// (departments, grades, professions), by profession and name (skills) or to the new staff ids.
/// The first input is in the store already (copied page by page), under its own ids: its records
/// are only listed, so that the others' are matched to them, and what was its alone (its change
/// and access logs, seminar settings) is removed; its checklist and figure history are written
/// again, combined with the others'.
private struct CollationWriter {
    let writer: BulkWriter
    let inputs: [CollationInput]
    let progress: ProgressReport?

    /// What was written, and the people added to the first input's (nil: too many of them
    /// beside its own to keep the summaries per person).
    func write() throws -> (CollationSummary, added: [RowID]?) {
        var copied = ProgressCounter(total: inputs.map(\.peopleRows).reduce(0, +), report: progress ?? { _, _ in })
        for table in ["change_log", "access_log", "seminar_lock", "seminar_setting", "store_meta", "checklist_entry", "figure_history"] {
            try writer.db.execute(sql: "DELETE FROM \(table)")
        }
        for kind in RecordKind.allCases where ![.seminarSetting, .checklistEntry].contains(kind) {
            writer.count(kind, try Int.fetchOne(writer.db, sql: "SELECT COUNT(*) FROM \(kind.table)") ?? 0)
        }
        copied.add(inputs[0].peopleRows)
        var added: [RowID] = []
        var departments: [String: RowID] = [:]
        var grades: [String: RowID] = [:]
        var professions: [String: RowID] = [:]
        var skills: [String: RowID] = [:]   // "profession code/skill name"
        var staffCount = 0
        var checklist: [String: (entry: ChecklistEntry, professionCode: String)] = [:]
        var occurrences: [String: Int] = [:]
        var leads: Set<String> = []
        var offers: [String: RowID] = [:]   // offer key → collated id
        var plans: [String: RowID] = [:]    // plan key → collated id
        var maturity: Set<[String]> = []
        var forums: Set<[String]> = []
        var history = CollatedHistory()
        for (index, input) in inputs.enumerated() {
            let inStore = index == 0
            history.list(input: index, professions: input.professions.map(\.code))
            for var department in input.departments.values.sorted(by: { $0.id < $1.id }) where departments[department.code] == nil {
                if inStore { departments[department.code] = department.id; continue }
                department.id = 0
                departments[department.code] = try writer.insert(department)
            }
            for var grade in input.grades.values.sorted(by: { $0.rank < $1.rank }) where grades[grade.code] == nil {
                if inStore { grades[grade.code] = grade.id; continue }
                grade.id = 0
                grades[grade.code] = try writer.insert(grade)
            }
            let professionCodes = Dictionary(uniqueKeysWithValues: input.professions.map { ($0.id, $0.code) })
            let gradeCodes = input.grades.mapValues(\.code)
            var skillIds: [RowID: RowID] = [:]
            var staffIds: [RowID: RowID] = [:]
            var activityIds: [RowID: RowID] = [:]
            // An input's rows refer to ids it listed when first read; one missing means the input
            // changed meanwhile, which refuses the collation rather than guessing.
            let department = { (id: RowID) throws -> RowID in try known(input.departments[id].flatMap { departments[$0.code] }, input) }
            let grade = { (id: RowID) throws -> RowID in try known(gradeCodes[id].flatMap { grades[$0] }, input) }
            let code = { (id: RowID) throws -> String in try known(professionCodes[id], input) }
            let profession = { (id: RowID) throws -> RowID in try known(professions[try code(id)], input) }
            let skill = { (id: RowID) throws -> RowID in try known(skillIds[id], input) }
            let person = { (id: RowID) throws -> RowID in try known(staffIds[id], input) }
            let firstListing = input.professions.filter { professions[$0.code] == nil }
            for var profession in firstListing {
                if inStore { professions[profession.code] = profession.id; continue }
                profession.id = 0
                professions[profession.code] = try writer.insert(profession)
            }
            for var skill in input.skills.values.sorted(by: { $0.id < $1.id }) {
                let key = try code(skill.professionId) + "/" + skill.name
                if let existing = skills[key] { skillIds[skill.id] = existing; continue }
                if inStore { skills[key] = skill.id; skillIds[skill.id] = skill.id; continue }
                let old = skill.id
                skill.id = 0
                skill.professionId = try profession(skill.professionId)
                skills[key] = try writer.insert(skill)
                skillIds[old] = skills[key]
            }
            let firstCodes = inStore ? [] : Set(firstListing.map(\.code))
            try input.store.readPassingOwnErrors { db in
                // The framework's rows, from the first input listing the profession (the others agree).
                for var requirement in try SkillRequirement.fetchAll(db, sql: "SELECT \(SkillRequirement.selection) FROM skill_requirement ORDER BY skill_id, grade_id")
                where firstCodes.contains(try code(try known(input.skills[requirement.skillId], input).professionId)) {
                    requirement.skillId = try skill(requirement.skillId)
                    requirement.gradeId = try grade(requirement.gradeId)
                    try writer.insert(requirement)
                }
                for var requirement in try CPDRequirement.fetchAll(db, sql: "SELECT \(CPDRequirement.selection) FROM cpd_requirement ORDER BY profession_id")
                where firstCodes.contains(try code(requirement.professionId)) {
                    requirement.professionId = try profession(requirement.professionId)
                    try writer.insert(requirement)
                }
                for var requirement in try QualificationRequirement.fetchAll(db, sql: "SELECT \(QualificationRequirement.selection) FROM qualification_requirement ORDER BY profession_id, grade_id, qualification")
                where firstCodes.contains(try code(requirement.professionId)) {
                    requirement.professionId = try profession(requirement.professionId)
                    requirement.gradeId = try grade(requirement.gradeId)
                    try writer.insert(requirement)
                }
                // People and their records.
                if inStore {
                    // In the store already.
                    staffCount += input.staffDepartments.count
                } else {
                    let staff = try Row.fetchCursor(db, sql: "SELECT \(StaffMember.selection) FROM staff ORDER BY id")
                    while let row = try staff.next() {
                        var member = try StaffMember(row: row)
                        let old = member.id
                        member.id = 0
                        member.departmentId = try department(member.departmentId)
                        member.gradeId = try grade(member.gradeId)
                        staffIds[old] = try writer.insert(member)
                        added.append(staffIds[old]!)
                        staffCount += 1
                        copied.add()
                    }
                    for var membership in try StaffProfession.fetchAll(db, sql: "SELECT \(StaffProfession.selection) FROM staff_profession ORDER BY staff_id, profession_id") {
                        membership.staffId = try person(membership.staffId)
                        membership.professionId = try profession(membership.professionId)
                        try writer.insert(membership)
                        copied.add()
                    }
                    let assessments = try Row.fetchCursor(db, sql: "SELECT \(SkillAssessment.selection) FROM assessment ORDER BY id")
                    while let row = try assessments.next() {
                        var assessment = try SkillAssessment(row: row)
                        assessment.id = 0
                        assessment.staffId = try person(assessment.staffId)
                        assessment.skillId = try skill(assessment.skillId)
                        try writer.insert(assessment)
                        copied.add()
                    }
                    let activities = try Row.fetchCursor(db, sql: "SELECT \(CPDActivity.selection) FROM cpd_activity ORDER BY id")
                    while let row = try activities.next() {
                        var activity = try CPDActivity(row: row)
                        let old = activity.id
                        activity.id = 0
                        activity.staffId = try person(activity.staffId)
                        activityIds[old] = try writer.insert(activity)
                        copied.add()
                    }
                    for var held in try QualificationHeld.fetchAll(db, sql: "SELECT \(QualificationHeld.selection) FROM qualification_held ORDER BY id") {
                        held.id = 0
                        held.staffId = try person(held.staffId)
                        try writer.insert(held)
                        copied.add()
                    }
                    let movements = try Row.fetchCursor(db, sql: "SELECT \(Movement.selection) FROM movement ORDER BY id")
                    while let row = try movements.next() {
                        var movement = try Movement(row: row)
                        movement.id = 0
                        movement.staffId = try person(movement.staffId)
                        movement.fromProfessionId = try movement.fromProfessionId.map(profession)
                        movement.toProfessionId = try movement.toProfessionId.map(profession)
                        movement.fromDepartmentId = try movement.fromDepartmentId.map(department)
                        movement.toDepartmentId = try movement.toDepartmentId.map(department)
                        try writer.insert(movement)
                        copied.add()
                    }
                    // Follow-ups go with their person (each in one input, checked above).
                    let followUps = try Row.fetchCursor(db, sql: "SELECT \(FollowUp.selection) FROM follow_up ORDER BY id")
                    while let row = try followUps.next() {
                        var followUp = try FollowUp(row: row)
                        followUp.id = 0
                        followUp.staffId = try person(followUp.staffId)
                        followUp.professionId = try profession(followUp.professionId)
                        try writer.insert(followUp)
                        copied.add()
                    }
                }
                // Leads named alike in several inputs (checked to agree) are written once.
                for var lead in input.leads where leads.insert(input.leadKey(lead)).inserted && !inStore {
                    lead.id = 0
                    lead.professionId = try profession(lead.professionId)
                    lead.departmentId = try department(lead.departmentId)
                    try writer.insert(lead)
                }
                // Critical posts (checked to be in one input each), their people mapped to the new ids.
                for var post in input.posts where !inStore {
                    post.id = 0
                    post.professionId = try profession(post.professionId)
                    post.departmentId = try department(post.departmentId)
                    post.gradeId = try grade(post.gradeId)
                    post.holderId = try post.holderId.map(person)
                    for index in post.successors.indices {
                        post.successors[index].staffId = try person(post.successors[index].staffId)
                    }
                    try writer.insert(post)
                }
                // Offers named alike in several inputs (checked to agree) are written once.
                var offerIds: [RowID: RowID] = [:]
                for var offer in input.offers {
                    let key = input.offerKey(offer), old = offer.id
                    if let written = offers[key] { offerIds[old] = written; continue }
                    if inStore { (offers[key], offerIds[old]) = (old, old); continue }
                    offer.id = 0
                    offer.professionId = try offer.professionId.map(profession)
                    for index in offer.skills.indices { offer.skills[index].skillId = try skill(offer.skills[index].skillId) }
                    offers[key] = try writer.insert(offer)
                    offerIds[old] = offers[key]
                }
                let offer = { (id: RowID) throws -> RowID in try known(offerIds[id], input) }
                // Plans alike in several inputs (checked to agree) are written once; each input's
                // bookings (its own people, checked not to overfill a line) go on the one plan.
                var planIds: [RowID: RowID] = [:]
                for var plan in input.plans {
                    let key = input.planKey(plan), old = plan.id
                    if let written = plans[key] { planIds[old] = written; continue }
                    if inStore { (plans[key], planIds[old]) = (old, old); continue }
                    plan.id = 0
                    plan.professionId = try profession(plan.professionId)
                    for index in plan.lines.indices {
                        plan.lines[index].skillId = try skill(plan.lines[index].skillId)
                        plan.lines[index].offerId = try offer(plan.lines[index].offerId)
                    }
                    plans[key] = try writer.insert(plan)
                    planIds[old] = plans[key]
                }
                for var booking in input.bookings where !inStore {
                    booking.id = 0
                    booking.planId = try known(planIds[booking.planId], input)
                    booking.skillId = try skill(booking.skillId)
                    booking.offerId = try offer(booking.offerId)
                    booking.staffId = try person(booking.staffId)
                    booking.cpdActivityId = try booking.cpdActivityId.map { try known(activityIds[$0], input) }
                    try writer.insert(booking)
                    copied.add()
                }
                // The professions' own records: maturity history kept whole, checklists chosen below.
                // The same assessment in several inputs (one profession's history copied between
                // departments' stores) is history once, not twice.
                var maturityHere: Set<[String]> = []
                for var assessment in try MaturityAssessment.fetchAll(db, sql: "SELECT \(MaturityAssessment.selection) FROM maturity_assessment ORDER BY id") {
                    let seen = [try code(assessment.professionId), String(assessment.area), String(assessment.level),
                                assessment.date.iso, assessment.assessor, assessment.rationale]
                    // Only against earlier inputs: two alike in one store are two assessments.
                    guard !maturity.contains(seen) else { continue }
                    maturityHere.insert(seen)
                    if inStore { continue }
                    assessment.id = 0
                    assessment.professionId = try profession(assessment.professionId)
                    try writer.insert(assessment)
                }
                maturity.formUnion(maturityHere)
                // Forum dates are the whole service's: the same date and title in several inputs is
                // one meeting, written once.
                for var forum in try ForumDate.fetchAll(db, sql: "SELECT \(ForumDate.selection) FROM forum_date ORDER BY date, id")
                where forums.insert([forum.date.iso, forum.title]).inserted && !inStore {
                    forum.id = 0
                    try writer.insert(forum)
                }
                // The figures' history, by profession code and (for a skill's gap) the collated skill.
                for row in try Row.fetchAll(db, sql: """
                    SELECT profession_id, figure, day, count, base, reason FROM figure_history ORDER BY profession_id, figure, day
                    """) {
                    guard let professionCode = professionCodes[row[0]], var figure = Figure(code: row[1]) else { continue }
                    if case .skillGap(let id) = figure {
                        guard let mapped = skillIds[id] else { continue }
                        figure = .skillGap(skillId: mapped)
                    }
                    history.add(input: index, .init(profession: professionCode, figure: figure, day: try row.day(at: 2, "day")),
                                Ratio(row[3], of: row[4]), reason: HistoryReason(rawValue: row[5]) ?? .quarter)
                }
                for entry in try ChecklistEntry.fetchAll(db, sql: "SELECT \(ChecklistEntry.selection) FROM checklist_entry ORDER BY profession_id, item_id") {
                    let professionCode = try code(entry.professionId)
                    let key = professionCode + "/" + entry.itemId
                    occurrences[key, default: 0] += 1
                    if let kept = checklist[key], !Self.isLater(entry.updated, than: kept.entry.updated) { continue }
                    checklist[key] = (entry, professionCode)
                }
            }
        }
        copied.end()
        // A checklist item recorded alike by several inputs (checked above: they agree on all
        // but when it was updated) is written once, with the latest update, and counted.
        for (_, kept) in checklist.sorted(by: { $0.key < $1.key }) {
            var entry = kept.entry
            entry.professionId = professions[kept.professionCode]!  // every input's professions were written above
            try writer.insert(entry)
        }
        for (key, value, reason) in history.combined() {
            try FigureHistory.write(writer.db, professionId: professions[key.profession]!, day: key.day, [key.figure: value],
                                    reason: reason)
        }
        let summary = CollationSummary(inputs: inputs.count, departments: departments.count, professions: professions.count,
                                       staff: staffCount, checklistItemsShared: occurrences.values.filter { $0 > 1 }.count)
        // Adding back more than half the staff person by person costs more than a rebuild.
        return (summary, added.count * 2 <= staffCount ? added : nil)
    }

    /// A day after another; no day is earlier than any.
    private static func isLater(_ day: Day?, than other: Day?) -> Bool {
        guard let day else { return false }
        guard let other else { return true }
        return day > other
    }
}

/// A value an input listed when first read; nil means the input has changed since.
private func known<T>(_ value: T?, _ input: CollationInput) throws -> T {
    guard let value else { throw CollationError.inputChanged(file: input.file) }
    return value
}
