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

    /// Two parts per entry: when, who, what was done and to which record (by name); then each
    /// changed field as before → after, ids of other records given as their names. An undo is
    /// labelled "undo".
    /// `to` stands between a value before and after (`Symbols.to`: "→", a word for a reader).
    public static func lines(_ entry: ChangeLogEntry, to: String = "→") -> (heading: String, detail: String) {
        let heading = lead(entry) + what(entry)
        let before = fields(entry.before), after = fields(entry.after)
        let keys = (after.keys.isEmpty ? before : after).keys.filter { $0 != "version" && $0 != "id" }
        let order = keys.sorted()
        let value = { (key: String, text: String?) in shown(key, text, entry) }
        let detail: String
        switch (entry.before, entry.after) {
        case (_?, _?):
            detail = order.filter { before[$0] != after[$0] }
                .map { "\(label($0)): \(value($0, before[$0])) \(to) \(value($0, after[$0]))" }.joined(separator: "; ")
        case (nil, _?):
            detail = order.filter { !(after[$0] ?? "").isEmpty }.map { "\(label($0)): \(value($0, after[$0]))" }.joined(separator: "; ")
        case (_?, nil):
            detail = "was " + order.filter { !(before[$0] ?? "").isEmpty }.map { "\(label($0)): \(value($0, before[$0]))" }
                .joined(separator: "; ")
        case (nil, nil):
            detail = ""
        }
        return (heading, detail)
    }

    /// "update checklist entry C01, Policy (POL)": the action (undo as "undo"), the kind of
    /// record, and the record by name.
    /// When and who, as a heading begins: "2026-10-01 10:00:00 UTC  jo.editor  ".
    public static func lead(_ entry: ChangeLogEntry) -> String { "\(when(entry))  \(entry.user)  " }

    /// When, as "2026-10-01 10:00:00 UTC".
    public static func when(_ entry: ChangeLogEntry) -> String {
        entry.at.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
    }

    public static func what(_ entry: ChangeLogEntry) -> String {
        "\(entry.action) \(entry.table.replacingOccurrences(of: "_", with: " ")) \(subject(entry))"
    }

    /// The record by name: its own (as the store holds it now, else as logged), or for a
    /// record that has none, what it belongs to (the person, the skill, the profession).
    public static func subject(_ entry: ChangeLogEntry) -> String {
        if let name = entry.names["\(entry.table):\(entry.recordId)"] { return name }
        let logged = fields(entry.after ?? entry.before)
        switch entry.table {
        case "staff": if let name = logged["name"] { return name + (logged["staff_number"].map { " (\($0))" } ?? "") }
        case "profession", "department": if let name = logged["name"] { return name + (logged["code"].map { " (\($0))" } ?? "") }
        case "skill": if let name = logged["name"] { return name }
        case "grade": if let code = logged["code"] { return code }
        default: break
        }
        var parts: [String] = []
        if let item = logged["item_id"] { parts.append(item) }
        if let area = logged["area"], entry.table == "maturity_assessment" { parts.append("area \(area)") }
        for member in ["staff_id", "skill_id", "profession_id"] {
            guard let id = logged[member], !id.isEmpty, let table = ChangeLogReferences.table(ofMember: member) else { continue }
            parts.append(entry.names["\(table):\(id)"] ?? "\(table) #\(id)")
        }
        return parts.isEmpty ? entry.recordId : parts.joined(separator: ", ")
    }

    /// A member's label: an id of another record is named for that record ("staff_id" → "staff").
    static func label(_ key: String) -> String {
        guard ChangeLogReferences.table(ofMember: key) != nil, key.hasSuffix("_id") else { return key }
        return String(key.dropLast(3)).replacingOccurrences(of: "_", with: " ")
    }

    /// A member's value as shown: ids of other records as their names ("#3566 (deleted)" when
    /// the record is gone), blank as "-".
    static func shown(_ key: String, _ value: String?, _ entry: ChangeLogEntry) -> String {
        guard let value, !value.isEmpty else { return "-" }
        guard let table = ChangeLogReferences.table(ofMember: key) else { return value }
        return entry.names["\(table):\(value)"] ?? "#\(value) (deleted)"
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

