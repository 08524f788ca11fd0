/// The shipped good-practice framework: "Embedding Professional Skills: principles of good
/// practice for professions, departments and devolved administrations" (Government Skills,
/// April 2010), plus hopdash's own 1-5 maturity model.
///
/// Read-only data from `Resources/framework.json`. A `Framework` only comes from
/// `Framework.decode`, which validates it, so every area has checklist items, every area and
/// level has a descriptor, and every principle an item cites exists in the item's area.
public struct Framework: Hashable, Sendable {
    public let format: String
    public let version: Int
    /// The source document, by name, for citing.
    public let source: String
    /// Levels 1...5, in order.
    public let levels: [MaturityLevel]
    /// Areas 1...5, in the source's order.
    public let areas: [Area]
    /// In the source's order, keeping its numbering (there is no 1.7).
    public let principles: [Principle]
    /// In the source's order, which groups items by area.
    public let checklist: [ChecklistItem]
    public let descriptors: [Descriptor]

    init(format: String, version: Int, source: String, levels: [MaturityLevel], areas: [Area],
         principles: [Principle], checklist: [ChecklistItem], descriptors: [Descriptor]) {
        self.format = format; self.version = version; self.source = source
        self.levels = levels; self.areas = areas; self.principles = principles
        self.checklist = checklist; self.descriptors = descriptors
    }

    public func area(_ id: Int) -> Area? {
        areas.first { $0.id == id }
    }

    public func items(inArea id: Int) -> [ChecklistItem] {
        checklist.filter { $0.area == id }
    }

    public func principles(inArea id: Int) -> [Principle] {
        principles.filter { $0.area == id }
    }

    public func item(_ id: String) -> ChecklistItem? {
        checklist.first { $0.id == id }
    }

    /// What `level` looks like in area `area`; "" for an area or level the framework lacks.
    public func descriptor(area: Int, level: Int) -> String {
        descriptors.first { $0.area == area && $0.level == level }?.text ?? ""
    }

    /// "Initial" ... "Embedded"; "" for a level outside 1...5.
    public func levelName(_ level: Int) -> String {
        levels.first { $0.level == level }?.name ?? ""
    }
}

/// One step of hopdash's maturity scale (our own model, P3M3/CMMI style).
public struct MaturityLevel: Hashable, Sendable {
    public let level: Int
    public let name: String

    public init(level: Int, name: String) {
        self.level = level; self.name = name
    }
}

/// One of the source's five areas of practice.
public struct Area: Hashable, Sendable, Identifiable {
    public let id: Int
    public let name: String
    /// At most 11 characters, for table headings.
    public let shortName: String

    public init(id: Int, name: String, shortName: String) {
        self.id = id; self.name = name; self.shortName = shortName
    }
}

/// Which heading of the source a principle sits under.
public enum PrincipleAudience: String, Hashable, Sendable {
    /// "Principles for departments / DAs" (devolved administrations included).
    case departments
    /// "Principles for professions".
    case professions
}

/// A numbered principle of the source, in our own words.
public struct Principle: Hashable, Sendable, Identifiable {
    /// The source's number, "1.1" ... "5.11"; the part before the dot is the area.
    public let id: String
    public let area: Int
    public let audience: PrincipleAudience
    public let label: String

    public init(id: String, area: Int, audience: PrincipleAudience, label: String) {
        self.id = id; self.area = area; self.audience = audience; self.label = label
    }
}

/// An item of the source's "Checklist of the key principles", in our own words.
public struct ChecklistItem: Hashable, Sendable, Identifiable {
    /// "C01", "C02", ... in source order.
    public let id: String
    public let area: Int
    /// The ids of the principles (in the same area) that the item restates.
    public let principles: [String]
    public let label: String
    /// Records that evidence the item when they meet their rule (`RecordEvidence`); empty
    /// when only the item's checklist status does.
    public let evidence: [RecordEvidence]

    public init(id: String, area: Int, principles: [String], label: String, evidence: [RecordEvidence] = []) {
        self.id = id; self.area = area; self.principles = principles; self.label = label; self.evidence = evidence
    }
}

/// One line saying what maturity `level` looks like in `area`.
public struct Descriptor: Hashable, Sendable {
    public let area: Int
    public let level: Int
    public let text: String

    public init(area: Int, level: Int, text: String) {
        self.area = area; self.level = level; self.text = text
    }
}
