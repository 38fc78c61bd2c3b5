/// Maps a parsed document onto an outline: which outline parts (opening,
/// achievements, problems, plans, signature, a plugin's own) it has and where.
///
/// Headings match by the outline's `headings` variants (`{year}`/`{nextYear}`
/// filled in); one heading may hold two parts (存在问题及下一步工作). Problems and
/// plans folded into an unheaded closing paragraph, or stated in the first
/// paragraphs of a plans section, count as present through `ClosingCues`.
public struct OutlineMatcher: Sendable {
    public var outline: Outline
    public var reportYear: Int?

    public init(outline: Outline, reportYear: Int?) {
        self.outline = outline
        self.reportYear = reportYear
    }

    /// What was found for a document.
    public struct Match: Sendable {
        /// Outline key → where each part was found (heading or paragraph), in document order.
        public var parts: [String: [SourceRange?]] = [:]
        /// Keys matched by each top-level section's heading (and its direct children's), in order.
        public var sectionKeys: [(section: Section, keys: Set<String>)] = []

        /// Whether the part `key` is present.
        public func has(_ key: String) -> Bool { parts[key] != nil }

        mutating func add(_ key: String, _ range: SourceRange?) {
            parts[key, default: []].append(range)
        }
    }

    /// The outline keys a heading names ("存在问题及下一步工作" → problems, plans).
    /// `achievements` yields to any more specific key.
    public func keys(forHeading heading: String) -> Set<String> {
        Self.keys(forHeading: heading, variants: filledVariants())
    }

    /// A heading variant and the scalars it holds as a 64-bit set (scalar value mod 64): a
    /// heading lacking any of them cannot contain the variant, which settles most pairs
    /// without a substring search.
    fileprivate struct Variant: Sendable {
        let text: String
        let mask: UInt64

        init(_ text: String) {
            self.text = text
            mask = Self.mask(text.unicodeScalars)
        }

        static func mask<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> UInt64 {
            var mask: UInt64 = 0
            for scalar in scalars { mask |= 1 << UInt64(scalar.value & 63) }
            return mask
        }
    }

    /// The outline's heading variants with the years filled in, ready to match headings.
    /// They depend only on the outline and the report year: a caller linting many documents
    /// of one type may prepare them once and pass them to `match(_:variants:)`.
    public struct Variants: Sendable {
        fileprivate let sections: [(key: String, variants: [Variant])]
        /// The distinct keys (the outline's and "achievements"), sorted: a heading's keys are
        /// a bit set over them, so matching builds no `Set<String>` per heading and a set's
        /// bits in rising order are its keys sorted. Empty when there are more than 64.
        fileprivate let keyNames: [String]
        /// For each of `sections`, the bit of its key in `keyNames`.
        fileprivate let sectionBits: [UInt64]

        fileprivate init(sections: [(key: String, variants: [Variant])]) {
            self.sections = sections
            let names = Array(Set(sections.map(\.key) + ["achievements"])).sorted()
            if names.count <= 64 {
                keyNames = names
                sectionBits = sections.map { section in
                    UInt64(1) << UInt64(names.firstIndex(of: section.key) ?? 0)
                }
            } else {
                keyNames = []
                sectionBits = []
            }
        }

        /// The bit of `key`, 0 when it is no key of the outline.
        fileprivate func bit(_ key: String) -> UInt64 {
            keyNames.firstIndex(of: key).map { UInt64(1) << UInt64($0) } ?? 0
        }

        /// The keys of a bit set, in sorted order.
        fileprivate func names(_ bits: UInt64) -> [String] {
            var bits = bits
            var result: [String] = []
            while bits != 0 {
                result.append(keyNames[bits.trailingZeroBitCount])
                bits &= bits - 1
            }
            return result
        }
    }

    /// This matcher's variants (see `Variants`).
    public func prepareVariants() -> Variants {
        Variants(sections: filledVariants())
    }

    /// Each outline section's heading variants with the years filled in, computed once per
    /// match rather than once per heading.
    private func filledVariants() -> [(key: String, variants: [Variant])] {
        outline.sections.map { section in
            (section.key, section.headings.compactMap { fill($0) }.filter { !$0.isEmpty }.map(Variant.init))
        }
    }

    private static func keys(forHeading heading: String, variants: [(key: String, variants: [Variant])]) -> Set<String> {
        withNormalisedHeading(heading, empty: []) { keys($0, mask: $1, variants: variants) }
    }

    /// The keys a heading names as bits of `prepared.keyNames` (what `keys(forHeading:)` returns).
    private static func keyBits(forHeading heading: String, _ prepared: Variants) -> UInt64 {
        withNormalisedHeading(heading, empty: 0) { normalised, mask in
            var bits: UInt64 = 0
            for (index, section) in prepared.sections.enumerated()
                where section.variants.contains(where: { $0.mask & ~mask == 0 && contains(normalised, $0.text) }) {
                bits |= prepared.sectionBits[index]
            }
            if bits.nonzeroBitCount > 1 { bits &= ~prepared.bit("achievements") }
            return bits
        }
    }

    /// Calls `body` with the heading's bytes without spaces and the mask of its scalars;
    /// `empty` for a heading with a comma.
    private static func withNormalisedHeading<Result>(
        _ heading: String, empty: Result, _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Result
    ) -> Result {
        var heading = heading
        return heading.withUTF8 { bytes -> Result in
            // "创新工作思路，做好审计整改" describes work done in two clauses; such
            // headings never name an outline part, whatever words they contain.
            if bytes.contains(0x2C) || UTF8Search.contains(bytes, 0, bytes.count, fullWidthComma) { return empty }
            // The heading without spaces, as UTF-8: the variants are matched on its bytes. Most
            // headings have no space, and are used as they are.
            var mask: UInt64 = 0
            var hasSpace = false
            var index = 0
            while index < bytes.count {
                let (scalar, length) = UTF8Scalars.decode(bytes, at: index, end: bytes.count)
                if LineScanner.isSpace(scalar) {
                    hasSpace = true
                } else {
                    mask |= 1 << UInt64(scalar.value & 63)
                }
                index += length
            }
            guard hasSpace else { return body(bytes, mask) }
            var normalised: [UInt8] = []
            normalised.reserveCapacity(bytes.count)
            index = 0
            while index < bytes.count {
                let (scalar, length) = UTF8Scalars.decode(bytes, at: index, end: bytes.count)
                if !LineScanner.isSpace(scalar) {
                    normalised.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
                }
                index += length
            }
            return normalised.withUnsafeBufferPointer { body($0, mask) }
        }
    }

    /// The keys whose variants occur in `normalised` (a heading without spaces, whose scalars
    /// make `mask`); `achievements` yields to any more specific key.
    private static func keys(_ normalised: UnsafeBufferPointer<UInt8>, mask: UInt64, variants: [(key: String, variants: [Variant])]) -> Set<String> {
        var keys: Set<String> = []
        for section in variants where section.variants.contains(where: { $0.mask & ~mask == 0 && contains(normalised, $0.text) }) {
            keys.insert(section.key)
        }
        if keys.count > 1 { keys.remove("achievements") }
        return keys
    }

    private static let fullWidthComma = Array("，".utf8)

    /// Whether `bytes` contain the UTF-8 of `word`.
    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ word: String) -> Bool {
        if let found = word.utf8.withContiguousStorageIfAvailable({ UTF8Search.contains(bytes, $0) }) { return found }
        return UTF8Search.contains(bytes, Array(word.utf8))
    }

    /// `{year}` and `{nextYear}` replaced; nil when the year is unknown and needed.
    private func fill(_ variant: String) -> String? {
        guard variant.utf8.contains(0x7B) else { return variant }
        guard let year = reportYear else { return nil }
        return variant.replacingUTF8("{year}", with: "\(year)").replacingUTF8("{nextYear}", with: "\(year + 1)")
    }

    /// "……但仍存在……等问题。下一步，……": problems stated inside the plans section.
    private static func addProblemsInPlans(_ section: Section, to match: inout Match) {
        for paragraph in section.paragraphs.prefix(2) where ClosingCues.statesProblem(paragraph.text) {
            match.add("problems", paragraph.range)
            break
        }
    }

    /// Finds every outline part in `document`.
    public func match(_ document: Document) -> Match {
        match(document, variants: prepareVariants())
    }

    /// Finds every outline part in `document`, with variants prepared by `prepareVariants()`
    /// of a matcher for the same outline and report year.
    public func match(_ document: Document, variants prepared: Variants) -> Match {
        var match = Match()
        if let title = document.title { match.add("title", title.range) }
        if let addressee = document.addressee { match.add("addressee", addressee.range) }
        if let first = document.opening.first, first.marker == nil { match.add("opening", first.range) }
        if let signature = document.signature { match.add("signature", signature.unit?.range ?? signature.date?.range) }

        var reachedProblemsOrPlans = false
        let variants = prepared.sections
        let useBits = !prepared.keyNames.isEmpty
        let achievementsBit = prepared.bit("achievements")
        let problemsBit = prepared.bit("problems"), plansBit = prepared.bit("plans")
        for section in document.sections {
            if useBits {
                var bits = Self.keyBits(forHeading: section.heading, prepared)
                for child in section.children {
                    bits |= Self.keyBits(forHeading: child.heading, prepared) & ~achievementsBit
                }
                if bits == 0 && !reachedProblemsOrPlans { bits = achievementsBit }
                if bits & (problemsBit | plansBit) != 0 { reachedProblemsOrPlans = true }
                let names = prepared.names(bits)
                for key in names { match.add(key, section.headingRange) }
                match.sectionKeys.append((section, Set(names)))
                if bits & plansBit != 0 && bits & problemsBit == 0 {
                    Self.addProblemsInPlans(section, to: &match)
                }
                continue
            }
            var keys = Self.keys(forHeading: section.heading, variants: variants)
            for child in section.children {
                keys.formUnion(Self.keys(forHeading: child.heading, variants: variants).subtracting(["achievements"]))
            }
            if keys.isEmpty && !reachedProblemsOrPlans {
                keys.insert("achievements")
            }
            if keys.contains("problems") || keys.contains("plans") { reachedProblemsOrPlans = true }
            for key in keys.sorted() { match.add(key, section.headingRange) }
            match.sectionKeys.append((section, keys))
            if keys.contains("plans") && !keys.contains("problems") {
                Self.addProblemsInPlans(section, to: &match)
            }
        }
        if document.sections.isEmpty, document.opening.filter({ $0.marker != nil }).count >= 2 {
            // Work listed as 一是……二是…… straight after the opening.
            match.add("achievements", document.opening.first { $0.marker != nil }?.range)
        }
        let cues = ClosingCues.YearCues(nextYear: reportYear.map { $0 + 1 })
        for paragraph in document.closing {
            if ClosingCues.statesProblem(paragraph.text) { match.add("problems", paragraph.range) }
            if ClosingCues.opensClosing(paragraph.text, cues) || ClosingCues.statesPlans(paragraph.text, cues) {
                match.add("plans", paragraph.range)
            }
        }
        return match
    }
}
