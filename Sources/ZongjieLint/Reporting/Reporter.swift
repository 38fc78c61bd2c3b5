/// Turns a run's findings into output for people or tools. One file per format.
public protocol Reporter: Sendable {
    /// The complete output for `results`.
    func report(_ results: [FileResult]) -> String
}

/// The output formats `--format` accepts.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case json

    /// The reporter for this format.
    public func reporter(colour: Bool) -> any Reporter {
        switch self {
        case .text: TextReporter(colour: colour)
        case .json: JSONReporter()
        }
    }
}
