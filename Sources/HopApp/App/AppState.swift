import HopModel
import TerminalUI

public struct HelpState: Hashable, Sendable {
    public var query = ""
    public var offset = 0

    public init(query: String = "", offset: Int = 0) { self.query = query; self.offset = offset }
}

public enum Overlay: Hashable, Sendable {
    case help(HelpState)
    /// A message the user must acknowledge (store errors and the like).
    case message(title: String, text: String)
    case changeLog(ChangeLogView)
}

public struct AppState: Hashable, Sendable {
    public var mode: AppMode
    public var screen: Screen
    public var size: Size
    public var today: Day
    public var framework: Framework
    /// Every profession's figures: the overview's rows, which other screens also use.
    public var overview = OverviewState()
    /// The open profession, shared by its dashboard and the screens reached from it.
    public var profession: ProfessionState?
    public var overlay: Overlay?
    /// A one-line message in the footer (errors, confirmations).
    public var status: String?
    /// A one-line confirmation in the footer ("Saved: ..."), cleared by the next key.
    public var notice: String?
    public var isRunning = true
    /// Where the store lives, shown on the first-run screen.
    public var storeDescription: String
    /// Who is editing (the OS user or `--user`): the default assessor.
    public var user = ""
    /// The open form, drawn over the screen. Reloads never touch it; a conflict is found at save.
    public var form: Form?
    /// Changes made in this session, oldest first: what `u` puts back, newest first.
    public var undoStack: [AppliedChange] = []
    /// Each screen's own state, kept by its feature (see `FeatureState`).
    public var features = FeatureStates()
    /// The keymap in force: the default one, or with a config file's overrides (KeyOverrides).
    public var bindings = Keymap.bindings
    /// Rotation, data and status of kiosk mode; unused in interactive mode.
    public var kiosk = KioskState()
    /// Screen-reader mode (`--screen-reader`): one pane at a time, no box drawing, the cursor on
    /// the selected row (see `Renderer.frame`). The kiosk ignores it.
    public var screenReader = false

    public init(mode: AppMode = .interactive, screen: Screen = .overview, size: Size, today: Day,
                framework: Framework, storeDescription: String = "") {
        self.mode = mode; self.screen = screen; self.size = size; self.today = today
        self.framework = framework; self.storeDescription = storeDescription
    }
}

/// How hopdash was started. Kiosk mode disables every binding that changes data.
public enum AppMode: Hashable, Sendable {
    case interactive
    case kiosk
}
