import Foundation
import HopModel
import Testing
@testable import HopStore

/// An import checks its whole file before it takes the store for writing: a dry run and a
/// refused import never hold the write lock and leave the file's bytes as they were; a real one
/// holds it only for its write, and tells an editor it keeps waiting who is importing.
@Suite(.serialized) struct ImportLockTests {
    /// A store file with a generated civil service (closed: no `-wal` beside it).
    private func storeFile(_ folder: TemporaryDirectory) throws -> String {
        let path = folder.file("store.sqlite")
        let store = try Store.open(path: path, mode: .createIfMissing, clock: fixedClock)
        try CivilServiceData.write(into: store, staff: 100, seed: 3, today: today)
        return path
    }

    private let valid = "Staff number,Name,Grade,Department\nNEW001,Ann Example,EO,CS\nNEW002,Bo Example,G7,CS\n"
    private let refused = "Staff number,Name,Grade,Department\nNEW001,Ann Example,EO,CS\nNEW002,Bo Example,ZZ9,CS\n"

    private func reading(_ text: String) -> () -> CSVReader { { CSVReader(bytes: Array(text.utf8)) } }

    private func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    /// With an editor holding the store open (its last save still in the `-wal`), neither a dry
    /// run nor a refused import changes a byte of the store or of its `-wal`.
    @Test func aDryRunAndARefusedImportLeaveTheStoreAndItsJournalByteIdentical() throws {
        let folder = try TemporaryDirectory()
        let path = try storeFile(folder)
        let editor = try Store.open(path: path, mode: .readWrite, clock: fixedClock)
        _ = try editor.saveDepartment(Department(code: "DEA", name: "Editor's"), by: "editor")
        let before = (bytes(path), bytes(path + "-wal"))
        #expect(before.0 != nil && !(before.1 ?? Data()).isEmpty)
        do {
            let store = try Store.open(path: path, mode: .readOnly)
            #expect(try store.importCSV(.staff, reading: reading(valid), file: "hr.csv", dryRun: true, by: user).inserted == 2)
        }
        #expect(bytes(path) == before.0)
        #expect(bytes(path + "-wal") == before.1)
        do {
            let store = try Store.open(path: path, mode: .readWrite)
            #expect(throws: ImportFailure.self) {
                try store.importCSV(.staff, reading: reading(refused), file: "hr.csv", by: user)
            }
            // A dry run through a store opened for editing writes nothing either.
            #expect(try store.importCSV(.staff, reading: reading(valid), file: "hr.csv", dryRun: true, by: user).inserted == 2)
        }
        #expect(bytes(path) == before.0)
        #expect(bytes(path + "-wal") == before.1)
    }

    /// Alone on the store, checked through a read-only opening as `hopdash import` does (opening
    /// for writing alone rewrites pages: GRDB makes its `-wal` non-empty with a table it
    /// creates and drops): the file is byte-identical, and no journal with anything in it is left.
    @Test func aDryRunAloneLeavesTheFileByteIdentical() throws {
        let folder = try TemporaryDirectory()
        let path = try storeFile(folder)
        let before = bytes(path)
        #expect(before != nil && bytes(path + "-wal") == nil)
        do {
            let store = try Store.open(path: path, mode: .readOnly)
            #expect(try store.importCSV(.staff, reading: reading(valid), file: "hr.csv", dryRun: true, by: user).inserted == 2)
        }
        #expect(bytes(path) == before)
        // A read-only connection leaves an empty journal behind (SQLite's way; the kiosk's too).
        #expect((bytes(path + "-wal") ?? Data()).isEmpty)
        do {
            let store = try Store.open(path: path, mode: .readOnly)
            #expect(throws: ImportFailure.self) {
                try store.importCSV(.staff, reading: reading(refused), file: "hr.csv", by: user)
            }
        }
        #expect(bytes(path) == before)
        #expect((bytes(path + "-wal") ?? Data()).isEmpty)
    }

    /// The check holds no lock: an editor saves in the middle of it (from the progress report,
    /// which a pass makes as it reads) without waiting. Before, the check ran inside the write
    /// transaction, and the editor's save failed as busy after the five-second timeout.
    @Test(arguments: [true, false])
    func anEditorSavesWhileADryRunOrARefusedImportReadsTheFile(dryRun: Bool) throws {
        let folder = try TemporaryDirectory()
        let path = try storeFile(folder)
        let importer = try Store.open(path: path, mode: .readWrite, clock: fixedClock)
        let editor = try Store.open(path: path, mode: .readWrite, clock: fixedClock)
        var saved: [String] = []
        var failures: [String] = []
        let save = { (_: Int, _: Int) in
            let code = "DE\(saved.count + failures.count)"
            do {
                _ = try editor.saveDepartment(Department(code: code, name: "Editor's \(code)"), by: "editor")
                saved.append(code)
            } catch {
                failures.append("\(error)")
            }
        }
        do {
            _ = try importer.importCSV(.staff, reading: reading(dryRun ? valid : refused), file: "hr.csv", dryRun: dryRun,
                                       by: user, progress: save)
            #expect(dryRun, "the refused import was not refused")
        } catch {
            #expect(!dryRun && error is ImportFailure, "\(error)")
        }
        #expect(!saved.isEmpty)
        #expect(failures.isEmpty, "\(failures)")
        #expect(try editor.departments().filter { $0.code.hasPrefix("DE") }.count == saved.count)
        #expect(try importer.staffCount(number: "NEW001") == 0)
    }

    /// A real import holds the store only while it writes; an editor whose save times out then
    /// is told who is importing and since when, and the notice is gone once the import is done.
    @Test func anEditorBlockedByAnImportIsToldWhoAndSinceWhen() throws {
        let folder = try TemporaryDirectory()
        let path = try storeFile(folder)
        let importer = try Store.open(path: path, mode: .readWrite, clock: fixedClock)
        let editor = try Store.open(path: path, mode: .readWrite, clock: fixedClock)
        var passes = 0
        var duringCheck: (any Error)?
        var duringWrite: (any Error)?
        let outcome = try importer.importCSV(.staff, reading: { passes += 1; return CSVReader(bytes: Array(valid.utf8)) },
                                             file: "hr.csv", by: "ann", progress: { _, _ in
            do {
                _ = try editor.saveDepartment(Department(code: "DE\(passes)", name: "Editor's"), by: "editor")
            } catch {
                if passes == 1 { duringCheck = error } else { duringWrite = error }
            }
        })
        #expect(outcome.inserted == 2)
        #expect(passes == 2)
        #expect(duringCheck == nil)
        let time = String(format: "%02d:%02d", Calendar.current.component(.hour, from: fixedDate),
                          Calendar.current.component(.minute, from: fixedDate))
        let expected = StoreError.busy(path: path, holder: "ann has been importing into it since \(time)")
        #expect(duringWrite as? StoreError == expected, "\(String(describing: duringWrite))")
        #expect(expected.description == "The store at \(path) is busy: ann has been importing into it since \(time). "
                + "Nothing was changed; try again when it has finished.")
        #expect(!FileManager.default.fileExists(atPath: ImportNotice.path(beside: path)))
        // Once the import is done the editor saves again.
        _ = try editor.saveDepartment(Department(code: "DE9", name: "Editor's"), by: "editor")
    }
}

private extension Store {
    func staffCount(number: String) throws -> Int {
        try writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM staff WHERE staff_number = ?", arguments: [number]) ?? 0 }
    }
}
