import GRDB
import HopModel
import Testing
@testable import HopStore

/// The movement figures read from the movement summary against a reference computed here from
/// the movement rows by the figures' definition (every movement concerning a profession, with
/// each person's professions looked up), on every profession and on several days, after a
/// seeded sequence of writes of every kind that moves them, and on a collated store.
@Suite struct MovementSummaryReferenceTests {
    let folder: TemporaryDirectory

    init() throws { folder = try TemporaryDirectory() }

    /// Every movement concerning each profession: a profession move under the professions it
    /// leaves and joins, a placement or return under each profession of the person now.
    static func referenceFacts(_ store: Store) throws -> [RowID: [MovementFact]] {
        try store.read { db in
            let professionsOf = Dictionary(grouping: try Row.fetchAll(db, sql: "SELECT staff_id, profession_id FROM staff_profession"),
                                           by: { $0["staff_id"] as RowID }).mapValues { $0.map { $0["profession_id"] as RowID } }
            var facts: [RowID: [MovementFact]] = [:]
            for movement in try Movement.fetchAll(db, sql: "SELECT \(Movement.selection) FROM movement ORDER BY id") {
                let concerned: Set<RowID> = switch movement.type {
                case .profession: Set([movement.fromProfessionId, movement.toProfessionId].compactMap { $0 })
                case .secondment, .loan, .shadowing, .returned: Set(professionsOf[movement.staffId] ?? [])
                case .post, .department: []
                }
                var fact = movement.fact
                if movement.type != .profession { fact.fromProfessionId = nil; fact.toProfessionId = nil }
                for profession in concerned { facts[profession, default: []].append(fact) }
            }
            return facts
        }
    }

    /// The figures every profession's dashboard reads, whole and one profession at a time, equal
    /// the reference on days around the movements' dates.
    static func check(_ store: Store, _ label: String) throws {
        #expect(try store.verifySummaries() == [], "\(label)")
        let reference = try referenceFacts(store)
        for day in [today, today.adding(days: -200), today.adding(days: 45), today.adding(months: -13), today.adding(days: 400)] {
            let whole = try store.allProfessionData(today: day)
            for data in whole {
                let p = data.profession.id
                let expected = MovementReport(professionId: p, facts: reference[p] ?? [], cpdRequirement: data.cpdRequirement, today: day)
                let read = MovementReport(professionId: p, facts: data.movements, cpdRequirement: data.cpdRequirement, today: day)
                #expect(read == expected, "\(label), \(day.iso), \(data.profession.code)")
                let one = try store.professionData(id: p, today: day)
                #expect(one.movements == data.movements, "\(label), \(day.iso), \(data.profession.code) alone")
            }
        }
    }

    @Test func randomWritesKeepTheFiguresEqualToTheRows() throws {
        // Given a small demo store with movements of every kind
        let store = try inMemoryStore()
        try DemoData.write(into: store, seed: 5, today: today, scale: 0.05)
        try Self.check(store, "generated")
        var writes = MovementWrites(store: store, random: DemoRandom(seed: 77))
        // When making a seeded sequence of writes that move the figures
        for step in 1...240 {
            if step == 160 { try writes.deleteProfession() } else { try writes.step() }
            if step % 40 == 0 { try Self.check(store, "after \(step) writes") }
        }
        // Then every kind of write was made and some figures are not zero
        for kind in MovementWrites.Kind.allCases {
            #expect(writes.done[kind, default: 0] > 0, "no \(kind) was made")
        }
        #expect(try store.allProfessionData(today: today).contains { !$0.movements.isEmpty })
    }

    @Test func aCollatedStoreHasEachDepartmentsMovementsUnderItsProfessions() throws {
        func demo(_ name: String, _ department: Department, seed: UInt64) throws -> String {
            let store = try Store.open(path: folder.file(name), mode: .createIfMissing, clock: fixedClock)
            try store.bulkLoad(by: "demo") { writer in
                var generator = DemoGenerator(writer: writer, random: DemoRandom(seed: seed), today: today, department: department)
                try generator.run(DemoProfession.all, headcounts: DemoProfession.all.map { max(3, $0.headcount / 20) })
            }
            return store.path
        }
        let a = try demo("a.sqlite", Department(code: "DFA", name: "Department for Fictional Affairs"), seed: 1)
        let b = try demo("b.sqlite", Department(code: "DFB", name: "Department for Fabled Business"), seed: 1)
        _ = try Store.collate([a, b], into: folder.file("c.sqlite"), clock: fixedClock)
        let store = try Store.open(path: folder.file("c.sqlite"), clock: fixedClock)
        #expect(try Self.referenceFacts(store).values.map(\.count).reduce(0, +) > 0)
        try Self.check(store, "collated")
    }
}

/// Writes that move the movement figures, chosen by a seeded generator: movements of every
/// kind added, changed and deleted, memberships changed, people and a profession deleted.
struct MovementWrites {
    enum Kind: CaseIterable {
        case addMovement, updateMovement, deleteMovement, setMemberships, deleteStaff, deleteProfession
    }

    let store: Store
    var random: DemoRandom
    var done: [Kind: Int] = [:]

    static let weights: [(Kind, Double)] = [
        (.addMovement, 6), (.updateMovement, 4), (.deleteMovement, 2), (.setMemberships, 2), (.deleteStaff, 0.5),
    ]

    mutating func step() throws {
        let kind = Self.weights[random.index(weights: Self.weights.map(\.1))].0
        let made: Bool = switch kind {
        case .addMovement: try addMovement()
        case .updateMovement: try updateMovement()
        case .deleteMovement: try deleteMovement()
        case .setMemberships: try setMemberships()
        case .deleteStaff: try deleteStaff()
        case .deleteProfession: false
        }
        if made { done[kind, default: 0] += 1 }
    }

    private mutating func anyStaff() throws -> StaffMember? {
        let staff = try store.staffPage(professionId: nil, limit: 100_000)
        return staff.isEmpty ? nil : random.pick(staff)
    }

    /// A movement of a random kind and dates (from two years ago to half a year ahead).
    private mutating func randomized(_ movement: Movement) throws -> Movement {
        var m = movement
        let professions = try store.professions().map(\.id)
        m.type = random.pick([MovementType.profession, .secondment, .loan, .shadowing, .returned, .post])
        m.start = today.adding(days: random.int(-730...180))
        m.end = random.chance(0.4) ? nil : m.start.adding(days: random.int(0...500))
        m.fromProfessionId = nil; m.toProfessionId = nil; m.organisation = ""; m.sector = nil; m.toPost = ""
        switch m.type {
        case .profession:
            m.fromProfessionId = random.chance(0.8) ? random.pick(professions) : nil
            m.toProfessionId = random.pick(professions.filter { $0 != m.fromProfessionId })
        case .secondment, .loan, .shadowing:
            m.organisation = "Host"
            m.sector = .privateSector
        case .post:
            m.toPost = "Analyst"
        case .returned, .department:
            break
        }
        return m
    }

    private mutating func addMovement() throws -> Bool {
        guard let staff = try anyStaff() else { return false }
        _ = try store.saveMovement(try randomized(Movement(staffId: staff.id, type: .post, start: today)), by: user)
        return true
    }

    private mutating func someMovement() throws -> Movement? {
        let ids = try store.read { db in try RowID.fetchAll(db, sql: "SELECT id FROM movement ORDER BY id") }
        guard !ids.isEmpty else { return nil }
        let id = random.pick(ids)
        return try store.read { db in try Movement.fetch(db, key: [id]) }
    }

    private mutating func updateMovement() throws -> Bool {
        guard let movement = try someMovement() else { return false }
        _ = try store.saveMovement(try randomized(movement), by: user)
        return true
    }

    private mutating func deleteMovement() throws -> Bool {
        guard let movement = try someMovement() else { return false }
        try store.deleteMovement(id: movement.id, expectedVersion: movement.version, by: user)
        return true
    }

    private mutating func setMemberships() throws -> Bool {
        guard let staff = try anyStaff() else { return false }
        var ids = try store.professions().map(\.id)
        var chosen: [(RowID, Bool)] = []
        for index in 0..<random.int(0...3) where !ids.isEmpty {
            chosen.append((ids.remove(at: random.int(0...ids.count - 1)), index == 0))
        }
        _ = try store.setStaffProfessions(staffId: staff.id, expectedVersion: staff.version, chosen, by: user)
        return true
    }

    private mutating func deleteStaff() throws -> Bool {
        guard let staff = try anyStaff() else { return false }
        try store.deleteStaff(id: staff.id, expectedVersion: staff.version, by: user)
        return true
    }

    mutating func deleteProfession() throws {
        // The profession with the most movements naming it
        let id = try store.read { db in
            try RowID.fetchOne(db, sql: """
                SELECT p FROM (SELECT from_profession_id AS p FROM movement UNION ALL SELECT to_profession_id FROM movement)
                WHERE p IS NOT NULL GROUP BY p ORDER BY COUNT(*) DESC LIMIT 1
                """)
        }
        let named = try #require(id)
        let profession = try #require(try store.profession(id: named))
        try store.deleteProfession(id: profession.id, expectedVersion: profession.version, by: user)
        done[.deleteProfession, default: 0] += 1
    }
}
