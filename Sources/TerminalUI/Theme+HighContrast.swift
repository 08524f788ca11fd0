extension Theme {
    /// For projectors and low vision: nothing dim, every role bold or reversed, colours only
    /// the bright primaries. Without colour (NO_COLOR) it keeps its attributes.
    public static let highContrast = Theme(
        text: .plain, muted: .plain, title: .bold, border: Style(foreground: .white, bold: true),
        focusedBorder: Style(foreground: .yellow, bold: true), selection: Style(bold: true, reverse: true),
        good: Style(foreground: .green, bold: true), warning: Style(foreground: .yellow, bold: true, underline: true),
        bad: Style(foreground: .red, bold: true, reverse: true), accent: Style(foreground: .white, bold: true),
        helpKey: Style(foreground: .yellow, bold: true, reverse: true), unicode: true)
}
