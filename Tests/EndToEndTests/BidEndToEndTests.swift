import Foundation
import Testing

/// `hopdash bid` as a user runs it: the demo's kept plan as Markdown, HTML and CSV, a year with
/// no plan kept labelled as the proposal, `--out` written 0600 and never over the store, and
/// bad input refused with a message that says what and where, writing nothing.
@Suite struct BidEndToEndTests {
    let directory: String
    let store: String

    init() throws {
        (directory, store) = try Paths.demoStore()
    }

    func bid(_ arguments: [String]) throws -> Shell.Result {
        try Shell.run(Paths.binary, ["bid", "--store", store, "--today", "2026-10-01"] + arguments)
    }

    @Test func theKeptPlanInEachFormatWithNoName() throws {
        let markdown = try bid(["--profession", "pol"])
        #expect(markdown.status == 0, "\(markdown.error)")
        #expect(markdown.output.hasPrefix("# Funding bid 2026-27: Policy (POL)\n\nFrom the development plan kept for 2026-27"))
        #expect(markdown.output.contains("## By skill, in priority order") && markdown.output.contains("## By offer")
                && markdown.output.contains("## By quarter"))
        #expect(markdown.error.isEmpty)
        let html = try bid(["--profession", "POL", "--format", "html"])
        #expect(html.status == 0 && html.output.hasPrefix("<!DOCTYPE html>") && html.output.contains("<h2>By quarter</h2>"))
        let csv = try bid(["--profession", "POL", "--format", "csv"])
        #expect(csv.status == 0 && csv.output.hasPrefix("priority,skill,people below requirement,offer,"))
        #expect(csv.output.contains("\r\n,Total,"))
        // No one's name or staff number, in any format.
        let people = try Shell.run(Paths.binary, ["people", "--store", store, "--profession", "POL", "--who", "cpd:completed",
                                                   "--format", "csv", "--today", "2026-10-01", "--out", directory + "/people.csv"])
        #expect(people.status == 0, "\(people.error)")
        // Staff numbers and names: the first two fields of each row.
        let rows = try String(contentsOfFile: directory + "/people.csv", encoding: .utf8).split(separator: "\r\n").dropFirst()
        let names = rows.flatMap { $0.split(separator: ",").prefix(2).map(String.init) }.filter { $0.count >= 6 }
        try FileManager.default.removeItem(atPath: directory + "/people.csv")
        #expect(names.count > 5)
        for output in [markdown.output, html.output, csv.output] {
            #expect(!names.contains { output.contains($0) })
        }
    }

    @Test func aYearWithNoPlanIsTheProposalLabelledAsSuch() throws {
        let result = try bid(["--profession", "POL", "--year", "2027"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("**PROPOSAL, NOT ACCEPTED: no development plan is kept for 2027-28"))
        #expect(result.error.contains("No development plan is kept for POL 2027-28: the bid is hopdash's proposal"))
    }

    @Test func outIsWrittenReadableByItsOwnerOnlyAndNeverOverTheStore() throws {
        let out = directory + "/bid.csv"
        let result = try bid(["--profession", "POL", "--format", "csv", "--out", out])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.isEmpty && result.error.contains("Wrote the csv funding bid (POL 2026-27) to \(out)"))
        let attributes = try FileManager.default.attributesOfItem(atPath: out)
        #expect((attributes[.posixPermissions] as! NSNumber).intValue & 0o777 == 0o600)
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        let refused = try bid(["--profession", "POL", "--out", store])
        #expect(refused.status == 1 && refused.error.contains("it is the store"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
        let folder = try bid(["--profession", "POL", "--out", directory])
        #expect(folder.status == 1 && folder.error.contains("it is a folder"))
    }

    @Test func badInputIsAClearErrorAndWritesNothing() throws {
        let unknown = try bid(["--profession", "NOPE"])
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("No profession with code \"NOPE\"") && unknown.error.contains("Codes: ")
                && unknown.error.contains("POL"))
        let year = try bid(["--profession", "POL", "--year", "3000"])
        #expect(year.status == 64 && year.error.contains("--year 3000 is out of range: plan years run from 1900 to 2998"))
        let missing = try bid(["--profession", "POL", "--out", directory + "/missing/bid.md"])
        #expect(missing.status == 1 && missing.error.contains("the folder \(directory)/missing does not exist"))
        let threshold = try bid(["--profession", "POL", "--suppress-below", "0"])
        #expect(threshold.status == 64 && threshold.error.contains("--suppress-below must be 1 or more"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).filter { !$0.hasPrefix("demo.sqlite") }.isEmpty)
    }
}
