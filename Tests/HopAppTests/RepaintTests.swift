import Testing
import HopApp
import TerminalUI

/// Ctrl-L repaints the whole screen: the runtime sends every cell and asks the terminal to
/// clear first, whatever is open.
@Suite struct RepaintTests {
    @Test func ctrlLAsksForARepaintWhateverIsOpen() {
        var state = Fixtures.loadedState()
        #expect(Reducer.reduce(&state, .command(.refresh)).first == .repaint)
        state.overlay = .help(HelpState())
        #expect(Reducer.reduce(&state, .command(.refresh)) == [.repaint])
        // Other commands do not repaint.
        #expect(!Reducer.reduce(&state, .command(.down)).contains(.repaint))
    }

    @Test func ctrlLSendsEveryCellAndInvalidatesTheTerminal() {
        let size = Size(width: 80, height: 24)
        let (runtime, backend) = run([], size: size)
        let cellsBefore = backend.cellsWritten
        let invalidationsBefore = backend.invalidations
        // An unchanged frame draws nothing...
        runtime.render()
        #expect(backend.cellsWritten == cellsBefore)
        // ...Ctrl-L sends the whole frame again, after telling the terminal to clear.
        let key = Keymap.key(for: .refresh)!
        #expect(key == .ctrl("l"))
        runtime.handle(.key(key))
        runtime.render()
        #expect(backend.invalidations == invalidationsBefore + 1)
        #expect(backend.cellsWritten == cellsBefore + size.width * size.height)
    }
}
