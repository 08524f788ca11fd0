import Foundation
import Testing

/// `hopdash seminar` and `hopdash directory` on a demo store: the plan, the list, private files.
@Suite struct CrossProfessionCommandTests {
    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue & 0o777
    }

    @Test func seminarPrintsTheGroupsAndWritesAPrivateFile() throws {
        let (directory, store) = try Paths.demoStore()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let printed = try Shell.run(Paths.binary, ["seminar", "--store", store, "--groups", "3"])
        #expect(printed.status == 0, "\(printed.error)")
        #expect(printed.output.hasPrefix("Seminar working groups: 9 professions in 3 groups"))
        #expect(printed.output.contains("Group 3 (3): Economics L4 · Human Resources L4 · Data Ethics L1"))
        let out = directory + "/plan.md"
        let written = try Shell.run(Paths.binary, ["seminar", "--store", store, "--groups", "2", "--format", "markdown", "--out", out])
        #expect(written.status == 0 && written.output.isEmpty)
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("## Seminar working groups\n\n9 professions in 2 groups"))
        #expect(try mode(out) == 0o600)
        let bad = try Shell.run(Paths.binary, ["seminar", "--store", store, "--groups", "0"])
        #expect(bad.status != 0 && bad.error.contains("--groups must be between 1 and 12"))
    }

    @Test func directoryExportsEveryHeadAndLeadAsCSV() throws {
        let (directory, store) = try Paths.demoStore()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let out = directory + "/directory.csv"
        let result = try Shell.run(Paths.binary, ["directory", "--store", store, "--format", "csv", "--out", out])
        #expect(result.status == 0, "\(result.error)")
        let lines = try String(contentsOfFile: out, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "Profession,Code,Role,Department,Name,Email,Phone")
        // Nine professions, each with its head and one lead in the demo's department
        #expect(lines.count == 1 + 9 * 2)
        #expect(lines.contains { $0.hasPrefix("Economics,ECON,Head of profession,,Quenby Umberholm,quenby.umberholm@dfa.example.org,") })
        #expect(try mode(out) == 0o600)
        let text = try Shell.run(Paths.binary, ["directory", "--store", store])
        #expect(text.output.contains("Economics (ECON)\n  Head of profession: Quenby Umberholm, quenby.umberholm@dfa.example.org"))
    }
}
