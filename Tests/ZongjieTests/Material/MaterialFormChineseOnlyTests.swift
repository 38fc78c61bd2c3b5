import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats

/// A clerk filling the Word material form reads Chinese only: no 说明 (and no 名称) cell of any
/// built-in type's form holds a key name (`applications_received`) or other ASCII word a clerk
/// would not know. Web addresses in an example (www.…) are what a clerk types, and stay.
@Suite struct MaterialFormChineseOnlyTests {
    /// ASCII words of two or more letters, except web addresses and the XX a clerk replaces.
    static func asciiWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || scalar == "_" || scalar == "." || (!current.isEmpty && scalar.properties.numericType != nil)) {
                current.unicodeScalars.append(scalar)
            } else {
                words.append(current)
                current = ""
            }
        }
        words.append(current)
        return words.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
            .filter { $0.unicodeScalars.filter(\.properties.isAlphabetic).count >= 2 && $0 != "XX" && !$0.hasPrefix("www.") }
    }

    @Test func asciiWordsFindsKeyNames() {
        #expect(Self.asciiWords("数量，选填。收到的申请数（applications_received）。") == ["applications_received"])
        #expect(Self.asciiWords("写单位全称，如“XX市XX局”。网址如www.jiangchuan.gov.cn。2025年1月10日") == [])
        #expect(Self.asciiWords("填 title 和 points") == ["title", "points"])
    }

    @Test(arguments: MaterialFormTests.ids) func guideCellsAreChineseOnly(id: String) throws {
        let plugin = try MaterialFormTests.plugin(id)
        let keys = Set(plugin.manifest.slots.map(\.key) + plugin.manifest.derived.map(\.key))
        for form in [MaterialFormWriter.form(plugin), MaterialFormWriter.form(plugin, input: try MaterialFormTests.sampleInput(plugin))] {
            for entry in form.tables {
                for row in entry.table.rows {
                    // 名称 and 说明 are the form's own words; 填写 holds the clerk's (or the sample's) answer.
                    for cell in row.prefix(row.count >= 3 ? 2 : 1) where cell.isGuide {
                        let words = Self.asciiWords(cell.text)
                        #expect(words.isEmpty, "\(id) \(entry.caption ?? ""): “\(cell.text)” shows \(words)")
                        #expect(!keys.contains { cell.text.contains($0) && $0.contains("_") }, "\(id): “\(cell.text)”")
                    }
                }
            }
        }
    }

    @Test func problemWordingDropsKeys() {
        #expect(FormProblemWording.forClerk("applications_received（依申请公开收到件数）应为非负整数，而不是“很多”。") == "“依申请公开收到件数”应为非负整数，而不是“很多”。")
        #expect(FormProblemWording.forClerk("请核对年度（year）和成文日期（date）。") == "请核对年度和成文日期。")
        #expect(FormProblemWording.forClerk("缺少必填项 unit（单位名称）。") == "缺少必填项 “单位名称”。")
        // Commands, web addresses and ids in quotes stay as they are.
        let kept = "可用 zongjie input-template --type zhengwu-gongkai --format docx 重新生成；网址www.jc.gov.cn（门户网站）。"
        #expect(FormProblemWording.forClerk(kept) == kept)
    }

    /// Every message `new --input 材料.docx` prints about the form's content: no key name.
    @Test func newNamesFormItemsWithoutKeys() throws {
        let plugin = try MaterialFormTests.plugin("zhengwu-gongkai")
        var form = MaterialFormWriter.form(plugin)
        MaterialFormTests.fill(&form, row: "依申请公开收到件数", with: ["很多"])
        MaterialFormTests.fill(&form, row: "年度", with: ["二〇二五"])
        let folder = try Paths.temporaryFolder()
        try FormDocxWriter.write(form, metadata: DocxMetadata(title: "材料", creator: "测试")).write(to: folder.appendingPathComponent("材料.docx"))
        let bad = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "材料.docx"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("“依申请公开收到件数”应为非负整数") && bad.stderr.contains("“年度”应为四位年份"), "\(bad.stderr)")
        #expect(!bad.stderr.contains("applications_received") && !bad.stderr.contains("year（"), "\(bad.stderr)")
        // A blank form: required items named by label, at the file (no line and column of a YAML nobody sees).
        try FormDocxWriter.write(MaterialFormWriter.form(plugin), metadata: DocxMetadata(title: "材料", creator: "测试"))
            .write(to: folder.appendingPathComponent("空白.docx"))
        let blank = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "空白.docx"], in: folder)
        #expect(blank.status == 0, "\(blank.stderr)")
        #expect(blank.stderr.contains("zongjie: 警告：空白.docx: 缺少必填项 “单位名称”。"), "\(blank.stderr)")
        let strict = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "空白.docx", "--strict"], in: folder)
        #expect(strict.status == 2 && strict.stderr.hasPrefix("zongjie: 错误："), "\(strict.stderr)")
        for result in [blank, strict] {
            let words = result.stderr.split(separator: "\n").flatMap { Self.asciiWords(String($0)) }.filter { !["zongjie", "docx"].contains($0) }
            #expect(words.isEmpty, "\(words)")
        }
    }

    @Test func aDateProblemInAFormNamesNoKeys() throws {
        let (folder, _) = try MaterialFormFigureTests.sampleForm([("成文日期", "2024年3月1日")])
        let result = try CLIRunner.run(["new", "--type", "zhengwu-gongkai", "--input", "材料.docx"], in: folder)
        #expect(result.status == 2 && result.stderr.contains("请核对年度和成文日期。"), "\(result.stderr)")
    }
}
