import Mustache

/// Mustache parser errors in the words a plugin author reads: Chinese, naming the
/// tag to fix, never the parser's internal case names (`unfinishedName`).
enum MustacheSyntaxMessage {
    /// What is wrong, for an error thrown by `MustacheTemplate(string:)`.
    static func text(for error: any Error) -> String {
        guard let parserError = error as? MustacheTemplate.ParserError else { return "无法解析模板。" }
        guard let kind = parserError.error as? MustacheTemplate.Error else { return "无法解析模板。" }
        switch kind {
        case .sectionCloseNameIncorrect:
            return "结束标签 {{/名称}} 与开始标签 {{#名称}} 的名称不一致。"
        case .unfinishedName:
            return "标签没有写完整：缺少“}}”，或花括号中没有名称。"
        case .expectedSectionEnd:
            return "{{#名称}} 或 {{^名称}} 没有对应的结束标签 {{/名称}}。"
        case .invalidSetDelimiter:
            return "改分隔符的标签 {{=… …=}} 写法不对。"
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return "不支持这种模板继承写法（{{< 名称}}），请改用 {{> 名称}} 引用片段。"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
            return "{{% …}} 设置标签写法不对或不受支持，请删去。"
        }
    }

    /// Line and column of a parser error, when it has them.
    static func position(of error: any Error) -> (line: Int, column: Int)? {
        guard let parserError = error as? MustacheTemplate.ParserError else { return nil }
        return (parserError.context.lineNumber, parserError.context.columnNumber)
    }
}
