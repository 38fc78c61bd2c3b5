/// Text that is a listed law or regulation title (dictionaries/law-titles.tsv, the `law-title`
/// rule's list) is right by definition: 《海关关衔条例》 names a real regulation, however close
/// 关衔 is to 官衔. A hit inside such a title, in 《》 or written bare (a list of titles), is dropped.
extension TypoChecker {
    /// The listed titles (without 中华人民共和国), as the `law-title` rule reads them.
    static var knownTitles: [[Unicode.Scalar]] { LawTitles.builtIn.titles }

    /// The adjacent scalar pairs of the titles, hashed into 2^16 bits (8 KB, built in one pass
    /// on the first hit): a hit word with a pair no title has is in none, and most hits are
    /// such (a slip is rarely written in a law's title), so the scan over every title's
    /// places below runs for few of them.
    static let knownTitlePairs: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: titlePairBitCount / 64)
        for title in knownTitles where title.count >= 2 {
            for index in 1..<title.count {
                let bit = titlePairBit(title[index - 1], title[index])
                bits[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        return bits
    }()

    static let titlePairBitCount = 1 << 16

    @inline(__always)
    static func titlePairBit(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int {
        Int(((UInt64(first.value) << 32 | UInt64(second.value)) &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    /// Whether `hit` lies inside an occurrence of a listed title in `scalars` (its line).
    static func isInKnownTitle(_ hit: Hit, _ scalars: [Unicode.Scalar]) -> Bool {
        let length = hit.end - hit.start
        guard length > 0, hit.end <= scalars.count else { return false }
        let word = scalars[hit.start..<hit.end]
        if length >= 2 {
            let pairs = knownTitlePairs
            for index in (hit.start + 1)..<hit.end {
                let bit = titlePairBit(scalars[index - 1], scalars[index])
                if pairs[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return false }
            }
        }
        for title in knownTitles where title.count >= length {
            for offset in 0...(title.count - length) where title[offset..<offset + length].elementsEqual(word) {
                let origin = hit.start - offset
                if origin >= 0 && origin + title.count <= scalars.count && scalars[origin..<origin + title.count].elementsEqual(title) {
                    return true
                }
            }
        }
        return false
    }
}
