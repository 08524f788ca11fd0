import Foundation
import GRDB
import HopModel

/// Names for the rows the change log's entries refer to by id, read from the store as it is
/// now, so that the change log can say "Ann Example (S001)" where it stored `staff_id: 3566`.
/// Names are personal data: they go to the interactive change log only, never to the
/// diagnostics log.
enum ChangeLogNames {
    /// The tables whose rows have a name, and how each is named.
    static let named: [String: String] = [
        "staff": "SELECT id, name || ' (' || staff_number || ')' FROM staff",
        "profession": "SELECT id, name || ' (' || code || ')' FROM profession",
        "skill": "SELECT id, name FROM skill",
        "grade": "SELECT id, code FROM grade",
        "department": "SELECT id, name || ' (' || code || ')' FROM department",
    ]

    /// `entries` with `names` filled for every id they mention (their own record's included).
    static func attach(_ entries: [ChangeLogEntry], _ db: Database) throws -> [ChangeLogEntry] {
        let mentioned = entries.map(mentions)
        var wanted: [String: Set<Int64>] = [:]
        for keys in mentioned {
            for key in keys {
                let parts = key.split(separator: ":")
                if parts.count == 2, let id = Int64(parts[1]) { wanted[String(parts[0]), default: []].insert(id) }
            }
        }
        var names: [String: String] = [:]
        for (table, ids) in wanted {
            guard let select = named[table] else { continue }
            let rows = try Row.fetchAll(db, sql: select + " WHERE id IN (SELECT value FROM json_each(?))",
                                        arguments: [JSONList.encodeIDs(ids.sorted().map { RowID($0) })])
            for row in rows {
                let id: Int64 = row[0]
                names["\(table):\(id)"] = row[1]
            }
        }
        return zip(entries, mentioned).map { entry, keys in
            var entry = entry
            for key in keys { entry.names[key] = names[key] }
            return entry
        }
    }

    /// "table:id" for the entry's own record (when its table has names) and every id its members hold.
    static func mentions(_ entry: ChangeLogEntry) -> Set<String> {
        var keys: Set<String> = []
        if named[entry.table] != nil, Int64(entry.recordId) != nil { keys.insert("\(entry.table):\(entry.recordId)") }
        for json in [entry.before, entry.after] {
            for (member, value) in members(json) {
                guard let table = ChangeLogReferences.table(ofMember: member), let id = (value as? NSNumber)?.int64Value else { continue }
                keys.insert("\(table):\(id)")
            }
        }
        return keys
    }

    static func members(_ json: String?) -> [String: Any] {
        guard let data = json?.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }
}
