import GRDB
import HopModel

/// `CPDRule` in SQL, for the summaries and for any read that sorts people by CPD category:
/// the same months and the same integer comparison, so that a list of people in a category
/// holds exactly the people the dashboard counts in it.
public enum CPDRuleSQL {
    /// `CPDRule.startMonth(joined:)`: whole months of the cycle (named by the year it starts,
    /// from the 1st of `cycleStartMonth`) gone before a member who joined on `joined` (a
    /// `YYYY-MM-DD` column, or NULL) owes CPD, 0...12.
    public static func startMonth(joined: String, cycleYear: String, cycleStartMonth: String) -> String {
        """
        CASE WHEN \(joined) IS NULL THEN 0 ELSE MAX(0, MIN(\(CPDRule.monthsPerCycle),
            (CAST(substr(\(joined), 1, 4) AS INTEGER) - \(cycleYear)) * 12
            + CAST(substr(\(joined), 6, 2) AS INTEGER) - \(cycleStartMonth)
            + (substr(\(joined), 9, 2) <> '01'))) END
        """
    }

    /// A member's full-time equivalent in hundredths (absent: full time).
    public static func fte(_ column: String) -> String {
        "COALESCE(\(column), \(FullTimeEquivalent.fullTime.hundredths))"
    }

    /// `CPDRule.coveredDays(minutes:startMonth:fte:)` as a call of `coveredDaysFunction` (every
    /// store connection has it): the rule itself, not a copy of it in SQL, for the CPD summaries.
    /// The arguments are expressions: minutes (> 0), the cycle's year and start month, the
    /// hours it requires, the member's start month and full-time equivalent in hundredths.
    public static func coveredDays(minutes: String, cycleYear: String, cycleStartMonth: String, hoursPerCycle: String,
                                   startMonth: String, fteHundredths: String) -> String {
        "\(coveredDaysFunction.name)(\(minutes), \(cycleYear), \(cycleStartMonth), \(hoursPerCycle), \(startMonth), \(fteHundredths))"
    }

    /// `coveredDays` as an SQL function of six integers. A value the rule cannot take (a month
    /// or a working pattern out of range, a NULL) is an error, so the write that met it fails.
    static let coveredDaysFunction = DatabaseFunction("hopdash_cpd_covered_days", argumentCount: 6, pure: true) { values in
        let numbers = values.map { Int.fromDatabaseValue($0) }
        guard case let (minutes?, year?, month?, hours?, startMonth?, hundredths?) =
                (numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5]),
              (1...12).contains(month), (0...CPDRule.monthsPerCycle).contains(startMonth), hours >= 0,
              let fte = FullTimeEquivalent(hundredths: hundredths)
        else { throw DatabaseError(message: "hopdash_cpd_covered_days: arguments out of range: \(values)") }
        let rule = CPDRule(requirement: CPDRequirement(professionId: 0, hoursPerCycle: hours, cycleStartMonth: month),
                           cycleYear: year, today: Day.earliest)
        return rule.coveredDays(minutes: minutes, startMonth: startMonth, fte: fte)
    }

    /// `CPDRule.category(minutes:joined:fte:)` as the category's raw value, for members of a
    /// profession whose cycle and day `rule` describes. `minutes`, `joined` and `fte` are
    /// expressions (the counted minutes logged in the cycle, which may be NULL for none; the
    /// staff columns); the arguments are those of the `?` in the text, in order.
    public static func category(_ rule: CPDRule, minutes: String, joined: String,
                                fte: String) -> (sql: String, arguments: StatementArguments) {
        let months = 0...CPDRule.monthsPerCycle
        // Only numbers the rule computed are written into the text, so it binds nothing and
        // fits statements with named arguments as well as positional ones.
        let start = startMonth(joined: joined, cycleYear: String(rule.cycleStart.year),
                               cycleStartMonth: String(rule.cycleStart.month))
        let memberDays = "[" + months.map { String(rule.memberDays(startMonth: $0)) }.joined(separator: ",") + "]"
        let elapsed = "[" + months.map { String(rule.elapsedDays(startMonth: $0)) }.joined(separator: ",") + "]"
        let scale = 100 * rule.cycleDays
        let owedPerDay = "\(rule.requiredMinutes) * \(Self.fte(fte))"
        let sql = """
            CASE WHEN COALESCE(\(minutes), 0) <= 0 THEN '\(CPDReport.Category.noneLogged.rawValue)'
                 WHEN \(minutes) * \(scale) >= \(owedPerDay) * json_extract('\(memberDays)', '$[' || (\(start)) || ']')
                     THEN '\(CPDReport.Category.completed.rawValue)'
                 WHEN \(minutes) * \(scale) >= \(owedPerDay) * json_extract('\(elapsed)', '$[' || (\(start)) || ']')
                     THEN '\(CPDReport.Category.onTrack.rawValue)'
                 ELSE '\(CPDReport.Category.behind.rawValue)' END
            """
        return (sql, [])
    }
}
