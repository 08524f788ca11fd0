import Foundation
import Testing

/// Faults under a running editor (`hopdash-stress edit`, the public Store API): a full disk, a
/// file-size limit, read-only files and folders, the store deleted or replaced while open. Each
/// time: a clear message, an exit rather than a crash or a hang, no "saved" for an edit that
/// is not in the store, every acknowledged edit still there.
@Suite(.serialized) struct StoreFaultTests {
    static let isRoot = getuid() == 0

    /// A store with `edits` edits already made: (folder, store).
    func store(edits: Int = 30, in directory: String? = nil) throws -> (directory: String, store: String) {
        let made: (directory: String, store: String)
        if let directory {
            let store = directory + "/stress.sqlite"
            let created = try StressProcess.run(["init", "--store", store])
            guard created.status == 0 else { throw Paths.SetupError(message: created.error) }
            made = (directory, store)
        } else {
            made = try StressProcess.freshStore()
        }
        if edits > 0 {
            let result = try StressProcess.run(["edit", "--store", made.store, "--count", "\(edits)"])
            guard result.status == 0 else { throw Paths.SetupError(message: result.error) }
        }
        return made
    }

    /// Runs an editor that must fail: its exit status, what it acknowledged, its message.
    func failingEditor(store: String, from: Int, _ extra: [String] = []) throws -> (status: Int, acknowledged: Int, message: String) {
        let editor = try StressProcess(["edit", "--store", store, "--from", "\(from)"] + extra)
        let status = editor.finish()
        #expect(editor.process.terminationReason == .exit, "ended by a signal: \(editor.stderr)")
        return (status, editor.acknowledged, editor.stderr)
    }

    /// The store as the next hopdash sees it: sound, holding exactly the acknowledged edits (or one more in flight).
    func expectIntact(_ store: String, acknowledged: Int) throws {
        let verified = try StressProcess.verify(store: store, writers: ["A"])
        #expect(verified.problems.isEmpty, "\(verified.problems)")
        let committed = verified.committed["A"] ?? -1
        #expect(committed >= acknowledged && committed <= acknowledged + 1, "\(acknowledged) acknowledged, \(committed) stored")
    }

    @Test func aFileSizeLimitFailsTheSaveClearlyAndKeepsEveryAcknowledgedEdit() throws {
        let (_, store) = try store()
        let size = try FileManager.default.attributesOfItem(atPath: store)[.size] as! Int
        let run = try failingEditor(store: store, from: 30, ["--file-size-limit", "\(size + 100_000)"])
        #expect(run.status != 0)
        #expect(run.message.contains("could not be read or written (the disk may be full, failing or gone); nothing was changed"),
                "\(run.message)")
        try expectIntact(store, acknowledged: 30 + run.acknowledged)
    }

    @Test(.enabled(if: isRoot, "mounting a small tmpfs needs root"))
    func aFullDiskFailsTheSaveClearlyAndKeepsEveryAcknowledgedEdit() throws {
        let mount = try Paths.temporaryDirectory()
        // 2 MB: a new store written through its WAL takes about 1 MB; the edits fill the rest.
        #expect(try Shell.run("/usr/bin/env", ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", mount]).status == 0)
        defer { _ = try? Shell.run("/usr/bin/env", ["umount", mount]) }
        let (_, store) = try store(edits: 0, in: mount)
        let run = try failingEditor(store: store, from: 0)
        #expect(run.status != 0)
        #expect(run.acknowledged > 0, "the disk was full before the first edit: \(run.message)")
        #expect(run.message.contains("is full; nothing was changed"), "\(run.message)")
        // Room again (as after deleting something): the store is whole and the edits are there.
        #expect(try Shell.run("/usr/bin/env", ["mount", "-o", "remount,size=8m", mount]).status == 0)
        try expectIntact(store, acknowledged: run.acknowledged)
    }

    @Test(arguments: ["folder", "file"])
    func aReadOnlyFolderOrFileRefusesEveryEditClearly(what: String) throws {
        let (directory, store) = try store()
        // Root writes through permissions: become an ordinary user who may read but not write.
        let asUser = Self.isRoot ? ["--uid", "65534"] : []
        #expect(chmod(store, what == "file" ? 0o444 : 0o644) == 0)
        #expect(chmod(directory, what == "folder" ? 0o555 : 0o777) == 0)
        defer { _ = chmod(directory, 0o700) }
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        let run = try failingEditor(store: store, from: 30, asUser)
        #expect(run.status != 0)
        #expect(run.acknowledged == 0)
        #expect(run.message.contains("cannot be written") || run.message.contains("Could not open the store"), "\(run.message)")
        #expect(!run.message.contains("SQLite error"), "\(run.message)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
    }

    @Test(arguments: ["deleted", "replaced"])
    func aStoreDeletedOrReplacedWhileOpenIsNotSavedInto(what: String) throws {
        let (directory, store) = try store(edits: 0)
        let copy = directory + "/copy.sqlite"
        try FileManager.default.copyItem(atPath: store, toPath: copy)
        let editor = try StressProcess(["edit", "--store", store])
        #expect(editor.waitFor(acknowledged: 5), "\(editor.stderr)")
        // Paused while the file goes. What it had committed by then is read from the store, not
        // from its output, which reaches the test some moment after it is written.
        kill(editor.process.processIdentifier, SIGSTOP)
        let stored = (try? StressProcess.verify(store: store, writers: ["A"]))?.committed["A"]
        if what == "deleted" {
            for suffix in ["", "-wal", "-shm"] { unlink(store + suffix) }
        } else {
            #expect(rename(copy, store) == 0)
        }
        kill(editor.process.processIdentifier, SIGCONT)
        let status = editor.finish()
        #expect(status != 0)
        #expect(editor.stderr.contains("was deleted, moved or replaced while open; nothing was saved"), "\(editor.stderr)")
        let before = try #require(stored, "the store could not be read while the editor was paused")
        // At most the edit already in flight when the file went was acknowledged beyond those stored.
        #expect(editor.acknowledged <= before + 1, "\(editor.acknowledged - before) edits acknowledged into a file that was gone")
    }
}
