import Yams

/// Reads an input file (YAML or JSON) against a report type's slots and
/// reports every problem at once: syntax, wrong types, unknown slots.
/// Missing required slots are returned separately, since a partial input
/// still drafts (with placeholders).
public enum InputLoader {
    /// Loads `text` as JSON when `file` ends in .json, else as YAML.
    public static func load(_ text: String, file: String, manifest: PluginManifest) throws -> DraftInput {
        let isJSON = file.lowercased().hasSuffix(".json")
        if isJSON { try checkJSONSyntax(text, file: file) }
        // Chinese-keyboard slips first: the parser would name them in English, often a line later.
        let slips = isJSON ? [] : KeyboardSlipScanner.problems(in: text, file: file, manifest: manifest)
        if !slips.isEmpty { throw SourceProblems(slips) }
        let root = try YAMLDocument.parse(text, file: file, kind: isJSON ? "JSON" : "YAML")
        let reader = NodeReader(file: file)
        var values: [String: SlotValue] = [:]
        var input = DraftInput()
        if root.isNullScalar || root.orderedPairs?.isEmpty == true {
            // An empty file is an empty input: the skeleton.
        } else {
            let pairs = reader.pairs(root, what: "输入文件顶层")
            let keys = manifest.slots.map(\.key)
            for pair in pairs {
                // The report's own structure and last year's plans (zongjie import), unless the type has a slot so named.
                if pair.key == "structure", manifest.slot(pair.key) == nil {
                    input.structure = pair.value.isNullScalar ? nil : FreeformReader.structure(pair.value, reader: reader)
                    continue
                }
                if pair.key == "previous_plans", manifest.slot(pair.key) == nil {
                    input.previousPlans = FreeformReader.plans(pair.value, reader: reader)
                    continue
                }
                guard let slot = manifest.slot(pair.key) else {
                    reportUnknown(pair.key, node: pair.keyNode, manifest: manifest, reader: reader, known: keys)
                    continue
                }
                if pair.value.isNullScalar { continue }
                if let value = SlotValueReader.read(pair.value, slot: slot, reader: reader) {
                    values[slot.key] = value
                    if let mark = pair.value.mark { input.locations[slot.key] = InputLocation(line: mark.line, column: mark.column) }
                }
            }
        }
        if !reader.problems.isEmpty { throw SourceProblems(reader.problems) }
        input.values = values
        return input
    }

    /// One problem per required slot `input` leaves out, located at the top of `file`.
    /// With the report's own structure, only the slots its text uses count: the structure holds the rest.
    public static func missingRequired(in input: DraftInput, manifest: PluginManifest, file: String) -> [SourceProblem] {
        let used = input.structure.map(FreeformRenderer.slotsUsed)
        return manifest.slots.filter { slot in slot.required && input.values[slot.key] == nil && used?.contains(slot.key) != false }.map { slot in
            SourceProblem(file: file, line: 1, column: 1,
                          message: "缺少必填项 \(slot.key)（\(slot.label)）。\(slot.hint)草稿中以【待填：\(slot.label)】占位。")
        }
    }

    private static func reportUnknown(_ key: String, node: Node, manifest: PluginManifest, reader: NodeReader, known: [String]) {
        var message = "未知的填写项“\(key)”，报告类型 \(manifest.id) 没有这一项。"
        if let byLabel = manifest.slots.first(where: { $0.label == key }) {
            message += "是否想写“\(byLabel.key)”（\(byLabel.label)）？"
        } else if let guess = DidYouMean.suggest(key, among: known), let slot = manifest.slot(guess) {
            message += "是否想写“\(guess)”（\(slot.label)）？"
        } else {
            message += "可用 `zongjie input-template --type \(manifest.id)` 查看全部填写项。"
        }
        reader.report(node, message)
    }

    /// Strict JSON check first, so JSON-only mistakes (trailing commas, single quotes) are caught
    /// even where YAML would accept them.
    private static func checkJSONSyntax(_ text: String, file: String) throws {
        guard let problem = StrictJSONChecker.firstProblem(in: text) else { return }
        let position = SourceTextPosition.locate(byteOffset: problem.offset, in: text)
        throw SourceProblems([SourceProblem(file: file, line: position.line, column: position.column,
            message: "JSON 格式错误：\(problem.message)。")])
    }
}

/// Byte offset → 1-based line and column in Unicode scalars, for JSON errors.
enum SourceTextPosition {
    static func locate(byteOffset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var offset = 0
        for scalar in text.unicodeScalars {
            if offset >= byteOffset { break }
            offset += String(scalar).utf8.count
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
