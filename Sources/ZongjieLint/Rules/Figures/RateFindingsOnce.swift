import ZongjieCore

/// One finding per wrong percentage. A report type's own `rate` rule (reported as `plugin-rule`)
/// and the generic `rate-mismatch` often flag the same figure; the plugin's message is the more
/// specific one (it names the type's rule and the two counts the rate is defined over), so
/// `rate-mismatch`'s finding on that figure is dropped. Each rule still runs alone when the
/// other is switched off, so a figure is never left unreported.
enum RateFindingsOnce {
    static func dropGenericDuplicates(_ findings: inout [Diagnostic]) {
        let pluginRates = findings.filter { $0.ruleID == PluginRule.id && $0.data["stated"] != nil && $0.data["computed"] != nil }
        guard !pluginRates.isEmpty else { return }
        findings.removeAll { finding in
            finding.ruleID == RateMismatchRule.id && pluginRates.contains { overlaps($0.range, finding.range) }
        }
    }

    /// Both rules mark the percentage itself; one may include the % sign and the other not.
    private static func overlaps(_ left: SourceRange, _ right: SourceRange) -> Bool {
        left.start.line == right.start.line && left.start.column < right.end.column && right.start.column < left.end.column
    }
}
