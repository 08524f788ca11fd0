import Foundation
import HopModel
import Testing
@testable import HopStore

/// `x` on a list of people: `Store.exportPeople(_:inFolder:by:)` writes the list as a new
/// 0600 CSV file named for it, replaces nothing, and records who took which list and how many
/// people in the access log, never their names. Over `PeopleListTests.Fixture` (hand-placed).
@Suite("Exporting a list of people to a file")
struct PeopleExportTests {
    typealias Fixture = PeopleListTests.Fixture

    /// The file's lines, without the CSV line ends.
    func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    /// The names of the folder's entries, hidden ones (temporary files) included.
    func entries(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func theFileHoldsExactlyTheListIsPrivateAndTheLogHasNoNames() throws {
        let f = try Fixture()
        let folder = try TemporaryDirectory()
        let written = try f.store.exportPeople(f.query(.below(skill: "Analysis")), inFolder: folder.path, by: "hop")
        #expect(written.people == 3)
        #expect(written.path == folder.path + "/A-below-Analysis-2025-06-15.csv")
        #expect(try permissions(written.path) == 0o600)
        let rows = try lines(written.path)
        #expect(rows.first == "Name,Staff number,Grade,Department,Post,Level (required),Latest follow-up")
        #expect(rows.dropFirst().map { $0.split(separator: ",")[1] } == ["P1", "P4", "P5"])
        // Nothing else is left in the folder (no temporary file).
        #expect(try entries(folder.path) == ["A-below-Analysis-2025-06-15.csv"])

        let log = try f.store.accessLog(limit: 10)
        #expect(log.count == 1)
        let entry = try #require(log.first)
        #expect([entry.user, entry.professionCode, entry.list, entry.format] == ["hop", "A", "below:Analysis", "csv"])
        #expect(entry.people == 3 && entry.at == "2025-06-15T10:00:00Z")
        // No name and no staff number of anyone on the list is anywhere in the log's rows.
        let stored = try rawInt(f.store, """
            SELECT count(*) FROM access_log WHERE (at || user || profession_code || list || format) LIKE '%Person%'
                OR (at || user || profession_code || list || format) LIKE '%P1%'
            """)
        #expect(stored == 0)
    }

    @Test func aGradeAndAFilterAreInTheNameAndTheLogButNotTheFiltersText() throws {
        let f = try Fixture()
        let folder = try TemporaryDirectory()
        var query = f.query(.below(skill: "Analysis"), grade: "HEO")
        query.filter = "P5"
        let written = try f.store.exportPeople(query, inFolder: folder.path, by: "hop")
        #expect(written.people == 1)
        #expect(written.path.hasSuffix("/A-below-Analysis-HEO-2025-06-15.csv"))
        #expect(try lines(written.path).count == 2)
        let entry = try #require(try f.store.accessLog(limit: 1).first)
        #expect(entry.list == "below:Analysis grade HEO (filtered)")
        #expect(entry.listTitle == "Below requirement in Analysis, grade HEO (filtered)")
    }

    @Test func anEarlierExportALinkAndTheStoreAreNeverReplaced() throws {
        let folder = try TemporaryDirectory()
        // The store itself has the name the export would take.
        let storePath = folder.file("A-never-assessed-2025-06-15.csv")
        let store = try Store.open(path: storePath, mode: .createIfMissing, clock: fixedClock)
        let basics = try Basics.write(into: store)
        let a = try store.saveProfession(Profession(code: "A", name: "Profession A"), by: user)
        _ = try store.addStaff("P1", grade: basics.grade("EO"), department: basics.department.id, professions: [a.id])
        let query = PeopleQuery(professionId: a.id, criterion: .neverAssessed, today: today)
        // "-2" is a link to a file elsewhere, "-3" a link to nothing, "-4" an earlier export.
        let elsewhere = try TemporaryDirectory()
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: elsewhere.file("target")))
        try FileManager.default.createSymbolicLink(atPath: folder.file("A-never-assessed-2025-06-15-2.csv"),
                                                   withDestinationPath: elsewhere.file("target"))
        try FileManager.default.createSymbolicLink(atPath: folder.file("A-never-assessed-2025-06-15-3.csv"),
                                                   withDestinationPath: elsewhere.file("nothing"))
        try Data("earlier".utf8).write(to: URL(fileURLWithPath: folder.file("A-never-assessed-2025-06-15-4.csv")))
        let storeBytes = try Data(contentsOf: URL(fileURLWithPath: storePath)).prefix(16)

        let written = try store.exportPeople(query, inFolder: folder.path, by: "hop")
        #expect(written.path == folder.file("A-never-assessed-2025-06-15-5.csv"))
        #expect(try lines(written.path).count == 2)
        #expect(try String(contentsOfFile: elsewhere.file("target"), encoding: .utf8) == "keep me")
        #expect(!FileManager.default.fileExists(atPath: elsewhere.file("nothing")))
        #expect(try String(contentsOfFile: folder.file("A-never-assessed-2025-06-15-4.csv"), encoding: .utf8) == "earlier")
        #expect(try Data(contentsOf: URL(fileURLWithPath: storePath)).prefix(16) == storeBytes)
        #expect(String(decoding: storeBytes, as: UTF8.self).hasPrefix("SQLite format 3"))
        #expect(try store.accessLog(limit: 10).map(\.people) == [1])
    }

    @Test func aFolderThatIsNotThereIsNamedAndNothingIsLogged() throws {
        let f = try Fixture()
        let folder = try TemporaryDirectory()
        let missing = folder.file("no-such-folder")
        #expect {
            try f.store.exportPeople(f.query(.neverAssessed), inFolder: missing, by: "hop")
        } throws: { "\($0)" == "Cannot write the list in \(missing): the folder does not exist." }
        #expect(try f.store.accessLog(limit: 10).isEmpty)
        #expect(try entries(folder.path).isEmpty)
    }

    /// A list that cannot be logged is not written: the access log comes before the file's name.
    @Test func aListTheLogRefusesLeavesNoFile() throws {
        let f = try Fixture()
        let folder = try TemporaryDirectory()
        try rawWrite(f.store, "CREATE TRIGGER refuse BEFORE INSERT ON access_log BEGIN SELECT RAISE(ABORT, 'refused'); END")
        #expect(throws: (any Error).self) {
            try f.store.exportPeople(f.query(.neverAssessed), inFolder: folder.path, by: "hop")
        }
        #expect(try entries(folder.path).isEmpty)
    }

    /// Without replacing, a name taken by the time the file is written is left as it is.
    @Test func writingWithoutReplacingLeavesWhatIsThere() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("list.csv")
        try Data("there first".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: PrivateFile.Failure.self) {
            try PrivateFile.write(to: path, replacing: false) { try $0.write(contentsOf: Data("new".utf8)) }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "there first")
        // A name that appears while the file is written is not replaced either.
        let late = folder.file("late.csv")
        #expect(throws: PrivateFile.Failure.self) {
            try PrivateFile.write(to: late, replacing: false) { handle in
                try Data("raced".utf8).write(to: URL(fileURLWithPath: late))
                try handle.write(contentsOf: Data("new".utf8))
            }
        }
        #expect(try String(contentsOfFile: late, encoding: .utf8) == "raced")
        #expect(try entries(folder.path) == ["late.csv", "list.csv"])
    }
}
