import ZongjieCore

/// The kinds of line prefilter rules declare, each with its declaration on scalars (`holds`) and
/// its byte test. A byte test may pass lines the declaration does not hold on, never the reverse;
/// the text is valid UTF-8 (a `SourceText` comes from a String), so a scalar's bytes occur
/// exactly where it does.
extension LinePrefilter {
    /// One of `terms`, exactly as written.
    static func anyTerm(_ terms: [String]) -> LinePrefilter {
        let search = TermSearch(terms)
        return LinePrefilter(
            "one of \(terms)",
            gate: .all(search.features),
            bytes: { search.occurs(in: $0, $1) },
            holds: { scalars in
                terms.contains { term in
                    let word = Array(term.unicodeScalars)
                    guard !word.isEmpty, word.count <= scalars.count else { return word.isEmpty }
                    return (0...(scalars.count - word.count)).contains { Array(scalars[$0..<$0 + word.count]) == word }
                }
            }
        )
    }

    /// A Chinese punctuation mark: a CJK symbol (U+3001–303F, not the ideographic space), a
    /// full-width form (U+FF00–FF7F) or a curly double quote.
    static let chineseMark = LinePrefilter(
        "a Chinese punctuation mark",
        gate: .all(.chinesePunctuation),
        bytes: { ByteTests.hasChineseMark($0, $1) },
        holds: { $0.contains(where: isChineseMark) }
    )

    static func isChineseMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3001...0x303F, 0xFF00...0xFF7F, 0x201C...0x201D: true
        default: false
        }
    }

    /// Ideographs written twice in a row: a run of two to four ideographs right after itself,
    /// or one of `singles` doubled (的的).
    static func doubledIdeographs(singles: Set<Unicode.Scalar>) -> LinePrefilter {
        LinePrefilter(
            "ideographs doubled",
            gate: .open,
            bytes: { ByteTests.mayHaveDoubledIdeographs($0, $1, singles: singles) },
            holds: { scalars in
                scalars.indices.contains { index in
                    (1...4).contains { length in
                        guard index + 2 * length <= scalars.count, length > 1 || singles.contains(scalars[index]) else { return false }
                        return (0..<length).allSatisfy {
                            CJK.isIdeograph(scalars[index + $0]) && scalars[index + $0] == scalars[index + length + $0]
                        }
                    }
                }
            }
        )
    }

    /// A run of one upper-case Latin letter other than `excluded`, at the line start or after a
    /// non-ASCII character, right before a character from U+3000 up (Chinese text).
    static func letterRunBeforeChinese(excluding excluded: Unicode.Scalar) -> LinePrefilter {
        LinePrefilter(
            "an upper-case letter run (not \(excluded)) before Chinese text",
            gate: .all(.letterBeforeIdeograph),
            bytes: { ByteTests.mayHaveLetterRunBeforeChinese($0, $1, excluding: UInt8(truncatingIfNeeded: excluded.value)) },
            holds: { scalars in
                scalars.indices.contains { index in
                    let letter = scalars[index]
                    guard letter >= "A", letter <= "Z", letter != excluded, index + 1 < scalars.count,
                          scalars[index + 1].value >= 0x3000 else { return false }
                    var start = index
                    while start > 0 && scalars[start - 1] == letter { start -= 1 }
                    return start == 0 || scalars[start - 1].value >= 0x80
                }
            }
        )
    }

    /// A fill-in mark: _ or ＿, {{, ××, ＸＸ, 某某, 【, TO, TB or FI, or a run of two or more X
    /// after an ASCII digit or before a character in `xRunFollowers`.
    static func fillInMarks(xRunFollowers: Set<Unicode.Scalar>) -> LinePrefilter {
        let marks = ["_", "＿", "{{", "××", "ＸＸ", "某某", "【", "TO", "TB", "FI"].map { Array($0.unicodeScalars) }
        let followers = Set(xRunFollowers.map(\.value))
        return LinePrefilter(
            "a fill-in mark",
            gate: .all(.placeholder),
            bytes: { ByteTests.mayHaveFillInMark($0, $1, xRunFollowers: followers) },
            holds: { scalars in
                for index in scalars.indices {
                    if marks.contains(where: { index + $0.count <= scalars.count && Array(scalars[index..<index + $0.count]) == $0 }) { return true }
                    guard scalars[index] == "X", index + 1 < scalars.count, scalars[index + 1] == "X" else { continue }
                    if index > 0 && CJK.isASCIIDigit(scalars[index - 1]) { return true }
                    var end = index
                    while end < scalars.count && scalars[end] == "X" { end += 1 }
                    if end < scalars.count && xRunFollowers.contains(scalars[end]) { return true }
                }
                return false
            }
        )
    }

    /// One of , ; : ( ) ? ! [ next to a non-ASCII character.
    static let asciiMarkBesideNonASCII = LinePrefilter(
        "one of , ; : ( ) ? ! [ next to a non-ASCII character",
        gate: .all(.markNearNonASCII),
        bytes: { ByteTests.mayHaveASCIIMarkBesideNonASCII($0, $1) },
        holds: { scalars in
            scalars.indices.contains { index in
                ",;:()?![".unicodeScalars.contains(scalars[index])
                    && ((index > 0 && scalars[index - 1].value >= 0x80) || (index + 1 < scalars.count && scalars[index + 1].value >= 0x80))
            }
        }
    )

    /// 【, （ or ［ right before an ASCII digit (the year of a 文号 in the wrong brackets).
    static let bracketBeforeDigit = LinePrefilter(
        "【, （ or ［ before an ASCII digit",
        gate: .all(.bracketBeforeDigit),
        bytes: { ByteTests.mayHaveBracketBeforeDigit($0, $1) },
        holds: { scalars in
            scalars.indices.contains { index in
                ["【", "（", "［"].contains(scalars[index]) && index + 1 < scalars.count && CJK.isASCIIDigit(scalars[index + 1])
            }
        }
    )

    /// One or two spaces between an ideograph and an ASCII letter or digit (either way round),
    /// not before a tab.
    static let spaceBetweenIdeographAndAlphanumeric = LinePrefilter(
        "one or two spaces between an ideograph and an ASCII letter or digit",
        gate: .all([.spaceNearNonASCII, .alphanumeric]),
        bytes: { ByteTests.mayHaveSpaceBetweenIdeographAndAlphanumeric($0, $1) },
        holds: { scalars in
            func alphanumeric(_ scalar: Unicode.Scalar) -> Bool { CJK.isASCIIDigit(scalar) || CJK.isASCIILetter(scalar) }
            return scalars.indices.contains { index in
                guard index > 0, scalars[index] == " ", scalars[index - 1] != " " else { return false }
                var end = index
                while end < scalars.count && scalars[end] == " " { end += 1 }
                guard end < scalars.count, end - index <= 2, scalars[end] != "\t" else { return false }
                let (before, after) = (scalars[index - 1], scalars[end])
                return (CJK.isIdeograph(before) && alphanumeric(after)) || (alphanumeric(before) && CJK.isIdeograph(after))
            }
        }
    )

    /// Not a row of a table pasted as text: the line does not end in three or more figure cells.
    static let notEndingInFigureCells = LinePrefilter(
        "no row of figure cells",
        gate: .open,
        bytes: { !TableRowText.endsWithFigureCells($0, in: $1.start..<$1.end) },
        holds: { !TableRowText.endsWithFigureCells($0) }
    )
}
