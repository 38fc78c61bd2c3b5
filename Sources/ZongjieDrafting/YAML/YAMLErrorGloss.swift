/// libyaml's English problems said in Chinese, with what usually causes them,
/// so a clerk never gets only the parser's English; the original follows in brackets.
enum YAMLErrorGloss {
    private static let glosses: [(english: String, chinese: String)] = [
        ("mapping values are not allowed", "这里多了一个英文冒号加空格“: ”：一句话里有英文冒号时，请给整句加引号，或把冒号改为中文冒号“：”"),
        ("could not find expected ':'", "这一行缺少“键: 值”的英文冒号（可能用了中文冒号“：”，或冒号后没有空格）"),
        ("found character that cannot start any token", "这里有 YAML 不允许的字符：制表符、全角空格，或以 @、` 开头的文字（请给整句加引号）"),
        ("did not find expected key", "缩进不一致：同一层的项应左对齐，或引号没有成对"),
        ("did not find expected '-' indicator", "列表缩进不一致：同一列表的“- ”应左对齐"),
        ("block sequence entries are not allowed", "“- ”列表不能和“键:”写在同一行：请换行并缩进两个空格"),
        ("found unexpected end of stream", "文件结束时引号或括号还没有成对"),
        ("did not find expected node content", "这里缺少内容"),
        ("found a tab character", "这里有制表符（Tab），YAML 只认空格"),
        ("did not find expected ',' or ']'", "方括号 [ ] 没有成对，或条目之间缺少英文逗号"),
        ("did not find expected ',' or '}'", "花括号 { } 没有成对，或条目之间缺少英文逗号"),
        ("found unknown escape character", "双引号中的反斜杠“\\”后跟了无效字符：请写成“\\\\”，或改用单引号"),
    ]

    /// `problem` in Chinese when it is a known one, followed by the English original.
    static func chinese(_ problem: String) -> String {
        guard let gloss = glosses.first(where: { problem.contains($0.english) }) else {
            return "解析器报告“\(problem)”"
        }
        return "\(gloss.chinese)（解析器原文：\(problem)）"
    }
}
