import Yams
import ZongjieCore
import ZongjieResources

/// The report types known to a run: built-ins compiled into the binary,
/// overridden by plugins found on the search path.
///
/// STUB: returns only `general` on the base outline until the plugin loader lands.
public struct ReportTypeCatalog: Sendable {
    public var types: [ReportType]

    public init(types: [ReportType]) {
        self.types = types
    }

    /// The built-in types, from the embedded plugins and outlines.
    public static func builtIn() throws -> ReportTypeCatalog {
        let yaml = EmbeddedFiles.all["outlines/annual-summary.yaml"] ?? ""
        let outline = try YAMLDecoder().decode(Outline.self, from: yaml)
        return ReportTypeCatalog(types: [
            ReportType(id: "general", name: "单位年度工作总结", titleKeywords: [], outline: outline, origin: .builtIn),
        ])
    }

    /// The type with `id`, if known.
    public func type(id: String) -> ReportType? {
        types.first { $0.id == id }
    }

    /// The type a title names by its keywords (the longest keyword wins), else `general`.
    public func recognise(title: String) -> ReportType? {
        var best: (type: ReportType, length: Int)?
        for type in types {
            for keyword in type.titleKeywords where title.contains(keyword) {
                let length = keyword.unicodeScalars.count
                if best == nil || length > best!.length { best = (type, length) }
            }
        }
        return best?.type ?? type(id: "general")
    }
}
