import ZongjieCore

/// Last year's report, given with `zongjie lint --previous FILE`: read and parsed once per
/// run and handed to every rule through `LintContext.previous`, so rules that compare this
/// year's draft with last year's (previous-reuse, previous-plans, previous-figures, the
/// 年报 checks) share one parse.
public struct PreviousReport: Sendable {
    /// The path as the user gave it.
    public var path: String
    public var source: SourceText
    public var document: Document
    /// Last year's report year (from its title, opening or signature), if any.
    public var reportYear: Int?

    /// Parses `text` read from `path`.
    public init(text: String, path: String) {
        self.path = path
        self.source = SourceText(text)
        self.document = StructureParser().parse(source)
        self.reportYear = ReportYear.infer(from: document)
    }
}
