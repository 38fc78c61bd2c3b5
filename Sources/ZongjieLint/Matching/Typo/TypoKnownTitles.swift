import ZongjieResources

/// Text that is a listed law or regulation title (dictionaries/law-titles.tsv, the `law-title`
/// rule's list) is right by definition: 《海关关衔条例》 names a real regulation, however close
/// 关衔 is to 官衔. A hit inside such a title, in 《》 or written bare (a list of titles), is dropped.
extension TypoChecker {
    /// The listed titles (without 中华人民共和国), read in one pass over the scalars on the first
    /// hit: the `law-title` rule's own parse (a dictionary of Strings) costs ten times more.
    static let knownTitles: [[Unicode.Scalar]] = {
        var titles: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        var inTitle = true, comment = false, atLineStart = true
        for scalar in (EmbeddedFiles.all[LawTitles.path] ?? "").unicodeScalars {
            if scalar == "\n" {
                if !comment && !current.isEmpty { titles.append(current) }
                current.removeAll(keepingCapacity: true)
                inTitle = true
                comment = false
                atLineStart = true
                continue
            }
            if atLineStart {
                atLineStart = false
                comment = scalar == "#"
            }
            if scalar == "\t" { inTitle = false }
            if inTitle && !comment { current.append(scalar) }
        }
        if !comment && !current.isEmpty { titles.append(current) }
        return titles
    }()

    /// Whether `hit` lies inside an occurrence of a listed title in `scalars` (its line).
    static func isInKnownTitle(_ hit: Hit, _ scalars: [Unicode.Scalar]) -> Bool {
        let length = hit.end - hit.start
        guard length > 0, hit.end <= scalars.count else { return false }
        let word = scalars[hit.start..<hit.end]
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
