import HopModel

/// About thirty professions shaped like the whole civil service, for `hopdash generate`.
///
/// Headcounts are rounded figures in the proportions of Civil Service Statistics 2022 (staff
/// by profession of post, about 510,000 in all; staff of unknown profession folded into
/// Operational Delivery, so that the total is 510,000): one giant, five in the tens of thousands, a long tail of a few hundred
/// or fewer. The nine demo professions are reused with their real-sized headcounts; the rest
/// are added in the same form. Names of heads are invented, like the demo's.
extension DemoProfession {
    static let civilService: [DemoProfession] = {
        let demo = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })
        func resized(_ code: String, _ headcount: Int) -> DemoProfession {
            var spec = demo[code]!
            spec.headcount = headcount
            return spec
        }
        func added(_ code: String, _ name: String, head: String, _ headcount: Int, maturity: Int,
                   mix: [Double] = specialist, post: String, hours: Int = 30, secondary: Double = 1,
                   qualification: (name: String, grades: [String])? = nil, _ skills: [String]) -> DemoProfession {
            DemoProfession(code: code, name: name, head: head, headcount: headcount, maturity: maturity,
                           skills: skills, gradeMix: mix, postWord: post, cpdHours: hours,
                           qualification: qualification, secondaryWeight: secondary)
        }
        return [
            resized("OPD", 329_025),
            resized("POL", 31_000),
            resized("DDAT", 25_000),
            added("TAX", "Tax", head: "Orlen Juniperwick", 24_000, maturity: 4, mix: frontline, post: "Tax",
                  hours: 35, qualification: ("Tax technician qualification", ["HEO", "SEO", "G7"]),
                  ["Tax technical knowledge", "Compliance interventions", "Customer insight", "Legislation",
                   "Tax policy", "Risk profiling", "Debt management", "Investigation", "International tax"]),
            resized("FIN", 14_000),
            added("SCI", "Science and Engineering", head: "Tamra Gorseridge", 14_000, maturity: 3, post: "Scientific",
                  hours: 35, secondary: 1.5,
                  ["Scientific method", "Engineering design", "Data analysis", "Research management",
                   "Systems thinking", "Safety and regulation", "Horizon scanning", "Scientific advice",
                   "Laboratory practice", "Modelling and simulation", "Sustainability", "Peer review"]),
            resized("HR", 13_000),
            resized("PDEL", 12_500),
            added("COMMR", "Commercial", head: "Perdor Cloverley", 6_500, maturity: 3, post: "Commercial", hours: 35,
                  qualification: ("Chartered procurement qualification", ["SEO", "G7", "G6"]),
                  ["Commercial strategy", "Market engagement", "Procurement procedure", "Contract management",
                   "Negotiation", "Supplier relationships", "Commercial law", "Category management"]),
            resized("COMMS", 6_000),
            added("CFRD", "Counter Fraud", head: "Selwen Nettlecombe", 5_500, maturity: 2, mix: frontline, post: "Fraud",
                  ["Fraud risk assessment", "Investigation", "Intelligence", "Fraud measurement",
                   "Prevention controls", "Sanctions and redress", "Data analytics", "Bribery and corruption"]),
            added("LEGAL", "Government Legal", head: "Kelbel Sorrelgate", 5_000, maturity: 5, mix: analyst, post: "Legal",
                  hours: 16, qualification: ("Practising certificate", ["SEO", "G7", "G6", "SCS1"]),
                  ["Legal analysis", "Litigation", "Drafting legislation", "Advising ministers", "Public law",
                   "Employment law", "Commercial contracts", "European and international law"]),
            added("SEC", "Security", head: "Ostra Emberholm", 3_800, maturity: 3, post: "Security",
                  ["Protective security", "Personnel security", "Cyber security", "Risk management",
                   "Incident response", "Security culture", "Physical security", "Assurance and audit"]),
            added("KIM", "Knowledge and Information Management", head: "Jorra Vellumdale", 3_000, maturity: 2,
                  post: "Information", ["Records management", "Information rights", "Knowledge sharing",
                                        "Data governance", "Digital preservation", "Information risk",
                                        "Search and discovery", "Archiving"]),
            added("STAT", "Statistics", head: "Halwen Pebbleby", 2_800, maturity: 4, mix: analyst, post: "Statistical",
                  hours: 35, ["Survey methods", "Statistical modelling", "Data quality", "Official statistics code",
                              "Data visualisation", "Programming for analysis", "Statistical disclosure control",
                              "Sampling", "Time series"]),
            added("INTEL", "Intelligence Analysis", head: "Rosric Hollowmere", 2_800, maturity: 3, mix: analyst,
                  post: "Intelligence", ["Analytical techniques", "Source evaluation", "Assessment writing",
                                         "Collaboration with partners", "Tradecraft", "Open source research",
                                         "Briefing", "Handling sensitive material"]),
            resized("ECON", 2_600),
            added("PROP", "Property", head: "Ulric Cinderfield", 2_100, maturity: 2, post: "Estates",
                  ["Asset management", "Estates strategy", "Facilities management", "Property transactions",
                   "Construction", "Sustainability", "Space planning", "Landlord and tenant"]),
            added("SRES", "Social Research", head: "Mondane Tansythwaite", 1_700, maturity: 4, mix: analyst,
                  post: "Research", ["Research design", "Qualitative methods", "Quantitative methods",
                                     "Evaluation", "Ethics in research", "Communicating findings",
                                     "Commissioning research", "Evidence synthesis"]),
            added("ORES", "Operational Research", head: "Yorisa Lanternby", 1_200, maturity: 4, mix: analyst,
                  post: "Operational research", ["Problem structuring", "Optimisation", "Simulation",
                                                 "Forecasting", "Model quality assurance", "Decision analysis",
                                                 "Programming", "Communicating uncertainty"]),
            added("IAUD", "Internal Audit", head: "Gilra Thistlewell", 1_100, maturity: 4, post: "Audit", hours: 40,
                  qualification: ("Chartered internal auditor", ["G7", "G6"]),
                  ["Audit planning", "Risk-based auditing", "Governance", "Controls testing", "Reporting",
                   "Data analytics", "Fraud awareness", "Stakeholder management"]),
            added("MED", "Medical", head: "Dorwen Saffronstone", 900, maturity: 4, mix: analyst, post: "Medical",
                  hours: 50, ["Clinical practice", "Public health", "Occupational medicine", "Medical ethics",
                              "Clinical governance", "Epidemiology", "Health protection", "Advising policy"]),
            added("PSY", "Psychology", head: "Cormond Yarrowfield", 700, maturity: 3, mix: analyst, post: "Psychology",
                  hours: 40, ["Assessment", "Intervention design", "Behavioural science", "Research methods",
                              "Ethics", "Supervision", "Organisational psychology", "Wellbeing"]),
            added("VET", "Veterinary", head: "Isbel Mossdale", 550, maturity: 3, mix: analyst, post: "Veterinary",
                  hours: 35, ["Animal health", "Disease surveillance", "Epidemiology", "Welfare standards",
                              "Trade and certification", "Emergency response", "Public health", "Regulation"]),
            added("GEOG", "Geography", head: "Vesdor Puddlecombe", 400, maturity: 2, mix: analyst, post: "Geography",
                  ["Geospatial analysis", "Mapping", "Spatial data", "Place-based policy", "Remote sensing",
                   "Population geography", "Environmental change", "Communicating with maps"]),
            added("PINS", "Planning Inspectors", head: "Wynra Brambleholm", 350, maturity: 4, mix: analyst,
                  post: "Inspector", ["Planning law", "Site inspection", "Hearings", "Decision writing",
                                      "Environmental assessment", "Heritage", "Appeals casework", "Enforcement"]),
            added("CFIN", "Corporate Finance", head: "Fenbel Quillridge", 250, maturity: 3, mix: analyst,
                  post: "Corporate finance", ["Valuation", "Transactions", "Financial modelling",
                                              "Shareholder management", "Due diligence", "Restructuring",
                                              "Investment appraisal", "Negotiation"]),
            added("ACT", "Actuarial", head: "Eletta Umberley", 150, maturity: 5, mix: analyst, post: "Actuarial",
                  hours: 30, qualification: ("Fellowship of the actuarial institute", ["G7", "G6"]),
                  ["Pensions", "Risk modelling", "Mortality analysis", "Insurance", "Investment",
                   "Professional standards", "Communicating results", "Social security"]),
            added("PLAN", "Planning", head: "Lorian Kettlegate", 60, maturity: 2, mix: analyst, post: "Planning",
                  ["Planning policy", "Development management", "Plan making", "Infrastructure planning",
                   "Urban design", "Community engagement", "Viability", "Planning law"]),
            resized("DETH", 15),
        ]
    }()
}
