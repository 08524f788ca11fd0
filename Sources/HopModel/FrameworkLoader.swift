import Foundation

/// Why a framework file was refused: one message naming the file and the place, such as
/// `framework.json: checklist item C03: principle 9.9 does not exist`.
public struct FrameworkError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

extension Framework {
    public static let formatName = "hopdash-framework"
    public static let supportedVersion = 1

    /// The framework compiled into the binary (a copy of `Resources/framework.json`), so a
    /// binary copied anywhere starts without a resource bundle. A test keeps the copy in step
    /// with the file and proves it valid, so failing to decode it is a build defect.
    public static let embedded: Framework = {
        do {
            return try decode(Data(EmbeddedFramework.json.utf8), origin: "embedded framework.json")
        } catch {
            fatalError("The embedded framework is invalid: \(error)")
        }
    }()

    /// The framework in the file at `path`, or the embedded one when `path` is nil.
    public static func load(path: String?) throws(FrameworkError) -> Framework {
        guard let path else { return embedded }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw FrameworkError("\(path): cannot be read (\(error.localizedDescription))")
        }
        return try decode(data, origin: path)
    }

    /// Decodes and validates a framework document. `origin` (a file name or path) starts
    /// every error message.
    public static func decode(_ data: Data, origin: String) throws(FrameworkError) -> Framework {
        // The header first, so a document of another kind or a newer version is named as
        // such rather than reported as a missing field.
        let header = try decodeJSON(FrameworkHeaderDTO.self, from: data, origin: origin)
        guard header.format == formatName else {
            throw FrameworkError("\(origin): format is \"\(header.format)\", expected \"\(formatName)\"")
        }
        guard header.version == supportedVersion else {
            throw FrameworkError(
                "\(origin): version \(header.version) is not supported (this hopdash reads version \(supportedVersion))")
        }
        let document = try decodeJSON(FrameworkDTO.self, from: data, origin: origin)
        let framework = try document.framework(origin: origin)
        try framework.validate(origin: origin)
        return framework
    }

    private static func decodeJSON<T: Decodable>(
        _ type: T.Type, from data: Data, origin: String
    ) throws(FrameworkError) -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw FrameworkError("\(origin): \(describe(error))")
        } catch {
            throw FrameworkError("\(origin): \(error.localizedDescription)")
        }
    }

    /// Says where in the document decoding stopped, as `principles[3].label: missing`.
    private static func describe(_ error: DecodingError) -> String {
        func place(_ path: [any CodingKey]) -> String {
            var text = ""
            for key in path {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
                }
            }
            return text.isEmpty ? "document" : text
        }
        switch error {
        case let .keyNotFound(key, context):
            return "\(place(context.codingPath + [key])): missing"
        case let .valueNotFound(_, context):
            return "\(place(context.codingPath)): missing (null)"
        case let .typeMismatch(type, context):
            return "\(place(context.codingPath)): expected \(expectation(type))"
        case let .dataCorrupted(context) where context.codingPath.isEmpty:
            return "not valid JSON"
        case let .dataCorrupted(context):
            return "\(place(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "cannot be decoded"
        }
    }

    private static func expectation(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is [Any].Type: "a list"
        default: "an object"
        }
    }
}

// MARK: - The document as written

private struct FrameworkHeaderDTO: Decodable {
    let format: String
    let version: Int
}

private struct FrameworkDTO: Decodable {
    struct Level: Decodable { let level: Int; let name: String }
    struct Area: Decodable { let id: Int; let name: String; let shortName: String }
    struct Principle: Decodable { let id: String; let area: Int; let audience: String; let label: String }
    struct Item: Decodable { let id: String; let area: Int; let principles: [String]; let label: String; let evidence: [String]? }
    struct Descriptor: Decodable { let area: Int; let level: Int; let text: String }

    let format: String
    let version: Int
    let source: String
    let levels: [Level]
    let areas: [Area]
    let principles: [Principle]
    let checklist: [Item]
    let descriptors: [Descriptor]

    func framework(origin: String) throws(FrameworkError) -> Framework {
        var converted: [HopModel.Principle] = []
        for principle in principles {
            guard let audience = PrincipleAudience(rawValue: principle.audience) else {
                throw FrameworkError(
                    "\(origin): principle \(principle.id): audience \"\(principle.audience)\" is not \"departments\" or \"professions\"")
            }
            converted.append(.init(id: principle.id, area: principle.area, audience: audience, label: principle.label))
        }
        var items: [ChecklistItem] = []
        for item in checklist {
            var evidence: [RecordEvidence] = []
            for name in item.evidence ?? [] {
                guard let known = RecordEvidence(rawValue: name) else {
                    throw FrameworkError("\(origin): checklist item \(item.id): evidence \"\(name)\" is not one hopdash knows ("
                                         + RecordEvidence.allCases.map(\.rawValue).joined(separator: ", ") + ")")
                }
                evidence.append(known)
            }
            items.append(.init(id: item.id, area: item.area, principles: item.principles, label: item.label, evidence: evidence))
        }
        return Framework(
            format: format, version: version, source: source,
            levels: levels.map { .init(level: $0.level, name: $0.name) },
            areas: areas.map { .init(id: $0.id, name: $0.name, shortName: $0.shortName) },
            principles: converted,
            checklist: items,
            descriptors: descriptors.map { .init(area: $0.area, level: $0.level, text: $0.text) })
    }
}
