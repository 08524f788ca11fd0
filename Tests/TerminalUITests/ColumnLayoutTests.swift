import XCTest
@testable import TerminalUI

/// Allocations worked by hand (the arithmetic is in each test's comment).
final class ColumnLayoutTests: XCTestCase {
    /// The overview's shape: a name (share 2, up to 40), figures, a text column (share 1, up to 50).
    let overview: [ColumnSpec] = [ColumnSpec("Profession", min: 12, preferred: 20, share: 2, max: 40), .fixed("Staff", 6)]
        + (0..<5).map { _ in ColumnSpec.fixed("", 2) }
        + [.fixed("Check", 5), .fixed("CPD", 5), ColumnSpec("Largest skill gap", min: 17, preferred: 22, share: 1, max: 50)]

    func testOverviewAt80() {
        // 78 inside the border, 9 gaps: 69. Mins 12+6+10+5+5+17 = 55, 14 left. Towards the
        // preferred widths: name 14·2/3 = 9, capped at +8; gap 14/3 = 4; then the gap's last
        // +1. One cell left goes to the larger share: the name, 21.
        XCTAssertEqual(ColumnLayout.widths(overview, width: 78), [21, 6, 2, 2, 2, 2, 2, 5, 5, 22])
    }

    func testOverviewAt200() {
        // 198 - 9 = 189; 134 past the mins; +8 and +5 reach the preferences (121 left); then
        // name 121·2/3 = 80 capped at 40, gap 40 capped at 50: 73 cells stay blank.
        XCTAssertEqual(ColumnLayout.widths(overview, width: 198), [40, 6, 2, 2, 2, 2, 2, 5, 5, 50])
    }

    /// The directory's shape: role and name (share 1, capped), e-mail (share 2, no cap), phone.
    let directory = [ColumnSpec("Profession / dept.", min: 10, preferred: 19, share: 1, max: 44),
                     ColumnSpec("Name", min: 4, preferred: 18, share: 1, max: 32),
                     ColumnSpec("Email", min: 5, preferred: 20, share: 2), ColumnSpec.fixed("Phone", 13, alignRight: false)]

    func testDirectoryAt80() {
        // Role's min is its header's 18. 78 - 3 = 75; mins 40, 35 left. Round one (shares
        // 1:1:2 of 35): role +8 capped +1, name +8, email +17 capped +15; 11 left: name +6
        // to 18. 5 left past the preferences: 5/4 = 1, 1, 10/4 = 2, the last cell to the
        // e-mail (largest share).
        XCTAssertEqual(ColumnLayout.widths(directory, width: 78), [20, 19, 23, 13])
    }

    func testDirectoryAt200() {
        // 195 - 40 = 155: preferences cost 1 + 14 + 15 (125 left); then role +31 capped at 44,
        // name +31 capped at 32, e-mail +62; the 24 left all go to the e-mail: 106.
        XCTAssertEqual(ColumnLayout.widths(directory, width: 198), [44, 32, 106, 13])
    }

    func testFillSpreadsWhatNoColumnMayTakeOverTheTextColumnsByShare() {
        let overview200 = [40, 6, 2, 2, 2, 2, 2, 5, 5, 50]
        // As at 200 above, 73 cells left past the maxima; with fill they go 2:1 to the name
        // and the gap column: 73·2/3 = 48, 73/3 = 24, the last cell to the larger share.
        XCTAssertEqual(ColumnLayout.widths(overview, width: 198, fill: true), [89, 6, 2, 2, 2, 2, 2, 5, 5, 74])
        XCTAssertEqual(ColumnLayout.widths(overview, width: 198), overview200)
        // Where the maxima take all the room, fill changes nothing.
        XCTAssertEqual(ColumnLayout.widths(overview, width: 78, fill: true), ColumnLayout.widths(overview, width: 78))
    }

    func testTextColumnsGiveWayFirstThenColumnsDropFromTheRight() {
        let specs = [ColumnSpec.fixed("A", 10), ColumnSpec("B", min: 20, share: 1), ColumnSpec.fixed("C", 10)]
        // 30 - 2 = 28 against 40 of mins: the text column gives 12.
        XCTAssertEqual(ColumnLayout.widths(specs, width: 30), [10, 8, 10])
        // 15 - 2 = 13: the text column goes down to 1 (8 still over), then C and its gap go.
        XCTAssertEqual(ColumnLayout.widths(specs, width: 15), [10, 1, 0])
    }

    func testAHeaderIsNeverCutBelowItsOwnWidth() {
        let spec = ColumnSpec("Need at SCS1", min: 4, preferred: 6, max: 8)
        XCTAssertEqual([spec.min, spec.preferred, spec.max], [12, 12, 12])
        XCTAssertEqual(ColumnLayout.widths([spec, ColumnSpec("Note", min: 4, share: 1)], width: 40), [12, 27])
        // A preference past the maximum stops at the maximum (a column as wide as its values).
        XCTAssertEqual(ColumnSpec.text("Who", min: 4, preferred: 12, values: ["jo.editor"]).preferred, 9)
    }

    func testCutCellsEndInAnEllipsisAndTheDetailGivesThemWhole() {
        let columns = ColumnLayout.columns([ColumnSpec("Name", min: 6), .fixed("N", 3)], width: 10)
        XCTAssertEqual(ColumnLayout.line(["Corvane Thistledale", "12"], columns), "Corva…  12")
        XCTAssertEqual(ColumnLayout.detail(["Corvane Thistledale", "12"], columns), "Name: Corvane Thistledale")
        XCTAssertNil(ColumnLayout.detail(["Corvan", "12"], columns))
    }

    /// A column of counts is as wide as its widest, never narrower than asked: one department's
    /// counts keep the six cells, the whole service's seven-character count gets seven.
    func testFiguresFitTheWidestFigure() {
        XCTAssertEqual(ColumnSpec.figures("Staff", min: 6, values: ["4,812", "193"]).min, 6)
        XCTAssertEqual(ColumnSpec.figures("Staff", min: 6, values: ["1,823", "329,579"]).min, 7)
        XCTAssertEqual(ColumnSpec.figures("Staff", min: 6, values: []).min, 6)
        let columns = ColumnLayout.columns([ColumnSpec("Name", min: 4, share: 1), .figures("Staff", min: 6, values: ["329,579"])], width: 20)
        XCTAssertEqual(ColumnLayout.line(["Operational Delivery", "329,579"], columns), "Operational… 329,579")
    }
}
