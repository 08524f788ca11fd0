import Foundation

/// A skill a learning offer develops and the level it brings a learner to.
public struct OfferSkill: Hashable, Sendable {
    public var skillId: RowID
    public var level: Int

    public init(skillId: RowID, level: Int) { self.skillId = skillId; self.level = level }
}

/// One offer in a learning catalogue (principles 5.3, 5.6, 5.10): a course, programme or other
/// CPD activity a profession signposts, the skills it develops and the level each reaches, how
/// long it takes, what a place costs and how many places there are a year. An offer of no
/// profession (`professionId` nil) is shared by every profession. The skills are part of the
/// record: saved, versioned and logged with it.
public struct LearningOffer: Hashable, Sendable, Identifiable {
    public var id: RowID
    /// nil: shared across professions.
    public var professionId: RowID?
    public var title: String
    public var provider: String
    public var type: CPDActivityType
    /// The time a learner spends on it, counted as CPD.
    public var minutes: Int
    /// What one place costs, in pence.
    public var costPence: Int
    /// Places a year.
    public var places: Int
    public var skills: [OfferSkill]
    public var version: Int

    public init(id: RowID = 0, professionId: RowID?, title: String, provider: String, type: CPDActivityType = .course,
                minutes: Int = 60, costPence: Int = 0, places: Int = 0, skills: [OfferSkill] = [], version: Int = 0) {
        self.id = id; self.professionId = professionId; self.title = title; self.provider = provider; self.type = type
        self.minutes = minutes; self.costPence = costPence; self.places = places; self.skills = skills
        self.version = version
    }

    public var isShared: Bool { professionId == nil }

    /// The level the offer brings a learner to in `skillId`, nil if it does not develop it.
    public func level(of skillId: RowID) -> Int? { skills.first { $0.skillId == skillId }?.level }
}

/// The most an offer may say of itself: limits every door (forms, imports, restore) applies.
public enum OfferBounds {
    /// A year, in minutes (as CPD activities are bounded).
    public static let maxMinutes = 366 * 24 * 60
    /// £100,000 a place.
    public static let maxCostPence = 10_000_000
    public static let maxPlaces = 100_000
    /// Skills one offer may develop.
    public static let maxSkills = 20
}

/// A profession's learning catalogue as its screen shows it: its own offers and the shared ones,
/// and the skills they name (of any profession, for shared offers) with their professions' codes.
public struct LearningCatalogue: Hashable, Sendable {
    public var professionId: RowID
    public var offers: [LearningOffer]
    /// Every skill an offer names, and the open profession's skills, by id.
    public var skills: [RowID: Skill]
    /// Profession codes by id, for skills of other professions.
    public var professionCodes: [RowID: String]

    public init(professionId: RowID, offers: [LearningOffer], skills: [RowID: Skill], professionCodes: [RowID: String]) {
        self.professionId = professionId; self.offers = offers; self.skills = skills; self.professionCodes = professionCodes
    }

    /// The open profession's skills, by name.
    public var ownSkills: [Skill] {
        skills.values.filter { $0.professionId == professionId }
            .sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
    }

    /// "Casework 3" for the profession's own skill; "OPD Casework 3" for another's.
    public func skillText(_ skill: OfferSkill) -> String {
        guard let found = skills[skill.skillId] else { return "#\(skill.skillId) \(skill.level)" }
        let prefix = found.professionId == professionId ? "" : (professionCodes[found.professionId] ?? "?") + " "
        return "\(prefix)\(found.name) \(skill.level)"
    }
}

extension LearningOffer {
    /// "£1,250.50" for 125,050 pence; "£0" for nothing.
    public static func pounds(_ pence: Int) -> String {
        let whole = FigureText.count(pence / 100)
        let rest = pence % 100
        return rest == 0 ? "£\(whole)" : "£\(whole).\(rest < 10 ? "0" : "")\(rest)"
    }

    /// "7.5" for 450 minutes, "12" for 720.
    public static func hours(_ minutes: Int) -> String {
        minutes % 60 == 0 ? FigureText.count(minutes / 60) : FigureText.decimal(Double(minutes) / 60)
    }

    /// "450", "£1,250.50", "1250.5" in pence; nil for anything else (a sign, more than two
    /// decimals, more than `OfferBounds.maxCostPence`).
    public static func pence(pounds text: String) -> Int? {
        var rest = Substring(text)
        while rest.first == " " { rest = rest.dropFirst() }
        while rest.last == " " { rest = rest.dropLast() }
        if rest.first == "£" { rest = rest.dropFirst() }
        let digits = rest.filter { $0 != "," }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 9,
              parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let pounds = Int(parts[0]) else { return nil }
        var pence = pounds * 100
        if parts.count == 2 {
            let decimals = parts[1]
            guard (1...2).contains(decimals.count), decimals.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let value = Int(decimals) else { return nil }
            pence += decimals.count == 1 ? value * 10 : value
        }
        return pence <= OfferBounds.maxCostPence ? pence : nil
    }

    /// "7.5" or "7:30" in whole minutes (rounded), more than 0 and at most a year's; nil otherwise.
    public static func minutes(hours text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        let isDigits = { (s: Substring) in !s.isEmpty && s.count <= 6 && s.allSatisfy { $0.isASCII && $0.isNumber } }
        var minutes: Int?
        if parts.count == 2, isDigits(parts[0]), parts[1].count == 2, isDigits(parts[1]), let h = Int(parts[0]),
           let m = Int(parts[1]), m < 60 {
            minutes = h * 60 + m
        } else if parts.count == 1, text.filter({ $0 == "." }).count <= 1, text != ".", !text.isEmpty,
                  text.allSatisfy({ $0 == "." || $0.isASCII && $0.isNumber }), text.count <= 9, let hours = Double(text) {
            minutes = Int((hours * 60).rounded())
        }
        guard let minutes, (1...OfferBounds.maxMinutes).contains(minutes) else { return nil }
        return minutes
    }
}
