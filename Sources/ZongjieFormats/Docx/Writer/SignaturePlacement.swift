import ZongjieCore

/// Where 署名 and 成文日期 sit: GB/T 9704 7.3.5.2, the unsealed case a work
/// summary is (see `GBT9704.signatureOffsets`), in Word's units.
enum SignaturePlacement {
    /// Right offsets in hundredths of a character for the unit and the date lines.
    static func rightOffsets(unit: String?, date: String?) -> (unit: Int, date: Int) {
        GBT9704.signatureOffsets(unit: unit, date: date)
    }

    /// Twips for a width in hundredths of a character at the 28-per-line grid pitch.
    static func twips(hundredths: Int) -> Int {
        Int((Double(hundredths) / 100 * GBT9704.characterTwips).rounded())
    }
}
