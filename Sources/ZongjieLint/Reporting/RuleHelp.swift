import ZongjieCore

/// The texts a CI format shows for a rule, built from its description in one place.
public enum RuleHelp {
    /// The rule's 依据 (the norm or practice it rests on); the rationale for a rule that
    /// states none (a plugin's, or one written before `basis` existed).
    public static func basis(of description: RuleDescription) -> String {
        description.basis.isEmpty ? description.rationale : description.basis
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
