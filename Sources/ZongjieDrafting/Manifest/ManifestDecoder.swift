import Yams

/// Turns `plugin.yaml` into a `PluginManifest`, reporting every problem with
/// its line and column.
public enum ManifestDecoder {
    static let topKeys = ["id", "name", "topic", "outline", "title", "slots", "derived", "lint", "sample", "description"]
    static let slotKeys = ["key", "type", "label", "hint", "required", "unit", "example", "titled", "cues"]
    static let derivedKeys = ["key", "label", "kind", "of", "over", "from", "decimals", "equals"]
    static let derivedKinds = ["sum", "rate", "share", "yoy"]
    static let outlineKeys = ["extends", "sections", "order"]
    static let patchKeys = ["key", "name", "heading", "headings", "add_headings", "required", "min_items", "hint", "after", "before", "remove"]
    static let titleKeys = ["pattern", "variants", "keywords"]

    /// Decodes `text`, naming `file` in problems; throws every problem at once.
    public static func decode(_ text: String, file: String) throws -> PluginManifest {
        let decoding = try decodeCollecting(text, file: file)
        if !decoding.problems.isEmpty { throw SourceProblems(decoding.problems) }
        return decoding.manifest
    }

    /// Decodes `text` as far as it goes: the manifest of every part that is right, and
    /// every problem. Throws only when the text is not YAML at all.
    public static func decodeCollecting(_ text: String, file: String) throws -> ManifestDecoding {
        let root = try YAMLDocument.parse(text, file: file)
        let reader = NodeReader(file: file)
        let pairs = reader.pairs(root, what: "plugin.yaml 顶层")
        reader.rejectUnknownKeys(pairs, known: topKeys, what: "plugin.yaml 顶层")
        func value(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }

        let id = value("id").flatMap { reader.string($0, what: "id") } ?? ""
        if value("id") == nil { reader.report(root, "缺少 id（报告类型的英文标识，如 zhengwu-gongkai）。") }
        let name = value("name").flatMap { reader.string($0, what: "name") } ?? ""
        if value("name") == nil { reader.report(root, "缺少 name（报告类型的中文名称）。") }
        let topic = value("topic").flatMap { reader.string($0, what: "topic") } ?? ""
        let outline = value("outline").map { decodeOutline($0, reader) } ?? OutlineSpec()
        let title = value("title").map { decodeTitle($0, reader) } ?? TitleSpec(pattern: "{unit}{year}年{topic}工作总结")
        var slots: [SlotSpec] = []
        // Keys declared with a mistake in them: later checks (templates, figures, the sample)
        // take them as declared, so one wrong `type:` is one problem, not one per use.
        var broken: Set<String> = []
        if let node = value("slots") {
            if case .sequence(let items) = node {
                for item in items {
                    if let slot = decodeSlot(item, reader) {
                        slots.append(slot)
                    } else if let key = item.orderedPairs?.first(where: { $0.key == "key" })?.value.rawScalar {
                        broken.insert(key)
                        slots.append(SlotSpec(key: key, type: .text, label: key))
                    }
                }
            } else {
                reader.report(node, "slots 应为列表，每项是一个填写项。")
            }
        }
        var seen: Set<String> = []
        var derived: [DerivedFigure] = []
        if let node = value("derived") {
            if case .sequence(let items) = node {
                let figureKeys = Set(items.compactMap { $0.orderedPairs?.first(where: { $0.key == "key" })?.value.rawScalar })
                let inputs = DerivedInputs(slots: slots.filter { !broken.contains($0.key) }, figures: figureKeys, broken: broken)
                for item in items {
                    if let figure = decodeDerived(item, inputs: inputs, reader) {
                        derived.append(figure)
                    } else if let key = item.orderedPairs?.first(where: { $0.key == "key" })?.value.rawScalar {
                        broken.insert(key)
                    }
                }
                for cycle in DerivedFigureOrder.cycles(in: derived) {
                    let node = items.first { $0.orderedPairs?.first(where: { $0.key == "key" })?.value.rawScalar == cycle.first }
                    reader.report(node, "计算项循环引用：\(cycle.joined(separator: " → "))。计算项可以用另一个计算项，但不能绕回自己；请改掉其中一项的 of/over/from。")
                }
            } else {
                reader.report(node, "derived 应为列表，每项是一个计算得出的数字。")
            }
        }
        for key in slots.map(\.key) + derived.map(\.key) {
            if !seen.insert(key).inserted { reader.report(value("slots"), "填写项 \(key) 重复定义。每个 key 只能出现一次。") }
        }
        let lint = value("lint").map { PluginLintDecoder.decode($0, reader) } ?? []
        let samplePath = value("sample").flatMap { reader.string($0, what: "sample") }
        let summary = value("description").flatMap { reader.string($0, what: "description") }
        var manifest = PluginManifest(id: id, name: name, topic: topic, outline: outline, title: title, slots: slots, derived: derived)
        manifest.lint = lint
        manifest.samplePath = samplePath
        manifest.summary = summary
        return ManifestDecoding(manifest: manifest, problems: reader.problems, declaredNames: broken)
    }

    private static func decodeOutline(_ node: Node, _ reader: NodeReader) -> OutlineSpec {
        var spec = OutlineSpec()
        let pairs = reader.pairs(node, what: "outline")
        reader.rejectUnknownKeys(pairs, known: outlineKeys, what: "outline")
        for pair in pairs {
            switch pair.key {
            case "extends": spec.extends = reader.string(pair.value, what: "outline.extends") ?? spec.extends
            case "order": spec.order = reader.strings(pair.value, what: "outline.order")
            case "sections":
                guard case .sequence(let items) = pair.value else {
                    reader.report(pair.value, "outline.sections 应为列表。")
                    continue
                }
                spec.patches = items.compactMap { decodePatch($0, reader) }
            default: break
            }
        }
        return spec
    }

    private static func decodePatch(_ node: Node, _ reader: NodeReader) -> OutlinePatch? {
        let pairs = reader.pairs(node, what: "outline.sections 的条目")
        reader.rejectUnknownKeys(pairs, known: patchKeys, what: "outline.sections 的条目")
        guard let keyNode = pairs.first(where: { $0.key == "key" })?.value, let key = reader.string(keyNode, what: "key") else {
            reader.report(node, "outline.sections 的每个条目都要有 key（要修改或新增的部分）。")
            return nil
        }
        var patch = OutlinePatch(key: key, line: node.mark?.line, column: node.mark?.column)
        for pair in pairs {
            let what = "outline.sections[\(key)].\(pair.key)"
            switch pair.key {
            case "name": patch.name = reader.string(pair.value, what: what)
            case "heading": patch.heading = reader.string(pair.value, what: what)
            case "headings": patch.headings = reader.strings(pair.value, what: what)
            case "add_headings": patch.addHeadings = reader.strings(pair.value, what: what)
            case "required": patch.required = reader.bool(pair.value, what: what)
            case "min_items": patch.minItems = reader.int(pair.value, what: what)
            case "hint": patch.hint = reader.string(pair.value, what: what)
            case "after": patch.after = reader.string(pair.value, what: what)
            case "before": patch.before = reader.string(pair.value, what: what)
            case "remove": patch.remove = reader.bool(pair.value, what: what) ?? false
            default: break
            }
        }
        return patch
    }

    private static func decodeTitle(_ node: Node, _ reader: NodeReader) -> TitleSpec {
        var spec = TitleSpec(pattern: "{unit}{year}年{topic}工作总结")
        let pairs = reader.pairs(node, what: "title")
        reader.rejectUnknownKeys(pairs, known: titleKeys, what: "title")
        for pair in pairs {
            switch pair.key {
            case "pattern": spec.pattern = reader.string(pair.value, what: "title.pattern") ?? spec.pattern
            case "variants": spec.variants = reader.strings(pair.value, what: "title.variants")
            case "keywords": spec.keywords = reader.strings(pair.value, what: "title.keywords")
            default: break
            }
        }
        return spec
    }

    private static func decodeSlot(_ node: Node, _ reader: NodeReader) -> SlotSpec? {
        let pairs = reader.pairs(node, what: "slots 的条目")
        reader.rejectUnknownKeys(pairs, known: slotKeys, what: "slots 的条目")
        func value(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }
        guard let keyNode = value("key"), let key = reader.string(keyNode, what: "slot.key") else {
            reader.report(node, "每个填写项都要有 key。")
            return nil
        }
        guard let typeNode = value("type") else {
            reader.report(node, "填写项 \(key) 缺少 type（可选：\(SlotType.allCases.map(\.rawValue).joined(separator: "、"))）。")
            return nil
        }
        guard let typeName = reader.string(typeNode, what: "slot.type") else { return nil }
        guard let type = SlotType(rawValue: typeName) else {
            let names = SlotType.allCases.map(\.rawValue)
            let guess = DidYouMean.suggest(typeName, among: names).map { "是否想写“\($0)”？" } ?? ""
            reader.report(typeNode, "未知的填写项类型“\(typeName)”。\(guess)可选：\(names.joined(separator: "、"))。")
            return nil
        }
        let label = value("label").flatMap { reader.string($0, what: "slot.label") } ?? key
        if value("label") == nil { reader.report(node, "填写项 \(key) 缺少 label（中文名称，也是占位符【待填：…】的文字）。") }
        var slot = SlotSpec(
            key: key, type: type, label: label,
            hint: value("hint").flatMap { reader.string($0, what: "slot.hint") } ?? "",
            required: value("required").flatMap { reader.bool($0, what: "slot.required") } ?? false,
            unit: value("unit").flatMap { reader.string($0, what: "slot.unit") },
            example: value("example").flatMap { reader.string($0, what: "slot.example") },
            titled: value("titled").flatMap { reader.bool($0, what: "slot.titled") } ?? false
        )
        slot.cues = value("cues").map { reader.strings($0, what: "slot.cues") } ?? []
        return slot
    }

    private static func decodeDerived(_ node: Node, inputs: DerivedInputs, _ reader: NodeReader) -> DerivedFigure? {
        let pairs = reader.pairs(node, what: "derived 的条目")
        reader.rejectUnknownKeys(pairs, known: derivedKeys, what: "derived 的条目")
        func value(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }
        guard let key = value("key").flatMap({ reader.string($0, what: "derived.key") }),
              let kindNode = value("kind"), let kindName = reader.string(kindNode, what: "derived.kind") else {
            reader.report(node, "derived 的每个条目都要有 key 和 kind（sum、rate、yoy、share）。")
            return nil
        }
        let label = value("label").flatMap { reader.string($0, what: "derived.label") } ?? key
        let decimals = value("decimals").flatMap { reader.int($0, what: "derived.decimals") } ?? 2
        func input(_ name: String) -> String? {
            guard let node = value(name) else {
                reader.report(kindNode, "\(kindName) 需要写明 \(name)。")
                return nil
            }
            guard let slotKey = reader.string(node, what: "derived.\(name)") else { return nil }
            if inputs.broken.contains(slotKey) { return nil }
            if !inputs.accepts(slotKey) {
                reader.report(node, "“\(slotKey)”不是已定义的数字或表格填写项，也不是计算项。")
                return nil
            }
            return slotKey
        }
        let kind: DerivedFigure.Kind
        switch kindName {
        case "sum":
            guard let node = value("of") else {
                reader.report(kindNode, "sum 需要写明 of（要相加的填写项列表）。")
                return nil
            }
            let parts = reader.strings(node, what: "derived.of")
            for part in parts where !inputs.accepts(part) && !inputs.broken.contains(part) {
                reader.report(node, "“\(part)”不是已定义的数字或表格填写项，也不是计算项。")
            }
            if parts.contains(where: inputs.broken.contains) { return nil }
            kind = .sum(parts: parts)
        case "rate":
            let (of, over) = (input("of"), input("over")) // check both before giving up
            guard let of, let over else { return nil }
            kind = .rate(numerator: of, denominator: over)
        case "share":
            let (of, over) = (input("of"), input("over"))
            guard let of, let over else { return nil }
            kind = .share(part: of, total: over)
        case "yoy":
            let (of, from) = (input("of"), input("from"))
            guard let of, let from else { return nil }
            kind = .yearOnYear(current: of, previous: from)
        default:
            reader.report(kindNode, "未知的计算方式“\(kindName)”。可选：sum（求和）、rate（比率）、yoy（同比）、share（占比）。")
            return nil
        }
        var equals: String?
        if let node = value("equals"), let target = reader.string(node, what: "derived.equals") {
            if inputs.broken.contains(target) {
                return nil
            } else if inputs.slots.contains(where: { $0.key == target && $0.type.isNumeric }) {
                equals = target
            } else {
                reader.report(node, "equals 所指的“\(target)”不是已定义的数字填写项。")
            }
        }
        return DerivedFigure(key: key, label: label, kind: kind, decimals: decimals, equals: equals)
    }
}

/// A manifest decoded as far as it goes, with every problem found on the way.
public struct ManifestDecoding: Sendable {
    /// The parts that are right; a slot of an unknown type stands in as text.
    public var manifest: PluginManifest
    public var problems: [SourceProblem]
    /// Slot and figure keys declared with a mistake: uses of them are not problems again.
    public var declaredNames: Set<String>
}

/// What a derived figure may read: number and table slots, and other figures.
struct DerivedInputs {
    var slots: [SlotSpec]
    var figures: Set<String>
    var broken: Set<String>

    func accepts(_ key: String) -> Bool {
        figures.contains(key) || slots.contains { $0.key == key && ($0.type.isNumeric || $0.type == .table) }
    }
}
