/// Checks that a text is strict JSON (RFC 8259), reporting the first mistake
/// with line and column. libyaml reads JSON as YAML and would let trailing
/// commas, single quotes and comments through; a .json file should not have them.
struct StrictJSONChecker {
    private let bytes: [UInt8]
    private var index = 0
    /// Open objects and arrays: the checker recurses, so nesting is bounded (a `[[[[…` file overflowed the stack).
    private var depth = 0

    /// The first syntax problem in `text` as (byte offset, Chinese message), or nil when it is valid JSON.
    static func firstProblem(in text: String) -> (offset: Int, message: String)? {
        var checker = StrictJSONChecker(bytes: Array(text.utf8))
        do {
            checker.skipSpace()
            try checker.value()
            checker.skipSpace()
            if checker.index < checker.bytes.count { throw Failure(offset: checker.index, message: "最外层的值之后还有多余内容") }
            return nil
        } catch let failure as Failure {
            return (failure.offset, failure.message)
        } catch {
            return (0, "\(error)")
        }
    }

    private struct Failure: Error {
        var offset: Int
        var message: String
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        // A UTF-8 byte-order mark is tolerated.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private func fail(_ message: String) -> Failure {
        Failure(offset: index, message: message)
    }

    private mutating func expect(_ byte: UInt8, _ message: String) throws {
        guard index < bytes.count, bytes[index] == byte else { throw fail(message) }
        index += 1
    }

    private mutating func enter() throws {
        depth += 1
        if depth > YAMLLimits.maxDepth {
            throw fail("嵌套超过 \(YAMLLimits.maxDepth) 层，已拒绝读取；材料文件最多只需几层括号，请检查是否多写了括号")
        }
    }

    private mutating func value() throws {
        guard index < bytes.count else { throw fail("内容不完整，缺少值或右括号") }
        switch bytes[index] {
        case UInt8(ascii: "{"): try object()
        case UInt8(ascii: "["): try array()
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): number()
        case UInt8(ascii: "'"): throw fail("字符串须用英文双引号（\"），不能用单引号")
        case UInt8(ascii: "/"), UInt8(ascii: "#"): throw fail("JSON 不允许注释")
        default: throw fail("此处应为一个值（字符串、数字、对象、数组、true、false 或 null）；文字须加英文双引号")
        }
    }

    private mutating func object() throws {
        try enter()
        defer { depth -= 1 }
        index += 1
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw fail(index < bytes.count && bytes[index] == UInt8(ascii: "}") ? "最后一项后面不能有逗号" : "此处应为用英文双引号括起的键名")
            }
            try string()
            skipSpace()
            try expect(UInt8(ascii: ":"), "键名后应为英文冒号（:）")
            skipSpace()
            try value()
            skipSpace()
            guard index < bytes.count else { throw fail("对象缺少右花括号（}）") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            try expect(UInt8(ascii: "}"), "此处应为英文逗号（,）或右花括号（}）")
            return
        }
    }

    private mutating func array() throws {
        try enter()
        defer { depth -= 1 }
        index += 1
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return }
        while true {
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { throw fail("最后一项后面不能有逗号") }
            try value()
            skipSpace()
            guard index < bytes.count else { throw fail("数组缺少右方括号（]）") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            try expect(UInt8(ascii: "]"), "此处应为英文逗号（,）或右方括号（]）")
            return
        }
    }

    private mutating func string() throws {
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { index += 1; return }
            if byte == UInt8(ascii: "\\") { index += 2; continue }
            if byte < 0x20 { throw fail("字符串中不能直接换行，请写作 \\n") }
            index += 1
        }
        throw fail("字符串缺少结尾的英文双引号")
    }

    private mutating func literal(_ word: String) throws {
        let expected = Array(word.utf8)
        guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw fail("此处应为一个值；文字须加英文双引号")
        }
        index += expected.count
    }

    private mutating func number() {
        while index < bytes.count, "+-.eE0123456789".utf8.contains(bytes[index]) { index += 1 }
    }
}
