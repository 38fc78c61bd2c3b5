import Testing
import ZongjieCore

@Suite struct TableRowTextTests {
    @Test(arguments: [
        "| 自然人 | 12 |",
        "四、结转下年度继续办理 | 0 | 0",
        "一、本年新收政府信息公开申请数量\t12\t3",
        "（七）总计 57 5 0 1 2 1 66",
        "3.其他 1 0 0 0 0 1 2",
        "行政事业性收费 — — 4068.208",
        "规章 0 0 22",
    ])
    func rows(_ line: String) {
        #expect(TableRowText.isTableRow(line))
    }

    @Test(arguments: [
        "一、总体情况",
        "一、\t总体情况",
        "本年度报告中所列数据统计期限为 2025 年 1 月 1 日至 12 月 31 日。",
        "全年受理 1295 件，办结 1191 件",
        "1.加强组织领导。全年召开会议 3 次",
        "12 34 56",
    ])
    func notRows(_ line: String) {
        #expect(!TableRowText.isTableRow(line))
    }

    @Test func numberedTableRowIsNotAHeading() {
        let document = StructureParser().parse(SourceText("XX局2024年报告\n\n一、总体情况\n全年办理。\n（七）总计 57 5 0 1 2 1 66\n四、结转下年度继续办理 2 2 0 0 0 0 4\n"))
        #expect(document.sections.count == 1)
        #expect(document.sections.first?.paragraphs.count == 3)
    }
}
