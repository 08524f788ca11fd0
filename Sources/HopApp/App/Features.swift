/// Every screen of the app, in the order help lists their keys. Adding a screen is adding it here.
public enum Features {
    public static let all: [any Feature.Type] = [
        FirstRunFeature.self,
        OverviewFeature.self,
        ProfessionFeature.self,
        SkillsFeature.self,
        MembersFeature.self,
        MemberRecordsFeature.self,
        PeopleFeature.self,
        AccessLogFeature.self,
        OverdueItemsFeature.self,
        SetupFeature.self,
        DirectoryFeature.self,
        SeminarFeature.self,
        MovementsFeature.self,
        HistoryFeature.self,
        SuccessionFeature.self,
        LearningFeature.self,
        PlanFeature.self,
        BidFeature.self,
        RecentChangesFeature.self,
    ]

    /// The feature that draws `screen`; the overview for a screen nobody registered.
    public static func feature(for screen: Screen) -> any Feature.Type {
        all.first { $0.screen == screen } ?? OverviewFeature.self
    }
}
