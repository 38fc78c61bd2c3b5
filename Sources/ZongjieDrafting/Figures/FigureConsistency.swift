/// Spots facts in an input that cannot both be true, before they reach a
/// draft where a reviewer would send them back: a part larger than its whole,
/// parts that do not add up to the stated total, a percentage over 100.
public enum FigureConsistency {
    /// One inconsistency: the slot whose figure is in doubt, the message, and
    /// the marker a draft made anyway (`new --allow-inconsistent`) carries at that figure.
    public struct Problem: Sendable, Hashable {
        public var slot: String
        public var message: String
        public var mark: String

        /// The problem at the slot's place in `file` (the whole file when the place is unknown).
        public func sourceProblem(file: String, input: DraftInput) -> SourceProblem {
            input.sourceProblem(at: slot, file: file, message: message)
        }
    }

    /// Every inconsistency, in the manifest's order.
    public static func problems(_ manifest: PluginManifest, input: DraftInput) -> [Problem] {
        var problems: [Problem] = []
        let results = DerivedFigureEvaluator.evaluate(manifest, input: input)
        func label(_ key: String) -> String { manifest.slot(key)?.label ?? key }
        func written(_ key: String) -> String {
            if case .number(_, let text)? = input.values[key] { return text + (manifest.slot(key)?.unit ?? "") }
            return ""
        }
        for slot in manifest.slots where slot.type == .percent {
            if let value = input.number(slot.key), value > 100 {
                problems.append(Problem(slot: slot.key, message: "“\(slot.label)”为\(written(slot.key))%，超过100%，请核对。",
                                        mark: "【待核对：超过100%】"))
            }
        }
        for figure in manifest.derived {
            switch figure.kind {
            case .rate(let part, let whole), .share(let part, let whole):
                if let partValue = input.number(part), let wholeValue = input.number(whole), partValue > wholeValue {
                    problems.append(Problem(slot: part, message: "“\(label(part))”（\(written(part))）大于“\(label(whole))”（\(written(whole))），\(figure.label)将超过100%，请核对。",
                                            mark: "【待核对：大于\(label(whole))\(written(whole))】"))
                }
            default:
                break
            }
            if let target = figure.equals, let stated = input.number(target), case .value(let text, let computed)? = results[figure.key],
               abs(computed - stated) > 0.005 {
                let unit = manifest.slot(target)?.unit ?? ""
                problems.append(Problem(slot: target, message: "\(figure.label)为\(text)\(unit)，与“\(label(target))”（\(written(target))）不一致，请核对。",
                                        mark: "【待核对：\(figure.label)为\(text)\(unit)】"))
            }
        }
        return problems
    }

    /// Chinese warnings, one per inconsistency (the figures' and the date's); empty when all agree.
    public static func warnings(_ manifest: PluginManifest, input: DraftInput) -> [String] {
        problems(manifest, input: input).map(\.message) + [ReportDateWindow.problem(input: input)].compactMap { $0 }
    }
}
