import ZongjieCore
import ZongjieDrafting

/// Everything a rule may look at for one document. Built once per document and
/// shared by all rules, so no rule decodes or parses the file again.
public struct LintContext: Sendable {
    /// The path shown in findings ("-" for stdin).
    public var path: String
    public var source: SourceText
    public var document: Document
    /// The report type the document is linted as.
    public var reportType: ReportType
    /// Report year (from the title, else the opening, else the signature), if any.
    public var reportYear: Int?
    /// Page and paragraph formatting when the input was a .docx; nil otherwise.
    public var docxLayout: DocxLayout?
    /// Decoded lines and other scans shared by the rules, made on first use.
    public let scans: DocumentScans
    /// The table regions of a 政府信息公开工作年度报告 (empty for other documents): their lines
    /// are cells and row labels, never headings, and the engine keeps text rules out of them.
    public var tableRegions: [NianbaoTableRegion] = []
    /// Last year's report (`lint --previous`), nil when none was given.
    public var previous: PreviousReport?

    public init(path: String, source: SourceText, document: Document, reportType: ReportType, reportYear: Int?, docxLayout: DocxLayout? = nil) {
        self.path = path
        self.source = source
        self.document = document
        self.reportType = reportType
        self.reportYear = reportYear
        self.docxLayout = docxLayout
        self.scans = DocumentScans(source)
    }
}
