import Testing
import TerminalUI
@testable import HopApp

@Test func dumpScreens() {
    for keys: [Key] in [[.char("j"), .enter], [.char("j"), .enter, .char("2"), .enter], [.char("j"), .enter, .char("3"), .enter], [.char("j"), .enter, .enter]] {
        let (_, backend) = run(keys)
        print(backend.screen.picture)
    }
    let (_, backend) = run([.char("j"), .enter], size: Size(width: 120, height: 40))
    print(backend.screen.picture)
}
