import Foundation
import Testing

/// Extreme arguments get a message and leave nothing behind; the ends of the supported days work.
@Suite struct ArgumentLimitsEndToEndTests {
    let directory: String
    let store: String

    init() throws {
        (directory, store) = try Paths.demoStore()
    }

    /// A signal (the old trap in `Day`) shows as a status above 128 or a "Fatal error".
    private func expectRefused(_ arguments: [String], _ message: String) throws {
        let run = try Shell.run(Paths.binary, arguments)
        #expect(run.status != 0 && run.status < 128, "\(arguments): status \(run.status)")
        #expect(run.error.contains(message), "\(arguments): \(run.error)")
        #expect(!run.error.contains("Fatal error"), "\(arguments)")
    }

    @Test func datesOutsideTheSupportedDaysAreRefusedEverywhere() throws {
        for today in ["9999-12-31", "0001-01-01", "3000-01-01", "1899-12-31"] {
            let message = "--today \"\(today)\" is not a day from 1900-01-01 to 2999-12-31"
            try expectRefused(["report", "--store", store, "--today", today], message)
            try expectRefused(["snapshot", "--store", store, "--today", today], message)
            let fresh = directory + "/fresh-\(today).sqlite"
            try expectRefused(["init", "--demo", "--store", fresh, "--today", today], message)
            #expect(!FileManager.default.fileExists(atPath: fresh))
        }
        let csv = directory + "/cpd.csv"
        try "Staff number,Date,Minutes,Type,Title\nX1,9999-12-31,60,Course,Late\nX1,31/12/0999,60,Course,Early\n"
            .write(toFile: csv, atomically: false, encoding: .utf8)
        let imported = try Shell.run(Paths.binary, ["import", "cpd", csv, "--store", store])
        #expect(imported.status != 0)
        #expect(imported.error.contains("cpd.csv:2:2: date \"9999-12-31\" is outside the days hopdash keeps; expected one from 1900-01-01 to 2999-12-31"),
                "\(imported.error)")
    }

    @Test func theFirstAndLastSupportedDaysWork() throws {
        for today in ["2999-12-31", "1900-01-01"] {
            for arguments in [["report", "--store", store], ["snapshot", "--store", store],
                              ["snapshot", "--screen", "profession", "--store", store]] {
                let run = try Shell.run(Paths.binary, arguments + ["--today", today])
                #expect(run.status == 0, "\(arguments) \(today): \(run.status) \(run.error)")
            }
            let fresh = directory + "/demo-\(today).sqlite"
            let created = try Shell.run(Paths.binary, ["init", "--demo", "--store", fresh, "--today", today])
            #expect(created.status == 0, "init \(today): \(created.status) \(created.error)")
        }
    }

    /// The command line reads dates as forms and imports do (`DayParser`): DD/MM/YYYY works,
    /// loose forms are refused (before, only YYYY-MM-DD was read here).
    @Test func theCommandLineReadsDatesAsFormsAndImportsDo() throws {
        let report = try Shell.run(Paths.binary, ["report", "--store", store, "--today", "14/07/2027"])
        #expect(report.status == 0, "\(report.error)")
        #expect(report.output.contains("Figures as of 14 Jul 2027."), "\(report.output.prefix(400))")
        for today in ["2026-2-3", "+1/+2/2026", "14/7/2027"] {
            try expectRefused(["report", "--store", store, "--today", today],
                              "--today \"\(today)\" is not a day from 1900-01-01 to 2999-12-31 in the form YYYY-MM-DD or DD/MM/YYYY.")
        }
    }

    @Test func sizesAndCountsHaveLimits() throws {
        try expectRefused(["snapshot", "--store", store, "--size", "100000x100000"],
                          "--size 100000x100000 is larger than hopdash draws: at most 1000 columns and 500 rows.")
        try expectRefused(["snapshot", "--store", store, "--size", "5000x5000"], "at most 1000 columns and 500 rows")
        let largest = try Shell.run(Paths.binary, ["snapshot", "--store", store, "--size", "1000x500"])
        #expect(largest.status == 0, "\(largest.error)")

        let generated = directory + "/generated.sqlite"
        try expectRefused(["generate", "--staff", "99999999999999", "--store", generated], "--staff must be from 1 to 5,100,000")
        #expect(!FileManager.default.fileExists(atPath: generated))
    }
}
