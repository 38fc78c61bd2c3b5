import Foundation
import Testing
import ZongjieCore
import ZongjieFormats
import ZongjieDrafting
import ZongjieLint

/// Triggering examples of `docx-layout`: our own export with one fact changed at a
/// time must give exactly one finding, naming what was found and what GB/T 9704 asks.
@Suite struct DocxLayoutRuleExampleTests {
    let document: Document
    let layout: DocxLayout
    let lines: [String]

    init() throws {
        let (document, content) = try DocxLayoutRuleTests.exported()
        self.document = document
        self.layout = content.layout
        self.lines = content.paragraphs.map(\.text)
    }

    func line(_ text: String) -> Int {
        (lines.firstIndex(of: text) ?? -1) + 1
    }

    /// The findings after `change` is applied to our export's layout.
    func findings(_ change: (inout DocxLayout) -> Void) -> [Diagnostic] {
        var changed = layout
        change(&changed)
        return DocxLayoutRuleTests.findings(document, layout: changed, lines: lines)
    }

    func setRuns(_ layout: inout DocxLayout, line: Int, _ change: (inout RunFormat) -> Void) {
        for index in layout.paragraphs[line - 1].runs.indices { change(&layout.paragraphs[line - 1].runs[index]) }
    }

    @Test func pageSizeAndGrid() {
        let landscape = findings { $0.page?.widthTwips = 16838; $0.page?.heightTwips = 11906 }
        #expect(landscape.map(\.message).first == "纸张为 297.0 mm × 210.0 mm，GB/T 9704 要求 A4 纵向（210 mm × 297 mm）。")
        let noSpacing = findings { layout in
            for line in 1...layout.paragraphs.count { setRuns(&layout, line: line) { $0.characterSpacingTwips = 0 } }
        }
        #expect(noSpacing.map { $0.data["item"] } == ["characters-per-line"])
        #expect(noSpacing.first?.data["found"] == "27")
    }

    @Test func headingFontNamesLevelFoundAndExpected() {
        let heading = line("一、主要工作及成效")
        let found = findings { setRuns(&$0, line: heading) { $0.eastAsiaFont = "宋体" } }
        #expect(found.map(\.message) == ["一级标题（一、）字体为“宋体”，GB/T 9704 要求黑体（黑体）。"])
        #expect(found.first?.range.start.line == heading)
    }

    @Test func bodyDeviationsAreGroupedAtTheFirstParagraph() {
        let bodyLines = [line("公开内容的深度和广度仍需拓展。"), line("持续优化公开平台，提升服务水平。")]
        let found = findings { layout in
            for body in bodyLines { layout.paragraphs[body - 1].lineValue = 600 }
        }
        #expect(found.map(\.message) == ["行距固定值 30 磅（同类共 2 段：第 \(bodyLines[0])、\(bodyLines[1]) 段），每页只能排 21 行；GB/T 9704 要求每页 22 行，请设为固定值 28.95 磅左右。"])
        #expect(found.first?.range.start.line == bodyLines[0])
        let indent = findings { $0.paragraphs[bodyLines[0] - 1].firstLineChars = 0; $0.paragraphs[bodyLines[0] - 1].firstLineTwips = 0 }
        #expect(indent.map(\.message) == ["正文首行缩进为 0 字，GB/T 9704 要求首行缩进 2 字（左空二字）。"])
    }

    @Test func titleMustBeCentredAndTwoHao() {
        let found = findings { layout in
            layout.paragraphs[0].alignment = "left"
            setRuns(&layout, line: 1) { $0.sizePoints = 18 }
        }
        #expect(found.map(\.message) == [
            "标题字号为 18 磅，GB/T 9704 要求 2 号（22 磅）。",
            "标题对齐方式为左对齐，GB/T 9704 要求居中。",
        ])
    }

    @Test func signatureAndDatePlacement() {
        let unit = line("示范县数据管理局")
        let date = line("2024年12月20日")
        let flush = findings { $0.paragraphs[unit - 1].rightChars = 0; $0.paragraphs[unit - 1].rightTwips = 0 }
        #expect(flush.map(\.message) == ["署名右侧空 0 字，GB/T 9704 7.3.5.2 要求右空二字（成文日期较长时相应增加，此处应为 3 字）。"])
        let sealed = findings { $0.paragraphs[date - 1].rightChars = 400 }
        #expect(sealed.isEmpty, "7.3.5.1 places the date 右空四字; accepted")
        let left = findings { $0.paragraphs[date - 1].alignment = "left" }
        #expect(left.map { $0.data["item"] } == ["placement"])
    }

    @Test func pageNumberForm() {
        let found = findings { layout in
            layout.pageNumber?.pattern = "第 # 页"
            layout.pageNumber?.sizePoints = 10.5
            layout.pageNumber?.font = "Calibri"
            layout.pageNumber?.oddAlignment = "center"
            layout.page?.evenAndOddHeaders = false
        }
        #expect(found.map(\.message) == [
            "页码形式为“第 1 页”，GB/T 9704 要求数字左右各放一条一字线，即“— 1 —”。",
            "页码字号为 10.5 磅，GB/T 9704 要求 4 号（14 磅）。",
            "页码字体为“Calibri”，GB/T 9704 要求半角宋体阿拉伯数字。",
            "单页页码居中，GB/T 9704 要求单页码居右空一字。",
            "页码未区分单双页，双页也在同一侧。GB/T 9704 要求单页码居右、双页码居左各空一字：请勾选“奇偶页不同”并分别设置页脚。",
        ])
    }

    @Test func fontsWordWouldSubstituteAreNamedLoudly() {
        let body = line("特此报告。")
        let found = findings { setRuns(&$0, line: body) { $0.eastAsiaFont = "方正仿宋_GBK" } }
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("【字体将被替换】字体“方正仿宋_GBK”不是 Windows 自带字体（用于第 \(body) 段），文件也未声明替代字体") == true)
        #expect(found.first?.range.start.line == body)
        let declaredWrongFamily = findings { layout in
            setRuns(&layout, line: body) { $0.eastAsiaFont = "方正仿宋_GBK" }
            layout.declaredFonts["方正仿宋_GBK"] = "黑体"
        }
        #expect(declaredWrongFamily.first?.message.contains("替代字体“黑体”不是同类字体") == true)
        let declaredSameFamily = findings { layout in
            setRuns(&layout, line: body) { $0.eastAsiaFont = "方正仿宋_GBK" }
            layout.declaredFonts["方正仿宋_GBK"] = "仿宋"
        }
        #expect(declaredSameFamily.isEmpty)
        // The advice for a missing fallback is to declare it, not to change the font.
        #expect(found.first?.message.contains("请在文件的字体表中为它声明替代字体“仿宋”") == true)
    }

    @Test func standardFontsDeclaredWithTheirFallbacksAreNotSubstituted() {
        let found = findings { layout in
            layout.declaredFonts = ["仿宋_GB2312": "FangSong_GB2312", "楷体_GB2312": "楷体", "方正小标宋简体": "宋体"]
        }
        #expect(found.isEmpty, "\(found.map(\.message))")
        let undeclared = findings { $0.declaredFonts = [:] }
        #expect(undeclared.map { $0.data["found"] ?? "" } == ["方正小标宋简体", "仿宋_GB2312", "楷体_GB2312"])
        #expect(undeclared[1].message.contains("（用于第 "), "\(undeclared[1].message)")
    }

    @Test func findingsEndWithTheExportAdvice() {
        let context = LintContext(path: "材料/总结.docx", source: SourceText(lines.joined(separator: "\n")), document: DocxLayoutRuleTests.locate(document, in: lines),
                                  reportType: ReportType(id: "general", name: "", titleKeywords: [], outline: Outline(id: "e", name: "", sections: []), origin: .builtIn),
                                  reportYear: 2024, docxLayout: { var changed = layout; changed.declaredFonts = [:]; return changed }())
        let found = DocxLayoutRule().check(context)
        #expect(found.count == 3)
        #expect(found.last?.message.hasSuffix("以上版式问题可一次解决：zongjie export 总结.docx -o 总结-排版.docx（按 GB/T 9704 重新排版，文字不变）。") == true)
        #expect(found.dropLast().allSatisfy { !$0.message.contains("以上版式问题") })
    }
}
