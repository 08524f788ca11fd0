import Foundation
import HopModel
import TerminalUI

/// What a key binding asks for. Bindings map keys to commands; the reducer interprets them.
public enum Command: Hashable, Sendable {
    case quit
    case showHelp
    case closeOverlay
    case up, down, pageUp, pageDown, top, bottom
    case nextPane, previousPane
    case focusPane(Pane)
    case open          // Enter: drill into the selection or zoom the focused pane
    case back          // Esc: leave zoom, filter or screen
    case showOverview
    case nextProfession, previousProfession
    case startFilter
    case nextSortColumn, previousSortColumn, reverseSort
    case refresh
    case createDemoStore, createEmptyStore
    // Kiosk: presenter keys, and one step of the exit sequence (the key pressed).
    case nextSlide, previousSlide, togglePause, toggleBlank
    case exitSequence(Key)
}

/// Everything that can happen to the app. Named for what happened.
public enum Action: Hashable, Sendable {
    case command(Command)
    /// A key that no binding claimed (typed text in a filter or search field).
    case text(Key)
    case resized(Size)
    case overviewLoaded([ProfessionData])
    case professionLoaded(ProfessionData)
    case loadFailed(String)
    /// Another process committed to the store.
    case storeChanged
    case storeCreated
    /// Go straight to a profession's dashboard, optionally with one pane full screen.
    case showProfession(RowID, pane: Pane?)
    case dayChanged(Day)
    /// The wall clock, fed by the runtime on every wake-up: drives the kiosk's rotation.
    case clockTicked(Date)
    case lastChangeLoaded(Date?)
}

/// Work the runtime performs for the reducer, feeding results back as actions.
public enum Effect: Hashable, Sendable {
    case loadOverview
    case loadProfession(RowID)
    case createStore(demo: Bool)
    /// When the store last changed (the kiosk's status line).
    case loadLastChange
}
