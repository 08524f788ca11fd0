import Foundation
import HopModel
import TerminalUI

/// What a key binding asks for. Bindings map keys to commands; the reducer interprets them.
public enum Command: Hashable, Sendable {
    case quit
    case showHelp
    case closeOverlay
    case up, down, pageUp, pageDown, top, bottom
    /// A click on a row of the current list (its index in the list): bound to no key.
    case selectRow(Int)
    /// A click on an assessment in the full-screen maturity pane's history (0 the newest): bound
    /// to no key (← → move there).
    case selectHistoryRow(Int)
    case nextPane, previousPane
    case scrollLeft, scrollRight // a window of columns wider than the screen: the skills pane's grades
    case focusPane(Pane)
    case open          // Enter: drill into the selection or zoom the focused pane
    case back          // Esc: leave zoom, filter or screen
    /// Open a screen (each feature binds the key that opens it).
    case show(Screen)
    case nextProfession, previousProfession
    case startFilter
    case exportList        // x on a list of people: a CSV file, recorded in the access log
    case followUpSelected  // f on a list of people: record that the selected person was followed up
    case followUpList      // F: record that everyone on the list was followed up (asks first)
    case toggleAccessLogProfessions // a in the access log: every profession's exports, or the open one's
    case confirmFollowUpList, cancelFollowUpList
    case bookList          // B on a plan line's list: book everyone on it, in its order, as places last (asks first)
    case confirmBookList, cancelBookList
    case nextSortColumn, previousSortColumn, reverseSort
    case refresh
    case createDemoStore, createEmptyStore
    // Kiosk: presenter keys, and one step of the exit sequence (the key pressed).
    case nextSlide, previousSlide, togglePause, toggleBlank
    case exitSequence(Key)
    // Editing
    case editSelected      // open a form on the selected record
    case newAssessment     // open a form for a new maturity assessment of the selected area
    case cycleStatus       // checklist: the selected item's next status, saved at once
    case undo              // put back the last change made in this session
    case newRecord         // n in a list: a form for a new record
    case deleteSelected    // d in a list: ask, naming the record and what goes with it
    case confirmDelete, cancelDelete
    case acceptProposal    // a on a development plan: keep hopdash's proposal as the year's plan
    case bookSelected      // b on a plan line's people: book the selected person on the line
    case nextYear, previousYear
    case showChangeLog     // who changed what: the selected record's history, else the profession's
    case editProfession    // the open profession's details: head, contacts, new, scale
    case toggleDepartments // the overview: compare departments, or professions again
    case markForumDate     // the overview: a form marking today (or another day) as a forum date
    case editMemberships   // the professions a member belongs to
    case editCPDRequirement
    case editQualificationRequirements // mandatory qualifications, grade by grade
    case moveToNextGroup, moveToPreviousGroup   // seminar: move the selected profession (pins it)
    case togglePin         // seminar: pin or unpin the selected profession
    case moreGroups, fewerGroups, clearPins
    // In a form
    case nextField, previousField
    case submitField       // Enter: next field, or save on the last
    case saveForm          // Ctrl-S
    case cancelForm        // Esc: close, asking first when something changed
    case confirmDiscard, keepEditing
    case reloadRecord      // conflict: drop my edits, show what is stored now
    case overwriteRecord   // conflict: save my edits on top of what is stored now
}

/// Everything that can happen to the app. Named for what happened.
public enum Action: Hashable, Sendable {
    case command(Command)
    /// A key that no binding claimed (typed text in a filter or search field).
    case text(Key)
    /// Pasted text (a bracketed paste), for the focused form field; nothing else takes it.
    case paste(String)
    /// A bound key that cannot be used now, with why (shown on the status line).
    case refused(String)
    case resized(Size)
    case overviewLoaded([ProfessionData])
    case departmentsLoaded([DepartmentData])
    case professionLoaded(ProfessionData)
    case loadFailed(String)
    /// Another process committed to the store.
    case storeChanged
    /// The first-run screen's store exists: the dashboard opens at `place`.
    case storeCreated(StartPlace, notice: String?)
    /// Go straight to a profession's dashboard, optionally with one pane full screen.
    case showProfession(RowID, pane: Pane?)
    case dayChanged(Day)
    /// The wall clock, fed by the runtime on every wake-up: drives the kiosk's rotation.
    case clockTicked(Date)
    case lastChangeLoaded(Date?)
    /// The latest forum on or before today with the figures kept on it (the kiosk's "what moved").
    case lastForumLoaded(LastForum?)
    /// The store committed a change.
    case saved(AppliedChange)
    /// The store did not save (disk full, read-only, gone...): nothing changed.
    case saveFailed(SaveOrigin, message: String)
    /// The record changed in the store since it was read; `current` is what is there now.
    case saveConflicted(SaveOrigin, current: EditableRecord?)
    case changeLogLoaded([ChangeLogEntry])
    case seminarSettingsLoaded(SeminarSettings)
    /// A feature's own read (`Effect.read`) came back.
    case featureLoaded(FeatureResult)
}

/// Work the runtime performs for the reducer, feeding results back as actions.
public enum Effect: Hashable, Sendable {
    /// Every profession's figures for the overview, which shows no movements, so without them.
    case loadOverview
    /// Every profession's figures with the movements, which the kiosk's slides show.
    case loadSlides
    case loadDepartments
    case loadProfession(RowID)
    case createStore(demo: Bool)
    /// When the store last changed (the kiosk's status line).
    case loadLastChange
    /// One write through the store; `before` is the record as it was read (for undo).
    case apply(Change, before: EditableRecord?, origin: SaveOrigin)
    case loadChangeLog(ChangeLogSubject)
    case loadSeminarSettings
    /// The latest forum date and its kept figures (the kiosk's "what moved since the last forum").
    case loadLastForum
    /// A read a feature defines itself; its result comes back as `featureLoaded`.
    case read(FeatureRead)
    /// Ctrl-L: the terminal clears and draws every cell again, whatever it shows now (another
    /// program's output, a line noise burst), not only the cells the last frame changed.
    case repaint
}
