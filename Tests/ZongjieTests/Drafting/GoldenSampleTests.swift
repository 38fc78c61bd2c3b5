import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieFormats

/// Every built-in type drafts its sample input to the checked-in golden file
/// (samples/<id>.md), and with no input to a full skeleton of placeholders.
/// Set ZONGJIE_UPDATE_GOLDEN=1 to rewrite samples/<id>.yaml and samples/<id>.md.
@Suite struct GoldenSampleTests {
    static let catalog = (try? ReportTypeCatalog.builtIn()) ?? ReportTypeCatalog(types: [])
    static let ids = ["general", "zhengwu-gongkai", "fazhi-zhengfu", "anquan-shengchan", "dingdian-bangfu"]
    static var updating: Bool { ProcessInfo.processInfo.environment["ZONGJIE_UPDATE_GOLDEN"] == "1" }

    static func plugin(_ id: String) throws -> Plugin {
        try #require(catalog.plugin(id: id), "built-in plugin \(id) missing")
    }

    static func draftSample(_ plugin: Plugin) throws -> Draft {
        let text = try #require(plugin.sampleInput, "\(plugin.manifest.id) has no sample.yaml")
        let input = try InputLoader.load(text, file: "sample.yaml", manifest: plugin.manifest)
        #expect(InputLoader.missingRequired(in: input, manifest: plugin.manifest, file: "sample.yaml").isEmpty)
        return try Drafter(plugin: plugin).draft(input)
    }

    @Test func allFiveBuiltInTypesExist() {
        #expect(Set(Self.ids).isSubset(of: Set(Self.catalog.types.map(\.id))))
    }

    @Test(arguments: ids) func sampleMatchesGoldenFile(id: String) throws {
        let plugin = try Self.plugin(id)
        let draft = try Self.draftSample(plugin)
        let markdown = DraftTextWriter.write(draft.document, format: .markdown)
        let samples = Paths.packageRoot.appendingPathComponent("samples")
        let golden = samples.appendingPathComponent("\(id).md")
        let inputCopy = samples.appendingPathComponent("\(id).yaml")
        if Self.updating {
            try FileManager.default.createDirectory(at: samples, withIntermediateDirectories: true)
            try markdown.write(to: golden, atomically: true, encoding: .utf8)
            try (plugin.sampleInput ?? "").write(to: inputCopy, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(markdown == expected, "samples/\(id).md is stale: run ZONGJIE_UPDATE_GOLDEN=1 swift test --filter GoldenSampleTests")
        #expect(try String(contentsOf: inputCopy, encoding: .utf8) == plugin.sampleInput,
                "samples/\(id).yaml must equal plugins/\(id)/sample.yaml")
        #expect(draft.placeholderCount == 0)
        #expect(!markdown.contains(Placeholder.prefix))
    }

    @Test(arguments: ids) func emptyInputRendersFullSkeleton(id: String) throws {
        let plugin = try Self.plugin(id)
        let draft = try Drafter(plugin: plugin).draft(DraftInput())
        let text = DraftTextWriter.write(draft.document, format: .plainText)
        for slot in plugin.manifest.slots where slot.required {
            #expect(text.contains(Placeholder.prefix + slot.label + "】"), "no placeholder for required slot \(slot.key)")
        }
        let headings = draft.document.sections.map(\.heading)
        for section in plugin.outline.sections where section.required && !["title", "opening", "signature", "addressee"].contains(section.key) {
            #expect(headings.contains { heading in section.headings.contains { heading.contains($0) } || heading == section.defaultHeading },
                    "required section \(section.key) missing from skeleton")
        }
        #expect(draft.document.title != nil && draft.document.signature?.date != nil)
    }

    @Test(arguments: ids) func samplesFollowTheCorpusShape(id: String) throws {
        let document = try Self.draftSample(try Self.plugin(id)).document
        let opening = try #require(document.opening.last?.text)
        #expect(opening.hasSuffix("总结如下："))
        #expect(document.sections.count >= 3)
        #expect(document.sections.map(\.marker.text).prefix(3) == ["一、", "二、", "三、"])
        #expect(document.sections.first?.children.first?.marker.text == "（一）")
        #expect(document.sections.first?.children.first?.paragraphs.first?.text.hasPrefix("一是") == true)
        #expect(document.sections.contains { $0.heading.contains("问题") || $0.heading.contains("不足") })
        #expect(document.sections.last?.heading.hasPrefix("2025年") == true)
        let date = try #require(document.signature?.date)
        #expect(date.year == 2025 && date.text.range(of: #"^\d{4}年[1-9]\d?月[1-9]\d?日$"#, options: .regularExpression) != nil)
        // Numbering never skips a level: each child is exactly one level below its parent.
        func check(_ sections: [Section], level: Int) {
            for section in sections {
                #expect(section.level == level)
                check(section.children, level: level + 1)
            }
        }
        check(document.sections, level: 1)
    }

    @Test(arguments: ids) func draftsUseFullWidthPunctuationAndNoSpaceBeforeDigits(id: String) throws {
        let text = DraftTextWriter.write(try Self.draftSample(try Self.plugin(id)).document, format: .plainText)
        let scalars = Array(text.unicodeScalars)
        func isHan(_ scalar: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(scalar.value) }
        for (index, scalar) in scalars.enumerated() where index > 0 && index + 1 < scalars.count {
            let before = scalars[index - 1]
            let after = scalars[index + 1]
            if [",", ";", ":", "(", ")", "?", "!"].contains(scalar) {
                #expect(!(isHan(before) || isHan(after)), "half-width \(scalar) in Chinese text of \(id)")
            }
            if scalar == " " {
                #expect(!(isHan(before) || isHan(after)), "space next to Chinese text in \(id)")
            }
        }
    }
}
