/// The rules a framework document must meet beyond its JSON shape. Each failure names the
/// origin and the place: `framework.json: checklist item C03: principle 9.9 does not exist`.
extension Framework {
    static let levelRange = 1...5
    static let areaRange = 1...5
    static let shortNameLimit = 11

    func validate(origin: String) throws(FrameworkError) {
        let check = FrameworkCheck(origin: origin)
        try check.text(source, "source", "text")
        try validateLevels(check)
        try validateAreas(check)
        try validatePrinciples(check)
        try validateChecklist(check)
        try validateDescriptors(check)
    }

    private func validateLevels(_ check: FrameworkCheck) throws(FrameworkError) {
        let numbers = levels.map(\.level)
        guard numbers == Array(Self.levelRange) else {
            let found = numbers.map(String.init).joined(separator: ", ")
            throw check.fail("levels", "must be 1, 2, 3, 4, 5 in order (found \(found))")
        }
        for level in levels {
            try check.text(level.name, "level \(level.level)", "name")
        }
    }

    private func validateAreas(_ check: FrameworkCheck) throws(FrameworkError) {
        var seen: Set<Int> = []
        for area in areas {
            let place = "area \(area.id)"
            guard Self.areaRange.contains(area.id) else { throw check.fail(place, "is not one of 1 to 5") }
            guard seen.insert(area.id).inserted else { throw check.fail(place, "appears twice") }
            try check.text(area.name, place, "name")
            try check.text(area.shortName, place, "short name")
            guard area.shortName.count <= Self.shortNameLimit else {
                throw check.fail(place, "short name \"\(area.shortName)\" is longer than \(Self.shortNameLimit) characters")
            }
        }
        if let missing = Self.areaRange.first(where: { !seen.contains($0) }) {
            throw check.fail("area \(missing)", "missing")
        }
    }

    private func validatePrinciples(_ check: FrameworkCheck) throws(FrameworkError) {
        var seen: Set<String> = []
        for principle in principles {
            let place = "principle \(principle.id)"
            guard principle.id.wholeMatch(of: /[1-5]\.[0-9]+/) != nil else {
                throw check.fail(place, "number must be an area 1 to 5, a dot and a number, such as 2.10")
            }
            let numberedArea = Int(principle.id.prefix(1))!
            guard numberedArea == principle.area else {
                throw check.fail(place, "listed in area \(principle.area) but numbered for area \(numberedArea)")
            }
            guard seen.insert(principle.id).inserted else { throw check.fail(place, "appears twice") }
            try check.text(principle.label, place, "label")
        }
    }

    private func validateChecklist(_ check: FrameworkCheck) throws(FrameworkError) {
        let areaOfPrinciple = Dictionary(principles.map { ($0.id, $0.area) }, uniquingKeysWith: { first, _ in first })
        var seen: Set<String> = []
        for (position, item) in checklist.enumerated() {
            try check.text(item.id, "checklist item \(position + 1)", "id")
            let place = "checklist item \(item.id)"
            guard seen.insert(item.id).inserted else { throw check.fail(place, "appears twice") }
            guard area(item.area) != nil else { throw check.fail(place, "area \(item.area) does not exist") }
            guard !item.principles.isEmpty else { throw check.fail(place, "cites no principle") }
            for id in item.principles {
                guard let principleArea = areaOfPrinciple[id] else {
                    throw check.fail(place, "principle \(id) does not exist")
                }
                guard principleArea == item.area else {
                    throw check.fail(place, "principle \(id) is in area \(principleArea), not the item's area \(item.area)")
                }
            }
            try check.text(item.label, place, "label")
        }
        for area in areas where items(inArea: area.id).isEmpty {
            throw check.fail("area \(area.id)", "has no checklist items")
        }
    }

    private func validateDescriptors(_ check: FrameworkCheck) throws(FrameworkError) {
        func place(_ area: Int, _ level: Int) -> String { "descriptor for area \(area), level \(level)" }
        var seen: Set<AreaLevel> = []
        for descriptor in descriptors {
            let place = place(descriptor.area, descriptor.level)
            guard area(descriptor.area) != nil else { throw check.fail(place, "no such area") }
            guard Self.levelRange.contains(descriptor.level) else { throw check.fail(place, "no such level") }
            guard seen.insert(AreaLevel(area: descriptor.area, level: descriptor.level)).inserted else {
                throw check.fail(place, "appears twice")
            }
            try check.text(descriptor.text, place, "text")
        }
        for area in areas {
            for level in levels where !seen.contains(AreaLevel(area: area.id, level: level.level)) {
                throw check.fail(place(area.id, level.level), "missing")
            }
        }
    }
}

private struct AreaLevel: Hashable {
    let area: Int
    let level: Int
}

/// Builds the messages, and checks the free text every label, name and descriptor shares.
private struct FrameworkCheck {
    let origin: String

    func fail(_ place: String, _ problem: String) -> FrameworkError {
        FrameworkError("\(origin): \(place): \(problem)")
    }

    /// Text must say something and stay on one line of the screen.
    func text(_ value: String, _ place: String, _ field: String) throws(FrameworkError) {
        guard !value.allSatisfy(\.isWhitespace) else { throw fail(place, "\(field) is empty") }
        guard !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw fail(place, "\(field) contains a control character")
        }
    }
}
