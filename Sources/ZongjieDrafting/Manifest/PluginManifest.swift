import ZongjieCore

/// A report type's `plugin.yaml`, typed: who it is, which outline it uses,
/// how its title reads, which facts it asks for and which figures it computes.
public struct PluginManifest: Sendable, Hashable {
    public var id: String
    /// Chinese name, e.g. 政务公开工作总结.
    public var name: String
    /// The 事项 in the title (政务公开); empty for the general type.
    public var topic: String
    public var outline: OutlineSpec
    public var title: TitleSpec
    public var slots: [SlotSpec]
    public var derived: [DerivedFigure]
    /// Lint additions (`lint:`), run as `plugin-rule` on documents of this type.
    public var lint: [PluginLintRule] = []
    /// The example input's path inside the plugin folder (`sample:`), default `sample.yaml`.
    public var samplePath: String?
    /// One Chinese line saying what the type is for (`description:`), shown by `zongjie types`.
    public var summary: String?

    public init(id: String, name: String, topic: String, outline: OutlineSpec, title: TitleSpec, slots: [SlotSpec], derived: [DerivedFigure]) {
        self.id = id
        self.name = name
        self.topic = topic
        self.outline = outline
        self.title = title
        self.slots = slots
        self.derived = derived
    }

    /// The slot with `key`, if declared.
    public func slot(_ key: String) -> SlotSpec? {
        slots.first { $0.key == key }
    }
}

/// How a title reads. Patterns use `{unit}`, `{year}` and `{topic}`.
public struct TitleSpec: Sendable, Hashable {
    /// The pattern a draft uses.
    public var pattern: String
    /// Other forms seen in real documents.
    public var variants: [String]
    /// Title substrings that mark this type when linting.
    public var keywords: [String]

    public init(pattern: String, variants: [String] = [], keywords: [String] = []) {
        self.pattern = pattern
        self.variants = variants
        self.keywords = keywords
    }
}

/// Which outline a type uses and how it changes it.
public struct OutlineSpec: Sendable, Hashable {
    /// Id of the outline extended (a file `outlines/<id>.yaml`).
    public var extends: String
    /// Edits applied in order.
    public var patches: [OutlinePatch]
    /// Section keys in the wanted order; keys not listed keep their relative place after the listed ones.
    public var order: [String]

    public init(extends: String = "annual-summary", patches: [OutlinePatch] = [], order: [String] = []) {
        self.extends = extends
        self.patches = patches
        self.order = order
    }
}

/// One edit to an extended outline. A key the base lacks adds a section
/// (then `name` is needed); otherwise the given fields replace the base's.
public struct OutlinePatch: Sendable, Hashable {
    public var key: String
    public var name: String?
    /// New default heading; the old one stays recognised as a variant.
    public var heading: String?
    /// Replaces the recognised heading variants.
    public var headings: [String]?
    /// Adds recognised heading variants.
    public var addHeadings: [String]
    public var required: Bool?
    public var minItems: Int?
    public var hint: String?
    /// Place a new (or moved) section after / before this key.
    public var after: String?
    public var before: String?
    /// Drop the section.
    public var remove: Bool
    /// Where the patch was written, for errors.
    public var line: Int?
    public var column: Int?

    public init(key: String, name: String? = nil, heading: String? = nil, headings: [String]? = nil, addHeadings: [String] = [],
                required: Bool? = nil, minItems: Int? = nil, hint: String? = nil, after: String? = nil, before: String? = nil,
                remove: Bool = false, line: Int? = nil, column: Int? = nil) {
        self.key = key
        self.name = name
        self.heading = heading
        self.headings = headings
        self.addHeadings = addHeadings
        self.required = required
        self.minItems = minItems
        self.hint = hint
        self.after = after
        self.before = before
        self.remove = remove
        self.line = line
        self.column = column
    }
}
