import XCTest
@testable import TerminalUI

/// Big figures at a larger scale: every half block an n×n square of half blocks (in ASCII, "#").
final class BigTextScaleTests: XCTestCase {
    func testScaleTwoDoublesEveryHalfBlock() {
        // "1" is ["▀█ ", " █ ", "▀▀▀"]: each row's top and bottom halves become two rows each.
        XCTAssertEqual(BigText.lines("1", scale: 2), ["████  ", "  ██  ", "  ██  ", "  ██  ", "██████", "      "])
        XCTAssertEqual(BigText.lines("1", unicode: false, scale: 2), ["####  ", "  ##  ", "  ##  ", "  ##  ", "######", "      "])
        XCTAssertEqual(BigText.height(scale: 2), 6)
        XCTAssertEqual(BigText.width("47%", scale: 2), 2 * BigText.width("47%"))
        // Scale 1 is the three-row font, seven-segment in ASCII.
        XCTAssertEqual(BigText.lines("1", unicode: false, scale: 1), BigText.lines("1", unicode: false))
    }

    func testAnOddScaleKeepsHalfBlocksInUnicode() {
        // At 3 a half block is three half rows: one full cell and a half one.
        let blank = String(repeating: " ", count: 9)
        XCTAssertEqual(BigText.lines("-", scale: 3), [blank, blank, blank, String(repeating: "█", count: 9),
                                                      String(repeating: "▀", count: 9), blank, blank, blank, blank])
    }

    func testTheScaleChosenIsTheLargestThatFits() {
        // "47%" is 12 columns at scale 1: 36 at 3, 48 at 4.
        XCTAssertEqual(BigText.scale("47%", width: 40, rows: 20, limit: 4), 3)
        XCTAssertEqual(BigText.scale("47%", width: 60, rows: 9, limit: 4), 3)
        XCTAssertEqual(BigText.scale("47%", width: 60, rows: 20, limit: 2), 2)
        XCTAssertEqual(BigText.scale("47%", width: 5, rows: 2, limit: 4), 1)
    }
}
