import HopModel
import TerminalUI

/// Editing: opening forms, typing, saving, conflicts, undo. Pure, like the rest of the reducer:
/// saves leave as `Effect.apply` and come back as `saved`, `saveFailed` or `saveConflicted`.
extension Reducer {
    static func undo(_ state: inout AppState) -> [Effect] {
        guard let last = state.undoStack.last else {
            state.status = "Nothing to undo: no change has been made in this session."
            return []
        }
        guard let inverse = last.inverse else {
            // Changes without an inverse never enter the history (`saved`); should one be there,
            // refusing it leaves the history as it was.
            state.status = "The last change (\(last.change.summary(state.framework))) cannot be undone. Nothing was changed."
            return []
        }
        return [.apply(inverse, before: last.after, origin: .undo)]
    }

    static func formCommand(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard var form = state.form else { return [] }
        defer { if state.form != nil { state.form = form } }
        switch command {
        case .nextField:
            form.moveFocus(by: 1)
        case .previousField:
            form.moveFocus(by: -1)
        case .submitField:
            if form.isOnLastField { return save(&form) }
            form.moveFocus(by: 1)
        case .saveForm:
            return save(&form)
        case .cancelForm:
            if form.hasChanges {
                form.prompt = .discardChanges
            } else {
                state.form = nil
                if let notice = form.cancelNotice { state.notice = notice }
            }
        case .confirmDiscard:
            state.form = nil
            if let notice = form.cancelNotice { state.notice = notice }
        case .keepEditing:
            form.prompt = nil
        case .reloadRecord:
            guard case .conflict(let current) = form.prompt else { return [] }
            form.reload(current: current)
            state.notice = "Reloaded: the form shows what is stored now; your edits were dropped."
        case .overwriteRecord:
            guard case .conflict(let current) = form.prompt else { return [] }
            form.rebase(current: current)
            return save(&form)
        default:
            break
        }
        return []
    }

    /// Validates; when valid asks the runtime to save. The form stays open until `saved`.
    static func save(_ form: inout Form) -> [Effect] {
        form.failure = nil
        guard form.validate() else { return [] }
        // A staff number typed is looked up first; the save resumes when it is found.
        if let (number, _) = form.unresolvedStaffNumber { return [StaffNumberLookup.read(number)] }
        return [.apply(form.change, before: form.before, origin: .form)]
    }

    /// Typed keys go to the focused field of an open form (unless it is asking something).
    static func typeIntoForm(_ key: Key, _ state: inout AppState) -> Bool {
        guard var form = state.form else { return false }
        if form.prompt == nil, form.fields.indices.contains(form.focus) {
            _ = form.fields[form.focus].handle(key)
            state.form = form
        }
        return true
    }

    // MARK: - Results

    static func saved(_ applied: AppliedChange, _ state: inout AppState) -> [Effect] {
        var summary = applied.change.summary(state.framework)
        if case .followUpBatch(let batch)? = applied.after {
            summary += " (\(batch.count == 1 ? "1 person" : "\(Format.count(batch.count)) people"))"
        }
        switch applied.origin {
        case .quick where applied.bookingBatch != nil:
            // Booking a whole list says what it booked and what is left, in the words of its question.
            guard let batch = applied.bookingBatch else { break }
            state.undoStack.append(applied)
            state.notice = "Booked \(batch.people) on \(batch.lineName); \(Format.count(batch.placesLeft)) of "
                + "\(Format.count(batch.places)) places left. u undoes."
        case .form, .quick:
            if applied.origin == .form { state.form = nil }
            if applied.inverse != nil {
                state.undoStack.append(applied)
                state.notice = "Saved: \(summary). u undoes."
            } else {
                state.notice = "Saved: \(summary). This change cannot be undone."
            }
        case .undo:
            if !state.undoStack.isEmpty { state.undoStack.removeLast() }
            // Our own undo moved the record's version on: earlier changes to the same record
            // now expect that version, or undoing them again would look like a conflict.
            if let now = applied.after, let version = now.version {
                for i in state.undoStack.indices where state.undoStack[i].after?.identity == now.identity {
                    state.undoStack[i].after = state.undoStack[i].after?.withVersion(version)
                }
            }
            state.notice = "Undone. Now: \(summary)."
        }
        state.status = nil
        // A completion from a form offers the re-assessment of its skill next.
        if applied.origin == .form, case .completeBooking(_, let date, let level) = applied.change,
           case .booking(let done)? = applied.after {
            if let form = BookingForm.reassessment(done, on: date, level: level, state) {
                state.form = form
            } else if level != nil {
                state.notice = (state.notice ?? "") + " Re-assess the skill on the person's records."
            }
        }
        if case .seminarSettings(let settings)? = applied.after { state.seminar.settings = settings }
        // Copies of a member held by the lists carry its row version: keep them current.
        switch applied.after {
        case .staff(let m)?, .memberships(let m, _)?:
            if state.member?.member.id == m.id { state.member?.member = m }
            if let i = state.staffList.rows.firstIndex(where: { $0.id == m.id }) { state.staffList.rows[i] = m }
        default:
            break
        }
        return refresh(&state)
    }

    static func saveFailed(_ origin: SaveOrigin, _ message: String, _ state: inout AppState) -> [Effect] {
        switch origin {
        case .form:
            state.form?.failure = "Not saved. \(message) What you typed is still here."
        case .quick, .undo:
            state.status = "Not saved. \(message)"
        }
        return []
    }

    static func saveConflicted(_ origin: SaveOrigin, _ current: EditableRecord?, _ state: inout AppState) -> [Effect] {
        switch origin {
        case .form:
            state.form?.prompt = .conflict(current: current)
            return []
        case .quick:
            state.status = "Not saved: someone else changed this item first. It now shows what they saved."
        case .undo:
            // The undo of booking a whole list says which of its bookings changed.
            if let batch = state.undoStack.last?.bookingBatch {
                state.undoStack.removeLast()
                let now = if case .booking(let b)? = current { "one of them is now \(b.text)" } else { "one of them was deleted" }
                state.status = "Cannot undo booking \(batch.people) on \(batch.lineName): \(now). Nothing was changed."
                return refresh(&state)
            }
            if !state.undoStack.isEmpty { state.undoStack.removeLast() }
            state.status = "Cannot undo: someone else has changed that record since. Nothing was changed."
        }
        return refresh(&state)
    }
}
