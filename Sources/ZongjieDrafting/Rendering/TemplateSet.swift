import Mustache

/// A plugin's compiled Mustache templates. Every template renders as plain
/// text (no HTML escaping), and each can include the others as partials (`{{> name}}`).
struct TemplateSet {
    private let library: MustacheLibrary
    private let names: Set<String>

    /// Compiles `templates` (name → source); `location` names the plugin in errors.
    init(_ templates: [String: String], location: String) throws {
        var library = MustacheLibrary()
        let pragma = "{{% CONTENT_TYPE: TEXT}}"
        for (name, source) in templates {
            do {
                try library.register(pragma + source, named: name)
            } catch {
                // Positions in the author's file: the pragma shifts line 1 only.
                let place = MustacheSyntaxMessage.position(of: error).map { line, column in
                    "第\(line)行第\(line == 1 ? max(1, column - pragma.unicodeScalars.count) : column)列："
                } ?? ""
                throw DraftingError.templateSyntax(template: "\(location)/templates/\(name).mustache",
                                                   message: place + MustacheSyntaxMessage.text(for: error))
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
