import Foundation
import Mustache

/// Checks every `{{name}}` of a plugin's own templates in the place it stands: a list
/// item's `title` only inside `{{#list}}…{{/list}}`, a slot only where no item field of
/// the same name hides it, a typo nowhere; sections open and close in pairs. Each
/// problem is an error at file:line:column, so a template never renders a silently empty sentence.
///
/// Templates are walked from the parts the outline renders, into partials with the
/// caller's scope (a partial sees what its `{{> name}}` sees). A template no part
/// reaches is checked as if it stood inside any list.
struct TemplateScopeCheck {
    /// Names every template sees besides slots and derived figures.
    static let contextNames: Set<String> = ["year", "nextYear", "topic", "type_name"]

    /// What a section pushes onto the scope.
    enum Frame: Hashable {
        case top
        /// A list slot's item.
        case listItem
        /// One of a list item's `points`.
        case point
        /// A table slot's row.
        case tableRow
        /// A value whose names are not tracked (the 年报 tables).
        case anything
        /// Any item of any list: for templates no part reaches.
        case someItem
        /// A section over a flag or text: no new names.
        case flag

        var fields: Set<String> {
            switch self {
            case .listItem: ["index", "ordinal", "paren", "shi", "dot", "first", "last", "title", "text", "points", "has_points", "body", "sentence"]
            case .point: ["text", "shi", "ordinal", "index", "last"]
            case .tableRow: ["name", "count", "first", "last"]
            case .someItem: Frame.listItem.fields.union(Frame.point.fields).union(Frame.tableRow.fields)
            case .top, .anything, .flag: []
            }
        }

        var chineseName: String {
            switch self {
            case .point: "要点（points）"
            case .tableRow: "表格的一行"
            default: "列表条目"
            }
        }
    }

    let templates: [String: String]
    let own: Set<String>
    let location: String
    /// Names at the top level: context names, slots, `_zero`/`_nonzero`, derived figures.
    let topNames: Set<String>
    /// Slot and figure keys the manifest declares (also ones it declares wrongly).
    let declared: Set<String>
    let listSlots: Set<String>
    let tableSlots: Set<String>
    let untrackedSlots: Set<String>
    /// Keys declared with a mistake: what a section over one of them holds is unknown.
    let brokenNames: Set<String>

    init(templates: [String: String], own: Set<String>, manifest: PluginManifest, declaredNames: Set<String>, location: String) {
        self.templates = templates
        self.own = own
        self.location = location
        var names = Self.contextNames
        for slot in manifest.slots {
            names.insert(slot.key)
            if slot.type.isNumeric { names.formUnion([slot.key + "_zero", slot.key + "_nonzero"]) }
            if slot.type == .nianbaoTables { names.formUnion(NianbaoTemplateValues.names) }
        }
        names.formUnion(manifest.derived.map(\.key))
        // Derived figures carry the same zero flags as slots, and rates/shares `_all` (100 % of more than one case).
        names.formUnion(manifest.derived.flatMap { [$0.key + "_zero", $0.key + "_nonzero", $0.key + "_all"] })
        for key in declaredNames { names.formUnion([key, key + "_zero", key + "_nonzero"]) }
        topNames = names
        declared = Set(manifest.slots.map(\.key) + manifest.derived.map(\.key)).union(declaredNames)
        listSlots = Set(manifest.slots.filter { $0.type == .list }.map(\.key))
        tableSlots = Set(manifest.slots.filter { $0.type == .table }.map(\.key))
        untrackedSlots = Set(manifest.slots.filter { $0.type == .nianbaoTables }.map(\.key))
        brokenNames = declaredNames
    }

    /// Problems in the plugin's own templates; `roots` are the parts the drafter renders.
    func problems(roots: [String]) -> [SourceProblem] {
        var walk = Walk()
        for root in roots where templates[root] != nil {
            check(root, stack: [.top], walk: &walk, depth: 0)
        }
        for name in own.sorted() where !walk.reached.contains(name) {
            check(name, stack: [.top, .someItem], walk: &walk, depth: 0)
        }
        return walk.problems
    }

    private struct Walk {
        var problems: [SourceProblem] = []
        var reached: Set<String> = []
        var done: Set<[String]> = []
        var reported: Set<String> = []

        mutating func add(_ problem: SourceProblem) {
            if reported.insert(problem.description).inserted { problems.append(problem) }
        }
    }

    private func check(_ name: String, stack initial: [Frame], walk: inout Walk, depth: Int) {
        guard let source = templates[name], depth < 8 else { return }
        walk.reached.insert(name)
        guard walk.done.insert([name] + initial.map { "\($0)" }).inserted else { return }
        let report = own.contains(name)
        let file = "\(location)/templates/\(name).mustache"
        var stack = initial
        var open: [(name: String, tag: TemplateNameCheck.Tag)] = []
        func problem(_ tag: TemplateNameCheck.Tag, _ message: String) {
            if report { walk.add(SourceProblem(file: file, line: tag.line, column: tag.column, message: message)) }
        }
        for tag in TemplateNameCheck.tags(in: source) {
            if tag.unfinished {
                problem(tag, "模板语法错误：标签“{{\(tag.name)”没有写完整，缺少“}}”。请补上。")
                return
            }
            switch tag.sigil {
            case ">":
                if templates[tag.name] == nil {
                    problem(tag, "引用的模板片段“\(tag.name)”不存在。可用：\(templates.keys.sorted().joined(separator: "、"))。")
                } else {
                    check(tag.name, stack: stack, walk: &walk, depth: depth + 1)
                }
            case "/":
                guard let last = open.popLast() else {
                    problem(tag, "模板语法错误：结束标签 {{/\(tag.name)}} 前面没有对应的开始标签 {{#\(tag.name)}}。请删去它，或补上开始标签。")
                    continue
                }
                stack.removeLast()
                if last.name != tag.name {
                    problem(tag, "模板语法错误：结束标签 {{/\(tag.name)}} 与第\(last.tag.line)行第\(last.tag.column)列的开始标签 {{#\(last.name)}} 不成对。请把结束标签改为 {{/\(last.name)}}。")
                }
            case "#", "^":
                if let message = nameProblem(tag.name, stack: stack) { problem(tag, message) }
                open.append((tag.name, tag))
                stack.append(tag.sigil == "#" ? frame(openedBy: tag.name, in: stack) : .flag)
            default:
                if let message = nameProblem(tag.name, stack: stack) { problem(tag, message) }
            }
        }
        for (sectionName, tag) in open.reversed() {
            problem(tag, "模板语法错误：{{#\(sectionName)}} 没有对应的结束标签 {{/\(sectionName)}}。请在这一段末尾补上。")
        }
    }

    /// The frame `{{#name}}` pushes: a list's item, a table's row, a list item's point, or nothing new.
    private func frame(openedBy name: String, in stack: [Frame]) -> Frame {
        let head = Self.head(name)
        for frame in stack.reversed() where frame.fields.contains(head) {
            return head == "points" ? .point : .flag
        }
        if stack.contains(.anything) || untrackedSlots.contains(head) || brokenNames.contains(head) { return .anything }
        if listSlots.contains(head) { return .listItem }
        if tableSlots.contains(head) { return .tableRow }
        return .flag
    }

    /// Why `name` cannot stand here, or nil when it can.
    private func nameProblem(_ name: String, stack: [Frame]) -> String? {
        let head = Self.head(name)
        guard !head.isEmpty, !stack.contains(.anything) else { return nil }
        for frame in stack.reversed() where frame.fields.contains(head) {
            if declared.contains(head) && frame != .someItem {
                return "“\(head)”在这里指\(frame.chineseName)的字段 \(head)，把同名的填写项“\(head)”遮住了。请给填写项换一个 key（如“\(head)_value”），或把它移到 {{#…}}…{{/…}} 之外。"
            }
            return nil
        }
        if topNames.contains(head) { return nil }
        for frame in [Frame.listItem, .point, .tableRow] where frame.fields.contains(head) {
            let lists = (frame == .tableRow ? tableSlots : listSlots).sorted()
            let example = lists.first.map { "（如 {{#\($0)}}{{\(head)}}{{/\($0)}}）" } ?? ""
            let section = frame == .tableRow ? "{{#表格}}…{{/表格}}" : "{{#列表}}…{{/列表}}"
            return "“\(head)”是\(frame.chineseName)的字段，只能写在 \(section) 之内\(example)；在这里它是空的。"
        }
        var available = topNames
        for frame in stack { available.formUnion(frame.fields) }
        let guess = DidYouMean.suggest(head, among: Array(available)).map { "是否想写“\($0)”？" } ?? ""
        return "模板中的“\(head)”不是本报告类型的填写项或计算项。\(guess)"
    }

    private static func head(_ name: String) -> String {
        String(name.split(separator: ".").first ?? "")
    }

    /// A template's syntax error in Chinese at the parser's line and column, when
    /// the tag walk above has not already named the tag at fault.
    static func syntaxProblem(_ source: String, file: String) -> SourceProblem? {
        do {
            _ = try MustacheTemplate(string: source)
            return nil
        } catch {
            let position = MustacheSyntaxMessage.position(of: error)
            return SourceProblem(file: file, line: position?.line, column: position?.column,
                                 message: "模板语法错误：\(MustacheSyntaxMessage.text(for: error))")
        }
    }
}
