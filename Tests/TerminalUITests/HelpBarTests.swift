import XCTest
@testable import TerminalUI

final class HelpBarTests: XCTestCase {
    func testItemsAreKeptByRankAndShownInTheirOwnOrder() {
        let items = [HintItem(key: "n", label: "New", rank: 2), HintItem(key: "Tab", label: "Pane", rank: 1),
                     HintItem(key: "o", label: "Overview", rank: 3), HintItem(key: "?", label: "Help", rank: 0)]
        // Widths: 7, 10, 12, 8 (key, space, label, two spaces).
        XCTAssertEqual(HelpBar.fitting(items, width: 37).map(\.key), ["n", "Tab", "o", "?"])
        XCTAssertEqual(HelpBar.fitting(items, width: 26).map(\.key), ["n", "Tab", "?"])
        XCTAssertEqual(HelpBar.fitting(items, width: 19).map(\.key), ["Tab", "?"])
        // A lower-ranked item that still fits is kept after a higher one that did not.
        XCTAssertEqual(HelpBar.fitting(items, width: 16).map(\.key), ["n", "?"])
    }
}
