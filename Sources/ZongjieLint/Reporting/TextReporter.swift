import ZongjieCore

/// gcc-style lines, `path:line:column: severity: message [rule-id]`, then a
/// summary line. Colour (severity words only) when `colour` is set.
public struct TextReporter: Reporter {
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    public func report(_ results: [FileResult]) -> String {
        var out = ""
        for result in results {
            out += lines(for: result)
        }
        out += summaryLine(LintSummary(results)) + "\n"
        return out
    }

    /// One file's finding lines (streamed output writes them as files finish).
    public func lines(for result: FileResult) -> String {
        var out = ""
        for diagnostic in result.diagnostics {
            let start = diagnostic.range.start
            out += "\(result.path):\(start.line):\(start.column): \(label(diagnostic.severity)): \(diagnostic.message) [\(diagnostic.ruleID)]\n"
        }
        return out
    }

    /// "检查了 2 个文件：1 个错误，3 个警告，0 个提示。" or "检查了 1 个文件：没有发现问题。"
    public func summaryLine(_ summary: LintSummary) -> String {
        if summary.errors + summary.warnings + summary.infos == 0 {
            return "检查了 \(summary.files) 个文件：没有发现问题。"
        }
        return "检查了 \(summary.files) 个文件：\(summary.errors) 个错误，\(summary.warnings) 个警告，\(summary.infos) 个提示。"
    }

    private func label(_ severity: Severity) -> String {
        guard colour else { return severity.label }
        let code = switch severity {
        case .error: "31"
        case .warning: "33"
        case .info: "36"
        }
        return "\u{1B}[1;\(code)m\(severity.label)\u{1B}[0m"
    }
}
