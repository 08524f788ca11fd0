import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

@Suite("Generated civil-service stores")
struct CivilServiceDataTests {
    static let staff = 500
    static let generated: Store = {
        let store = try! Store.inMemory(clock: fixedClock)
        try! CivilServiceData.write(into: store, staff: staff, seed: 7, today: today)
        return store
    }()

    @Test func sameSeedGivesTheSameStoreAndAnotherSeedDoesNot() throws {
        let again = try inMemoryStore()
        try CivilServiceData.write(into: again, staff: Self.staff, seed: 7, today: today)
        let other = try inMemoryStore()
        try CivilServiceData.write(into: other, staff: Self.staff, seed: 8, today: today)
        #expect(try fingerprint(again) == fingerprint(Self.generated))
        #expect(try fingerprint(other) != fingerprint(Self.generated))
    }

    @Test func summariesVerifyAfterAStreamedLoad() throws {
        #expect(try Self.generated.verifySummaries().isEmpty)
    }

    /// A store file rebuilds its summaries on two connections (`Summary.rebuildAll`); the
    /// in-memory store above, on one.
    @Test func aStoreFileGetsTheSameSummariesFromTwoConnections() throws {
        let folder = try TemporaryDirectory()
        let file = try Store.open(path: folder.file("generated.sqlite"), mode: .createIfMissing, clock: fixedClock)
        let pool = try #require(file.writer as? DatabasePool)
        try CivilServiceData.write(into: file, staff: Self.staff, seed: 7, today: today)
        #expect(try fingerprint(file) == fingerprint(Self.generated))

        // Rows of a summary computed alongside, one summed from it and one computed here, all
        // wrong: the rebuild replaces every one.
        try pool.write { db in
            for table in ["sum_dept_skill_level", "sum_skill_level", "sum_below"] {
                try db.execute(sql: "UPDATE \(table) SET n = n + 1")
            }
        }
        #expect(try file.verifySummaries().count > 3)
        try pool.write { db in try Summary.rebuildAll(db, alongside: pool) }
        #expect(try file.verifySummaries().isEmpty)
        #expect(try fingerprint(file) == fingerprint(Self.generated))
    }

    @Test func everyProfessionIsPresentAndSizesFollowTheCivilService() throws {
        let data = try Self.generated.allProfessionData(today: today)
        let primary = try Dictionary(uniqueKeysWithValues: rawRows(Self.generated, """
            SELECT p.code, COUNT(*) FROM staff_profession sp JOIN profession p ON p.id = sp.profession_id
            WHERE sp.is_primary GROUP BY p.code
            """))
        // Then about thirty professions, each with members, a checklist, maturity history and 8-15 skills
        #expect((28...32).contains(data.count))
        #expect(try Self.generated.staffCount(professionId: nil) == Self.staff)
        for profession in data {
            #expect((primary[profession.profession.code] ?? 0) >= 3, "\(profession.profession.code)")
            #expect((8...15).contains(profession.skills.count), "\(profession.profession.code)")
            #expect(profession.checklist.count == 17)
            #expect(Set(profession.maturity.map(\.area)).count == 5)
        }
        // Operational Delivery the giant; the big five above the small ones
        let opd = primary["OPD"]!
        #expect(primary.values.allSatisfy { $0 <= opd })
        #expect(opd > Self.staff / 2)
        for big in ["POL", "DDAT", "FIN", "HR", "PDEL"] {
            for small in ["PLAN", "ACT", "DETH", "VET"] { #expect(primary[big]! >= primary[small]!, "\(big) vs \(small)") }
        }
        // About one assessment per staff member per skill; two to four CPD activities for most
        let assessments = try rawInt(Self.generated, "SELECT COUNT(*) FROM assessment")
        #expect((Self.staff * 7...Self.staff * 14).contains(assessments), "\(assessments) assessments")
        let cpd = try rawInt(Self.generated, "SELECT COUNT(*) FROM cpd_activity")
        #expect((Self.staff * 2...Self.staff * 4).contains(cpd), "\(cpd) CPD activities")
    }

    @Test func headcountsAddUpWithEveryProfessionPresent() {
        let weights = DemoProfession.civilService.map(\.headcount)
        #expect(weights.reduce(0, +) == 510_000)
        for total in [100, 500, 1_000, 510_000] {
            let counts = CivilServiceData.headcounts(total: total, weights: weights)
            #expect(counts.reduce(0, +) == total)
            #expect(counts.allSatisfy { $0 >= 3 })
        }
        #expect(CivilServiceData.headcounts(total: 510_000, weights: weights) == weights)
    }
}

func rawRows(_ store: Store, _ sql: String) throws -> [(String, Int)] {
    try store.writer.read { db in try GRDB.Row.fetchAll(db, sql: sql).map { ($0[0], $0[1]) } }
}
