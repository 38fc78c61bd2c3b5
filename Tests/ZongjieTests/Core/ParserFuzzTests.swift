import Testing
import ZongjieCore

/// Random mixes of markers, headings, dates and prose (fixed seed): the parser
/// never crashes and every non-empty line lands in the document.
@Suite struct ParserFuzzTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fragments = [
        "一、", "三、", "（一）", "(二)", "1.", "2、", "（1）", "一是", "二要", "第一，", "一方面", "另一方面",
        "主要工作", "存在的问题", "下一步工作打算", "2024年工作计划", "加强领导。坚持每月研究。", "：", "。",
        "下一步，我局将加大力度。", "但仍存在宣传不够等不足。", "XX局", "2023年12月13日", "二〇二三年十二月十三日",
        "<!-- zongjie-disable-next-line -->", "# ", "**", "| 0 | 1 |", "　　", "市政务公开办：", "",
    ]

    @Test(arguments: 0..<200)
    func randomDocuments(_ seed: Int) {
        var generator = Generator(state: UInt64(seed))
        var lines: [String] = []
        for _ in 0..<Int.random(in: 1...25, using: &generator) {
            var line = ""
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                line += Self.fragments.randomElement(using: &generator) ?? ""
            }
            lines.append(line)
        }
        let source = SourceText(lines.joined(separator: Bool.random(using: &generator) ? "\n" : "\r\n"))
        let document = StructureParser().parse(source)
        var covered: Set<Int> = []
        if let title = document.title?.range { covered.formUnion(title.start.line...title.end.line) }
        if let line = document.addressee?.range?.start.line { covered.insert(line) }
        for section in document.allSections { if let line = section.headingRange?.start.line { covered.insert(line) } }
        for paragraph in document.allParagraphs { if let line = paragraph.range?.start.line { covered.insert(line) } }
        if let line = document.signature?.unit?.range?.start.line { covered.insert(line) }
        if let line = document.signature?.date?.range?.start.line { covered.insert(line) }
        // 附件说明 before the 落款, 附注 / attachment pages / 版记 after it.
        for line in document.attachmentNote + document.backMatter { if let number = line.range?.start.line { covered.insert(number) } }
        let expected = Set(LineScanner.lines(of: source).map(\.number))
        #expect(covered == expected, "seed \(seed): \(lines)")
    }
}
