import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieResources
@testable import ZongjieLint

@Suite struct WordingDictionaryTests {
    @Test func parsesColumnsCommentsAndBlankLines() throws {
        let text = "\u{FEFF}# 注释\n\n覆行\t履行\n敏感词\n截止目前\t截至目前\t现代汉语词典\r\n检查院内\t检查院内\n空建议\t\n"
        let entries = try WordingDictionaryFile.parse(text, path: "my.tsv")
        #expect(entries == [
            WordingEntry(term: "覆行", replacement: "履行", source: "my.tsv:3"),
            WordingEntry(term: "敏感词", replacement: nil, source: "my.tsv:4"),
            WordingEntry(term: "截止目前", replacement: "截至目前", source: "现代汉语词典"),
            WordingEntry(term: "检查院内", replacement: "检查院内", source: "my.tsv:6"),
            WordingEntry(term: "空建议", replacement: nil, source: "my.tsv:7"),
        ])
    }

    @Test func reportsTooManyColumnsWithLocation() {
        #expect(throws: WordingDictionaryError.self) { try WordingDictionaryFile.parse("a\tb\tc\td\n", path: "x.tsv") }
        do {
            _ = try WordingDictionaryFile.parse("# c\n覆行\t履行\t来源\t多余\n", path: "x.tsv")
            Issue.record("expected an error")
        } catch let error as WordingDictionaryError {
            #expect(error.line == 2)
            #expect(error.column == 9)
            #expect("\(error)".hasPrefix("x.tsv:2:9: 词典格式错误：一行最多三列"))
            #expect("\(error)".contains("删除多余的制表符"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func reportsEmptyTermAndSpaces() {
        do {
            _ = try WordingDictionaryFile.parse("\t履行\n", path: "d.tsv")
            Issue.record("expected an error")
        } catch let error as WordingDictionaryError {
            #expect("\(error)" == "d.tsv:1:1: 词典格式错误：第一列（要查找的词）为空。在行首写上要查找的词，再用制表符分隔建议写法。")
        } catch {
            Issue.record("unexpected \(error)")
        }
        do {
            _ = try WordingDictionaryFile.parse("覆行 履行\n", path: "d.tsv")
            Issue.record("expected an error")
        } catch let error as WordingDictionaryError {
            #expect(error.line == 1 && error.column == 3)
            #expect("\(error)".contains("制表符"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func loadRejectsMissingAndNonUTF8Files() throws {
        let folder = try Paths.temporaryFolder()
        let missing = folder.appendingPathComponent("none.tsv")
        #expect(throws: WordingDictionaryError.self) { try WordingDictionaryFile.load(missing) }
        let gbk = folder.appendingPathComponent("gbk.tsv")
        try Data([0xB8, 0xB2, 0xD0, 0xD0, 0x09, 0xC2, 0xC4, 0xD0, 0xD0, 0xFF]).write(to: gbk)
        do {
            _ = try WordingDictionaryFile.load(gbk)
            Issue.record("expected an error")
        } catch let error as WordingDictionaryError {
            #expect("\(error)".contains("不是 UTF-8"))
        }
        let good = folder.appendingPathComponent("good.tsv")
        try Data("覆行\t履行\n".utf8).write(to: good)
        #expect(try WordingDictionaryFile.load(good).count == 1)
    }

    @Test func builtInDictionaryParsesAndEveryEntryNamesItsSource() throws {
        let contents = try #require(EmbeddedFiles.all["dictionaries/wording.tsv"])
        let entries = try WordingDictionaryFile.parse(contents, path: "dictionaries/wording.tsv")
        #expect(entries.count >= 40)
        for entry in entries {
            #expect(!entry.source.hasPrefix("dictionaries/wording.tsv:"), "\(entry.term) has no source")
            #expect(entry.replacement != nil, "\(entry.term) has no suggestion")
        }
        for term in ["覆行", "布署", "贯切", "再接再励", "按装", "其它", "攻府", "检查院"] {
            #expect(entries.contains { $0.term == term }, "\(term) missing")
        }
        #expect(WordingRule.builtInEntries.count == entries.count)
    }

    static func lint(_ text: String, _ settings: LintSettings) -> [Diagnostic] {
        Linter(rules: [WordingRule(settings: settings)], catalog: ReportTypeCatalog(types: [])).lint(text, path: "t.txt")
    }

    @Test func userEntriesJoinTheBuiltInOnes() {
        let settings = LintSettings(extraWordingEntries: [
            WordingEntry(term: "某敏感词", replacement: nil, source: "user.tsv:1"),
            WordingEntry(term: "其它", replacement: "其他", source: "user.tsv:2"),
            WordingEntry(term: "布署", replacement: "布署", source: "user.tsv:3"),
        ])
        let found = Self.lint("标题\n出现某敏感词，其它单位，覆行职责，布署工作。", settings)
        #expect(found.map { $0.data["term"] ?? "" } == ["某敏感词", "其它", "覆行"])
        #expect(found[0].fix == nil)
        #expect(found[0].message.contains("user.tsv:1"))
        #expect(found[1].data["source"] == "user.tsv:2")
        #expect(found[2].fix?.kind == .wording)
        #expect(found[2].fix?.replacement == "履行")
    }

    @Test func nestedEntriesReportOnce() {
        let settings = LintSettings(extraWordingEntries: [
            WordingEntry(term: "人民共合", replacement: "人民共和", source: "u:1"),
        ])
        let found = Self.lint("标题\n中华人民共合国", settings)
        #expect(found.count == 1)
        #expect(found.first?.data["replacement"] == "中华人民共和国")
    }

    @Test func deadlineNeedsATimePointAfterIt() {
        let text = "标题\n截止目前；截止2023年底；截止十二月；截止当年；报名截止；截止日期；截止到目前；截止于12月。"
        let found = Self.lint(text, LintSettings())
        #expect(found.map(\.range.start.column) == [1, 6, 15, 21])
        #expect(found.allSatisfy { $0.fix?.replacement == "截至" && $0.fix?.kind == .wording })
    }
}
