/// The HTML report's charts as inline SVG: no scripts, fonts or images. Each has a `<title>`
/// and an `aria-label` saying what it shows in words, and every figure is also printed as text
/// beside its mark, so neither colour nor the picture carries meaning alone.
public enum ReportCharts {
    public struct Bar: Hashable, Sendable {
        public var label: String
        /// 0...1; nil draws an empty bar (no figure, or withheld).
        public var fraction: Double?
        /// The figure in words, printed after the bar: "3 of 5 (60%)", "<5 (n/a)".
        public var value: String

        public init(label: String, fraction: Double?, value: String) {
            self.label = label; self.fraction = fraction; self.value = value
        }
    }

    static let width = 360
    /// A full bar, in the SVG's units: a bar's length is its share to 1/220.
    public static let barWidth = 220
    static let rowHeight = 34

    /// Horizontal bars, one row per figure: the label above, the bar, the figure after it.
    public static func bars(_ bars: [Bar], title: String) -> String {
        let height = max(1, bars.count) * rowHeight + 4
        let summary = title + ": " + bars.map { "\($0.label) \($0.value)" }.joined(separator: "; ")
        var out = open(width: width, height: height, label: summary, title: title)
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight
            let filled = Int((Double(barWidth) * min(1, max(0, bar.fraction ?? 0))).rounded())
            out += "<text x=\"0\" y=\"\(y + 12)\" class=\"label\">\(HTMLText.escape(bar.label))</text>"
            out += "<rect x=\"0\" y=\"\(y + 17)\" width=\"\(barWidth)\" height=\"12\" class=\"track\" />"
            if filled > 0 {
                out += "<rect x=\"0\" y=\"\(y + 17)\" width=\"\(filled)\" height=\"12\" class=\"fill\" />"
            }
            out += "<text x=\"\(barWidth + 6)\" y=\"\(y + 28)\" class=\"value\">\(HTMLText.escape(bar.value))</text>"
        }
        return out + "</svg>"
    }

    /// A step chart of one area's maturity history on the 1-5 scale, oldest left; points are
    /// evenly spaced (one per assessment) and marked with their level.
    public static func maturityTrend(_ line: ProfessionReport.MaturityLine, levels: Int) -> String {
        let w = 170, h = 56, left = 10, right = 14, top = 10, bottom = 8
        let label = "\(line.area.name): " + ReportWording.history(line)
        var out = open(width: w, height: h, label: label, title: label)
        let scale = max(1, levels - 1)
        func y(_ level: Int) -> Int { top + (h - top - bottom) * (levels - min(max(1, level), levels)) / scale }
        for level in 1...max(1, levels) {
            out += "<line x1=\"\(left)\" y1=\"\(y(level))\" x2=\"\(w - right)\" y2=\"\(y(level))\" class=\"grid\" />"
        }
        let points = line.history
        guard !points.isEmpty else {
            return out + "<text x=\"\(left)\" y=\"\(h / 2 + 4)\" class=\"label\">no assessment yet</text></svg>"
        }
        let step = points.count > 1 ? (w - left - right) / (points.count - 1) : 0
        func x(_ i: Int) -> Int { points.count > 1 ? left + i * step : (w - left - right) / 2 + left }
        var path: [String] = []
        for (i, point) in points.enumerated() {
            if i > 0 { path.append("\(x(i)),\(y(points[i - 1].level))") }
            path.append("\(x(i)),\(y(point.level))")
        }
        if points.count > 1 { out += "<polyline points=\"\(path.joined(separator: " "))\" class=\"step\" />" }
        for (i, point) in points.enumerated() {
            out += "<circle cx=\"\(x(i))\" cy=\"\(y(point.level))\" r=\"3\" class=\"point\" />"
            out += "<text x=\"\(x(i) + 4)\" y=\"\(max(9, y(point.level) - 3))\" class=\"tiny\">\(point.level)</text>"
        }
        return out + "</svg>"
    }

    /// A figure over time: a line through each day kept and today, spaced by date, the first and
    /// last values printed; the whole series in words in its label.
    public static func trend(_ trend: FigureTrend) -> String {
        let w = 220, h = 60, left = 8, right = 40, top = 8, bottom = 14
        let label = "\(trend.figure.label): " + trend.words
        var out = open(width: w, height: h, label: label, title: label)
        let values = trend.points.map(\.value)
        let low = min(values.min()!, trend.figure == .maturity ? 1 : 0), high = max(values.max()!, trend.figure == .maturity ? 5 : 100)
        let first = trend.points.first!.day.ordinal, span = max(1, trend.points.last!.day.ordinal - first)
        func x(_ day: Day) -> Int { left + (w - left - right) * (day.ordinal - first) / span }
        func y(_ v: Double) -> Int { top + Int(Double(h - top - bottom) * (high - v) / max(1e-9, high - low)) }
        out += "<line x1=\"\(left)\" y1=\"\(h - bottom)\" x2=\"\(w - right)\" y2=\"\(h - bottom)\" class=\"grid\" />"
        out += "<polyline points=\"" + trend.points.map { "\(x($0.day)),\(y($0.value))" }.joined(separator: " ") + "\" class=\"step\" />"
        for point in trend.points { out += "<circle cx=\"\(x(point.day))\" cy=\"\(y(point.value))\" r=\"2\" class=\"point\" />" }
        func text(_ v: Double) -> String { trend.figure == .maturity ? String(format: "%.1f", v) : "\(Int(v.rounded()))%" }
        out += "<text x=\"\(w - right + 4)\" y=\"\(y(values.last!) + 4)\" class=\"tiny\">\(text(values.last!))</text>"
        out += "<text x=\"\(left)\" y=\"\(h - 2)\" class=\"tiny\">\(HTMLText.escape(FigureText.month(trend.points.first!.day)))</text>"
        return out + "</svg>"
    }

    static func open(width: Int, height: Int, label: String, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" "
            + "role=\"img\" aria-label=\"\(HTMLText.escape(label))\"><title>\(HTMLText.escape(title))</title>"
    }
}
