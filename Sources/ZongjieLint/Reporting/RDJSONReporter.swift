import ZongjieCore

/// reviewdog's Diagnostic Format as one JSON document (`reviewdog -f=rdjson`): the source,
/// then per finding its message, path, range, severity, rule code with a link, and the fix
/// as a suggestion. reviewdog counts columns in UTF-8 bytes (1-based, end exclusive), so
/// our scalar columns are converted here, at the edge.
public struct RDJSONReporter: StreamingReporter {
    let paths: ReportPaths

    public init(paths: ReportPaths = ReportPaths()) {
        self.paths = paths
    }

    public var separator: String { ",\n" }

    public func header() -> String {
        var out: [UInt8] = []
        out.append(raw: "{\"source\":")
        appendSource(to: &out)
        out.append(raw: ",\"diagnostics\":[\n")
        return String(decoding: out, as: UTF8.self)
    }

    public func footer(_ summary: LintSummary) -> String {
        "\n]}\n"
    }

    public func append(_ result: FileResult, to out: inout [UInt8]) {
        guard !result.diagnostics.isEmpty else { return }
        var columns = ByteColumns(result.source)
        let path = paths.relative(result.path)
        for (index, diagnostic) in result.diagnostics.enumerated() {
            if index > 0 { out.append(raw: ",\n") }
            out.append(raw: "{\"message\":")
            out.append(jsonString: diagnostic.message)
            out.append(raw: ",\"location\":{\"path\":")
            out.append(jsonString: path)
            out.append(raw: ",\"range\":")
            append(diagnostic.range, columns: &columns, to: &out)
            out.append(raw: "},\"severity\":\"\(Self.severity(diagnostic.severity))\",\"source\":")
            appendSource(to: &out)
            out.append(raw: ",\"code\":{\"value\":")
            out.append(jsonString: diagnostic.ruleID)
            out.append(raw: ",\"url\":")
            out.append(jsonString: ToolInfo.ruleURI(diagnostic.ruleID))
            out.append(raw: "}")
            if let fix = diagnostic.fix, !result.isWordFile {
                out.append(raw: ",\"suggestions\":[{\"range\":")
                append(fix.range, columns: &columns, to: &out)
                out.append(raw: ",\"text\":")
                out.append(jsonString: fix.replacement)
                out.append(raw: "}]")
            }
            out.append(raw: "}")
        }
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "ERROR"
        case .warning: "WARNING"
        case .info: "INFO"
        }
    }

    private func appendSource(to out: inout [UInt8]) {
        out.append(raw: "{\"name\":")
        out.append(jsonString: ToolInfo.name)
        out.append(raw: ",\"url\":")
        out.append(jsonString: ToolInfo.informationURI)
        out.append(raw: "}")
    }

    private func append(_ range: SourceRange, columns: inout ByteColumns, to out: inout [UInt8]) {
        out.append(raw: "{\"start\":{\"line\":")
        out.append(decimal: range.start.line)
        out.append(raw: ",\"column\":")
        out.append(decimal: columns.byteColumn(of: range.start))
        out.append(raw: "},\"end\":{\"line\":")
        out.append(decimal: range.end.line)
        out.append(raw: ",\"column\":")
        out.append(decimal: columns.byteColumn(of: range.end))
        out.append(raw: "}}")
    }
}

/// 1-based UTF-8 byte columns for scalar positions (what reviewdog expects).
struct ByteColumns {
    private let source: SourceText
    private var offsets: ByteOffsetCursor

    init(_ source: SourceText) {
        self.source = source
        self.offsets = ByteOffsetCursor(source)
    }

    /// The byte column of `position`: bytes before it on its line, plus one (a column past
    /// the line's end is clamped to just after its last byte).
    mutating func byteColumn(of position: SourcePosition) -> Int {
        guard position.line >= 1, position.line <= source.lines.count else { return max(1, position.column) }
        return offsets.offset(of: position) - source.lines[position.line - 1].start + 1
    }
}
