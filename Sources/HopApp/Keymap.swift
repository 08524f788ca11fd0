import TerminalUI

/// Where a binding applies. The keymap looks in the overlay's scope first, then the screen's,
/// then global bindings (lazygit's order).
public enum KeyScope: String, Hashable, Sendable, CaseIterable {
    case global, firstRun, overview, departmentOverview, profession, checklistPane, maturityPane, cpdPane, skillList, staffList, memberRecords, setup
    case directory, seminar, movements
    case deletePrompt
    case form, discardPrompt, conflictPrompt
    case filter, help, kiosk

    public var title: String {
        switch self {
        case .global: "Everywhere"
        case .firstRun: "First run"
        case .overview: "Overview"
        case .departmentOverview: "Overview by department (v on the overview)"
        case .profession: "Profession dashboard"
        case .checklistPane: "Checklist pane, full screen"
        case .maturityPane: "Maturity pane"
        case .cpdPane: "CPD pane"
        case .memberRecords: "A member's records (r in the members list)"
        case .setup: "Departments and grades (D)"
        case .directory: "Directory of heads and departmental leads (H)"
        case .seminar: "Seminar planner (W)"
        case .movements: "Movements of a profession (M on a dashboard)"
        case .skillList: "Skills list (s on a dashboard)"
        case .deletePrompt: "Asked to confirm a delete"
        case .staffList: "Members list (m on a dashboard)"
        case .form: "In a form"
        case .discardPrompt: "Asked whether to discard changes"
        case .conflictPrompt: "Asked what to do when someone else saved first"
        case .filter: "While typing a filter"
        case .help: "This help"
        case .kiosk: "Kiosk (hopdash kiosk): nothing else"
        }
    }
}

/// One key binding: the single source for dispatch, the help bar, the help overlay and the
/// README's key table.
public struct Binding: Hashable, Sendable {
    public var keys: [Key]
    public var command: Command
    public var scope: KeyScope
    public var description: String
    /// Short label for the help bar; nil keeps the binding out of the bar.
    public var hint: String?
    /// Changes stored data. Kiosk mode disables every such binding.
    public var mutates: Bool
    /// Shows people's names (members, their records, who changed what). Kiosk mode shows
    /// aggregates only, so it disables these too.
    public var showsNames: Bool

    public init(_ keys: [Key], _ command: Command, scope: KeyScope, _ description: String, hint: String? = nil,
                mutates: Bool = false, showsNames: Bool = false) {
        self.keys = keys; self.command = command; self.scope = scope; self.description = description
        self.hint = hint; self.mutates = mutates; self.showsNames = showsNames
    }

    /// Why this binding cannot be used now, or nil when it can (lazygit's GetDisabledReason).
    public func disabledReason(_ state: AppState) -> String? {
        if mutates && state.mode == .kiosk { return "read-only in kiosk mode" }
        if state.screen == .firstRun && Binding.needStore.contains(command) { return "no store yet" }
        if showsNames && state.mode == .kiosk { return "names are not shown in kiosk mode" }
        return nil
    }

    /// Commands that make no sense before a store exists.
    static let needStore: [Command] = [.showOverview, .refresh, .startFilter]

    public var keyLabel: String { keys.map(\.description).joined(separator: "/") }
}

public enum Keymap {
    public static let bindings: [Binding] = [
        // First run
        Binding([.char("d")], .createDemoStore, scope: .firstRun, "Create and open the demo store", hint: "Demo", mutates: true),
        Binding([.char("e")], .createEmptyStore, scope: .firstRun, "Create an empty store", hint: "Empty", mutates: true),
        // Overview
        Binding([.down, .char("j")], .down, scope: .overview, "Next profession"),
        Binding([.up, .char("k")], .up, scope: .overview, "Previous profession"),
        Binding([.pageDown], .pageDown, scope: .overview, "Page down"),
        Binding([.pageUp], .pageUp, scope: .overview, "Page up"),
        Binding([.home, .char("g")], .top, scope: .overview, "First profession"),
        Binding([.end, .char("G")], .bottom, scope: .overview, "Last profession"),
        Binding([.enter], .open, scope: .overview, "Open the selected profession's dashboard", hint: "Open"),
        Binding([.char("/")], .startFilter, scope: .overview, "Filter professions by name or code", hint: "Filter"),
        Binding([.char("s")], .nextSortColumn, scope: .overview, "Sort by the next column", hint: "Sort"),
        Binding([.char("S")], .previousSortColumn, scope: .overview, "Sort by the previous column"),
        Binding([.char("r")], .reverseSort, scope: .overview, "Reverse the sort order", hint: "Reverse"),
        Binding([.escape], .back, scope: .overview, "Clear the filter"),
        Binding([.char("n")], .newRecord, scope: .overview, "New profession", mutates: true),
        Binding([.char("d")], .deleteSelected, scope: .overview, "Delete the selected profession (asks first)", mutates: true),
        Binding([.char("v")], .toggleDepartments, scope: .overview, "Compare departments instead of professions"),
        Binding([.char("v"), .escape], .toggleDepartments, scope: .departmentOverview, "Back to the professions",
                hint: "Professions"),
        // Profession dashboard
        Binding([.tab], .nextPane, scope: .profession, "Next pane", hint: "Pane"),
        Binding([.backTab], .previousPane, scope: .profession, "Previous pane"),
        Binding([.char("1")], .focusPane(.maturity), scope: .profession, "Maturity pane"),
        Binding([.char("2")], .focusPane(.skills), scope: .profession, "Skills gaps pane"),
        Binding([.char("3")], .focusPane(.cpd), scope: .profession, "CPD pane"),
        Binding([.char("4")], .focusPane(.checklist), scope: .profession, "Checklist pane"),
        Binding([.enter], .open, scope: .profession, "Show the focused pane full screen", hint: "Zoom"),
        Binding([.escape], .back, scope: .profession, "Back (from full screen, then to the overview)", hint: "Back"),
        Binding([.down, .char("j")], .down, scope: .profession, "Next row in the pane"),
        Binding([.up, .char("k")], .up, scope: .profession, "Previous row in the pane"),
        Binding([.pageDown], .pageDown, scope: .profession, "Page down in the pane"),
        Binding([.pageUp], .pageUp, scope: .profession, "Page up in the pane"),
        Binding([.char("]")], .nextProfession, scope: .profession, "Next profession", hint: "Next"),
        Binding([.char("[")], .previousProfession, scope: .profession, "Previous profession"),
        Binding([.char("/")], .startFilter, scope: .profession, "Filter professions (on the overview)"),
        // Checklist pane, full screen
        Binding([.char(" ")], .cycleStatus, scope: .checklistPane, "Next status for the selected item (saved at once)",
                hint: "Status", mutates: true),
        Binding([.char("e"), .enter], .editSelected, scope: .checklistPane, "Edit the selected item: status, owner, due, evidence",
                hint: "Edit", mutates: true),
        // Maturity pane
        Binding([.char("n")], .newAssessment, scope: .maturityPane, "New maturity assessment of the selected area",
                mutates: true),
        Binding([.char("c")], .showChangeLog, scope: .profession, "Change log of this profession: who changed what, when",
                showsNames: true),
        Binding([.char("c")], .showChangeLog, scope: .checklistPane, "Change log of the selected checklist item", showsNames: true),
        Binding([.char("c")], .showChangeLog, scope: .skillList, "Change log of the selected skill", showsNames: true),
        Binding([.char("s")], .showSkillList, scope: .profession, "Skills of this profession: add, edit, delete, required levels"),
        Binding([.char("M")], .showMovements, scope: .profession,
                "Movements: joiners, leavers, secondments and loans, returns, flows between professions"),
        // Skills list
        Binding([.down, .char("j")], .down, scope: .skillList, "Next skill"),
        Binding([.up, .char("k")], .up, scope: .skillList, "Previous skill"),
        Binding([.pageDown], .pageDown, scope: .skillList, "Page down"),
        Binding([.pageUp], .pageUp, scope: .skillList, "Page up"),
        Binding([.char("n")], .newRecord, scope: .skillList, "New skill", hint: "New", mutates: true),
        Binding([.char("e"), .enter], .editSelected, scope: .skillList, "Edit the selected skill and its required levels",
                hint: "Edit", mutates: true),
        Binding([.char("d")], .deleteSelected, scope: .skillList, "Delete the selected skill (asks first)", hint: "Delete",
                mutates: true),
        Binding([.char("/")], .startFilter, scope: .skillList, "Filter skills by name", hint: "Filter"),
        Binding([.escape], .back, scope: .skillList, "Back to the dashboard", hint: "Back"),
        Binding([.char("p")], .editProfession, scope: .profession,
                "Edit this profession: code, name, head of profession and contacts, newly established, levels", mutates: true),
        Binding([.char("e")], .editCPDRequirement, scope: .cpdPane, "Edit the CPD requirement: hours, cycle, what counts",
                mutates: true),
        Binding([.char("Q")], .editQualificationRequirements, scope: .cpdPane, "Edit the mandatory qualifications, grade by grade",
                mutates: true),
        // Members list
        Binding([.char("m")], .showStaffList, scope: .profession, "Members of this profession: edit, delete, filter",
                showsNames: true),
        Binding([.down, .char("j")], .down, scope: .staffList, "Next member"),
        Binding([.up, .char("k")], .up, scope: .staffList, "Previous member"),
        Binding([.pageDown], .pageDown, scope: .staffList, "Page down"),
        Binding([.pageUp], .pageUp, scope: .staffList, "Page up"),
        Binding([.home, .char("g")], .top, scope: .staffList, "First member"),
        Binding([.end, .char("G")], .bottom, scope: .staffList, "Last member"),
        Binding([.char("n")], .newRecord, scope: .staffList, "New member of this profession", hint: "New", mutates: true),
        Binding([.char("e"), .enter], .editSelected, scope: .staffList, "Edit the selected member", hint: "Edit", mutates: true),
        Binding([.char("d")], .deleteSelected, scope: .staffList, "Delete the selected member (asks first)", hint: "Delete",
                mutates: true),
        Binding([.char("/")], .startFilter, scope: .staffList, "Filter by name or staff number", hint: "Filter"),
        Binding([.char("c")], .showChangeLog, scope: .staffList, "Change log of the selected member", showsNames: true),
        Binding([.char("r")], .showMemberRecords, scope: .staffList, "The selected member's assessments, CPD and qualifications",
                hint: "Records", showsNames: true),
        // A member's records
        Binding([.tab], .nextPane, scope: .memberRecords, "Next section (assessments, CPD, qualifications, movements)", hint: "Section"),
        Binding([.backTab], .previousPane, scope: .memberRecords, "Previous section"),
        Binding([.down, .char("j")], .down, scope: .memberRecords, "Next record"),
        Binding([.up, .char("k")], .up, scope: .memberRecords, "Previous record"),
        Binding([.char("n")], .newRecord, scope: .memberRecords, "New record in this section", hint: "New", mutates: true),
        Binding([.char("e"), .enter], .editSelected, scope: .memberRecords, "Edit the selected record", hint: "Edit", mutates: true),
        Binding([.char("d")], .deleteSelected, scope: .memberRecords, "Delete the selected record (asks first)", hint: "Delete",
                mutates: true),
        Binding([.char("p")], .editMemberships, scope: .memberRecords, "The member's professions (up to three, one primary)",
                hint: "Professions", mutates: true),
        Binding([.escape], .back, scope: .memberRecords, "Back to the members list", hint: "Back"),
        Binding([.escape], .back, scope: .staffList, "Back to the dashboard", hint: "Back"),
        Binding([.char("y")], .confirmDelete, scope: .deletePrompt, "Delete it", hint: "Delete", mutates: true),
        Binding([.char("n"), .escape], .cancelDelete, scope: .deletePrompt, "Keep it", hint: "Keep"),
        // Departments and grades
        Binding([.tab], .nextPane, scope: .setup, "Departments / grade ladder", hint: "Section"),
        Binding([.backTab], .previousPane, scope: .setup, "Departments / grade ladder"),
        Binding([.down, .char("j")], .down, scope: .setup, "Next row"),
        Binding([.up, .char("k")], .up, scope: .setup, "Previous row"),
        Binding([.char("n")], .newRecord, scope: .setup, "New department or grade", hint: "New", mutates: true),
        Binding([.char("e"), .enter], .editSelected, scope: .setup, "Edit the selected department or grade", hint: "Edit",
                mutates: true),
        Binding([.char("d")], .deleteSelected, scope: .setup, "Delete the selected department or grade (asks first)",
                hint: "Delete", mutates: true),
        Binding([.escape], .back, scope: .setup, "Back", hint: "Back"),
        // Directory
        Binding([.down, .char("j")], .down, scope: .directory, "Next row"),
        Binding([.up, .char("k")], .up, scope: .directory, "Previous row"),
        Binding([.pageDown], .pageDown, scope: .directory, "Page down"),
        Binding([.pageUp], .pageUp, scope: .directory, "Page up"),
        Binding([.char("n")], .newRecord, scope: .directory, "New departmental lead (of the selected profession)", hint: "New lead",
                mutates: true),
        Binding([.char("e"), .enter], .editSelected, scope: .directory,
                "Edit the selected lead, or the profession's head and contacts", hint: "Edit", mutates: true),
        Binding([.char("d")], .deleteSelected, scope: .directory, "Delete the selected departmental lead (asks first)",
                hint: "Delete", mutates: true),
        Binding([.char("/")], .startFilter, scope: .directory, "Filter by profession, name, department, email or phone",
                hint: "Filter"),
        Binding([.escape], .back, scope: .directory, "Back", hint: "Back"),
        // Seminar planner
        Binding([.down, .char("j")], .down, scope: .seminar, "Next profession"),
        Binding([.up, .char("k")], .up, scope: .seminar, "Previous profession"),
        Binding([.right, .char("l")], .moveToNextGroup, scope: .seminar,
                "Move the selected profession to the next group (pins it there)", hint: "Move", mutates: true),
        Binding([.left, .char("h")], .moveToPreviousGroup, scope: .seminar,
                "Move the selected profession to the previous group (pins it there)", mutates: true),
        Binding([.char("p")], .togglePin, scope: .seminar, "Pin the selected profession to its group, or unpin it",
                hint: "Pin", mutates: true),
        Binding([.char("+")], .moreGroups, scope: .seminar, "One more group", hint: "+group", mutates: true),
        Binding([.char("-")], .fewerGroups, scope: .seminar, "One group fewer", hint: "-group", mutates: true),
        Binding([.char("x")], .clearPins, scope: .seminar, "Unpin every profession", mutates: true),
        Binding([.escape], .back, scope: .seminar, "Back", hint: "Back"),
        // Movements
        Binding([.escape], .back, scope: .movements, "Back to the dashboard", hint: "Back"),
        // Forms
        Binding([.tab], .nextField, scope: .form, "Next field", hint: "Next"),
        Binding([.backTab], .previousField, scope: .form, "Previous field"),
        Binding([.enter], .submitField, scope: .form, "Next field; on the last field, save", mutates: true),
        Binding([.ctrl("s")], .saveForm, scope: .form, "Save", hint: "Save", mutates: true),
        Binding([.escape], .cancelForm, scope: .form, "Cancel (asks first if something changed)", hint: "Cancel"),
        Binding([.char("y")], .confirmDiscard, scope: .discardPrompt, "Discard the changes and close the form", hint: "Discard"),
        Binding([.char("n"), .escape], .keepEditing, scope: .discardPrompt, "Keep editing", hint: "Keep editing"),
        Binding([.char("r")], .reloadRecord, scope: .conflictPrompt, "Reload: show what is stored now, dropping my edits",
                hint: "Reload"),
        Binding([.char("o")], .overwriteRecord, scope: .conflictPrompt, "Overwrite what is stored now with my edits",
                hint: "Overwrite", mutates: true),
        Binding([.escape], .keepEditing, scope: .conflictPrompt, "Keep editing (nothing saved yet)", hint: "Keep editing"),
        // Typing a filter
        Binding([.enter], .closeOverlay, scope: .filter, "Keep the filter", hint: "Keep"),
        Binding([.escape], .back, scope: .filter, "Clear the filter", hint: "Clear"),
        // Help overlay
        Binding([.escape, .char("?")], .closeOverlay, scope: .help, "Close help", hint: "Close"),
        Binding([.down], .down, scope: .help, "Scroll down (help and change log)"),
        Binding([.up], .up, scope: .help, "Scroll up"),
        // Kiosk: a presenter's clicker, and the exit sequence (see KioskExit)
        Binding([.pageDown, .right, .char(" ")], .nextSlide, scope: .kiosk, "Next slide"),
        Binding([.pageUp, .left], .previousSlide, scope: .kiosk, "Previous slide"),
        Binding([.char("p")], .togglePause, scope: .kiosk, "Pause or resume the rotation"),
        Binding([.char("b")], .toggleBlank, scope: .kiosk, "Blank the screen, or show it again"),
    ] + KioskExit.sequence.map { key in
        Binding([key], .exitSequence(key), scope: .kiosk, "Exit: \(KioskExit.description)")
    } + [
        // Everywhere
        Binding([.char("o")], .showOverview, scope: .global, "Cross-profession overview", hint: "Overview"),
        Binding([.char("?")], .showHelp, scope: .global, "Help: every key (type to search)", hint: "Help"),
        Binding([.ctrl("l")], .refresh, scope: .global, "Reload from the store and redraw"),
        Binding([.char("D")], .showSetup, scope: .global, "Departments and the grade ladder"),
        Binding([.char("H")], .showDirectory, scope: .global,
                "Directory: every head of profession and departmental lead with contact details", showsNames: true),
        Binding([.char("W")], .showSeminar, scope: .global, "Seminar planner: working groups mixing mature and newer professions"),
        Binding([.char("u")], .undo, scope: .global, "Undo the last change made in this session (repeatable)",
                mutates: true),
        Binding([.char("q"), .ctrl("c")], .quit, scope: .global, "Quit", hint: "Quit"),
    ]

    /// Scopes to search, most specific first.
    public static func scopes(for state: AppState) -> [KeyScope] {
        // The kiosk is locked down: its own keys and nothing else, whatever the screen.
        if state.mode == .kiosk { return [.kiosk] }
        if case .help = state.overlay { return [.help] }
        if state.overlay != nil { return [.help] }
        if let form = state.form {
            switch form.prompt {
            case .discardChanges: return [.discardPrompt]
            case .conflict: return [.conflictPrompt]
            case nil: return [.form]
            }
        }
        switch state.screen {
        case .firstRun: return [.firstRun, .global]
        case .overview:
            if state.overview.pendingDelete != nil { return [.deletePrompt] }
            if state.overview.editingFilter { return [.filter] }
            return state.overview.byDepartment ? [.departmentOverview, .global] : [.overview, .global]
        case .profession:
            var scopes: [KeyScope] = []
            if let profession = state.profession {
                if profession.focus == .checklist && profession.zoomed { scopes.append(.checklistPane) }
                if profession.focus == .maturity { scopes.append(.maturityPane) }
                if profession.focus == .cpd { scopes.append(.cpdPane) }
            }
            return scopes + [.profession, .global]
        case .skills:
            if state.skillList.pendingDelete != nil { return [.deletePrompt] }
            return state.skillList.editingFilter ? [.filter] : [.skillList, .global]
        case .staff:
            if state.staffList.pendingDelete != nil { return [.deletePrompt] }
            return state.staffList.editingFilter ? [.filter] : [.staffList, .global]
        case .member:
            return state.member?.pendingDelete != nil ? [.deletePrompt] : [.memberRecords, .global]
        case .setup:
            return state.setup.pendingDelete != nil ? [.deletePrompt] : [.setup, .global]
        case .directory:
            if state.directory.pendingDelete != nil { return [.deletePrompt] }
            return state.directory.editingFilter ? [.filter] : [.directory, .global]
        case .seminar:
            return [.seminar, .global]
        case .movements:
            return [.movements, .global]
        }
    }

    /// The action for a key: the first enabled binding in scope order, else typed text. In
    /// kiosk mode an unbound key is ignored (nil): nothing is typed, nothing quits; only in the
    /// middle of the exit sequence does it count, as a wrong key that starts the sequence over.
    public static func resolve(_ key: Key, state: AppState) -> Action? {
        for scope in scopes(for: state) {
            for binding in state.bindings where binding.scope == scope && binding.keys.contains(key) {
                if binding.disabledReason(state) != nil { return nil }
                return .command(binding.command)
            }
        }
        guard state.mode == .kiosk else { return .text(key) }
        return state.kiosk.exitProgress > 0 ? .command(.exitSequence(key)) : nil
    }

    /// The bindings to show in the help bar now, in scope order.
    public static func hints(for state: AppState) -> [(key: String, label: String)] {
        scopes(for: state).flatMap { scope in
            state.bindings.filter { $0.scope == scope && $0.hint != nil && $0.disabledReason(state) == nil }
                .map { (key: $0.keyLabel, label: $0.hint!) }
        }
    }
}
