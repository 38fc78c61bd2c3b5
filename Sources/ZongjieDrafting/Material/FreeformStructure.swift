import ZongjieCore

/// A report's own structure, kept as the clerk wrote it (`zongjie import`, the `structure:`
/// part of a material file): title, opening, numbered parts with headings, run-in headings,
/// paragraphs, 一是/二是 points and tables, closing and signature. Any report type renders
/// it; every text is a Mustache template over the type's slots ({{unit}}, {{year}},
/// {{nextYear}}, {{proactive_total}} …), so the facts live in slots and the words here.
public struct FreeformStructure: Sendable, Hashable {
    /// The title; nil: the type's title pattern.
    public var title: String?
    public var opening: [FreeformBlock]
    public var sections: [FreeformSection]
    public var closing: [FreeformBlock]
    /// 落款; nil: the draft has none (as the source had none).
    public var signature: FreeformSignature?

    public init(title: String? = nil, opening: [FreeformBlock] = [], sections: [FreeformSection] = [],
                closing: [FreeformBlock] = [], signature: FreeformSignature? = nil) {
        self.title = title
        self.opening = opening
        self.sections = sections
        self.closing = closing
        self.signature = signature
    }
}

/// A numbered part or subsection: its heading line as written (marker included), the text
/// that runs on after it on the same line, what it holds and which outline part it is.
public struct FreeformSection: Sendable, Hashable {
    /// “一、主要举措”, “（一）组织保障有力。”: the marker and the heading as written.
    public var heading: String
    /// The marker parsed from `heading` (checked when the material is read).
    public var marker: NumberingMarker
    /// Text on the heading's line after it (a run-in heading), nil when the heading stands alone.
    public var runIn: String?
    /// Outline key of the part (achievements, problems, plans, or a plugin's), when known.
    public var part: String?
    public var body: [FreeformBlock]
    public var sections: [FreeformSection]

    public init(heading: String, marker: NumberingMarker, runIn: String? = nil, part: String? = nil,
                body: [FreeformBlock] = [], sections: [FreeformSection] = []) {
        self.heading = heading
        self.marker = marker
        self.runIn = runIn
        self.part = part
        self.body = body
        self.sections = sections
    }

    /// The heading text after the marker.
    public var headingText: String {
        String(String.UnicodeScalarView(heading.unicodeScalars.dropFirst(marker.scalarCount)))
    }
}

/// One block of body text.
public enum FreeformBlock: Sendable, Hashable {
    /// A paragraph.
    case paragraph(String)
    /// A paragraph enumerating inline: lead, then 一是……二是…… (or 一要……).
    case points(InlinePoints)
    /// Table rows as written (Markdown pipe rows or tab-separated cells), kept together.
    case table([String])
}

/// 落款: unit and date lines as templates ({{unit}}, {{date}}).
public struct FreeformSignature: Sendable, Hashable {
    public var unit: String?
    public var date: String?

    public init(unit: String? = nil, date: String? = nil) {
        self.unit = unit
        self.date = date
    }
}

/// One of last year's plans to report on: “上年计划：……；完成情况：……”. Once `done` is
/// written, the draft states it in this year's achievements; until then the item shows
/// with a placeholder there.
public struct PlanCheck: Sendable, Hashable {
    public var plan: String
    public var done: String?

    public init(plan: String, done: String? = nil) {
        self.plan = plan
        self.done = done
    }
}
