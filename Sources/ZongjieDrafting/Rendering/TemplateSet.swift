import Mustache

/// A plugin's compiled Mustache templates. Every template renders as plain
/// text (no HTML escaping), and each can include the others as partials (`{{> name}}`).
struct TemplateSet {
    private let library: MustacheLibrary
    private let names: Set<String>

    /// Compiles `templates` (name → source); `location` names the plugin in errors.
    init(_ templates: [String: String], location: String) throws {
        var library = MustacheLibrary()
        for (name, source) in templates {
            do {
                try library.register("{{% CONTENT_TYPE: TEXT}}" + source, named: name)
            } catch let error as MustacheTemplate.ParserError {
                let context = error.context
                throw DraftingError.templateSyntax(template: "\(location)/templates/\(name).mustache",
                                                   message: "第\(context.lineNumber)行第\(context.columnNumber)列：\(error.error)")
            } catch {
                throw DraftingError.templateSyntax(template: "\(location)/templates/\(name).mustache", message: "\(error)")
            }
        }
        self.library = library
        self.names = Set(templates.keys)
    }

    /// Whether a template `name` exists.
    func has(_ name: String) -> Bool { names.contains(name) }

    /// `name` rendered with `context`, or nil when there is no such template.
    func render(_ name: String, context: [String: Any]) -> String? {
        library.render(context, withTemplate: name)
    }
}
