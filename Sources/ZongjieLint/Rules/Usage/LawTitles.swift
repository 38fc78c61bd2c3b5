import ZongjieResources

/// The national laws and regulations of dictionaries/law-titles.tsv (compiled by
/// scripts/compile_law_titles.py), titles kept without the 中华人民共和国 prefix.
struct LawTitles: Sendable {
    static let path = "dictionaries/law-titles.tsv"
    static let prefix = "中华人民共和国"

    /// Title (no prefix) → kind (法律, 行政法规, 部门规章).
    let kinds: [String: String]
    /// Titles as scalars, for near-miss search.
    let titles: [[Unicode.Scalar]]
    /// The date of the list's snapshot (2025-04-19), as written in the file.
    let snapshot: String

    static let builtIn = LawTitles(EmbeddedFiles.all[path] ?? "")

    init(_ contents: String) {
        var kinds: [String: String] = [:]
        var snapshot = ""
        for line in contents.split(separator: "\n") {
            if line.hasPrefix("#snapshot ") {
                snapshot = String(line.dropFirst("#snapshot ".count))
                continue
            }
            if line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2, !columns[0].isEmpty else { continue }
            kinds[String(columns[0])] = String(columns[1])
        }
        self.kinds = kinds
        self.titles = kinds.keys.sorted().map { Array($0.unicodeScalars) }
        self.snapshot = snapshot
    }

    /// Whether `title` (with or without the prefix) is a listed title.
    func contains(_ title: String) -> Bool {
        kinds[Self.core(of: title)] != nil
    }

    /// `title` without the 中华人民共和国 prefix.
    static func core(of title: String) -> String {
        title.hasPrefix(prefix) ? String(title.dropFirst(prefix.count)) : title
    }

    /// The listed title nearest to `core` (no prefix) within one edit, or two that only add or
    /// drop characters, keeping the same ending (法 stays 法, 条例 stays 条例), or nil. Ties go
    /// to the alphabetically first.
    func nearest(to core: String) -> String? {
        let written = Array(core.unicodeScalars)
        guard written.count >= 3 else { return nil }
        var best: (distance: Int, title: [Unicode.Scalar])?
        for title in titles where abs(title.count - written.count) <= 2 && title.last == written.last {
            let distance = Self.editDistance(written, title, limit: 2)
            // Two edits only as words added or dropped (消防安全法 for 消防法), never two
            // characters changed (国家安全法 is not 消防安全法 misspelt).
            guard distance == 1 || (distance == 2 && (Self.isSubsequence(written, of: title) || Self.isSubsequence(title, of: written))) else { continue }
            if distance < (best?.distance ?? 3) { best = (distance, title) }
        }
        guard let best else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: best.title)
        return String(view)
    }

    /// The shortest listed title that `core` abbreviates (its characters in order, same
    /// ending: 保密法 → 保守国家秘密法), or nil.
    func abbreviated(_ core: String) -> String? {
        let written = Array(core.unicodeScalars)
        guard written.count >= 3 else { return nil }
        var best: [Unicode.Scalar]?
        for title in titles where title.count > written.count && title.last == written.last && title.first == written.first {
            if Self.isSubsequence(written, of: title) && title.count < (best?.count ?? Int.max) { best = title }
        }
        return best.map { title in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: title)
            return String(view)
        }
    }

    private static func isSubsequence(_ short: [Unicode.Scalar], of long: [Unicode.Scalar]) -> Bool {
        var index = 0
        for scalar in long where index < short.count && scalar == short[index] { index += 1 }
        return index == short.count
    }

    /// Levenshtein distance, cut short once every cell of a row exceeds `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
