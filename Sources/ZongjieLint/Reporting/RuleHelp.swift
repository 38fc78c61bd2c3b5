import ZongjieCore

/// The texts a CI format shows for a rule, built from its description in one place.
public enum RuleHelp {
    /// The rule's 依据 (the norm or practice it rests on). `RuleDescription` has no `basis`
    /// yet (another branch adds it); until then the rationale stands in. When `basis`
    /// lands, return it here (falling back to the rationale when empty) and every format follows.
    public static func basis(of description: RuleDescription) -> String {
        description.rationale
    }

    /// Plain-text help: what the rule finds, then its 依据.
    public static func text(of description: RuleDescription) -> String {
        "\(description.summary)\n依据：\(basis(of: description))"
    }

    /// SARIF levels: `note` is SARIF's word for our `info`.
    public static func sarifLevel(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}
