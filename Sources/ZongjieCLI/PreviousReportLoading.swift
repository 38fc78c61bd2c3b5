import ZongjieFormats
import ZongjieLint

extension LintRun {
    /// Last year's report for `--previous`, read once per run with the same readers and
    /// limits as the drafts (so a missing, empty, binary or broken file is an input error).
    static func previousReport(_ path: String?, collector: InputCollector) throws -> PreviousReport? {
        guard let path else { return nil }
        guard path != "-" else { throw LintCommandError(description: "--previous 不能是标准输入（-），请指定上年报告的文件路径。") }
        let input = try collector.read(path)
        return PreviousReport(text: input.text, path: path)
    }
}
