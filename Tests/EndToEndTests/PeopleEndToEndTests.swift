import Foundation
import Testing

/// `hopdash people` and `hopdash access-log` as a user runs them on the demo store: the list
/// behind a dashboard figure has as many people as the figure says, goes to a 0600 file, and
/// leaves a line without names in the access log; bad input changes nothing.
@Suite struct PeopleEndToEndTests {
    let directory: String
    let store: String

    init() throws {
        (directory, store) = try Paths.demoStore()
    }

    func hopdash(_ arguments: [String]) throws -> Shell.Result {
        try Shell.run(Paths.binary, arguments + ["--store", store])
    }

    func people(_ arguments: [String]) throws -> Shell.Result {
        try hopdash(["people", "--profession", "POL", "--today", "2026-10-01"] + arguments)
    }

    /// The first number before `label` on the Policy dashboard as `snapshot` prints it.
    func figure(_ label: String) throws -> Int {
        let screen = try hopdash(["snapshot", "--screen", "profession", "--profession", "POL", "--size", "120x40"]).output
        let line = try #require(screen.split(separator: "\n").first { $0.contains(label) })
        let before = line.components(separatedBy: label)[0]
        return try #require(Int(before.split(separator: " ").last.map(String.init) ?? ""))
    }

    @Test func theListHasAsManyPeopleAsTheFigureAndGoesToAPrivateFile() throws {
        // Given the Policy dashboard's "N never assessed"
        let never = try figure(" never assessed")
        #expect(never > 0)
        // When the list is written to a file
        let out = directory + "/never.csv"
        let result = try people(["--who", "never-assessed", "--out", out])
        // Then it holds a header and one line a person, readable by its owner only
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("Wrote \(never) people (Never assessed, POL) to \(out)"))
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\r\n")
        #expect(lines.first == "Name,Staff number,Grade,Department,Post,Assessed,Latest follow-up")
        #expect(lines.count == never + 1)
        let attributes = try FileManager.default.attributesOfItem(atPath: out)
        #expect((attributes[.posixPermissions] as! NSNumber).intValue & 0o777 == 0o600)
        // And the access log says who took which list of how many, and names none of them
        let log = try hopdash(["access-log"])
        #expect(log.status == 0, "\(log.error)")
        let entry = try #require(log.output.split(separator: "\n").last)
        #expect(entry.contains("POL") && entry.contains("never-assessed") && entry.contains(" \(never) ") && entry.contains("csv"))
        let firstName = try #require(lines.dropFirst().first?.split(separator: ",").first)
        #expect(!log.output.contains(firstName))
    }

    @Test func aGradeAndMarkdown() throws {
        let result = try people(["--who", "cpd:behind", "--grade", "g7", "--format", "markdown"])
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.first == "# CPD behind: Policy, grade G7, as of 2026-10-01")
        #expect(lines.dropFirst(3).allSatisfy { $0.contains(" | G7 | ") })
        #expect(try hopdash(["access-log", "--profession", "pol"]).output.contains("cpd:behind grade G7"))
    }

    /// `hopdash follow-up` marks a whole list or one person on it; `hopdash people` then shows
    /// each one's latest; bad input says what and records nothing.
    @Test func followUpMarksAListOrOnePersonAndPeopleShowsTheLatest() throws {
        func followUp(_ arguments: [String]) throws -> Shell.Result {
            try hopdash(["follow-up", "--profession", "POL", "--today", "2026-10-01", "--user", "hop.tester"] + arguments)
        }
        let behind = try people(["--who", "cpd:behind", "--grade", "G7"]).output.split(separator: "\r\n").dropFirst()
        #expect(!behind.isEmpty)
        let marked = try followUp(["--who", "cpd:behind", "--grade", "G7", "--reason", "reminded of the CPD deadline",
                                   "--date", "2026-10-02"])
        #expect(marked.status == 0, "\(marked.error)")
        #expect(marked.output.contains("Recorded a follow-up for \(behind.count) people on cpd:behind (POL)"))
        let after = try people(["--who", "cpd:behind", "--grade", "G7"]).output.split(separator: "\r\n").dropFirst()
        #expect(after.count == behind.count && after.allSatisfy { $0.hasSuffix(",2026-10-02 reminded of the CPD deadline") })
        // One person, by staff number, for another list.
        let number = try #require(after.first?.split(separator: ",")[1])
        let one = try followUp(["--who", "cpd:behind", "--staff-number", String(number), "--reason", "called", "--date", "2026-10-03"])
        #expect(one.status == 0 && one.output.contains("Recorded a follow-up for 1 person"), "\(one.error)")
        #expect(try people(["--who", "cpd:behind", "--grade", "G7"]).output.contains(",\(number),G7,") )
        let line = try people(["--who", "cpd:behind", "--grade", "G7"]).output.split(separator: "\r\n").first { $0.contains(",\(number),") }
        #expect(line?.hasSuffix(",2026-10-03 called") == true)
        // Bad input: what and where, nothing recorded.
        let before = try people(["--who", "cpd:behind"]).output
        let long = try followUp(["--who", "cpd:behind", "--reason", String(repeating: "r", count: 201)])
        #expect(long.status == 2 && long.error.contains("Reason: 201 characters; expected at most 200"), "\(long.error)")
        let blank = try followUp(["--who", "cpd:behind", "--reason", "  "])
        #expect(blank.status != 0 && blank.error.contains("--reason is empty"))
        let skill = try followUp(["--who", "below:No such skill", "--reason", "r"])
        #expect(skill.status == 2 && skill.error.contains("its skills: Consultation design"))
        let nobody = try followUp(["--who", "cpd:behind", "--staff-number", "NOBODY1", "--reason", "r"])
        #expect(nobody.status == 2 && nobody.error.contains("staff number NOBODY1 is not on the list cpd:behind of POL"))
        #expect(try people(["--who", "cpd:behind"]).output == before)
    }

    @Test func badInputSaysWhatAndWhereAndChangesNothing() throws {
        let skill = try people(["--who", "below:No such skill"])
        #expect(skill.status == 2 && skill.error.contains("Policy has no skill \"No such skill\"; its skills: Consultation design"))
        let grade = try people(["--who", "never-assessed", "--grade", "X7"])
        #expect(grade.status == 2 && grade.error.contains("the ladder, lowest first: AA, AO, EO, HEO, SEO, G7, G6, SCS1, SCS2, SCS3"))
        let who = try people(["--who", "everyone"])
        #expect(who.status != 0 && who.error.contains("Lists: never-assessed, audit-overdue, below:SKILL"))
        let folder = try people(["--who", "never-assessed", "--out", directory + "/missing/list.csv"])
        #expect(folder.status != 0 && folder.error.contains("the folder \(directory)/missing does not exist"))
        #expect(FileManager.default.createFile(atPath: directory + "/notes.txt", contents: Data("kept".utf8)))
        let underFile = try people(["--who", "never-assessed", "--out", directory + "/notes.txt/list.csv"])
        #expect(underFile.status != 0 && underFile.error.contains("Cannot write \(directory)/notes.txt/list.csv: \(directory)/notes.txt is not a folder"))
        // Nothing was written, and nothing was logged
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).filter { !$0.hasPrefix("demo.sqlite") } == ["notes.txt"])
        #expect(try String(contentsOfFile: directory + "/notes.txt", encoding: .utf8) == "kept")
        #expect(try hopdash(["access-log"]).output == "No list of people has been exported.\n")
    }
}
