/// Spots facts in an input that cannot both be true, before they reach a
/// draft where a reviewer would send them back: a part larger than its whole,
/// parts that do not add up to the stated total, a date outside the report year.
public enum FigureConsistency {
    /// Chinese warnings, one per inconsistency; empty when the figures agree.
    public static func warnings(_ manifest: PluginManifest, input: DraftInput) -> [String] {
        var warnings: [String] = []
        let results = DerivedFigureEvaluator.evaluate(manifest, input: input)
        func label(_ key: String) -> String { manifest.slot(key)?.label ?? key }
        func written(_ key: String) -> String {
            if case .number(_, let text)? = input.values[key] { return text + (manifest.slot(key)?.unit ?? "") }
            return ""
        }
        for figure in manifest.derived {
            switch figure.kind {
            case .rate(let part, let whole), .share(let part, let whole):
                if let partValue = input.number(part), let wholeValue = input.number(whole), partValue > wholeValue {
                    warnings.append("“\(label(part))”（\(written(part))）大于“\(label(whole))”（\(written(whole))），\(figure.label)将超过100%，请核对。")
                }
            default:
                break
            }
            if let target = figure.equals, let stated = input.number(target), case .value(let text, let computed)? = results[figure.key],
               abs(computed - stated) > 0.005 {
                let unit = manifest.slot(target)?.unit ?? ""
                warnings.append("\(figure.label)为\(text)\(unit)，与“\(label(target))”（\(written(target))）不一致，请核对。")
            }
        }
        // A summary of year N is signed late in N or early in N+1, never before N.
        if let year = input.number("year"), case .date(let date)? = input.values["date"], Double(date.year) < year || Double(date.year) > year + 1 {
            warnings.append("成文日期\(date.chinese)与报告年度\(Int(year))年不相符（应在\(Int(year))年内或\(Int(year) + 1)年初），请核对。")
        }
        return warnings
    }
}
