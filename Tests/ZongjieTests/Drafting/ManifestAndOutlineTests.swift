import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieResources

@Suite struct ManifestAndOutlineTests {
    static func problems(_ yaml: String) -> [SourceProblem] {
        do {
            _ = try ManifestDecoder.decode(yaml, file: "plugin.yaml")
            return []
        } catch let error as SourceProblems {
            return error.problems
        } catch {
            return [SourceProblem(file: "?", message: "\(error)")]
        }
    }

    @Test func manifestErrorsCarryLineAndColumn() {
        let found = Self.problems("""
        id: demo
        name: 演示
        slots:
          - key: total
            type: cuont
            label: 总数
          - key: note
            type: text
            lable: 备注
        derived:
          - key: rate
            kind: rate
            of: total
            over: nothing
        """)
        #expect(found.contains { $0.line == 5 && $0.column == 11 && $0.message.contains("是否想写“count”") })
        #expect(found.contains { $0.line == 9 && $0.message.contains("是否想写“label”") })
        #expect(found.contains { $0.line == 14 && $0.message.contains("nothing") })
    }

    @Test func builtInManifestsDecode() throws {
        let catalog = try ReportTypeCatalog.builtIn()
        #expect(catalog.types.count >= 5)
        let zhengwu = try #require(catalog.plugin(id: "zhengwu-gongkai"))
        #expect(zhengwu.manifest.name == "政务公开工作总结")
        #expect(zhengwu.manifest.slot("applications_received")?.unit == "件")
        #expect(zhengwu.manifest.derived.contains { $0.key == "handling_rate" })
    }

    @Test func embeddedFolderWithoutManifestIsNotAPlugin() throws {
        var files = EmbeddedFiles.all
        files["plugins/in-progress/README.md"] = "# 还在写\n"
        let catalog = try ReportTypeCatalog.builtIn(files: files)
        #expect(catalog.type(id: "in-progress") == nil)
        #expect(catalog.type(id: "general") != nil)
    }

    static let base = Outline(id: "base", name: "基础", sections: [
        OutlineSection(key: "title", name: "标题", required: true),
        OutlineSection(key: "achievements", name: "工作开展情况", required: true, headings: ["工作开展情况"], defaultHeading: "主要工作及成效"),
        OutlineSection(key: "problems", name: "存在的问题", required: true, headings: ["存在问题"]),
        OutlineSection(key: "plans", name: "下一步工作打算", required: true),
        OutlineSection(key: "signature", name: "落款", required: true),
    ])

    @Test func patchesRenameAddRequireAndReorder() throws {
        let spec = OutlineSpec(extends: "base", patches: [
            OutlinePatch(key: "achievements", heading: "政务公开工作开展情况", addHeadings: ["主动公开情况"], minItems: 3),
            OutlinePatch(key: "applications", name: "依申请公开办理情况", heading: "依申请公开办理情况", after: "achievements"),
            OutlinePatch(key: "problems", required: false),
            OutlinePatch(key: "leadership", name: "第一责任人履职情况", before: "plans"),
        ])
        let outline = try OutlineResolver.resolve(base: Self.base, spec: spec, id: "t", name: "t", file: "plugin.yaml")
        #expect(outline.sections.map(\.key) == ["title", "achievements", "applications", "problems", "leadership", "plans", "signature"])
        let achievements = try #require(outline.section("achievements"))
        #expect(achievements.defaultHeading == "政务公开工作开展情况")
        #expect(achievements.headings.contains("主要工作及成效") && achievements.headings.contains("主动公开情况"))
        #expect(achievements.minItems == 3)
        #expect(outline.section("problems")?.required == false)
        #expect(outline.section("applications")?.required == false)
    }

    @Test func orderAndRemove() throws {
        let spec = OutlineSpec(extends: "base", patches: [OutlinePatch(key: "problems", remove: true)], order: ["title", "plans", "achievements"])
        let outline = try OutlineResolver.resolve(base: Self.base, spec: spec, id: "t", name: "t", file: "plugin.yaml")
        #expect(outline.sections.map(\.key) == ["title", "plans", "achievements", "signature"])
    }

    @Test func unknownSectionWithoutNameIsAnError() {
        let spec = OutlineSpec(extends: "base", patches: [OutlinePatch(key: "problem", required: false, line: 7, column: 7)])
        #expect {
            try OutlineResolver.resolve(base: Self.base, spec: spec, id: "t", name: "t", file: "plugin.yaml")
        } throws: { error in
            let text = "\(error)"
            return text.contains("plugin.yaml:7:7") && text.contains("是否想写“problems”")
        }
    }

    @Test func catalogRecognisesTypesFromTitles() throws {
        let catalog = try ReportTypeCatalog.builtIn()
        #expect(catalog.recognise(title: "XX局2024年度政务公开工作总结")?.id == "zhengwu-gongkai")
        #expect(catalog.recognise(title: "XX区2024年度法治政府建设工作总结")?.id == "fazhi-zhengfu")
        #expect(catalog.recognise(title: "XX县2024年安全生产工作总结")?.id == "anquan-shengchan")
        #expect(catalog.recognise(title: "XX局2024年度定点帮扶工作总结")?.id == "dingdian-bangfu")
        #expect(catalog.recognise(title: "XX街道2024年工作总结")?.id == "general")
    }

    @Test(.enabled(if: Paths.corpus != nil, "../shared/corpus not present")) func corpusTitlesAreRecognised() throws {
        guard let corpus = Paths.corpus else { return } // corpus absent: nothing to check
        let catalog = try ReportTypeCatalog.builtIn()
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8)
            let title = String(text.split(separator: "\n").first ?? "")
            let id = catalog.recognise(title: title)?.id
            if title.contains("政务公开") { #expect(id == "zhengwu-gongkai", "\(file)") }
            if title.contains("定点帮扶") { #expect(id == "dingdian-bangfu", "\(file)") }
            if title.contains("法治政府建设") { #expect(id == "fazhi-zhengfu", "\(file)") }
        }
    }
}
