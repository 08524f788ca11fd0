import HopModel

/// A fictional department with nine professions of very different size and maturity, for
/// trying hopdash out and for the seminar screen. Everything follows from the seed: the same
/// seed and day give the same store.
public enum DemoData {
    /// The seed `hopdash --demo` and `hopdash init --demo` use unless told otherwise.
    public static let defaultSeed: UInt64 = 2010

    public static let department = Department(code: "DFA", name: "Department for Fictional Affairs")

    /// About 5,000 staff.
    public static func writeDemo(into store: Store, seed: UInt64, today: Day) throws {
        try write(into: store, seed: seed, today: today, scale: 1)
    }

    /// The demo at another size: `scale` multiplies every profession's headcount (each keeps
    /// at least three members). One bulk load, so atomic and with summaries rebuilt once.
    public static func write(into store: Store, seed: UInt64, today: Day, scale: Double) throws {
        let headcounts = DemoProfession.all.map { max(3, Int((Double($0.headcount) * scale).rounded())) }
        try store.bulkLoad(by: "demo") { writer in
            var generator = DemoGenerator(writer: writer, random: DemoRandom(seed: seed), today: today,
                                          department: department)
            try generator.run(DemoProfession.all, headcounts: headcounts)
        }
        // Two years of figures, so that every history has a shape (written once the summaries are).
        try store.write(by: "demo") { w in try FigureHistory.demo(w.db, today: today) }
        try DemoPlans.write(into: store, today: today, by: "demo")
    }
}

/// Turns `DemoProfession`s into records, in a fixed order so that the seed decides everything.
struct DemoGenerator {
    let writer: BulkWriter
    var random: DemoRandom
    let today: Day
    let department: Department

    private var gradeIds: [RowID] = []
    private var gradeCodes: [String] = []
    private var departmentId: RowID = 0
    private var professions: [PlacedProfession] = []
    private var staffCount = 0
    /// A stream of its own for movements and leads, so that adding them left every other
    /// record of a seed as it was.
    private var movementRandom: DemoRandom
    /// A stream of its own for the day people joined their profession and their working
    /// pattern, for the same reason.
    private var patternRandom: DemoRandom
    /// About one person in twenty-five, remembered for a movement once everyone is written.
    private var movers: [Person] = []
    /// A stream of its own for the succession register, for the same reason.
    private var successionRandom: DemoRandom
    /// Each profession's first members at SEO and above: holders and successors of its critical posts.
    private var seniors: [Int: [Person]] = [:]
    /// A stream of its own for the learning catalogue, for the same reason.
    private var catalogueRandom: DemoRandom
    /// Hears the people written so far and their share of everyone to write.
    var progress: ProgressReport?

    /// A profession once written: its ids and what its members need.
    private struct PlacedProfession {
        var spec: DemoProfession
        var id: RowID
        var skillIds: [RowID]
        /// Required level per skill, per grade index.
        var required: [[Int]]
    }

    /// A staff member as written, for their assessments and CPD.
    private struct Person {
        var id: RowID
        var grade: Int
        var primary: Int
    }

    init(writer: BulkWriter, random: DemoRandom, today: Day, department: Department) {
        self.writer = writer
        self.random = random
        self.today = today
        self.department = department
        var copy = random
        self.movementRandom = DemoRandom(seed: copy.next() ^ 0x4D4F_5645_4D45_4E54)
        self.patternRandom = DemoRandom(seed: copy.next() ^ 0x5041_5454_4552_4E53)
        self.successionRandom = DemoRandom(seed: copy.next() ^ 0x5355_4343_4553_5321)
        self.catalogueRandom = DemoRandom(seed: copy.next() ^ 0x4C45_4152_4E49_4E47)
    }

    /// Writes the professions, then `headcounts[i]` people whose primary profession is
    /// `specs[i]`, one at a time: nothing per person is kept once written.
    mutating func run(_ specs: [DemoProfession], headcounts: [Int]) throws {
        departmentId = try writer.insert(department)
        for (rank, grade) in Grade.defaultLadder.enumerated() {
            gradeIds.append(try writer.insert(Grade(code: grade.code, name: grade.name, rank: rank + 1)))
            gradeCodes.append(grade.code)
        }
        for (index, spec) in specs.enumerated() {
            professions.append(try writeProfession(spec, number: index))
        }
        var counter = progress.map { ProgressCounter(total: headcounts.reduce(0, +), report: $0) }
        for (primary, headcount) in headcounts.enumerated() {
            for _ in 0..<headcount {
                try writePerson(primary: primary)
                counter?.add()
            }
        }
        counter?.end()
        try writeLeads()
        for person in movers { try writeMovement(person) }
        try writeSuccession()
        try writeCatalogue(headcounts: headcounts)
    }

    // MARK: - Learning catalogue

    /// Per skill, an introduction (self-study, cheap, many places) to the second level, and a
    /// practitioner course to the third; an advanced programme to the top of the scale for every
    /// other skill, so that some gaps at the top have no offer. Places grow with the
    /// profession's headcount but fall short of its gaps at the higher levels. Two shared offers.
    private mutating func writeCatalogue(headcounts: [Int]) throws {
        var r = catalogueRandom
        defer { catalogueRandom = r }
        let providers = ["Civil Service College", "Government Skills Campus", "Open Learning Partners", "In-house faculty"]
        for (index, profession) in professions.enumerated() {
            let headcount = index < headcounts.count ? headcounts[index] : 0
            let top = profession.spec.scale.count
            for (number, name) in profession.spec.skills.enumerated() {
                let skillId = profession.skillIds[number]
                try writer.insert(LearningOffer(
                    professionId: profession.id, title: "Introduction to \(name.lowercased())", provider: "Open Learning Partners",
                    type: .selfStudy, minutes: r.int(3...8) * 60, costPence: r.int(0...6) * 2_500,
                    places: max(20, headcount / 5), skills: [OfferSkill(skillId: skillId, level: min(2, top))]))
                if top >= 3 {
                    try writer.insert(LearningOffer(
                        professionId: profession.id, title: "\(name): practitioner course", provider: r.pick(providers),
                        type: .course, minutes: r.int(2...4) * 7 * 60, costPence: r.int(8...24) * 5_000,
                        places: max(8, headcount / 40), skills: [OfferSkill(skillId: skillId, level: 3)]))
                    // A cheaper route to the same level for the first skill, with few places.
                    if number == 0 {
                        try writer.insert(LearningOffer(
                            professionId: profession.id, title: "\(name): peer coaching", provider: "In-house faculty",
                            type: .coaching, minutes: 12 * 60, costPence: r.int(2...5) * 5_000,
                            places: max(4, headcount / 200), skills: [OfferSkill(skillId: skillId, level: 3)]))
                    }
                }
                if top >= 4, number % 2 == 0 {
                    let second = profession.skillIds[(number + 1) % profession.skillIds.count]
                    try writer.insert(LearningOffer(
                        professionId: profession.id, title: "Advanced \(name.lowercased()) programme", provider: r.pick(providers),
                        type: .actionLearning, minutes: r.int(5...10) * 7 * 60, costPence: r.int(20...60) * 5_000,
                        places: max(4, headcount / 150),
                        skills: [OfferSkill(skillId: skillId, level: top)] + (second == skillId ? [] : [OfferSkill(skillId: second, level: top - 1)])))
                }
            }
        }
        try writer.insert(LearningOffer(professionId: nil, title: "Leading teams", provider: "Civil Service College",
                                        type: .course, minutes: 14 * 60, costPence: 65_000, places: 200))
        try writer.insert(LearningOffer(professionId: nil, title: "Mentoring across professions", provider: "In-house faculty",
                                        type: .mentoring, minutes: 10 * 60, costPence: 0, places: 100))
    }

    // MARK: - Succession

    /// Two to four critical posts per profession, at SEO and above: most held, some vacant,
    /// with none to three successors of mixed readiness.
    private mutating func writeSuccession() throws {
        var r = successionRandom
        defer { successionRandom = r }
        for (index, profession) in professions.enumerated() {
            let people = seniors[index] ?? []
            guard !people.isEmpty else { continue }
            let word = profession.spec.postWord
            let titles = ["Head of \(word)", "Deputy head of \(word)", "\(word) lead: \(profession.spec.skills[0])",
                          "\(word) lead: \(profession.spec.skills[profession.spec.skills.count - 1])"]
            for title in titles.prefix(min(people.count + 1, r.int(2...4))) {
                let holder: Person? = r.chance(0.15) ? nil : r.pick(people)
                let grade = holder?.grade ?? r.pick(people).grade
                var successors: [Successor] = []
                let candidates = people.filter { $0.id != holder?.id && $0.grade >= grade - 2 }
                for candidate in candidates.prefix(r.index(weights: [0.25, 0.4, 0.25, 0.1])) {
                    let readiness = Readiness.allCases[r.index(weights: [0.35, 0.45, 0.2])]
                    let action = ["Stretch assignment", "Mentoring by the post holder", "Leadership programme", ""][r.int(0...3)]
                    successors.append(Successor(staffId: candidate.id, readiness: readiness, action: action))
                }
                try writer.insert(CriticalPost(professionId: profession.id, departmentId: departmentId,
                                               gradeId: gradeIds[grade], title: title, holderId: holder?.id,
                                               risk: LossRisk.allCases[r.index(weights: [0.3, 0.45, 0.25])],
                                               headInvolved: r.chance(0.7), successors: successors))
            }
        }
    }

    // MARK: - Working across professions

    /// Each profession's lead in the department.
    private mutating func writeLeads() throws {
        for (number, profession) in professions.enumerated() {
            let name = DemoNames.person(&movementRandom)
            try writer.insert(DepartmentalLead(professionId: profession.id, departmentId: departmentId, name: name,
                                               email: DemoNames.email(name), phone: DemoNames.phone(500 + number * 7)))
        }
    }

    static let hosts: [(Sector, [String])] = [
        (.privateSector, ["Northgate Analytics Ltd", "Harbour & Vale LLP", "Lumen Systems plc"]),
        (.widerPublic, ["County Health Board", "Riverside Borough Council"]),
        (.voluntary, ["Open Doors Trust", "Citizens' Help Network"]),
        (.academic, ["University of Eastmoor"]),
        (.international, ["Nordic Public Service Institute"]),
    ]

    /// One movement for someone picked while writing staff: most within the last two years,
    /// so that the dashboard's twelve-month figures and flows have something to show.
    private mutating func writeMovement(_ person: Person) throws {
        var r = movementRandom
        defer { movementRandom = r }
        let type = [MovementType.profession, .secondment, .loan, .shadowing, .post, .department][
            r.index(weights: [0.35, 0.2, 0.08, 0.22, 0.15, 0])]
        let start = today.adding(days: -r.int(0...700))
        var movement = Movement(staffId: person.id, type: type, start: start)
        switch type {
        case .profession:
            let weights = professions.indices.map { $0 == person.primary ? 0 : professions[$0].spec.secondaryWeight }
            movement.fromProfessionId = professions[r.index(weights: weights)].id
            movement.toProfessionId = professions[person.primary].id
        case .secondment, .loan, .shadowing:
            let (sector, names) = Self.hosts[r.index(weights: [3, 2, 1.5, 1, 0.5])]
            movement.organisation = r.pick(names)
            movement.sector = sector
            let months = type == .shadowing ? 0 : r.int(3...18)
            movement.end = type == .shadowing ? start.adding(days: r.int(5...20)) : start.adding(months: months)
            if let end = movement.end, end < today, type != .shadowing, r.chance(0.8) {
                try writer.insert(movement)
                movement = Movement(staffId: person.id, type: .returned, organisation: movement.organisation, start: end.adding(days: 1))
            }
        case .post, .department, .returned:
            // A promotion into their present post.
            let word = professions[person.primary].spec.postWord
            movement.fromPost = word + " " + postBand(max(0, person.grade - 1))
            movement.toPost = word + " " + postBand(person.grade)
            movement.type = .post
        }
        try writer.insert(movement)
    }

    // MARK: - Professions

    private mutating func writeProfession(_ spec: DemoProfession, number: Int) throws -> PlacedProfession {
        let id = try writer.insert(Profession(
            code: spec.code, name: spec.name, headName: spec.head, headEmail: DemoNames.email(spec.head),
            headPhone: DemoNames.phone(100 + number * 11), isNew: spec.isNew, scaleLabels: spec.scale))
        var skillIds: [RowID] = []
        var required: [[Int]] = []
        for name in spec.skills {
            let skillId = try writer.insert(Skill(professionId: id, name: name))
            let levels = requiredLevels(scaleMax: spec.scale.count, firstGrade: random.index(weights: [1, 3, 3, 2, 1]))
            for (grade, level) in levels.enumerated() {
                try writer.insert(SkillRequirement(skillId: skillId, gradeId: gradeIds[grade], level: level))
            }
            skillIds.append(skillId)
            required.append(levels)
        }
        try writer.insert(CPDRequirement(professionId: id, hoursPerCycle: spec.cpdHours,
                                         cycleStartMonth: spec.cpdStartMonth, countedTypes: spec.countedTypes))
        if let qualification = spec.qualification {
            for code in qualification.grades {
                try writer.insert(QualificationRequirement(professionId: id, gradeId: gradeId(code),
                                                           qualification: qualification.name))
            }
        }
        try writeChecklist(professionId: id, spec: spec)
        try writeMaturityHistory(professionId: id, spec: spec)
        return PlacedProfession(spec: spec, id: id, skillIds: skillIds, required: required)
    }

    /// Requirements rise with grade from 1 at `firstGrade` to the top of the scale at the top
    /// of the ladder; 0 (not required) below `firstGrade`.
    private func requiredLevels(scaleMax: Int, firstGrade: Int) -> [Int] {
        let top = gradeIds.count - 1
        return (0...top).map { grade in
            grade < firstGrade ? 0 : min(scaleMax, 1 + (grade - firstGrade) * scaleMax / max(1, top - firstGrade))
        }
    }

    private mutating func writeChecklist(professionId: RowID, spec: DemoProfession) throws {
        let m = Double(spec.maturity)
        for (item, _) in DemoProfession.checklistAreas {
            let status = [ChecklistStatus.done, .inProgress, .notApplicable, .notStarted][
                random.index(weights: [0.12 * m + 0.02, 0.25, 0.04, 0.75 - 0.12 * m])]
            let owner = random.chance(0.55 + 0.08 * m) ? (random.chance(0.3) ? spec.head : DemoNames.person(&random)) : ""
            let due: Day? = switch status {
            case .done: today.adding(days: -random.int(30...400))
            case .notApplicable: nil
            case .inProgress, .notStarted: today.adding(days: random.int(-120...240))
            }
            let evidence = switch status {
            case .done: random.pick(["Agreed at the profession board; minutes filed.",
                                     "Published on the profession's intranet pages.",
                                     "Reviewed with HR business partners; actions closed."])
            case .inProgress: random.pick(["Draft with the profession board.", "Working group set up."])
            case .notApplicable: "Covered by the department's corporate approach."
            case .notStarted: ""
            }
            let updated = status == .notStarted && random.chance(0.5) ? nil : today.adding(days: -random.int(1...200))
            try writer.insert(ChecklistEntry(professionId: professionId, itemId: item, status: status, owner: owner,
                                             due: due, evidence: evidence, updated: updated))
        }
    }

    /// Three or four self-assessments per area over about two years, rising towards the
    /// profession's maturity.
    private mutating func writeMaturityHistory(professionId: RowID, spec: DemoProfession) throws {
        for area in 1...5 {
            let target = min(5, max(1, spec.maturity + random.int(-1...1) - (spec.isNew ? 1 : 0)))
            var daysAgo = [700, 420, 150]
            if random.chance(0.5) { daysAgo.append(20) }
            var level = max(1, target - random.int(0...2))
            for (index, ago) in daysAgo.enumerated() {
                if index == daysAgo.count - 1 { level = target } else if index > 0 { level = min(target, level + random.int(0...1)) }
                let rationale = DemoProfession.levelPictures[level - 1]
                    + " Evidence reviewed: " + DemoProfession.areaEvidence[area - 1] + "."
                try writer.insert(MaturityAssessment(
                    professionId: professionId, area: area, level: level, date: today.adding(days: -ago - random.int(0...20)),
                    assessor: random.chance(0.8) ? spec.head : "Profession board", rationale: rationale))
            }
        }
    }

    // MARK: - Staff

    private mutating func writePerson(primary: Int) throws {
        let spec = professions[primary].spec
        let grade = random.index(weights: spec.gradeMix)
        staffCount += 1
        let number = String(staffCount)
        let staffId = try writer.insert(StaffMember(
            staffNumber: department.code + String(repeating: "0", count: max(0, 6 - number.count)) + number,
            name: DemoNames.person(&random), gradeId: gradeIds[grade], departmentId: departmentId,
            post: spec.postWord + " " + postBand(grade), joinedProfession: joinedProfession(), fte: workingPattern()))
        let person = Person(id: staffId, grade: grade, primary: primary)
        if movementRandom.chance(0.04) { movers.append(person) }
        if grade >= 4, seniors[primary, default: []].count < 12 { seniors[primary, default: []].append(person) }

        var memberships = [primary]
        let extra = random.index(weights: [0.9, 0.08, 0.02])
        for _ in 0..<extra {
            let weights = professions.indices.map { memberships.contains($0) ? 0 : professions[$0].spec.secondaryWeight }
            memberships.append(random.index(weights: weights))
        }
        for (order, profession) in memberships.enumerated() {
            try writer.insert(StaffProfession(staffId: staffId, professionId: professions[profession].id,
                                              isPrimary: order == 0))
            try writeAssessments(person, in: profession, isPrimary: order == 0)
        }
        try writeCPD(person)
        try writeQualifications(person, memberships: memberships)
    }

    /// One in ten joined within the last eleven months (so pro-rated CPD shows), half of the
    /// rest long ago, and the others have no date recorded.
    private mutating func joinedProfession() -> Day? {
        if patternRandom.chance(0.1) { return today.adding(days: -patternRandom.int(0...330)) }
        return patternRandom.chance(0.5) ? today.adding(days: -patternRandom.int(400...9000)) : nil
    }

    /// About one in six works part time; the rest have no pattern recorded (full time).
    private mutating func workingPattern() -> FullTimeEquivalent? {
        guard patternRandom.chance(0.16) else { return nil }
        return FullTimeEquivalent(hundredths: patternRandom.pick([50, 60, 80, 90]))
    }

    private func postBand(_ grade: Int) -> String {
        switch gradeCodes[grade] {
        case "AA", "AO": "assistant"
        case "EO": "officer"
        case "HEO", "SEO": "adviser"
        case "G7": "lead"
        case "G6": "head"
        default: "director"
        }
    }

    /// Most members are assessed on most skills: mature professions more fully and closer to
    /// their requirements. A quarter of the skills also have an older assessment.
    private mutating func writeAssessments(_ person: Person, in index: Int, isPrimary: Bool) throws {
        let profession = professions[index]
        let m = Double(profession.spec.maturity)
        // A newly established profession has audited few of its people; mature ones nearly all.
        let coverage = profession.spec.isNew ? 0.45 : min(0.97, (isPrimary ? 0.62 : 0.5) + 0.08 * m)
        guard random.chance(coverage) else { return }
        let scaleMax = profession.spec.scale.count
        // Shortfall -2, -1, none, +1: mature professions have fewer gaps.
        let t = (m - 1) / 4
        let deltaWeights = [0.15 - 0.13 * t, 0.35 - 0.25 * t, 0.40 + 0.15 * t, 0.10 + 0.23 * t]
        for (skill, skillId) in profession.skillIds.enumerated() where random.chance(0.9) {
            let required = profession.required[skill][person.grade]
            let level = min(scaleMax, max(1, max(1, required) + random.index(weights: deltaWeights) - 2))
            let date = today.adding(days: -random.int(0...700))
            if random.chance(0.25) {
                try writer.insert(SkillAssessment(staffId: person.id, skillId: skillId, level: max(1, level - 1),
                                                  date: date.adding(days: -random.int(200...500)), source: source()))
            }
            try writer.insert(SkillAssessment(staffId: person.id, skillId: skillId, level: level, date: date,
                                              source: source()))
        }
    }

    private mutating func source() -> AssessmentSource {
        [.selfAssessed, .lineManager, .panel][random.index(weights: [0.5, 0.35, 0.15])]
    }

    /// A year of CPD: two to four activities each, none for some. How much each activity
    /// counts varies by person (engagement) and rises with the profession's maturity, so that
    /// the demo shows every category: completed, on track, behind and none logged.
    private mutating func writeCPD(_ person: Person) throws {
        let m = Double(professions[person.primary].spec.maturity)
        guard !random.chance(0.18 - 0.02 * m) else { return }
        let skills = professions[person.primary].spec.skills
        let engagement = 0.8 + Double(random.int(0...140)) / 100 + 0.2 * (m - 3)
        for _ in 0..<random.int(2...4) {
            let (type, minutes) = activity(engagement: engagement)
            try writer.insert(CPDActivity(staffId: person.id, date: today.adding(days: -random.int(0...364)),
                                          minutes: minutes, type: type, title: type.label + ": " + random.pick(skills)))
        }
    }

    private mutating func activity(engagement: Double) -> (CPDActivityType, Int) {
        let kinds: [(CPDActivityType, weight: Double, minutes: ClosedRange<Int>)] = [
            (.course, 3, 360...840), (.qualificationStudy, 1, 600...1800), (.seminar, 3, 120...420),
            (.secondment, 0.4, 1800...4800), (.jobShadowing, 1, 240...720), (.coaching, 1.2, 120...360),
            (.mentoring, 1.2, 120...360), (.actionLearning, 0.8, 240...600), (.conference, 1, 420...840),
            (.selfStudy, 2.5, 180...600),
        ]
        let kind = kinds[random.index(weights: kinds.map(\.weight))]
        let minutes = Double(random.minutes(kind.minutes)) * engagement
        // Whole quarter hours, as people log them.
        return (kind.0, max(15, Int(minutes / 15) * 15))
    }

    /// Qualifications their professions require at their grade, held by most; a few others
    /// hold one early. Some must be renewed.
    private mutating func writeQualifications(_ person: Person, memberships: [Int]) throws {
        for index in memberships {
            let spec = professions[index].spec
            guard let qualification = spec.qualification else { continue }
            let requiredHere = qualification.grades.contains(gradeCodes[person.grade])
            guard random.chance(requiredHere ? 0.5 + 0.1 * Double(spec.maturity) : 0.15) else { continue }
            let gained = today.adding(days: -random.int(100...3000))
            // Two in five must be renewed after three years: some have lapsed, some lapse soon.
            // Drawn from the person's id alone, so that no other figure of the demo moves.
            var renewal = DemoRandom(seed: UInt64(person.id) ^ 0x5155_414C_4558_5049)
            let expires = renewal.chance(0.4) ? gained.adding(days: 3 * 365) : nil
            try writer.insert(QualificationHeld(staffId: person.id, qualification: qualification.name,
                                                date: gained, expires: expires))
        }
    }

    private func gradeId(_ code: String) -> RowID {
        gradeIds[gradeCodes.firstIndex(of: code)!]
    }
}
