/// Recognises table rows and headings by their (possibly abbreviated, wrapped
/// or OCR-mangled) labels.
enum NianbaoLabels {
    /// The label without spaces, a leading "表三：", and leading markers (一、 （一） (1) 1. 1、).
    static func normalize(_ label: String) -> String {
        var scalars = Array(label.unicodeScalars.filter { !TableLine.isSpace($0) && $0 != "*" && $0 != "#" })
        var changed = true
        while changed {
            changed = false
            if scalars.count >= 3, scalars[0] == "表", ["一", "二", "三", "四"].contains(scalars[1]) {
                scalars.removeFirst(2)
                if let first = scalars.first, first == "：" || first == ":" { scalars.removeFirst() }
                changed = true
            }
            if let marker = NumberingMarker.parse(Substring(String(String.UnicodeScalarView(scalars)))),
               [.chineseComma, .chineseParen, .arabicDot, .arabicParen].contains(marker.style), marker.scalarCount < scalars.count {
                scalars.removeFirst(marker.scalarCount)
                changed = true
            } else if let first = scalars.first, first.isASCII, first.properties.numericType != nil {
                // "1." without a following space is not always parsed as a marker: strip digits and a dot.
                var index = 0
                while index < scalars.count, scalars[index].isASCII, scalars[index].properties.numericType != nil { index += 1 }
                if index < scalars.count, [".", "．", "、"].contains(scalars[index]), index + 1 < scalars.count {
                    scalars.removeFirst(index + 1)
                    changed = true
                }
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    private static let applicationKeywords: [(String, ApplicationRow)] = [
        ("本年新收", .received), ("上年结转", .carriedOver), ("结转下年度", .carriedForward), ("结转下一年", .carriedForward),
        ("部分公开", .partlyGranted), ("予以公开", .granted),
        ("国家秘密", .withheldStateSecret), ("禁止公开", .withheldByLaw), ("法律行政法规", .withheldByLaw),
        ("三安全一稳定", .withheldThreeSafety), ("危及", .withheldThreeSafety), ("第三方", .withheldThirdParty),
        ("内部事务", .withheldInternalAffairs), ("过程性", .withheldProcess), ("执法案卷", .withheldEnforcementFile),
        ("查询事项", .withheldQuery), ("不掌握", .unavailableNotHeld), ("另行制作", .unavailableNeedsCreation),
        ("没有现成", .unavailableNeedsCreation), ("仍不明确", .unavailableStillUnclear), ("补正后", .unavailableStillUnclear),
        ("信访", .notProcessedPetition), ("举报投诉", .notProcessedPetition), ("重复申请", .notProcessedRepeated),
        ("出版物", .notProcessedPublication), ("大量反复", .notProcessedExcessive), ("重新出具", .notProcessedConfirmation),
        ("确认或", .notProcessedConfirmation), ("不补正", .otherNoCorrection), ("收费通知", .otherFeeUnpaid),
        ("缴纳费用", .otherFeeUnpaid),
    ]

    /// The table-三 row a label names, trying the most specific (last) label part first.
    static func applicationRow(_ labels: [TableLine.Label]) -> ApplicationRow? {
        for label in labels.reversed() {
            let text = normalize(label.text)
            if text == "其他" { return .otherOther }
            if text == "总计" || text == "合计" { return .resultTotal }
            if let match = applicationKeywords.first(where: { text.contains($0.0) }) { return match.1 }
        }
        return nil
    }

    /// The table-二 row a label names.
    static func disclosureRow(_ labels: [TableLine.Label]) -> DisclosureRow? {
        for label in labels.reversed() {
            let text = normalize(label.text)
            if text.contains("规范性文件") { return .normativeDocuments }
            if text.hasPrefix("规章") || text == "政府规章" { return .regulations }
            if text.contains("行政许可") { return .licensing }
            if text.contains("行政处罚") { return .penalties }
            if text.contains("行政强制") { return .enforcement }
            if text.contains("收费") { return .fees }
        }
        return nil
    }

    /// The table-四 block a label (or a label line above the figures) names.
    static func appealBlock(_ text: String) -> AppealBlock? {
        let text = normalize(text)
        if text.contains("未经复议") && text.contains("复议后") { return nil }
        if text.contains("复议后") { return .suitAfterReview }
        if text.contains("未经复议") || text.contains("直接起诉") { return .directSuit }
        if text.contains("行政复议") && !text.contains("行政诉讼") { return .review }
        return nil
    }

    /// Whether a line looks like a heading or table caption: short, no 。, and starting
    /// with a marker (一、 （一）) or 表二/表三/表四 once Markdown marks are stripped.
    static func isHeadingLike(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars.filter { !TableLine.isSpace($0) && $0 != "*" && $0 != "#" })
        guard !scalars.isEmpty, scalars.count <= 40, !scalars.contains("。"), !scalars.contains("|") else { return false }
        if scalars.count >= 2, scalars[0] == "表", ["二", "三", "四"].contains(scalars[1]) { return true }
        guard let marker = NumberingMarker.parse(Substring(String(String.UnicodeScalarView(scalars)))) else { return false }
        return marker.style == .chineseComma || marker.style == .chineseParen
    }

    /// Whether a heading-like line is a top-level one: 一、… or a 表二/表三/表四 caption.
    static func isSectionHeading(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars.filter { !TableLine.isSpace($0) && $0 != "*" && $0 != "#" })
        if scalars.count >= 2, scalars[0] == "表", ["二", "三", "四"].contains(scalars[1]) { return true }
        return NumberingMarker.parse(Substring(String(String.UnicodeScalarView(scalars))))?.style == .chineseComma
    }
}
