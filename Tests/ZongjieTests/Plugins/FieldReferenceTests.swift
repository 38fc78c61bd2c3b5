import Foundation
import Testing
@testable import ZongjieDrafting

/// PLUGINS.md's field reference, the manifest decoder and the comments `plugin new` writes
/// say the same: every key the decoder accepts, every slot type, derived kind, lint kind
/// and template name is documented in both places.
@Suite struct FieldReferenceTests {
    static var reference: String {
        get throws {
            let text = try String(contentsOf: Paths.packageRoot.appendingPathComponent("PLUGINS.md"), encoding: .utf8)
            guard let start = text.range(of: "## 10. Field reference") else { return "" }
            return String(text[start.lowerBound...])
        }
    }

    /// Every name the manifest accepts, by where it goes.
    static var manifestNames: [(what: String, names: [String])] {
        [
            ("top-level key", ManifestDecoder.topKeys),
            ("outline key", ManifestDecoder.outlineKeys),
            ("outline.sections key", ManifestDecoder.patchKeys),
            ("title key", ManifestDecoder.titleKeys),
            ("slot key", ManifestDecoder.slotKeys),
            ("slot type", SlotType.allCases.map(\.rawValue)),
            ("derived key", ManifestDecoder.derivedKeys),
            ("derived kind", ManifestDecoder.derivedKinds),
            ("lint key", PluginLintDecoder.commonKeys),
            ("lint kind", PluginLintDecoder.kindKeys.keys.sorted()),
            ("lint kind key", PluginLintDecoder.kindKeys.values.flatMap { $0 }),
        ]
    }

    @Test func everyManifestNameIsInTheReference() throws {
        let reference = try Self.reference
        #expect(!reference.isEmpty, "PLUGINS.md has no “## 10. Field reference”")
        for (what, names) in Self.manifestNames where !what.hasPrefix("lint") {
            for name in names {
                #expect(reference.contains("`\(name)`"), "PLUGINS.md field reference lacks the \(what) `\(name)`")
            }
        }
    }

    /// Lint kinds and their keys may be documented in §6's table (`terms: [..]`) or in §10.
    @Test func everyLintKindAndKeyIsInPluginsMD() throws {
        let text = try String(contentsOf: Paths.packageRoot.appendingPathComponent("PLUGINS.md"), encoding: .utf8)
        for (what, names) in Self.manifestNames where what.hasPrefix("lint") {
            for name in names {
                let documented = ["`", ":", " "].contains { text.contains("`\(name)\($0)") }
                #expect(documented, "PLUGINS.md never documents the \(what) `\(name)`")
            }
        }
    }

    @Test func everyTemplateNameIsInTheReference() throws {
        let reference = try Self.reference
        var names = TemplateScopeCheck.contextNames
        for frame in [TemplateScopeCheck.Frame.listItem, .point, .tableRow] { names.formUnion(frame.fields) }
        for name in names.sorted() {
            #expect(reference.contains("`\(name)`"), "PLUGINS.md field reference lacks the template name `\(name)`")
        }
    }

    /// The scaffold's plugin.yaml names every key, type and kind in its comments or its content.
    @Test func theScaffoldCommentsNameEveryField() throws {
        let catalog = try ReportTypeCatalog.builtIn()
        let general = try #require(catalog.plugin(id: "general"))
        let manifest = try #require(PluginScaffold.files(id: "shiyan", base: general, general: general.templates, name: nil, topic: nil)["plugin.yaml"])
        for (what, names) in Self.manifestNames {
            for name in names {
                #expect(manifest.contains(name), "the scaffolded plugin.yaml never mentions the \(what) “\(name)”")
            }
        }
    }
}
