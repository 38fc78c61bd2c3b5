import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// heading-deviation and report-deadline, on our own examples and on the four real
/// reports in ../shared/nianbao-real (skipped when absent), whose headings must read
/// as their skeletons list them.
@Suite struct NianbaoHeadingRulesTests {
    static let catalog = NianbaoPluginTests.catalog
    static let folder = Paths.shared.appendingPathComponent("nianbao-real")
    static let available = FileManager.default.fileExists(atPath: folder.path)

    static func report(_ number: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent("\(number).txt"), encoding: .utf8)
    }

    static func lint(_ text: String, rules: [any LintRule]) -> [Diagnostic] {
        Linter(rules: rules, catalog: catalog).lint(text, path: "x.txt")
    }

    static func report(title: String, heading5: String = "五、存在的主要问题及改进情况", unit: String, date: String) -> String {
        """
        \(title)
        本报告根据《中华人民共和国政府信息公开条例》编制。
        一、总体情况
        2024年，认真落实《条例》。
        二、主动公开政府信息情况
        主动公开政府信息120条。
        三、收到和处理政府信息公开申请情况
        全年未收到政府信息公开申请。
        四、政府信息公开行政复议、行政诉讼情况
        未发生行政复议、行政诉讼。
        \(heading5)
        信息更新还不够及时。下一步将建立更新台账。
        六、其他需要报告的事项
        未收取信息处理费。
        \(unit)
        \(date)

        """
    }

    // MARK: heading-deviation

    @Test func deviatingHeadingNamesTheOfficialWordingAndOffersAWordingFix() throws {
        let text = Self.report(title: "某某县水务局2024年政府信息公开工作年度报告", heading5: "五、存在的主要问题及整改措施", unit: "某某县水务局", date: "2025年1月20日")
        let findings = Self.lint(text, rules: [HeadingDeviationRule()])
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .warning)
        #expect(finding.range.start == SourcePosition(line: 11, column: 1))
        #expect(finding.message.contains("“五、存在的主要问题及改进情况”"))
        #expect(finding.message.contains("“五、存在的主要问题及整改措施”"))
        let fix = try #require(finding.fix)
        #expect(fix.kind == .wording)
        #expect(fix.replacement == "存在的主要问题及改进情况")
        #expect(fix.range == SourceRange(line: 11, startColumn: 3, endColumn: 15))
    }

    @Test func officialHeadingsAndOtherReportTypesAreLeftAlone() {
        let clean = Self.report(title: "某某县水务局2024年政府信息公开工作年度报告", unit: "某某县水务局", date: "2025年1月20日")
        #expect(Self.lint(clean, rules: [HeadingDeviationRule()]).isEmpty)
        // Spaces inside a heading (PDF extraction) are no deviation.
        let spaced = clean.replacingOccurrences(of: "一、总体情况", with: "一、总体 情况")
        #expect(Self.lint(spaced, rules: [HeadingDeviationRule()]).isEmpty)
        let summary = "某某县水务局2024年度工作总结\n一、主要工作\n全年办结事项30件。\n五、存在的主要问题及整改措施\n更新不及时。\n"
        #expect(Self.lint(summary, rules: [HeadingDeviationRule()]).isEmpty)
    }

    // MARK: report-deadline

    @Test func departmentIsLateAfter31January() throws {
        let text = Self.report(title: "某某县水务局2024年政府信息公开工作年度报告", unit: "某某县水务局", date: "2025年2月1日")
        let findings = Self.lint(text, rules: [ReportDeadlineRule()])
        #expect(findings.count == 1)
        #expect(findings.first?.range.start == SourcePosition(line: 16, column: 1))
        #expect(findings.first?.data["deadline"] == "2025年1月31日")
        #expect(findings.first?.data["level"] == "department")
        #expect(findings.first?.message.contains("1月31日前") == true)
        let onTime = text.replacingOccurrences(of: "2025年2月1日", with: "2025年1月31日")
        #expect(Self.lint(onTime, rules: [ReportDeadlineRule()]).isEmpty)
    }

    @Test func localGovernmentHasUntil31March() throws {
        let onTime = Self.report(title: "某某县人民政府2024年政府信息公开工作年度报告", unit: "某某县人民政府", date: "2025年3月31日")
        #expect(Self.lint(onTime, rules: [ReportDeadlineRule()]).isEmpty)
        let late = onTime.replacingOccurrences(of: "2025年3月31日", with: "2025年4月1日")
        let findings = Self.lint(late, rules: [ReportDeadlineRule()])
        #expect(findings.count == 1)
        #expect(findings.first?.data["level"] == "local-government")
        #expect(findings.first?.data["deadline"] == "2025年3月31日")
        // A year later is late for everyone.
        let yearLate = onTime.replacingOccurrences(of: "2025年3月31日", with: "2026年1月5日")
        #expect(Self.lint(yearLate, rules: [ReportDeadlineRule()]).count == 1)
    }

    @Test func levelIsReadFromTitleAndSigningUnit() {
        #expect(ReportDeadlineRule.isLocalGovernment(title: "某某县人民政府2024年政府信息公开工作年度报告", unit: ""))
        #expect(ReportDeadlineRule.isLocalGovernment(title: "2024年某某县政府信息公开工作年度报告", unit: "某某县政府办公室"))
        #expect(ReportDeadlineRule.isLocalGovernment(title: "某某镇2024年政府信息公开工作年度报告", unit: "某某镇人民政府"))
        #expect(ReportDeadlineRule.isLocalGovernment(title: "某某县2024年政府信息公开工作年度报告", unit: "某某县政府"))
        // 政府信息公开 in the title names the report, not the level.
        #expect(!ReportDeadlineRule.isLocalGovernment(title: "2024 年上海市科委政府信息公开工作年度报告", unit: ""))
        #expect(!ReportDeadlineRule.isLocalGovernment(title: "某某县水务局2024年政府信息公开工作年度报告", unit: "某某县水务局"))
    }

    // MARK: the four real reports

    /// Top-level headings of a skeleton file: (line, heading) for level-1 entries.
    static func skeletonHeadings(_ number: String) throws -> [(line: Int, heading: String)] {
        let text = try String(contentsOf: folder.appendingPathComponent("skeletons/\(number).txt"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { row in
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, fields[1] == "1", let line = Int(fields[0]) else { return nil }
            return (line, HeadingDeviationRule.compact(String(fields[2])))
        }
    }

    /// Lines the structure parser also reads as top-level headings that the skeletons do not
    /// list: none since table regions are data (table-三 row labels on lines of their own in
    /// 003 and a scattered fragment “三、本法提供” in 005 were headings before).
    static let extraHeadingLines: [String: [Int]] = ["002": [], "003": [], "004": [], "005": []]

    @Test(.enabled(if: available, "../shared/nianbao-real not present"), arguments: ["002", "003", "004", "005"])
    func realReportHeadingsReadAsTheSkeletonLists(number: String) throws {
        let linter = Linter(catalog: Self.catalog)
        let context = linter.context(for: try Self.report(number), path: "\(number).txt")
        #expect(context.reportType.id == "gongkai-nianbao")
        let read = context.document.sections.map { section in
            (line: section.headingRange?.start.line ?? 0, heading: HeadingDeviationRule.compact(section.marker.text + section.heading))
        }
        let extras = Self.extraHeadingLines[number] ?? []
        let listed = read.filter { !extras.contains($0.line) }
        let expected = try Self.skeletonHeadings(number)
        #expect(listed.map(\.line) == expected.map(\.line), "\(number): top-level heading lines differ")
        #expect(listed.map(\.heading) == expected.map(\.heading), "\(number): top-level headings differ")
        #expect(read.count == expected.count + extras.count)
    }

    @Test(.enabled(if: available, "../shared/nianbao-real not present")) func realReportsRaiseTheExpectedHeadingAndDeadlineFindings() throws {
        let rules: [any LintRule] = [HeadingDeviationRule(), ReportDeadlineRule()]
        let in002 = Self.lint(try Self.report("002"), rules: rules)
        #expect(in002.map(\.ruleID) == ["heading-deviation"])
        #expect(in002.first?.range.start.line == 64)
        #expect(in002.first?.data["found"] == "存在的主要问题及整改措施")
        let in003 = Self.lint(try Self.report("003"), rules: rules)
        #expect(in003.map(\.ruleID) == ["heading-deviation"])
        #expect(in003.first?.range.start.line == 153)
        // 004 restarts its numbering with headings worded as the format's; 005 has every heading right.
        #expect(Self.lint(try Self.report("004"), rules: rules).isEmpty)
        #expect(Self.lint(try Self.report("005"), rules: rules).isEmpty)
    }

    @Test(.enabled(if: available, "../shared/nianbao-real not present")) func report005RaisesNoArithmeticFindingUnderTheFullLinter() throws {
        let findings = Linter(catalog: Self.catalog).lint(try Self.report("005"), path: "005.txt")
        let arithmetic = findings.filter { ["table-identity", "text-table-mismatch"].contains($0.ruleID) }
        #expect(arithmetic.isEmpty, "\(arithmetic.map(\.message))")
    }
}
