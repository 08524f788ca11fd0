import Foundation
import Testing
@testable import HopModel

/// `Resources/framework.json`, found from this file's place in the repository.
private let resourcePath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // HopModelTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // repository root
    .appendingPathComponent("Resources/framework.json").path

/// The message `body` fails with, or nil if it succeeds.
private func failure(_ body: () throws(FrameworkError) -> Framework) -> String? {
    do {
        _ = try body()
        return nil
    } catch {
        return error.message
    }
}

@Suite struct ShippedFrameworkTests {
    let framework = Framework.embedded

    @Test func embeddedCopyMatchesResourceFile() throws {
        let file = try Data(contentsOf: URL(fileURLWithPath: resourcePath))
        #expect(Data(EmbeddedFramework.json.utf8) == file,
                "Resources/framework.json changed: run scripts/embed-framework.sh")
    }

    @Test func resourceFileLoadsAndValidates() throws {
        #expect(try Framework.load(path: resourcePath) == framework)
        #expect(try Framework.load(path: nil) == framework)
        #expect(framework.format == "hopdash-framework")
        #expect(framework.version == 1)
        #expect(framework.source.contains("Embedding Professional Skills"))
    }

    @Test func levelsAndAreas() {
        #expect(framework.levels.map(\.name) == ["Initial", "Developing", "Defined", "Managed", "Embedded"])
        #expect(framework.areas.map(\.id) == [1, 2, 3, 4, 5])
        #expect(framework.areas.map(\.shortName) == ["Planning", "Recruitment", "Careers", "Performance", "Learning"])
        #expect(framework.area(3)?.name == "Career and talent management and succession planning")
    }

    @Test func principlesKeepTheSourceNumbering() {
        func numbers(_ area: Int, _ range: ClosedRange<Int>, skipping gap: Int? = nil) -> [String] {
            range.filter { $0 != gap }.map { "\(area).\($0)" }
        }
        #expect(framework.principles(inArea: 1).map(\.id) == numbers(1, 1...9, skipping: 7))
        #expect(framework.principles(inArea: 2).map(\.id) == numbers(2, 1...12))
        #expect(framework.principles(inArea: 3).map(\.id) == numbers(3, 1...7))
        #expect(framework.principles(inArea: 4).map(\.id) == numbers(4, 1...4))
        #expect(framework.principles(inArea: 5).map(\.id) == numbers(5, 1...11))
        #expect(framework.principles.count == 42)
        #expect(!framework.principles.contains { $0.id == "1.7" })
    }

    /// The source lists these under "Principles for professions"; all others come under
    /// "Principles for departments / DAs" (2.4-2.8 included, after a page break).
    @Test func audienceFollowsTheSourceHeadings() {
        let forProfessions: Set = [
            "1.8", "1.9", "2.9", "2.10", "2.11", "2.12", "3.4", "3.5", "3.6", "3.7",
            "4.2", "4.3", "4.4", "5.8", "5.9", "5.10", "5.11",
        ]
        for principle in framework.principles {
            let expected: PrincipleAudience = forProfessions.contains(principle.id) ? .professions : .departments
            #expect(principle.audience == expected, "principle \(principle.id)")
        }
        let audience = { (id: String) in framework.principles.first { $0.id == id }?.audience }
        #expect(audience("1.6") == .departments)
        #expect(audience("1.8") == .professions)
        #expect(audience("2.8") == .departments)
        #expect(audience("2.9") == .professions)
        #expect(audience("5.10") == .professions)
    }

    /// The source's checklist has 17 bullets (3 + 5 + 2 + 3 + 4), not the 18 sometimes quoted.
    @Test func checklistFollowsTheSource() {
        #expect(framework.checklist.map(\.id) == (1...17).map { String(format: "C%02d", $0) })
        #expect((1...5).map { framework.items(inArea: $0).count } == [3, 5, 2, 3, 4])
        #expect(framework.checklist.map(\.area) == framework.checklist.map(\.area).sorted())
        #expect(framework.item("C03")?.principles == ["1.6"])
        #expect(framework.item("C18") == nil)
    }

    @Test func everyAreaAndLevelHasADescriptor() {
        #expect(framework.descriptors.count == 25)
        for area in 1...5 {
            for level in 1...5 {
                #expect(!framework.descriptor(area: area, level: level).isEmpty, "area \(area), level \(level)")
            }
        }
        #expect(framework.descriptor(area: 6, level: 1) == "")
        #expect(framework.levelName(4) == "Managed")
        #expect(framework.levelName(0) == "")
    }

    /// Labels fit one line of a narrow terminal beside a status column.
    @Test func textFitsTheScreen() {
        for principle in framework.principles { #expect(principle.label.count <= 70, "principle \(principle.id)") }
        for item in framework.checklist { #expect(item.label.count <= 70, "item \(item.id)") }
        for descriptor in framework.descriptors {
            #expect(descriptor.text.count <= 90, "descriptor \(descriptor.area).\(descriptor.level)")
        }
    }
}

@Suite struct FrameworkLoadingErrorTests {
    @Test func unreadableFileIsNamed() {
        let message = failure { () throws(FrameworkError) in try Framework.load(path: "/no/such/framework.json") }
        #expect(message?.hasPrefix("/no/such/framework.json: cannot be read") == true)
    }

    @Test func textThatIsNotJSONIsRejected() {
        let message = failure { () throws(FrameworkError) in try Framework.decode(Data("{".utf8), origin: "test.json") }
        #expect(message == "test.json: not valid JSON")
    }

    @Test(arguments: rejections)
    func ruleIsEnforced(_ rejection: Rejection) throws {
        var document = try #require(
            JSONSerialization.jsonObject(with: Data(EmbeddedFramework.json.utf8)) as? JSONObject)
        rejection.mutate(&document)
        let data = try JSONSerialization.data(withJSONObject: document)
        let message = failure { () throws(FrameworkError) in try Framework.decode(data, origin: "test.json") }
        #expect(message == "test.json: \(rejection.expected)")
    }
}

// MARK: - Hand-made variants of the shipped document

typealias JSONObject = [String: Any]

/// One broken variant of the shipped document and the message it must be refused with
/// (after the `test.json: ` origin).
struct Rejection: Sendable, CustomTestStringConvertible {
    let expected: String
    let mutate: @Sendable (inout JSONObject) -> Void

    init(_ expected: String, _ mutate: @escaping @Sendable (inout JSONObject) -> Void) {
        self.expected = expected
        self.mutate = mutate
    }

    var testDescription: String { expected }
}

private func id(_ value: String) -> @Sendable (JSONObject) -> Bool {
    { $0["id"] as? String == value }
}

private func number(_ value: Int) -> @Sendable (JSONObject) -> Bool {
    { $0["id"] as? Int == value }
}

private func descriptor(_ area: Int, _ level: Int) -> @Sendable (JSONObject) -> Bool {
    { $0["area"] as? Int == area && $0["level"] as? Int == level }
}

extension Dictionary where Key == String, Value == Any {
    /// Changes the first element of the list at `key` that `matches`.
    mutating func edit(_ key: String, _ matches: (JSONObject) -> Bool, _ change: (inout JSONObject) -> Void) {
        var list = self[key] as? [JSONObject] ?? []
        guard let index = list.firstIndex(where: matches) else {
            Issue.record("no element of \(key) to edit")
            return
        }
        change(&list[index])
        self[key] = list
    }

    /// Removes every element of the list at `key` that `matches`.
    mutating func remove(_ key: String, _ matches: (JSONObject) -> Bool) {
        let list = self[key] as? [JSONObject] ?? []
        if !list.contains(where: matches) { Issue.record("no element of \(key) to remove") }
        self[key] = list.filter { !matches($0) }
    }
}

let rejections: [Rejection] = [
    // The header
    Rejection(#"format is "hopdash-store", expected "hopdash-framework""#) { $0["format"] = "hopdash-store" },
    Rejection("version 2 is not supported (this hopdash reads version 1)") { $0["version"] = 2 },
    // The JSON shape
    Rejection("checklist: missing") { $0["checklist"] = nil },
    Rejection("areas: expected a list") { $0["areas"] = "all five" },
    Rejection("areas[0]: expected an object") { $0["areas"] = [1, 2, 3, 4, 5] },
    Rejection("source: expected text") { $0["source"] = 2010 },
    Rejection("areas[0].id: expected a whole number") { $0.edit("areas", number(1)) { $0["id"] = "one" } },
    Rejection("principles[0].label: missing") { $0.edit("principles", id("1.1")) { $0["label"] = nil } },
    // Levels
    Rejection("levels: must be 1, 2, 3, 4, 5 in order (found 1, 2, 3, 4)") {
        $0.remove("levels") { $0["level"] as? Int == 5 }
    },
    Rejection("level 3: name is empty") { $0.edit("levels", { $0["level"] as? Int == 3 }) { $0["name"] = "" } },
    // Areas
    Rejection("area 6: is not one of 1 to 5") { $0.edit("areas", number(5)) { $0["id"] = 6 } },
    Rejection("area 4: appears twice") { $0.edit("areas", number(5)) { $0["id"] = 4 } },
    Rejection("area 5: missing") { $0.remove("areas", number(5)) },
    Rejection("area 1: name is empty") { $0.edit("areas", number(1)) { $0["name"] = " " } },
    Rejection(#"area 3: short name "Career paths" is longer than 11 characters"#) {
        $0.edit("areas", number(3)) { $0["shortName"] = "Career paths" }
    },
    // Principles
    Rejection("principle 6.1: number must be an area 1 to 5, a dot and a number, such as 2.10") {
        $0.edit("principles", id("1.1")) { $0["id"] = "6.1" }
    },
    Rejection("principle 1.1a: number must be an area 1 to 5, a dot and a number, such as 2.10") {
        $0.edit("principles", id("1.1")) { $0["id"] = "1.1a" }
    },
    Rejection("principle 2.1: listed in area 3 but numbered for area 2") {
        $0.edit("principles", id("2.1")) { $0["area"] = 3 }
    },
    Rejection("principle 1.1: appears twice") { $0.edit("principles", id("1.2")) { $0["id"] = "1.1" } },
    Rejection(#"principle 1.1: audience "both" is not "departments" or "professions""#) {
        $0.edit("principles", id("1.1")) { $0["audience"] = "both" }
    },
    Rejection("principle 1.1: label is empty") { $0.edit("principles", id("1.1")) { $0["label"] = "" } },
    // Checklist
    Rejection("checklist item 1: id is empty") { $0.edit("checklist", id("C01")) { $0["id"] = "" } },
    Rejection("checklist item C10: evidence \"succession-plan\" is not one hopdash knows (succession-register, head-in-critical-recruitment)") {
        $0.edit("checklist", id("C10")) { $0["evidence"] = ["succession-plan"] }
    },
    Rejection("checklist item C01: appears twice") { $0.edit("checklist", id("C02")) { $0["id"] = "C01" } },
    Rejection("checklist item C03: area 9 does not exist") { $0.edit("checklist", id("C03")) { $0["area"] = 9 } },
    Rejection("checklist item C03: cites no principle") {
        $0.edit("checklist", id("C03")) { $0["principles"] = [String]() }
    },
    Rejection("checklist item C03: principle 9.9 does not exist") {
        $0.edit("checklist", id("C03")) { $0["principles"] = ["9.9"] }
    },
    Rejection("checklist item C03: principle 2.1 is in area 2, not the item's area 1") {
        $0.edit("checklist", id("C03")) { $0["principles"] = ["1.6", "2.1"] }
    },
    Rejection("checklist item C05: label contains a control character") {
        $0.edit("checklist", id("C05")) { $0["label"] = "Competency\nframework" }
    },
    Rejection("area 4: has no checklist items") { $0.remove("checklist") { $0["area"] as? Int == 4 } },
    // Descriptors
    Rejection("descriptor for area 7, level 1: no such area") {
        $0.edit("descriptors", descriptor(5, 1)) { $0["area"] = 7 }
    },
    Rejection("descriptor for area 2, level 6: no such level") {
        $0.edit("descriptors", descriptor(2, 5)) { $0["level"] = 6 }
    },
    Rejection("descriptor for area 2, level 4: appears twice") {
        $0.edit("descriptors", descriptor(2, 3)) { $0["level"] = 4 }
    },
    Rejection("descriptor for area 2, level 3: text is empty") {
        $0.edit("descriptors", descriptor(2, 3)) { $0["text"] = "" }
    },
    Rejection("descriptor for area 2, level 3: missing") { $0.remove("descriptors", descriptor(2, 3)) },
]
