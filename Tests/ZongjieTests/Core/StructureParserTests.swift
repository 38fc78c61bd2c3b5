import Testing
import ZongjieCore

/// The structure parser on small texts written for the tests.
@Suite struct StructureParserTests {
    func parse(_ text: String) -> Document { StructureParser().parse(SourceText(text)) }

    @Test func titleWrappedOverTwoLinesAndAddressee() {
        let document = parse("XX市XX局关于2024年度\n政务公开工作情况的总结\n\n市政务公开办：\n2024年，我局……现将有关情况总结如下：\n一、主要工作\n全年公开信息100条。\n")
        #expect(document.title?.text == "XX市XX局关于2024年度政务公开工作情况的总结")
        #expect(document.title?.range?.end.line == 2)
        #expect(document.addressee?.text == "市政务公开办：")
        #expect(document.opening.count == 1)
        #expect(document.sections.first?.heading == "主要工作")
    }

    @Test func openingSentenceEndingInColonIsNotAnAddressee() {
        let document = parse("XX局2024年工作总结\n根据有关要求，现将我局2024年度工作总结如下：\n（一）加强领导\n成立领导小组。\n")
        #expect(document.addressee == nil)
        #expect(document.opening.first?.text.hasPrefix("根据有关要求") == true)
        #expect(document.sections.first?.marker.style == .chineseParen)
    }

    @Test func markdownHeadingsEmphasisAndComments() {
        let document = parse("# XX局2024年度工作总结\n\n<!-- zongjie-disable-next-line placeholder -->\n## 一、主要工作\n**（一）完善制度**\n修订制度12项。\n")
        #expect(document.title?.text == "XX局2024年度工作总结")
        #expect(document.title?.range?.start.column == 3)
        #expect(document.sections.first?.heading == "主要工作")
        #expect(document.sections.first?.headingRange?.start.column == 4)
        #expect(document.sections.first?.children.first?.heading == "完善制度")
        #expect(document.allParagraphs.map(\.text) == ["修订制度12项。"])
    }

    @Test func runOnHeadingBecomesHeadingAndParagraph() throws {
        let document = parse("XX局2024年工作总结\n一、主要工作\n1.加强领导。坚持每月研究一次。\n2.完善制度：修订制度12项。\n")
        let items = try #require(document.sections.first?.children)
        #expect(items.map(\.heading) == ["加强领导", "完善制度"])
        #expect(items.map { $0.paragraphs.first?.text } == ["坚持每月研究一次。", "修订制度12项。"])
        #expect(items[0].paragraphs.first?.range == SourceRange(line: 3, startColumn: 8, endColumn: 17))
    }

    @Test func enumerationsCarryMarkers() {
        let document = parse("XX局2024年工作总结\n一、下一步打算\n一要加强学习。\n二要完善制度。\n第一，抓好落实。\n一方面加强宣传。\n另一方面强化培训。\n")
        let markers = document.sections.first?.paragraphs.map { $0.marker?.style }
        #expect(markers == [.ordinalYao, .ordinalYao, .diYi, .aspect, .aspect])
    }

    @Test func closingWithUnheadedProblemsAndPlans() {
        let text = """
        XX局2024年度工作总结
        2024年，我局认真履职。
        一、主要工作
        全年办理事项120件。
        虽然取得一定成效，但仍然存在宣传方式单一等不足。下一步，重点做好以下工作：
        一是丰富宣传方式。
        二是加强队伍建设。
        """
        let document = parse(text)
        #expect(document.sections.count == 1)
        #expect(document.sections[0].paragraphs.count == 1)
        #expect(document.closing.count == 3)
        #expect(document.closing.last?.marker?.ordinal == 2)
    }

    @Test func plansSectionKeepsItsLookAheadParagraphs() {
        let document = parse("XX局2024年工作总结\n一、主要工作\n办理事项120件。\n二、下一步工作打算\n下一步，我局将加大宣传力度。\n")
        #expect(document.closing.isEmpty)
        #expect(document.sections.last?.paragraphs.count == 1)
    }

    @Test func frontMatterAndRulesAreNotText() {
        let document = parse("---\ntype: general\n---\n# XX局2024年度工作总结\n\n一、主要工作\n办理事项120件。\n\n***\n")
        #expect(document.title?.text == "XX局2024年度工作总结")
        #expect(document.allParagraphs.map(\.text) == ["办理事项120件。"])
    }

    @Test func tableRowsAreNotHeadings() {
        let document = parse("XX局2023年报告\n一、总体情况\n四、结转下年度继续办理 | 0 | 0\n| 一、甲 | 1 |\n二、其他\n")
        #expect(document.sections.map(\.marker.text) == ["一、", "二、"])
        #expect(document.sections[0].paragraphs.count == 2)
    }

    @Test(arguments: [
        ("2023年12月13日", 2023, 12, 13),
        ("2023年03月05日", 2023, 3, 5),
        ("2023.12.13", 2023, 12, 13),
        ("2023 年 12 月 13 日", 2023, 12, 13),
    ])
    func signatureDates(_ text: String, _ year: Int, _ month: Int, _ day: Int) {
        let document = parse("XX局2023年工作总结\n一、主要工作\n办理事项120件。\nXX局\n\(text)\n")
        #expect(document.signature?.unit?.text == "XX局")
        #expect(document.signature?.date?.year == year)
        #expect(document.signature?.date?.month == month)
        #expect(document.signature?.date?.day == day)
    }

    @Test func closingFormulaIsNotTheSigningUnit() {
        let document = parse("XX局2023年工作总结\n一、主要工作\n办理事项120件。\n特此报告\n2023年12月13日\n")
        #expect(document.signature?.unit == nil)
        #expect(document.signature?.date?.year == 2023)
        #expect(document.sections.first?.paragraphs.last?.text == "特此报告")
    }

    @Test func chineseNumeralDateKeepsYearNil() {
        let document = parse("XX局2023年工作总结\n一、主要工作\n办理事项120件。\nXX局\n二〇二三年十二月十三日\n")
        #expect(document.signature?.date?.text == "二〇二三年十二月十三日")
        #expect(document.signature?.date?.year == nil)
        #expect(DateLineParser.chinese(Array("二〇二三年十二月十三日".unicodeScalars))?.year == 2023)
    }

    @Test func disorderedLevelsNestAsWrittenAndLoseNothing() {
        let text = "XX局2024年工作总结\n一、甲\n1.乙\n（一）丙\n（二）丁\n2.戊\n（1）己\n三、庚\n（三）辛\n"
        let document = parse(text)
        #expect(document.sections.map(\.marker.text) == ["一、", "三、"])
        let first = document.sections[0]
        #expect(first.children.map(\.marker.text) == ["1.", "2."])
        #expect(first.children[0].children.map(\.marker.text) == ["（一）", "（二）"])
        #expect(first.children[1].children.map(\.marker.text) == ["（1）"])
        #expect(document.allSections.count == 8)
    }

    @Test(arguments: ["", "\n\n\n", "一、", "（", "1.", "XX\n一是", "\u{FEFF}", "一、\n（一）\n1.\n（1）\n（1）\n1.\n一、", "2023年12月13日"])
    func neverCrashesOnOddInput(_ text: String) {
        let document = parse(text)
        let nonEmpty = text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) && $0 != "\u{FEFF}" }.count
        let nodes = (document.title == nil ? 0 : 1) + document.allSections.count + document.allParagraphs.count
            + (document.signature?.date == nil ? 0 : 1) + (document.signature?.unit == nil ? 0 : 1)
        #expect(nodes >= nonEmpty)
    }
}
