import GRDB
import HopModel

/// What collation needs to know about one input store before writing anything: its
/// departments, grades and professions' frameworks, and which department each staff number
/// belongs to. The bulk records (assessments, CPD, qualifications) are streamed later.
struct CollationInput {
    /// The file name, as messages show it.
    let file: String
    let store: Store
    let departments: [RowID: Department]
    let grades: [RowID: Grade]
    let professions: [Profession]
    let skills: [RowID: Skill]
    let frameworks: [String: CollationFramework]
    /// Staff number → department code.
    let staffDepartments: [String: String]
    /// Departmental leads, few per profession.
    let leads: [DepartmentalLead]
    /// The register of critical posts, with successors (a few per profession).
    let posts: [CriticalPost]
    /// Checklist entries by "profession code/item id".
    let checklist: [String: ChecklistEntry]
    /// The learning catalogue, with each offer's skills (tens per profession).
    let offers: [LearningOffer]
    /// Development plans with their lines (one a profession and year), and the bookings on them.
    let plans: [DevelopmentPlan]
    let bookings: [Booking]
    /// The people's records to copy (staff, memberships, assessments, CPD, qualifications,
    /// movements, follow-ups and bookings): what takes the time, and what progress counts.
    let peopleRows: Int

    /// The tables `peopleRows` counts, as collation copies them a row at a time.
    static let peopleTables = ["staff", "staff_profession", "assessment", "cpd_activity", "qualification_held",
                               "movement", "follow_up", "booking"]

    init(file: String) throws {
        self.file = file
        store = try Store.open(path: file, mode: .readOnly)
        // One read transaction: a consistent picture even while someone edits the input.
        (departments, grades, professions, skills, frameworks, staffDepartments, leads, posts, checklist, offers, plans,
         bookings, peopleRows) = try store.read { db in
            let departments = try Department.fetchAll(db, sql: "SELECT \(Department.selection) FROM department ORDER BY id")
            let grades = try Grade.fetchAll(db, sql: "SELECT \(Grade.selection) FROM grade ORDER BY id")
            let professions = try Profession.fetchAll(db, sql: "SELECT \(Profession.selection) FROM profession ORDER BY id")
            let skills = try Skill.fetchAll(db, sql: "SELECT \(Skill.selection) FROM skill ORDER BY id")
            let gradeCodes = Dictionary(uniqueKeysWithValues: grades.map { ($0.id, $0.code) })
            let skillsById = Dictionary(uniqueKeysWithValues: skills.map { ($0.id, $0) })
            var frameworks: [RowID: CollationFramework] = [:]
            for profession in professions { frameworks[profession.id] = CollationFramework(scale: profession.scaleLabels) }
            for skill in skills { frameworks[skill.professionId]?.skills[skill.name] = [:] }
            for requirement in try SkillRequirement.fetchAll(db, sql: "SELECT \(SkillRequirement.selection) FROM skill_requirement") {
                guard let skill = skillsById[requirement.skillId], let grade = gradeCodes[requirement.gradeId] else { continue }
                frameworks[skill.professionId]?.skills[skill.name]?[grade] = requirement.level
            }
            for requirement in try CPDRequirement.fetchAll(db, sql: "SELECT \(CPDRequirement.selection) FROM cpd_requirement") {
                frameworks[requirement.professionId]?.cpd = "\(requirement.hoursPerCycle) hours a cycle from month "
                    + "\(requirement.cycleStartMonth), counting " + requirement.countedTypeCodes.joined(separator: ", ")
            }
            for requirement in try QualificationRequirement.fetchAll(db, sql: "SELECT \(QualificationRequirement.selection) FROM qualification_requirement") {
                guard let grade = gradeCodes[requirement.gradeId] else { continue }
                frameworks[requirement.professionId]?.qualifications.insert("\(requirement.qualification) at \(grade)")
            }
            let departmentCodes = Dictionary(uniqueKeysWithValues: departments.map { ($0.id, $0.code) })
            var staffDepartments: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT staff_number, department_id FROM staff")
            while let row = try rows.next() {
                staffDepartments[try row.value(at: 0)] = departmentCodes[try row.value(at: 1)] ?? "?"
            }
            let professionCodes = Dictionary(uniqueKeysWithValues: professions.map { ($0.id, $0.code) })
            var checklist: [String: ChecklistEntry] = [:]
            for entry in try ChecklistEntry.fetchAll(db, sql: "SELECT \(ChecklistEntry.selection) FROM checklist_entry") {
                checklist[(professionCodes[entry.professionId] ?? "?") + "/" + entry.itemId] = entry
            }
            return (Dictionary(uniqueKeysWithValues: departments.map { ($0.id, $0) }),
                    Dictionary(uniqueKeysWithValues: grades.map { ($0.id, $0) }),
                    professions, skillsById,
                    Dictionary(uniqueKeysWithValues: professions.map { ($0.code, frameworks[$0.id]!) }),
                    staffDepartments,
                    try DepartmentalLead.fetchAll(db, sql: "SELECT \(DepartmentalLead.selection) FROM departmental_lead ORDER BY id"),
                    try CriticalPostRows.fetch(db),
                    checklist,
                    try LearningOfferRows.fetch(db),
                    try DevelopmentPlanRows.fetch(db, where: "1"),
                    try Booking.fetchAll(db, sql: "SELECT \(Booking.selection) FROM booking ORDER BY id"),
                    try Int.fetchOne(db, sql: "SELECT " + Self.peopleTables.map { "(SELECT COUNT(*) FROM \($0))" }
                        .joined(separator: " + ")) ?? 0)
        }
    }
}

extension CollationInput {
    /// A lead's place, by codes: "profession POL in department DFA".
    func leadKey(_ lead: DepartmentalLead) -> String {
        let profession = professions.first { $0.id == lead.professionId }?.code ?? "?"
        return "profession \(profession) in department \(departments[lead.departmentId]?.code ?? "?")"
    }
}

extension CollationInput {
    /// A critical post's place, by codes: "post \"Title\" of profession POL in department DFA".
    func postKey(_ post: CriticalPost) -> String {
        let profession = professions.first { $0.id == post.professionId }?.code ?? "?"
        return "critical post \"\(post.title)\" of profession \(profession) in department \(departments[post.departmentId]?.code ?? "?")"
    }
}

extension CollationInput {
    /// An offer's place, by codes: "learning offer \"Title\" by Provider of profession POL" (or "shared").
    func offerKey(_ offer: LearningOffer) -> String {
        let owner = offer.professionId.map { id in "of profession " + (professions.first { $0.id == id }?.code ?? "?") }
            ?? "shared by every profession"
        return "learning offer \"\(offer.title)\" by \(offer.provider) \(owner)"
    }

    /// What an offer says, by codes and names rather than ids, for comparing inputs.
    func offerContent(_ offer: LearningOffer) -> String {
        let skills = offer.skills.map { s -> String in
            guard let skill = self.skills[s.skillId] else { return "?" }
            let code = professions.first { $0.id == skill.professionId }?.code ?? "?"
            return "\(code)/\(skill.name) \(s.level)"
        }.sorted()
        let named: String = skills.isEmpty ? "none" : skills.joined(separator: "; ")
        let cost: String = LearningOffer.pounds(offer.costPence)
        let hours: String = LearningOffer.hours(offer.minutes)
        return "\(offer.type.label), \(hours) hours, \(cost) a place, \(offer.places) places a year, skills: \(named)"
    }
}

extension CollationInput {
    /// A plan's place, by codes: "development plan of profession POL for 2026-27".
    func planKey(_ plan: DevelopmentPlan) -> String {
        let profession = professions.first { $0.id == plan.professionId }?.code ?? "?"
        return "development plan of profession \(profession) for \(DevelopmentPlan.yearLabel(plan.year))"
    }

    /// A line's place within its plan, by names: "Analysis on learning offer \"Title\" by Provider ...".
    func lineKey(skillId: RowID, offerId: RowID) -> String {
        let offer = offers.first { $0.id == offerId }.map(offerKey) ?? "learning offer ?"
        return "\(skills[skillId]?.name ?? "?") on \(offer)"
    }

    /// What a plan says, line by line in its order, by names rather than ids.
    func planContent(_ plan: DevelopmentPlan) -> String {
        plan.lines.isEmpty ? "no lines" : plan.lines.map { line in
            "\(lineKey(skillId: line.skillId, offerId: line.offerId)), \(line.places) places in Q\(line.quarter)"
        }.joined(separator: "; ")
    }
}

/// A profession's framework as collation compares it across inputs, by codes and names
/// rather than row ids.
struct CollationFramework: Equatable {
    var scale: [String]
    /// Skill name → grade code → required level.
    var skills: [String: [String: Int]] = [:]
    var cpd: String?
    var qualifications: Set<String> = []

    /// How `other` differs from this framework, in words naming both files.
    func differences(from other: CollationFramework, profession: String, _ file: String, _ otherFile: String) -> [String] {
        var found: [String] = []
        let lead = "profession \(profession): "
        if scale != other.scale {
            found.append(lead + "the proficiency scale is \(scale.count) levels (\(scale.joined(separator: ", "))) in "
                         + "\(file) but \(other.scale.count) levels (\(other.scale.joined(separator: ", "))) in \(otherFile)")
        }
        for name in Set(skills.keys).union(other.skills.keys).sorted() {
            switch (skills[name], other.skills[name]) {
            case (nil, _): found.append(lead + "skill \"\(name)\" is in \(otherFile) but not in \(file)")
            case (_, nil): found.append(lead + "skill \"\(name)\" is in \(file) but not in \(otherFile)")
            case let (mine?, theirs?) where mine != theirs:
                for grade in Set(mine.keys).union(theirs.keys).sorted() where mine[grade] != theirs[grade] {
                    found.append(lead + "skill \"\(name)\" at grade \(grade) requires level "
                                 + "\(mine[grade].map(String.init) ?? "none") in \(file) but "
                                 + "\(theirs[grade].map(String.init) ?? "none") in \(otherFile)")
                }
            default: break
            }
        }
        if cpd != other.cpd {
            found.append(lead + "the CPD requirement is \(cpd ?? "none") in \(file) but \(other.cpd ?? "none") in \(otherFile)")
        }
        if qualifications != other.qualifications {
            found.append(lead + "the required qualifications differ between \(file) and \(otherFile)")
        }
        return found
    }
}

/// How collation compares one checklist item recorded by two inputs: what the item says
/// (status, owner, due date, evidence); when it was last updated does not make a difference.
struct CollationChecklistItem {
    let entry: ChecklistEntry

    /// The fields in which `other` says something else, with both values, or [] when they agree.
    func differences(from other: ChecklistEntry) -> [String] {
        var found: [String] = []
        let quoted = { (s: String) in s.isEmpty ? "blank" : "\"\(SafeText.line(s))\"" }
        if entry.status != other.status { found.append("status \(entry.status.label) vs \(other.status.label)") }
        if entry.owner != other.owner { found.append("owner \(quoted(entry.owner)) vs \(quoted(other.owner))") }
        if entry.due != other.due { found.append("due \(entry.due?.iso ?? "none") vs \(other.due?.iso ?? "none")") }
        if entry.evidence != other.evidence { found.append("evidence differs") }
        return found
    }
}
