import Foundation
import Testing

/// What an installer and a support ticket rely on: the version line, the exit statuses, the
/// checked-in man page being the one the binary renders, and completion scripts a shell accepts.
@Suite struct ShippingEndToEndTests {
    @Test func versionIsOneLineWithTheStoreSchema() throws {
        let result = try Shell.run(Paths.binary, ["--version"])
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.output.range(of: #"^hopdash \d+\.\d+\.\d+ \(store schema \d+\)\n$"#, options: .regularExpression) != nil,
                "\(result.output)")
    }

    @Test func aBadCommandLineExits64AndBadDataExits2() throws {
        let unknown = try Shell.run(Paths.binary, ["--no-such-option"])
        #expect(unknown.status == 64)
        let (directory, store) = try Paths.demoStore()
        let json = directory + "/broken.json"
        try "{ not json".write(toFile: json, atomically: true, encoding: .utf8)
        let restore = try Shell.run(Paths.binary, ["restore", json, "--store", directory + "/new.sqlite"])
        #expect(restore.status == 2, "\(restore.error)")
        #expect(!FileManager.default.fileExists(atPath: directory + "/new.sqlite"))
        let missing = try Shell.run(Paths.binary, ["snapshot", "--store", directory + "/absent.sqlite"])
        #expect(missing.status == 1, "\(missing.error)")
        let csv = directory + "/bad.csv"
        try "Staff number,Name,Shoe size\nX1,Someone,9\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try Shell.run(Paths.binary, ["import", "staff", csv, "--store", store])
        #expect(imported.status == 2, "\(imported.error)")
    }

    @Test func helpListsTheExitStatuses() throws {
        let help = try Shell.run(Paths.binary, ["--help"])
        for line in ["0  success", "1  the task failed", "2  bad input data", "64  bad command line"] {
            #expect(help.output.contains(line), "\(line)")
        }
    }

    /// The man page in the repository is exactly what this build renders: regenerate it with
    /// `swift run hopdash manual > man/hopdash.1` after changing a command, an option or a key.
    @Test func checkedInManPageIsCurrent() throws {
        let rendered = try Shell.run(Paths.binary, ["manual"])
        #expect(rendered.status == 0, "\(rendered.error)")
        let checkedIn = try String(contentsOfFile: Paths.packageRoot + "/man/hopdash.1", encoding: .utf8)
        #expect(rendered.output == checkedIn, "man/hopdash.1 is out of date: run swift run hopdash manual > man/hopdash.1")
        for section in ["NAME", "SYNOPSIS", "COMMANDS", "KEYS", "EXIT STATUS", "ENVIRONMENT", "FILES"] {
            #expect(checkedIn.contains(".SH \"\(section)\"\n"), "\(section)")
        }
    }

    /// man itself renders the page without a warning (groff is quiet when the roff is sound).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/groff"), "needs groff"))
    func manRendersThePageCleanly() throws {
        let result = try Shell.run("/usr/bin/groff", ["-man", "-Tutf8", "-ww", "-z", Paths.packageRoot + "/man/hopdash.1"])
        #expect(result.status == 0)
        #expect(result.error.isEmpty, "\(result.error)")
    }

    @Test func bashParsesTheCompletionScriptWhichCompletesFiles() throws {
        let script = try Shell.run(Paths.binary, ["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        let file = try Paths.temporaryDirectory() + "/hopdash.bash"
        try script.output.write(toFile: file, atomically: true, encoding: .utf8)
        let parsed = try Shell.run("/bin/bash", ["-n", file])
        #expect(parsed.status == 0, "\(parsed.error)")
        // CSV and JSON file arguments complete to files of that kind
        #expect(script.output.contains("csv"))
        #expect(script.output.contains("json"))
        for shell in ["zsh", "fish"] {
            let other = try Shell.run(Paths.binary, ["--generate-completion-script", shell])
            #expect(other.status == 0 && !other.output.isEmpty)
        }
    }
}
