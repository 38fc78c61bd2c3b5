import ZongjieCore

/// How alike two paragraphs read once years and figures are set aside: the share of
/// character pairs (bigrams) they have in common (Dice), so a paragraph with only its
/// year and numbers changed scores 1 and a rewritten one far less.
struct ParagraphFingerprint: Sendable {
    /// Bigram → how often it occurs.
    let bigrams: [UInt64: Int]
    /// Number of bigrams (with repeats).
    let count: Int

    init(_ text: String) {
        let scalars = Self.normalised(text)
        var bigrams: [UInt64: Int] = [:]
        if scalars.count > 1 {
            for index in 1..<scalars.count {
                bigrams[UInt64(scalars[index - 1].value) << 32 | UInt64(scalars[index].value), default: 0] += 1
            }
        }
        self.bigrams = bigrams
        self.count = max(0, scalars.count - 1)
    }

    /// Dice coefficient of the two bigram bags (0…1).
    func similarity(to other: ParagraphFingerprint) -> Double {
        guard count > 0, other.count > 0 else { return 0 }
        let (small, large) = bigrams.count <= other.bigrams.count ? (bigrams, other.bigrams) : (other.bigrams, bigrams)
        var shared = 0
        for (key, times) in small { shared += min(times, large[key] ?? 0) }
        return 2 * Double(shared) / Double(count + other.count)
    }

    /// The text without spaces, each run of digits (a year, a figure) as one "0", and each
    /// 【待更新：…】 marker (a figure still to update) as one "0".
    static func normalised(_ text: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "【", ProseFigures.has(Array("【待更新".unicodeScalars), in: scalars, at: index),
               let close = scalars[index...].firstIndex(of: "】") {
                result.append("0")
                index = close + 1
                continue
            }
            if ProseFigures.isDigit(scalar) {
                while index < scalars.count, ProseFigures.isDigit(scalars[index]) || [".", ",", "%", "％"].contains(scalars[index]) { index += 1 }
                result.append("0")
                continue
            }
            if !scalar.properties.isWhitespace { result.append(scalar) }
            index += 1
        }
        return result
    }
}
