import Foundation
import Testing
import HopModel
@testable import HopStore
import TerminalUI
@testable import HopApp

/// Canary names and staff numbers planted in a real store: no kiosk slide, at any size or in
/// ASCII, may show one. Read through the kiosk's own read-only handle (`FollowedStore`).
@Suite struct KioskCanaryTests {
    static let day = Day(iso: "2026-10-01")!
    static let canaries = ["Zebedee Quackenbush", "Xanthippe Canarywing", "Ozymandias Ownerton", "Bartholomew Assessorly",
                           "Quimby Rationalist", "Hepzibah Headwright", "hepzibah@canary.example", "CANARY-0001",
                           "CANARY-0002", "CANARY-0003", "CANARY-0107", "07700 900123", "Ozymandias Leadwell",
                           "leadwell@canary.example", "Canarywing Consulting"]

    final class Directory {
        let path = NSTemporaryDirectory() + "hopdash-kiosk-" + UUID().uuidString
        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    /// The kiosk's client, as the executable builds it (which tests cannot import).
    final class Client: StoreClient {
        let followed: FollowedStore
        init(_ followed: FollowedStore) { self.followed = followed }
        func allProfessionData(today: Day) throws -> [ProfessionData] { try followed.reading { try $0.allProfessionData(today: today) } }
        func professionData(id: RowID, today: Day) throws -> ProfessionData { try followed.reading { try $0.professionData(id: id, today: today) } }
        func departmentData(today: Day) throws -> [DepartmentData] { try followed.reading { try $0.departmentData(today: today) } }
        func dataVersion() throws -> Int { try followed.dataVersion() }
        func lastChange() throws -> Date? { try followed.reading { try $0.lastChange() }.flatMap(Store.date(fromTimestamp:)) }
        func seminarSettings() throws -> SeminarSettings { try followed.reading { try $0.seminarSettings() } }
    }

    /// A profession of three (every figure about them suppressed) and one of eight.
    static func writeStore(_ path: String) throws {
        let store = try Store.open(path: path, mode: .createIfMissing)
        let user = "Zebedee Quackenbush"
        let department = try store.saveDepartment(Department(code: "DCAN", name: "Department of Canaries"), by: user)
        var grades: [RowID] = []
        for (rank, grade) in Grade.defaultLadder.enumerated() {
            grades.append(try store.saveGrade(Grade(code: grade.code, name: grade.name, rank: rank + 1), by: user).id)
        }
        var number = 0
        var professions: [RowID] = []
        for (code, size) in [("TINY", 3), ("WREN", 8)] {
            let profession = try store.saveProfession(Profession(code: code, name: "\(code.capitalized) Profession",
                headName: "Hepzibah Headwright", headEmail: "hepzibah@canary.example", headPhone: "07700 900123"), by: user)
            professions.append(profession.id)
            _ = try store.saveCPDRequirement(CPDRequirement(professionId: profession.id, hoursPerCycle: 10), by: user)
            _ = try store.saveDepartmentalLead(DepartmentalLead(professionId: profession.id, departmentId: department.id,
                                                                name: "Ozymandias Leadwell", email: "leadwell@canary.example",
                                                                phone: "07700 900123"), by: user)
            let skill = try store.saveSkill(Skill(professionId: profession.id, name: "Singing"), by: user)
            _ = try store.setSkillRequirement(skillId: skill.id, gradeId: grades[5], level: 3, by: user)
            _ = try store.saveChecklistEntry(ChecklistEntry(professionId: profession.id, itemId: "C01", status: .done,
                                                            owner: "Ozymandias Ownerton", evidence: "Xanthippe Canarywing's note"),
                                             on: day, by: user)
            _ = try store.addMaturityAssessment(MaturityAssessment(professionId: profession.id, area: 1, level: 4, date: day,
                                                                   assessor: "Bartholomew Assessorly",
                                                                   rationale: "Quimby Rationalist said so"), by: user)
            for i in 0..<size {
                number += 1
                let name = ["Xanthippe Canarywing", "Zebedee Quackenbush"][i % 2]
                var staff = try store.saveStaff(StaffMember(staffNumber: String(format: "CANARY-%04d", number + (code == "WREN" ? 100 : 0)),
                                                            name: name, gradeId: grades[5], departmentId: department.id), by: user)
                staff = try store.setStaffProfessions(staffId: staff.id, expectedVersion: staff.version,
                                                      [(professionId: profession.id, isPrimary: true)], by: user)
                _ = try store.addAssessment(SkillAssessment(staffId: staff.id, skillId: skill.id, level: 1 + i % 4, date: day,
                                                            source: .panel), by: user)
                _ = try store.addCPDActivity(CPDActivity(staffId: staff.id, date: day, minutes: 300 * (1 + i % 3), type: .course,
                                                         title: "Zebedee Quackenbush's course"), by: user)
                // Everyone moved in from the other profession this year; some are on secondment now.
                _ = try store.saveMovement(Movement(staffId: staff.id, type: .profession, fromPost: "Zebedee Quackenbush's post",
                                                    fromProfessionId: professions.count == 2 ? professions[0] : nil,
                                                    toProfessionId: profession.id, start: day.adding(days: -30),
                                                    note: "Xanthippe Canarywing"), by: user)
                if i % 2 == 0 {
                    _ = try store.saveMovement(Movement(staffId: staff.id, type: .secondment, organisation: "Canarywing Consulting",
                                                        sector: .privateSector, start: day.adding(days: -10),
                                                        end: day.adding(days: 20)), by: user)
                }
            }
        }
        _ = try store.saveSeminarSettings(SeminarSettings(groups: 2, locks: [professions[0]: 1]), by: user)
    }

    @Test func noNameOrStaffNumberOnAnySlideAndSmallCellsSuppressed() throws {
        let directory = try Directory()
        let path = directory.path + "/store.sqlite"
        try Self.writeStore(path)
        for size in [Size(width: 80, height: 24), Size(width: 160, height: 48)] {
            for theme in [Theme.color, Theme.monochrome.ascii()] {
                var state = AppState(mode: .kiosk, screen: .overview, size: size, today: Self.day,
                                     framework: .embedded, storeDescription: path)
                state.kiosk = KioskState(options: KioskOptions(interval: 20, showSeminar: true, timeZone: TimeZone(identifier: "UTC")!))
                let runtime = Runtime(state: state, backend: MemoryBackend(size: size), theme: theme,
                                      client: Client(FollowedStore(path: path)), today: { Self.day })
                runtime.start()
                #expect(runtime.state.kiosk.slides == [.overview, .seminar] + runtime.state.overview.rows.map { .profession($0.professionId) })
                var frames: [String] = []
                for _ in runtime.state.kiosk.slides {
                    frames.append(runtime.render().lines.joined(separator: "\n"))
                    runtime.dispatch(.command(.nextSlide))
                }
                for (index, frame) in frames.enumerated() {
                    for canary in Self.canaries {
                        #expect(!frame.localizedCaseInsensitiveContains(canary), "slide \(index + 1) shows \(canary):\n\(frame)")
                    }
                    #expect(!frame.contains("CANARY"))
                }
                // The overview: TINY's headcount and CPD share suppressed, WREN's shown.
                #expect(frames[0].contains("<5"), "\(frames[0])")
                // The seminar slide: profession names and levels only, TINY pinned to the second group.
                let seminar = frames[1]
                #expect(seminar.contains("Group 1: Wren Profession L4") && seminar.contains("Group 2: Tiny Profession L4"), "\(seminar)")
                // TINY: three people, so every count about them is "<5" and every share "n/a".
                let tiny = frames[2]
                #expect(tiny.contains("Tiny Profession (TINY)") && tiny.contains(" <5 staff"), "\(tiny)")
                #expect(tiny.contains("of <5 members"))
                #expect(tiny.contains("Completed <5") && tiny.contains("On track <5"))
                #expect(tiny.contains("Audit coverage n/a of members"))
                #expect(tiny.contains("n/a"))
                // Three joined from outside; the eight who moved on to WREN are its leavers.
                #expect(tiny.contains("Movements: <5 joined, 8 left (12 months)"), "\(tiny)")
                let wren = frames[3]
                #expect(wren.contains("Wren Profession (WREN)") && wren.contains(" 8 staff"), "\(wren)")
                #expect(wren.contains("of 8 members"))
                // WREN: eight joined from TINY, none left, four away on secondment now.
                #expect(wren.contains("Movements: 8 joined, <5 left (12 months)") && wren.contains("<5 away now"), "\(wren)")
            }
        }
    }

    /// The same 100,000 seeded random keys as the reducer test, through the real runtime over
    /// the real store: the kiosk keeps running and the store file is byte for byte the same.
    @Test func aHundredThousandRandomKeysLeaveTheStoreUnchanged() throws {
        let directory = try Directory()
        let path = directory.path + "/store.sqlite"
        try Self.writeStore(path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let size = Size(width: 80, height: 24)
        var state = AppState(mode: .kiosk, screen: .overview, size: size, today: Self.day, framework: .embedded)
        state.kiosk = KioskState(options: KioskOptions(interval: 3))
        var clock = Date(timeIntervalSince1970: 1_790_000_000)
        let runtime = Runtime(state: state, backend: MemoryBackend(size: size), theme: .color,
                              client: Client(FollowedStore(path: path)), today: { Self.day }, now: { clock })
        runtime.start()
        let seed = Seed.value("kiosk random keys over the store", default: 4)
        var random = DemoRandom(seed: seed)
        let named: [Key] = [.enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right, .home, .end,
                            .pageUp, .pageDown, .insert, .function(1), .unknown(410)]
        for i in 0..<100_000 {
            let key: Key
            switch random.next() % 4 {
            case 0: key = named[Int(random.next() % UInt64(named.count))]
            case 1: key = .ctrl(Character(UnicodeScalar(UInt8(97 + random.next() % 26))))
            default: key = .char(Character(UnicodeScalar(UInt8(32 + random.next() % 95))))
            }
            runtime.handle(.key(key))
            if i % 1000 == 0 {
                clock += 1.7
                runtime.dispatch(.storeChanged)
                runtime.dispatch(.clockTicked(clock))
                runtime.render()
            }
            guard runtime.state.isRunning else { break }
        }
        #expect(runtime.state.isRunning, "seed \(seed)")
        #expect(runtime.state.kiosk.unavailableSince == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "seed \(seed)")
    }

    @Test func aWriteThroughTheKiosksHandleFails() throws {
        let directory = try Directory()
        let path = directory.path + "/store.sqlite"
        try Self.writeStore(path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let followed = FollowedStore(path: path)
        #expect(throws: StoreError.readOnly(path: path)) {
            try followed.reading { try $0.saveDepartment(Department(code: "HACK", name: "Written from the kiosk"), by: "room") }
        }
        #expect(try followed.reading { try $0.departments() }.map(\.code) == ["DCAN"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
