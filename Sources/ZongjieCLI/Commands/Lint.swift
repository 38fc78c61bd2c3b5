import ArgumentParser
import Foundation
import ZongjieCore
import ZongjieLint

extension Zongjie {
    /// `zongjie lint`: checks drafts before submission and reports what a reviewer would send back.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "检查总结初稿：缺少的部分、序号、年份、占位符、错敏词、标点等。",
            discussion: """
            退出码：0 没有达到失败级别的问题；1 有达到失败级别（默认 error）的问题；2 用法或输入错误。
            行内忽略（.md）：<!-- zongjie-disable-next-line 规则id -->、<!-- zongjie-disable 规则id --> … <!-- zongjie-enable 规则id -->、<!-- zongjie-disable-file 规则id -->、行尾 <!-- zongjie-disable-line 规则id -->。
            """
        )

        @Argument(help: ArgumentHelp("要检查的文件或文件夹（文件夹内的 .txt/.md/.docx 递归检查）；- 表示标准输入。", valueName: "路径"))
        var paths: [String] = []

        @Option(name: .customLong("type"), help: ArgumentHelp("报告类型：id 或中文名称，如 zhengwu-gongkai 或 政务公开（默认按标题识别，识别不出时用 general；用 zongjie types 查看）。", valueName: "类型"))
        var reportType: String?

        @Option(help: ArgumentHelp("输出格式：text、json，或供 CI 使用的 sarif（代码扫描）、rdjson（reviewdog）、github（GitHub Actions 注释）。", valueName: "格式"))
        var format: String = "text"

        @Option(help: ArgumentHelp("配置文件（默认从文件所在文件夹向上查找 .zongjie.yaml）。", valueName: "文件"))
        var config: String?

        @Option(name: .customLong("dict"), help: ArgumentHelp("追加用户词表（UTF-8 TSV：错误写法<TAB>正确写法，# 开头为注释），可多次使用。", valueName: "文件"))
        var dictionaries: [String] = []

        @Option(name: .customLong("only"), help: ArgumentHelp("只运行这条规则（可多次使用），如只查错敏词：--only wording。规则 id 见 zongjie rules。", valueName: "规则id"))
        var onlyRules: [String] = []

        @Option(name: .customLong("fail-on"), help: ArgumentHelp("达到该级别即以 1 退出：error、warning 或 info（默认 error）。", valueName: "级别"))
        var failOn: String?

        @Flag(help: "把 warning 当作 error。")
        var strict = false

        @Flag(help: "自动修复机械性问题（标点全半角、序号写法、日期格式），原地改写文件。")
        var fix = false

        @Flag(name: .customLong("fix-wording"), help: "同时应用用词建议（可能误伤人名地名，请复核）。")
        var fixWording = false

        @Flag(name: .customLong("dry-run"), help: "与 --fix 同用：只显示将要做的修改（diff），不改写文件。")
        var dryRun = false

        @Option(help: ArgumentHelp("把 .docx 另存为审阅稿：每个问题一条 Word 批注（作者 zongjie），与 --fix 同用时修复写成修订。原文件不变。", valueName: "文件.docx"))
        var annotate: String?

        @Flag(help: "允许 --annotate 覆盖已存在的文件。")
        var force = false

        @Option(help: ArgumentHelp("基线文件：其中记录的已知问题不再报告。", valueName: "文件"))
        var baseline: String?

        @Option(name: .customLong("write-baseline"), help: ArgumentHelp("把本次发现的全部问题写入基线文件。", valueName: "文件"))
        var writeBaseline: String?

        @Option(help: ArgumentHelp("上年的报告（.docx/.md/.txt）：与之对照，检查照搬上年段落、上年计划未回应、同比数字与上年不符。", valueName: "文件"))
        var previous: String?

        @OptionGroup var search: PluginSearchOptions

        @Option(name: .customLong("max-size"), help: ArgumentHelp("单个文件大小上限（字节，可带 K/M 后缀，默认 20M）。", valueName: "大小"))
        var maxSize: String = "20M"

        @Option(help: ArgumentHelp("同时检查的文件数（默认为处理器核数）；输出顺序不变。", valueName: "N"))
        var jobs: Int?

        func validate() throws {
            if let jobs, jobs < 1 {
                throw ValidationError("--jobs 应为正整数（同时检查的文件数），而不是“\(jobs)”。")
            }
            if paths.isEmpty {
                throw ValidationError("请指定要检查的文件或文件夹，或用 - 从标准输入读取。例如：zongjie lint 2024总结.md")
            }
            if ReportFormat(rawValue: format) == nil {
                throw ValidationError("--format 只能是 \(ReportFormat.choices)，而不是“\(format)”。")
            }
            if let failOn, Severity(rawValue: failOn) == nil {
                throw ValidationError("--fail-on 只能是 error、warning 或 info，而不是“\(failOn)”。")
            }
            if ByteSizeOption.parse(maxSize) == nil {
                throw ValidationError("--max-size 应为正整数字节数，可带 K 或 M 后缀（如 20M），而不是“\(maxSize)”。")
            }
            let known = Set(RuleRegistry.all.map { $0.description.id })
            if let unknown = onlyRules.first(where: { !known.contains($0) }) {
                throw ValidationError("--only 的规则 id“\(unknown)”不存在。可用的规则 id 见 zongjie rules，例如 --only wording。")
            }
            if dryRun && !(fix || fixWording) {
                throw ValidationError("--dry-run 需与 --fix 或 --fix-wording 同用。")
            }
            if let annotate {
                guard paths.count == 1, paths[0].lowercased().hasSuffix(".docx") else {
                    throw ValidationError("--annotate 只能用于一个 .docx 文件，例如：zongjie lint 总结.docx --annotate 总结-审核.docx")
                }
                guard annotate.lowercased().hasSuffix(".docx") else {
                    throw ValidationError("--annotate 的输出应为 .docx 文件，而不是“\(annotate)”。")
                }
            }
            if (fix || fixWording) && paths.contains("-") {
                throw ValidationError("--fix 不能用于标准输入（-），请指定文件。")
            }
        }

        func run() throws {
            let run = LintRun(options: self)
            let status = try run.execute()
            if status != ExitStatus.success { throw ExitCode(status) }
        }
    }
}

/// Byte sizes written as 20M, 512K or plain bytes.
enum ByteSizeOption {
    static func parse(_ text: String) -> Int? {
        let upper = text.uppercased().replacingOccurrences(of: "B", with: "")
        var multiplier = 1
        var digits = Substring(upper)
        if upper.hasSuffix("K") { multiplier = 1024; digits = digits.dropLast() }
        if upper.hasSuffix("M") { multiplier = 1024 * 1024; digits = digits.dropLast() }
        guard let value = Int(digits), value > 0 else { return nil }
        return value * multiplier
    }
}
