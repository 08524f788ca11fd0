import Foundation
import Testing

/// The real binary's export, restore, backup and collate commands on the demo store.
@Suite struct DataInOutEndToEndTests {
    let directory: String
    let store: String

    init() throws {
        (directory, store) = try Paths.demoStore()
    }

    @Test func exportRestoreExportGivesTheSameBytes() throws {
        let first = try Shell.run(Paths.binary, ["export", "--format", "json", "--store", store, "--out", directory + "/a.json"])
        #expect(first.status == 0, "\(first.error)")
        let restored = try Shell.run(Paths.binary, ["restore", directory + "/a.json", "--store", directory + "/r.sqlite"])
        #expect(restored.status == 0, "\(restored.error)")
        let second = try Shell.run(Paths.binary, ["export", "--format", "json", "--store", directory + "/r.sqlite"])
        #expect(second.status == 0)
        #expect(second.output == (try String(contentsOfFile: directory + "/a.json", encoding: .utf8)))
        #expect(try mode(directory + "/a.json") == 0o600)
        #expect(try mode(directory + "/r.sqlite") == 0o600)

        let again = try Shell.run(Paths.binary, ["restore", directory + "/a.json", "--store", directory + "/r.sqlite"])
        #expect(again.status != 0)
        #expect(again.error.contains("r.sqlite already exists; nothing was changed"))
    }

    /// A restore refuses what the store's writes refuse (here a level 9 on the demo's scale,
    /// which restored before), exits 2 (bad input) and creates nothing.
    @Test func restoreRefusesALevelOutsideTheScale() throws {
        let export = try Shell.run(Paths.binary, ["export", "--format", "json", "--store", store])
        #expect(export.status == 0)
        var file = try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as! [String: Any]
        var tables = file["tables"] as! [String: Any]
        var assessments = tables["assessment"] as! [String: Any]
        let columns = assessments["columns"] as! [String]
        var rows = assessments["rows"] as! [[Any]]
        rows[0][columns.firstIndex(of: "level")!] = 9
        assessments["rows"] = rows
        tables["assessment"] = assessments
        file["tables"] = tables
        try JSONSerialization.data(withJSONObject: file).write(to: URL(fileURLWithPath: directory + "/bad.json"))
        let restored = try Shell.run(Paths.binary, ["restore", directory + "/bad.json", "--store", directory + "/bad.sqlite"])
        #expect(restored.status == 2, "\(restored.error)")
        #expect(restored.error.contains("tables.assessment.rows[0]: Level: 9 is outside this profession's scale"), "\(restored.error)")
        #expect(!FileManager.default.fileExists(atPath: directory + "/bad.sqlite"))
    }

    @Test func csvNeedsATableAndJSONRefusesOne() throws {
        let csv = try Shell.run(Paths.binary, ["export", "--store", store])
        #expect(csv.status != 0)
        #expect(csv.error.contains("--format csv needs --table"))
        let json = try Shell.run(Paths.binary, ["export", "--format", "json", "--table", "assessments", "--store", store])
        #expect(json.status != 0)
        #expect(json.error.contains("--format json writes the whole store"))
    }

    @Test func backupEqualsTheStore() throws {
        let backup = try Shell.run(Paths.binary, ["backup", "--store", store, "--out", directory + "/b.sqlite"])
        #expect(backup.status == 0, "\(backup.error)")
        #expect(try mode(directory + "/b.sqlite") == 0o600)
        let original = try Shell.run(Paths.binary, ["export", "--format", "json", "--store", store])
        let copy = try Shell.run(Paths.binary, ["export", "--format", "json", "--store", directory + "/b.sqlite"])
        #expect(copy.status == 0)
        #expect(copy.output == original.output)
    }

    /// Like every --out, a backup's folder must exist: it is named, not created.
    @Test func backupRefusesAMissingFolderAndAFileThatIsNoStore() throws {
        let out = directory + "/missing/b.sqlite"
        let missing = try Shell.run(Paths.binary, ["backup", "--store", store, "--out", out])
        #expect(missing.status != 0)
        #expect(missing.error.contains("Cannot write \(out): the folder \(directory)/missing does not exist."))
        #expect(!FileManager.default.fileExists(atPath: directory + "/missing"))

        let empty = directory + "/empty.sqlite"
        #expect(FileManager.default.createFile(atPath: empty, contents: nil))
        let foreign = try Shell.run(Paths.binary, ["backup", "--store", empty, "--out", directory + "/b.sqlite"])
        #expect(foreign.status != 0)
        #expect(foreign.error.contains("\(empty) is not a hopdash store"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/b.sqlite"))
    }

    @Test func collatingAStoreWithItselfIsRefused() throws {
        let collated = try Shell.run(Paths.binary, ["collate", store, store, "--into", directory + "/c.sqlite"])
        #expect(collated.status != 0)
        #expect(collated.error.contains("The stores cannot be collated"))
        #expect(collated.error.contains("is in both \(store) and \(store) (department DFA)"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/c.sqlite"))
    }

    private func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue & 0o777
    }
}
