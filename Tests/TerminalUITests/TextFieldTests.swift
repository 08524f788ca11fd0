import Testing
@testable import TerminalUI

/// Editing by grapheme cluster; drawing by display width.
@Suite struct TextFieldTests {
    @Test func cursorMovesByClusterOverAccentsCJKAndEmoji() {
        // "e" + combining acute, a CJK character, a ZWJ family, a flag: four clusters.
        var field = TextField("e\u{301}漢👨‍👩‍👧🇬🇧")
        #expect(field.cursor == 4)
        field.left()
        field.backspace()  // removes the whole family
        #expect(field.text == "e\u{301}漢🇬🇧")
        field.home()
        field.delete()     // removes e + accent together
        #expect(field.text == "漢🇬🇧")
        field.end()
        field.insert("x")
        #expect(field.text == "漢🇬🇧x")
        #expect(field.cursor == 3)
    }

    @Test func aCombiningMarkTypedAfterALetterJoinsIt() {
        var field = TextField("cafe")
        field.insert("\u{301}")
        #expect(field.text == "café")
        #expect(field.text.count == 4)
        #expect(field.cursor == 4)
        field.backspace()
        #expect(field.text == "caf")
    }

    @Test func controlCharactersAreRefusedAndLengthIsCapped() {
        var field = TextField("", maxLength: 3)
        for c in "a\u{1B}b\u{7}c\td" { field.insert(c) }
        #expect(field.text == "abc")
    }

    @Test func keysEdit() {
        var field = TextField("ab")
        var handled: [Bool] = []
        for key: Key in [.left, .char("X")] { handled.append(field.handle(key)) }
        #expect(field.text == "aXb")
        for key: Key in [.home, .delete, .end, .backspace] { handled.append(field.handle(key)) }
        #expect(field.text == "X")
        handled.append(field.handle(.tab))
        #expect(handled == [true, true, true, true, true, true, false])
    }

    @Test func visibleWindowScrollsByDisplayWidth() {
        // Ten CJK characters are twenty columns; a 9-column field shows four and the cursor cell.
        var field = TextField("一二三四五六七八九十")
        var view = field.visible(width: 9)
        #expect(view.text == "七八九十")
        #expect(view.cursorColumn == 8)
        #expect(DisplayWidth.of(view.text) <= 9)
        field.home()
        view = field.visible(width: 9)
        #expect(view.text == "一二三四")
        #expect(view.cursorColumn == 0)
        field.right(); field.right()
        view = field.visible(width: 9)
        #expect(view.cursorColumn == 4)
    }

    @Test func renderPlacesTheCursorAfterWideCharacters() {
        var buffer = Buffer(size: Size(width: 12, height: 1))
        var field = TextField("漢字ab")
        field.left()
        let at = field.render(x: 1, y: 0, width: 10, style: .plain, buffer: &buffer)
        #expect(at.x == 1 + 5)
        #expect(buffer.lines[0] == " 漢字ab     ")
    }

    @Test func wrappingKeepsTheCursorOnItsRow() {
        var field = TextField("abcdefghij")
        var wrapped = field.wrapped(width: 5)
        #expect(wrapped.lines == ["abcd", "efgh", "ij"])
        #expect(wrapped.cursorLine == 2)
        #expect(wrapped.cursorColumn == 2)
        field.home(); field.right(); field.right(); field.right(); field.right()
        wrapped = field.wrapped(width: 5)
        #expect(wrapped.cursorLine == 1)
        #expect(wrapped.cursorColumn == 0)
        // A wide character never straddles a row end.
        wrapped = TextField("ab漢字").wrapped(width: 5)
        #expect(wrapped.lines == ["ab漢", "字"])
    }
}
