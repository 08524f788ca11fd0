/// The funding bid's figures and sentences as text, shared by its Markdown, HTML and CSV
/// renderings and the bid screen, so that a figure reads the same in each.
public enum BidWording {
    /// "Funding bid 2026-27: Policy (POL)".
    public static func title(_ bid: FundingBid) -> String {
        "Funding bid \(DevelopmentPlan.yearLabel(bid.year)): \(bid.professionName) (\(bid.professionCode))"
    }

    /// What the bid is built from: the plan kept, or the proposal, said plainly.
    public static func basis(_ bid: FundingBid) -> String {
        switch bid.basis {
        case .plan(let version):
            "From the development plan kept for \(DevelopmentPlan.yearLabel(bid.year)) (version \(version))."
        case .proposal:
            "PROPOSAL, NOT ACCEPTED: no development plan is kept for \(DevelopmentPlan.yearLabel(bid.year)); this is hopdash's "
                + "proposal. Accept or adjust it on the plan screen (P on the profession's dashboard) to bid for the plan."
        }
    }

    /// "£12,400", "[c]" when withheld.
    public static func money(_ pence: Int?) -> String { pence.map(LearningOffer.pounds) ?? Suppression.withheldLabel }

    /// A quarter's or a line's cost in a quarter column: blank when nothing is spent in it.
    public static func quarterMoney(_ sum: FundingBid.Sum) -> String {
        sum.costPence == 0 && sum.places == 0 ? "" : money(sum.costPence)
    }

    /// Places bid for: "12", "up to 16" (a small line in it), "[c]".
    public static func places(_ sum: FundingBid.Sum) -> String {
        guard let places = sum.places else { return Suppression.withheldLabel }
        return (sum.upTo ? "up to " : "") + FigureText.count(places)
    }

    /// A line's places: "12", "<5 (bid 4)", "[c]".
    public static func places(_ line: FundingBid.Line, _ rule: Suppression) -> String {
        switch line.places {
        case .shown(let n): FigureText.count(n)
        case .suppressed: "\(rule.label) (bid \(line.bidPlaces ?? FundingBid.smallBid(rule)))"
        case .withheld: Suppression.withheldLabel
        }
    }

    public static func gap(_ n: Suppression.Disclosed<Int>, _ rule: Suppression) -> String { FigureText.count(n, rule) }

    /// "Total bid £12,400 for up to 40 places: Q1 £3,100 · Q2 ...".
    public static func totals(_ bid: FundingBid) -> String {
        let total = bid.total
        let quarters = zip(DevelopmentPlan.quarterLabels, bid.quarters).map { "\($0) \(money($1.costPence))" }.joined(separator: " · ")
        return "Total bid \(money(total.costPence)) for \(places(total)) places. \(quarters)."
    }

    /// How the order is set, in one sentence.
    public static let priorityRule = "Priority: the skills with the most people below the level their grade requires come first "
        + "(then the highest level required, then by name); skills whose gap is not shown follow by name."

    /// The rules applied, for the foot of every rendering.
    public static func footnotes(_ bid: FundingBid) -> [String] {
        let rule = bid.rule
        var notes = [
            "Aggregates only: no one is named. \(rule.footnote)",
            "A place is a person the plan sends, and a place's price is in the catalogue, so a cost would say how many: a line "
                + "for fewer than \(rule.threshold) people is bid at \(FundingBid.smallBid(rule)) places (\"\(rule.label) (bid "
                + "\(FundingBid.smallBid(rule)))\"), so that every cost and total is exact without saying how many"
                + (bid.mostAbovePlan > 0 ? "; the bid is at most \(LearningOffer.pounds(bid.mostAbovePlan)) above the plan's own cost." : "."),
            "\"Closes\": the requirement levels the offer brings a learner up to, of those the skill's gap is below.",
        ]
        notes.append("\(bid.smallCount) count\(bid.smallCount == 1 ? "" : "s") printed as \"\(rule.label)\"; "
                     + "\(bid.withheldCount) further figure\(bid.withheldCount == 1 ? "" : "s") withheld (\"[c]\").")
        return notes
    }

    /// "Q1" for a line's quarter column header.
    public static let quarterHeaders = DevelopmentPlan.quarterLabels
}

/// The bid as Markdown: the same tables as the screen, every text escaped.
public enum BidMarkdown {
    public static func render(_ bid: FundingBid) -> String {
        var out = ["# " + MarkdownReport.escape(BidWording.title(bid)), ""]
        out.append((bid.basis == .proposal ? "**" : "") + MarkdownReport.escape(BidWording.basis(bid)) + (bid.basis == .proposal ? "**" : ""))
        out += ["", MarkdownReport.escape(BidWording.totals(bid)), "",
                "People below requirement in the profession: \(MarkdownReport.escape(BidWording.gap(bid.gap, bid.rule))).", ""]
        out += ["## By skill, in priority order", "", MarkdownReport.escape(BidWording.priorityRule), ""]
        out += MarkdownReport.table(BidRows.skillHeaders, right: BidRows.skillRight, BidRows.skillRows(bid))
        out += ["", "## By offer", ""]
        out += MarkdownReport.table(BidRows.offerHeaders, right: [2, 3, 4], BidRows.offerRows(bid))
        out += ["", "## By quarter", ""]
        out += MarkdownReport.table(["Quarter", "Places", "Cost"], right: [1, 2], BidRows.quarterRows(bid))
        out += [""] + BidWording.footnotes(bid).map { "- " + MarkdownReport.escape($0) } + [""]
        return out.joined(separator: "\n")
    }
}

/// The bid as one self-contained HTML page.
public enum BidHTML {
    public static func render(_ bid: FundingBid) -> String {
        func e(_ text: String) -> String { HTMLText.escape(text) }
        func table(_ headers: [String], right: [Int], _ rows: [[String]], bold: (Int) -> Bool = { _ in false }) -> String {
            let head = headers.enumerated().map { "<th\($0 > 0 && right.contains($0) ? " class=\"n\"" : "")>\(e($1))</th>" }.joined()
            let body = rows.enumerated().map { index, row in
                "<tr\(bold(index) ? " class=\"sum\"" : "")>" + row.enumerated().map { "<td\(right.contains($0) ? " class=\"n\"" : "")>\(e($1))</td>" }.joined() + "</tr>"
            }.joined(separator: "\n")
            return "<table>\n<thead><tr>\(head)</tr></thead>\n<tbody>\n\(body)\n</tbody>\n</table>"
        }
        let skillRows = BidRows.skillRows(bid)
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(e(BidWording.title(bid)))</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2em; color: #111; }
            table { border-collapse: collapse; margin: 1em 0; }
            th, td { border: 1px solid #999; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
            td.n, th.n { text-align: right; }
            tr.sum td { font-weight: bold; }
            .proposal { border: 3px solid #000; padding: 0.5em; font-weight: bold; }
            </style>
            </head>
            <body>
            <h1>\(e(BidWording.title(bid)))</h1>
            <p\(bid.basis == .proposal ? " class=\"proposal\"" : "")>\(e(BidWording.basis(bid)))</p>
            <p>\(e(BidWording.totals(bid)))</p>
            <p>People below requirement in the profession: \(e(BidWording.gap(bid.gap, bid.rule))).</p>
            <h2>By skill, in priority order</h2>
            <p>\(e(BidWording.priorityRule))</p>
            \(table(BidRows.skillHeaders, right: BidRows.skillRight, skillRows) { !skillRows[$0][0].isEmpty })
            <h2>By offer</h2>
            \(table(BidRows.offerHeaders, right: [2, 3, 4], BidRows.offerRows(bid)))
            <h2>By quarter</h2>
            \(table(["Quarter", "Places", "Cost"], right: [1, 2], BidRows.quarterRows(bid)))
            <ul>
            \(BidWording.footnotes(bid).map { "<li>\(e($0))</li>" }.joined(separator: "\n"))
            </ul>
            </body>
            </html>

            """
    }
}

/// The bid as CSV: one row per skill (its totals) followed by its lines, then the total; money
/// as pounds and pence ("1250.50"), which a spreadsheet reads as a number.
public enum BidCSV {
    public static let headers = ["priority", "skill", "people below requirement", "offer", "provider", "reaches level", "closes",
                                 "quarter", "places", "places bid", "price a place", "cost", "Q1", "Q2", "Q3", "Q4"]

    public static func render(_ bid: FundingBid) -> String {
        func money(_ pence: Int?) -> String {
            guard let pence else { return Suppression.withheldLabel }
            return "\(pence / 100).\(pence % 100 < 10 ? "0" : "")\(pence % 100)"
        }
        func quarterMoney(_ sum: FundingBid.Sum) -> String { sum.costPence == 0 && sum.places == 0 ? "" : money(sum.costPence) }
        func bidPlaces(_ sum: FundingBid.Sum) -> String { sum.places.map { String($0) } ?? Suppression.withheldLabel }
        var out = CSVWriter.line(headers)
        for skill in bid.skills {
            let sum = bid.sum(of: skill)
            out += CSVWriter.line([String(skill.priority), skill.name, BidWording.gap(skill.gap, bid.rule), "", "", "",
                                   skill.note ?? "", "", BidWording.places(sum), bidPlaces(sum), "", money(sum.costPence)]
                                  + bid.quarters(of: skill).map(quarterMoney))
            for line in skill.lines {
                let own = FundingBid.Sum([line])
                out += CSVWriter.line(["", skill.name, "", line.offer, line.provider, line.level.map { String($0) } ?? "",
                                       line.closes, "Q\(line.quarter)", BidWording.places(line, bid.rule), bidPlaces(own),
                                       line.pricePence.map { money($0) } ?? "", money(line.costPence)]
                                      + (1...4).map { $0 == line.quarter ? money(line.costPence) : "" })
            }
        }
        let total = bid.total
        out += CSVWriter.line(["", "Total", BidWording.gap(bid.gap, bid.rule), "", "", "", "", "", BidWording.places(total),
                               bidPlaces(total), "", money(total.costPence)] + bid.quarters.map(quarterMoney))
        return out
    }
}

/// The bid's tables as rows of text, for Markdown and HTML.
public enum BidRows {
    public static let skillHeaders = ["Priority", "Skill", "People below requirement", "Offer", "Reaches", "Closes", "Places",
                                      "Cost"] + DevelopmentPlan.quarterLabels
    public static let skillRight = [0, 2, 6, 7, 8, 9, 10, 11]

    /// Each skill's row (its totals), its lines under it, then the total.
    public static func skillRows(_ bid: FundingBid) -> [[String]] {
        var rows: [[String]] = []
        for skill in bid.skills {
            let sum = bid.sum(of: skill)
            rows.append([String(skill.priority), skill.name, BidWording.gap(skill.gap, bid.rule), skill.note ?? "", "", "",
                         BidWording.places(sum), BidWording.money(sum.costPence)] + bid.quarters(of: skill).map(BidWording.quarterMoney))
            for line in skill.lines {
                rows.append(["", "", "", line.offer + (line.provider.isEmpty ? "" : " (\(line.provider))"),
                             line.level.map { "L\($0)" } ?? "-", line.closes, BidWording.places(line, bid.rule),
                             BidWording.money(line.costPence)] + (1...4).map { $0 == line.quarter ? BidWording.money(line.costPence) : "" })
            }
        }
        rows.append(["", "Total", BidWording.gap(bid.gap, bid.rule), "", "", "", BidWording.places(bid.total),
                     BidWording.money(bid.total.costPence)] + bid.quarters.map(BidWording.quarterMoney))
        return rows
    }

    public static let offerHeaders = ["Offer", "Provider", "Price a place", "Places", "Cost"]

    public static func offerRows(_ bid: FundingBid) -> [[String]] {
        bid.offers.map { [$0.offer, $0.provider, $0.pricePence.map(LearningOffer.pounds) ?? "-", BidWording.places($0.sum),
                          BidWording.money($0.sum.costPence)] }
            + [["Total", "", "", BidWording.places(bid.total), BidWording.money(bid.total.costPence)]]
    }

    public static func quarterRows(_ bid: FundingBid) -> [[String]] {
        zip(DevelopmentPlan.quarterLabels, bid.quarters).map { [$0, BidWording.places($1), BidWording.money($1.costPence)] }
            + [["Year", BidWording.places(bid.total), BidWording.money(bid.total.costPence)]]
    }
}
