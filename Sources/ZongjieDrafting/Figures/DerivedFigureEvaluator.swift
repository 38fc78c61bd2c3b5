/// Computes a type's derived figures from an input.
public enum DerivedFigureEvaluator {
    /// The outcome for one figure.
    public enum Result: Sendable, Hashable {
        /// The text a draft shows: "98.5%", "增长12.5%", "1260".
        case value(String, number: Double)
        /// Inputs are missing (their labels) or the figure cannot be computed (reason).
        case unavailable(reason: String)
    }

    /// Every figure of `manifest`, by key.
    public static func evaluate(_ manifest: PluginManifest, input: DraftInput) -> [String: Result] {
        var results: [String: Result] = [:]
        // Figures that read other figures come after them; one in a cycle is never computed.
        for figure in DerivedFigureOrder.ordered(manifest.derived) {
            results[figure.key] = evaluate(figure, manifest: manifest, input: input, computed: results)
        }
        return results
    }

    /// One figure; `computed` holds the figures it may read, computed before it.
    public static func evaluate(_ figure: DerivedFigure, manifest: PluginManifest, input: DraftInput, computed: [String: Result] = [:]) -> Result {
        var numbers: [String: Double] = [:]
        var missing: [String] = []
        for key in figure.kind.inputs {
            if let other = manifest.derived.first(where: { $0.key == key }) {
                if case .value(_, let number)? = computed[key] { numbers[key] = number } else { missing.append(other.label) }
                continue
            }
            switch input.values[key] {
            case .number(let value, _)?: numbers[key] = value
            case .table(let rows)?: numbers[key] = rows.reduce(0) { $0 + $1.count }
            default: missing.append(manifest.slot(key)?.label ?? key)
            }
        }
        if !missing.isEmpty {
            return .unavailable(reason: "由“\(missing.joined(separator: "”“"))”自动计算，填写后即可得出")
        }
        func percent(_ numerator: Double, _ denominator: Double) -> Result {
            guard denominator != 0 else { return .unavailable(reason: "分母为0，无法计算，请核对数据") }
            let value = numerator / denominator * 100
            return .value(NumberText.format(value, decimals: figure.decimals) + "%", number: value)
        }
        switch figure.kind {
        case .sum(let parts):
            let total = parts.reduce(0.0) { $0 + (numbers[$1] ?? 0) }
            // A sum of percentages (two rates, percent slots) is a percentage too.
            let sign = isPercentageSum(parts, manifest: manifest) ? "%" : ""
            return .value(NumberText.format(total, decimals: figure.decimals) + sign, number: total)
        case .rate(let numerator, let denominator):
            return percent(numbers[numerator] ?? 0, numbers[denominator] ?? 0)
        case .share(let part, let total):
            return percent(numbers[part] ?? 0, numbers[total] ?? 0)
        case .yearOnYear(let current, let previous):
            let base = numbers[previous] ?? 0
            guard base != 0 else { return .unavailable(reason: "上年数为0，无法计算同比，请改写为新增数") }
            let change = ((numbers[current] ?? 0) - base) / base * 100
            let rounded = NumberText.format(abs(change), decimals: figure.decimals)
            if rounded == "0" { return .value("持平", number: 0) }
            return .value((change > 0 ? "增长" : "下降") + rounded + "%", number: change)
        }
    }

    /// Whether every part of a sum is a percentage: a percent slot or a rate, share or sum of percentages.
    static func isPercentageSum(_ parts: [String], manifest: PluginManifest, depth: Int = 0) -> Bool {
        guard !parts.isEmpty, depth < 16 else { return false }
        return parts.allSatisfy { key in
            if let figure = manifest.derived.first(where: { $0.key == key }) {
                switch figure.kind {
                case .rate, .share: return true
                case .sum(let inner): return isPercentageSum(inner, manifest: manifest, depth: depth + 1)
                case .yearOnYear: return false
                }
            }
            return manifest.slot(key)?.type == .percent
        }
    }
}
