import Foundation
import Testing
@testable import HopModel

@Suite("Succession coverage and the record evidence it gives the framework")
struct SuccessionCoverageTests {
    let framework = Framework.embedded

    func post(_ risk: LossRisk, vacant: Bool = false, head: Bool = false, _ readiness: [Readiness]) -> CriticalPostFact {
        CriticalPostFact(professionId: 1, departmentId: 1, isVacant: vacant, risk: risk, headInvolved: head, readiness: readiness)
    }

    @Test func coverageCountsPostsByTheirSuccessors() {
        // A: high risk, vacant, nobody; B: high, held, 1-2 years; C: medium, Head involved,
        // ready now and 3+ years; D: low, vacant, ready now.
        let coverage = SuccessionCoverage(posts: [
            post(.high, vacant: true, []), post(.high, [.oneToTwoYears]),
            post(.medium, head: true, [.readyNow, .threeYearsOrMore]), post(.low, vacant: true, [.readyNow]),
        ])
        #expect(coverage.posts == 4)
        #expect(coverage.readyNow == Ratio(2, of: 4))       // C, D
        #expect(coverage.anySuccessor == Ratio(3, of: 4))   // B, C, D
        #expect(coverage.vacancies == 2)                    // A, D
        #expect(coverage.highRiskUncovered == 1)            // A
        #expect(coverage.headInvolved == 1)                 // C
        // A high-risk post without a successor: no maintained plan yet; the Head's posts count.
        #expect(RecordEvidence.met(by: coverage) == [.headInCriticalRecruitment])
    }

    @Test func anEmptyRegisterHasNoShareAndEvidencesNothing() {
        let coverage = SuccessionCoverage(posts: [])
        #expect(coverage.readyNow.percent == nil && !coverage.hasRegister)
        #expect(RecordEvidence.met(by: coverage).isEmpty)
    }

    @Test func aMaintainedPlanNeedsHalfThePostsCoveredAndEveryHighRiskOne() {
        // 1 of 2 covered (the uncovered one low risk): 2 × 1 ≥ 2, met.
        #expect(RecordEvidence.met(by: SuccessionCoverage(posts: [post(.low, []), post(.high, [.threeYearsOrMore])]))
                == [.successionRegister])
        // 1 of 3 covered: 2 × 1 < 3, not met.
        #expect(RecordEvidence.met(by: SuccessionCoverage(posts: [post(.low, []), post(.medium, []), post(.high, [.readyNow])]))
                .isEmpty)
    }

    @Test func recordEvidenceRaisesTheEvidencedLevelOfItsArea() {
        // Careers (area 3) has C09 and C10; nothing done: 0 of 2 -> L1.
        let checklist = ChecklistReport(framework: framework, entries: [], professionId: 1, today: Day(year: 2025, month: 6, day: 15)!)
        let plain = MaturityReport(framework: framework, assessments: [], checklist: checklist)
        #expect(plain.areas[2].evidenced == 1)
        // A maintained register evidences C10: 1 of 2 -> 1 + ⌊4 × 1/2⌋ = 3.
        let evidenced = MaturityReport(framework: framework, assessments: [], checklist: checklist, evidence: [.successionRegister])
        #expect(evidenced.areas[2].evidenced == 3)
        #expect(evidenced.areas[2].recordEvidence == [.successionRegister])
        // Recruitment (area 2: C04-C08, five items) gains C07: 1 of 5 -> 1 + ⌊4/5⌋ = 1; other areas unchanged.
        let both = MaturityReport(framework: framework, assessments: [], checklist: checklist,
                                  evidence: [.successionRegister, .headInCriticalRecruitment])
        #expect(both.areas.map(\.evidenced) == [1, 1, 3, 1, 1])
        // C10 marked not applicable: the evidence no longer counts, and C09 alone is not done.
        let notApplicable = ChecklistReport(framework: framework, entries: [ChecklistEntry(professionId: 1, itemId: "C10", status: .notApplicable)],
                                            professionId: 1, today: Day(year: 2025, month: 6, day: 15)!)
        let skipped = MaturityReport(framework: framework, assessments: [], checklist: notApplicable, evidence: [.successionRegister])
        #expect(skipped.areas[2].evidenced == 1 && skipped.areas[2].recordEvidence.isEmpty)
    }

    @Test func theShippedFrameworkNamesTheSuccessionEvidence() {
        #expect(framework.item("C10")?.evidence == [.successionRegister])
        #expect(framework.item("C07")?.evidence == [.headInCriticalRecruitment])
        #expect(framework.checklist.filter { !$0.evidence.isEmpty }.map(\.id) == ["C07", "C10"])
    }
}

@Suite struct FrameworkDocumentTests {
    /// docs/FRAMEWORK.md, found from this file's place in the repository.
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/FRAMEWORK.md").path

    @Test func everyPrincipleAndChecklistItemIsListedWithItsEvidence() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| ") }
        for principle in Framework.embedded.principles {
            #expect(rows.contains { $0.hasPrefix("| \(principle.id) \(principle.label) |") }, "\(principle.id)")
        }
        for item in Framework.embedded.checklist {
            let evidence = item.evidence.isEmpty ? "status only" : item.evidence.map { "`\($0.rawValue)`" }.joined(separator: ", ")
            #expect(rows.contains { $0.hasPrefix("| \(item.id) \(item.label) |") && $0.contains("| \(evidence) |") }, "\(item.id)")
        }
    }
}
