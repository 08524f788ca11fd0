import Foundation
import Testing
import HopApp
import TerminalUI

/// Every screen of the demo as a terminal without UTF-8 draws it (`Theme.ascii()`, as under
/// `LANG=C`), at the sizes every screen is designed for: compared with its picture
/// (`NAME.ascii.WxH.txt`) and made of ASCII only, box edges in line.
@Suite struct AsciiScreenTests {
    typealias Screen = ScreenPictureTests.Screen

    @Test(arguments: Screen.allCases, ScreenPictureTests.designSizes)
    func asciiPicture(of screen: Screen, at size: Size) {
        let buffer = ScreenPictureTests.draw(screen, at: size, theme: Theme.monochrome.ascii())
        let lines = buffer.lines
        for line in lines where !line.unicodeScalars.allSatisfy(\.isASCII) {
            Issue.record("\(screen.rawValue) at \(size.width)x\(size.height) draws more than ASCII: \(line)")
        }
        // Every row is exactly the terminal's width, so a right-hand box edge stays in its column.
        #expect(lines.allSatisfy { $0.count == size.width })
        Picture.expect(buffer, is: screen.rawValue + ".ascii")
    }
}
