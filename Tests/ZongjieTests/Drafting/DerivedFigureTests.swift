import Testing
import ZongjieDrafting

@Suite struct DerivedFigureTests {
    static let slots = [
        SlotSpec(key: "received", type: .count, label: "受理件数"),
        SlotSpec(key: "handled", type: .count, label: "办结件数", required: true),
        SlotSpec(key: "last", type: .count, label: "上年件数"),
        SlotSpec(key: "rows", type: .table, label: "分类"),
    ]

    static func evaluate(_ kind: DerivedFigure.Kind, decimals: Int = 2, _ values: [String: SlotValue]) -> DerivedFigureEvaluator.Result {
        let figure = DerivedFigure(key: "figure", label: "办结率", kind: kind, decimals: decimals)
        let manifest = PluginManifest(id: "t", name: "t", topic: "", outline: OutlineSpec(), title: TitleSpec(pattern: ""), slots: slots, derived: [figure])
        return DerivedFigureEvaluator.evaluate(figure, manifest: manifest, input: DraftInput(values: values))
    }

    static func number(_ value: Double) -> SlotValue { .number(value, written: NumberText.format(value, decimals: 2)) }

    @Test func rateIsRoundedToTwoDecimals() {
        let result = Self.evaluate(.rate(numerator: "handled", denominator: "received"), ["handled": Self.number(35), "received": Self.number(36)])
        #expect(result == .value("97.22%", number: 35.0 / 36.0 * 100))
    }

    @Test func wholeRatesDropTrailingZeros() {
        let result = Self.evaluate(.rate(numerator: "handled", denominator: "received"), ["handled": Self.number(36), "received": Self.number(36)])
        guard case .value(let text, _) = result else { Issue.record("no value"); return }
        #expect(text == "100%")
    }

    @Test func yearOnYearNamesTheDirection() {
        let up = Self.evaluate(.yearOnYear(current: "handled", previous: "last"), decimals: 1, ["handled": Self.number(1260), "last": Self.number(1120)])
        let down = Self.evaluate(.yearOnYear(current: "handled", previous: "last"), decimals: 1, ["handled": Self.number(2), "last": Self.number(3)])
        let flat = Self.evaluate(.yearOnYear(current: "handled", previous: "last"), ["handled": Self.number(5), "last": Self.number(5)])
        guard case .value(let upText, _) = up, case .value(let downText, _) = down, case .value(let flatText, _) = flat else {
            Issue.record("no value")
            return
        }
        #expect(upText == "增长12.5%")
        #expect(downText == "下降33.3%")
        #expect(flatText == "持平")
    }

    @Test func shareAndSumOfTable() {
        let share = Self.evaluate(.share(part: "handled", total: "received"), decimals: 1, ["handled": Self.number(28), "received": Self.number(35)])
        #expect(share == .value("80%", number: 80))
        let rows = SlotValue.table([TableRow(name: "甲", count: 684, written: "684"), TableRow(name: "乙", count: 576, written: "576")])
        let sum = Self.evaluate(.sum(parts: ["rows"]), decimals: 0, ["rows": rows])
        #expect(sum == .value("1260", number: 1260))
    }

    @Test func missingInputsAndZeroDenominatorAreUnavailable() {
        let missing = Self.evaluate(.rate(numerator: "handled", denominator: "received"), ["handled": Self.number(3)])
        guard case .unavailable(let reason) = missing else { Issue.record("expected unavailable"); return }
        #expect(reason.contains("受理件数"))
        let zero = Self.evaluate(.rate(numerator: "handled", denominator: "received"), ["handled": Self.number(0), "received": Self.number(0)])
        guard case .unavailable(let zeroReason) = zero else { Issue.record("expected unavailable"); return }
        #expect(zeroReason.contains("分母为0"))
    }
}
