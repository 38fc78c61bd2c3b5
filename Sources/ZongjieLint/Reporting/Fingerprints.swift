import ZongjieCore

/// Identities for findings that survive edits elsewhere in the file (SARIF
/// `partialFingerprints`): a hash of the rule, the text of the line the finding starts on
/// (trimmed), the text it covers and its `data` (what a whole-document finding such as a
/// missing part is about), then which occurrence of that hash it is in the file.
/// No line or column goes in (nor a `data` value keyed `…line…`, nor the explanatory
/// `basis`), so a finding keeps its identity when text above it moves or a rule's 依据 is
/// reworded; the occurrence count keeps identical findings apart.
public enum Fingerprints {
    /// The SARIF `partialFingerprints` key; the suffix versions the recipe.
    public static let key = "zongjie/v1"

    /// One fingerprint per diagnostic of `result`, in order, as `hash:occurrence`.
    public static func of(_ result: FileResult) -> [String] {
        let source = result.source
        var offsets = ByteOffsetCursor(source)
        var seen: [UInt64: Int] = [:]
        return result.diagnostics.map { diagnostic in
            var hash = FNV1a()
            hash.add(diagnostic.ruleID.utf8)
            hash.add(0)
            let line = diagnostic.range.start.line
            if line >= 1 && line <= source.lines.count {
                let span = source.lines[line - 1]
                var start = span.start
                var end = span.end
                while start < end && isBlank(source.utf8[start]) { start += 1 }
                while end > start && isBlank(source.utf8[end - 1]) { end -= 1 }
                hash.add(source.utf8[start..<end])
            }
            hash.add(0)
            let start = min(offsets.offset(of: diagnostic.range.start), source.utf8.count)
            var probe = offsets
            let end = min(max(start, probe.offset(of: diagnostic.range.end)), source.utf8.count)
            hash.add(source.utf8[start..<end])
            for key in diagnostic.data.keys.sorted() where key != "basis" && !key.lowercased().contains("line") {
                hash.add(0)
                hash.add(key.utf8)
                hash.add(0)
                hash.add((diagnostic.data[key] ?? "").utf8)
            }
            let occurrence = (seen[hash.value] ?? 0) + 1
            seen[hash.value] = occurrence
            return hex(hash.value) + ":" + String(occurrence)
        }
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// 64-bit FNV-1a: fixed across runs and platforms, unlike Swift's seeded `Hasher`.
struct FNV1a {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes { add(byte) }
    }
}
