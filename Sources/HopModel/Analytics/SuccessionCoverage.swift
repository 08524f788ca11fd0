/// How well a profession's business-critical posts are covered (principles 2.4, 3.3, 3.4):
/// the share with a successor ready now, the share with any successor, vacancies, and the
/// high-risk posts nobody is named to succeed to. Counts of posts, not of people.
public struct SuccessionCoverage: Hashable, Sendable {
    public var posts: Int
    /// Posts with at least one successor ready now, out of all posts.
    public var readyNow: Ratio
    /// Posts with at least one successor of any readiness, out of all posts.
    public var anySuccessor: Ratio
    public var vacancies: Int
    /// High-risk posts with no successor at all.
    public var highRiskUncovered: Int
    /// Posts whose recruitment must involve the Head of Profession.
    public var headInvolved: Int

    public init(posts facts: [CriticalPostFact]) {
        posts = facts.count
        readyNow = Ratio(facts.filter(\.hasReadyNow).count, of: facts.count)
        anySuccessor = Ratio(facts.filter(\.hasSuccessor).count, of: facts.count)
        vacancies = facts.filter(\.isVacant).count
        highRiskUncovered = facts.filter { $0.risk == .high && !$0.hasSuccessor }.count
        headInvolved = facts.filter(\.headInvolved).count
    }

    /// Whether the profession keeps a succession plan at all: a register with a post in it.
    public var hasRegister: Bool { posts > 0 }
}
