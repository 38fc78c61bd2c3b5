import Foundation
import Testing
import ZongjieDrafting

/// A derived figure may read another (满意率（含基本满意）= 满意率 + 基本满意率): computed in
/// dependency order whatever order plugin.yaml lists them in; a cycle is an error naming the figures.
@Suite struct DerivedFigureChainTests {
    static func manifest(_ derived: String) -> String {
        """
        id: chain-test
        name: 建议提案办理工作总结
        slots:
          - {key: replied, type: count, unit: 件, label: 已答复件数, required: true}
          - {key: satisfied, type: count, unit: 件, label: 满意件数, required: true}
          - {key: basically_satisfied, type: count, unit: 件, label: 基本满意件数, required: true}
        derived:
        \(derived)
        """
    }

    static let chain = manifest("""
          - {key: satisfaction_total, kind: sum, label: 满意率（含基本满意）, of: [satisfaction_rate, basic_rate], decimals: 1}
          - {key: satisfaction_rate, kind: rate, label: 满意率, of: satisfied, over: replied, decimals: 1}
          - {key: basic_rate, kind: rate, label: 基本满意率, of: basically_satisfied, over: replied, decimals: 1}
      """)

    @Test func aFigureReadsFiguresListedAfterIt() throws {
        let manifest = try ManifestDecoder.decode(Self.chain, file: "plugin.yaml")
        let input = DraftInput(values: ["replied": .number(200, written: "200"), "satisfied": .number(180, written: "180"),
                                        "basically_satisfied": .number(16, written: "16")])
        let context = TemplateContextBuilder(manifest: manifest, input: input).build()
        #expect(context["satisfaction_rate"] as? String == "90%")
        #expect(context["basic_rate"] as? String == "8%")
        // A sum of two rates is a percentage too.
        #expect(context["satisfaction_total"] as? String == "98%")
    }

    @Test func aMissingRequiredFactLeavesAPlaceholderAlongTheChain() throws {
        let manifest = try ManifestDecoder.decode(Self.chain, file: "plugin.yaml")
        let input = DraftInput(values: ["replied": .number(200, written: "200"), "satisfied": .number(180, written: "180")])
        let context = TemplateContextBuilder(manifest: manifest, input: input).build()
        #expect((context["satisfaction_total"] as? String)?.hasPrefix("【待填：满意率（含基本满意）") == true, "\(context)")
    }

    @Test func aCycleIsAnErrorNamingTheFigures() throws {
        let text = Self.manifest("""
              - {key: a_share, kind: share, label: 甲, of: b_share, over: replied}
              - {key: b_share, kind: sum, label: 乙, of: [a_share]}
          """)
        #expect {
            try ManifestDecoder.decode(text, file: "plugin.yaml")
        } throws: { error in
            "\(error)".contains("plugin.yaml:8:") && "\(error)".contains("计算项循环引用：a_share → b_share → a_share。")
        }
    }

    @Test func aFigureOverAnUnknownNameIsStillAnError() throws {
        let text = Self.manifest("  - {key: rate, kind: rate, label: 率, of: satisfied, over: answered}")
        #expect {
            try ManifestDecoder.decode(text, file: "plugin.yaml")
        } throws: { error in
            "\(error)".contains("“answered”不是已定义的数字或表格填写项，也不是计算项。")
        }
    }
}
