import Testing
import ZongjieCore
@testable import ZongjieLint

@Suite struct FigureScannerTests {
    static func figures(_ text: String) -> [Figure] {
        let source = SourceText(text)
        return FigureScanner.figures(in: ScalarLine(number: 1, bytes: source.utf8, span: source.lines[0]))
    }

    static func summary(_ text: String) -> [String] {
        figures(text).map { "\(FigureMath.format($0.value))\($0.unit)\($0.isApproximate ? "~" : "")" }
    }

    @Test func arabicFiguresWithUnitsMultipliersAndPercent() {
        #expect(Self.summary("公开信息103条，拆违1.8万平方米，投资1,000万元，整改率98.3%，增长2.5个百分点。") ==
            ["103条", "18000平方米", "10000000元", "98.3%", "2.5个百分点"])
    }

    @Test func hedgedFiguresAreApproximate() {
        #expect(Self.summary("信息400余条，约30万元，超100%，近1亿元，75%以上，1000多件") ==
            ["400条~", "300000元~", "100%~", "100000000元~", "75%~", "1000件~"])
    }

    @Test func chineseNumeralsNeedACountingUnit() {
        #expect(Self.summary("三项制度，十二个单位，两次会议，第三次会议，一个中心，十分重视，一是加强") ==
            ["3项", "12个", "2次"])
        #expect(Self.figures("三项制度").first?.isChineseNumeral == true)
    }

    @Test func numbersInNamesAndCodesAreNotFigures() {
        #expect(Self.summary("PM2.5浓度，S3线，5G基站，ISO9001认证，AI+").isEmpty)
        #expect(Self.summary("PM10平均浓度为61微克/立方米") == ["61微克/立方米"])
    }

    @Test func timePointsAreMarked() {
        let figures = Self.figures("2023年12月13日，11分4秒，3天")
        #expect(figures.map(\.unit) == ["年", "月", "日", "分", "秒", "天"])
        #expect(figures.map(\.isTimePoint) == [true, true, true, true, true, false])
    }

    @Test func decimalsAndRanges() {
        let figure = Self.figures("早诊率为22.08%").first
        #expect(figure?.decimals == 2)
        #expect(figure?.start == 4 && figure?.end == 10)
    }

    @Test func roundingModes() {
        #expect(FigureMath.rounds(102.0 / 462 * 100, to: 22.08, decimals: 2))
        #expect(FigureMath.rounds(102.0 / 462 * 100, to: 22.1, decimals: 1))
        #expect(FigureMath.rounds(102.0 / 462 * 100, to: 22, decimals: 0))
        #expect(!FigureMath.rounds(102.0 / 462 * 100, to: 22.8, decimals: 1))
        // 98.315…: half-up 98.32, truncation 98.31 — both accepted.
        #expect(FigureMath.rounds(3502.0 / 3562 * 100, to: 98.32, decimals: 2))
        #expect(FigureMath.rounds(3502.0 / 3562 * 100, to: 98.31, decimals: 2))
        // 12.5 → half-even 12, half-up 13.
        #expect(FigureMath.rounds(12.5, to: 12, decimals: 0))
        #expect(FigureMath.rounds(12.5, to: 13, decimals: 0))
        #expect(!FigureMath.rounds(12.5, to: 14, decimals: 0))
    }
}
