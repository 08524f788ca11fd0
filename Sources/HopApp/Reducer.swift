import Foundation
import HopModel
import TerminalUI

/// The whole behaviour of the app as a pure function: state in, state and effects out.
/// No terminal, no store, no clock: the runtime feeds those in as actions.
public enum Reducer {
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .command(let command):
            return perform(command, &state)
        case .text(let key):
            guard state.mode != .kiosk else { return [] }
            let filter = state.staffList.filter
            typeText(key, &state)
            // The members filter is applied by the store: read again from the top.
            return state.screen == .staff && state.staffList.filter != filter ? reloadStaff(&state) : []
        case .resized(let size):
            state.size = size
            clampPositions(&state)
            return []
        case .overviewLoaded(let data):
            let dashboards = data.map { ProfessionDashboard(data: $0, framework: state.framework, today: state.today) }
            state.overview.rows = dashboards.map(OverviewRow.init(dashboard:))
            state.overview.loaded = true
            if state.mode == .kiosk { state.kiosk.load(dashboards) }
            clampPositions(&state)
            return []
        case .departmentsLoaded(let data):
            state.overview.departments = data.map { DepartmentRow(data: $0, today: state.today) }
            state.overview.departmentsLoaded = true
            return []
        case .professionLoaded(let data):
            guard state.profession?.professionId == data.profession.id else { return [] }
            state.profession?.dashboard = ProfessionDashboard(data: data, framework: state.framework, today: state.today)
            clampPositions(&state)
            return []
        case .loadFailed(let message):
            if state.mode == .kiosk { KioskReducer.loadFailed(&state) } else { state.status = message }
            return []
        case .storeChanged:
            // On a dashboard only that profession is read again; the overview (every
            // profession's summaries) is marked stale and read when next shown. At 510,000 staff
            // this halves the time from an edit to its refreshed frame.
            state.overview.departmentsLoaded = false
            if state.screen == .profession, let profession = state.profession {
                state.overview.loaded = false
                return [.loadProfession(profession.professionId)]
            }
            return reload(state)
        case .storeCreated:
            state.screen = .overview
            state.status = nil
            return [.loadOverview]
        case .showProfession(let id, let pane):
            let effects = openProfession(id, &state)
            if let pane {
                state.profession?.focus = pane
                state.profession?.zoomed = true
            }
            return effects
        case .dayChanged(let day):
            state.today = day
            return reload(state)
        case .clockTicked(let date):
            return state.mode == .kiosk ? KioskReducer.tick(date, &state) : []
        case .lastChangeLoaded(let date):
            state.kiosk.lastChange = date
            return []
        case .saved(let applied):
            return saved(applied, &state)
        case .saveFailed(let origin, let message):
            return saveFailed(origin, message, &state)
        case .saveConflicted(let origin, let current):
            return saveConflicted(origin, current, &state)
        case .changeLogLoaded(let entries):
            changeLogLoaded(entries, &state)
            return []
        case .setupLoaded(let departments, let grades):
            setupLoaded(departments: departments, grades: grades, &state)
            return []
        case .directoryLoaded(let directory, let departments):
            directoryLoaded(directory, departments: departments, &state)
            return []
        case .seminarSettingsLoaded(let settings):
            seminarSettingsLoaded(settings, &state)
            return []
        case .memberRecordsLoaded(let staffId, let records):
            memberRecordsLoaded(staffId, records, &state)
            return []
        case .staffPageLoaded(let request, let rows, let total, let departments):
            return staffPageLoaded(request, rows: rows, total: total, departments: departments, &state)
        }
    }

    /// What to load to show the current screen afresh.
    public static func reload(_ state: AppState) -> [Effect] {
        if state.mode == .kiosk { return KioskReducer.reloadEffects }
        switch state.screen {
        case .firstRun: return []
        case .overview: return state.overview.byDepartment ? [.loadOverview, .loadDepartments] : [.loadOverview]
        case .directory: return [.loadOverview, .loadDirectory]
        case .seminar: return [.loadOverview, .loadSeminarSettings]
        case .profession, .skills, .movements:
            return state.profession.map { [.loadOverview, .loadProfession($0.professionId)] } ?? [.loadOverview]
        case .setup:
            return [.loadOverview, .loadSetup] + (state.profession.map { [.loadProfession($0.professionId)] } ?? [])
        case .member:
            guard let profession = state.profession, let member = state.member else { return [.loadOverview] }
            return [.loadOverview, .loadProfession(profession.professionId), .loadMemberRecords(member.member.id)]
        case .staff:
            guard let profession = state.profession else { return [.loadOverview] }
            return [.loadOverview, .loadProfession(profession.professionId),
                    .loadStaffPage(state.staffList.refreshRequest(professionId: profession.professionId))]
        }
    }

    // MARK: - Commands

    static func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
        if state.mode == .kiosk { return KioskReducer.perform(command, &state) }
        state.status = nil
        state.notice = nil
        switch command {
        case .nextSlide, .previousSlide, .togglePause, .toggleBlank, .exitSequence:
            return []
        case .editSelected, .newAssessment, .cycleStatus, .undo, .nextField, .previousField, .submitField, .saveForm,
             .cancelForm, .confirmDiscard, .keepEditing, .reloadRecord, .overwriteRecord, .showSkillList, .newRecord,
             .deleteSelected, .confirmDelete, .cancelDelete, .showStaffList, .editProfession, .editCPDRequirement, .editQualificationRequirements,
             .showMemberRecords, .showSetup, .editMemberships:
            return edit(command, &state)
        case .showChangeLog:
            return openChangeLog(&state)
        case .showDirectory:
            return directoryCommand(command, &state)
        case .showSeminar, .moveToNextGroup, .moveToPreviousGroup, .togglePin, .moreGroups, .fewerGroups, .clearPins:
            return seminarCommand(command, &state)
        case .showMovements:
            guard state.screen == .profession, state.profession?.dashboard != nil else { return [] }
            state.screen = .movements
            return []
        case .quit:
            state.isRunning = false
            return []
        case .showHelp:
            state.overlay = .help(HelpState())
            return []
        case .closeOverlay:
            if state.overlay != nil {
                state.overlay = nil
            } else if state.screen == .skills {
                state.skillList.editingFilter = false
            } else if state.screen == .staff {
                state.staffList.editingFilter = false
            } else if state.screen == .directory {
                state.directory.editingFilter = false
            } else {
                state.overview.editingFilter = false
            }
            return []
        case .refresh:
            return reload(state)
        case .createDemoStore, .createEmptyStore:
            guard state.screen == .firstRun else { return [] }
            let demo = command == .createDemoStore
            state.notice = demo ? "Creating the demo store…" : "Creating the store…"
            return [.createStore(demo: demo)]
        case .showOverview:
            state.screen = .overview
            return (state.overview.loaded ? [] : [.loadOverview])
                + (state.overview.byDepartment && !state.overview.departmentsLoaded ? [.loadDepartments] : [])
        case .toggleDepartments:
            state.overview.byDepartment.toggle()
            return state.overview.byDepartment && !state.overview.departmentsLoaded ? [.loadDepartments] : []
        case .startFilter:
            if state.screen == .skills {
                state.skillList.editingFilter = true
                return []
            }
            if state.screen == .staff {
                state.staffList.editingFilter = true
                return []
            }
            if state.screen == .directory {
                state.directory.editingFilter = true
                return []
            }
            state.screen = .overview
            state.overview.editingFilter = true
            return state.overview.loaded ? [] : [.loadOverview]
        case .nextSortColumn, .previousSortColumn:
            let all = OverviewColumn.allCases
            let step = command == .nextSortColumn ? 1 : all.count - 1
            state.overview.sortColumn = all[(state.overview.sortColumn.rawValue + step) % all.count]
            // Figures read best largest first; names A to Z.
            state.overview.descending = state.overview.sortColumn != .name
            state.overview.position = ListPosition()
            return []
        case .reverseSort:
            state.overview.descending.toggle()
            return []
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            if state.screen == .seminar, state.overlay == nil { return seminarCommand(command, &state) }
            move(command, &state)
            return staffPageIfNeeded(&state)
        case .open:
            return open(&state)
        case .back:
            return back(&state)
        case .nextPane where state.screen == .member, .previousPane where state.screen == .member:
            return memberCommand(command, &state)
        case .nextPane where state.screen == .setup, .previousPane where state.screen == .setup:
            return setupCommand(command, &state)
        case .nextPane:
            if let focus = state.profession?.focus { state.profession?.focus = focus.next }
            return []
        case .previousPane:
            if let focus = state.profession?.focus { state.profession?.focus = focus.previous }
            return []
        case .focusPane(let pane):
            state.profession?.focus = pane
            return []
        case .nextProfession, .previousProfession:
            return stepProfession(by: command == .nextProfession ? 1 : -1, &state)
        }
    }

    static func open(_ state: inout AppState) -> [Effect] {
        switch state.screen {
        case .overview:
            let rows = state.overview.visibleRows
            guard rows.indices.contains(state.overview.position.selected) else { return [] }
            return openProfession(rows[state.overview.position.selected].professionId, &state)
        case .profession:
            state.profession?.zoomed = true
            clampPositions(&state)
            return []
        case .firstRun, .skills, .staff, .member, .setup, .directory, .seminar, .movements:
            return []
        }
    }

    static func openProfession(_ id: RowID, _ state: inout AppState) -> [Effect] {
        var next = ProfessionState(professionId: id)
        if let current = state.profession {
            next.focus = current.focus
            next.zoomed = current.zoomed
        }
        state.profession = next
        state.screen = .profession
        return [.loadProfession(id)]
    }

    static func back(_ state: inout AppState) -> [Effect] {
        switch state.screen {
        case .profession:
            if state.profession?.zoomed == true {
                state.profession?.zoomed = false
            } else {
                state.screen = .overview
                if !state.overview.loaded { return [.loadOverview] }
            }
        case .overview:
            state.overview.filter = ""
            state.overview.editingFilter = false
            clampPositions(&state)
        case .skills:
            if state.skillList.editingFilter || !state.skillList.filter.isEmpty {
                state.skillList.filter = ""
                state.skillList.editingFilter = false
                clampPositions(&state)
            } else {
                state.screen = .profession
            }
        case .member:
            state.screen = .staff
            return reloadStaff(&state, fromTop: false)
        case .setup:
            state.screen = state.setup.returnTo
        case .directory:
            if state.directory.editingFilter || !state.directory.filter.isEmpty {
                state.directory.filter = ""
                state.directory.editingFilter = false
                clampPositions(&state)
            } else {
                state.screen = state.directory.returnTo
            }
        case .seminar:
            state.screen = state.seminar.returnTo
            if state.screen == .overview, !state.overview.loaded { return [.loadOverview] }
        case .movements:
            state.screen = .profession
        case .staff:
            if state.staffList.editingFilter || !state.staffList.filter.isEmpty {
                state.staffList.filter = ""
                state.staffList.editingFilter = false
                return reloadStaff(&state)
            }
            state.screen = .profession
        case .firstRun:
            break
        }
        return []
    }

    /// `[` and `]` on a dashboard walk the overview's order (filter and sort included).
    static func stepProfession(by delta: Int, _ state: inout AppState) -> [Effect] {
        let rows = state.overview.visibleRows
        guard !rows.isEmpty, let current = state.profession?.professionId else { return [] }
        let index = rows.firstIndex { $0.professionId == current } ?? -1
        let next = ((index + delta) % rows.count + rows.count) % rows.count
        state.overview.position.selected = next
        clampPositions(&state)
        return openProfession(rows[next].professionId, &state)
    }

    // MARK: - Lists

    static func move(_ command: Command, _ state: inout AppState) {
        if case .help(var help) = state.overlay {
            help.offset = max(0, help.offset + (command == .down ? 1 : command == .up ? -1 : 0))
            state.overlay = .help(help)
            return
        }
        if case .changeLog(var view) = state.overlay {
            view.offset = max(0, view.offset + (command == .down ? 1 : command == .up ? -1 : 0))
            state.overlay = .changeLog(view)
            return
        }
        switch state.screen {
        case .overview:
            let count = state.overview.visibleRows.count
            let visible = Layout.overviewRows(state.size)
            state.overview.position.move(by: delta(command, page: visible, count: count, current: state.overview.position.selected),
                                         count: count, visible: visible)
        case .profession:
            guard var profession = state.profession, let dashboard = profession.dashboard else { return }
            let pane = profession.focus
            let count = PaneContent.rowCount(pane, dashboard: dashboard)
            let visible = Layout.paneRows(pane, state: state)
            var position = profession.position(pane)
            position.move(by: delta(command, page: visible, count: count, current: position.selected), count: count, visible: visible)
            profession.positions[pane] = position
            state.profession = profession
        case .skills:
            let count = state.skillRows.count
            let visible = SkillListScreen.visibleRows(state.size)
            state.skillList.position.move(by: delta(command, page: visible, count: count, current: state.skillList.position.selected),
                                          count: count, visible: visible)
        case .setup:
            let visible = SetupScreen.visibleRows(state.size) - 1
            state.setup.position.move(by: delta(command, page: visible, count: state.setup.rowCount, current: state.setup.position.selected),
                                      count: state.setup.rowCount, visible: visible)
        case .member:
            guard var member = state.member else { return }
            let visible = MemberScreen.visibleRows(state.size)
            member.position.move(by: delta(command, page: visible, count: member.rowCount, current: member.position.selected),
                                 count: member.rowCount, visible: visible)
            state.member = member
        case .directory:
            let count = state.directory.rows.count
            let visible = DirectoryScreen.visibleRows(state.size)
            state.directory.position.move(by: delta(command, page: visible, count: count, current: state.directory.position.selected),
                                          count: count, visible: visible)
        case .seminar, .movements:
            break
        case .staff:
            let count = state.staffList.total
            let visible = StaffListScreen.visibleRows(state.size)
            state.staffList.position.move(by: delta(command, page: visible, count: count, current: state.staffList.position.selected),
                                          count: count, visible: visible)
        case .firstRun:
            break
        }
    }

    static func delta(_ command: Command, page: Int, count: Int, current: Int) -> Int {
        switch command {
        case .up: -1
        case .down: 1
        case .pageUp: -max(1, page)
        case .pageDown: max(1, page)
        case .top: -current
        case .bottom: count - 1 - current
        default: 0
        }
    }

    /// Keeps every selection and scroll offset in range after data or size changes.
    static func clampPositions(_ state: inout AppState) {
        state.overview.position.clamp(count: state.overview.visibleRows.count, visible: Layout.overviewRows(state.size))
        if var profession = state.profession, let dashboard = profession.dashboard {
            for pane in Pane.allCases {
                var position = profession.position(pane)
                position.clamp(count: PaneContent.rowCount(pane, dashboard: dashboard),
                               visible: Layout.paneRows(pane, state: state))
                profession.positions[pane] = position
            }
            state.profession = profession
        }
        state.skillList.position.clamp(count: state.skillRows.count, visible: SkillListScreen.visibleRows(state.size))
        state.staffList.position.clamp(count: state.staffList.total, visible: StaffListScreen.visibleRows(state.size))
        state.directory.position.clamp(count: state.directory.rows.count, visible: DirectoryScreen.visibleRows(state.size))
    }

    // MARK: - Text entry

    static func typeText(_ key: Key, _ state: inout AppState) {
        if state.overlay == nil, typeIntoForm(key, &state) { return }
        if case .help(var help) = state.overlay {
            edit(&help.query, key)
            help.offset = 0
            state.overlay = .help(help)
        } else if state.screen == .overview && state.overview.editingFilter {
            edit(&state.overview.filter, key)
            state.overview.position = ListPosition()
            clampPositions(&state)
        } else if state.screen == .skills && state.skillList.editingFilter {
            edit(&state.skillList.filter, key)
            state.skillList.position = ListPosition()
            clampPositions(&state)
        } else if state.screen == .staff && state.staffList.editingFilter {
            edit(&state.staffList.filter, key)
            state.staffList.position = ListPosition()
        } else if state.screen == .directory && state.directory.editingFilter {
            edit(&state.directory.filter, key)
            state.directory.position = ListPosition()
            clampPositions(&state)
        }
    }

    static func edit(_ text: inout String, _ key: Key) {
        switch key {
        case .char(let c) where !c.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }:
            if text.count < 80 { text.append(c) }
        case .backspace:
            if !text.isEmpty { text.removeLast() }
        default:
            break
        }
    }
}
