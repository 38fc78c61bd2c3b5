import ZongjieCore

/// Fonts, sizes, alignment, indents and line pitch by element (GB/T 9704 7.3),
/// one finding per element and property at the first paragraph that deviates.
enum DocxParagraphChecks {
    private struct Expectation {
        var family: FontFamily
        var fontName: String
        var size: Double
    }

    private static func expectation(for role: DocxParagraphRole) -> Expectation {
        switch role {
        case .title: Expectation(family: .xiaobiaosong, fontName: GBT9704.titleFont, size: GBT9704.titleSizePoints)
        case .heading(1): Expectation(family: .heiti, fontName: GBT9704.level1Font, size: GBT9704.bodySizePoints)
        case .heading(2): Expectation(family: .kaiti, fontName: GBT9704.level2Font, size: GBT9704.bodySizePoints)
        default: Expectation(family: .fangsong, fontName: GBT9704.bodyFont, size: GBT9704.bodySizePoints)
        }
    }

    /// Deviations grouped by (element, property): first line, count, found value, message.
    private struct Group {
        var line: Int
        var lines: [Int]
        var found: String
        var make: (String, [Int]) -> DocxLayoutFinding
    }

    static func check(_ layout: DocxLayout, roles: [Int: (role: DocxParagraphRole, length: Int?)]) -> [DocxLayoutFinding] {
        var groups: [String: Group] = [:]
        var order: [String] = []
        func deviate(_ key: String, line: Int, found: String, make: @escaping (String, [Int]) -> DocxLayoutFinding) {
            if groups[key] == nil {
                groups[key] = Group(line: line, lines: [], found: found, make: make)
                order.append(key)
            }
            groups[key]?.lines.append(line)
        }
        for line in roles.keys.sorted() {
            guard let (role, length) = roles[line], let format = layout.paragraph(line: line), format.container == .body,
                  let run = (length.map { format.dominantRun(from: 0, length: $0) } ?? hanRun(format)) else { continue }
            let expected = expectation(for: role)
            let label = role.label
            let key = "\(role)"
            let fontFamily = FontFamily(fontName: run.eastAsiaFont ?? "")
            if fontFamily != expected.family {
                let found = run.eastAsiaFont ?? "未指定（Word 用默认字体）"
                deviate(key + "font", line: line, found: found) { found, count in
                    DocxLayoutFinding(line: line, "\(label)字体为“\(found)”\(countNote(count))，GB/T 9704 要求\(expected.family.label)（\(expected.fontName)）。",
                                      item: "font", found: found, expected: expected.fontName)
                }
            }
            if let size = run.sizePoints, abs(size - expected.size) > 0.25 {
                deviate(key + "size", line: line, found: DocxUnits.points(size)) { found, count in
                    DocxLayoutFinding(line: line, "\(label)字号为 \(found) 磅\(countNote(count))，GB/T 9704 要求 \(sizeName(expected.size))（\(DocxUnits.points(expected.size)) 磅）。",
                                      item: "size", found: found + "pt", expected: DocxUnits.points(expected.size) + "pt")
                }
            }
            if let problem = placementProblem(role, format: format) {
                deviate(key + "placement", line: line, found: problem.found) { found, count in
                    DocxLayoutFinding(line: line, "\(label)\(problem.what)为\(found)\(countNote(count))，GB/T 9704 要求\(problem.expected)。",
                                      item: "placement", found: found, expected: problem.expected)
                }
            }
            if role != .title, let pitch = DocxPageChecks.linePitch(format, page: layout.page), let page = layout.page {
                let lines = pitch > 0 ? page.textHeightTwips / pitch : 0
                if lines != GBT9704.linesPerPage {
                    let found = format.lineRule == "exact" ? "固定值 \(DocxUnits.points(Double(pitch) / 20)) 磅" : "约 \(DocxUnits.points(Double(pitch) / 20)) 磅"
                    deviate("line-pitch", line: line, found: found) { found, count in
                        DocxLayoutFinding(line: line, "行距\(found)\(countNote(count))，每页只能排 \(lines) 行；GB/T 9704 要求每页 22 行，请设为固定值 28.95 磅左右。",
                                          item: "line-pitch", found: found, expected: "固定值 28.95 磅（每页 22 行）")
                    }
                }
            }
        }
        return order.compactMap { key in groups[key].map { $0.make($0.found, $0.lines) } }
    }

    /// "（同类共 3 段：第 4、7、9 段）" for a group, empty for a single paragraph.
    static func countNote(_ lines: [Int]) -> String {
        guard lines.count > 1 else { return "" }
        let shown = lines.prefix(8).map(String.init).joined(separator: "、")
        return "（同类共 \(lines.count) 段：第 \(shown)\(lines.count > 8 ? " 等" : "") 段）"
    }

    private static func sizeName(_ points: Double) -> String {
        points == 22 ? "2 号" : points == 16 ? "3 号" : points == 14 ? "4 号" : "\(DocxUnits.points(points)) 磅"
    }

    /// The run that carries the paragraph's Chinese text (else its dominant run).
    private static func hanRun(_ format: ParagraphFormat) -> RunFormat? {
        format.runs.filter(\.hasHan).max { $0.length < $1.length } ?? format.dominantRun
    }

    /// Indent or alignment that does not fit the element: what, what was found, what is asked.
    private static func placementProblem(_ role: DocxParagraphRole, format: ParagraphFormat) -> (what: String, found: String, expected: String)? {
        let firstLine = firstLineHundredths(format)
        switch role {
        case .title:
            return format.alignment == "center" ? nil : ("对齐方式", alignmentName(format.alignment), "居中")
        case .addressee:
            if format.alignment == "center" || format.alignment == "right" { return ("对齐方式", alignmentName(format.alignment), "居左顶格") }
            return abs(firstLine) <= 25 && leftHundredths(format) <= 25 ? nil : ("缩进", "首行 \(DocxUnits.characters(firstLine)) 字", "居左顶格、不缩进")
        case .body, .heading:
            return abs(firstLine - 200) <= 30 ? nil : ("首行缩进", " \(DocxUnits.characters(firstLine)) 字", "首行缩进 2 字（左空二字）")
        case .signature, .date:
            guard format.alignment == "right" else { return ("对齐方式", alignmentName(format.alignment), "右对齐（署名右空二字，成文日期首字比署名右移二字）") }
            return nil
        }
    }

    static func firstLineHundredths(_ format: ParagraphFormat) -> Int {
        if let chars = format.firstLineChars, chars != 0 { return chars }
        if let twips = format.firstLineTwips { return Int((Double(twips) / GBT9704.characterTwips * 100).rounded()) }
        return format.firstLineChars ?? 0
    }

    static func leftHundredths(_ format: ParagraphFormat) -> Int {
        if let chars = format.leftChars, chars != 0 { return chars }
        return Int((Double(format.leftTwips ?? 0) / GBT9704.characterTwips * 100).rounded())
    }

    static func rightHundredths(_ format: ParagraphFormat) -> Int {
        if let chars = format.rightChars, chars != 0 { return chars }
        return Int((Double(format.rightTwips ?? 0) / GBT9704.characterTwips * 100).rounded())
    }

    static func alignmentName(_ alignment: String) -> String {
        switch alignment {
        case "center": "居中"
        case "right": "右对齐"
        case "both": "两端对齐"
        case "distribute": "分散对齐"
        default: "左对齐"
        }
    }
}
