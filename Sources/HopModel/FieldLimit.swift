/// The most characters each text field of a record holds: one table for forms, imports and
/// restores. Characters are counted as a form's cursor moves, by grapheme cluster (an accented
/// letter or an emoji family is one).
///
/// A form shows the focused field's count against its limit and refuses a value the user
/// changed to something longer; a value already stored longer (from before these limits) is
/// kept as it is while its field is left alone (DECISIONS). Imports and restores refuse a longer
/// value at its place (FILE:LINE:COLUMN, or the row's JSON path).
public struct FieldLimit: Hashable, Sendable {
    /// The field as a form labels it.
    public let field: String
    public let characters: Int

    public init(_ field: String, _ characters: Int) {
        self.field = field
        self.characters = characters
    }

    /// Whether `text` is within the limit.
    public func allows(_ text: String) -> Bool { text.count <= characters }

    /// "100000 characters; expected at most 20 (Staff number)", or nil when within the limit.
    public func problem(_ text: String) -> String? { excess(text).map { "\($0) (\(field))" } }

    /// "100000 characters; expected at most 20", or nil when within the limit.
    public func excess(_ text: String) -> String? {
        let count = text.count
        return count <= characters ? nil : "\(count) characters; expected at most \(characters)"
    }

    public static let code = FieldLimit("Code", 12)
    public static let departmentName = FieldLimit("Department name", 100)
    public static let gradeName = FieldLimit("Grade name", 100)
    public static let professionName = FieldLimit("Profession name", 80)
    public static let headName = FieldLimit("Head", 80)
    public static let email = FieldLimit("Email", 120)
    public static let phone = FieldLimit("Phone", 40)
    /// One level of a proficiency scale.
    public static let levelName = FieldLimit("Proficiency level name", 40)
    public static let skillName = FieldLimit("Skill name", 80)
    public static let staffNumber = FieldLimit("Staff number", 20)
    public static let staffName = FieldLimit("Name", 80)
    public static let post = FieldLimit("Post", 80)
    public static let qualification = FieldLimit("Qualification", 120)
    public static let cpdTitle = FieldLimit("Title", 120)
    /// Notes, checklist evidence and maturity rationales.
    public static let note = FieldLimit("Note", 1000)
    public static let checklistOwner = FieldLimit("Owner", 80)
    public static let assessor = FieldLimit("Assessor", 80)
    public static let movementPost = FieldLimit("Post", 100)
    public static let organisation = FieldLimit("Host organisation", 100)
    public static let leadName = FieldLimit("Name", 100)
    /// A business-critical post on the succession register.
    public static let criticalPostTitle = FieldLimit("Post title", 100)
    /// What would develop a successor for a critical post.
    public static let developmentAction = FieldLimit("Development action", 200)
    /// What a marked forum or seminar date was ("Spring seminar").
    public static let forumTitle = FieldLimit("Title", 100)
    /// Why a person on a list of people was followed up.
    public static let followUpReason = FieldLimit("Reason", 200)
    /// The list a follow-up is for (`PeopleCriterion.text`: a word and a skill or qualification).
    public static let followUpList = FieldLimit("List", 160)

    /// Every limit, for the documentation's table.
    public static let all: [FieldLimit] = [
        code, departmentName, gradeName, professionName, headName, email, phone, levelName, skillName,
        staffNumber, staffName, post, qualification, cpdTitle, note, checklistOwner, assessor, movementPost,
        organisation, leadName, criticalPostTitle, developmentAction, forumTitle, followUpReason, followUpList,
    ]
}
