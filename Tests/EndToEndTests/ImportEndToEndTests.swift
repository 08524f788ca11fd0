import Foundation
import Testing

/// `hopdash import` and `hopdash export` as a user runs them: exit status, what goes to stdout
/// and stderr, the export file's mode, and a refused file leaving the store as it was.
@Suite struct ImportEndToEndTests {
    let directory: String
    let store: String

    init() throws {
        (directory, store) = try Paths.demoStore()
    }

    func hopdash(_ arguments: String...) throws -> Shell.Result {
        try Shell.run(Paths.binary, arguments + ["--store", store])
    }

    @Test func everyTableExportsPrivatelyAndImportsBackUnchanged() throws {
        for table in ["staff", "assessments", "cpd", "qualifications"] {
            let file = directory + "/\(table).csv"
            let exported = try hopdash("export", "--table", table, "--out", file)
            #expect(exported.status == 0, "\(exported.error)")
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            let rows = try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: "\r\n").count - 2
            #expect(rows > 0)
            let imported = try hopdash("import", table, file)
            #expect(imported.status == 0, "\(imported.error)")
            #expect(imported.output.hasSuffix(": 0 inserted, 0 updated, \(rows) unchanged, 0 skipped\n"))
            // stderr is not a terminal here: no progress bar
            #expect(imported.error.isEmpty)
        }
    }

    @Test func aBadFileExitsWithEveryProblemAndChangesNothing() throws {
        let department = try Shell.run("/usr/bin/env", ["sqlite3", store, "SELECT code FROM department LIMIT 1"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines)
        let file = directory + "/bad.csv"
        try """
            Staff number,Name,Grade,Department
            NEW001,Ann Example,G8,\(department)
            NEW002,Bo Example,EO,\(department)
            NEW002,Bo Again,EO,\(department)
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let before = try hopdash("export", "--table", "staff").output
        let bytes = FileManager.default.contents(atPath: store)

        let dryRun = try hopdash("import", "staff", "--dry-run", directory + "/bad.csv")
        let run = try hopdash("import", "staff", file)
        // Not a byte of the file changed, and no journal holds anything.
        #expect(FileManager.default.contents(atPath: store) == bytes)
        #expect((FileManager.default.contents(atPath: store + "-wal") ?? Data()).isEmpty)

        for result in [dryRun, run] {
            #expect(result.status == 2)
            #expect(result.output.isEmpty)
            #expect(result.error.contains("\(file):2:3: unknown grade \"G8\"; expected one of AA, AO, EO, HEO, SEO, G7, G6, SCS1, SCS2, SCS3\n"))
            #expect(result.error.contains("\(file):4:1: duplicate staff number \"NEW002\", already on line 3; expected each person once\n"))
            #expect(result.error.contains("Nothing was imported: the store is unchanged."))
        }
        #expect(try hopdash("export", "--table", "staff").output == before)
        // Fixed, a dry run counts without writing, then the import writes
        try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "G8", with: "G7")
            .replacingOccurrences(of: "NEW002,Bo Again", with: "NEW003,Bo Again").write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try hopdash("import", "staff", "--dry-run", file).output
                == "Dry run, nothing written: would be 3 inserted, 0 updated, 0 unchanged, 0 skipped\n")
        #expect(FileManager.default.contents(atPath: store) == bytes)
        #expect((FileManager.default.contents(atPath: store + "-wal") ?? Data()).isEmpty)
        #expect(try hopdash("export", "--table", "staff").output == before)
        #expect(try hopdash("import", "staff", file).output == "Staff: 3 inserted, 0 updated, 0 unchanged, 0 skipped\n")
        #expect(try hopdash("export", "--table", "staff").output.hasSuffix("NEW003,Bo Again,EO,\(department),,,,,\r\n"))
    }

    @Test func anImportIsLoggedAsWhoeverRanIt() throws {
        let department = try Shell.run("/usr/bin/env", ["sqlite3", store, "SELECT code FROM department LIMIT 1"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines)
        let file = directory + "/new.csv"
        try "Staff number,Name,Grade,Department\nNEW101,Ann Example,EO,\(department)\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try hopdash("import", "staff", file, "--user", "Kim Importer").status == 0)
        let users = { (after: Int) in
            try Shell.run("/usr/bin/env", ["sqlite3", self.store, "SELECT DISTINCT user FROM change_log WHERE id > \(after)"])
                .output.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try users(0).contains("Kim Importer"))
        #expect(try !users(0).split(separator: "\n").contains("import"), "never the word \"import\"")
        // Without --user: HOPDASH_USER, as the dashboard would name its editor.
        let last = Int(try Shell.run("/usr/bin/env", ["sqlite3", store, "SELECT MAX(id) FROM change_log"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        try "Staff number,Name,Grade,Department\nNEW102,Bo Example,EO,\(department)\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        var environment = ProcessInfo.processInfo.environment
        environment["HOPDASH_USER"] = "Pat Runner"
        let run = try Shell.run(Paths.binary, ["import", "staff", file, "--store", store], environment: environment)
        #expect(run.status == 0, "\(run.error)")
        #expect(try users(last) == "Pat Runner")
    }

    @Test func aMissingFileIsAPlainError() throws {
        let result = try hopdash("import", "cpd", directory + "/missing.csv")
        #expect(result.status != 0)
        #expect(result.error.contains("cannot open \(directory)/missing.csv for reading; nothing was imported."))
    }
}
