import ZongjieCore

/// Breaks a long title into lines by meaning (GB/T 9704 7.3.1: 回行时词意完整、排列对称).
enum TitleLines {
    /// Characters per 2号 (22 pt) line in the 156 mm 版心: 20 fit, but the extra space
    /// Word and LibreOffice put between Chinese and Latin text takes about two more.
    static let capacity = 1800

    /// The title's lines: one when it fits, else two split at the best word boundary.
    static func split(_ title: String) -> [String] {
        let scalars = Array(title.unicodeScalars)
        guard GBT9704.widthHundredths(title) > capacity, scalars.count > 2 else { return [title] }
        var best: (index: Int, imbalance: Int)?
        for index in candidates(scalars) {
            let first = string(scalars[..<index])
            let second = string(scalars[index...])
            let firstWidth = GBT9704.widthHundredths(first)
            let secondWidth = GBT9704.widthHundredths(second)
            guard firstWidth <= capacity, secondWidth <= capacity else { continue }
            let imbalance = abs(firstWidth - secondWidth)
            if let current = best, current.imbalance <= imbalance { continue }
            best = (index, imbalance)
        }
        guard let best else { return [title] }
        return [string(scalars[..<best.index]), string(scalars[best.index...])]
    }

    /// Word boundaries a title may break at: before a year, before 关于, after 的, before 工作总结.
    private static func candidates(_ scalars: [Unicode.Scalar]) -> [Int] {
        var result: [Int] = []
        for index in 1..<scalars.count {
            let previous = scalars[index - 1]
            let current = scalars[index]
            let isDigit = { (scalar: Unicode.Scalar) in scalar.isASCII && scalar.properties.numericType == .decimal }
            if isDigit(current) && !isDigit(previous) { result.append(index) }
            if starts(scalars, at: index, with: "关于") || starts(scalars, at: index, with: "工作总结") { result.append(index) }
            if previous == "的" { result.append(index) }
        }
        return result
    }

    private static func starts(_ scalars: [Unicode.Scalar], at index: Int, with word: String) -> Bool {
        let wordScalars = Array(word.unicodeScalars)
        guard index + wordScalars.count <= scalars.count else { return false }
        return Array(scalars[index..<index + wordScalars.count]) == wordScalars
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
