/// Facts about the characters of Chinese text that the parser, the figure readers and the
/// lint rules share: which scalars are ideographs, Chinese punctuation, digits. Kept here once
/// so no rule repeats a range list (or its UTF-8 bytes).
public enum CJK {
    /// A Han ideograph (basic block, extension A, compatibility, supplementary planes) or 〇.
    @inlinable
    public static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3134F, 0x3007: true
        default: false
        }
    }

    /// Full-width Chinese punctuation: CJK symbols, full-width forms, curly quotes, dashes, ellipsis.
    @inlinable
    public static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65,
             0x2018...0x201F, 0x2014, 0x2026, 0x00B7: true
        default: false
        }
    }

    @inlinable
    public static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
    }

    @inlinable
    public static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    /// Sentence-ending punctuation (full- or half-width).
    @inlinable
    public static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "。" || scalar == "！" || scalar == "？" || scalar == "!" || scalar == "?"
    }

    /// Clause-separating punctuation inside a sentence.
    @inlinable
    public static func separatesClause(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "，" || scalar == "；" || scalar == "：" || scalar == "," || scalar == ";"
    }

    /// A full-width digit ０…９ (U+FF10…U+FF19), as tables and some typists write figures.
    @inlinable
    public static func isFullWidthDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar >= "０" && scalar <= "９"
    }

    /// The value of an Arabic digit, ASCII or full-width; nil for anything else.
    @inlinable
    public static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        if isASCIIDigit(scalar) { return Int(scalar.value - 0x30) }
        if isFullWidthDigit(scalar) { return Int(scalar.value - ("０" as Unicode.Scalar).value) }
        return nil
    }
}
