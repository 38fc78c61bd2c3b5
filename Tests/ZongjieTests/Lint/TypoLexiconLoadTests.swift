import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieSession
@testable import ZongjieLint

/// The `typo` data is built by several tasks at once and, in a lint session, on a background
/// thread: both must give exactly the lexicon a plain serial build gives (not timed here;
/// BENCHMARKS.md measures the load).
@Suite struct TypoLexiconLoadTests {
    /// Built once for both tests (a debug build takes seconds).
    static let serial = serialBuild()

    static func serialBuild() -> TypoLexiconTables {
        TypoLexicon(
            words: TypoLexicon.file(TypoLexicon.wordsPath), confusions: TypoLexicon.file(TypoLexicon.confusionsPath),
            affixes: TypoLexicon.file(TypoLexicon.affixesPath), parallel: false
        ).tables
    }

    @Test func parallelBuildEqualsSerialBuild() {
        let parallel = TypoLexicon(
            words: TypoLexicon.file(TypoLexicon.wordsPath), confusions: TypoLexicon.file(TypoLexicon.confusionsPath),
            affixes: TypoLexicon.file(TypoLexicon.affixesPath), parallel: true
        ).tables
        #expect(parallel.wordCount > 500_000)
        #expect(parallel == Self.serial)
    }

    @Test func backgroundLoadedLexiconEqualsDirectBuild() throws {
        // What a lint session with `typo` enabled does: building its engine starts the load.
        let session = try LintSession(options: LintSessionOptions(), catalog: ReportTypeCatalog(types: []))
        let engine = try session.engine(forFileAt: "a.txt").engine
        let findings = engine.lint("健全制度体系，堵塞管理漏动。", path: "a.txt").diagnostics.filter { $0.ruleID == "typo" }
        #expect(findings.map { $0.data["replacement"] } == ["漏洞"])
        #expect(Self.serial.wordCount > 500_000)
        #expect(TypoLexicon.shared.tables == Self.serial)
    }
}
