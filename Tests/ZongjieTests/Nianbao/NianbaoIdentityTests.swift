import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// Each identity of §2.6 broken once in the fixture: exactly the broken cell is reported.
@Suite struct NianbaoIdentityTests {
    // Only the arithmetic rule: a changed cell may also differ from the prose, which NianbaoTextTableTests covers.
    static let linter = Linter(rules: [TableIdentityRule()], catalog: ReportTypeCatalog(types: []))
    static let bothRules = Linter(rules: [TableIdentityRule(), TextTableMismatchRule()], catalog: ReportTypeCatalog(types: []))

    static func findings(_ text: String) -> [Diagnostic] {
        linter.lint(text, path: "report.txt")
    }

    /// Asserts one table-identity error at the cell starting with `prefix`'s line, column `column`,
    /// naming `names` in its message.
    static func expectOne(_ found: [Diagnostic], line: Int, column: Int, names: [String], expected: String) {
        #expect(found.count == 1, "\(found.map(\.message))")
        guard let finding = found.first else { return }
        #expect(finding.ruleID == "table-identity")
        #expect(finding.severity == .error)
        #expect(finding.range.start.line == line)
        #expect(finding.range.start.column == column)
        for name in names { #expect(finding.message.contains(name), "\(finding.message) lacks \(name)") }
        #expect(finding.data["expected"] == expected)
    }

    @Test func fixturesLintClean() throws {
        #expect(Self.bothRules.lint(try NianbaoFixture.text("report.txt"), path: "report.txt").isEmpty)
        #expect(Self.bothRules.lint(try NianbaoFixture.text("report.md"), path: "report.md").isEmpty)
        // And with every registered rule, as `zongjie lint` runs them: nothing from the table rules.
        let all = Linter(catalog: ReportTypeCatalog(types: []))
        for name in ["report.txt", "report.md"] {
            let found = all.lint(try NianbaoFixture.text(name), path: name).filter { $0.ruleID == "table-identity" || $0.ruleID == "text-table-mismatch" }
            #expect(found.isEmpty, "\(name): \(found.map(\.message))")
        }
    }

    @Test func inflowOutflowBrokenInOneCell() throws {
        // 一、本年新收 自然人 56 → 57: 一 + 二 ≠ （七）+ 四 in 自然人, and row 一 no longer adds up.
        let text = try NianbaoFixture.plainText(replacing: .received, .naturalPerson, with: 57)
        let line = try NianbaoFixture.plainLine(startingWith: "一、本年新收")
        Self.expectOne(Self.findings(text), line: line, column: 18, names: ["一、本年新收政府信息公开申请数量", "自然人", "第一项加第二项之和"], expected: "56")
    }

    @Test func resultTotalBrokenInAPart() throws {
        // 4.保护第三方合法权益 自然人 2 → 5: （七）总计 ≠ its parts in 自然人, and the row total disagrees.
        let text = try NianbaoFixture.plainText(replacing: .withheldThirdParty, .naturalPerson, with: 5)
        let line = try NianbaoFixture.plainLine(startingWith: "4.保护第三方合法权益")
        Self.expectOne(Self.findings(text), line: line, column: 13, names: ["（三）不予公开 4.保护第三方合法权益", "自然人", "各项办理结果之和"], expected: "2")
    }

    @Test func resultTotalBrokenInTheTotalRow() throws {
        let text = try NianbaoFixture.plainText(replacing: .resultTotal, .business, with: 6)
        let line = try NianbaoFixture.plainLine(startingWith: "（七）总计")
        Self.expectOne(Self.findings(text), line: line, column: 10, names: ["（七）总计", "商业企业"], expected: "5")
    }

    @Test func rowTotalBroken() throws {
        // 1.本机关不掌握相关政府信息 总计 11 → 12.
        let text = try NianbaoFixture.plainText(replacing: .unavailableNotHeld, .total, with: 12)
        let line = try NianbaoFixture.plainLine(startingWith: "1.本机关不掌握")
        let found = Self.findings(text)
        Self.expectOne(found, line: line, column: 28, names: ["（四）无法提供 1.本机关不掌握相关政府信息", "「总计」列", "自然人与各类法人或其他组织之和"], expected: "11")
    }

    @Test func appealBlockTotalBroken() throws {
        let text = try NianbaoFixture.plainText(replacing: .directSuit, .total, with: 3)
        let line = try NianbaoFixture.plainLine(startingWith: "行政诉讼（未经复议直接起诉）")
        Self.expectOne(Self.findings(text), line: line, column: 24, names: ["表四「行政诉讼（未经复议直接起诉）」「总计」", "结果维持、结果纠正、其他结果、尚未审结之和"], expected: "2")
    }

    @Test func twoCellsThatKeepTheirRowBalancedAreReportedAtTheirTotals() throws {
        // 四、结转 自然人 and 总计 both +1: the row adds up, columns 自然人 and 总计 do not.
        var text = try NianbaoFixture.plainText(replacing: .carriedForward, .naturalPerson, with: 3)
        text = text.replacingOccurrences(of: "四、结转下年度继续办理 3 2 0 0 0 0 4", with: "四、结转下年度继续办理 3 2 0 0 0 0 5")
        let found = Self.findings(text)
        let line = try NianbaoFixture.plainLine(startingWith: "四、结转下年度继续办理")
        #expect(found.map(\.range.start.line) == [line, line])
        #expect(found.map { $0.data["cell"] } == ["表三「四、结转下年度继续办理」行「自然人」列", "表三「四、结转下年度继续办理」行「总计」列"])
    }

    @Test func titleAfterAPastedSourceLineIsStillRecognised() throws {
        let text = "来源：河西区人民政府门户网站\n\n" + (try NianbaoFixture.plainText(replacing: .granted, .naturalPerson, with: 25))
        let found = Self.findings(text)
        #expect(found.count == 1)
        #expect(found.first?.data["cell"] == "表三「（一）予以公开」行「自然人」列")
    }

    @Test func unbalancedTableOutsideAnnualReportIsIgnored() throws {
        var text = try NianbaoFixture.plainText(replacing: .granted, .naturalPerson, with: 99)
        text = text.replacingOccurrences(of: "2024年政府信息公开工作年度报告", with: "2024年工作总结")
        #expect(Self.findings(text).isEmpty)
    }
}

/// What cannot be read is said, as info, and nothing is guessed.
@Suite struct NianbaoUnreadableTableTests {
    @Test func unplaceableRowsGiveAnInfoFindingAndNoError() throws {
        // Drop the labels of 部分公开 and 1.属于国家秘密 and remove 2.其他法律…: two unlabeled
        // lines for three missing rows cannot be placed.
        var lines = try NianbaoFixture.text("report.txt").components(separatedBy: "\n")
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("（二）部分公开") || line.hasPrefix("1.属于国家秘密") {
                lines[index] = line.components(separatedBy: " ").dropFirst().joined(separator: " ")
            }
        }
        lines.removeAll { $0.hasPrefix("2.其他法律行政法规禁止公开") }
        let found = NianbaoIdentityTests.findings(lines.joined(separator: "\n"))
        #expect(found.count == 1)
        #expect(found.first?.severity == .info)
        #expect(found.first?.message.contains("有 2 行无法对应的数字") == true)
        #expect(found.first?.message.contains("相关勾稽关系未核对") == true)
    }
}
