import Foundation
import HopModel

/// Whose history to show.
public enum ChangeLogSubject: Hashable, Sendable {
    /// The latest changes filed under a profession, or under any (nil).
    case profession(RowID?)
    /// Every change to one record.
    case record(EditableRecord)
}

/// The change log overlay: when, who, what, before → after.
public struct ChangeLogView: Hashable, Sendable {
    public var title: String
    public var subject: ChangeLogSubject
    public var entries: [ChangeLogEntry] = []
    public var loaded = false
    public var offset = 0

    public init(title: String, subject: ChangeLogSubject) { self.title = title; self.subject = subject }

    /// How many entries the profession view reads (newest first).
    public static let professionLimit = 200

    /// Two lines per entry: when, who, action and record; then each changed field as before → after.
    public static func lines(_ entry: ChangeLogEntry) -> (heading: String, detail: String) {
        let when = entry.at.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
        let heading = "\(when)  \(entry.user)  \(entry.action) \(entry.table.replacingOccurrences(of: "_", with: " ")) \(entry.recordId)"
        let before = fields(entry.before), after = fields(entry.after)
        let keys = (after.keys.isEmpty ? before : after).keys.filter { $0 != "version" }
        let order = keys.sorted()
        let detail: String
        switch (entry.before, entry.after) {
        case (_?, _?):
            detail = order.filter { before[$0] != after[$0] }
                .map { "\($0): \(before[$0] ?? "-") → \(after[$0] ?? "-")" }.joined(separator: "; ")
        case (nil, _?):
            detail = order.filter { !(after[$0] ?? "").isEmpty }.map { "\($0): \(after[$0]!)" }.joined(separator: "; ")
        case (_?, nil):
            detail = "was " + order.filter { !(before[$0] ?? "").isEmpty }.map { "\($0): \(before[$0]!)" }.joined(separator: "; ")
        case (nil, nil):
            detail = ""
        }
        return (heading, detail)
    }

    /// A logged JSON object's members as text (null as empty).
    static func fields(_ json: String?) -> [String: String] {
        guard let data = json?.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object.mapValues { value in
            switch value {
            case is NSNull: ""
            case let string as String: string
            default: "\(value)"
            }
        }
    }
}

