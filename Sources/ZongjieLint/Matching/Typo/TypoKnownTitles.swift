/// Text that is a listed law or regulation title (dictionaries/law-titles.tsv, the `law-title`
/// rule's list) is right by definition: 《海关关衔条例》 names a real regulation, however close
/// 关衔 is to 官衔. A hit inside such a title, in 《》 or written bare (a list of titles), is dropped.
extension TypoChecker {
    /// Whether `hit` lies inside an occurrence of a listed title in `scalars` (its line).
    static func isInKnownTitle(_ hit: Hit, _ scalars: [Unicode.Scalar]) -> Bool {
        let length = hit.end - hit.start
        guard length > 0, hit.end <= scalars.count else { return false }
        let word = scalars[hit.start..<hit.end]
        for title in LawTitles.builtIn.titles where title.count >= length {
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
