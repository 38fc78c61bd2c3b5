import Foundation

/// Parsing of the scalar forms users write for numbers and dates.
enum ScalarParsing {
    /// A decimal number: `1260`, `98.5`, `98.5%` (percent sign allowed), full-width digits accepted.
    static func number(_ raw: String, allowPercentSign: Bool) -> Double? {
        var text = normalizedDigits(raw.trimmingCharacters(in: .whitespaces))
        if allowPercentSign, text.hasSuffix("%") { text.removeLast() }
        guard !text.isEmpty, text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "." || $0 == "-" }) else { return nil }
        return Double(text)
    }

    /// A date written 2025-01-10, 2025/1/10, 2025.1.10 or 2025年1月10日.
    static func date(_ raw: String) -> CalendarDate? {
        let text = normalizedDigits(raw.trimmingCharacters(in: .whitespaces))
        var parts: [Int] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if ["-", "/", ".", "年", "月", "日"].contains(scalar) {
                guard let value = Int(current) else { return nil }
                parts.append(value)
                current = ""
            } else {
                return nil
            }
        }
        if let value = Int(current) { parts.append(value) }
        guard parts.count == 3 else { return nil }
        let (year, month, day) = (parts[0], parts[1], parts[2])
        guard (1900...2100).contains(year), (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Full-width digits and signs (０-９ ． ％ －) turned into ASCII.
    static func normalizedDigits(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0xFF10...0xFF19).contains(scalar.value) || scalar == "．" || scalar == "％" || scalar == "－",
               let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                result.append(ascii)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
