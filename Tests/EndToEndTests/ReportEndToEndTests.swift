import Foundation
import Testing

/// `hopdash report` as a user runs it: Markdown to standard output by default, `--out` written
/// 0600 with a line on stderr saying where, the same bytes for the same day, clear errors.
@Suite struct ReportEndToEndTests {
    let directory: String
    let store: String

    init() throws {
        (directory, store) = try Paths.demoStore()
    }

    func report(_ arguments: [String]) throws -> Shell.Result {
        try Shell.run(Paths.binary, ["report", "--store", store, "--today", "2026-10-01"] + arguments)
    }

    @Test func markdownToStandardOutputThenTheSameBytesAgain() throws {
        let first = try report([])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.hasPrefix("# Heads of Profession forum report\n\nFigures as of 1 Oct 2026."))
        #expect(first.output.contains("## Cross-profession summary") && first.output.contains("## Shared issues"))
        #expect(first.error.isEmpty)
        #expect(try report([]).output == first.output)
    }

    @Test func htmlToAFileReadableByItsOwnerOnly() throws {
        let out = directory + "/forum.html"
        let result = try report(["--format", "html", "--out", out, "--profession", "pol"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.isEmpty)
        #expect(result.error.contains("Wrote the HTML report (1 profession, as of 2026-10-01) to \(out)"))
        let attributes = try FileManager.default.attributesOfItem(atPath: out)
        #expect((attributes[.posixPermissions] as! NSNumber).intValue & 0o777 == 0o600)
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("<h2>Policy (POL)</h2>") && !html.contains("Cross-profession summary"))
        // Again: the file is replaced, and the message says so
        let again = try report(["--format", "html", "--out", out])
        #expect(again.error.contains("replacing the file that was there"))
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("Cross-profession summary"))
    }

    @Test func badInputIsAClearErrorAndWritesNothing() throws {
        let unknown = try report(["--profession", "NOPE"])
        #expect(unknown.status != 0)
        #expect(unknown.error.contains("No profession with code \"NOPE\"") && unknown.error.contains("POL"))
        let folder = try report(["--out", directory + "/missing/forum.md"])
        #expect(folder.status != 0 && folder.error.contains("the folder \(directory)/missing does not exist"))
        let threshold = try report(["--suppress-below", "0"])
        #expect(threshold.status != 0 && threshold.error.contains("--suppress-below must be 1 or more"))
        let rounding = try report(["--round-to", "0"])
        #expect(rounding.status != 0 && rounding.error.contains("--round-to must be 1 or more"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).filter { !$0.hasPrefix("demo.sqlite") }.isEmpty)
    }
}
