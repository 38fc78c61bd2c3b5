import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting

/// The structure parser against every real summary in ../shared/corpus (skipped
/// when absent): what a careful reader sees in each document.
@Suite struct CorpusStructureTests {
    /// What one document must parse into.
    struct Expected: Sendable, CustomTestStringConvertible {
        var file: String
        var titleSuffix: String
        var openingCount: Int
        /// Top-level markers, e.g. "一、二、三、".
        var topMarkers: String
        /// Total sections at every depth.
        var sectionCount: Int
        var closingCount: Int
        var signatureYear: Int?
        /// Outline parts the matcher must find.
        var parts: Set<String>
        var testDescription: String { file }
    }

    static let all = ["title", "opening", "achievements", "problems", "plans", "signature"]

    static let expectations: [Expected] = [
        Expected(file: "02-", titleSuffix: "重点工作总结", openingCount: 0, topMarkers: "1.2.3.4.5.6.7.", sectionCount: 7, closingCount: 0, signatureYear: nil, parts: ["title", "achievements"]),
        Expected(file: "03-", titleSuffix: "年度工作总结", openingCount: 0, topMarkers: "一、二、三、", sectionCount: 9, closingCount: 0, signatureYear: nil, parts: ["title", "achievements", "problems", "plans"]),
        Expected(file: "04-", titleSuffix: "政务公开工作总结", openingCount: 1, topMarkers: "一、二、三、", sectionCount: 9, closingCount: 0, signatureYear: nil, parts: ["title", "opening", "achievements", "problems", "plans"]),
        Expected(file: "05-", titleSuffix: "工作总结", openingCount: 15, topMarkers: "", sectionCount: 0, closingCount: 0, signatureYear: nil, parts: ["title", "opening", "achievements"]),
        Expected(file: "06-", titleSuffix: "政务公开工作总结", openingCount: 1, topMarkers: "一、二、三、", sectionCount: 3, closingCount: 0, signatureYear: nil, parts: ["title", "opening", "achievements", "plans"]),
        Expected(file: "07-", titleSuffix: "定点帮扶工作总结", openingCount: 1, topMarkers: "一、二、", sectionCount: 9, closingCount: 0, signatureYear: nil, parts: ["title", "opening", "achievements", "plans"]),
        Expected(file: "08-", titleSuffix: "工作总结", openingCount: 1, topMarkers: "（一）（二）（三）（四）（五）（六）", sectionCount: 6, closingCount: 0, signatureYear: nil, parts: ["title", "opening", "achievements"]),
        Expected(file: "11-", titleSuffix: "政务公开工作总结", openingCount: 1, topMarkers: "一、二、三、", sectionCount: 11, closingCount: 1, signatureYear: nil, parts: ["title", "opening", "achievements", "plans"]),
        Expected(file: "12-", titleSuffix: "政务公开工作总结", openingCount: 1, topMarkers: "一、二、", sectionCount: 13, closingCount: 0, signatureYear: nil, parts: ["title", "opening", "achievements", "problems", "plans"]),
        Expected(file: "14-", titleSuffix: "工作总结", openingCount: 1, topMarkers: "一、二、三、四、", sectionCount: 7, closingCount: 1, signatureYear: nil, parts: ["title", "opening", "achievements", "plans"]),
        Expected(file: "15-", titleSuffix: "政务公开总结", openingCount: 1, topMarkers: "一、二、", sectionCount: 2, closingCount: 0, signatureYear: nil, parts: ["title", "opening", "achievements", "problems", "plans"]),
        Expected(file: "16-", titleSuffix: "法治政府建设工作总结", openingCount: 1, topMarkers: "一、二、三、", sectionCount: 8, closingCount: 0, signatureYear: 2023, parts: Set(all)),
        Expected(file: "17-", titleSuffix: "政务公开工作总结", openingCount: 1, topMarkers: "一、二、三、", sectionCount: 24, closingCount: 0, signatureYear: 2023, parts: Set(all)),
        Expected(file: "19-", titleSuffix: "工作总结", openingCount: 1, topMarkers: "一、", sectionCount: 6, closingCount: 0, signatureYear: nil, parts: ["title", "opening", "achievements"]),
        Expected(file: "21-", titleSuffix: "政务公开工作总结", openingCount: 1, topMarkers: "一、二、三、四、", sectionCount: 6, closingCount: 0, signatureYear: nil, parts: ["title", "opening", "achievements", "problems", "plans"]),
        Expected(file: "22-", titleSuffix: "政务公开工作总结", openingCount: 1, topMarkers: "一、二、三、四、五、六、", sectionCount: 12, closingCount: 0, signatureYear: nil, parts: ["title", "opening", "achievements", "plans"]),
    ]

    static func corpusText(_ prefix: String) throws -> String? {
        guard let corpus = Paths.corpus,
              let name = try FileManager.default.contentsOfDirectory(atPath: corpus.path).first(where: { $0.hasPrefix(prefix) }) else { return nil }
        return try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
    }

    @Test(.enabled(if: Paths.corpus != nil, "../shared/corpus not present"), arguments: expectations)
    func parsesDocument(_ expected: Expected) throws {
        guard let text = try Self.corpusText(expected.file) else { return }
        let source = SourceText(text)
        let document = StructureParser().parse(source)
        #expect(document.title?.text.hasSuffix(expected.titleSuffix) == true, "title: \(document.title?.text ?? "nil")")
        #expect(document.title?.range?.start.line == 1)
        #expect(document.addressee == nil)
        #expect(document.opening.count == expected.openingCount)
        #expect(document.sections.map(\.marker.text).joined() == expected.topMarkers)
        #expect(document.allSections.count == expected.sectionCount)
        #expect(document.closing.count == expected.closingCount)
        #expect(document.signature?.date?.year == expected.signatureYear)
        let outline = try ReportTypeCatalog.builtIn().type(id: "general")!.outline
        let match = OutlineMatcher(outline: outline, reportYear: ReportYear.infer(from: document)).match(document)
        #expect(Set(match.parts.keys) == expected.parts)
        #expect(ReportYear.infer(from: document) == 2023)
    }

    /// Every non-empty line ends up in exactly one node: nothing is lost.
    @Test(.enabled(if: Paths.corpus != nil, "../shared/corpus not present"), arguments: expectations)
    func keepsEveryLine(_ expected: Expected) throws {
        guard let text = try Self.corpusText(expected.file) else { return }
        let source = SourceText(text)
        let document = StructureParser().parse(source)
        var covered: [Int] = []
        if let title = document.title?.range { covered += Array(title.start.line...title.end.line) }
        if let line = document.addressee?.range?.start.line { covered.append(line) }
        for section in document.allSections {
            if let line = section.headingRange?.start.line { covered.append(line) }
        }
        for paragraph in document.allParagraphs {
            // A run-on paragraph shares its line with the heading.
            if let line = paragraph.range?.start.line, !covered.contains(line) { covered.append(line) }
        }
        if let line = document.signature?.unit?.range?.start.line { covered.append(line) }
        if let line = document.signature?.date?.range?.start.line { covered.append(line) }
        let nonEmpty = (1...source.lines.count).filter { !source.line($0).allSatisfy(\.isWhitespace) }
        #expect(covered.sorted() == nonEmpty)
    }

    @Test(.enabled(if: Paths.corpus != nil, "../shared/corpus not present")) func runOnHeadingSplitsAtFirstFullStop() throws {
        guard let text = try Self.corpusText("11-") else { return }
        let document = StructureParser().parse(SourceText(text))
        let first = try #require(document.sections.last?.children.first)
        #expect(first.heading == "统计解读质量提升")
        #expect(first.paragraphs.first?.text.hasPrefix("今年发布的") == true)
        #expect(first.paragraphs.first?.range?.start.column == first.marker.scalarCount + "统计解读质量提升。".unicodeScalars.count + 1)
        #expect(document.closing.first?.text.hasPrefix("下一步") == true)
    }

    @Test(.enabled(if: Paths.corpus != nil, "../shared/corpus not present")) func signatureBlockAndEnumerations() throws {
        guard let text = try Self.corpusText("17-") else { return }
        let document = StructureParser().parse(SourceText(text))
        #expect(document.signature?.unit?.text == "XX县发展和改革委员会")
        #expect(document.signature?.date?.month == 12)
        #expect(document.signature?.date?.day == 13)
        let last = try #require(document.sections.last)
        #expect(last.heading == "存在问题和工作打算")
        #expect(last.children.map(\.heading) == ["主要问题", "工作打算"])
        #expect(last.children.first?.paragraphs.first?.marker?.style == .ordinalShi)
    }

    @Test(.enabled(if: Paths.corpus != nil, "../shared/corpus not present")) func yaoAndAspectMarkers() throws {
        guard let seven = try Self.corpusText("07-"), let twentyTwo = try Self.corpusText("22-") else { return }
        let plans = try #require(StructureParser().parse(SourceText(twentyTwo)).sections.last)
        #expect(plans.paragraphs.map { $0.marker?.text ?? "" } == ["一要", "二要", "三要"])
        let work = try #require(StructureParser().parse(SourceText(seven)).sections.first?.children.last)
        #expect(work.paragraphs.compactMap { $0.marker?.style } == [.aspect, .aspect])
    }
}
