import GRDB
import HopModel

/// Why the store could not do what was asked, in words a non-programmer can act on.
///
/// Messages name the store file and the kind of record, never a person: they may be shown on
/// a shared screen or copied into a support ticket.
public enum StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    /// No store at this path, and creating one was not asked for.
    case notFound(path: String)
    /// The file exists but is not a SQLite database.
    case notADatabase(path: String)
    /// The file is a SQLite database but not a hopdash store (no hopdash layout in it).
    case notAStore(path: String)
    /// An empty file hopdash did not create: never written into without being asked.
    case emptyFile(path: String)
    /// Not a regular file (a FIFO, a folder, a device): never opened, so never waited on.
    case notAFile(path: String, kind: String)
    /// SQLite reports the file as damaged.
    case damaged(path: String)
    /// A stored value no hopdash writes: the file is damaged or was edited outside hopdash.
    case damagedValue(path: String, column: String, reason: String)
    case cannotCreate(path: String, reason: String)
    case cannotOpen(path: String, reason: String)
    /// The store was written by a newer hopdash; it was not opened and nothing was changed.
    case newerSchema(path: String, found: Int, known: Int)
    /// The store is older than this build and was opened read-only, so it cannot be upgraded.
    case needsUpgrade(path: String, found: Int, known: Int)
    /// A write was attempted through a read-only handle, or the file or its folder cannot be written.
    case readOnly(path: String)
    /// The file at the path is no longer the one opened (deleted, moved or replaced since).
    case moved(path: String)
    /// The store's write-ahead log (`-wal`) was deleted or replaced while open.
    case journalMoved(path: String)
    /// SQLite could not write for want of space.
    case diskFull(path: String)
    /// A file hopdash was writing beside the store (a backup) did not fit on its disk.
    case outputFull(path: String)
    /// The operating system failed a read or write (a full disk or file-size limit, a failing or vanished disk).
    case ioError(path: String)
    /// Another program held the store for longer than the busy timeout; `holder` says who and
    /// since when, when an import left word of it (`ImportNotice`).
    case busy(path: String, holder: String? = nil)
    /// The record changed (or was deleted, `current == nil`) since the caller read it.
    case conflict(kind: RecordKind, recordId: String, current: StoredRecord?)
    /// The record the caller refers to does not exist.
    case missing(kind: RecordKind, recordId: String)
    /// Input that breaks a rule; `field` is the name a form shows.
    case invalid(field: String, reason: String)
    /// Another record of this kind already uses this value, which must be unique.
    case duplicate(kind: RecordKind, field: String)
    /// Anything else SQLite reported.
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            "There is no store at \(path). Nothing was created; ask for a new store explicitly to create one."
        case .notADatabase(let path):
            "\(path) is not a hopdash store (it is not a SQLite database). It was not opened or changed."
        case .notAStore(let path):
            "\(path) is not a hopdash store (a SQLite database without hopdash's tables). It was not opened or changed."
        case .emptyFile(let path):
            "\(path) is not a hopdash store (an empty file, which hopdash does not write into unless it created it). "
                + "It was not opened or changed: remove it, or choose another --store, and hopdash creates a store there."
        case .notAFile(let path, let kind):
            "\(path) is not a hopdash store (it is \(kind), and hopdash opens only regular files). It was not opened or changed."
        case .damaged(let path):
            "The store at \(path) is damaged. Restore it from a backup."
        case .damagedValue(let path, let column, let reason):
            "The store at \(path) holds a value hopdash cannot read (\(column): \(reason)); it may be damaged. "
                + "Restore it from a backup."
        case .cannotCreate(let path, let reason):
            "Could not create a store at \(path): \(reason)."
        case .cannotOpen(let path, let reason):
            "Could not open the store at \(path): \(reason)."
        case .newerSchema(let path, let found, let known):
            "The store at \(path) was written by a newer hopdash (schema \(found); this build knows up to "
                + "\(known)); not opened, nothing changed."
        case .needsUpgrade(let path, let found, let known):
            "The store at \(path) uses an older layout (schema \(found); this build uses \(known)) and was "
                + "opened read-only, so it cannot be upgraded. Open it once for editing to upgrade it "
                + "(`hopdash backup` keeps a copy of it as it is first)."
        case .readOnly(let path):
            "The store at \(path) cannot be written (opened read-only, or the file or its folder is read-only); "
                + "nothing was changed."
        case .moved(let path):
            "The store at \(path) was deleted, moved or replaced while open; nothing was saved. Open it again."
        case .journalMoved(let path):
            "The store at \(path) lost its journal (\(path)-wal was deleted or replaced while open); nothing was saved. "
                + "Close every hopdash using this store, then open it again."
        case .diskFull(let path):
            "The disk holding the store at \(path) is full; nothing was changed. Free some space and try again."
        case .outputFull(let path):
            "Could not write \(path): the disk holding it is full (or failed a write). Nothing was left there, "
                + "and the store was not changed."
        case .ioError(let path):
            "The store at \(path) could not be read or written (the disk may be full, failing or gone); "
                + "nothing was changed."
        case .busy(let path, nil):
            "The store at \(path) is busy: another program is saving. Nothing was changed; try again."
        case .busy(let path, let holder?):
            "The store at \(path) is busy: \(holder). Nothing was changed; try again when it has finished."
        case .conflict(let kind, _, let current?):
            "This \(kind.noun) was changed by someone else after you opened it (it is now at version "
                + "\(current.version)). Your change was not saved; reload it and try again."
        case .conflict(let kind, _, nil):
            "This \(kind.noun) was deleted by someone else after you opened it. Your change was not saved."
        case .missing(let kind, let recordId):
            "There is no \(kind.noun) with id \(recordId)."
        case .invalid(let field, let reason):
            "\(field): \(reason)."
        case .duplicate(let kind, let field):
            "Another \(kind.noun) already has this \(field)."
        case .database(let path, let message):
            "The store at \(path) reported an error: \(message)."
        }
    }

    /// The same error about `new` instead of `old` (a store built under a temporary name is
    /// spoken of by the name it is being built for).
    func replacingPath(_ old: String, with new: String) -> StoreError {
        func swap(_ path: String) -> String { path == old ? new : path }
        return switch self {
        case .notFound(let path): .notFound(path: swap(path))
        case .notADatabase(let path): .notADatabase(path: swap(path))
        case .notAStore(let path): .notAStore(path: swap(path))
        case .emptyFile(let path): .emptyFile(path: swap(path))
        case .notAFile(let path, let kind): .notAFile(path: swap(path), kind: kind)
        case .damaged(let path): .damaged(path: swap(path))
        case .damagedValue(let path, let column, let reason): .damagedValue(path: swap(path), column: column, reason: reason)
        case .cannotCreate(let path, let reason): .cannotCreate(path: swap(path), reason: reason)
        case .cannotOpen(let path, let reason): .cannotOpen(path: swap(path), reason: reason)
        case .newerSchema(let path, let found, let known): .newerSchema(path: swap(path), found: found, known: known)
        case .needsUpgrade(let path, let found, let known): .needsUpgrade(path: swap(path), found: found, known: known)
        case .readOnly(let path): .readOnly(path: swap(path))
        case .moved(let path): .moved(path: swap(path))
        case .journalMoved(let path): .journalMoved(path: swap(path))
        case .diskFull(let path): .diskFull(path: swap(path))
        case .outputFull(let path): .outputFull(path: swap(path))
        case .ioError(let path): .ioError(path: swap(path))
        case .busy(let path, let holder): .busy(path: swap(path), holder: holder)
        case .database(let path, let message): .database(path: swap(path), message: message)
        case .conflict, .missing, .invalid, .duplicate: self
        }
    }

    /// Translates anything thrown inside a database access into a `StoreError`.
    ///
    /// `StoreError`s thrown by our own validation pass through unchanged. SQLite's message is
    /// kept (it names tables and constraints, never values); GRDB's full description is not,
    /// because it can quote SQL.
    /// Whether `wrapping` has a meaning for this error (it comes from the store or SQLite), rather
    /// than describing it by its type's name.
    static func translates(_ error: any Error) -> Bool {
        error is StoreError || error is StoredValueError || error is RowDecodingError || error is DatabaseError
    }

    static func wrapping(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? StoredValueError {
            return .damagedValue(path: path, column: error.column, reason: error.reason)
        }
        // A NULL or a value of the wrong type where the layout allows none: only a damaged file.
        if error is RowDecodingError {
            return .damagedValue(path: path, column: "a record's column", reason: "a value is missing or of the wrong type")
        }
        guard let error = error as? DatabaseError else {
            return .database(path: path, message: String(describing: type(of: error)))
        }
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        case .SQLITE_CORRUPT: return .damaged(path: path)
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_IOERR: return .ioError(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        case .SQLITE_CANTOPEN: return .cannotOpen(path: path, reason: error.message ?? "unable to open the file")
        default: return .database(path: path, message: error.message ?? "error \(error.resultCode.rawValue)")
        }
    }
}

/// The kinds of record the store keeps; the raw value is the table name (as in the change log).
public enum RecordKind: String, CaseIterable, Sendable {
    case department, grade, profession, skill
    case skillRequirement = "skill_requirement"
    case staff
    case staffProfession = "staff_profession"
    case assessment
    case cpdRequirement = "cpd_requirement"
    case qualificationRequirement = "qualification_requirement"
    case cpdActivity = "cpd_activity"
    case qualificationHeld = "qualification_held"
    case checklistEntry = "checklist_entry"
    case maturityAssessment = "maturity_assessment"
    case movement
    case departmentalLead = "departmental_lead"
    case seminarSetting = "seminar_setting"
    case criticalPost = "critical_post"
    case forumDate = "forum_date"
    case followUp = "follow_up"
    case learningOffer = "learning_offer"
    case developmentPlan = "development_plan"
    case booking

    public var table: String { rawValue }

    /// How a message names one record of this kind.
    public var noun: String {
        switch self {
        case .department: "department"
        case .grade: "grade"
        case .profession: "profession"
        case .skill: "skill"
        case .skillRequirement: "skill requirement"
        case .staff: "staff record"
        case .staffProfession: "profession membership"
        case .assessment: "skill assessment"
        case .cpdRequirement: "CPD requirement"
        case .qualificationRequirement: "qualification requirement"
        case .cpdActivity: "CPD activity"
        case .qualificationHeld: "qualification record"
        case .checklistEntry: "checklist entry"
        case .maturityAssessment: "maturity assessment"
        case .movement: "movement"
        case .departmentalLead: "departmental lead"
        case .seminarSetting: "seminar plan"
        case .criticalPost: "critical post"
        case .forumDate: "forum date"
        case .followUp: "follow-up"
        case .learningOffer: "learning offer"
        case .developmentPlan: "development plan"
        case .booking: "booking"
        }
    }
}

/// The current state of a record that changed under a caller (see `StoreError.conflict`), so a
/// form can show what is in the store now.
public enum StoredRecord: Hashable, Sendable {
    case department(Department)
    case grade(Grade)
    case profession(Profession)
    case skill(Skill)
    case staff(StaffMember)
    case assessment(SkillAssessment)
    case cpdRequirement(CPDRequirement)
    case cpdActivity(CPDActivity)
    case qualificationHeld(QualificationHeld)
    case checklistEntry(ChecklistEntry)
    case maturityAssessment(MaturityAssessment)
    case movement(Movement)
    case departmentalLead(DepartmentalLead)
    case seminarSettings(SeminarSettings)
    case criticalPost(CriticalPost)
    case forumDate(ForumDate)
    case followUp(FollowUp)
    case learningOffer(LearningOffer)
    case developmentPlan(DevelopmentPlan)
    case booking(Booking)

    public var version: Int {
        switch self {
        case .department(let r): r.version
        case .grade(let r): r.version
        case .profession(let r): r.version
        case .skill(let r): r.version
        case .staff(let r): r.version
        case .assessment(let r): r.version
        case .cpdRequirement(let r): r.version
        case .cpdActivity(let r): r.version
        case .qualificationHeld(let r): r.version
        case .checklistEntry(let r): r.version
        case .maturityAssessment(let r): r.version
        case .movement(let r): r.version
        case .departmentalLead(let r): r.version
        case .seminarSettings(let r): r.version
        case .criticalPost(let r): r.version
        case .forumDate(let r): r.version
        case .followUp(let r): r.version
        case .learningOffer(let r): r.version
        case .developmentPlan(let r): r.version
        case .booking(let r): r.version
        }
    }
}
