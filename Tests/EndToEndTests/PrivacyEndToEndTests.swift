import Foundation
import Testing

/// Personal data stays private: the files hopdash creates are its owner's only (0600), and a
/// failed import's messages name places in the file, never the people in it.
@Suite(.serialized) struct PrivacyEndToEndTests {
    func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue & 0o777
    }

    @Test func theStoreItsWALAndSharedMemoryAreTheOwnersOnlyWhileEditing() throws {
        let (_, store) = try StressProcess.freshStore()
        let editor = try StressProcess(["edit", "--store", store])
        #expect(editor.waitFor(acknowledged: 3), "\(editor.stderr)")
        for path in [store, store + "-wal", store + "-shm"] {
            #expect(FileManager.default.fileExists(atPath: path), "\(path)")
            let bits = try mode(path)
            #expect(bits == 0o600, "\(path): \(String(bits, radix: 8))")
        }
        _ = editor.kill()
    }

    @Test func theDemoStoreAndAnExportAreTheOwnersOnly() throws {
        let (directory, store) = try Paths.demoStore()
        #expect(try mode(store) == 0o600)
        let export = directory + "/assessments.csv"
        let result = try Shell.run(Paths.binary, ["export", "--table", "assessments", "--store", store, "--out", export])
        #expect(result.status == 0, "\(result.error)")
        let bits = try mode(export)
        #expect(bits == 0o600, "\(String(bits, radix: 8))")
    }

    @Test func aFailedImportNamesPlacesNotPeople() throws {
        let (directory, store) = try Paths.demoStore()
        let person = try Shell.run("/usr/bin/env", ["sqlite3", store, "SELECT staff_number || '|' || name FROM staff LIMIT 1"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|").map(String.init)
        let (number, name) = (person[0], person[1])
        // Every column wrong, the person's name where a skill, a level, a date and a source
        // should be (columns pasted in the wrong order).
        let csv = directory + "/audit.csv"
        try """
            Staff number,Skill,Level,Date,Source
            \(number),\(name),\(name),\(name),\(name)
            \(number)X,Drafting,0,2026-13-01,self

            """.write(toFile: csv, atomically: true, encoding: .utf8)
        let result = try Shell.run(Paths.binary, ["import", "assessments", csv, "--store", store])
        #expect(result.status != 0)
        #expect(result.error.contains("audit.csv:2:"), "\(result.error)")
        for part in name.split(separator: " ") where part.count > 2 {
            #expect(!result.error.contains(part) && !result.output.contains(part), "\(part) in: \(result.error)")
        }
    }
}
