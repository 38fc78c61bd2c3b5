/// Turns a run's findings into output for people or tools. One file per format.
public protocol Reporter: Sendable {
    /// The complete output for `results`.
    func report(_ results: [FileResult]) -> String
}

/// The output formats `--format` accepts.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case json
    /// SARIF 2.1.0 for code scanning; rdjson for reviewdog; github for Actions annotations.
    case sarif
    case rdjson
    case github

    /// The reporter for this format.
    public func reporter(colour: Bool) -> any Reporter {
        switch self {
        case .text: TextReporter(colour: colour)
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .rdjson: RDJSONReporter()
        case .github: GitHubReporter()
        }
    }

    /// The CI formats' reporters (written header, file parts, footer); nil for text and json,
    /// which stream through their own calls.
    public var streamingReporter: (any StreamingReporter)? {
        switch self {
        case .text, .json: nil
        case .sarif: SARIFReporter()
        case .rdjson: RDJSONReporter()
        case .github: GitHubReporter()
        }
    }

    /// The values `--format` accepts, for messages: "text、json、sarif、rdjson 或 github".
    public static var choices: String {
        let names = allCases.map(\.rawValue)
        return names.dropLast().joined(separator: "、") + " 或 " + (names.last ?? "")
    }
}
