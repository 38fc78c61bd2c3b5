import Foundation
import ZongjieCore

/// Findings accepted once and hidden afterwards, so a .docx (which cannot
/// carry comments) can be re-linted showing only new findings.
///
/// Entries are keyed by rule, path, the text the finding covers and its
/// message — never by line number — so a finding still matches after the
/// text around it moves. Each entry hides one finding (repeats need repeats).
public struct Baseline: Sendable, Equatable {
    /// One accepted finding.
    public struct Entry: Sendable, Hashable, Codable {
        public var rule: String
        public var path: String
        public var text: String
        public var message: String

        public init(rule: String, path: String, text: String, message: String) {
            self.rule = rule
            self.path = path
            self.text = text
            self.message = message
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    private struct File: Codable {
        var version: Int
        var findings: [Entry]
    }

    /// The entry for a finding in `source`.
    public static func entry(for diagnostic: Diagnostic, path: String, source: SourceText) -> Entry {
        let start = source.byteOffset(of: diagnostic.range.start)
        let end = max(start, source.byteOffset(of: diagnostic.range.end))
        let text = String(decoding: source.utf8[start..<min(end, source.utf8.count)], as: UTF8.self)
        return Entry(rule: diagnostic.ruleID, path: path, text: text, message: diagnostic.message)
    }

    /// The entries for `diagnostics` (in order), locating them with one ascending cursor:
    /// `entry(for:)` per finding counts columns from the line start, quadratic on a long line.
    public static func entries(for diagnostics: [Diagnostic], path: String, source: SourceText) -> [Entry] {
        var offsets = ByteOffsetCursor(source)
        return diagnostics.map { diagnostic in
            let start = offsets.offset(of: diagnostic.range.start)
            var probe = offsets
            let end = max(start, probe.offset(of: diagnostic.range.end))
            let text = String(decoding: source.utf8[start..<min(end, source.utf8.count)], as: UTF8.self)
            return Entry(rule: diagnostic.ruleID, path: path, text: text, message: diagnostic.message)
        }
    }

    /// Reads a baseline written by `encoded()`.
    public static func load(path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BaselineError(description: "\(path): 无法读取基线文件，请检查路径。")
        }
        do {
            let file = try JSONDecoder().decode(File.self, from: data)
            return Baseline(entries: file.findings)
        } catch {
            throw BaselineError(description: "\(path): 不是有效的基线文件（应由 --write-baseline 生成）：\(error)")
        }
    }

    /// The baseline as stable, pretty JSON.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let sorted = entries.sorted { ($0.path, $0.rule, $0.text, $0.message) < ($1.path, $1.rule, $1.text, $1.message) }
        return (try? encoder.encode(File(version: 1, findings: sorted))) ?? Data()
    }

    /// Removes from `diagnostics` those the baseline accepts, consuming one entry each.
    public func filter(_ diagnostics: [Diagnostic], path: String, source: SourceText, remaining: inout [Entry: Int]) -> [Diagnostic] {
        let keys = Self.entries(for: diagnostics, path: path, source: source)
        return zip(diagnostics, keys).filter { _, key in
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
                return false
            }
            return true
        }.map(\.0)
    }

    /// Entry → how many findings it may still hide.
    public var counts: [Entry: Int] {
        entries.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }
}

/// A baseline file that cannot be used.
public struct BaselineError: Error, CustomStringConvertible, Sendable {
    public var description: String
}
