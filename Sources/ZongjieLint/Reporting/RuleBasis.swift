/// The 依据 of each registered rule by id, for reporters that attach it to findings.
public enum RuleBasis {
    private static let byID: [String: String] = {
        var table: [String: String] = [:]
        for rule in RuleRegistry.all where !rule.description.basis.isEmpty {
            table[rule.description.id] = rule.description.basis
        }
        return table
    }()

    /// The basis of rule `id`, or nil for an unknown rule or one that states none.
    public static func basis(of id: String) -> String? {
        byID[id]
    }
}
