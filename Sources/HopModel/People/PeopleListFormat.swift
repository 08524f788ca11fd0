/// How a list of people is written for mail merge: CSV (one header line, then one line a
/// person) or a Markdown table under a heading. Written a page at a time, so an export of any
/// length holds one page in memory.
public enum PeopleListFormat: String, CaseIterable, Sendable {
    case csv, markdown

    /// What comes before the first person.
    public func opening(_ criterion: PeopleCriterion, profession: String, gradeCode: String?, today: Day) -> String {
        let headings = PersonRow.columnHeadings + [criterion.valueHeading, PersonRow.followUpHeading]
        switch self {
        case .csv:
            return CSVWriter.line(headings)
        case .markdown:
            let grade = gradeCode.map { ", grade \($0)" } ?? ""
            return "# " + MarkdownReport.escape("\(criterion.title): \(profession)\(grade), as of \(today.iso)") + "\n\n"
                + "| " + headings.map(MarkdownReport.escape).joined(separator: " | ") + " |\n"
                + "|" + String(repeating: " --- |", count: headings.count) + "\n"
        }
    }

    /// One page of people.
    public func lines(_ rows: [PersonRow]) -> String {
        var text = ""
        for row in rows {
            switch self {
            case .csv: text += CSVWriter.line(row.fields())
            case .markdown: text += "| " + row.fields().map { MarkdownReport.escape($0) }.joined(separator: " | ") + " |\n"
            }
        }
        return text
    }
}
