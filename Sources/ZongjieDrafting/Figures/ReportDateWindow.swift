/// When a yearly summary can be dated: a report for year Y is written from
/// 1 November of Y (截至目前, in December) to 31 March of Y+1 (the latest
/// deadline, 本级政府 年报). A date outside is almost always a wrong year.
public enum ReportDateWindow {
    /// The first and last date a report for `year` can carry.
    public static func bounds(year: Int) -> (first: CalendarDate, last: CalendarDate) {
        (CalendarDate(year: year, month: 11, day: 1), CalendarDate(year: year + 1, month: 3, day: 31))
    }

    /// Whether `date` falls inside the window of `year`.
    public static func contains(_ date: CalendarDate, year: Int) -> Bool {
        let (first, last) = bounds(year: year)
        func key(_ date: CalendarDate) -> Int { date.year * 10_000 + date.month * 100 + date.day }
        return key(first) <= key(date) && key(date) <= key(last)
    }

    /// The Chinese message when the input's 成文日期 cannot belong to its year; nil when it can or either is missing.
    public static func problem(input: DraftInput) -> String? {
        guard let year = input.number("year").map({ Int($0) }), case .date(let date)? = input.values["date"],
              !contains(date, year: year) else { return nil }
        let (first, last) = bounds(year: year)
        return "成文日期\(date.chinese)与报告年度\(year)年不相符：\(year)年度的总结应在\(first.chinese)至\(last.chinese)之间成文。请核对年度（year）和成文日期（date）。"
    }
}
