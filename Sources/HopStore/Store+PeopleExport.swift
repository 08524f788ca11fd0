import Foundation
import HopModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Exporting a list of people

extension Store {
    /// Writes `query`'s list in `format` through `output`, a page at a time from one read
    /// transaction (flat memory at any length), then records the export in the access log: who,
    /// when, which list, how many (never the names). A list whose log entry cannot be written
    /// fails here, so a caller that names its file only after this returns writes no unlogged
    /// list. `hopdash people` and `x` on a list both come here. Returns how many people.
    @discardableResult
    public func exportPeople(_ query: PeopleQuery, format: PeopleListFormat, professionName: String, professionCode: String,
                             gradeCode: String?, by user: String, to output: (Data) throws -> Void) throws -> Int {
        try output(Data(format.opening(query.criterion, profession: professionName, gradeCode: gradeCode, today: query.today).utf8))
        let people = try forEachPerson(query) { page in try output(Data(format.lines(page).utf8)) }
        let list = AccessLogEntry.listText(query.criterion, gradeCode: gradeCode, filtered: !query.filter.isEmpty)
        try recordAccess(AccessLogEntry(professionCode: professionCode, list: list, people: people, format: format.rawValue), by: user)
        return people
    }

    /// `x` on a list of people: writes `query`'s list (its filter and order) as CSV to a new
    /// file in `folder`, named for the list and its day ("POL-never-assessed-2026-10-01.csv";
    /// "-2", "-3"... after it when an earlier export has the name), readable by its owner only,
    /// and records it in the access log. It replaces nothing: not an earlier export, not a link,
    /// not whatever appears at the name while the list is written, and never the store or the
    /// files beside it (`StoreGuard`, as `--out` is checked). Nothing is written on failure.
    public func exportPeople(_ query: PeopleQuery, inFolder folder: String, by user: String) throws -> PeopleExport {
        guard let profession = try profession(id: query.professionId) else {
            throw StoreError.invalid(field: "profession", reason: "the profession is no longer in the store")
        }
        let gradeCode = try query.gradeId.flatMap { id in try grades().first { $0.id == id }?.code }
        let name = Self.peopleFileName(professionCode: profession.code, query, gradeCode: gradeCode, format: .csv)
        return try writeNewFile(inFolder: folder, named: name) { handle in
            try exportPeople(query, format: .csv, professionName: profession.name, professionCode: profession.code,
                             gradeCode: gradeCode, by: user) { try handle.write(contentsOf: $0) }
        }
    }

    /// `x` on the list of overdue checklist items: writes `items` as CSV to a new file in
    /// `folder` ("POL-checklist-overdue-2026-10-01.csv", "-2"... as for a list of people), readable
    /// by its owner only, and records it in the access log (its owners are people's names: the
    /// entry counts the owners named, never who they are). Returns how many items.
    public func exportOverdueItems(_ items: [OverdueItem], professionId: RowID, today: Day, inFolder folder: String,
                                   by user: String) throws -> PeopleExport {
        guard let profession = try profession(id: professionId) else {
            throw StoreError.invalid(field: "profession", reason: "the profession is no longer in the store")
        }
        let words = [profession.code, OverdueItems.listName, today.iso].joined(separator: "-")
        let name = String(words.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" }) + ".csv"
        return try writeNewFile(inFolder: folder, named: name) { handle in
            try handle.write(contentsOf: Data(OverdueItems.csv(items).utf8))
            try recordAccess(AccessLogEntry(professionCode: profession.code, list: OverdueItems.listName,
                                            people: OverdueItems.owners(items), format: PeopleListFormat.csv.rawValue), by: user)
            return items.count
        }
    }

    /// Writes a new file named `name` in `folder` ("-2", "-3"... before its extension when an
    /// earlier file has the name) through `body`, which returns how many rows it wrote. It
    /// replaces nothing: not a file, not a link, not whatever appears at the name while it is
    /// written, never the store or the files beside it; nothing is left on failure.
    private func writeNewFile(inFolder folder: String, named name: String,
                              _ body: (FileHandle) throws -> Int) throws -> PeopleExport {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw PrivateFile.Failure(description: "Cannot write the list in \(folder): the folder does not exist.")
        }
        let base = URL(fileURLWithPath: folder).standardizedFileURL.path + "/" + name.dropLast(4)
        // A name nothing has, not even a link to nothing (lstat, which does not follow links).
        var path = base + ".csv"
        var there = stat()
        var n = 2
        while lstat(path, &there) == 0 {
            path = base + "-\(n).csv"
            n += 1
        }
        try StoreGuard(store: self.path).check(path, identity: nil)
        var rows = 0
        try PrivateFile.write(to: path, replacing: false) { handle in rows = try body(handle) }
        return PeopleExport(path: path, people: rows)
    }

    /// A file name for an export of `query`'s list, as of its day: "POL-never-assessed-2026-10-01.csv",
    /// with "-G" for one grade and the skill name kept to letters, digits and hyphens.
    public static func peopleFileName(professionCode: String, _ query: PeopleQuery, gradeCode: String?,
                                      format: PeopleListFormat) -> String {
        let words = [professionCode, query.criterion.text] + (gradeCode.map { [$0] } ?? []) + [query.today.iso]
        let name = words.joined(separator: "-").map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" }
        return String(name) + (format == .csv ? ".csv" : ".md")
    }
}
