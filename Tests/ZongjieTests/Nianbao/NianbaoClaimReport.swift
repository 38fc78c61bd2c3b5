import Foundation
import ZongjieCore
import ZongjieFormats

/// A 年报 written for the prose-claim tests: invented figures of the shape real reports have
/// (790 new, 15 carried over, 795 answered: 275 予以公开及部分公开, 38 不予公开, 337 无法提供,
/// 70 不予处理, 75 其他处理; 10 carried forward; 行政复议 15 of which 9 upheld, 1 corrected,
/// 2 other, 3 pending; 行政诉讼 3 + 1), in the forms users lint: Markdown tables, text pasted
/// from a PDF, a .docx; with the 总计 column filled or left blank.
enum NianbaoClaimReport {
    enum Form: String, CaseIterable, Sendable {
        case markdown
        case pdfPaste
        /// From a PDF whose extractor put every cell on a line of its own (a blank 总计 vanishes).
        case pdfCellsPerLine
        case docx
    }

    static let title = "某某市自然资源局2025年政府信息公开工作年度报告"

    /// Consistent with the tables: each figure and share, the sum of the results, the outcome words.
    static let prose = [
        "全年共收到政府信息公开申请790件，上年结转15件；共答复795件，其中予以公开及部分公开275件（34.59%），不予公开38件（占4.78%），无法提供337件（42.39%），不予处理70件（8.81%），其他处理75件（9.43%）；结转下年度继续办理10件。",
        "全年发生政府信息公开行政复议15件，其中结果维持9件、结果纠正1件，尚未审结3件；行政诉讼4件。行政诉讼未被纠错。",
    ]

    /// Table 三, six applicant columns per row (总计 is their sum).
    static let applications: [ApplicationRow: [Int]] = [
        .received: [770, 12, 0, 0, 8, 0],
        .carriedOver: [15, 0, 0, 0, 0, 0],
        .granted: [250, 6, 0, 0, 4, 0],
        .partlyGranted: [15, 0, 0, 0, 0, 0],
        .withheldThreeSafety: [4, 0, 0, 0, 0, 0],
        .withheldThirdParty: [6, 0, 0, 0, 0, 0],
        .withheldInternalAffairs: [20, 0, 0, 0, 0, 0],
        .withheldProcess: [8, 0, 0, 0, 0, 0],
        .unavailableNotHeld: [292, 4, 0, 0, 4, 0],
        .unavailableNeedsCreation: [28, 2, 0, 0, 0, 0],
        .unavailableStillUnclear: [7, 0, 0, 0, 0, 0],
        .notProcessedPetition: [50, 0, 0, 0, 0, 0],
        .notProcessedRepeated: [20, 0, 0, 0, 0, 0],
        .otherNoCorrection: [40, 0, 0, 0, 0, 0],
        .otherOther: [35, 0, 0, 0, 0, 0],
        .resultTotal: [775, 12, 0, 0, 8, 0],
        .carriedForward: [10, 0, 0, 0, 0, 0],
    ]

    /// Table 四: 结果维持, 结果纠正, 其他结果, 尚未审结 per block.
    static let appeals: [[Int]] = [[9, 1, 2, 3], [2, 0, 0, 1], [1, 0, 0, 0]]

    static func row(_ row: ApplicationRow) -> [Int] {
        applications[row] ?? [0, 0, 0, 0, 0, 0]
    }

    /// The report as Markdown, with `prose` (after any edit) and the 总计 column filled or blank.
    static func markdown(prose: [String] = prose, blankTotals: Bool = false) -> String {
        var lines = [title, "", "一、总体情况", ""] + prose.flatMap { [$0, ""] }
        lines += ["二、主动公开政府信息情况", "", "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |", "| --- | --- | --- | --- |",
                  "| 规章 | 0 | 0 | 0 |", "| 行政规范性文件 | 4 | 1 | 37 |", "",
                  "| 信息内容 | 本年处理决定数量 |", "| --- | --- |", "| 行政许可 | 1260 |", "",
                  "三、收到和处理政府信息公开申请情况", "",
                  "| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- |"]
        for application in ApplicationRow.allCases {
            let cells = row(application)
            let total = blankTotals ? "" : String(cells.reduce(0, +))
            lines.append("| \(application.label) | " + cells.map(String.init).joined(separator: " | ") + " | \(total) |")
        }
        lines += ["", "四、政府信息公开行政复议、行政诉讼情况", "", "| 类别 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |", "| --- | --- | --- | --- | --- | --- |"]
        for block in AppealBlock.allCases {
            let cells = appeals[block.rawValue]
            let total = blankTotals ? "" : String(cells.reduce(0, +))
            lines.append("| \(block.name) | " + cells.map(String.init).joined(separator: " | ") + " | \(total) |")
        }
        lines += ["", "五、存在的主要问题及改进情况", "", "一是依申请公开答复文书还不够规范。二是政策解读形式较为单一。下一步将加强培训。", "",
                  "六、其他需要报告的事项", "", "本年度未收取信息处理费。", ""]
        return lines.joined(separator: "\n")
    }

    /// The report as text extracted from its PDF: prose hard-wrapped with OCR spaces around
    /// figures and a page footer, table rows as `label | 1 | 2 |` with labels wrapped off their
    /// figures and half-width OCR punctuation, blank totals as empty trailing cells.
    static func pdfPaste(prose: [String] = prose, blankTotals: Bool = false) -> String {
        var lines = ["2025 年某某市自然资源局政府信息公开工作年度报告", "一、总体情况"]
        for paragraph in prose {
            lines += wrapped(ocrSpaced(paragraph), width: 24)
            lines.append("")
        }
        lines.insert("— 1 —", at: 4)
        lines += ["二、主动公开政府信息情况", "第二十条第（一）项", "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数", "规章 | 0 | 0 | 0", "行政规范性文件 | 4 | 1 | 37",
                  "第二十条第（五）项", "信息内容本年处理决定数量", "行政许可 1260", "",
                  "三、收到和处理政府信息公开申请情况", "申请人情况", "(本列数据的勾稽关系为:第一项加第二项之和,", "等于第三项加第四项之和) | 自然人 | 商业 | 科研 | 总计"]
        for application in ApplicationRow.allCases {
            let cells = row(application)
            let figures = cells.map(String.init).joined(separator: " | ") + " | " + (blankTotals ? "" : String(cells.reduce(0, +)))
            switch application {
            case .partlyGranted:
                // The label wrapped over two lines, its figures on a third (placed by position).
                lines += ["(二)部分公开(区分处理的,只", "计这一情形,不计其他情形)", figures]
            case .unavailableNeedsCreation:
                lines += ["（四）无", "2.没有现成信息需要另", "法提供行制作", figures]
            default:
                lines.append("\(application.label) | \(figures)")
            }
        }
        lines += ["", "四、政府信息公开行政复议、行政诉讼情况", "行政复议行政诉讼", "未经复议直接起诉复议后起诉", "结果结果其他尚未", "维持纠正结果审结"]
        let cells = appeals.flatMap { $0 + [blankTotals ? -1 : $0.reduce(0, +)] }
        lines.append(cells.map { $0 < 0 ? "" : String($0) }.joined(separator: " | "))
        lines += ["", "五、存在的主要问题及改进情况", "一是依申请公开答复文书还不够规范。二是政策", "解读形式较为单一。下一步将加强培训。", "",
                  "六、其他需要报告的事项", "本年度未收取信息处理费。"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The PDF text with one cell per line: each row's label, then its figures below it.
    static func pdfCellsPerLine(prose: [String] = prose, blankTotals: Bool = false) -> String {
        var lines = [title]
        lines += ["一、总体情况"] + prose.flatMap { wrapped(ocrSpaced($0), width: 24) + [""] }
        lines += ["二、主动公开政府信息情况", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "0", "0", "0", "行政规范性文件", "4", "1", "37", "",
                  "三、收到和处理政府信息公开申请情况", "申请人情况", "自然人", "法人或其他组织", "总计"]
        for application in ApplicationRow.allCases {
            let cells = row(application)
            lines.append(application.label)
            lines += cells.map(String.init) + (blankTotals ? [] : [String(cells.reduce(0, +))])
        }
        lines += ["", "四、政府信息公开行政复议、行政诉讼情况"]
        for block in AppealBlock.allCases {
            let cells = appeals[block.rawValue]
            lines.append(block.name)
            lines += cells.map(String.init) + (blankTotals ? [] : [String(cells.reduce(0, +))])
        }
        lines += ["", "五、存在的主要问题及改进情况", "一是依申请公开答复文书还不够规范。二是政策解读形式较为单一。", "", "六、其他需要报告的事项", "本年度未收取信息处理费。"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The text lint reads from the .docx exported from `markdown`.
    static func docxText(prose: [String] = prose, blankTotals: Bool = false) throws -> String {
        let document = StructureParser().parse(SourceText(markdown(prose: prose, blankTotals: blankTotals)))
        let data = try DocxWriter.write(document, created: Date(timeIntervalSince1970: 1_700_000_000))
        return try DocxReader().read(data, path: "年报.docx").text
    }

    static func text(_ form: Form, prose: [String] = prose, blankTotals: Bool) throws -> String {
        switch form {
        case .markdown: markdown(prose: prose, blankTotals: blankTotals)
        case .pdfPaste: pdfPaste(prose: prose, blankTotals: blankTotals)
        case .pdfCellsPerLine: pdfCellsPerLine(prose: prose, blankTotals: blankTotals)
        case .docx: try docxText(prose: prose, blankTotals: blankTotals)
        }
    }

    /// "790件" → "790 件", as OCR spaces figures out.
    static func ocrSpaced(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if let previous, isDigit(previous) != isDigit(scalar), isIdeograph(previous) || isIdeograph(scalar) { result.append(" ") }
            result.append(scalar)
            previous = scalar
        }
        return String(result)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }
    private static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x4E00 && scalar.value <= 0x9FFF }

    /// Hard line breaks every `width` scalars, as PDF text has them.
    static func wrapped(_ text: String, width: Int) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return stride(from: 0, to: scalars.count, by: width).map { String(String.UnicodeScalarView(scalars[$0..<min($0 + width, scalars.count)])) }
    }
}
