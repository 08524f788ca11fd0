/// The eight ANSI colours (plus the terminal's default). Meaning never rests on colour alone:
/// every widget that uses colour also prints a symbol or word.
public enum Color: UInt8, Hashable, Sendable, CaseIterable {
    case `default`, black, red, green, yellow, blue, magenta, cyan, white
}

public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(foreground: Color = .default, background: Color = .default, bold: Bool = false,
                reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.foreground = foreground; self.background = background; self.bold = bold
        self.reverse = reverse; self.underline = underline; self.dim = dim
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let reverse = Style(reverse: true)
    public static let dim = Style(dim: true)

    public func with(foreground: Color) -> Style { var s = self; s.foreground = foreground; return s }
    public func with(background: Color) -> Style { var s = self; s.background = background; return s }
    public func bolded() -> Style { var s = self; s.bold = true; return s }
    public func reversed() -> Style { var s = self; s.reverse = true; return s }

    /// The same style with colours removed, keeping attributes: what `NO_COLOR` and
    /// monochrome terminals draw.
    public var monochrome: Style { Style(bold: bold, reverse: reverse, underline: underline, dim: dim) }
}

/// Named roles so screens say what a thing is, not what colour it is.
public struct Theme: Hashable, Sendable {
    public var text: Style
    public var muted: Style
    public var title: Style
    public var border: Style
    public var focusedBorder: Style
    public var selection: Style
    public var good: Style
    public var warning: Style
    public var bad: Style
    public var accent: Style
    public var helpKey: Style
    /// When false, text symbols must use ASCII only (non-UTF-8 locale).
    public var unicode: Bool
    /// Screen-reader mode: boxes have no drawn border, and marks are words or nothing (`Symbols`).
    public var screenReader = false

    public init(text: Style, muted: Style, title: Style, border: Style, focusedBorder: Style, selection: Style,
                good: Style, warning: Style, bad: Style, accent: Style, helpKey: Style, unicode: Bool) {
        self.text = text; self.muted = muted; self.title = title; self.border = border
        self.focusedBorder = focusedBorder; self.selection = selection; self.good = good
        self.warning = warning; self.bad = bad; self.accent = accent; self.helpKey = helpKey
        self.unicode = unicode
    }

    public static let color = Theme(
        text: .plain, muted: .dim, title: .bold, border: Style(foreground: .blue),
        focusedBorder: Style(foreground: .cyan, bold: true), selection: .reverse,
        good: Style(foreground: .green), warning: Style(foreground: .yellow, bold: true),
        bad: Style(foreground: .red, bold: true), accent: Style(foreground: .cyan),
        helpKey: Style(foreground: .cyan, bold: true), unicode: true)

    /// No colour at all: attributes only.
    public static let monochrome = Theme.color.withoutColor()

    public func withoutColor() -> Theme {
        Theme(text: text.monochrome, muted: muted.monochrome, title: title.monochrome, border: border.monochrome,
              focusedBorder: focusedBorder.monochrome, selection: selection.monochrome, good: good.monochrome,
              warning: warning.monochrome, bad: bad.monochrome, accent: accent.monochrome,
              helpKey: helpKey.monochrome, unicode: unicode)
    }

    public func ascii() -> Theme { var t = self; t.unicode = false; return t }

    /// The same theme for a screen reader (see `screenReader`).
    public func forScreenReader() -> Theme { var t = self; t.screenReader = true; return t }
}
