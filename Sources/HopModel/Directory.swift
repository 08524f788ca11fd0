import Foundation

/// A profession's lead in one department, with the department's name.
public struct DirectoryLead: Hashable, Sendable {
    public var lead: DepartmentalLead
    public var department: String

    public init(lead: DepartmentalLead, department: String) { self.lead = lead; self.department = department }
}

public struct DirectoryEntry: Hashable, Sendable {
    public var profession: Profession
    /// By department name.
    public var leads: [DirectoryLead]

    public init(profession: Profession, leads: [DirectoryLead]) { self.profession = profession; self.leads = leads }
}

/// Every profession's head and departmental leads with their contact details (principle 2.2),
/// by profession name: the directory screen and `hopdash directory`.
public struct Directory: Hashable, Sendable {
    public var entries: [DirectoryEntry]

    public init(entries: [DirectoryEntry]) { self.entries = entries }

    /// Entries where the profession, a person, a department, an email or a phone number
    /// contains `needle` (ignoring case). A profession matching keeps all its leads; otherwise
    /// only the matching leads are kept.
    public func filtered(_ needle: String) -> Directory {
        let needle = needle.lowercased().trimmingCharacters(in: .whitespaces)
        guard !needle.isEmpty else { return self }
        func matches(_ texts: String...) -> Bool { texts.contains { $0.lowercased().contains(needle) } }
        return Directory(entries: entries.compactMap { entry in
            let p = entry.profession
            if matches(p.name, p.code, p.headName, p.headEmail, p.headPhone) { return entry }
            let leads = entry.leads.filter { matches($0.lead.name, $0.department, $0.lead.email, $0.lead.phone) }
            return leads.isEmpty ? nil : DirectoryEntry(profession: p, leads: leads)
        })
    }

    private static func contact(_ name: String, _ email: String, _ phone: String) -> String {
        ([name.isEmpty ? "not recorded" : name] + [email, phone].filter { !$0.isEmpty }).joined(separator: ", ")
    }

    /// Plain text: a profession per paragraph, every stored text on its own line (`SafeText.line`).
    public func textLines() -> [String] {
        var lines: [String] = []
        let e = SafeText.line
        for entry in entries {
            let p = entry.profession
            if !lines.isEmpty { lines.append("") }
            lines.append(e("\(p.name) (\(p.code))"))
            lines.append("  Head of profession: " + e(Directory.contact(p.headName, p.headEmail, p.headPhone)))
            for lead in entry.leads {
                lines.append("  Lead, \(e(lead.department)): " + e(Directory.contact(lead.lead.name, lead.lead.email, lead.lead.phone)))
            }
        }
        return lines
    }

    /// Markdown for an intranet page: a heading per profession, a list of contacts.
    public func markdownLines() -> [String] {
        var lines = ["# Heads of profession and departmental leads"]
        for entry in entries {
            let p = entry.profession
            let e = MarkdownReport.escape
            lines += ["", "## " + e("\(p.name) (\(p.code))"), "",
                      "- **Head of profession**: " + e(Directory.contact(p.headName, p.headEmail, p.headPhone))]
            for lead in entry.leads {
                lines.append("- **Lead, " + e(lead.department) + "**: " + e(Directory.contact(lead.lead.name, lead.lead.email, lead.lead.phone)))
            }
        }
        return lines
    }

    public enum Format: String, CaseIterable, Sendable { case text, markdown, csv }

    /// The whole directory in `format`, ending with a line break.
    public func rendered(_ format: Format) -> String {
        switch format {
        case .text: textLines().map { $0 + "\n" }.joined()
        case .markdown: markdownLines().map { $0 + "\n" }.joined()
        case .csv: csvLines().joined()
        }
    }

    /// CSV, a row per person (each ending CRLF): profession, code, role, department, name,
    /// email, phone.
    public func csvLines() -> [String] {
        var lines = [CSVWriter.line(["Profession", "Code", "Role", "Department", "Name", "Email", "Phone"])]
        for entry in entries {
            let p = entry.profession
            lines.append(CSVWriter.line([p.name, p.code, "Head of profession", "", p.headName, p.headEmail, p.headPhone]))
            for lead in entry.leads {
                lines.append(CSVWriter.line([p.name, p.code, "Departmental lead", lead.department, lead.lead.name,
                                             lead.lead.email, lead.lead.phone]))
            }
        }
        return lines
    }
}
