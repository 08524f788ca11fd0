import GRDB
import HopModel

/// `hopdash import learning-offers`: the learning catalogue.
///
/// One row per skill an offer develops: profession (a code or name; blank or "shared" for an
/// offer shared by every profession), title, provider, kind (a CPD activity type), hours
/// ("7.5" or "7:30"), cost per person in pounds ("450", "£1,250.50"), places a year, then the
/// skill, the level the offer brings a learner to, and, for a shared offer, the skill's
/// profession (blank: the offer's own). An offer that develops no skill has one row with the
/// skill's cells blank. An offer is known by profession, title and provider; every row of an
/// offer must agree on the offer's cells, and its rows together are its skills, which replace
/// the stored ones. Offers the file does not name are left as they are.
public enum LearningOfferCSV {
    public static let columns = [
        CSVColumn("Profession", aliases: ["profession code"]),
        CSVColumn("Title", aliases: ["offer", "offer title", "course", "course title"], limit: .offerTitle),
        CSVColumn("Provider", aliases: ["supplier", "delivered by"], limit: .offerProvider),
        CSVColumn("Kind", aliases: ["type", "activity type", "cpd type"]),
        CSVColumn("Hours", aliases: ["duration hours", "cpd hours"]),
        CSVColumn("Cost per person", aliases: ["cost", "cost per place", "price"]),
        CSVColumn("Places a year", aliases: ["places", "places per year"]),
        CSVColumn("Skill", aliases: ["skill name"], isRequired: false),
        CSVColumn("Level", aliases: ["level reached", "brings to level"], isRequired: false),
        CSVColumn("Skill profession", aliases: ["skill profession code"], isRequired: false),
    ]
    enum Column: Int { case profession, title, provider, kind, hours, cost, places, skill, level, skillProfession }

    static func wholeNumber(_ text: String, _ range: ClosedRange<Int>) -> Int? {
        guard !text.isEmpty, text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text),
              range.contains(value) else { return nil }
        return value
    }

    static func isShared(_ text: String) -> Bool { text.isEmpty || CSVColumn.normalised(text) == "shared" }
}

/// The row-by-row work of a learning-offers import: rows are checked and gathered by offer,
/// then each offer is written as a whole at the end (`finish`).
struct LearningOfferImporter: RowImporter {
    static let columns = LearningOfferCSV.columns
    static let table = RecordKind.learningOffer.table
    /// No summary counts offers.
    static let summaries: [Summary] = []

    let w: WriteContext
    let professions: NamedLookup
    /// Skill ids by profession and lower-cased name, and each profession's code and top level.
    private let skills: [RowID: [String: RowID]]
    private let scaleMax: [RowID: Int]
    private let professionCodes: [RowID: String]

    struct Key: Hashable {
        var professionId: RowID?
        var title: String
        var provider: String
    }

    private struct Seen {
        var line: Int
        var offer: LearningOffer
    }
    private var seen: [Key: Seen] = [:]
    private var order: [Key] = []

    typealias Row = Key

    init(_ w: WriteContext) throws {
        self.w = w
        let all = try Profession.fetchAll(w.db, sql: "SELECT \(Profession.selection) FROM profession ORDER BY code")
        professions = NamedLookup(all.map { ($0.id, $0.code, $0.name) })
        scaleMax = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0.scaleMax) })
        professionCodes = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0.code) })
        var skills: [RowID: [String: RowID]] = [:]
        for skill in try Skill.fetchAll(w.db, sql: "SELECT \(Skill.selection) FROM skill") {
            skills[skill.professionId, default: [:]][skill.name.lowercased()] = skill.id
        }
        self.skills = skills
    }

    mutating func parse(_ record: CSVRecord, _ header: CSVHeader, _ problems: inout ImportProblems) throws -> Row? {
        let before = problems.total
        func field(_ column: LearningOfferCSV.Column) -> (text: String, column: Int)? {
            header.field(column.rawValue, of: record)
        }
        func problem(_ at: (text: String, column: Int)?, _ message: String) {
            problems.add(line: record.line, column: at?.column ?? 0, message)
        }
        func profession(_ cell: (text: String, column: Int)) -> RowID?? {
            if LearningOfferCSV.isShared(cell.text) { return .some(nil) }
            guard let id = professions.find(cell.text) else {
                problem(cell, "unknown profession \(ImportValues.quoted(cell.text, identifier: true)); expected a profession "
                        + "code or name, or blank (or \"shared\") for an offer shared by every profession: \(professions.expected())")
                return nil
            }
            return .some(id)
        }
        let professionCell = field(.profession)!
        let professionId = profession(professionCell)
        let title = field(.title)!, provider = field(.provider)!
        if title.text.isEmpty { problem(title, "no title; expected the offer's title") }
        if provider.text.isEmpty { problem(provider, "no provider; expected who provides the offer") }
        let kindCell = field(.kind)!
        let kind = CPDCSV.types[CSVColumn.normalised(kindCell.text)]
        if kind == nil {
            problem(kindCell, (kindCell.text.isEmpty ? "no kind" : "unknown kind \(ImportValues.quoted(kindCell.text, identifier: true))")
                    + "; expected a CPD activity type: " + CPDActivityType.allCases.map(\.label).joined(separator: ", "))
        }
        let hoursCell = field(.hours)!
        var minutes: Int?
        switch ImportValues.minutes(hours: hoursCell.text) {
        case .success(let value): minutes = value
        case .failure(let message): problem(hoursCell, message.description)
        }
        let costCell = field(.cost)!
        let cost = LearningOffer.pence(pounds: costCell.text)
        if cost == nil {
            problem(costCell, "cost \(ImportValues.quoted(costCell.text)) is not an amount of money; expected pounds such as "
                    + "450 or £1,250.50, at most £\(FigureText.count(OfferBounds.maxCostPence / 100))")
        }
        let placesCell = field(.places)!
        let places = LearningOfferCSV.wholeNumber(placesCell.text, 0...OfferBounds.maxPlaces)
        if places == nil {
            problem(placesCell, "places \(ImportValues.quoted(placesCell.text)) is not a whole number from 0 to "
                    + FigureText.count(OfferBounds.maxPlaces))
        }
        var skill: OfferSkill?
        let skillCell = field(.skill), levelCell = field(.level), ownerCell = field(.skillProfession)
        if let skillCell, !skillCell.text.isEmpty {
            var owner: RowID?? = professionId
            if let ownerCell, !ownerCell.text.isEmpty {
                owner = profession(ownerCell)
                if case .some(.some(let named)) = owner, case .some(.some(let own)) = professionId, named != own {
                    problem(ownerCell, "a profession's offer develops that profession's skills only; expected the "
                            + "offer's profession, or a blank Profession for a shared offer")
                }
            }
            switch owner {
            case .some(.some(let ownerId)):
                let skillId = skills[ownerId]?[skillCell.text.lowercased()]
                if skillId == nil {
                    let known = (skills[ownerId] ?? [:]).keys.sorted().prefix(20).joined(separator: "; ")
                    problem(skillCell, "no skill \(ImportValues.quoted(skillCell.text, otherwise: "of that name")) in "
                            + "\(professionCodes[ownerId] ?? "?"); expected one of: \(known)")
                }
                let top = scaleMax[ownerId] ?? 1
                let level = levelCell.flatMap { LearningOfferCSV.wholeNumber($0.text, 1...top) }
                if level == nil {
                    problem(levelCell ?? skillCell, "level \(ImportValues.quoted(levelCell?.text ?? "")) is not on the "
                            + "skill's scale; expected a whole number from 1 to \(top)")
                }
                if let skillId, let level { skill = OfferSkill(skillId: skillId, level: level) }
            case .some(.none):
                problem(ownerCell ?? skillCell, "a shared offer's skill needs its profession; expected a Skill profession cell")
            case .none:
                break
            }
        } else if let levelCell, !levelCell.text.isEmpty {
            problem(levelCell, "a level but no skill; expected the skill the offer brings to this level")
        }
        guard problems.total == before, let professionId, let kind, let minutes, let cost, let places else { return nil }
        let key = Key(professionId: professionId, title: title.text, provider: provider.text)
        let offer = LearningOffer(professionId: professionId, title: title.text, provider: provider.text, type: kind,
                                  minutes: minutes, costPence: cost, places: places)
        if var earlier = seen[key] {
            var bare = earlier.offer
            bare.skills = []
            if bare != offer {
                problem(nil, "this offer's kind, hours, cost or places differ from line \(earlier.line); "
                        + "expected every row of an offer to agree")
                return nil
            }
            if let skill {
                if earlier.offer.skills.contains(where: { $0.skillId == skill.skillId }) {
                    problem(skillCell, "this skill is already named for the offer; expected each skill once")
                    return nil
                }
                guard earlier.offer.skills.count < OfferBounds.maxSkills else {
                    problem(skillCell, "more than \(OfferBounds.maxSkills) skills for one offer")
                    return nil
                }
                earlier.offer.skills.append(skill)
            }
            seen[key] = earlier
        } else {
            var first = offer
            first.skills = skill.map { [$0] } ?? []
            seen[key] = Seen(line: record.line, offer: first)
            order.append(key)
        }
        return key
    }

    /// Rows are gathered by `parse`; the offers are written once every row is known.
    mutating func save(_ row: Row, _ outcome: inout ImportOutcome) throws {}

    mutating func finish(_ outcome: inout ImportOutcome) throws {
        for key in order {
            var offer = seen[key]!.offer
            offer.skills.sort { $0.skillId < $1.skillId }
            if let stored = try LearningOfferRows.fetch(w.db, where: "IFNULL(profession_id, 0) = ? AND title = ? AND provider = ?",
                                                        arguments: [key.professionId ?? 0, key.title, key.provider]).first {
                offer.id = stored.id
                offer.version = stored.version
                if offer == stored { outcome.unchanged += 1; continue }
                outcome.updated += 1
                // The check pass counts what the write pass will do, and writes nothing.
                guard !w.checkOnly else { continue }
                try w.saveLearningOffer(offer)
            } else {
                outcome.inserted += 1
                guard !w.checkOnly else { continue }
                offer.id = try offer.insert(w.db)
                try LearningOfferRows.insertSkills(w.db, offer)
            }
        }
    }
}
