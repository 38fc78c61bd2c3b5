import ZongjieCore

/// Where 署名 and 成文日期 sit: unit 右空二字, date's first character two characters
/// right of the unit's (7.3.5.2, unsealed); a date 右空四字 (7.3.5.1, sealed) is accepted too.
enum DocxSignatureCheck {
    static func check(_ layout: DocxLayout, document: Document) -> [DocxLayoutFinding] {
        guard let unit = document.signature?.unit, let unitLine = unit.range?.start.line,
              let unitFormat = layout.paragraph(line: unitLine), unitFormat.alignment == "right" else { return [] }
        let date = document.signature?.date
        let expected = GBT9704.signatureOffsets(unit: unit.text, date: date?.text)
        var findings: [DocxLayoutFinding] = []
        let unitRight = DocxParagraphChecks.rightHundredths(unitFormat)
        if abs(unitRight - expected.unit) > 50 {
            findings.append(DocxLayoutFinding(
                line: unitLine,
                "署名右侧空 \(DocxUnits.characters(unitRight)) 字，GB/T 9704 7.3.5.2 要求右空二字（成文日期较长时相应增加，此处应为 \(DocxUnits.characters(expected.unit)) 字）。",
                item: "signature-offset", found: DocxUnits.characters(unitRight) + " 字", expected: DocxUnits.characters(expected.unit) + " 字"
            ))
        }
        if let date, let dateLine = date.range?.start.line, let dateFormat = layout.paragraph(line: dateLine), dateFormat.alignment == "right" {
            let dateRight = DocxParagraphChecks.rightHundredths(dateFormat)
            if abs(dateRight - expected.date) > 50 && abs(dateRight - 400) > 50 {
                findings.append(DocxLayoutFinding(
                    line: dateLine,
                    "成文日期右侧空 \(DocxUnits.characters(dateRight)) 字，GB/T 9704 7.3.5.2 要求其首字比署名首字右移二字（此处应右空 \(DocxUnits.characters(expected.date)) 字；加盖印章时右空四字）。",
                    item: "date-offset", found: DocxUnits.characters(dateRight) + " 字", expected: DocxUnits.characters(expected.date) + " 字"
                ))
            }
        }
        return findings
    }
}
