import Foundation
import Testing
import Yams
import ZongjieCore

/// The YAML input form and the Markdown tables rendered from it.
@Suite struct NianbaoRenderInputTests {
    static let yaml = """
    active:
      regulations: {issued: 0, repealed: 0, in-force: 2}
      normative-documents: {issued: 4, repealed: 1, in-force: 37}
      licensing: 1260
      penalties: 85
      enforcement: 3
      fees: 12.5
    applications:
      received: {natural: 20, business: 3, legal: 1}
      carried-over: {natural: 2}
      granted: {natural: 12, business: 2, total: 14}
      partly-granted: {natural: 3}
      third-party: {natural: 1}
      not-held: {natural: 4, legal: 1}
      no-correction: {business: 1}
      carried-forward: {natural: 2}
    appeals:
      review: {upheld: 1, pending: 1}
      suit-after-review: {other: 1, total: 1}
    """

    static func figures() throws -> NianbaoFigures {
        let input = try YAMLDecoder().decode(NianbaoInput.self, from: yaml)
        let (figures, problems) = input.figures()
        #expect(problems.isEmpty, "\(problems)")
        return figures
    }

    @Test func derivesEveryTotal() throws {
        let figures = try Self.figures()
        #expect(figures.applications[.received, .total] == 24)
        #expect(figures.applications[.resultTotal, .naturalPerson] == 20)
        #expect(figures.applications[.resultTotal, .total] == 24)
        #expect(figures.applications.imbalances.isEmpty)
        #expect(figures.appeal(.review).total == 2)
        #expect(figures.disclosure.feeAmount == "12.5")
    }

    @Test func totalsCannotBeWritten() {
        var figures = ApplicationFigures()
        figures[.granted, .naturalPerson] = 3
        figures[.granted, .total] = 99
        figures[.resultTotal, .business] = 99
        #expect(figures[.granted, .total] == 3)
        #expect(figures[.resultTotal, .business] == 0)
    }

    @Test func renderedTablesReadBackToTheSameFigures() throws {
        let figures = try Self.figures()
        let text = [
            "某某局2024年政府信息公开工作年度报告",
            "二、主动公开政府信息情况", NianbaoMarkdownRenderer.disclosureTable(figures.disclosure),
            "三、收到和处理政府信息公开申请情况", NianbaoMarkdownRenderer.applicationTable(figures.applications),
            "四、政府信息公开行政复议、行政诉讼情况", NianbaoMarkdownRenderer.appealTable(figures),
            "五、存在的主要问题及改进情况",
        ].joined(separator: "\n")
        let tables = NianbaoTableReader.read(SourceText(text))
        for row in ApplicationRow.allCases {
            for column in ApplicantColumn.allCases {
                #expect(tables.value(.application(row, column)) == figures.applications[row, column], "\(row.id) \(column.id)")
            }
        }
        for block in AppealBlock.allCases {
            for outcome in AppealOutcome.allCases {
                #expect(tables.value(.appeal(block, outcome)) == figures.appeal(block)[outcome])
            }
        }
        #expect(tables.cells[.disclosure(.normativeDocuments, .inForce)]?.value == 37)
        #expect(tables.cells[.disclosure(.fees, .feeAmount)]?.text == "12.5")
        // Zeros are written as 0, never left blank.
        #expect(!tables.cells.values.contains { $0.isBlank })
        #expect(tables.notes.isEmpty)
        #expect(NianbaoIdentityCheck.imbalances(tables).isEmpty)
    }

    @Test func applicationTableHasEveryOfficialRowInOrder() {
        let markdown = NianbaoMarkdownRenderer.applicationTable(ApplicationFigures())
        let lines = markdown.split(separator: "\n").map(String.init)
        #expect(lines.count == 4 + 25)
        #expect(lines[4] == "| 一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |")
        #expect(lines[6].hasPrefix("| 三、本年度办理结果\u{3000}（一）予以公开 |"))
        #expect(lines[8].hasPrefix("| （三）不予公开\u{3000}1.属于国家秘密 |"))
        #expect(lines[26].hasPrefix("| 3.其他 |"))
        #expect(lines[28].hasPrefix("| 四、结转下年度继续办理 |"))
        #expect(markdown.contains("法律服务机构"))
    }

    @Test func givenTotalsAreCheckedAndProblemsNamed() throws {
        let yaml = """
        applications:
          received: {natural: 5, total: 6}
          result-total: {natural: 4}
          granted: {natural: 5}
          approved: {natural: 1}
          partly-granted: {natural: -1}
        appeals:
          review: {upheld: 1, total: 2}
          tribunal: {upheld: 1}
        """
        let (_, problems) = try YAMLDecoder().decode(NianbaoInput.self, from: yaml).figures()
        let paths = problems.map(\.path)
        #expect(paths.contains("applications.received.total"))
        #expect(paths.contains("applications.result-total.natural"))
        #expect(paths.contains("applications.approved"))
        #expect(paths.contains("applications.partly-granted.natural"))
        #expect(paths.contains("appeals.review.total"))
        #expect(paths.contains("appeals.tribunal"))
        let total = try #require(problems.first { $0.path == "applications.received.total" })
        #expect(total.message.contains("填了 6") && total.message.contains("应为 5"))
        // 5 received, 5 handled, nothing carried forward: balanced, so no carried-forward problem.
        #expect(!paths.contains { $0.hasPrefix("applications.carried-forward") })
    }

    @Test func inflowOutflowImbalanceIsAProblem() throws {
        let yaml = "applications:\n  received: {natural: 5}\n  granted: {natural: 3}\n"
        let (_, problems) = try YAMLDecoder().decode(NianbaoInput.self, from: yaml).figures()
        #expect(problems.map(\.path) == ["applications.carried-forward.natural", "applications.carried-forward.total"])
        #expect(problems.first?.message.contains("第一项加第二项之和为 5") == true)
    }
}
