import Foundation
import Testing

/// A corpus of hostile strings (escape sequences that set the title, write the clipboard, clear
/// or reset the screen, switch character sets, query the terminal; C1 controls; DEL, backspace and
/// a lone carriage return; bidirectional overrides) planted in every text a command can print,
/// then every command that writes text run over it: nothing that drives a terminal comes out, on
/// standard output, standard error or in an --out file.
@Suite struct HostileOutputEndToEndTests {
    static let corpus = [
        "\u{1B}]0;title\u{07}", "\u{1B}]52;c;aGk=\u{07}", "\u{1B}[2J", "\u{1B}c", "\u{1B}(0", "\u{1B}P+q544e\u{1B}\\",
        "\u{9B}31m", "\u{9D}0;x\u{9C}", "\u{202E}evil", "\u{2066}iso", "\u{7F}", "\u{08}", "a\rb", "\u{00}", "\u{0B}\u{0C}",
    ].joined()

    /// Every scalar a terminal would act on, except line feeds, tabs and CR LF pairs.
    static func unsafe(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var found: [String] = []
        for (i, s) in scalars.enumerated() {
            let v = s.value
            let control = v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            if !control || s == "\n" || s == "\t" || (s == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n") { continue }
            found.append(String(format: "U+%04X at %d", v, i))
        }
        return found
    }

    private func sql(_ store: String, _ statement: String) throws {
        let run = try Shell.run("/usr/bin/env", ["sqlite3", "-cmd", ".timeout 5000", store, statement])
        #expect(run.status == 0, "\(statement): \(run.error)")
    }

    /// The corpus as an SQL text literal.
    private var hostile: String {
        "CAST(X'" + Self.corpus.utf8.map { String(format: "%02x", $0) }.joined() + "' AS TEXT)"
    }

    @Test func noCommandPrintsAControlCharacter() throws {
        let (directory, store) = try Paths.demoStore()
        let h = hostile
        try sql(store, """
            UPDATE profession SET name = name || \(h), head_name = \(h) || head_name, head_email = \(h), head_phone = \(h);
            UPDATE department SET name = name || \(h);
            UPDATE skill SET name = name || \(h);
            UPDATE staff SET name = name || \(h), post = \(h);
            UPDATE staff SET staff_number = staff_number || \(h) WHERE id = (SELECT MIN(id) FROM staff);
            UPDATE checklist_entry SET owner = \(h), evidence = \(h);
            UPDATE maturity_assessment SET assessor = \(h), rationale = \(h);
            UPDATE cpd_activity SET title = title || \(h), note = \(h);
            UPDATE qualification_held SET qualification = qualification || \(h);
            INSERT OR IGNORE INTO departmental_lead (profession_id, department_id, name, email, phone)
                SELECT p.id, d.id, \(h), \(h), \(h) FROM profession p, department d LIMIT 3;
            UPDATE critical_post SET title = title || \(h);
            UPDATE successor SET action = \(h);
            UPDATE grade SET name = name || \(h);
            """)
        let twin = directory + "/twin.sqlite"
        try FileManager.default.copyItem(atPath: store, toPath: twin)
        try sql(twin, "UPDATE department SET name = 'Other' || \(h)")
        let badCSV = directory + "/staff.csv"
        // Without letters or line breaks: a message quotes only such a cell (never what could be a name).
        let quotable = Self.corpus.unicodeScalars.filter { !Character($0).isLetter && !"\r\n\u{0B}\u{0C}\u{00}".unicodeScalars.contains($0) }
        let cell = "\"" + String(String.UnicodeScalarView(quotable)) + "\""
        try ("Staff number,Name,Grade,Department\nX1,Someone,\(cell),\(cell)\n").write(toFile: badCSV, atomically: false, encoding: .utf8)

        // The same corpus where a command takes it from its arguments, the environment or the
        // config file (no NUL: an argument cannot hold one).
        let argument = Self.corpus.replacingOccurrences(of: "\u{00}", with: "")
        let config = directory + "/config/hopdash"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        let tomlText = argument.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\"" || $0 == "\\"
            ? String(format: "\\u%04X", $0.value) : String($0) }.joined()
        try "user = \"\(tomlText)\"\n".write(toFile: config + "/config.toml", atomically: false, encoding: .utf8)
        let badConfig = directory + "/bad-config/hopdash"
        try FileManager.default.createDirectory(atPath: badConfig, withIntermediateDirectories: true)
        try "theme = \"\(tomlText)\"\n".write(toFile: badConfig + "/config.toml", atomically: false, encoding: .utf8)
        // A JSON export with the corpus where restore refuses it (a staff number over its limit)
        let json = directory + "/hostile.json"
        var document = try JSONSerialization.jsonObject(with: Data(Shell.run(Paths.binary, ["export", "--format", "json",
                                                                                             "--store", store]).output.utf8))
            as! [String: Any]
        var tables = document["tables"] as! [String: Any]
        var staff = tables["staff"] as! [String: Any]
        var rows = staff["rows"] as! [[Any]]
        rows[0][(staff["columns"] as! [String]).firstIndex(of: "staff_number")!] = Self.corpus + String(repeating: "9", count: 20)
        staff["rows"] = rows
        tables["staff"] = staff
        document["tables"] = tables
        try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: json))

        let out = directory + "/out.txt"
        let runs: [[String]] = [
            ["directory"], ["directory", "--format", "markdown"], ["directory", "--format", "csv"],
            ["directory", "--out", out],
            ["seminar"], ["seminar", "--format", "markdown"], ["seminar", "--out", out],
            ["report"], ["report", "--format", "html"], ["report", "--out", out],
            ["export", "--table", "staff"], ["export", "--table", "assessments"], ["export", "--table", "cpd"],
            ["export", "--table", "qualifications"], ["export", "--format", "json"], ["export", "--table", "staff", "--out", out],
            ["snapshot"], ["snapshot", "--screen", "profession"], ["snapshot", "--screen", "departments"],
            ["import", "staff", badCSV], ["import", "staff", badCSV, "--dry-run"],
            ["collate", store, twin, "--into", directory + "/c.sqlite"],
            ["export", "--table", "critical-posts"],
            ["people", "--profession", "COMMS", "--who", "never-assessed", "--user", argument],
            ["people", "--profession", "COMMS", "--who", "never-assessed", "--format", "markdown"],
            ["people", "--profession", "COMMS", "--who", "never-assessed", "--out", out],
            ["people", "--profession", "COMMS", "--who", "below:" + argument],
            ["access-log"],
            ["config", "--show", "--user", argument],
            ["config", "--show", "XDG_CONFIG_HOME=" + directory + "/config"],
            ["config", "--show", "XDG_CONFIG_HOME=" + directory + "/bad-config"],
            ["restore", json, "--store", directory + "/restored.sqlite"],
        ]
        // Commands that refuse the planted text without quoting it (restore names the row's path).
        let quoteNothing: Set<String> = ["restore"]
        var silent: [String] = []
        for arguments in runs {
            try? FileManager.default.removeItem(atPath: out)
            let environment = arguments.filter { $0.hasPrefix("XDG_CONFIG_HOME=") }
            let plain = arguments.filter { !$0.hasPrefix("XDG_CONFIG_HOME=") }
            let ownStore = ["collate", "restore"].contains(plain[0]) || plain.contains("--store")
            let withStore = ownStore ? plain : plain + ["--store", store]
            var variables = ProcessInfo.processInfo.environment
            for setting in environment { variables["XDG_CONFIG_HOME"] = String(setting.dropFirst("XDG_CONFIG_HOME=".count)) }
            let run = try Shell.run(Paths.binary, withStore, environment: variables)
            let file = arguments.contains(out) ? ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "") : ""
            for (stream, text) in [("stdout", run.output), ("stderr", run.error), ("--out", file)] {
                let found = Self.unsafe(in: text)
                #expect(found.isEmpty, "\(arguments) \(stream): \(found.prefix(5))")
            }
            // The planted text reached the output replaced, escaped (JSON) or refused by name (import).
            let all = run.output + run.error + file
            if !quoteNothing.contains(plain[0]),
               !all.contains("\u{FFFD}") && !all.contains("\\u001b") && !all.contains("holds the control character U+001B") {
                silent.append(arguments.joined(separator: " "))
            }
        }
        print("hostile output: \(runs.count) commands, the planted text not shown by: \(silent)")
        #expect(silent.isEmpty)
    }
}
