import ZongjieCore

/// GitHub Actions workflow commands, one line per finding, shown as annotations on the
/// pull request: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=ID::message`
/// (`warning`, `notice` for the other levels). Columns only when the finding lies on one
/// line, as GitHub accepts them; values escaped as the Actions toolkit does
/// (`%`, CR, LF everywhere; `:` and `,` too inside properties).
public struct GitHubReporter: StreamingReporter {
    let paths: ReportPaths

    public init(paths: ReportPaths = ReportPaths()) {
        self.paths = paths
    }

    public var separator: String { "" }

    public func header() -> String { "" }

    public func footer(_ summary: LintSummary) -> String { "" }

    public func append(_ result: FileResult, to out: inout [UInt8]) {
        guard !result.diagnostics.isEmpty else { return }
        let file = Self.property(paths.relative(result.path))
        for diagnostic in result.diagnostics {
            let range = diagnostic.range
            var line = "::\(Self.command(diagnostic.severity)) file=\(file),line=\(range.start.line)"
            if range.start.line == range.end.line {
                line += ",col=\(range.start.column),endLine=\(range.end.line),endColumn=\(range.end.column)"
            } else {
                line += ",endLine=\(range.end.line)"
            }
            line += ",title=\(Self.property(diagnostic.ruleID))::\(Self.data(diagnostic.message))\n"
            out.append(raw: line)
        }
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// A command's message: `%`, CR and LF escaped.
    static func data(_ value: String) -> String {
        escape(value, alsoPropertyDelimiters: false)
    }

    /// A property value: as `data`, plus `:` and `,` which end a property.
    static func property(_ value: String) -> String {
        escape(value, alsoPropertyDelimiters: true)
    }

    private static func escape(_ value: String, alsoPropertyDelimiters: Bool) -> String {
        guard value.utf8.contains(where: { $0 == 0x25 || $0 == 0x0D || $0 == 0x0A || $0 == 0x3A || $0 == 0x2C }) else { return value }
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where alsoPropertyDelimiters: out += "%3A"
            case "," where alsoPropertyDelimiters: out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
