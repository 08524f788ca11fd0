/// Mandatory qualification compliance: per grade that has mandatory qualifications, how many
/// members hold each one (valid today), how many miss one (none held, or lapsed), and how many
/// hold them all but one lapses within `expiringWithinDays`.
public struct QualificationReport: Hashable, Sendable {
    public static let expiringWithinDays = 90

    public struct Qualification: Hashable, Sendable {
        public var name: String
        public var holders: Int
        public var missing: Int
        public var expiring: Int
    }

    public struct GradeRow: Hashable, Sendable {
        public var grade: Grade
        public var members: Int
        public var missingOne: Int
        public var expiring: Int
        /// By name.
        public var qualifications: [Qualification]

        /// Members holding every mandatory qualification of the grade, valid today.
        public var compliant: Ratio { Ratio(members - missingOne, of: members) }
    }

    /// Lowest grade first; only grades with mandatory qualifications.
    public var grades: [GradeRow]

    public var members: Int { grades.reduce(0) { $0 + $1.members } }
    public var missingOne: Int { grades.reduce(0) { $0 + $1.missingOne } }
    public var expiring: Int { grades.reduce(0) { $0 + $1.expiring } }
    /// Members holding all their grade's mandatory qualifications, of members at such grades.
    public var compliant: Ratio { Ratio(members - missingOne, of: members) }

    /// Nil when the profession makes no qualification mandatory.
    public init?(data: ProfessionData) {
        guard !data.qualificationRequirements.isEmpty else { return nil }
        let counts = Dictionary(data.qualificationGrades.map { ($0.gradeId, $0) }, uniquingKeysWith: { a, _ in a })
        var holdings: [RowID: [String: QualificationHolding]] = [:]
        for h in data.qualificationHoldings { holdings[h.gradeId, default: [:]][h.qualification.lowercased()] = h }
        let required = Dictionary(grouping: data.qualificationRequirements, by: \.gradeId)
        grades = data.grades.sorted { $0.rank < $1.rank }.compactMap { grade in
            guard let names = required[grade.id] else { return nil }
            let count = counts[grade.id] ?? QualificationGradeCount(gradeId: grade.id, members: 0, missingOne: 0, expiring: 0)
            let qualifications = names.map(\.qualification).sorted().map { name in
                let held = holdings[grade.id]?[name.lowercased()]
                return Qualification(name: name, holders: held?.holders ?? 0,
                                     missing: count.members - (held?.holders ?? 0), expiring: held?.expiring ?? 0)
            }
            return GradeRow(grade: grade, members: count.members, missingOne: count.missingOne, expiring: count.expiring,
                            qualifications: qualifications)
        }
    }
}
