import ZongjieCore

/// Widths of text in 字 (one Chinese character), as GB/T 9704 counts offsets:
/// half-width Latin letters and digits take half a character.
enum TextWidth {
    /// Width of `text` in hundredths of a character.
    static func hundredths(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            total += scalar.value < 0x2E80 && scalar.value != 0x2014 ? 50 : 100
        }
        return total
    }
}

/// Where 署名 and 成文日期 sit (GB/T 9704 7.3.5.2, the unsealed case a work summary is).
///
/// The unit is set 右空二字; the date goes below it with its first character
/// two characters right of the unit's first. When the date is too long for
/// that, the date keeps 右空二字 and the unit moves left to keep the two-character shift.
enum SignaturePlacement {
    /// Right offsets in hundredths of a character for the unit and the date lines.
    static func rightOffsets(unit: String?, date: String?) -> (unit: Int, date: Int) {
        let two = 200
        guard let unit, let date else { return (two, two) }
        let unitWidth = TextWidth.hundredths(unit)
        let dateWidth = TextWidth.hundredths(date)
        // Date's first character is `two` right of the unit's: dateRight = unitRight + unitWidth − two − dateWidth.
        let dateRight = two + unitWidth - two - dateWidth
        if dateRight >= two { return (two, dateRight) }
        return (two + two + dateWidth - unitWidth, two)
    }

    /// Twips for a width in hundredths of a character at the 28-per-line grid pitch.
    static func twips(hundredths: Int) -> Int {
        let pitch = Double(GBT9704.pageWidthTwips - GBT9704.leftMarginTwips - GBT9704.rightMarginTwips) / Double(GBT9704.charactersPerLine)
        return Int((Double(hundredths) / 100 * pitch).rounded())
    }
}
