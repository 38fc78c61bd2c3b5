import Foundation
import Testing
import ZongjieDrafting
import ZongjieLint

/// The built-in zhengwu-gongkai lint additions (主动公开 and 依申请公开 figures) on the
/// real 政务公开 summaries: silent on those that report the figures, a warning on those
/// that do not (read by hand: 11, 14, 17 and 22 give no 主动公开 count; 21 no count of applications).
@Suite struct ZhengwuCorpusRuleTests {
    static let expected: [String: Set<String>] = [
        "04": [], "06": [], "12": [], "15": [],
        "11": ["主动公开数字"], "14": ["主动公开数字"], "17": ["主动公开数字"], "22": ["主动公开数字"],
        "21": ["依申请公开数字"],
    ]

    @Test(.enabled(if: Paths.corpus != nil, "../shared/corpus not present")) func findingsMatchWhatTheDocumentsReport() throws {
        guard let corpus = Paths.corpus else { return } // ../shared absent: nothing to compare
        let linter = Linter(rules: [PluginRule()], catalog: try ReportTypeCatalog.builtIn())
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.contains("政务公开") }
        #expect(names.count == Self.expected.count)
        for name in names {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            let context = linter.context(for: text, path: name)
            #expect(context.reportType.id == "zhengwu-gongkai", "\(name)")
            let found = Set(linter.lint(context).compactMap { $0.data["pluginRule"] })
            #expect(found == Self.expected[String(name.prefix(2))], "\(name): \(found)")
            for diagnostic in linter.lint(context) { #expect(diagnostic.severity == .warning) }
        }
    }
}
