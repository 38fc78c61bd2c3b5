import Foundation

/// Finds a report type by what a clerk would type after `--type`: its id, its
/// Chinese name (政务公开工作总结) or its 事项 (政务公开). Every front-end that takes a
/// type (`new`, `lint`, `input-template`, `outline show`, the servers) resolves it here.
public enum TypeLookup {
    /// The types `query` names; several when it is ambiguous, none when unknown.
    public static func matches(_ query: String, in catalog: ReportTypeCatalog) -> [ReportType] {
        if let type = catalog.type(id: query) { return [type] }
        let wanted = query.trimmingCharacters(in: .whitespaces)
        func topic(_ type: ReportType) -> String { catalog.plugin(id: type.id)?.manifest.topic ?? "" }
        for rule in [{ (type: ReportType) in type.name == wanted },
                     { (type: ReportType) in !topic(type).isEmpty && topic(type) == wanted },
                     { (type: ReportType) in wanted.count >= 2 && type.name.hasPrefix(wanted) }] {
            let found = catalog.types.filter(rule)
            if !found.isEmpty { return found }
        }
        return []
    }
}

/// Why `--type` named no single usable type; `description` is the whole message for a clerk.
public struct TypeLookupError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

extension ReportTypeCatalog {
    /// The type `query` names (id, Chinese name or 事项), or an error that lists the types
    /// with id and name. A plugin of that type that failed to load is an error too, with its load error.
    public func resolveType(_ query: String) throws(TypeLookupError) -> ReportType {
        if let failed = failure(forType: query) { throw TypeLookupError(description: failed.loadError) }
        let named = TypeLookup.matches(query, in: self)
        if named.count == 1, let type = named.first {
            if let failed = failure(forType: type.id) { throw TypeLookupError(description: failed.loadError) }
            return type
        }
        if named.count > 1 {
            let listed = named.map { "  \($0.id)\t\($0.name)" }.joined(separator: "\n")
            throw TypeLookupError(description: "报告类型“\(query)”不止一个：\n\(listed)\n请用 id 指定其中一个。")
        }
        let guess = DidYouMean.suggest(query, among: types.map(\.id)).map { "是否想写“\($0)”？" } ?? ""
        throw TypeLookupError(description: "未知的报告类型“\(query)”。\(guess)可用的报告类型：\n\(typeListing)\n（用 zongjie types 查看全部）")
    }

    /// One line per type: id, tab, Chinese name.
    public var typeListing: String {
        types.map { "  \($0.id)\t\($0.name)" }.joined(separator: "\n")
    }
}
