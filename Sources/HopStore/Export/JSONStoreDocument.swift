import Foundation

/// A JSON export as read back: the header checked first, so that a file that is not a hopdash
/// store, or one from a newer hopdash, is refused before its tables are looked at.
struct JSONStoreDocument: Decodable {
    enum Cell: Decodable, Equatable {
        case null
        case integer(Int64)
        case real(Double)
        case text(String)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null; return }
            if let text = try? container.decode(String.self) { self = .text(text); return }
            if let integer = try? container.decode(Int64.self) { self = .integer(integer); return }
            if let real = try? container.decode(Double.self) { self = .real(real); return }
            throw DecodingError.typeMismatch(Cell.self, .init(codingPath: decoder.codingPath,
                debugDescription: "expected a number, a string or null"))
        }
    }

    struct Table: Decodable {
        var columns: [String]
        var rows: [[Cell]]
    }

    /// Why the header was refused.
    struct Refusal: Error { var reason: String }

    var schemaVersion: Int
    var tables: [String: Table]

    private enum Key: String, CodingKey { case format, formatVersion, schemaVersion, tables }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let format = try? container.decode(String.self, forKey: .format)
        guard format == JSONStoreFormat.name else {
            throw Refusal(reason: format.map { "the format is \(LoggedJSON.quoted($0)), expected "
                + "\(LoggedJSON.quoted(JSONStoreFormat.name))" }
                ?? "this is not a hopdash store export (no \"format\": \(LoggedJSON.quoted(JSONStoreFormat.name)))")
        }
        let formatVersion = try container.decode(Int.self, forKey: .formatVersion)
        guard formatVersion <= JSONStoreFormat.version else {
            throw Refusal(reason: "formatVersion \(formatVersion) was written by a newer hopdash "
                + "(this build reads up to \(JSONStoreFormat.version))")
        }
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        guard schemaVersion >= 1 else {
            throw Refusal(reason: "schemaVersion \(schemaVersion) is not one hopdash writes (1 to \(Schema.version))")
        }
        guard schemaVersion <= Schema.version else {
            throw Refusal(reason: "schemaVersion \(schemaVersion) was written by a newer hopdash "
                + "(this build knows up to \(Schema.version))")
        }
        tables = try container.decode([String: Table].self, forKey: .tables)
    }

    /// Reads a file, turning JSON errors into where-and-what messages.
    static func read(_ data: Data, file: String) throws(JSONStoreError) -> JSONStoreDocument {
        do {
            return try JSONDecoder().decode(JSONStoreDocument.self, from: data)
        } catch let refusal as Refusal {
            throw .refused(file: file, reason: refusal.reason)
        } catch let error as DecodingError {
            switch error {
            case .dataCorrupted(let context) where context.codingPath.isEmpty:
                throw .unreadable(file: file, reason: "not valid JSON" + (syntaxError(data).map { " (\($0))" } ?? ""))
            case .typeMismatch(_, let context) where context.codingPath.isEmpty:
                throw .refused(file: file, reason: "this is not a hopdash store export (not a JSON object)")
            case .keyNotFound(let key, let context):
                throw .invalid(file: file, problems: ["\(path(context.codingPath + [key])): missing"], more: 0)
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                throw .invalid(file: file, problems: ["\(path(context.codingPath)): \(context.debugDescription)"], more: 0)
            @unknown default:
                throw .unreadable(file: file, reason: "\(error)")
            }
        } catch {
            throw .unreadable(file: file, reason: "\(error)")
        }
    }

    /// Where the JSON syntax breaks, as Foundation's parser says, with its character offset
    /// turned into a line and column, e.g. "invalid value at line 3, column 14".
    static func syntaxError(_ data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data)
            return nil
        } catch {
            guard var text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String else { return nil }
            if text.hasSuffix(".") { text.removeLast() }
            guard let range = text.range(of: " around character "), let offset = Int(text[range.upperBound...]) else {
                return text
            }
            let before = data.prefix(offset)
            let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            let column = offset - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
            return text[..<range.lowerBound].prefix(1).lowercased() + text[..<range.lowerBound].dropFirst()
                + " at line \(line), column \(column)"
        }
    }

    /// A JSON path such as `tables.staff.rows[3][2]`.
    static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        return text.isEmpty ? "the top level" : text
    }
}
