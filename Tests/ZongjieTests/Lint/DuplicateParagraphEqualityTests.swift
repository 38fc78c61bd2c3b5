import Testing
import ZongjieCore
@testable import ZongjieLint

/// The in-step comparison that confirms duplicate-paragraph's hash hits.
@Suite struct DuplicateParagraphEqualityTests {
    func equal(_ first: String, _ second: String) -> Bool {
        let source = SourceText(first + "\n" + second)
        return source.utf8.withUnsafeBufferPointer {
            NormalisedLine.normalisedEqual($0, source.lines[0], source.lines[1])
        }
    }

    @Test func spacingAndWidthDoNotHideARepeat() {
        #expect(equal("坚持问题导向，及时回应群众关切。", "坚持问题导向, 及时回应群众关切。"))
        #expect(equal("\u{3000}\u{3000}全年（2024年）办结12件。", "全年(2024年)办结12件。"))
        #expect(equal("", " \t"))
        // Byte-identical copies take the memcmp path.
        #expect(equal("坚持问题导向，及时回应群众关切。", "坚持问题导向，及时回应群众关切。"))
    }

    @Test func differentTextIsNotARepeat() {
        #expect(!equal("坚持问题导向，及时回应群众关切。", "坚持问题导向，及时回应群众诉求。"))
        // One line the prefix of the other.
        #expect(!equal("坚持问题导向，及时回应群众关切", "坚持问题导向，及时回应群众关切。"))
        // Full-width digits fold to ASCII, so they repeat; a changed digit does not.
        #expect(equal("办结12件。", "办结１２件。"))
        #expect(!equal("办结12件。", "办结13件。"))
        // A character outside the folded range keeps its own bytes: 𠀀 (4 bytes) vs 〇.
        #expect(!equal("第𠀀号文件。", "第〇号文件。"))
    }
}
