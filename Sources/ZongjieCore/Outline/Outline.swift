/// A report type's section outline: which parts a summary has, in which
/// order, how their headings are worded in real documents, and which are required.
public struct Outline: Sendable, Hashable, Codable {
    /// Stable id, e.g. "annual-summary".
    public var id: String
    /// Chinese name shown to users.
    public var name: String
    /// Sections in document order.
    public var sections: [OutlineSection]

    public init(id: String, name: String, sections: [OutlineSection]) {
        self.id = id
        self.name = name
        self.sections = sections
    }

    /// The section with `key`, if the outline has it.
    public func section(_ key: String) -> OutlineSection? {
        sections.first { $0.key == key }
    }
}

/// One part of an outline.
public struct OutlineSection: Sendable, Hashable, Codable {
    /// Stable key: title, addressee, opening, achievements, problems, plans, signature, or a plugin's own.
    public var key: String
    /// Chinese name of the part, e.g. "存在的问题".
    public var name: String
    public var required: Bool
    /// Heading wordings seen in real documents; a heading containing one of them is this part.
    /// `{year}` and `{nextYear}` stand for the report year and the year after.
    public var headings: [String]
    /// The heading a draft uses.
    public var defaultHeading: String?
    /// Fewest items (subsections or 一是-enumerations) a complete part has.
    public var minItems: Int
    /// One line for the writer: what belongs here.
    public var hint: String
    /// A report type's manifest marks this part `required: true` itself: a document of
    /// that type without it is incomplete, so `missing-section` reports it as an error.
    public var requiredByPlugin = false

    public init(
        key: String,
        name: String,
        required: Bool,
        headings: [String] = [],
        defaultHeading: String? = nil,
        minItems: Int = 0,
        hint: String = ""
    ) {
        self.key = key
        self.name = name
        self.required = required
        self.headings = headings
        self.defaultHeading = defaultHeading
        self.minItems = minItems
        self.hint = hint
    }

    enum CodingKeys: String, CodingKey {
        case key, name, required, headings, defaultHeading = "default_heading", minItems = "min_items", hint
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        key = try container.decode(String.self, forKey: .key)
        name = try container.decode(String.self, forKey: .name)
        required = try container.decodeIfPresent(Bool.self, forKey: .required) ?? false
        headings = try container.decodeIfPresent([String].self, forKey: .headings) ?? []
        defaultHeading = try container.decodeIfPresent(String.self, forKey: .defaultHeading)
        minItems = try container.decodeIfPresent(Int.self, forKey: .minItems) ?? 0
        hint = try container.decodeIfPresent(String.self, forKey: .hint) ?? ""
    }
}
