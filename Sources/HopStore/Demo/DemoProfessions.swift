import HopModel

/// What the demo says about one profession; the generator turns it into records.
/// Sizes and maturities differ on purpose, so that the overview has contrasts to show.
struct DemoProfession {
    var code: String
    var name: String
    var head: String
    /// Members whose primary profession this is, before scaling.
    var headcount: Int
    /// How embedded the good practice is, 1 (new) to 5 (mature): drives assessment
    /// coverage, skill gaps, CPD logged, checklist progress and maturity levels.
    var maturity: Int
    var isNew = false
    var scale = ["Awareness", "Working", "Practitioner", "Expert"]
    var skills: [String]
    /// Relative numbers of members per grade, lowest grade first (ten grades).
    var gradeMix: [Double]
    /// The first word of members' post titles.
    var postWord: String
    var cpdHours: Int
    var cpdStartMonth = 4
    var countedTypes: Set<CPDActivityType> = Set(CPDActivityType.allCases)
    /// A mandatory qualification and the grade codes it applies to.
    var qualification: (name: String, grades: [String])?
    /// How likely a member of another profession is to belong to this one as well.
    var secondaryWeight: Double
}

extension DemoProfession {
    static let frontline: [Double] = [6, 40, 32, 12, 5, 3, 1.2, 0.6, 0.15, 0.05]
    static let policyMix: [Double] = [0, 2, 8, 25, 28, 24, 9, 3, 0.8, 0.2]
    static let specialist: [Double] = [1, 6, 18, 24, 22, 18, 7, 3, 0.8, 0.2]
    static let analyst: [Double] = [0, 0, 2, 22, 28, 30, 13, 4, 1, 0]

    static let all: [DemoProfession] = [
        DemoProfession(
            code: "OPD", name: "Operational Delivery", head: "Marisel Kettleworth", headcount: 3000, maturity: 3,
            skills: ["Customer service", "Case management", "Decision making", "Operational planning",
                     "Performance data", "Leading teams", "Process improvement", "Risk and compliance",
                     "Digital channels", "Resilience planning"],
            gradeMix: frontline, postWord: "Delivery", cpdHours: 30,
            countedTypes: [.course, .seminar, .jobShadowing, .coaching, .mentoring, .actionLearning, .selfStudy],
            qualification: ("Operational delivery certificate", ["EO", "HEO"]), secondaryWeight: 1),
        DemoProfession(
            code: "POL", name: "Policy", head: "Corvane Thistledale", headcount: 600, maturity: 4,
            scale: ["Foundation", "Developing", "Practitioner", "Expert", "Leader"],
            skills: ["Evidence and analysis", "Politics and democracy", "Delivery", "Legislation",
                     "Stakeholder engagement", "Ministerial briefing", "Futures thinking", "Policy evaluation",
                     "Consultation design"],
            gradeMix: policyMix, postWord: "Policy", cpdHours: 35,
            countedTypes: [.course, .seminar, .secondment, .jobShadowing, .actionLearning, .conference, .selfStudy],
            secondaryWeight: 3),
        DemoProfession(
            code: "FIN", name: "Finance", head: "Delwen Pebblestone", headcount: 300, maturity: 4,
            scale: ["Basic", "Foundation", "Practitioner", "Advanced", "Expert"],
            skills: ["Financial reporting", "Budgeting and forecasting", "Business partnering", "Commercial awareness",
                     "Audit and assurance", "Financial systems", "Investment appraisal", "Risk management"],
            gradeMix: specialist, postWord: "Finance", cpdHours: 35,
            countedTypes: [.course, .qualificationStudy, .seminar, .conference, .selfStudy, .secondment],
            qualification: ("Chartered accountancy qualification", ["G7", "G6", "SCS1", "SCS2", "SCS3"]),
            secondaryWeight: 2),
        DemoProfession(
            code: "HR", name: "Human Resources", head: "Ysolde Marrowby", headcount: 200, maturity: 3,
            skills: ["Employee relations", "Reward", "Organisation design", "Resourcing", "Learning design",
                     "Workforce planning", "Diversity and inclusion", "HR data and insight"],
            gradeMix: specialist, postWord: "HR", cpdHours: 30,
            qualification: ("Professional HR qualification", ["SEO", "G7", "G6"]), secondaryWeight: 2),
        DemoProfession(
            code: "DDAT", name: "Digital, Data and Technology", head: "Fenric Quillfeather", headcount: 400,
            maturity: 4,
            skills: ["User-centred design", "Agile working", "Technical architecture", "Data management", "Security",
                     "Service ownership", "Software development", "Cloud operations", "Accessibility",
                     "Digital strategy"],
            gradeMix: specialist, postWord: "Digital", cpdHours: 30,
            countedTypes: [.course, .seminar, .conference, .selfStudy, .secondment, .jobShadowing, .actionLearning],
            secondaryWeight: 3),
        DemoProfession(
            code: "PDEL", name: "Project Delivery", head: "Brisa Lanternfield", headcount: 150, maturity: 3,
            skills: ["Planning and scheduling", "Risk and issue management", "Benefits management",
                     "Stakeholder management", "Governance", "Commercial management", "Change control",
                     "Portfolio management"],
            gradeMix: specialist, postWord: "Project", cpdHours: 35,
            countedTypes: [.course, .qualificationStudy, .seminar, .conference, .actionLearning],
            qualification: ("Project practitioner certificate", ["HEO", "SEO", "G7", "G6"]), secondaryWeight: 3),
        DemoProfession(
            code: "COMMS", name: "Communications", head: "Elwenna Saffronmere", headcount: 90, maturity: 3,
            skills: ["Strategic communications", "Media relations", "Digital content", "Internal communications",
                     "Campaigns", "Insight and evaluation", "Crisis communications", "Writing for the public"],
            gradeMix: specialist, postWord: "Communications", cpdHours: 30, cpdStartMonth: 9, secondaryWeight: 1.5),
        DemoProfession(
            code: "ECON", name: "Economics", head: "Quenby Umberholm", headcount: 60, maturity: 5,
            scale: ["Foundation", "Practitioner", "Expert"],
            skills: ["Economic analysis", "Appraisal and evaluation", "Modelling", "Econometrics",
                     "Advising ministers", "Labour markets", "Public finance", "Behavioural insight"],
            gradeMix: analyst, postWord: "Economic", cpdHours: 35, cpdStartMonth: 1,
            countedTypes: [.course, .seminar, .conference, .selfStudy, .secondment],
            qualification: ("Degree in economics", ["HEO", "SEO", "G7", "G6"]), secondaryWeight: 1),
        DemoProfession(
            code: "DETH", name: "Data Ethics", head: "Aldreth Vellumgate", headcount: 12, maturity: 1, isNew: true,
            skills: ["Ethical frameworks", "Data protection", "Algorithmic transparency", "Bias assessment",
                     "Public engagement", "Governance and assurance", "Data sharing agreements", "Impact assessment"],
            gradeMix: analyst, postWord: "Data ethics", cpdHours: 30, secondaryWeight: 0.1),
    ]

    /// The checklist items of the source document (C01 to C17) with their area numbers. The
    /// framework loader owns the full list; the demo needs only ids and areas.
    static let checklistAreas: [(item: String, area: Int)] = [1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 4, 4, 4, 5, 5, 5, 5]
        .enumerated().map { index, area in ("C" + (index < 9 ? "0" : "") + String(index + 1), area) }

    /// What each maturity level looks like, for rationales (our own P3M3-style wording).
    static let levelPictures = [
        "Practice depends on individuals and little is written down.",
        "Some teams follow an agreed approach, but coverage is patchy.",
        "An agreed approach is written down and used across the profession.",
        "The approach is measured and reviewed against evidence every year.",
        "It is part of business as usual and improved from feedback.",
    ]

    /// The evidence a head of profession would look at in each area.
    static let areaEvidence = [
        "the workforce plan and skills forecast",
        "recruitment standards and promotion boards",
        "talent reviews and succession plans",
        "objectives linked to the competency framework",
        "CPD records and the learning offer",
    ]
}
