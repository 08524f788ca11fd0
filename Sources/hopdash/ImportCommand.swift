import ArgumentParser
import Foundation
import HopModel
import HopStore
import TerminalUI

extension Hopdash {
    /// Loads spreadsheets (CSV) into the store, all or nothing.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import records from a CSV file, all or nothing.",
            discussion: """
            CSV as spreadsheets save it: UTF-8 with or without a byte-order mark, quoted fields, CRLF or LF. \
            The header row names the columns (case and punctuation ignored; common aliases accepted; a column \
            that is not known is a problem). Dates are YYYY-MM-DD or DD/MM/YYYY. Every problem is reported as \
            FILE:LINE:COLUMN, where COLUMN counts fields from 1; on any problem nothing is written.
            """,
            subcommands: [Staff.self, Assessments.self, CPD.self, Qualifications.self, CriticalPosts.self,
                          LearningOffers.self])

        struct Staff: ImportSubcommand {
            static let table = CSVTable.staff
            static let configuration = CommandConfiguration(
                abstract: "Import staff (an HR extract), added or updated by staff number.",
                discussion: """
                Columns: Staff number; Name; Grade (code or name, e.g. G7); Department (code or name); Post \
                (optional); Profession (optional: the primary profession, code or name); Other professions \
                (optional: up to two more, separated by ";"). A column the file lacks leaves that field as \
                stored; with either profession column, each person's professions become exactly those named. \
                Each staff number may appear once.
                """)
            @OptionGroup var options: ImportOptions
        }

        struct Assessments: ImportSubcommand {
            static let table = CSVTable.assessments
            static let configuration = CommandConfiguration(
                abstract: "Import skills-audit results.",
                discussion: """
                Columns: Staff number; Profession (optional: a profession code, else the staff member's primary \
                profession); Skill (its name in that profession); Level (1 to the top of the profession's scale); \
                Date; Source (self, line manager or panel). A row for a staff member, skill and date already in \
                the store updates that assessment.
                """)
            @OptionGroup var options: ImportOptions
        }

        struct CPD: ImportSubcommand {
            static let table = CSVTable.cpd
            static let configuration = CommandConfiguration(
                commandName: "cpd",
                abstract: "Import CPD activities.",
                discussion: """
                Columns: Staff number; Date; Hours (e.g. 1.5 or 1:30) or Minutes (whole), one of the two; Type \
                (e.g. Course, Job shadowing, Coaching, Self-study); Title; Note (optional). A row for an activity \
                the person already has on that date, of that type and title, updates its time and note.
                """)
            @OptionGroup var options: ImportOptions
        }

        struct Qualifications: ImportSubcommand {
            static let table = CSVTable.qualifications
            static let configuration = CommandConfiguration(
                abstract: "Import qualifications staff hold.",
                discussion: """
                Columns: Staff number; Qualification (its name); Date (when gained); Expires (optional: the last \
                day it is valid, blank if it does not lapse). A row for a qualification the person already holds \
                updates its dates; without an Expires column, stored expiry dates are kept.
                """)
            @OptionGroup var options: ImportOptions
        }

        struct CriticalPosts: ImportSubcommand {
            static let table = CSVTable.criticalPosts
            static let configuration = CommandConfiguration(
                commandName: "critical-posts",
                abstract: "Import the register of business-critical posts and their successors.",
                discussion: """
                One row per successor. Columns: Profession; Department; Post (its title); Grade (codes or names); \
                Holder (staff number; blank or "vacant" for a vacant post); Risk of loss (high, medium or low); \
                Head of Profession involved (yes or no: in recruitment to the post); Successor (staff number; \
                blank for a post with none); Readiness (ready now, 1-2 years or 3+ years); Development action \
                (optional). A post is known by profession, department and title; its rows must agree on the \
                post's cells and together list its successors, which replace the stored ones. Posts the file \
                does not name are left as they are.
                """)
            @OptionGroup var options: ImportOptions
        }

        struct LearningOffers: ImportSubcommand {
            static let table = CSVTable.learningOffers
            static let configuration = CommandConfiguration(
                commandName: "learning-offers",
                abstract: "Import the learning catalogue: offers and the skills each develops.",
                discussion: """
                One row per skill an offer develops. Columns: Profession (code or name; blank or "shared" for an \
                offer shared by every profession); Title; Provider; Kind (a CPD activity type, e.g. Course, \
                Coaching); Hours (e.g. 7.5 or 7:30); Cost per person (pounds, e.g. 450 or £1,250.50); Places a \
                year; Skill (optional: its name; blank for an offer that develops none); Level (the level it \
                brings a learner to); Skill profession (optional: for a shared offer, the skill's profession). \
                An offer is known by profession, title and provider; its rows must agree on the offer's cells \
                and together list its skills, which replace the stored ones. Offers the file does not name are \
                left as they are.
                """)
            @OptionGroup var options: ImportOptions
        }
    }
}

/// What every `import` subcommand takes.
struct ImportOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file.csv"), completion: .file(extensions: ["csv"]))
    var file: String

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Check and count everything, then write nothing.")
    var dryRun = false

    @Option(help: ArgumentHelp("Who the change log names for this import.",
                               discussion: "Default: $HOPDASH_USER, else the config file's user, else your login name.",
                               valueName: "name"))
    var user: String?

    @OptionGroup var logOptions: LogOptions
}

/// An `import` subcommand: which table, the rest is shared.
protocol ImportSubcommand: ParsableCommand {
    static var table: CSVTable { get }
    var options: ImportOptions { get }
}

extension ImportSubcommand {
    func run() throws {
        let settings = try Configuration.settings(.init(store: options.storeOptions.store, user: options.user,
                                                        logLevel: options.logOptions.logLevel))
        Diagnostics.start(settings, command: "import")
        let path = settings.store.value
        let file = options.file
        // The file is checked through the store opened read-only: a dry run or a refused import
        // leaves every byte of it as it was (opening SQLite for writing rewrites pages even when
        // nothing is saved). Only a store of an older layout, which must be upgraded to be
        // imported into, is opened for writing first.
        var checker: Store?
        do {
            checker = try Store.open(path: path, mode: .readOnly)
            Diagnostics.storeOpened(path, mode: "read-only")
        } catch StoreError.needsUpgrade where !options.dryRun {
            checker = nil
        } catch {
            Diagnostics.record(.error, "store.open-failed", ["path": path, "reason": "\(error)"])
            throw UserFacingError("\(error)")
        }
        var first: CSVReader?
        do { first = try CSVReader(fileAt: file) } catch {
            // A file that cannot be opened is a failed task; one that opens but is not CSV is bad data.
            let message = ((error as? CSVError)?.message ?? "\(error)") + "; nothing was imported."
            throw UserFacingError(message, status: ((error as? CSVError)?.line ?? 0) > 0 ? .badInput : .failure)
        }
        // The import reads the file twice (a check, then the write): the bar covers both.
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        let bar = ProgressBar(unit: "rows")
        var passes = 0
        var earlierRows = 0
        var passRows = 0
        let open: () throws -> CSVReader = {
            passes += 1
            earlierRows += passRows
            passRows = 0
            if let reader = first { first = nil; return reader }
            return try CSVReader(fileAt: file)
        }
        let totalBytes = Double(max(1, options.dryRun ? size : 2 * size))
        let progress = bar.map { bar in { (rows: Int, bytes: Int) in
            passRows = rows
            bar.show(earlierRows + rows, fraction: Double((passes - 1) * size + bytes) / totalBytes)
        } }
        do {
            let checked = try checker?.importCSV(Self.table, reading: open, file: file, dryRun: true,
                                                 by: settings.user.value, progress: progress)
            let outcome: ImportOutcome
            if let checked, options.dryRun || checked.inserted + checked.updated == 0 {
                outcome = checked
            } else {
                // Closed first: the editing connection must be the last to close, so that SQLite
                // moves the write-ahead log into the store file and removes it.
                let checkFirst = checker == nil
                checker = nil
                let store: Store
                do { store = try Store.open(path: path, mode: .readWrite) } catch {
                    Diagnostics.record(.error, "store.open-failed", ["path": path, "reason": "\(error)"])
                    throw UserFacingError("\(error)")
                }
                Diagnostics.storeOpened(path, mode: "read-write")
                outcome = try store.importCSV(Self.table, reading: open, file: file, checkFirst: checkFirst,
                                              by: settings.user.value, progress: progress)
            }
            bar?.finish()
            Diagnostics.record(.info, "import.done", ["table": "\(Self.table)", "file": file, "dry-run": "\(options.dryRun)",
                                                      "inserted": "\(outcome.inserted)", "updated": "\(outcome.updated)",
                                                      "unchanged": "\(outcome.unchanged)", "skipped": "\(outcome.skipped)"])
            print((options.dryRun ? "Dry run, nothing written: would be " : "\(Self.table.title): ") + outcome.summary)
        } catch {
            bar?.finish()
            // The problems themselves quote the file; the log keeps their number only.
            Diagnostics.record(.error, "import.refused", ["table": "\(Self.table)", "file": file,
                                                          "problems": "\((error as? ImportFailure)?.problems.total ?? 1)"])
            if let error = error as? UserFacingError { throw error }
            throw UserFacingError("\(error)", status: error is ImportFailure || error is CSVError ? .badInput : .failure)
        }
    }
}
